using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>What PL3001 found in one message: where, and the sentence to report.</summary>
internal readonly record struct ReferenceKnowledge(TextSpan Span, string Message);

/// <summary>
/// Finds knowledge pasted into instructions that belongs in retrieval: a long run of data rows (a Markdown table,
/// delimited rows with a constant field count), a price list, or a fact stamped with a date or "current version".
/// Precision first: each signal needs a concrete, literal value (a year, a version number, several distinct prices,
/// twenty rows); template expressions never count. Reads one message's outline: the data rows are its lines (a line
/// holding one of the reader's template tags is never a row), the dated facts and prices its text. Linear in the text.
/// </summary>
internal static partial class ReferenceKnowledgeDetector
{
    /// <summary>Rows of one table or delimited block before it counts as reference data rather than a format sample.</summary>
    public const int MinDataRows = 20;

    /// <summary>Distinct prices before a prompt counts as carrying a price list.</summary>
    public const int MinDistinctPrices = 3;

    private const string Month = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";

    private const string AsOfPattern =
        @"\b(?:as of|as at|valid (?:until|through)|effective (?:from|as of)?)\s+(?:" + Month + @"\.?\s+(?:[0-9]{1,2},?\s+)?)?(?:[0-9]{1,2}\s+" + Month + @"\s+)?(?:19|20)[0-9]{2}\b";

    private const string CurrentVersionPattern =
        @"\b(?:the\s+)?(?:current|latest|newest)\s+(?:stable\s+)?(?:version|release)\s+(?:of\s+[A-Za-z0-9.\- ]{1,40}?\s+)?(?:is|=|:)\s+v?[0-9]+(?:\.[0-9]+)+\b";

    private const string TodayPattern =
        @"\b(?:today is|today's date is|the current date is|the date today is|current year is|the year is)\s+(?:[A-Za-z]+,?\s+)?(?:(?:19|20)[0-9]{2}|" + Month + @"\.?\s+[0-9]{1,2})";

    private const string PricePattern =
        @"(?:[$€£¥]\s?[0-9]{1,7}(?:[,.][0-9]{3})*(?:[.,][0-9]{2})?|\b[0-9]+(?:[.,][0-9]{2})?\s?(?:USD|EUR|GBP|dollars|euros))(?![0-9+\-*/=^$])";

#if NET
    [GeneratedRegex(AsOfPattern, Patterns.IgnoreCase)]
    private static partial Regex AsOfRegex();

    [GeneratedRegex(CurrentVersionPattern, Patterns.IgnoreCase)]
    private static partial Regex CurrentVersionRegex();

    [GeneratedRegex(TodayPattern, Patterns.IgnoreCase)]
    private static partial Regex TodayRegex();

    [GeneratedRegex(PricePattern, Patterns.CaseSensitive)]
    private static partial Regex PriceRegex();

    private static readonly Regex AsOf = AsOfRegex();
    private static readonly Regex CurrentVersion = CurrentVersionRegex();
    private static readonly Regex Today = TodayRegex();
    private static readonly Regex Price = PriceRegex();
#else
    private static readonly Regex AsOf = Patterns.Create(AsOfPattern, ignoreCase: true);
    private static readonly Regex CurrentVersion = Patterns.Create(CurrentVersionPattern, ignoreCase: true);
    private static readonly Regex Today = Patterns.Create(TodayPattern, ignoreCase: true);
    private static readonly Regex Price = Patterns.Create(PricePattern, ignoreCase: false);
#endif

    // Literals each pattern cannot match without, looked for before the regex scans the whole message.
    // The look-up ignores ASCII case only; the regexes' ignore-case may also fold a few non-ASCII letters onto ASCII
    // ones (dotted capital I, KELVIN SIGN, ...), so a message holding any of those always goes to the regexes.
    private static readonly AnchorSet AsOfAnchors = new("as of", "as at", "valid until", "valid through", "effective");
    private static readonly AnchorSet VersionWords = new("current", "latest", "newest");
    private static readonly AnchorSet VersionNouns = new("version", "release");
    private static readonly AnchorSet TodayAnchors = new("today", "date is", "year is");
    private static readonly char[] NonAsciiCaseVariants = { '\u0130', '\u0131', '\u017F', '\u212A' };
    // Symbols apart from codes: four characters are one vectorised IndexOfAny, while a non-ASCII literal among the
    // strings sent the whole set down SearchValues' slow Unicode path (measured: most of PL3001's time on prices).
    private static readonly char[] CurrencySymbols = { '$', '€', '£', '¥' };
    private static readonly AnchorSet CurrencyCodes = new("USD", "EUR", "GBP", "dollars", "euros");

    /// <summary>The first signal in one message, read from its outline: data rows from its lines, facts from its text.</summary>
    public static ReferenceKnowledge? Find(MessageOutline outline)
    {
        if (outline.Text.Length == 0)
        {
            return null;
        }

        return DataRows(outline) ?? Dated(outline.Text) ?? Prices(outline.Text);
    }

