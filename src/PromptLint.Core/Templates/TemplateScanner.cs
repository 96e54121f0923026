using System;
using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Templates;

/// <summary>
/// Scans text for <c>{{ }}</c>-family tags (Handlebars/Mustache, Jinja/Liquid, Scriban, Semantic Kernel):
/// delimiters, comments, raw blocks, block open/close matching and the variables each tag reads.
/// A scanner, not a renderer: nothing is evaluated. Every search moves forward, so the scan is linear.
/// </summary>
public static class TemplateScanner
{
    public static TemplateScanResult Scan(string text, TemplateDialect dialect)
    {
        if (dialect == TemplateDialect.None)
        {
            dialect = GuessDialect(text);
        }

        var scan = new Scanner(text, dialect);
        scan.Run();
        return scan.ToResult();
    }

    /// <summary>Picks a dialect for text whose format does not name one (plain Markdown/text, JSON chat).</summary>
    public static TemplateDialect GuessDialect(string text)
    {
        if (text.IndexOf("{%", StringComparison.Ordinal) >= 0 || HasJinjaComment(text))
        {
            return TemplateDialect.Jinja;
        }

        if (text.IndexOf("{{$", StringComparison.Ordinal) >= 0 || text.IndexOf("{{ $", StringComparison.Ordinal) >= 0)
        {
            return TemplateDialect.SemanticKernel;
        }

        return TemplateDialect.Mustache;
    }

    /// <summary>A <c>{#</c> that is not the second half of a Handlebars <c>{{#block}}</c>.</summary>
    private static bool HasJinjaComment(string text)
    {
        int i = 0;
        while ((i = text.IndexOf("{#", i, StringComparison.Ordinal)) >= 0)
        {
            if (i == 0 || text[i - 1] != '{')
            {
                return true;
            }

            i += 2;
        }

        return false;
    }

    private sealed class Scanner
    {
        private readonly string _text;
        private readonly TemplateDialect _dialect;
        private readonly List<TemplateExpression> _expressions = new();
        private readonly List<TemplateError> _errors = new();
        private readonly HashSet<string> _locals = new(StringComparer.Ordinal);
        private readonly List<OpenBlock> _blocks = new();
        private readonly Dictionary<string, int> _openByName = new(StringComparer.Ordinal);
        private bool _depthReported;
        private readonly Dictionary<string, (int From, int Found)> _nextIndexCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _missingEndTagFrom = new(StringComparer.Ordinal);

        public Scanner(string text, TemplateDialect dialect)
        {
            _text = text;
            _dialect = dialect;
        }

        private bool IsJinjaLike => _dialect is TemplateDialect.Jinja or TemplateDialect.Liquid;

        private bool IsHandlebarsLike => _dialect is TemplateDialect.Handlebars or TemplateDialect.Mustache;

        public void Run()
        {
            int i = 0;
            while (i < _text.Length)
            {
                int brace = _text.IndexOf('{', i);
                if (brace < 0 || brace + 1 >= _text.Length)
                {
                    break;
                }

                char next = _text[brace + 1];
                if (next == '{')
                {
                    i = IsHandlebarsLike && StartsWith(brace, "{{{{") ? RawHandlebarsBlock(brace) : CurlyTag(brace);
                }
                else if (next == '%' && IsJinjaLike)
                {
                    i = StatementTag(brace);
                }
                else if (next == '%' && _dialect == TemplateDialect.Scriban && StartsWith(brace, "{%{"))
                {
                    i = SkipTo(brace, "{%{", "}%}", TemplateExpressionKind.Raw, "escape block");
                }
                else if (next == '#' && IsJinjaLike)
                {
                    i = SkipTo(brace, "{#", "#}", TemplateExpressionKind.Comment, "comment");
                }
                else
                {
                    i = brace + 1;
                }
            }

            foreach (OpenBlock block in _blocks)
            {
                _errors.Add(new TemplateError(block.Span, $"'{Excerpt(block.Span)}' is never closed; add {CloserFor(block.Name)}"));
            }
        }

        public TemplateScanResult ToResult() => new(_dialect, _expressions, _errors, _locals);

