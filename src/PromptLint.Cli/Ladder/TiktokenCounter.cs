using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;
using PromptLint.Ladder;

namespace PromptLint.Cli.Ladder;

/// <summary>
/// Exact token counts with the model family's tiktoken encoding (Microsoft.ML.Tokenizers 2.0.1 and its O200kBase /
/// Cl100kBase data packages, loaded from the tool's own files; never downloaded). The encoding per model is
/// <see cref="TokenizerChoice"/>'s; each vocabulary is loaded once per run, on first use.
/// </summary>
internal sealed class TiktokenCounter : ITokenCounter
{
    private readonly ConcurrentDictionary<string, Tokenizer> _tokenizers = new(StringComparer.Ordinal);

    public TokenCount Count(string text, string? modelId)
    {
        var (encoding, note) = TokenizerChoice.For(modelId);
        Tokenizer tokenizer = _tokenizers.GetOrAdd(encoding, name => TiktokenTokenizer.CreateForEncoding(name));
        return new TokenCount(tokenizer.CountTokens(text), encoding, Exact: true, note);
    }
}
