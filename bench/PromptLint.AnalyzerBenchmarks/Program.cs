using PromptLint.AnalyzerBenchmarks;

return await Cli.RunAsync(args);
