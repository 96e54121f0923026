using System;
using System.Collections.Generic;

namespace PromptLint.Settings;

/// <summary>
/// A path glob as in .gitignore and editorconfig: <c>*</c> (within a folder), <c>**</c> (any folders),
/// <c>?</c>, <c>{a,b}</c>. Paths use <c>/</c> and are relative to the configuration file's folder. A
/// pattern without a <c>/</c> matches a file name at any depth (<c>*.prompty</c>). Compiled to a
/// <see cref="GlobMatcher"/>: linear in the path, no backtracking, no timeout.
/// </summary>
public sealed class Glob
{
    private readonly GlobMatcher _matcher;

    private Glob(string pattern, GlobMatcher matcher)
    {
        Pattern = pattern;
        _matcher = matcher;
    }

    public string Pattern { get; }

    public static bool TryParse(string pattern, out Glob? glob, out string? error)
    {
        glob = null;
        error = null;
        string p = pattern.Trim().Replace('\\', '/');
        if (p.Length == 0)
        {
            error = "a glob must not be empty";
            return false;
        }

        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p.Substring(2);
        }

        bool anchored = p.TrimEnd('/').IndexOf('/') >= 0;
        if (p.StartsWith("/", StringComparison.Ordinal))
        {
            p = p.Substring(1);
        }

        if (p.EndsWith("/", StringComparison.Ordinal))
        {
            p += "**";
        }

        var root = new Piece(PieceKind.Sequence);
        var open = new Stack<(Piece Alternatives, Piece Sequence)>();
        Piece sequence = root;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            switch (c)
            {
                case '*' when i + 1 < p.Length && p[i + 1] == '*':
                    bool slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                    sequence.Items.Add(new Piece(slashAfter ? PieceKind.AnyFolders : PieceKind.AnyAtAll));
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    sequence.Items.Add(new Piece(PieceKind.AnyInFolder));
                    break;
                case '?':
                    sequence.Items.Add(new Piece(PieceKind.OneInFolder));
                    break;
                case '{':
                    var alternatives = new Piece(PieceKind.Alternatives);
                    sequence.Items.Add(alternatives);
                    open.Push((alternatives, sequence));
                    sequence = new Piece(PieceKind.Sequence);
                    alternatives.Items.Add(sequence);
                    break;
                case '}' when open.Count > 0:
                    sequence = open.Pop().Sequence;
                    break;
                case ',' when open.Count > 0:
                    sequence = new Piece(PieceKind.Sequence);
                    open.Peek().Alternatives.Items.Add(sequence);
                    break;
                default:
                    sequence.Items.Add(new Piece(PieceKind.Literal, c));
                    break;
            }
        }

        if (open.Count != 0)
        {
            error = $"'{pattern}' has an unclosed '{{'";
            return false;
        }

        glob = new Glob(pattern, GlobMatcher.ForPath(root, anchored));
        return true;
    }

    /// <summary>Whether <paramref name="relativePath"/> (relative to the configuration folder, <c>/</c>-separated) matches.</summary>
    public bool IsMatch(string relativePath) => _matcher.IsMatch(relativePath.Replace('\\', '/'));

    public override string ToString() => Pattern;
}
