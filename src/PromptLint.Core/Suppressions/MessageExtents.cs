using System.Collections.Generic;
using System.Linq;
using PromptLint.Model;

namespace PromptLint.Suppressions;

/// <summary>
/// Where each message of a document runs in the source: from its role marker (<c>system:</c>) to the next
/// message's marker, the last one to the end of the file. Findings about a whole message sit on its marker line,
/// so a <c>promptlint-disable</c> written inside the message is taken to start there.
/// </summary>
internal sealed class MessageExtents
{
    private readonly List<(int Start, PromptMessage Message)> _starts;

    public MessageExtents(PromptDocument document) =>
        _starts = document.Messages.Select(m => (m.MarkerSpan.Start, m)).OrderBy(s => s.Start).ToList();

    /// <summary>The message whose extent holds the offset, or null before the first one (metadata, a preamble).</summary>
    public PromptMessage? At(int offset)
    {
        int found = SortedSearch.LastAtOrBefore(_starts, offset, s => s.Start);
        return found < 0 ? null : _starts[found].Message;
    }
}
