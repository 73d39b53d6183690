using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// The assembly names of a compilation's references, read from the names the references were given (NuGet and the
/// SDK name each file after its assembly): nothing is loaded or bound. Reading <see cref="Compilation.ReferencedAssemblyNames"/>
/// instead binds every reference, and at compilation start, before the compiler has done so, that is charged to the
/// analyzer (0.1 s on the 2,000-migration project); so does <see cref="Compilation.References"/>, which adds #r
/// directives, hence <see cref="Compilation.ExternalReferences"/>. References without a file name (made from bytes)
/// fall back to the identities.
/// </summary>
internal static class ReferenceNames
{
    public static IEnumerable<string> Of(Compilation compilation)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            if (NameOf(reference) is null)
            {
                return ByIdentity(compilation);
            }
        }

        return ByFileName(compilation);
    }

    /// <summary>Assembly simple names compare case-insensitively (a hand-written HintPath may differ in case).</summary>
    public static bool Contains(Compilation compilation, string assemblyName)
    {
        foreach (var name in Of(compilation))
        {
            if (string.Equals(name, assemblyName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(Compilation compilation, string[] assemblyNames)
    {
        foreach (var name in Of(compilation))
        {
            foreach (var candidate in assemblyNames)
            {
                if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The file a reference was loaded from, when it has one.</summary>
    public static string? PathOf(Compilation compilation, string assemblyName)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            if (reference is PortableExecutableReference { FilePath: { } path } && string.Equals(NameOf(reference), assemblyName, StringComparison.OrdinalIgnoreCase))
            {
                return path;
            }
        }

        return null;
    }

    private static IEnumerable<string> ByFileName(Compilation compilation)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            yield return NameOf(reference)!;
        }
    }

    private static IEnumerable<string> ByIdentity(Compilation compilation)
    {
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            yield return identity.Name;
        }
    }

    private static string? NameOf(MetadataReference reference) => reference switch
    {
        PortableExecutableReference { FilePath: { Length: > 0 } path } => Path.GetFileNameWithoutExtension(path),
        CompilationReference { Compilation.AssemblyName: { } name } => name,
        _ => null,
    };
}
