using BenchmarkDotNet.Running;

if (args.Length > 1 && args[0] is "throughput" or "batch")
{
    return await Kinerja.Bench.DocumentThroughput.RunAsync(args);
}

if (args.Length > 1 && args[0] == "rollup")
{
    return await Kinerja.Bench.RollUpTiming.RunAsync(args);
}

if (args.Length > 0 && args[0] == "import-scale")
{
    return Kinerja.Bench.LargeRak.Run(args);
}

if (args.Length > 1 && args[0] == "national")
{
    return await Kinerja.Bench.NationalDataSet.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Kinerja.Bench.PlanBenchmarks).Assembly).Run(args);
return 0;
