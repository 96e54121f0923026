using PromptLint.Configuration;
using PromptLint.Diagnostics;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint init</c>: writes a commented starter promptlint.yaml; never overwrites one.</summary>
internal static class InitCommand
{
    /// <summary>The starter file; its first line points editors at the schema when the build names the project's home.</summary>
    public static string StarterFile => SchemaLine(RepositoryLinks.Current) + StarterBody;

    internal static string SchemaLine(RepositoryLinks links) =>
        links.Schema("promptlint.schema.json") is { } schema ? "# yaml-language-server: $schema=" + schema + "\n" : "";

    private const string StarterBody = """
        # PromptLint configuration. Every key is optional; `promptlint schema` prints its JSON Schema.

        # Stop looking for promptlint.yaml in parent folders.
        root: true

        # Start from a preset: recommended (default), strict (warnings become errors) or minimal.
        extends: recommended

        # Lint only these files when walking folders (globs relative to this file), and skip these.
        # include: ["prompts/**"]
        exclude: ["**/drafts/**"]

        # Severity per rule (error, warning, info, none), or a mapping with severity and options.
        rules:
          PL1003: info
          # PL2002: { severity: info, minExamples: 3 }
          # PL6001: { maxTokens: 2000 }

        # Fine-tuned models and the evidence behind each (see docs/fine-tuning.md). Paths are relative to this file.
        # models:
        #   "ft:gpt-4o-mini-2024-07-18:my-org:triage:*":
        #     baseline: evals/baseline.json        # the prompt-only system on the base model
        #     evaluation: evals/fine-tune.json     # the fine-tune on held-out data, same metric and dataset
        #     training: datasets/train.jsonl
        #     validation: datasets/validation.jsonl
        #     metric: accuracy
        #     task: classification                 # classification | extraction | generation (size floor)
        #     minImprovement: 0.03                 # in the metric's units; the default
        #     regression:                          # one general eval (reasoning, safety) on the base and the fine-tune
        #       base: evals/general-base.json
        #       fineTune: evals/general-fine-tune.json
        #       tolerance: 0.02                    # how far the fine-tune may fall below the base; the default

        # Calls and prices for the ladder report (promptlint ladder; see docs/ladder-report.md). Money in US dollars,
        # prices per million tokens; figures not given come from the dated default price table.
        # usage:
        #   models:
        #     "gpt-4o-mini*":
        #       inputPricePerMillion: 0.15
        #       fineTunedInputPricePerMillion: 0.30
        #       trainingPricePerMillion: 3.00
        #   prompts:
        #     "prompts/support/**":
        #       model: gpt-4o-mini                 # when the files do not declare one
        #       callsPerDay: 10000
        #       tokensRemovedByFineTune: 600       # static tokens a fine-tune would drop from every call
        #       trainingTokens: 1500000            # training-set tokens × epochs
        #       userTokensPerCall: 80
        #       outputTokensPerCall: 150

        # Settings for some files; later entries win.
        # overrides:
        #   - files: ["prompts/legacy/**"]
        #     rules: { PL2001: none }
        """;

    public static int Run(string? file, TextWriter stdout, string workingDirectory)
    {
        string path = Path.Combine(workingDirectory, file ?? ConfigParser.FileName);
        if (File.Exists(path))
        {
            throw new UsageException($"{Path.GetFileName(path)} already exists; not overwriting it");
        }

        File.WriteAllText(path, StarterFile + "\n");
        stdout.WriteLine($"wrote {Path.GetRelativePath(workingDirectory, path).Replace('\\', '/')}");
        return ExitCodes.Success;
    }
}
