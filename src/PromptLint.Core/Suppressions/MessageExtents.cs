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
        int lo = 0, hi = _starts.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_starts[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : _starts[found].Message;
    }
}
