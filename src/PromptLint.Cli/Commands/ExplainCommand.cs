using System.IO;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint explain PL1001</c>: prints the rule's page (rules/PLxxxx.md, embedded at build time).</summary>
internal static class ExplainCommand
{
    public static int Run(string ruleId, TextWriter stdout)
    {
        RuleDescriptor? rule = RuleCatalog.Find(ruleId);
        if (rule is null)
        {
            throw new UsageException($"unknown rule '{ruleId}'; 'promptlint rules' lists them");
        }

        using Stream? page = typeof(ExplainCommand).Assembly.GetManifestResourceStream("rules/" + rule.Id + ".md");
        if (page is null)
        {
            stdout.WriteLine($"{rule.Id}: {rule.Title} ({rule.DefaultSeverity.ToName()})");
            stdout.WriteLine(rule.Description);
        }
        else
        {
            using var reader = new StreamReader(page);
            stdout.Write(reader.ReadToEnd());
        }

        if (rule.HelpLink is { } link)
        {
            stdout.WriteLine();
            stdout.WriteLine(link);
        }

        return ExitCodes.Success;
    }
}
