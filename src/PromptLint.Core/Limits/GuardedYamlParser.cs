using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PromptLint.Limits;

/// <summary>
/// Wraps YamlDotNet's event parser (a state machine, not recursive) and stops with a located
/// <see cref="YamlException"/> as soon as collections nest deeper than <see cref="InputLimits.MaxYamlDepth"/> or the
/// document has more than <see cref="InputLimits.MaxYamlNodes"/> nodes. The representation model, which builds its
/// tree recursively, only ever sees events within those limits.
/// </summary>
internal sealed class GuardedYamlParser : IParser
{
    private readonly IParser _inner;
    private int _depth;
    private int _nodes;

    public GuardedYamlParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the last event ended: the best position for an error the parser reports without one.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        LastEnd = _inner.Current?.End ?? LastEnd;
        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                _nodes++;
                if (++_depth > InputLimits.MaxYamlDepth)
                {
                    throw new YamlException(_inner.Current.Start, _inner.Current.End,
                        $"collections are nested deeper than {InputLimits.MaxYamlDepth} levels; flatten the structure");
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case Scalar or AnchorAlias:
                _nodes++;
                break;
            case DocumentEnd:
                _nodes = 0;
                break;
        }

        if (_nodes > InputLimits.MaxYamlNodes)
        {
            throw new YamlException(_inner.Current!.Start, _inner.Current.End,
                $"the document has more than {InputLimits.MaxYamlNodes:N0} nodes; move large data out of it");
        }

        return true;
    }
}
