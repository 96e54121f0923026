using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>
/// The HTML ladder report rendered in real headless Chromium: what the page shows after rendering (prompt names,
/// cost figures, rung labels, the chart's bars) read from the DOM Chromium dumps, and a screenshot kept under the
/// test output folder (TestResults/ladder/ beside the test assembly) as an artifact.
/// </summary>
public sealed class LadderHtmlBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public void The_page_renders_offline_with_the_costs_the_chart_and_the_ladder()
    {
        using TempFolder temp = LadderScenarios.Both();
        string html = Path.Combine(temp.Path, "ladder.html");
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "html", "--output", html);
        Assert.True(exit == 0, stderr);
        Assert.Contains("(ladder report written to", stdout);
        string source = File.ReadAllText(html);
        Assert.DoesNotContain("<script", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=", RegexOptions.IgnoreCase), source);

        string artifacts = Path.Combine(AppContext.BaseDirectory, "TestResults", "ladder");
        Directory.CreateDirectory(artifacts);
        string png = Path.Combine(artifacts, "ladder-report.png");
        File.Delete(png);
        File.Copy(html, Path.Combine(artifacts, "ladder-report.html"), overwrite: true);
        string url = new Uri(html).AbsoluteUri;
        HeadlessChromium.Screenshot(url, png, Path.Combine(temp.Path, "profile-shot"));
        string dom = HeadlessChromium.DumpDom(url, Path.Combine(temp.Path, "profile-dom"));
        output.WriteLine($"screenshot: {png}");

        // The screenshot is a real 1200×900 PNG with content (a blank page compresses to a few kilobytes).
        byte[] image = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, image.Take(4).ToArray());
        Assert.Equal((1200, 900), (BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20))));
        Assert.True(image.Length > 20_000, $"the screenshot is only {image.Length:N0} bytes; the page looks blank");

        // What the rendered page shows: the DOM after parsing and layout, as Chromium serializes it.
        string text = WebUtility(dom);
        Assert.Contains("PromptLint ladder report", text);
        Assert.Contains("2 prompts: static text costs $2.40/day, $876.33/year", text);
        Assert.Equal(2, Regex.Matches(dom, "<rect class=\"bar\"").Count);
        Assert.Matches(@"<text[^>]*>prompts/hr-policy-assistant\.prompty</text>", dom);
        Assert.Matches(@"<text[^>]*>prompts/ticket-classifier\.prompty</text>", dom);
        Assert.Matches(@"<text[^>]*>\$0\.11/day</text>", dom);
        Assert.Matches(@"<text[^>]*>\$2\.30/day</text>", dom);

        string ladder = Section(dom, "<table id=\"ladder\">");
        Assert.Contains("<th>1 prompt</th><th>2 few-shot</th><th>3 retrieval</th><th>4 fine-tune</th>", ladder);
        Assert.Matches(@"hr-policy-assistant\.prompty</code></td><td class=""rung current""[^>]*>here</td><td class=""rung open""", ladder);
        Assert.Matches(@"ticket-classifier\.prompty</code></td><td class=""rung done""[^>]*>done</td><td class=""rung current""[^>]*>here</td>", ladder);
        Assert.Contains("<td>1 prompt</td><td>add 3–5 worked input→output examples (PL2001)</td>", ladder);
        Assert.Contains("<td>2 few-shot</td>", ladder);

        string prompts = Section(dom, "<table id=\"prompts\">");
        Assert.Contains("<td class=\"num\">$0.11</td><td class=\"num\">$38.65</td><td title=\"pays off after 898 days\">898 days</td>", prompts);
        Assert.Contains("<td class=\"num\">$2.30</td><td class=\"num\">$837.68</td><td title=\"pays off after 7 days\">7 days</td>", prompts);
        Assert.Contains("353 (o200k_base)", prompts);
        Assert.Contains("306 (o200k_base)", prompts);
    }

    private static string Section(string dom, string start)
    {
        int at = dom.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the rendered page has no {start}");
        return dom.Substring(at, dom.IndexOf("</table>", at, StringComparison.Ordinal) - at);
    }

    private static string WebUtility(string dom) => System.Net.WebUtility.HtmlDecode(Regex.Replace(dom, "<[^>]+>", " "));
}
