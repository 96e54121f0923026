using System.Text.Encodings.Web;
using System.Text.Json;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 as GitHub code scanning reads it — tool.driver.rules with descriptions,
/// help and default level; results with repository-relative <c>artifactLocation.uri</c> under
/// <c>%SRCROOT%</c>, 1-based regions and <c>partialFingerprints</c>.
/// </summary>
internal static class SarifReportWriter
{
    public static void Write(LintReport report, string repoRoot, Stream output)
    {
        var rules = RuleCatalog.All;
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "PromptLint");
        w.WriteString("semanticVersion", ToolInfo.Version);
        if (ToolInfo.InformationUri is { } home)
        {
            w.WriteString("informationUri", home);
        }

        w.WriteStartArray("rules");
        foreach (RuleDescriptor rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", Name(rule));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Description);
            w.WriteEndObject();
            WriteHelp(w, rule);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity == Severity.None ? Severity.Info : rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category.ToString().ToLowerInvariant());
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("%SRCROOT%");
        w.WriteString("uri", new Uri(repoRoot.EndsWith('/') ? repoRoot : repoRoot + "/").AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        foreach (ReportedFinding f in report.Findings)
        {
            var p = f.Finding.Position;
            w.WriteStartObject();
            w.WriteString("ruleId", f.Finding.RuleId);
            w.WriteNumber("ruleIndex", IndexOf(rules, f.Finding.Rule));
            w.WriteString("level", Level(f.Finding.Severity));
            w.WriteStartObject("message");
            w.WriteString("text", f.Message(report.Redact));
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri.EscapeDataString(f.RepoPath).Replace("%2F", "/"));
            w.WriteString("uriBaseId", "%SRCROOT%");
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", p.Start.Line);
            w.WriteNumber("startColumn", p.Start.Column);
            w.WriteNumber("endLine", p.End.Line);
            w.WriteNumber("endColumn", Math.Max(p.End.Column, p.End.Line == p.Start.Line ? p.Start.Column : 1));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("partialFingerprints");
            w.WriteString("promptlint/v1", f.Fingerprint);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A PascalCase identifier from the title, as SARIF's reportingDescriptor.name suggests.</summary>
    private static string Name(RuleDescriptor rule) =>
        string.Concat(rule.Title.Split(' ', '-', '.', '/').Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0])).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, RuleDescriptor rule)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i] == rule)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rule's help; with its page's link only when the build names the project's home.</summary>
    private static void WriteHelp(Utf8JsonWriter w, RuleDescriptor rule)
    {
        w.WriteStartObject("help");
        if (rule.HelpLink is { } link)
        {
            w.WriteString("text", rule.Description + " See " + link);
            w.WriteString("markdown", $"{rule.Description}\n\n[{rule.Id} documentation]({link})");
            w.WriteEndObject();
            w.WriteString("helpUri", link);
            return;
        }

        w.WriteString("text", rule.Description + " See `promptlint explain " + rule.Id + "`.");
        w.WriteString("markdown", $"{rule.Description}\n\nSee `promptlint explain {rule.Id}`.");
        w.WriteEndObject();
    }
}
