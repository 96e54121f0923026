using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>
/// Debian's <c>chromium</c> package (installed by .ci/run when missing), run headless with no network, sync, component
/// updates or first-run work, and a throw-away profile.
/// </summary>
internal static class HeadlessChromium
{
    public const string Binary = "/usr/bin/chromium";

    public static bool Installed => File.Exists(Binary);

    /// <summary>Why the browser tests cannot run here, or null when they can; in CI (<c>CI=true</c>) a missing browser is a failure, not a skip.</summary>
    public static string? SkipReason =>
        Installed || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{Binary} is not installed (apt-get install -y --no-install-recommends chromium; .ci/run does it); skipped outside CI";

    public static void Screenshot(string url, string png, string profile) =>
        Run(profile, $"--screenshot={png}", "--window-size=1200,900", url);

    public static string DumpDom(string url, string profile) =>
        Run(profile, "--dump-dom", "--window-size=1200,900", url);

    private static string Run(string profile, params string[] args)
    {
        Assert.True(Installed, $"{Binary} is missing: CI must install Debian's chromium package (.ci/run does: apt-get install -y --no-install-recommends chromium)");
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={profile}",
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within 2 minutes: {string.Join(' ', args)}");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}

/// <summary>
/// A fact that needs headless Chromium: skipped when it is missing locally, run (and failing clearly) in CI. A skipped
/// test carries the reason in its name, because `dotnet test` prints skip reasons only at normal verbosity.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        Skip = HeadlessChromium.SkipReason;
        DisplayName = SkippedName(file, test, Skip);
    }

    /// <summary>The test's name with the reason it is skipped, or null (xUnit's own name) when it runs.</summary>
    internal static string? SkippedName(string file, string test, string? reason) =>
        reason is null ? null : $"{Path.GetFileNameWithoutExtension(file)}.{test} (skipped: {reason})";
}
