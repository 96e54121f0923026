using CsCheck;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>
/// Property tests over the readers (through the linter), the decoder, the template scanner and the config parser:
/// inputs built from the tokens these parsers care about, up to a few thousand characters. No input may throw,
/// and every finding must sit inside the file. Fixed seed in CI; see <see cref="Fuzz"/> for a longer run.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Tokens =
    [
        "---", "\n", "\r", "\r\n", " ", "  ", "\t", ":", ": ", "- ", "[", "]", "{", "}", ",", "\"", "'", "\\", "\\u00", "&a ", "*a", "!!str ", "|", ">", "? ", "#",
        "{{", "}}", "{{{", "}}}", "{{#if x}}", "{{/if}}", "{{#each items}}", "{{/each}}", "{{else}}", "{{> p}}", "{{!--", "--}}", "{{!", "{{$v}}", "{{role \"user\"}}",
        "{%", "%}", "{% for x in y %}", "{% endfor %}", "{% raw %}", "{% endraw %}", "{#", "#}", "{{ end }}", "{{ if a }}", "{%{", "}%}", "{{{{raw}}}}", "{{{{/raw}}}}",
        "system:", "user:", "assistant:", "# user:", "<message role=\"user\">", "</message>", "<example>", "</example>", "Input:", "Output:",
        "<!-- promptlint-disable PL1001 -->", "<!-- promptlint-enable -->", "{{! promptlint-disable-next-line }}", "# promptlint-disable-line PL5001",
        "name: x", "inputs:", "model:", "template: ", "template_format: handlebars", "input_variables:", "rules:", "PL1001: error", "PL0013:", "maxFileBytes: 5",
        "include:", "exclude:", "overrides:", "models:", "files:", "severity: ", "extends: strict", "root: true",
        "\"role\"", "\"content\"", "\"messages\"", "null", "true", "1e999", "-0",
        "<poml>", "</poml>", "<role>", "</role>", "<task>", "</task>", "<example>", "<output-format>", "<![CDATA[", "]]>", "&amp;", "&#x0;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<?xml version=\"1.0\"?>",
        "{{ for x in y }}", "{{ func f }}", "{{ (", ")", "{{ x | f }}", "{% if a %}", "{% endif %}", "{% capture c %}", "{% endcapture %}",
        "You are a bot.", "Respond in JSON.", "a", "é", "😀", "\u0000", "\uFEFF", "\uD800", "\u2028", "\u0085",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf(Tokens).Array[0, 300].Select(parts => string.Concat(parts)),
        Gen.String[0, 400],
        Gen.OneOf(Tokens).Array[1, 6].Select(Gen.Int[1, 400], (parts, repeat) => string.Concat(Enumerable.Repeat(string.Concat(parts), repeat))));

    private static readonly string[] FileNames =
        ["a.prompty", "a.prompt", "skprompt.txt", "a.yaml", "a.sbn", "a.scriban", "a.md", "a.txt", "a.json", "a.jsonl", "a.j2", "a.liquid", "a.hbs", "a.mustache", "a.poml"];

    private static void AssertInside(IReadOnlyList<Finding> findings, string text)
    {
        int lines = new PromptLint.Text.SourceText("x", text).LineCount;
        foreach (Finding f in findings)
        {
            Assert.InRange(f.Position.Start.Line, 1, lines);
            Assert.True(f.Position.Start.Column >= 1, f.ToCanonicalString());
            Assert.InRange(f.Span.Start, 0, text.Length);
            Assert.InRange(f.Span.End, f.Span.Start, text.Length);
        }
    }

    [Fact]
    public void Readers_never_throw_and_locate_every_finding_inside_the_file() =>
        Fuzz.Run(Gen.Select(Gen.OneOf(FileNames), Text, Text), input =>
        {
            var (name, text, companion) = input;
            var companions = name == "skprompt.txt" ? new Dictionary<string, string> { ["config.json"] = companion } : null;
            LintResult result = Linter.Lint(new PromptInput(name, text, companions));
            AssertInside(result.Findings, text);
        }, input => input.Item1 + ": " + Fuzz.Show(input.Item2));

    [Fact]
    public void The_decoder_never_throws_on_any_bytes() =>
        Fuzz.Run(Gen.Select(Gen.OneOf(FileNames), Gen.Byte.Array[0, 600]), input =>
        {
            LintResult result = Linter.Lint(input.Item1, input.Item2);
            Assert.All(result.Findings, f => Assert.True(f.Position.Start.Line >= 1 && f.Position.Start.Column >= 1));
        }, input => input.Item1 + ": " + Convert.ToHexString(input.Item2));

    [Fact]
    public void The_template_scanner_never_throws_and_keeps_spans_in_the_text() =>
        Fuzz.Run(Gen.Select(Gen.OneOf(Enum.GetValues<TemplateDialect>()), Text), input =>
        {
            var (dialect, text) = input;
            TemplateScanResult result = TemplateScanner.Scan(text, dialect);
            Assert.All(result.Expressions, e => Assert.InRange(e.Span.End, e.Span.Start, text.Length));
            Assert.All(result.Errors, e => Assert.InRange(e.Span.End, e.Span.Start, text.Length));
        }, input => input.Item1 + ": " + Fuzz.Show(input.Item2));

    [Fact]
    public void The_config_parser_never_throws_and_locates_every_problem() =>
        Fuzz.Run(Text, text =>
        {
            ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", text);
            AssertInside(result.Problems, text);
            Assert.True(result.Config is not null || result.Problems.Any(p => p.RuleId == "PL0001"), "a config that failed must say why with a PL0001");
        }, Fuzz.Show);

    [Fact]
    public void Found_by_fuzzing_yamldotnet_ending_in_an_invalid_state_is_a_located_finding_not_a_crash()
    {
        // YamlDotNet 16.3 throws InvalidOperationException from its scanner on this; it took down every host.
        const string yaml = "\u0000severity: {{#each items}}PL1001: error{{$v}}template: system:PL0013:inputs:\ntrue\\user:--}}#models:]{user:{{#if x}}";
        Assert.Equal("PL0001", Assert.Single(ConfigParser.Parse("/repo/promptlint.yaml", yaml).Problems).RuleId);
        var finding = Assert.Single(Linter.Lint(new PromptInput("a.yaml", yaml)).Findings, f => f.RuleId == "PL0014");
        Assert.Contains("not valid YAML", finding.Message);
    }
}
