using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kinerja.Bench.PlanBenchmarks).Assembly).Run(args);