    private static ReferenceKnowledge? Dated(string text)
    {
        bool nonAsciiCase = text.IndexOfAny(NonAsciiCaseVariants) >= 0;
        if (MayContain(text, AsOfAnchors, nonAsciiCase) && AsOf.SafeMatch(text) is { } asOf)
        {
            return new ReferenceKnowledge(new TextSpan(asOf.Index, asOf.Length),
                $"the prompt states a fact '{asOf.Value}'; it goes stale, so fetch it at run time (retrieval or a tool) instead of fixing it in the prompt");
        }

        if (MayContain(text, VersionWords, nonAsciiCase) && MayContain(text, VersionNouns, nonAsciiCase) && CurrentVersion.SafeMatch(text) is { } version)
        {
            return new ReferenceKnowledge(new TextSpan(version.Index, version.Length),
                $"the prompt says '{version.Value}'; versions change, so look it up at run time (retrieval or a tool) instead of fixing it in the prompt");
        }

        if (MayContain(text, TodayAnchors, nonAsciiCase) && Today.SafeMatch(text) is { } today)
        {
            return new ReferenceKnowledge(new TextSpan(today.Index, today.Length),
                $"the prompt fixes the date ('{today.Value}'); pass the current date in as a variable at run time");
        }

        return null;
    }

    private static bool MayContain(string text, AnchorSet anchors, bool nonAsciiCase) => nonAsciiCase || anchors.FirstIn(text) >= 0;

    private static ReferenceKnowledge? Prices(string text)
    {
        if (text.IndexOfAny(CurrencySymbols) < 0 && CurrencyCodes.FirstIn(text) < 0)
        {
            return null; // every price has a currency symbol or code (the pattern is case-sensitive; the anchors are not)
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        Match? first = null;
        int at = 0;
        while (at < text.Length && Price.SafeMatch(text, at) is { } m)
        {
            first ??= m;
            distinct.Add(m.Value.Replace(" ", string.Empty));
            at = m.Index + Math.Max(1, m.Length);
        }

        if (first is null || distinct.Count < MinDistinctPrices)
        {
            return null;
        }

        return new ReferenceKnowledge(new TextSpan(first.Index, first.Length),
            $"the prompt lists {distinct.Count.ToString(CultureInfo.InvariantCulture)} prices (first '{first.Value}'); prices change, so fetch them at run time (retrieval or a tool) instead of fixing them in the prompt");
    }

    /// <summary>
    /// The first run of at least <see cref="MinDataRows"/> consecutive lines of the outline that are table rows, or
    /// delimited rows with one field count (fenced lines too: pasted CSV often sits in a code block).
    /// </summary>
    private static ReferenceKnowledge? DataRows(MessageOutline outline)
    {
        int runStart = -1, rows = 0, fields = -1;
        char delimiter = '\0';
        for (int l = 0; l < outline.Lines.Count; l++)
        {
            (char d, int count) = Row(outline, outline.Lines[l]);
            bool separator = d == '|' && IsTableSeparator(outline, l);
            if (d != '\0' && (runStart < 0 || (d == delimiter && (d == '|' || count == fields))))
            {
                if (runStart < 0)
                {
                    runStart = l;
                    delimiter = d;
                    fields = count;
                    rows = 0;
                }

                if (!separator)
                {
                    rows++;
                }
            }
            else
            {
                if (rows >= MinDataRows)
                {
                    break;
                }

                runStart = d == '\0' ? -1 : l;
                delimiter = d;
                fields = count;
                rows = d == '\0' || separator ? 0 : 1;
            }
        }

        if (delimiter == '|' && runStart >= 0 && IsTableSeparator(outline, runStart + 1))
        {
            rows--; // the header row
        }

        if (rows < MinDataRows || runStart < 0)
        {
            return null;
        }

        string what = delimiter == '|' ? "table" : delimiter == '\t' ? "tab-separated block" : "comma-separated block";
        return new ReferenceKnowledge(outline.Lines[runStart].Span,
            $"the prompt carries a {rows.ToString(CultureInfo.InvariantCulture)}-row {what} of reference data; data like this changes and grows, so retrieve the rows a request needs instead of pasting them all");
    }

    /// <summary>
    /// A data row's delimiter and field count, or ('\0', 0) for any other line. A line with a template tag of the
    /// reader's scan is filled at run time (a loop over rows), not data the prompt carries.
    /// </summary>
    private static (char, int) Row(MessageOutline outline, Line line)
    {
        string text = outline.Text;
        int s = line.ContentStart;
        int end = line.Span.End;
        if (s >= end || end - s > 400 || outline.HasTemplateTag(TextSpan.FromBounds(s, end)))
        {
            return ('\0', 0);
        }

        int pipes = 0, tabs = 0, commas = 0;
        for (int i = s; i < end; i++)
        {
            switch (text[i])
            {
                case '|': pipes++; break;
                case '\t': tabs++; break;
                case ',': commas++; break;
            }
        }

        if (text[s] == '|' && pipes >= 3)
        {
            return ('|', pipes);
        }

        if (tabs >= 2)
        {
            return ('\t', tabs);
        }

        // Comma rows: at least three fields and no sentence punctuation, so prose with commas does not count.
        if (commas >= 2 && text.IndexOf(". ", s, end - s, StringComparison.Ordinal) < 0 && text[end - 1] is not ('.' or ':' or '?'))
        {
            return (',', commas);
        }

        return ('\0', 0);
    }

    private static bool IsTableSeparator(MessageOutline outline, int line)
    {
        if (line >= outline.Lines.Count)
        {
            return false;
        }

        TextSpan span = outline.Lines[line].Span;
        for (int i = span.Start; i < span.End; i++)
        {
            if (outline.Text[i] is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
