using BenchmarkDotNet.Running;

// Every benchmark class pairs its measurement with a floor marked Baseline; see docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
