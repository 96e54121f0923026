using System;
using System.Globalization;

namespace PromptLint.Analysis;

/// <summary>
/// Estimates how many tokens a text takes in OpenAI's <c>o200k_base</c> BPE encoding (GPT-4o
/// family) without a vocabulary: one linear pass over the chars, no allocations, no regex.
/// </summary>
/// <remarks>
/// <para>
/// The estimator emulates o200k's pre-tokenizer (the regex that splits text into pieces before
/// BPE runs inside each piece): words case-split like <c>camel|Case</c> and carrying one leading
/// space or punctuation char, digit runs in groups of three, punctuation runs that absorb a
/// following line break, and whitespace runs that give their last space to the next piece. Only
/// the BPE step inside a piece is guessed, by a small cost model in milli-tokens (1000 = one
/// token); the sum is rounded once at the end.
/// </para>
/// <para>
/// Every constant below was fitted by <c>python3 fit.py --fit --write</c> in
/// <c>bench/tokenizer-calibration</c>: coordinate descent plus seeded random restarts over the
/// integer constants, minimising the per-file mean absolute percentage error (plus 5 % of the
/// worst file's error) on the 80 files in <c>samples/fit</c>, against exact o200k_base counts
/// from js-tiktoken. The 40 files in <c>samples/check</c> were held out. Measured: MAPE 2.7 %
/// on fit, 2.9 % on check, worst check file -10.6 %, slight underestimate on average; details
/// in <c>docs/token-estimator.md</c>. fit.py mirrors this file line by line and reads the constants
/// from it: change both together (<c>fit.py --compare</c> checks that they agree).
/// </para>
/// <para>
/// The estimate is monotonic: appending text never lowers it. Every cost is non-negative, a
/// piece's price depends only on what precedes it, and a piece never gets cheaper when the next
/// char glues it to a new piece (fit.py keeps WordBase + WordLeadPunct >= PunctBase and
/// WordBase, PunctBase, LineBreakRun >= SpaceRun).
/// </para>
/// </remarks>
internal static class TokenEstimator
{
    // ---- Words: runs of Unicode letters and marks, split where a capital follows a non-capital
    // ("camelCase" -> "camel" + "Case"), as o200k does. A segment costs WordBase, plus
    // WordExtraPerLetter* for every letter beyond WordFreeLetters* (long or rare words take more
    // BPE tokens). Which pair applies depends on the lead o200k glues to the word's front: a space
    // (" the": prose, cheapest per letter), nothing (line starts, identifier parts), or one
    // punctuation char or tab ("(the", "_id", ".com"), which also costs WordLeadPunct.
    // Fitted: a word is ~1 token up to 11 letters after a space, then ~0.37 per extra letter.
    private const int WordBase = 1020;
    private const int WordFreeLettersSpace = 11;
    private const int WordFreeLettersNone = 14;
    private const int WordFreeLettersPunct = 7;
    private const int WordExtraPerLetterSpace = 370;
    private const int WordExtraPerLetterNone = 580;
    private const int WordExtraPerLetterPunct = 240;
    private const int WordLeadPunct = 265;
    /// <summary>Per ASCII capital after the first in a segment: ALL-CAPS words split more.</summary>
    private const int WordExtraPerUpper = 80;

    // ---- Non-English Latin text: German, French, Spanish ... words take more tokens than English
    // words of the same length, even plain ASCII ones. A segment with an accented Latin letter
    // (é, ü, ñ ...) prices the next ForeignWindowWords segments led by a space or nothing with the
    // foreign pair below (fitted: free up to 7 letters, then ~0.39 per letter); a very common
    // English word ("the", "and", "you" ...) ends that mode at once.
    private const int ForeignWindowWords = 17;
    private const int WordFreeLettersForeign = 7;
    private const int WordExtraPerLetterForeign = 385;