        private int CurlyTag(int open)
        {
            bool triple = IsHandlebarsLike && StartsWith(open, "{{{");
            bool longComment = IsHandlebarsLike && StartsWith(open, "{{!--");
            string closer = triple ? "}}}" : longComment ? "--}}" : "}}";
            int contentStart = open + (triple ? 3 : 2);
            int close = FindClose(open, contentStart, closer, checkReopen: !longComment);
            if (close < 0)
            {
                return contentStart;
            }

            int end = close + closer.Length;
            var tagSpan = TextSpan.FromBounds(open, end);
            (int cs, int ce) = TrimMarkers(contentStart, close);
            switch (_dialect)
            {
                case TemplateDialect.Handlebars or TemplateDialect.Mustache:
                    HandlebarsTag(tagSpan, cs, ce, triple);
                    break;
                case TemplateDialect.Scriban:
                    ScribanBlock(tagSpan, cs, ce);
                    break;
                case TemplateDialect.SemanticKernel:
                    SemanticKernelTag(tagSpan, cs, ce);
                    break;
                default:
                    AddExpression(TemplateExpressionKind.Variable, tagSpan, cs, ce, FirstWordSpan(cs, ce));
                    break;
            }

            return end;
        }

        private void HandlebarsTag(TextSpan tag, int cs, int ce, bool triple)
        {
            if (cs >= ce)
            {
                return;
            }

            char sigil = _text[cs];
            if (triple || sigil == '&')
            {
                AddExpression(TemplateExpressionKind.Variable, tag, sigil == '&' ? cs + 1 : cs, ce, FirstWordSpan(sigil == '&' ? cs + 1 : cs, ce));
                return;
            }

            switch (sigil)
            {
                case '!':
                    Add(TemplateExpressionKind.Comment, tag, "!", new TextSpan(cs, 1));
                    return;
                case '>':
                    Add(TemplateExpressionKind.Partial, tag, Word(cs + 1, ce), FirstWordSpan(cs + 1, ce));
                    return;
                case '#' or '^' when !(sigil == '^' && TagReader.SkipWhitespace(_text, cs + 1, ce) >= ce):
                    int nameStart = _text[cs + 1] is '>' or '*' ? cs + 2 : cs + 1;
                    TextSpan name = FirstWordSpan(nameStart, ce);
                    CollectBlockParams(name.End, ce);
                    // A Mustache section ({{#items}}, {{^empty}}) reads the variable it is named after.
                    bool section = TagReader.SkipWhitespace(_text, name.End, ce) >= ce && !KnownBlockHelpers.Contains(_text.Substring(name.Start, name.Length));
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, name, section ? name.Start : name.End, ce);
                    return;
                case '^':
                    MiddleBlock(tag, "else", cs, ce);
                    return;
                case '/':
                    CloseBlock(tag, FirstWordSpan(cs + 1, ce));
                    return;
            }

            TextSpan first = FirstWordSpan(cs, ce);
            string word = _text.Substring(first.Start, first.Length);
            if (word == "else")
            {
                MiddleBlock(tag, "else", first.End, ce);
                return;
            }

            int afterFirst = TagReader.SkipWhitespace(_text, first.End, ce);
            bool hasArguments = afterFirst < ce;
            bool isPath = first.Length > 0 && !hasArguments && !KnownHandlebarsHelpers.Contains(word);
            if (isPath)
            {
                AddExpression(TemplateExpressionKind.Variable, tag, cs, ce, first);
            }
            else
            {
                AddExpression(TemplateExpressionKind.Call, tag, first.End, ce, first);
            }
        }

        private void ScribanBlock(TextSpan tag, int cs, int ce)
        {
            // A Scriban code block holds statements separated by new lines or ';'.
            int i = cs;
            while (i < ce)
            {
                int statementEnd = i;
                while (statementEnd < ce && _text[statementEnd] != '\n' && _text[statementEnd] != ';')
                {
                    if (_text[statementEnd] is '"' or '\'' or '`')
                    {
                        statementEnd = TagReader.SkipString(_text, statementEnd, ce);
                        continue;
                    }

                    statementEnd++;
                }

                ScribanStatement(tag, TagReader.SkipWhitespace(_text, i, statementEnd), statementEnd);
                i = statementEnd + 1;
            }
        }

