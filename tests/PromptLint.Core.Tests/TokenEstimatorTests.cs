using System.Text;
using System.Text.Json;
using PromptLint.Analysis;

namespace PromptLint.Core.Tests;

/// <summary>
/// Accuracy of <see cref="TokenEstimator"/> against exact o200k_base counts, plus its contract.
/// The truth data (TokenCalibration/o200k_base-counts.json) was produced by the real tokenizer
/// (js-tiktoken, bench/tokenizer-calibration/count-tokens.mjs), never by the estimator. The
/// "check" split was held out from fitting; docs/token-estimator.md has the measured numbers.
/// </summary>
public sealed class TokenEstimatorTests
{
    // Measured on the held-out samples/check split with the shipped constants: MAPE 2.90 %,
    // worst file 10.6 % (docs/token-estimator.md). Bounds = measured, rounded up, plus a margin.
    private const double MaxCheckMape = 0.035;
    private const double MaxCheckFileError = 0.12;

    // Measured on samples/fit: MAPE 2.72 %, worst file 20.0 % (a 20-token line full of typos).
    private const double MaxFitMape = 0.035;
    private const double MaxFitFileError = 0.22;

    [Fact]
    public void Calibration_data_covers_both_splits()
    {
        IReadOnlyList<CalibrationSample> samples = CalibrationSample.All.Value;
        Assert.Equal(80, samples.Count(s => s.Split == "fit"));
        Assert.Equal(40, samples.Count(s => s.Split == "check"));
        Assert.All(samples, s => Assert.True(s.Truth > 0, s.Path));
    }

    [Fact]
    public void Held_out_check_split_mean_error_is_within_bound()
    {
        double mape = Mape("check");
        Assert.True(mape <= MaxCheckMape, $"check MAPE {mape:P2} > {MaxCheckMape:P1}\n{Table("check")}");
    }

    [Fact]
    public void Every_held_out_check_file_is_within_bound()
    {
        string[] outliers = Errors("check")
            .Where(e => Math.Abs(e.Error) > MaxCheckFileError)
            .Select(e => $"{e.Sample.Path}: estimated {e.Estimate}, actual {e.Sample.Truth} ({e.Error:+0.0%;-0.0%})")
            .ToArray();
        Assert.True(outliers.Length == 0, $"files off by more than {MaxCheckFileError:P0}:\n" + string.Join("\n", outliers));
    }

    [Fact]
    public void Fit_split_errors_are_within_bound()
    {
        double mape = Mape("fit");
        double worst = Errors("fit").Max(e => Math.Abs(e.Error));
        Assert.True(mape <= MaxFitMape, $"fit MAPE {mape:P2} > {MaxFitMape:P1}\n{Table("fit")}");
        Assert.True(worst <= MaxFitFileError, $"fit worst file {worst:P1} > {MaxFitFileError:P0}\n{Table("fit")}");
    }

    [Fact]
    public void Empty_text_is_zero_tokens()
    {
        Assert.Equal(0, TokenEstimator.Estimate(string.Empty));
        Assert.Equal(0, TokenEstimator.Estimate("some text", 4, 0));
    }

    [Theory]
    [InlineData("a")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData(".")]
    [InlineData("7")]
    [InlineData("😀")]
    [InlineData("中")]
    [InlineData("\uD800")] // lone surrogate
    public void Any_non_empty_text_is_at_least_one_token(string text)
    {
        Assert.True(TokenEstimator.Estimate(text) >= 1);
    }

    [Theory]
    [InlineData("Hello", 1)]
    [InlineData(" the", 1)]
    [InlineData("Hello world", 2)]
    [InlineData("123456789", 3)]
    public void Simple_texts_get_exact_counts(string text, int expected)
    {
        // Exact o200k_base counts, small enough that the estimator's rounding must agree.
        Assert.Equal(expected, TokenEstimator.Estimate(text));
    }

