using System;
using System.Collections.Generic;

namespace PromptLint.Model;

/// <summary>
/// One file handed to the linter by a host that already read it. <see cref="Companions"/> carries files
/// a format reads beside the prompt (Semantic Kernel's <c>config.json</c> next to <c>skprompt.txt</c>),
/// keyed by file name.
/// </summary>
public sealed class PromptInput
{
    public PromptInput(string path, string text, IReadOnlyDictionary<string, string>? companions = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Companions = companions ?? new Dictionary<string, string>();
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyDictionary<string, string> Companions { get; }
}
