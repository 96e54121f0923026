using System.Runtime.CompilerServices;
using System.Text;

namespace PromptLint.Tests.Shared;

/// <summary>
/// Golden-file assertions (Verify is not available here). The expected text lives next to the test source
/// as <c>name.golden.txt</c>; on a mismatch a <c>name.received.txt</c> is written beside it and the test fails
/// with the first differing lines. Set PROMPTLINT_UPDATE_GOLDEN=1 to write missing or changed goldens —
/// then read every changed file before committing it.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, "Golden");
        string expectedPath = Path.Combine(folder, name + ".golden.txt");
        string receivedPath = Path.Combine(folder, name + ".received.txt");
        actual = Normalize(actual);
        bool update = Environment.GetEnvironmentVariable("PROMPTLINT_UPDATE_GOLDEN") == "1";
        string? expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
        if (update)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No golden file {expectedPath}; wrote {receivedPath}. Review it and rename it to accept."
            : $"Output differs from {expectedPath} (received: {receivedPath}):\n{Diff(expected, actual)}");
    }

    /// <summary>
    /// The test's source file. CI builds map source paths (<c>ContinuousIntegrationBuild</c>: <c>/_/tests/…</c>), so a
    /// mapped path is resolved against the repository root.
    /// </summary>
    private static string SourcePath(string callerFile)
    {
        if (File.Exists(callerFile))
        {
            return callerFile;
        }

        string normalized = callerFile.Replace('\\', '/');
        int tests = normalized.IndexOf("/tests/", StringComparison.Ordinal);
        return tests < 0 ? callerFile : Path.Combine(RepositoryRoot.Path, normalized.Substring(tests + 1));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        var sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.Max(e.Length, a.Length) && shown < 12; i++)
        {
            string? el = i < e.Length ? e[i] : null;
            string? al = i < a.Length ? a[i] : null;
            if (el != al)
            {
                sb.AppendLine($"line {i + 1}:");
                sb.AppendLine("  - " + (el ?? "<missing>"));
                sb.AppendLine("  + " + (al ?? "<missing>"));
                shown++;
            }
        }

        return sb.ToString();
    }
}
