using PromptLint.Analysis;
using PromptLint.Analysis.Outline;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>Vocabulary.Intern reuses strings for repeated unknown words; every word must still come back as itself.</summary>
public sealed class VocabularyInternTests
{
    private static string Intern(string word, out WordKind kind) => Vocabulary.Intern(word.ToCharArray(), word.Length, out kind);

    [Fact]
    public void Unknown_words_come_back_as_themselves_when_many_share_a_slot()
    {
        // 5,000 distinct words in a 1,024-slot cache: slots collide and get overwritten; twice over, interleaved.
        string[] words = Enumerable.Range(0, 5_000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "q").ToArray();
        foreach (string word in words.Concat(words.Reverse()))
        {
            Assert.Equal(word, Intern(word, out WordKind kind));
            Assert.Equal(WordKind.None, kind);
        }
    }

    [Fact]
    public void A_repeated_unknown_word_is_one_string_and_a_long_word_is_still_itself()
    {
        Assert.Same(Intern("northwind", out _), Intern("northwind", out _));
        string longWord = new('x', 40);
        Assert.Equal(longWord, Intern(longWord, out _));
    }

    [Fact]
    public void Known_words_keep_their_classes() => Assert.True(Intern("json", out WordKind kind) == "json" && kind.HasFlag(WordKind.FormatNoun));
}
