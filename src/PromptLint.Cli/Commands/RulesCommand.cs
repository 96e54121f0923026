using System.IO;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint rules</c>: the catalog as a table.</summary>
internal static class RulesCommand
{
    public static int Run(TextWriter stdout)
    {
        foreach (RuleDescriptor rule in RuleCatalog.All)
        {
            stdout.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}");
        }

        return ExitCodes.Success;
    }
}
