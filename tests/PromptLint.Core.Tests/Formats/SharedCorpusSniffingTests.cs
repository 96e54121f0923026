using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Readers;
using Xunit.Abstractions;

namespace PromptLint.Core.Tests.Formats;

/// <summary>
/// <see cref="PromptFormats.IsLikelyPrompt"/> against the is_prompt labels of ../shared/corpus (read in place, never
/// copied). Tuned on even item ids; odd ids are the check split (docs/accuracy.md). Skips when the corpus is absent.
/// </summary>
public sealed class SharedCorpusSniffingTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus"));

    [Fact]
    public void Walked_corpus_files_are_told_apart_from_templates_that_are_not_prompts()
    {
        string labels = Path.Combine(Corpus, "labels.tsv");
        if (!File.Exists(labels))
        {
            output.WriteLine("../shared/corpus is absent; skipped");
            return;
        }

        var wrong = new List<string>();
        int acceptedNonPrompts = 0, rejectedPrompts = 0;
        foreach (string[] cols in File.ReadLines(labels).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > 1))
        {
            string file = Directory.GetFiles(Path.Combine(Corpus, "items", cols[0])).Single();
            bool isPrompt = cols[1] == "Y";
            bool sniffed = PromptFormats.IsLikelyPrompt(file, File.ReadAllText(file));
            if (sniffed != isPrompt)
            {
                int id = int.Parse(cols[0].Substring(1));
                wrong.Add($"{cols[0]} ({(id % 2 == 0 ? "tuning" : "check")}): labeled {(isPrompt ? "prompt" : "not a prompt")}, sniffed {(sniffed ? "prompt" : "not a prompt")}");
                acceptedNonPrompts += isPrompt ? 0 : 1;
                rejectedPrompts += isPrompt ? 1 : 0;
            }
        }

        output.WriteLine(string.Join("\n", wrong));
        Assert.True(acceptedNonPrompts <= 2, $"{acceptedNonPrompts} non-prompts would be linted:\n{string.Join("\n", wrong)}");
        Assert.True(rejectedPrompts <= 3, $"{rejectedPrompts} prompts would be skipped:\n{string.Join("\n", wrong)}");
    }
}
