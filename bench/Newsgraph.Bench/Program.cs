using BenchmarkDotNet.Running;

if (args is ["ner-speed", .. var rest])
{
    Newsgraph.Bench.NerSpeed.Run(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Newsgraph.Bench.AnalyzeBenchmarks).Assembly).Run(args);
