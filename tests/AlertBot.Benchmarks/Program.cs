using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/AlertBot.Benchmarks -- --filter '*Feed*'
// dotnet run -c Release --project tests/AlertBot.Benchmarks -- queries   (per-call p50/p99 of /latest and /city)
if (args is ["queries", ..])
{
    return await AlertBot.Benchmarks.QueryBenchmark.RunAsync(args[1..]);
}

// In-process: the project BenchmarkDotNet would generate lives outside the repo, so it would miss the central
// package versions and the ASP.NET Core framework reference, and fail to restore.
if (args.Length > 0 && args[0] == "signals")
{
    return await AlertBot.Benchmarks.Tools.SignalDump.RunAsync(args[1..]);
}

var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithWarmupCount(3)
    .WithIterationCount(10)
    .WithToolchain(InProcessEmitToolchain.Instance)
    .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(AlertBot.Benchmarks.FeedCorpus).Assembly).Run(args, config);
return 0;
