using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Reads dotnet-trace files of one compiler run (build/perf/trace-compile.sh records them with the gc-verbose
// profile: GC events and an allocation tick, with its stack, about every 100 KB allocated).
//   TraceReport summary TRACE          GCs, pause, MB allocated, MB allocated under SafeMigrations frames
//   TraceReport diff TRACE_A TRACE_B   the allocation stacks that grew most from A to B (what B's analyzers cost)
// Allocation totals repeat within a percent or two between runs of the same compile, where CPU seconds on a
// shared machine move by ten: a difference of a few percent is visible here first.
return args switch
{
    ["summary", var trace] => Summary(trace),
    ["diff", var a, var b] => Diff(a, b),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: TraceReport summary TRACE | TraceReport diff TRACE_A TRACE_B");
    return 2;
}

static int Summary(string path)
{
    using var log = Open(path);
    var collections = new int[3];
    double pauseMs = 0;
    double? suspendedAt = null;
    long allocated = 0, ours = 0;
    foreach (var data in log.Events)
    {
        switch (data)
        {
            case GCStartTraceData start when start.Depth is >= 0 and < 3:
                collections[start.Depth]++;
                break;
            case GCSuspendEETraceData suspend:
                suspendedAt = suspend.TimeStampRelativeMSec;
                break;
            case GCNoUserDataTraceData restart when restart.EventName.Contains("RestartEEStop") && suspendedAt is { } at:
                pauseMs += restart.TimeStampRelativeMSec - at;
                suspendedAt = null;
                break;
            case GCAllocationTickTraceData tick:
                allocated += tick.AllocationAmount64;
                if (Frames(tick.CallStack()).Any(f => f.Module.StartsWith("SafeMigrations", StringComparison.Ordinal)))
                {
                    ours += tick.AllocationAmount64;
                }

                break;
        }
    }

    Console.WriteLine($"gc0={collections[0]} gc1={collections[1]} gc2={collections[2]} pause_ms={pauseMs:F0} allocated_mb={allocated / 1e6:F0} safemigrations_mb={ours / 1e6:F1}");
    return 0;
}

static int Diff(string before, string after)
{
    var a = AllocationsByStack(before);
    var b = AllocationsByStack(after);
    Console.WriteLine($"allocated: {a.Values.Sum() / 1e6:F0} MB -> {b.Values.Sum() / 1e6:F0} MB; stacks that grew most (3 innermost frames outside the BCL):");
    foreach (var stack in a.Keys.Union(b.Keys).OrderByDescending(k => b.GetValueOrDefault(k) - a.GetValueOrDefault(k)).Take(20))
    {
        Console.WriteLine($"{(b.GetValueOrDefault(stack) - a.GetValueOrDefault(stack)) / 1e6,8:F1} MB  {stack}");
    }

    return 0;
}

static Dictionary<string, long> AllocationsByStack(string path)
{
    using var log = Open(path);
    var bytes = new Dictionary<string, long>();
    foreach (var tick in log.Events.ByEventType<GCAllocationTickTraceData>())
    {
        var key = string.Join(" <- ", Frames(tick.CallStack())
            .Where(f => !f.Module.StartsWith("System.", StringComparison.Ordinal))
            .Take(3)
            .Select(f => f.Method));
        bytes[key] = bytes.GetValueOrDefault(key) + tick.AllocationAmount64;
    }

    return bytes;
}

static IEnumerable<(string Module, string Method)> Frames(TraceCallStack? stack)
{
    for (var frame = stack; frame is not null; frame = frame.Caller)
    {
        var method = frame.CodeAddress.FullMethodName ?? "?";
        var parameters = method.IndexOf('(');
        yield return (frame.CodeAddress.ModuleName ?? "", parameters > 0 ? method[..parameters] : method);
    }
}

static TraceLog Open(string path) => new(TraceLog.CreateFromEventPipeDataFile(path));
