using System.CommandLine;
using PromptLint.Cli.Commands;

namespace PromptLint.Cli.Parsing;

/// <summary><c>promptlint ladder</c>: its options and help.</summary>
internal static class LadderCommandLine
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(LadderCommand.Formats, "table",
            "table (fits the terminal), markdown (for $GITHUB_STEP_SUMMARY), json or html (a self-contained page)");
        var command = new Command("ladder", "Where each prompt stands on the ladder, what it costs, when a fine-tune pays off, and why.");
        common.AddTo(command);
        command.SetAction(r => LadderCommand.Run(
            new LadderCommand.LadderOptions(r.GetValue(common.Paths) ?? [], r.GetRequiredValue(common.Format), r.GetValue(common.Output),
                r.GetValue(common.Config), r.GetValue(common.StdinFileName)),
            context));
        return command;
    }
}
