using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/AlertBot.Benchmarks -- --filter '*Feed*'
// In-process: the project BenchmarkDotNet would generate lives outside the repo, so it would miss the central
// package versions and the ASP.NET Core framework reference, and fail to restore.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithWarmupCount(3)
    .WithIterationCount(10)
    .WithToolchain(InProcessEmitToolchain.Instance)
    .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(AlertBot.Benchmarks.FeedCorpus).Assembly).Run(args, config);