        private void ScribanStatement(TextSpan tag, int s, int e)
        {
            if (s >= e)
            {
                return;
            }

            if (_text[s] == '#')
            {
                Add(TemplateExpressionKind.Comment, tag, "#", new TextSpan(s, 1));
                return;
            }

            TextSpan first = FirstWordSpan(s, e);
            string word = _text.Substring(first.Start, first.Length);
            switch (word)
            {
                case "end":
                    CloseBlock(tag, first, isScribanEnd: true);
                    return;
                case "else" or "when":
                    MiddleBlock(tag, word, first.End, e);
                    return;
                case "for" or "tablerow":
                    DeclareLoopLocals(first.End, e);
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, first.End, e);
                    return;
                case "func":
                    DeclareLocal(first.End, e);
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, e, e);
                    return;
                case "capture":
                    DeclareLocal(first.End, e);
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, e, e);
                    return;
                case "if" or "while" or "with" or "wrap" or "case":
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, first.End, e);
                    return;
                case "include" or "import":
                    Add(TemplateExpressionKind.Partial, tag, word, first);
                    return;
                case "ret" or "break" or "continue":
                    AddExpression(TemplateExpressionKind.Call, tag, first.End, e, first);
                    return;
            }

            int afterName = TagReader.SkipWhitespace(_text, first.End, e);
            bool assignment = first.Length > 0 && afterName < e && _text[afterName] == '=' && (afterName + 1 >= e || _text[afterName + 1] != '=');
            if (assignment)
            {
                _locals.Add(word);
                AddExpression(TemplateExpressionKind.Call, tag, afterName + 1, e, first);
                return;
            }

            AddExpression(TemplateExpressionKind.Variable, tag, s, e, first);
        }

        private void SemanticKernelTag(TextSpan tag, int cs, int ce)
        {
            if (cs >= ce)
            {
                return;
            }

            if (_text[cs] == '$')
            {
                AddExpression(TemplateExpressionKind.Variable, tag, cs, ce, FirstWordSpan(cs + 1, ce));
            }
            else if (_text[cs] is '"' or '\'')
            {
                Add(TemplateExpressionKind.Call, tag, string.Empty, new TextSpan(cs, 0));
            }
            else
            {
                TextSpan name = FunctionNameSpan(cs, ce);
                AddExpression(TemplateExpressionKind.Call, tag, name.End, ce, name);
            }
        }

        private int StatementTag(int open)
        {
            int contentStart = open + 2;
            int close = FindClose(open, contentStart, "%}", checkReopen: true);
            if (close < 0)
            {
                return contentStart;
            }

            int end = close + 2;
            var tag = TextSpan.FromBounds(open, end);
            (int cs, int ce) = TrimMarkers(contentStart, close);
            TextSpan first = FirstWordSpan(cs, ce);
            string word = _text.Substring(first.Start, first.Length);
            switch (word)
            {
                case "raw" or "comment":
                    return SkipToEndTag(tag, word);
                case "for" or "tablerow":
                    DeclareLoopLocals(first.End, ce);
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, first.End, ce);
                    break;
                case "macro" or "capture":
                    DeclareLocal(first.End, ce);
                    DeclareMacroParameters(first.End, ce);
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, ce, ce);
                    break;
                case "set" or "assign":
                    int equals = _text.IndexOf('=', first.End, ce - first.End);
                    DeclareLocal(first.End, equals < 0 ? ce : equals);
                    if (equals < 0 && word == "set")
                    {
                        OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, ce, ce);
                    }
                    else
                    {
                        AddExpression(TemplateExpressionKind.Call, tag, equals < 0 ? ce : equals + 1, ce, first);
                    }

                    break;
                case "if" or "unless" or "case" or "with" or "block" or "call" or "filter" or "autoescape" or "trans" or "spaceless":
                    OpenBlock(TemplateExpressionKind.BlockOpen, tag, first, word == "block" ? ce : first.End, ce);
                    break;
                case "else" or "elif" or "elsif" or "when" or "empty" or "pluralize":
                    MiddleBlock(tag, word, first.End, ce);
                    break;
                case "include" or "import" or "from" or "extends" or "render":
                    Add(TemplateExpressionKind.Partial, tag, word, first);
                    break;
                default:
                    if (word.StartsWith("end", StringComparison.Ordinal) && word.Length > 3)
                    {
                        CloseBlock(tag, TextSpan.FromBounds(first.Start + 3, first.End));
                    }
                    else
                    {
                        AddExpression(TemplateExpressionKind.Call, tag, first.End, ce, first);
                    }

                    break;
            }

            return end;
        }

        private int RawHandlebarsBlock(int open)
        {
            int close = FindClose(open, open + 4, "}}}}", checkReopen: false);
            if (close < 0)
            {
                return open + 4;
            }

            string name = Word(open + 4, close);
            string endTag = "{{{{/" + name + "}}}}";
            int endOpen = NextIndex(endTag, close + 4);
            if (endOpen < 0)
            {
                var span = TextSpan.FromBounds(open, close + 4);
                _errors.Add(new TemplateError(span, $"raw block '{Excerpt(span)}' is never closed; add '{endTag}'"));
                return close + 4;
            }

            int end = endOpen + endTag.Length;
            Add(TemplateExpressionKind.Raw, TextSpan.FromBounds(open, end), name, new TextSpan(open + 4, name.Length));
            return end;
        }

        private int SkipTo(int open, string opener, string closer, TemplateExpressionKind kind, string what)
        {
            int close = NextIndex(closer, open + opener.Length);
            if (close < 0)
            {
                var openerSpan = new TextSpan(open, opener.Length);
                _errors.Add(new TemplateError(openerSpan, $"{what} '{opener}' is never closed; add '{closer}'"));
                return open + opener.Length;
            }

            var span = TextSpan.FromBounds(open, close + closer.Length);
            Add(kind, span, opener, new TextSpan(open, opener.Length));
            return span.End;
        }

        private int SkipToEndTag(TextSpan tag, string word)
        {
            // {% raw %} … {% endraw %}: everything in between is text.
            string endWord = "end" + word;
            int search = tag.End;
            while (true)
            {
                int candidate = NextIndex("{%", search);
                if (candidate < 0 || (_missingEndTagFrom.TryGetValue(endWord, out int missingFrom) && missingFrom <= tag.End))
                {
                    // A failed search ran to the end of the text, so every later one fails too.
                    _missingEndTagFrom[endWord] = Math.Min(tag.End, _missingEndTagFrom.TryGetValue(endWord, out int m) ? m : int.MaxValue);
                    _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' is never closed; add '{{% {endWord} %}}'"));
                    return tag.End;
                }

                int close = NextIndex("%}", candidate + 2);
                if (close < 0)
                {
                    _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' is never closed; add '{{% {endWord} %}}'"));
                    return tag.End;
                }

                (int cs, int ce) = TrimMarkers(candidate + 2, close);
                if (Word(cs, ce) == endWord)
                {
                    int end = close + 2;
                    Add(word == "raw" ? TemplateExpressionKind.Raw : TemplateExpressionKind.Comment, TextSpan.FromBounds(tag.Start, end), word, tag);
                    return end;
                }

                search = close + 2;
            }
        }

        /// <summary>
        /// Finds the closer of a tag that opened at <paramref name="open"/>. When another opener comes first the tag
        /// is unclosed: report it and resume at the next opener.
        /// </summary>
        private int FindClose(int open, int contentStart, string closer, bool checkReopen)
        {
            int close = NextIndex(closer, contentStart);
            int reopen = checkReopen ? NextOpener(contentStart) : -1;
            if (close >= 0 && (reopen < 0 || reopen >= close))
            {
                return close;
            }

            string opener = _text.Substring(open, contentStart - open);
            _errors.Add(new TemplateError(new TextSpan(open, opener.Length), $"'{opener}' is never closed; add '{closer}'"));
            return -1;
        }

        private int NextOpener(int from)
        {
            int curly = NextIndex("{{", from);
            if (!IsJinjaLike)
            {
                return curly;
            }

            int statement = NextIndex("{%", from);
            return curly < 0 ? statement : statement < 0 ? curly : Math.Min(curly, statement);
        }

        /// <summary>IndexOf with a per-needle cache, so repeated forward searches stay linear on adversarial input.</summary>
        private int NextIndex(string needle, int from)
        {
            if (_nextIndexCache.TryGetValue(needle, out (int From, int Found) cached) && cached.From <= from && (cached.Found == -1 || cached.Found >= from))
            {
                return cached.Found;
            }

            int found = from >= _text.Length ? -1 : _text.IndexOf(needle, from, StringComparison.Ordinal);
            _nextIndexCache[needle] = (from, found);
            return found;
        }

        private void OpenBlock(TemplateExpressionKind kind, TextSpan tag, TextSpan name, int argsStart, int argsEnd)
        {
            TemplateExpression expression = AddExpression(kind, tag, argsStart, argsEnd, name);
            if (_blocks.Count == Limits.InputLimits.MaxTemplateBlockDepth && !_depthReported)
            {
                _depthReported = true;
                _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' nests blocks deeper than {Limits.InputLimits.MaxTemplateBlockDepth} levels; split the template"));
            }

            _blocks.Add(new OpenBlock(expression.Name, tag));
            _openByName[expression.Name] = _openByName.TryGetValue(expression.Name, out int open) ? open + 1 : 1;
        }

        /// <summary>Pops the innermost blocks down to (and including) <paramref name="index"/>.</summary>
        private void PopBlocks(int index)
        {
            for (int b = _blocks.Count - 1; b >= index; b--)
            {
                _openByName[_blocks[b].Name]--;
            }

            _blocks.RemoveRange(index, _blocks.Count - index);
        }

        private void MiddleBlock(TextSpan tag, string word, int argsStart, int argsEnd)
        {
            AddExpression(TemplateExpressionKind.BlockMiddle, tag, argsStart, argsEnd, TextSpan.FromBounds(tag.Start, tag.Start));
            if (_blocks.Count == 0)
            {
                _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' ('{word}') is outside any block"));
            }
        }

        private void CloseBlock(TextSpan tag, TextSpan name, bool isScribanEnd = false)
        {
            string closing = _text.Substring(name.Start, name.Length);
            Add(TemplateExpressionKind.BlockClose, tag, closing, name);
            if (_blocks.Count == 0)
            {
                _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' closes a block that was never opened; remove it or add the opening tag"));
                return;
            }

            if (isScribanEnd || closing.Length == 0)
            {
                PopBlocks(_blocks.Count - 1);
                return;
            }

            // The per-name count answers "is any such block open?" in constant time, so a run of unmatched closers
            // stays linear; a match pops what it scans.
            int match = _openByName.TryGetValue(closing, out int openCount) && openCount > 0 ? _blocks.FindLastIndex(b => b.Name == closing) : -1;
            if (match < 0)
            {
                OpenBlock innermost = _blocks[_blocks.Count - 1];
                _errors.Add(new TemplateError(tag, $"'{Excerpt(tag)}' does not match the open '{Excerpt(innermost.Span)}'; close that block first with {CloserFor(innermost.Name)}"));
                return;
            }

            for (int b = _blocks.Count - 1; b > match; b--)
            {
                OpenBlock unclosed = _blocks[b];
                _errors.Add(new TemplateError(unclosed.Span, $"'{Excerpt(unclosed.Span)}' is never closed; add {CloserFor(unclosed.Name)} before '{Excerpt(tag)}'"));
            }

            PopBlocks(match);
        }

        private string CloserFor(string blockName) => _dialect switch
        {
            TemplateDialect.Scriban => "'{{ end }}'",
            TemplateDialect.Jinja or TemplateDialect.Liquid => $"'{{% end{blockName} %}}'",
            _ => $"'{{{{/{blockName}}}}}'",
        };

        private TemplateExpression AddExpression(TemplateExpressionKind kind, TextSpan tag, int argsStart, int argsEnd, TextSpan name)
        {
            string nameText = _text.Substring(name.Start, name.Length);
            var variables = new List<TemplateVariableReference>();
            if (kind == TemplateExpressionKind.Variable && name.Length > 0 && !IsLocalOrKeyword(nameText))
            {
                ExpressionVariables.Collect(_text, Math.Min(argsStart, name.Start), argsEnd, _dialect, _locals, variables);
            }
            else if (argsStart < argsEnd)
            {
                ExpressionVariables.Collect(_text, argsStart, argsEnd, _dialect, _locals, variables);
            }

            var expression = new TemplateExpression(kind, _dialect, nameText, tag, name, _text.Substring(tag.Start, tag.Length)) { Variables = variables };
            _expressions.Add(expression);
            return expression;
        }

        private void Add(TemplateExpressionKind kind, TextSpan tag, string name, TextSpan nameSpan)
        {
            _expressions.Add(new TemplateExpression(kind, _dialect, name, tag, nameSpan, _text.Substring(tag.Start, tag.Length)));
        }

        private bool IsLocalOrKeyword(string name) => _locals.Contains(name) || name is "this" or "loop";

        private void DeclareLoopLocals(int start, int end)
        {
            // for x in items / for key, value in map / for x in items reversed
            int i = start;
            while (i < end)
            {
                i = TagReader.SkipWhitespace(_text, i, end);
                if (i < end && _text[i] == '$')
                {
                    i++;
                }

                int wordEnd = TagReader.ReadIdentifier(_text, i, end);
                if (wordEnd == i)
                {
                    i++;
                    continue;
                }

                string word = _text.Substring(i, wordEnd - i);
                if (word == "in")
                {
                    return;
                }

                _locals.Add(word);
                i = wordEnd;
            }
        }

        private void DeclareLocal(int start, int end)
        {
            TextSpan name = FirstWordSpan(start, end);
            if (name.Length > 0)
            {
                _locals.Add(_text.Substring(name.Start, name.Length));
            }
        }

        private void DeclareMacroParameters(int start, int end)
        {
            int open = _text.IndexOf('(', start, end - start);
            if (open < 0)
            {
                return;
            }

            int i = open + 1;
            while (i < end && _text[i] != ')')
            {
                int wordEnd = TagReader.ReadIdentifier(_text, i, end);
                if (wordEnd > i)
                {
                    _locals.Add(_text.Substring(i, wordEnd - i));
                    i = wordEnd;
                    while (i < end && _text[i] != ',' && _text[i] != ')')
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }
            }
        }

        private void CollectBlockParams(int start, int end)
        {
            // {{#each items as |item index|}}
            int bar = _text.IndexOf('|', start, end - start);
            if (bar < 0)
            {
                return;
            }

            int closeBar = _text.IndexOf('|', bar + 1, end - bar - 1);
            int i = bar + 1;
            int stop = closeBar < 0 ? end : closeBar;
            while (i < stop)
            {
                int wordEnd = TagReader.ReadIdentifier(_text, i, stop);
                if (wordEnd > i)
                {
                    _locals.Add(_text.Substring(i, wordEnd - i));
                    i = wordEnd;
                }
                else
                {
                    i++;
                }
            }
        }

        private (int Start, int End) TrimMarkers(int start, int end)
        {
            if (start < end && (_text[start] == '~' || _text[start] == '-'))
            {
                start++;
            }

            if (end > start && (_text[end - 1] == '~' || _text[end - 1] == '-'))
            {
                end--;
            }

            start = TagReader.SkipWhitespace(_text, start, end);
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        private TextSpan FirstWordSpan(int start, int end)
        {
            (int s, int e) = TagReader.FirstWord(_text, start, end);
            return TextSpan.FromBounds(s, e);
        }

        private TextSpan FunctionNameSpan(int start, int end)
        {
            int i = start;
            while (i < end && (TagReader.IsIdentifierPart(_text[i]) || _text[i] == '.'))
            {
                i++;
            }

            return TextSpan.FromBounds(start, i);
        }

        private string Word(int start, int end)
        {
            TextSpan span = FirstWordSpan(start, end);
            return _text.Substring(span.Start, span.Length);
        }

        private bool StartsWith(int index, string value) =>
            string.CompareOrdinal(_text, index, value, 0, value.Length) == 0 && index + value.Length <= _text.Length;

        private string Excerpt(TextSpan span)
        {
            string s = _text.Substring(span.Start, Math.Min(span.Length, 60)).Replace("\r", " ").Replace("\n", " ");
            return span.Length > 60 ? s + "…" : s;
        }

        private static readonly HashSet<string> KnownBlockHelpers = new(StringComparer.Ordinal)
        {
            "if", "unless", "each", "with", "let", "message", "role", "section", "raw", "inline", "else",
        };

        private static readonly HashSet<string> KnownHandlebarsHelpers = new(StringComparer.Ordinal)
        {
            // Helpers that take no arguments; any other single word is a variable.
            "history", "else",
        };
    }

    private readonly record struct OpenBlock(string Name, TextSpan Span);
}
