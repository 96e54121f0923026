using System.Collections.Generic;

namespace PromptLint.Settings;

/// <summary>
/// A compiled glob: a small nondeterministic automaton run over the path with a set of live states (Thompson's
/// construction), so a match costs at most path length × pattern length steps, whatever the pattern. No
/// backtracking and no timeout: the answer never depends on machine load (a regex with a timeout read "no match"
/// when a pathological <c>exclude:</c> glob ran out of time).
/// </summary>
internal sealed class GlobMatcher
{
    private readonly List<State> _states = new();
    private readonly int _start;

    private GlobMatcher(Piece pattern, bool anyFolderPrefix, bool folderSuffix)
    {
        int match = Add(new State(StateKind.Match));
        int end = folderSuffix ? OptionalFolderSuffix(match) : match;
        int body = Compile(pattern, end);
        _start = anyFolderPrefix ? AnyFoldersThen(body) : body;
    }

    /// <summary>A path glob: <paramref name="pattern"/> after the unanchored <c>(any folders)/</c> prefix when asked, and a <c>/anything</c> suffix (a folder matches what is in it).</summary>
    public static GlobMatcher ForPath(Piece pattern, bool anchored) => new(pattern, anyFolderPrefix: !anchored, folderSuffix: true);

    /// <summary>A model ID pattern (<c>models:</c>, <c>usage.models</c>): <c>*</c> stands for any run of characters, the rest is literal, and the whole ID must match.</summary>
    public static GlobMatcher ForModelPattern(string modelPattern)
    {
        var pattern = new Piece(PieceKind.Sequence);
        foreach (char c in modelPattern)
        {
            pattern.Items.Add(c == '*' ? new Piece(PieceKind.AnyAtAll) : new Piece(PieceKind.Literal, c));
        }

        return new GlobMatcher(pattern, anyFolderPrefix: false, folderSuffix: false);
    }

    public bool IsMatch(string text)
    {
        var current = new List<int>();
        var next = new List<int>();
        int[] seenAt = new int[_states.Count];
        int generation = 1;
        AddClosure(current, seenAt, generation, _start);
        for (int i = 0; i < text.Length && current.Count > 0; i++)
        {
            generation++;
            next.Clear();
            char c = text[i];
            foreach (int s in current)
            {
                State state = _states[s];
                if (Consumes(state, c))
                {
                    AddClosure(next, seenAt, generation, state.Out);
                }
            }

            (current, next) = (next, current);
        }

        return current.Exists(s => _states[s].Kind == StateKind.Match);
    }

    private static bool Consumes(State state, char c) => state.Kind switch
    {
        StateKind.Char => c == state.Char,
        StateKind.NotSlash => c != '/',
        StateKind.Any => true,
        _ => false,
    };

    /// <summary>Adds <paramref name="start"/> and every state reachable from it without consuming a character.</summary>
    private void AddClosure(List<int> set, int[] seenAt, int generation, int start)
    {
        var pending = new Stack<int>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            int s = pending.Pop();
            if (seenAt[s] == generation)
            {
                continue;
            }

            seenAt[s] = generation;
            State state = _states[s];
            if (state.Kind == StateKind.Split)
            {
                pending.Push(state.Out2);
                pending.Push(state.Out);
            }
            else
            {
                set.Add(s);
            }
        }
    }

    private int Compile(Piece piece, int next)
    {
        switch (piece.Kind)
        {
            case PieceKind.Sequence:
                for (int i = piece.Items.Count - 1; i >= 0; i--)
                {
                    next = Compile(piece.Items[i], next);
                }

                return next;
            case PieceKind.Alternatives:
                int first = Compile(piece.Items[piece.Items.Count - 1], next);
                for (int i = piece.Items.Count - 2; i >= 0; i--)
                {
                    first = Add(new State(StateKind.Split) { Out = Compile(piece.Items[i], next), Out2 = first });
                }

                return first;
            case PieceKind.Literal:
                return Add(new State(StateKind.Char) { Char = piece.Char, Out = next });
            case PieceKind.OneInFolder:
                return Add(new State(StateKind.NotSlash) { Out = next });
            case PieceKind.AnyInFolder:
                return Loop(StateKind.NotSlash, next);
            case PieceKind.AnyAtAll:
                return Loop(StateKind.Any, next);
            default: // PieceKind.AnyFolders: "**/", zero or more whole folders
                return AnyFoldersThen(next);
        }
    }

    /// <summary><c>(?:.*/)?</c> then <paramref name="next"/>.</summary>
    private int AnyFoldersThen(int next)
    {
        int slash = Add(new State(StateKind.Char) { Char = '/', Out = next });
        int anything = Loop(StateKind.Any, slash);
        return Add(new State(StateKind.Split) { Out = anything, Out2 = next });
    }

    /// <summary><c>(?:/.*)?</c> then <paramref name="match"/>.</summary>
    private int OptionalFolderSuffix(int match)
    {
        int rest = Loop(StateKind.Any, match);
        int slash = Add(new State(StateKind.Char) { Char = '/', Out = rest });
        return Add(new State(StateKind.Split) { Out = slash, Out2 = match });
    }

    /// <summary>Zero or more characters of <paramref name="kind"/>, then <paramref name="next"/>.</summary>
    private int Loop(StateKind kind, int next)
    {
        int split = Add(new State(StateKind.Split) { Out2 = next });
        int consume = Add(new State(kind) { Out = split });
        _states[split].Out = consume;
        return split;
    }

    private int Add(State state)
    {
        _states.Add(state);
        return _states.Count - 1;
    }

    private enum StateKind
    {
        Char,
        NotSlash,
        Any,
        Split,
        Match,
    }

    private sealed class State(StateKind kind)
    {
        public StateKind Kind { get; } = kind;

        public char Char { get; init; }

        public int Out { get; set; }

        public int Out2 { get; init; }
    }
}

internal enum PieceKind
{
    Sequence,
    Alternatives,
    Literal,
    /// <summary><c>?</c></summary>
    OneInFolder,
    /// <summary><c>*</c></summary>
    AnyInFolder,
    /// <summary><c>**</c> not followed by <c>/</c> (and <c>*</c> in a model ID pattern)</summary>
    AnyAtAll,
    /// <summary><c>**/</c></summary>
    AnyFolders,
}

/// <summary>A parsed glob: a sequence of pieces, <c>{a,b}</c> alternatives holding sequences.</summary>
internal sealed class Piece(PieceKind kind, char c = '\0')
{
    public PieceKind Kind { get; } = kind;

    public char Char { get; } = c;

    public List<Piece> Items { get; } = new();
}
