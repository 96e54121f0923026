namespace PromptLint.Cli.Tests.Ladder;

/// <summary>A browser test skipped for want of Chromium says why in the name `dotnet test` prints at its default verbosity.</summary>
public sealed class ChromiumSkipTests
{
    [Fact]
    public void A_skipped_browser_test_names_its_reason()
    {
        string? name = ChromiumFactAttribute.SkippedName("/repo/tests/Ladder/LadderHtmlBrowserTests.cs", "The_page_renders", "/usr/bin/chromium is not installed");
        Assert.Equal("LadderHtmlBrowserTests.The_page_renders (skipped: /usr/bin/chromium is not installed)", name);
    }

    [Fact]
    public void A_browser_test_that_runs_keeps_its_own_name()
    {
        Assert.Null(ChromiumFactAttribute.SkippedName("LadderHtmlBrowserTests.cs", "The_page_renders", null));
        Assert.Equal(HeadlessChromium.SkipReason is null, new ChromiumFactAttribute().DisplayName is null);
    }
}
