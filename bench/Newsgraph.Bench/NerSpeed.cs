using System.Diagnostics;
using System.Globalization;
using Newsgraph.Ner;

namespace Newsgraph.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Newsgraph.Bench -- ner-speed [PASSES]</c>: the tagger's tokens per second
/// on one thread, by wall clock and by process CPU time (which a busy machine barely changes), with model load time
/// and memory. Quicker to repeat than BenchmarkDotNet's NerBenchmarks, which measure the same call.
/// </summary>
internal static class NerSpeed
{
    /// <summary>Enough passes over CoNLL dev (51k tokens) for about ten seconds of tagging, past tiered JIT.</summary>
    private const int DefaultPasses = 40;

    public static void Run(string[] args)
    {
        var passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultPasses;
        var clock = Stopwatch.StartNew();
        var resources = NerResources.Default;
        var resourcesSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var model = NerModel.Default;
        var loadSeconds = clock.Elapsed.TotalSeconds;
        GC.Collect();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"resources loaded in {resourcesSeconds:F3} s, model in {loadSeconds:F3} s; managed heap {heap / (1 << 20)} MB, working set {Environment.WorkingSet / (1 << 20)} MB");

        var benchmark = new NerBenchmarks();
        benchmark.Setup();
        clock.Restart();
        benchmark.TagDocuments();
        Console.WriteLine($"first pass (cold caches, JIT) {benchmark.Tokens / clock.Elapsed.TotalSeconds:N0} tokens/s");
        for (var warm = 0; warm < passes / 4; warm++)
        {
            benchmark.TagDocuments();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var fastest = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var started = clock.Elapsed.TotalSeconds;
            benchmark.TagDocuments();
            fastest = Math.Min(fastest, clock.Elapsed.TotalSeconds - started);
        }

        var wall = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var tokens = (double)benchmark.Tokens * passes;
        Console.WriteLine($"{passes} passes of {benchmark.Tokens} tokens: wall {wall:F2} s = {tokens / wall:N0} tokens/s; "
            + $"CPU {cpuSeconds:F2} s = {tokens / cpuSeconds:N0} tokens/s; fastest pass {benchmark.Tokens / fastest:N0} tokens/s; {(GC.GetAllocatedBytesForCurrentThread() - allocated) / tokens:F0} bytes allocated per token");
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; working set {Environment.WorkingSet / (1 << 20)} MB");
    }
}
