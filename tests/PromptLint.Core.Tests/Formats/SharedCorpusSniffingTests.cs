using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Formats;
using PromptLint.Model;
using PromptLint.Readers;
using Xunit.Abstractions;

namespace PromptLint.Core.Tests.Formats;

/// <summary>
/// <see cref="PromptFormats.IsLikelyPrompt"/> against the is_prompt labels of ../shared/corpus for the formats that
/// are sniffed (Jinja2, Markdown, text, YAML, JSON …). A file whose name is a prompt format (<c>.prompt</c>,
/// <c>.prompty</c>, <c>.poml</c>, <c>skprompt.txt</c>) is never skipped by content; its placeholder fixtures are kept
/// quiet by the rules instead (ThinPrompt), which the end-to-end noise count of docs/accuracy.md measures.
/// </summary>
public sealed class SharedCorpusSniffingTests(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void Walked_corpus_files_are_told_apart_from_templates_that_are_not_prompts()
    {
        if (!SharedCorpus.IsPresent(output))
        {
            return;
        }

        var sources = SharedCorpus.Sources();
        var wrong = new List<string>();
        int acceptedNonPrompts = 0, rejectedPrompts = 0, sniffedFiles = 0;
        foreach (var (id, row) in SharedCorpus.Labels())
        {
            string file = SharedCorpus.ItemFile(id);
            if (PromptFormats.NameIsConclusive(PromptFormats.FromFileName(file)))
            {
                continue;
            }

            sniffedFiles++;
            bool isPrompt = row["is_prompt"] == "Y";
            bool sniffed = PromptFormats.IsLikelyPrompt(file, File.ReadAllText(file));
            if (sniffed != isPrompt)
            {
                bool check = SharedCorpus.CheckSources.Contains(sources[id]);
                wrong.Add($"{(check ? "a check-source item" : id)}: labeled {(isPrompt ? "prompt" : "not a prompt")}, sniffed {(sniffed ? "prompt" : "not a prompt")}");
                acceptedNonPrompts += isPrompt ? 0 : 1;
                rejectedPrompts += isPrompt ? 1 : 0;
            }
        }

        output.WriteLine($"{sniffedFiles} sniffed files\n" + string.Join("\n", wrong));
        Assert.True(sniffedFiles > 100, $"only {sniffedFiles} corpus files are of a sniffed format");
        Assert.True(acceptedNonPrompts <= 2, $"{acceptedNonPrompts} non-prompts would be linted:\n{string.Join("\n", wrong)}");
        Assert.True(rejectedPrompts <= 3, $"{rejectedPrompts} prompts would be skipped:\n{string.Join("\n", wrong)}");
    }

    [Theory]
    [InlineData("ex.prompt")]
    [InlineData("ex.prompty")]
    [InlineData("skprompt.txt")]
    [InlineData("ex.poml")]
    public void A_prompt_format_is_conclusive_by_name(string name) =>
        Assert.True(PromptFormats.NameIsConclusive(PromptFormats.FromFileName(name)), name);

    [Fact]
    public void Dotprompt_is_a_prompt_format() => Assert.Equal(PromptFormat.Dotprompt, PromptFormats.FromFileName("a/b/story.prompt"));
}