    // ---- Non-ASCII letters. Alphabetic scripts count as this many ASCII letters (milli-letters)
    // when a word is priced above, so a short Cyrillic word is one token and a long one grows like
    // a long English word. Hangul and CJK, written without spaces, cost milli-tokens per char
    // instead (a segment still costs at least WordBase). The buckets are deliberately coarse: the
    // samples hold only a few files per alphabet, too few for one constant per script.
    private const int LatinExtLetter = 1040;      // é, ü, ñ, ł ... (U+00C0-024F, U+1E00-1EFF)
    private const int CyrillicLetter = 1540;      // U+0400-052F
    private const int OtherAlphabetLetter = 2355; // Greek, Arabic, Hebrew, Indic, Thai ..., combining marks
    private const int HangulChar = 710;           // per char: Hangul syllables and jamo
    private const int CjkChar = 670;              // per char: Han and kana (U+2E80-9FFF, U+F900-FAFF, half-width kana)

    // ---- Digits: o200k splits digit runs into groups of at most three; each group is one token
    // (fitted slightly above 1 because the space before a number is a token of its own too).
    private const int DigitGroup = 1115;

    // ---- Punctuation and symbols: a run of chars that are not whitespace, letters or digits (with
    // an optional leading space) is one piece. Up to PunctFreeChars ASCII chars cost PunctBase;
    // longer runs ("-----", "```", "}}}") cost PunctExtraPerChar per extra char.
    private const int PunctBase = 925;
    private const int PunctFreeChars = 1;
    private const int PunctExtraPerChar = 145;
    /// <summary>Per non-ASCII BMP symbol or punctuation char (–, «, →, ✅, CJK 。).</summary>
    private const int PunctSymbol = 1105;
    /// <summary>Per code point outside the BMP: emoji are 4 UTF-8 bytes, often 2-3 tokens.</summary>
    private const int PunctAstral = 2400;
    /// <summary>Extra when line breaks directly follow the run and are absorbed (".\n\n").</summary>
    private const int PunctLineBreak = 350;

    // ---- Whitespace: a run up to its last line break is one piece (LineBreakRun); the spaces after
    // it are one piece (SpaceRun), minus a last space absorbed by the following word or punctuation.
    private const int SpaceRun = 695;
    private const int LineBreakRun = 1100;

    private const int KindSpace = 0;
    private const int KindLineBreak = 1;
    private const int KindUpper = 2;
    private const int KindLower = 3;
    private const int KindNeutralLetter = 4; // Lm, Lo and marks: caseless, never split a word
    private const int KindDigit = 5;
    private const int KindPunct = 6;

    private const int LeadNone = 0;
    private const int LeadSpace = 1;
    private const int LeadPunct = 2;

