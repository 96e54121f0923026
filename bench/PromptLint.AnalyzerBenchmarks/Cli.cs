namespace PromptLint.AnalyzerBenchmarks;

internal static class Cli
{
    public static async Task<int> RunAsync(string[] args)
    {
        string mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "bdn";
        if (mode == "bdn" && args.Length > 0 && args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return BdnMode.Run(args);
        }

        string[] rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "quick":
                return await QuickMode.RunAsync(rest);
            case "bdn":
                return BdnMode.Run(rest);
            case "prompts":
                return await PromptsMode.RunAsync(rest);
            case "index":
                return await IndexMode.RunAsync(rest);
            case "gen":
                return RealBuild.Generate(rest);
            case "build":
                return RealBuild.Run(rest);
            default:
                Console.Error.WriteLine("modes: bdn (default) [--iterations N] | quick [--reps N --warmup N --sdk both|true|false --shape] | prompts [--prompts N --per-file M --reps N --shape | --core-only] | index [--files N --per-file M --reps N --missing-every K] | gen [--out DIR --baseline BIN] | build [--out DIR --reps N --baseline BIN --sdk both|true|false]");
                return 2;
        }
    }

    public static int IntOption(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out int value) ? value : fallback;
    }

    public static string? StringOption(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
