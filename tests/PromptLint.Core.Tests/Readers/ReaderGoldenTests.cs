using PromptLint.Analysis;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Tests.Shared;

namespace PromptLint.Core.Tests.Readers;

/// <summary>Pins what each reader makes of a file: roles, message spans, tags, declarations, examples.</summary>
public sealed class ReaderGoldenTests
{
    [Theory]
    [InlineData("classic-v1.prompty")]
    [InlineData("v2.prompty")]
    [InlineData("roles.prompt")]
    [InlineData("sk-summarize/skprompt.txt")]
    [InlineData("story.yaml")]
    [InlineData("release-notes.sbn-txt")]
    [InlineData("assistant.md")]
    [InlineData("plain.txt")]
    [InlineData("chat.json")]
    [InlineData("trail-advisor.jinja2")]
    [InlineData("review-grader.j2")]
    [InlineData("gear-summary.jinja2")]
    [InlineData("gift-note.liquid")]
    [InlineData("return-reply.hbs")]
    [InlineData("trail-tip.mustache")]
    [InlineData("size-advisor.poml")]
    [InlineData("packing-list.poml")]
    [InlineData("licensed-header.prompt")]
    public void Reader_output_matches_golden(string fixture)
    {
        string path = Path.Combine(RepoPaths.TestProject, "Readers", "Fixtures", fixture);
        Dictionary<string, string>? companions = null;
        string config = Path.Combine(Path.GetDirectoryName(path)!, PromptFormats.SemanticKernelConfig);
        if (File.Exists(config))
        {
            companions = new() { [PromptFormats.SemanticKernelConfig] = File.ReadAllText(config) };
        }

        PromptDocument document = Linter.Read(new PromptInput(fixture, File.ReadAllText(path), companions))!;

        GoldenFile.Verify(fixture.Replace('/', '_'), PromptDocumentPrinter.Print(document));
    }
}
