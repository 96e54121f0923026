namespace PromptLint.Analysis;

// Temporary until the calibrated estimator lands.
internal static class TokenEstimator
{
    public static int Estimate(string text) => (text.Length + 3) / 4;

    public static int Estimate(string text, int start, int length) => (length + 3) / 4;
}