    [Fact]
    public void Null_and_bad_ranges_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => TokenEstimator.Estimate(null!));
        Assert.Throws<ArgumentNullException>(() => TokenEstimator.Estimate(null!, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenEstimator.Estimate("abc", -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenEstimator.Estimate("abc", 4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenEstimator.Estimate("abc", 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenEstimator.Estimate("abc", 0, -1));
    }

    [Fact]
    public void A_range_is_estimated_as_if_it_were_the_whole_text()
    {
        foreach (CalibrationSample sample in CalibrationSample.All.Value.Where(s => s.Split == "check"))
        {
            string text = sample.Text;
            int start = text.Length / 3, length = text.Length / 2;
            string padded = "xx" + text + "yy";
            Assert.Equal(TokenEstimator.Estimate(text), TokenEstimator.Estimate(padded, 2, text.Length));
            Assert.Equal(TokenEstimator.Estimate(text.Substring(start, length)), TokenEstimator.Estimate(text, start, length));
        }
    }

    [Fact]
    public void Appending_text_never_lowers_the_estimate_on_the_samples()
    {
        foreach (CalibrationSample sample in CalibrationSample.All.Value.Where(s => s.Split == "check" && s.Text.Length <= 4000))
        {
            AssertMonotonic(sample.Text, sample.Path);
        }
    }

    [Fact]
    public void Appending_text_never_lowers_the_estimate_on_random_text()
    {
        // Every char class the estimator distinguishes, including the awkward ones: tabs before
        // punctuation, CRLF, camelCase, ALL CAPS, accents (foreign mode), English marker words,
        // combining marks, CJK, Hangul, emoji with variation selectors and a lone surrogate.
        string[] atoms =
        [
            "a", "b", "Z", "Q", "é", "ß", "the", "and", "Über", "ok", " ", " ", "  ", "\t", "\n", "\r\n",
            ".", ",", "(", "{{", "}}", "'", "-", "/", "_", "7", "42", "2024", "中", "文", "が", "한", "Ж", "α",
            "\u0301", "\u0915\u093F", "😀", "\u2764\uFE0F", "1\uFE0F\u20E3", "\uD83D", "«", "—", "\u00A0", "…",
        ];
        var random = new Random(6001);
        for (int round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            int atomsInText = random.Next(1, 120);
            for (int n = 0; n < atomsInText; n++) builder.Append(atoms[random.Next(atoms.Length)]);
            AssertMonotonic(builder.ToString(), $"random text #{round}");
        }
    }

    [Fact]
    public void A_one_megabyte_text_is_estimated()
    {
        const int Size = 1 << 20;
        string prose = CalibrationSample.All.Value.First(s => s.Path == "check/en-long-knowledge-base.md").Text;
        string text = Repeat(prose, Size);
        int once = TokenEstimator.Estimate(prose);
        int repeats = Size / prose.Length;
        int estimate = TokenEstimator.Estimate(text);
        Assert.InRange(estimate, once * repeats, (once + 2) * (repeats + 1));

        // Degenerate megabytes: one giant word, digits, whitespace, punctuation, emoji, CJK.
        Assert.True(TokenEstimator.Estimate(new string('a', Size)) > Size / 10);
        Assert.InRange(TokenEstimator.Estimate(new string('9', Size)), Size / 3 * 8 / 10, Size / 3 * 13 / 10);
        Assert.InRange(TokenEstimator.Estimate(new string(' ', Size)), 1, 10);
        Assert.True(TokenEstimator.Estimate(new string('-', Size)) > Size / 20);
        Assert.True(TokenEstimator.Estimate(Repeat("😀", Size)) >= Size / 2);
        Assert.True(TokenEstimator.Estimate(new string('中', Size)) > Size / 3);
    }

    private static void AssertMonotonic(string text, string name)
    {
        int previous = 0;
        for (int length = 0; length <= text.Length; length++)
        {
            int estimate = TokenEstimator.Estimate(text, 0, length);
            if (estimate < previous)
            {
                Assert.Fail($"{name}: estimate fell from {previous} to {estimate} when appending char {length - 1} " +
                            $"(U+{(int)text[length - 1]:X4}) after \"{Escape(text.Substring(Math.Max(0, length - 20), Math.Min(length, 20)))}\"");
            }

            previous = estimate;
        }
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length + unit.Length <= size) builder.Append(unit);
        return builder.ToString();
    }

    private static IEnumerable<(CalibrationSample Sample, int Estimate, double Error)> Errors(string split) =>
        CalibrationSample.All.Value
            .Where(s => s.Split == split)
            .Select(s =>
            {
                int estimate = TokenEstimator.Estimate(s.Text);
                return (s, estimate, (estimate - s.Truth) / (double)s.Truth);
            });

    private static double Mape(string split) => Errors(split).Average(e => Math.Abs(e.Error));

    private static string Table(string split) => string.Join("\n", Errors(split)
        .OrderBy(e => e.Error)
        .Select(e => $"{e.Error,8:+0.0%;-0.0%} {e.Estimate,7} / {e.Sample.Truth,7}  {e.Sample.Path}"));

    /// <summary>A calibration sample text and its exact o200k_base token count.</summary>
    private sealed record CalibrationSample(string Path, string Split, string Text, int Truth)
    {
        public static readonly Lazy<IReadOnlyList<CalibrationSample>> All = new(Load);

        private static IReadOnlyList<CalibrationSample> Load()
        {
            string root = FindRepositoryRoot();
            string truthFile = System.IO.Path.Combine(root, "tests", "PromptLint.Core.Tests", "TokenCalibration", "o200k_base-counts.json");
            string samplesDir = System.IO.Path.Combine(root, "bench", "tokenizer-calibration", "samples");
            Dictionary<string, int> truth = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(truthFile))
                ?? throw new InvalidOperationException("empty truth file " + truthFile);
            return truth
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new CalibrationSample(
                    kv.Key,
                    kv.Key.Substring(0, kv.Key.IndexOf('/')),
                    ReadExactly(System.IO.Path.Combine(samplesDir, kv.Key.Replace('/', System.IO.Path.DirectorySeparatorChar))),
                    kv.Value))
                .ToList();
        }

        // count-tokens.mjs reads UTF-8 and drops a BOM; line endings must stay as they are.
        private static string ReadExactly(string path)
        {
            string text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }

        private static string FindRepositoryRoot()
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "PromptLint.sln")))
            {
                dir = System.IO.Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("PromptLint.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
