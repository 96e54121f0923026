using System.CommandLine;
using PromptLint.Cli.Commands;
using PromptLint.Rules;

namespace PromptLint.Cli.Parsing;

/// <summary><c>promptlint lint</c>: its options, their help and completions, and the <see cref="LintOptions"/> they make.</summary>
internal static class LintCommandLine
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(LintOptions.Formats, LintOptions.DefaultFormat,
            "output format; github is the default when GITHUB_ACTIONS=true");
        var redact = new Option<bool>("--redact") { Description = "leave prompt text out of every message" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "list every file that was skipped, and why (on stderr)" };
        Option<string> failOn = CommonOptions.Choice("--fail-on", LintOptions.FailOnLevels, "error", "which findings make the exit code 1");
        var severity = new Option<string[]>("--severity")
        {
            Description = "error, warning, info or none for this run, over promptlint.yaml (repeatable)",
            HelpName = "ID=LEVEL",
        };
        severity.CompletionSources.Add(_ => RuleCatalog.All.Select(r => r.Id + "="));
        var ruleOption = new Option<string[]>("--option")
        {
            Description = "a rule option for this run, e.g. PL6001.maxTokens=4000 (repeatable)",
            HelpName = "ID.name=N",
        };
        ruleOption.CompletionSources.Add(_ => RuleCatalog.All.SelectMany(r => r.Options.Keys.Select(k => $"{r.Id}.{k}=")));
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "write the baseline with the current findings, and exit 0" };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "baseline to read or write (default: promptlint.baseline.json)",
            HelpName = "FILE",
        };

        var command = new Command("lint", "Lint prompt files and folders (searched recursively) with the nearest promptlint.yaml.");
        common.AddTo(command);
        command.Options.Add(redact);
        command.Options.Add(verbose);
        command.Options.Add(failOn);
        command.Options.Add(severity);
        command.Options.Add(ruleOption);
        command.Options.Add(updateBaseline);
        command.Options.Add(baseline);
        command.SetAction(r =>
        {
            var options = new LintOptions
            {
                Format = r.GetRequiredValue(common.Format),
                OutputPath = r.GetValue(common.Output),
                ConfigPath = r.GetValue(common.Config),
                StdinFileName = r.GetValue(common.StdinFileName),
                Redact = r.GetValue(redact),
                Verbose = r.GetValue(verbose),
                FailOn = r.GetRequiredValue(failOn),
                UpdateBaseline = r.GetValue(updateBaseline),
                BaselinePath = r.GetValue(baseline),
            };
            options.Paths.AddRange(r.GetValue(common.Paths) ?? []);
            foreach (string value in r.GetValue(severity) ?? [])
            {
                options.ApplySeverity(value);
            }

            foreach (string value in r.GetValue(ruleOption) ?? [])
            {
                options.ApplyOption(value);
            }

            return LintCommand.Run(options, context);
        });
        return command;
    }
}
