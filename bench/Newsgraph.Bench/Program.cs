using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Newsgraph.Bench.AnalyzeBenchmarks).Assembly).Run(args);
