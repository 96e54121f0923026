using CsCheck;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>
/// Runs a CsCheck generator with a fixed seed, so CI always tries the same inputs (CsCheck's own <c>Sample</c>
/// starts from random seeds). Environment variables make a longer run (docs/reliability.md):
/// <c>PROMPTLINT_FUZZ_ITER</c> (default 300 inputs per target), <c>PROMPTLINT_FUZZ_SEED</c> (a number, default 8),
/// and <c>PROMPTLINT_FUZZ_SECONDS</c>, which switches to CsCheck's random, parallel, shrinking
/// <c>Sample</c> for that many seconds per target. A failure names the seed that reproduces it with
/// <c>gen.Sample(assert, seed: "…")</c>.
/// </summary>
internal static class Fuzz
{
    public static void Run<T>(Gen<T> gen, Action<T> assert, Func<T, string> print)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("PROMPTLINT_FUZZ_SECONDS"), out int seconds) && seconds > 0)
        {
            gen.Sample(assert, time: seconds, print: print);
            return;
        }

        int iterations = int.TryParse(Environment.GetEnvironmentVariable("PROMPTLINT_FUZZ_ITER"), out int i) && i > 0 ? i : 300;
        ulong seed = ulong.TryParse(Environment.GetEnvironmentVariable("PROMPTLINT_FUZZ_SEED"), out ulong s) ? s : 8;
        for (int n = 0; n < iterations; n++)
        {
            var pcg = new PCG((uint)n, seed);
            string state = pcg.ToString();
            T input = gen.Generate(pcg, null, out _);
            try
            {
                assert(input);
            }
            catch (Exception e)
            {
                string shown = print(input);
                throw new Xunit.Sdk.XunitException(
                    $"fuzz input {n} failed; reproduce and shrink with gen.Sample(assert, seed: \"{state}\")\ninput: {(shown.Length > 500 ? shown.Substring(0, 500) + " …" : shown)}\n{e}");
            }
        }
    }

    /// <summary>Escapes control characters so a failing input can be pasted into a test.</summary>
    public static string Show(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