    /// <summary>Estimates the o200k_base token count of <paramref name="text"/>.</summary>
    /// <returns>0 for an empty string, otherwise at least 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int Estimate(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return Estimate(text, 0, text.Length);
    }

    /// <summary>
    /// Estimates the o200k_base token count of the <paramref name="length"/> chars of
    /// <paramref name="text"/> starting at <paramref name="start"/>, as if that range were the
    /// whole text (chars outside it are never read).
    /// </summary>
    /// <returns>0 for an empty range, otherwise at least 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <paramref name="text"/>.</exception>
    public static int Estimate(string text, int start, int length)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (start < 0 || start > text.Length) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0 || length > text.Length - start) throw new ArgumentOutOfRangeException(nameof(length));

        int end = start + length;
        long total = 0;
        int lead = LeadNone; // what is glued to the front of the next word or punct piece
        int foreign = 0;     // word segments left in non-English Latin text mode
        int i = start;
        while (i < end)
        {
            int kind = Classify(text[i]);

            if (kind == KindSpace || kind == KindLineBreak)
            {
                int j = i;
                int lastLineBreak = -1;
                int innerSpaceRuns = 0;       // spaces between two line breaks ("\n  \n")
                bool spacesAfterBreak = false;
                while (j < end)
                {
                    int k = Classify(text[j]);
                    if (k == KindLineBreak)
                    {
                        if (spacesAfterBreak) innerSpaceRuns++;
                        spacesAfterBreak = false;
                        lastLineBreak = j;
                    }
                    else if (k == KindSpace)
                    {
                        spacesAfterBreak |= lastLineBreak >= 0;
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }

                // Up to the last line break is one piece. The spaces inside it keep their price so
                // that a later line break, which merges them into this piece, lowers nothing.
                if (lastLineBreak >= 0) total += LineBreakRun + (long)innerSpaceRuns * SpaceRun;
                int rest = j - (lastLineBreak >= 0 ? lastLineBreak + 1 : i);
                lead = LeadNone;
                if (rest > 0)
                {
                    if (j >= end)
                    {
                        total += SpaceRun;
                    }
                    else
                    {
                        // o200k's "\s+(?!\S)" leaves the run's last char for the next piece.
                        if (rest >= 2) total += SpaceRun;
                        int next = Classify(text[j]);
                        char last = text[j - 1];
                        if (IsLetter(next)) lead = last == ' ' ? LeadSpace : LeadPunct;
                        else if (next == KindPunct && last == ' ') lead = LeadSpace;
                        else total += SpaceRun; // e.g. the space before a digit stays alone
                    }
                }

                i = j;
                continue;
            }

            if (kind == KindDigit)
            {
                int j = i + 1;
                while (j < end && Classify(text[j]) == KindDigit) j++;
                total += (long)((j - i + 2) / 3) * DigitGroup;
                lead = LeadNone;
                i = j;
                continue;
            }

            if (kind == KindPunct)
            {
                int j = i;
                int ascii = 0, symbols = 0, astral = 0;
                while (j < end)
                {
                    char c = text[j];
                    if (Classify(c) != KindPunct) break;
                    if (c < 0x80)
                    {
                        ascii++;
                        j++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        astral++;
                        j += char.IsHighSurrogate(c) && j + 1 < end && char.IsLowSurrogate(text[j + 1]) ? 2 : 1;
                    }
                    else
                    {
                        symbols++;
                        j++;
                    }
                }

                if (j - i == 1 && ascii == 1 && lead == LeadNone && j < end && IsLetter(Classify(text[j])))
                {
                    // o200k glues a single punctuation char to the following word: "(word", ".com".
                    lead = LeadPunct;
                    i = j;
                    continue;
                }

                bool lineBreak = false;
                while (j < end && Classify(text[j]) == KindLineBreak)
                {
                    lineBreak = true;
                    j++;
                }

                total += PunctCost(ascii, symbols, astral, lineBreak);
                lead = LeadNone;
                i = j;
                continue;
            }

            // Letters: one word piece per case segment ("camelCase" -> "camel" + "Case").
            {
                int j = i;
                int segmentStart = i;
                int ascii = 0, upper = 0;
                long scriptLetters = 0, scriptCost = 0;
                bool latinExt = false;
                bool previousUpper = true; // no split before the first letter
                while (true)
                {
                    int k = j < end ? Classify(text[j]) : -1;
                    bool split = k == KindUpper && !previousUpper;
                    if (!IsLetter(k) || split)
                    {
                        total += WordCost(lead, foreign > 0, ascii, upper, scriptLetters, scriptCost);
                        if (latinExt) foreign = ForeignWindowWords;
                        else if (ascii == j - segmentStart && IsEnglishMarker(text, segmentStart, ascii)) foreign = 0;
                        else if (foreign > 0) foreign--;
                        lead = LeadNone;
                        if (!split) break;
                        segmentStart = j;
                        ascii = 0;
                        upper = 0;
                        scriptLetters = 0;
                        scriptCost = 0;
                        latinExt = false;
                    }

                    char c = text[j];
                    previousUpper = k == KindUpper;
                    if (c < 0x80)
                    {
                        ascii++;
                        if (k == KindUpper) upper++;
                    }
                    else
                    {
                        latinExt |= AddScriptChar(c, ref scriptLetters, ref scriptCost);
                    }

                    j++;
                }

                i = j;
            }
        }

        long tokens = (total + 500) / 1000;
        return tokens > int.MaxValue ? int.MaxValue : (int)tokens;
    }

    private static long WordCost(int lead, bool foreign, int ascii, int upper, long scriptLetters, long scriptCost)
    {
        int free, extra;
        if (foreign && lead != LeadPunct)
        {
            free = WordFreeLettersForeign;
            extra = WordExtraPerLetterForeign;
        }
        else if (lead == LeadSpace)
        {
            free = WordFreeLettersSpace;
            extra = WordExtraPerLetterSpace;
        }
        else if (lead == LeadPunct)
        {
            free = WordFreeLettersPunct;
            extra = WordExtraPerLetterPunct;
        }
        else
        {
            free = WordFreeLettersNone;
            extra = WordExtraPerLetterNone;
        }

        long letters = 1000L * ascii + scriptLetters; // milli-letters
        long cost = 0;
        if (letters > 0)
        {
            cost = WordBase
                + Math.Max(0, letters - 1000L * free) * extra / 1000
                + (long)Math.Max(0, upper - 1) * WordExtraPerUpper;
        }

        cost += scriptCost;
        if (cost < WordBase) cost = WordBase;
        if (lead == LeadPunct) cost += WordLeadPunct;
        return cost;
    }

    private static long PunctCost(int ascii, int symbols, int astral, bool lineBreak)
    {
        long cost = 0;
        if (ascii > 0) cost = PunctBase + (long)Math.Max(0, ascii - PunctFreeChars) * PunctExtraPerChar;
        cost += (long)symbols * PunctSymbol + (long)astral * PunctAstral;
        if (cost < PunctBase) cost = PunctBase;
        if (lineBreak) cost += PunctLineBreak;
        return cost;
    }

    private static bool IsLetter(int kind) => kind == KindUpper || kind == KindLower || kind == KindNeutralLetter;

    /// <summary>"the", "and", "you", "your", "with", "that", "this", "are" in any case.</summary>
    private static bool IsEnglishMarker(string text, int start, int length)
    {
        switch (length)
        {
            case 3:
                return Is(text, start, "the") || Is(text, start, "and") || Is(text, start, "you") || Is(text, start, "are");
            case 4:
                return Is(text, start, "your") || Is(text, start, "with") || Is(text, start, "that") || Is(text, start, "this");
            default:
                return false;
        }

        static bool Is(string text, int start, string word)
        {
            for (int n = 0; n < word.Length; n++)
            {
                if ((text[start + n] | 0x20) != word[n]) return false; // ASCII letters only here
            }

            return true;
        }
    }

    /// <summary>The kind of each ASCII character, looked up: the estimator classifies every character of every message.</summary>
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            kinds[c] = (byte)ClassifyAscii(c);
        }

        return kinds;
    }

    private static int Classify(char c)
    {
        if (c < 0x80)
        {
            return AsciiKinds[c];
        }

        return ClassifyOther(c);
    }

    private static int ClassifyAscii(char c)
    {
        if (c >= 'a' && c <= 'z') return KindLower;
        if (c >= 'A' && c <= 'Z') return KindUpper;
        if (c >= '0' && c <= '9') return KindDigit;
        if (c == ' ') return KindSpace;
        if (c == '\n' || c == '\r') return KindLineBreak;
        if (c >= '\t' && c <= '\f') return KindSpace; // \t \v \f
        return KindPunct;
    }

    private static int ClassifyOther(char c)
    {
        if (char.IsSurrogate(c)) return KindPunct; // emoji and other astral code points
        if (c == '\u0085') return KindSpace;
        if ((c >= '\uFE00' && c <= '\uFE0F') || c == '\u20E3') return KindPunct; // emoji variation selectors, keycap

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return KindSpace;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return KindUpper;
            case UnicodeCategory.LowercaseLetter:
                return KindLower;
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return KindNeutralLetter;
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return KindDigit;
            default:
                return KindPunct;
        }
    }

    private static bool IsLatinExt(char c) => (c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF');

    /// <summary>
    /// Prices one non-ASCII letter or mark: adds its letter equivalent (alphabetic scripts) or
    /// its per-char cost (Hangul, CJK). Returns true for an accented Latin letter.
    /// </summary>
    private static bool AddScriptChar(char c, ref long letters, ref long cost)
    {
        if (IsLatinExt(c))
        {
            letters += LatinExtLetter;
            return true;
        }

        if (c >= '\u0400' && c <= '\u052F') letters += CyrillicLetter;
        else if ((c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F') || (c >= '\uAC00' && c <= '\uD7AF')) cost += HangulChar;
        else if ((c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF66' && c <= '\uFF9F')) cost += CjkChar;
        else letters += OtherAlphabetLetter;
        return false;
    }
}
