using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Model;

public enum SuppressionKind
{
    /// <summary><c>promptlint-disable</c>: from its line to a matching <c>promptlint-enable</c> or the end of the file.</summary>
    Disable,
    /// <summary><c>promptlint-disable-next-line</c>: the line after the comment.</summary>
    DisableNextLine,
    /// <summary><c>promptlint-disable-line</c>: the comment's own line.</summary>
    DisableLine,
    /// <summary><c>promptlint-enable</c>: ends a <c>promptlint-disable</c>.</summary>
    Enable,
    /// <summary>The metadata key <c>promptlint: {disable: […]}</c>: the whole file.</summary>
    File,
}

/// <summary>
/// One suppression as written, with the rule IDs it names (empty: every rule). <see cref="CommentEnd"/> is where
/// the enclosing comment closes: "next line" means the line after it.
/// </summary>
public sealed record SuppressionDirective(SuppressionKind Kind, IReadOnlyList<string> RuleIds, TextSpan Span, string Text, int CommentEnd);
