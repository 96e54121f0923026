#!/usr/bin/env python3
"""Fits and evaluates the constants of PromptLint's TokenEstimator against exact o200k_base counts.

This script is a line-by-line Python mirror of
src/PromptLint.Core/Analysis/TokenEstimator.cs: the same character classes, the same
pre-tokenizer emulation and the same integer (milli-token) cost formulas. The constants are
not duplicated here: they are read from the `const int` declarations in TokenEstimator.cs, so
the C# file is the single source of truth. If you change the algorithm in one file, change
it in the other; `--compare` checks that both produce identical estimates.

Usage (from this folder, after `npm install` and `npm run count`):

  python3 fit.py                   # evaluate the constants currently in TokenEstimator.cs
  python3 fit.py -v                # ... and list every file's error
  python3 fit.py --fit             # fit on samples/fit and print the constants
  python3 fit.py --fit --write     # ... and write them into TokenEstimator.cs
  python3 fit.py --compare F.json  # compare with C# estimates {relative path: estimate}

The truth file (exact counts from count-tokens.mjs) is
tests/PromptLint.Core.Tests/TokenCalibration/o200k_base-counts.json, keyed by the path
relative to samples/ (e.g. "check/foo.txt"). Only the "fit/" entries are used for fitting;
"check/" is held out and only reported.

No third-party packages: the optimizer is coordinate descent over the integer constants,
followed by seeded random restarts, minimising the mean absolute percentage error (MAPE) per
file plus a small penalty on the worst file, so one outlier cannot be traded away for a tiny
mean improvement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ESTIMATOR_CS = REPO / "src" / "PromptLint.Core" / "Analysis" / "TokenEstimator.cs"
TRUTH_JSON = REPO / "tests" / "PromptLint.Core.Tests" / "TokenCalibration" / "o200k_base-counts.json"
SAMPLES = HERE / "samples"

# --- character classes (mirror of TokenEstimator.Classify) ---------------------------------
WS, NL, UPPER, LOWER, NEUTRAL, DIGIT, PUNCT = range(7)

# Word leads (mirror of TokenEstimator.Lead*).
LEAD_NONE, LEAD_SPACE, LEAD_PUNCT = range(3)

# Script buckets of non-ASCII letters and marks, in the order of TokenEstimator.ScriptOf's
# checks. Alphabetic scripts count as a number of ASCII letters (in milli-letters) when a word
# is priced; Hangul and CJK, written without spaces, cost milli-tokens per char instead. The
# buckets are deliberately coarse: the samples hold only a few files per alphabet.
SCRIPTS = [
    ("LatinExtLetter", lambda o: 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF),
    ("CyrillicLetter", lambda o: 0x0400 <= o <= 0x052F),
    ("HangulChar", lambda o: 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF),
    ("CjkChar", lambda o: 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF66 <= o <= 0xFF9F),
]
S_OTHER = len(SCRIPTS)  # Greek, Arabic, Hebrew, Indic, Thai ... and combining marks
SCRIPT_PARAMS = [name for name, _ in SCRIPTS] + ["OtherAlphabetLetter"]
SCRIPT_COUNT = len(SCRIPT_PARAMS)
S_LATIN_EXT = 0
ALPHABETIC = [0, 1, 4]  # buckets priced as letter equivalents
PER_CHAR = [2, 3]       # buckets priced per char

# A few very frequent English words: seeing one ends the "non-English Latin text" mode.
ENGLISH_MARKERS = {"the", "and", "you", "your", "with", "that", "this", "are"}


def classify(ch: str) -> int:
    o = ord(ch)
    if o < 0x80:
        if "a" <= ch <= "z":
            return LOWER
        if "A" <= ch <= "Z":
            return UPPER
        if "0" <= ch <= "9":
            return DIGIT
        if ch == " ":
            return WS
        if ch in "\r\n":
            return NL
        if 0x09 <= o <= 0x0C:
            return WS
        return PUNCT
    if o > 0xFFFF:
        return PUNCT  # astral code points (emoji, rare CJK): symbols for the estimator
    if o == 0x85:
        return WS
    if 0xFE00 <= o <= 0xFE0F or o == 0x20E3:
        return PUNCT  # emoji variation selectors and the keycap mark belong to the emoji
    cat = unicodedata.category(ch)
    if cat in ("Zs", "Zl", "Zp"):
        return WS
    if cat in ("Lu", "Lt"):
        return UPPER
    if cat == "Ll":
        return LOWER
    if cat[0] == "L" or cat[0] == "M":
        return NEUTRAL
    if cat[0] == "N":
        return DIGIT
    return PUNCT


def script_of(ch: str) -> int:
    """Script bucket of a non-ASCII letter or mark (mirror of TokenEstimator.ScriptCost)."""
    o = ord(ch)
    for index, (_, test) in enumerate(SCRIPTS):
        if test(o):
            return index
    return S_OTHER


def is_letter(k: int) -> bool:
    return k == UPPER or k == LOWER or k == NEUTRAL


def is_ws(k: int) -> bool:
    return k == WS or k == NL


# --- pre-tokenizer emulation (mirror of TokenEstimator.Estimate) ----------------------------
# Pieces are feature tuples; their cost depends only on the constants, so fitting can
# aggregate identical pieces once and re-price them cheaply.
#   ("ws",)                                  a run of spaces/tabs that is its own token piece
#   ("nl",)                                  whitespace up to and including the last line break
#   ("digits", n)                            a run of n digits
#   ("punct", ascii, sym, astral, nl)        punctuation/symbol run (+ line breaks it absorbs)
#   ("word", lead, foreign, ascii, upper, per-script counts...)
#                                            a letter segment (case-split like o200k)


def pieces(text: str, foreign_window: int):
    n = len(text)
    i = 0
    lead = LEAD_NONE  # lead of the next word or punct piece (a whitespace char absorbed into it)
    foreign = 0  # word segments left in "non-English Latin text" mode
    while i < n:
        k = classify(text[i])
        if is_ws(k):
            j = i
            last_nl = -1
            inner_space_runs = 0  # spaces between two line breaks ("\n  \n")
            spaces_after_break = False
            while j < n:
                kj = classify(text[j])
                if kj == NL:
                    if spaces_after_break:
                        inner_space_runs += 1
                    spaces_after_break = False
                    last_nl = j
                elif kj == WS:
                    spaces_after_break = spaces_after_break or last_nl >= 0
                else:
                    break
                j += 1
            if last_nl >= 0:
                # the spaces inside keep their price, so a later line break lowers nothing
                yield ("nl",)
                for _ in range(inner_space_runs):
                    yield ("ws",)
            rest = j - (last_nl + 1 if last_nl >= 0 else i)
            lead = LEAD_NONE
            if rest > 0:
                if j >= n:
                    yield ("ws",)
                else:
                    # o200k's "\s+(?!\S)" leaves the run's last char for the next piece.
                    if rest >= 2:
                        yield ("ws",)
                    nk = classify(text[j])
                    last = text[j - 1]
                    if is_letter(nk):
                        lead = LEAD_SPACE if last == " " else LEAD_PUNCT
                    elif nk == PUNCT and last == " ":
                        lead = LEAD_SPACE
                    else:
                        yield ("ws",)  # e.g. the space before a digit stays alone
            i = j
            continue
        if k == DIGIT:
            j = i + 1
            while j < n and classify(text[j]) == DIGIT:
                j += 1
            yield ("digits", j - i)
            lead = LEAD_NONE
            i = j
            continue
        if k == PUNCT:
            j = i
            ascii_count = sym = astral = 0
            while j < n and classify(text[j]) == PUNCT:
                o = ord(text[j])
                if o < 0x80:
                    ascii_count += 1
                elif o > 0xFFFF:
                    astral += 1
                else:
                    sym += 1
                j += 1
            if (j - i == 1 and ascii_count == 1 and lead == LEAD_NONE
                    and j < n and is_letter(classify(text[j]))):
                # o200k glues a single punctuation char to the following word: "(word", ".com".
                lead = LEAD_PUNCT
                i = j
                continue
            nl = 0
            while j < n and classify(text[j]) == NL:
                nl = 1
                j += 1
            yield ("punct", ascii_count, sym, astral, nl)
            lead = LEAD_NONE
            i = j
            continue
        # letters: one word piece per case segment ("camelCase" -> "camel" + "Case")
        j = i
        seg_start = i
        ascii_count = upper = 0
        scripts = [0] * SCRIPT_COUNT
        prev_upper = True  # no split before the first letter
        while True:
            c = text[j] if j < n else ""
            ck = classify(c) if c else -1
            split = ck == UPPER and not prev_upper
            if not is_letter(ck) or split:
                yield ("word", lead, 1 if foreign > 0 else 0, ascii_count, upper, *scripts)
                if scripts[S_LATIN_EXT] > 0:
                    foreign = foreign_window
                elif (ascii_count == j - seg_start and 3 <= ascii_count <= 4
                      and text[seg_start:j].lower() in ENGLISH_MARKERS):
                    foreign = 0
                elif foreign > 0:
                    foreign -= 1
                lead = LEAD_NONE
                if not split:
                    break
                seg_start = j
                ascii_count = upper = 0
                scripts = [0] * SCRIPT_COUNT
            prev_upper = ck == UPPER
            if ord(c) < 0x80:
                ascii_count += 1
                if ck == UPPER:
                    upper += 1
            else:
                scripts[script_of(c)] += 1
            j += 1
        i = j


# --- costs (mirror of TokenEstimator.WordCost / PunctCost), all in milli-tokens -------------

PARAM_NAMES = [
    "WordBase", "WordFreeLettersSpace", "WordFreeLettersNone", "WordFreeLettersPunct",
    "WordExtraPerLetterSpace", "WordExtraPerLetterNone", "WordExtraPerLetterPunct",
    "WordLeadPunct", "WordExtraPerUpper",
    "ForeignWindowWords", "WordFreeLettersForeign", "WordExtraPerLetterForeign",
    *SCRIPT_PARAMS,
    "DigitGroup",
    "PunctBase", "PunctFreeChars", "PunctExtraPerChar", "PunctSymbol", "PunctAstral", "PunctLineBreak",
    "SpaceRun", "LineBreakRun",
]


def piece_cost(p: tuple, c: dict) -> int:
    kind = p[0]
    if kind == "word":
        lead, foreign, ascii_count, upper = p[1], p[2], p[3], p[4]
        if foreign and lead != LEAD_PUNCT:
            free, extra = c["WordFreeLettersForeign"], c["WordExtraPerLetterForeign"]
        else:
            free = (c["WordFreeLettersNone"], c["WordFreeLettersSpace"], c["WordFreeLettersPunct"])[lead]
            extra = (c["WordExtraPerLetterNone"], c["WordExtraPerLetterSpace"], c["WordExtraPerLetterPunct"])[lead]
        letters = 1000 * ascii_count  # milli-letters
        for s in ALPHABETIC:
            letters += p[5 + s] * c[SCRIPT_PARAMS[s]]
        cost = 0
        if letters > 0:
            cost = (c["WordBase"] + max(0, letters - 1000 * free) * extra // 1000
                    + max(0, upper - 1) * c["WordExtraPerUpper"])
        for s in PER_CHAR:
            cost += p[5 + s] * c[SCRIPT_PARAMS[s]]
        cost = max(c["WordBase"], cost)
        if lead == LEAD_PUNCT:
            cost += c["WordLeadPunct"]
        return cost
    if kind == "digits":
        return (p[1] + 2) // 3 * c["DigitGroup"]
    if kind == "punct":
        ascii_count, sym, astral, nl = p[1], p[2], p[3], p[4]
        cost = 0
        if ascii_count > 0:
            cost = c["PunctBase"] + max(0, ascii_count - c["PunctFreeChars"]) * c["PunctExtraPerChar"]
        cost += sym * c["PunctSymbol"] + astral * c["PunctAstral"]
        cost = max(c["PunctBase"], cost)
        if nl:
            cost += c["PunctLineBreak"]
        return cost
    if kind == "ws":
        return c["SpaceRun"]
    if kind == "nl":
        return c["LineBreakRun"]
    raise ValueError(kind)


def round_milli(total: int) -> int:
    return (total + 500) // 1000


def estimate(text: str, c: dict) -> int:
    return round_milli(sum(piece_cost(p, c) for p in pieces(text, c["ForeignWindowWords"])))


# --- constants I/O ---------------------------------------------------------------------------

CONST_RE = re.compile(r"const\s+int\s+(\w+)\s*=\s*(-?\d+)\s*;")


def read_constants(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    found = {m.group(1): int(m.group(2)) for m in CONST_RE.finditer(text)}
    missing = [name for name in PARAM_NAMES if name not in found]
    if missing:
        sys.exit(f"constants missing from {path}: {', '.join(missing)}")
    return {name: found[name] for name in PARAM_NAMES}


def write_constants(path: Path, c: dict) -> None:
    text = path.read_text(encoding="utf-8")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        return f"const int {name} = {c[name]};" if name in c else m.group(0)

    path.write_text(CONST_RE.sub(sub, text), encoding="utf-8", newline="")


# --- evaluation ------------------------------------------------------------------------------


class Sample:
    """One sample file: its text, its exact token count and its pieces (cached per window)."""

    def __init__(self, rel: str, text: str, truth: int):
        self.rel, self.text, self.truth = rel, text, truth
        self._pieces: dict[int, Counter] = {}

    def estimate(self, c: dict) -> int:
        window = c["ForeignWindowWords"]
        counts = self._pieces.get(window)
        if counts is None:
            counts = self._pieces[window] = Counter(pieces(self.text, window))
        return round_milli(sum(piece_cost(p, c) * k for p, k in counts.items()))


def load_corpus() -> list[Sample]:
    truth = json.loads(TRUTH_JSON.read_text(encoding="utf-8"))
    corpus = []
    for rel, count in sorted(truth.items()):
        text = (SAMPLES / rel).read_bytes().decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        corpus.append(Sample(rel, text, count))
    return corpus


def metrics(corpus: list[Sample], c: dict, split: str):
    errs = []
    for sample in corpus:
        if sample.rel.startswith(split + "/"):
            est = sample.estimate(c)
            errs.append((sample.rel, est, sample.truth, (est - sample.truth) / sample.truth))
    mape = sum(abs(e[3]) for e in errs) / len(errs)
    worst = max(errs, key=lambda e: abs(e[3]))
    bias = sum(e[3] for e in errs) / len(errs)
    total_est = sum(e[1] for e in errs)
    total_truth = sum(e[2] for e in errs)
    abs_sorted = sorted(abs(e[3]) for e in errs)
    p90 = abs_sorted[min(len(abs_sorted) - 1, int(0.9 * len(abs_sorted)))]
    return {"files": len(errs), "mape": mape, "worst": worst, "bias": bias, "p90": p90,
            "over": sum(1 for e in errs if e[3] > 0), "under": sum(1 for e in errs if e[3] < 0),
            "aggregate": (total_est - total_truth) / total_truth, "rows": errs}


def report(corpus: list[Sample], c: dict, verbose: bool) -> None:
    for split in ("fit", "check"):
        m = metrics(corpus, c, split)
        w = m["worst"]
        print(f"{split:5}: files={m['files']} MAPE={m['mape'] * 100:.2f}% p90={m['p90'] * 100:.1f}% "
              f"worst={w[3] * 100:+.1f}% ({w[0]}: est {w[1]} vs {w[2]}) "
              f"mean signed={m['bias'] * 100:+.2f}% over/under={m['over']}/{m['under']} "
              f"aggregate={m['aggregate'] * 100:+.2f}%")
        if verbose:
            for rel, est, truth, err in sorted(m["rows"], key=lambda r: r[3]):
                print(f"    {err * 100:+6.1f}%  {est:6} / {truth:6}  {rel}")


# --- fitting ---------------------------------------------------------------------------------

# Inclusive bounds that keep the estimator monotonic (no negative costs) and sane.
BOUNDS = {name: (0, 5000) for name in PARAM_NAMES}
BOUNDS.update({
    "WordBase": (500, 1500), "PunctBase": (500, 1500), "DigitGroup": (500, 1500),
    "WordFreeLettersSpace": (1, 20), "WordFreeLettersNone": (1, 20), "WordFreeLettersPunct": (1, 20),
    "WordFreeLettersForeign": (1, 20), "ForeignWindowWords": (0, 200),
    "WordExtraPerLetterSpace": (0, 600), "WordExtraPerLetterNone": (0, 600), "WordExtraPerLetterPunct": (0, 600),
    "WordExtraPerLetterForeign": (0, 600), "WordExtraPerUpper": (0, 600), "WordLeadPunct": (0, 1000),
    # a letter of another alphabet counts as at least one ASCII letter; CJK/Hangul are per char
    **{name: (1000, 5000) for name in SCRIPT_PARAMS}, "HangulChar": (0, 1500), "CjkChar": (0, 1500),
    "PunctExtraPerChar": (0, 1000), "PunctSymbol": (0, 1500), "PunctAstral": (0, 3000), "PunctLineBreak": (0, 1000),
    "PunctFreeChars": (1, 10), "SpaceRun": (200, 1500), "LineBreakRun": (200, 1500),
})
# Monotonicity ("appending text never lowers the estimate") needs, besides non-negative
# constants, that a piece never gets cheaper when the next char glues it to a new piece:
#  * a lone ASCII punctuation char (PunctBase) glued to a word: WordBase + WordLeadPunct >= PunctBase;
#  * trailing spaces (SpaceRun) absorbed into a word, punct or line-break piece: WordBase,
#    PunctBase and LineBreakRun >= SpaceRun (spaces between two line breaks keep their SpaceRun).


def feasible(c: dict) -> bool:
    for name, (lo, hi) in BOUNDS.items():
        if not lo <= c[name] <= hi:
            return False
    if c["WordBase"] + c["WordLeadPunct"] < c["PunctBase"]:
        return False
    if c["WordBase"] < c["SpaceRun"] or c["PunctBase"] < c["SpaceRun"] or c["LineBreakRun"] < c["SpaceRun"]:
        return False
    return True


def objective(corpus_fit: list[Sample], c: dict) -> float:
    errs = [abs(s.estimate(c) - s.truth) / s.truth for s in corpus_fit]
    return sum(errs) / len(errs) + 0.05 * max(errs)


def descend(corpus_fit: list[Sample], start: dict, steps: list[int]) -> tuple[dict, float]:
    """Coordinate descent: move one constant at a time while the objective improves."""
    best = dict(start)
    best_obj = objective(corpus_fit, best)
    for step in steps:
        improved = True
        while improved:
            improved = False
            for name in PARAM_NAMES:
                delta = 1 if name in SMALL_PARAMS else step
                for sign in (1, -1):
                    while True:
                        cand = dict(best)
                        cand[name] += sign * delta
                        if not feasible(cand):
                            break
                        obj = objective(corpus_fit, cand)
                        if obj < best_obj - 1e-12:
                            best, best_obj = cand, obj
                            improved = True
                        else:
                            break
    return best, best_obj


SMALL_PARAMS = {"WordFreeLettersSpace", "WordFreeLettersNone", "WordFreeLettersPunct", "WordFreeLettersForeign",
                "PunctFreeChars", "ForeignWindowWords"}


def fit(corpus: list[Sample], start: dict, rounds: int) -> dict:
    """Coordinate descent from the current constants, then `rounds` random restarts around the
    best point (3 constants perturbed at a time, fixed seed, so the result is reproducible)."""
    import random

    rng = random.Random(6001)
    corpus_fit = [s for s in corpus if s.rel.startswith("fit/")]
    best, best_obj = descend(corpus_fit, start, [400, 200, 100, 50, 20, 10, 5])
    print(f"descent: objective {best_obj:.5f}", file=sys.stderr)
    for r in range(rounds):
        cand = dict(best)
        for name in rng.sample(PARAM_NAMES, 3):
            lo, hi = BOUNDS[name]
            if name in SMALL_PARAMS:
                cand[name] = min(hi, max(lo, cand[name] + rng.randint(-4, 4)))
            else:
                cand[name] = min(hi, max(lo, cand[name] + rng.randint(-10, 10) * 50))
        if not feasible(cand):
            continue
        cand, obj = descend(corpus_fit, cand, [100, 20, 5])
        if obj < best_obj - 1e-12:
            best, best_obj = cand, obj
            print(f"restart {r}: objective {best_obj:.5f}", file=sys.stderr)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", action="store_true", help="fit constants on samples/fit and print them")
    ap.add_argument("--write", action="store_true", help="with --fit: write the fitted constants into the C# file")
    ap.add_argument("--rounds", type=int, default=60, help="random restarts after the first descent (default 60)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every file's error")
    ap.add_argument("--compare", metavar="JSON", help="compare with C# estimates {path: estimate}")
    ap.add_argument("--constants", metavar="CS", type=Path, default=ESTIMATOR_CS,
                    help="C# file to read the constants from (default: TokenEstimator.cs in the repo)")
    args = ap.parse_args()

    corpus = load_corpus()
    c = read_constants(args.constants)

    if args.compare:
        other = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        by_rel = {s.rel: s for s in corpus}
        diffs = [(rel, by_rel[rel].estimate(c), v) for rel, v in sorted(other.items())
                 if by_rel[rel].estimate(c) != v]
        for rel, py, cs in diffs:
            print(f"MISMATCH {rel}: python {py} vs C# {cs}")
        print(f"{len(other)} files compared, {len(diffs)} mismatches")
        sys.exit(1 if diffs else 0)

    if args.fit:
        c = fit(corpus, c, args.rounds)
        print("// fitted constants:")
        for name in PARAM_NAMES:
            print(f"private const int {name} = {c[name]};")
        if args.write:
            write_constants(args.constants, c)
            print(f"written to {args.constants}")
    report(corpus, c, args.verbose)


if __name__ == "__main__":
    main()
