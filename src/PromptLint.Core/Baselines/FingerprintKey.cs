using System;
using System.Security.Cryptography;
using System.Text;

namespace PromptLint.Baselines;

/// <summary>
/// The secret that keys fingerprints (HMAC-SHA256), so a report, even redacted, does not let its reader confirm a
/// guess of a prompt line by hashing it. Where it comes from, in order: the baseline file's <c>fingerprintKey</c>
/// (created when the baseline is first written, so fingerprints stay stable for everyone who has the repository);
/// the <c>PROMPTLINT_FINGERPRINT_KEY</c> environment variable (a CI secret, for stable fingerprints without a
/// baseline); else a random key for this run only (fingerprints then identify findings within one report).
/// </summary>
public sealed class FingerprintKey
{
    public const string EnvironmentVariable = "PROMPTLINT_FINGERPRINT_KEY";

    private FingerprintKey(byte[]? secret, string source)
    {
        Secret = secret;
        Source = source;
    }

    /// <summary>The HMAC key; null only for <see cref="Legacy"/>.</summary>
    public byte[]? Secret { get; }

    /// <summary>Where the key came from: <c>baseline</c>, <c>environment</c>, <c>run</c> or <c>legacy</c>.</summary>
    public string Source { get; }

    /// <summary>The unkeyed fingerprints of version-1 baselines, kept only to match such a baseline until it is rewritten.</summary>
    public static FingerprintKey Legacy { get; } = new(null, "legacy");

    public static FingerprintKey FromBaseline(byte[] secret) => new(secret, "baseline");

    public static FingerprintKey NewRandom(string source = "run")
    {
        byte[] secret = new byte[32];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(secret);
        }

        return new FingerprintKey(secret, source);
    }

    /// <summary>The key for a run without a baseline key: the environment's, else a random one.</summary>
    public static FingerprintKey ForRun(Func<string, string?>? environment = null)
    {
        string? value = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        return string.IsNullOrEmpty(value)
            ? NewRandom()
            : new FingerprintKey(Fingerprints.Sha256(Encoding.UTF8.GetBytes(value)), "environment");
    }
}
