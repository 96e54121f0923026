using System.Text.Encodings.Web;
using System.Text.Json;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// <c>--format json</c>: a versioned document (described in docs/output-formats.md). Version 1 has
/// <c>version</c>, <c>tool</c>, <c>findings</c> (rule, severity, message, path, 1-based region, help link,
/// fingerprint) and <c>summary</c>.
/// </summary>
internal static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static void Write(LintReport report, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("version", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", "promptlint");
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (ReportedFinding f in report.Findings)
        {
            var p = f.Finding.Position;
            writer.WriteStartObject();
            writer.WriteString("ruleId", f.Finding.RuleId);
            writer.WriteString("severity", f.Finding.Severity.ToName());
            writer.WriteString("message", f.Message(report.Redact));
            writer.WriteString("path", f.RepoPath);
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", p.Start.Line);
            writer.WriteNumber("startColumn", p.Start.Column);
            writer.WriteNumber("endLine", p.End.Line);
            writer.WriteNumber("endColumn", p.End.Column);
            writer.WriteEndObject();
            if (f.Finding.Rule.HelpLink is { } help)
            {
                writer.WriteString("helpUri", help);
            }

            writer.WriteString("fingerprint", f.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("filesLinted", report.FilesLinted);
        writer.WriteNumber("errors", report.Count(Severity.Error));
        writer.WriteNumber("warnings", report.Count(Severity.Warning));
        writer.WriteNumber("info", report.Count(Severity.Info));
        writer.WriteNumber("baselined", report.Baselined);
        writer.WriteNumber("baselineFixed", report.BaselineFixed);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
