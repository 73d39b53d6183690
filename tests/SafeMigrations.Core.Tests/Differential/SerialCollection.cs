namespace SafeMigrations.Core.Tests.Differential;

/// <summary>
/// The generated-input tests use a whole core for seconds; they run on their own, after the parallel tests, so
/// timing-sensitive tests elsewhere in the assembly are not measured on a busy machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Generated inputs (serial)";
}
