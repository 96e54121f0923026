using System.Text.Json;

namespace PromptLint.Package.Tests;

/// <summary>
/// PromptLintRepositoryUrl is the one place links come from: set on the command line, it reaches the assembly metadata
/// Core reads its links from (Diagnostics/RepositoryLinks) and the packages' project and repository URLs; unset, none of them
/// has a value. (What Core makes of the metadata is tested in Core.Tests.)
/// </summary>
public sealed class RepositoryUrlTests
{
    private const string Url = "https://example.org/acme/promptlint";

    [Fact]
    public void Set_it_stamps_the_links_into_core_and_the_package_urls()
    {
        Assert.Equal(new Dictionary<string, string>
        {
            ["PromptLintRepositoryUrl"] = Url,
            ["PromptLintFilesUrl"] = Url + "/blob/main",
            ["PromptLintRawFilesUrl"] = Url + "/raw/main",
        }, CoreMetadata($"-p:PromptLintRepositoryUrl={Url}"));
        Assert.Equal([Url, Url], PackageUrls("src/PromptLint.Package", $"-p:PromptLintRepositoryUrl={Url}"));
        Assert.Equal([Url, Url], PackageUrls("src/PromptLint.Cli", $"-p:PromptLintRepositoryUrl={Url}"));
    }

    [Fact]
    public void Unset_nothing_carries_a_link()
    {
        Assert.All(CoreMetadata(""), pair => Assert.Equal("", pair.Value));
        Assert.Equal(["", ""], PackageUrls("src/PromptLint.Package", ""));
    }

    private static Dictionary<string, string> CoreMetadata(string property)
    {
        using JsonDocument json = Evaluate($"src/PromptLint.Core -getItem:AssemblyMetadata {property}");
        return json.RootElement.GetProperty("Items").GetProperty("AssemblyMetadata").EnumerateArray()
            .Where(i => i.GetProperty("Identity").GetString()!.StartsWith("PromptLint", StringComparison.Ordinal))
            .ToDictionary(i => i.GetProperty("Identity").GetString()!, i => i.GetProperty("Value").GetString()!);
    }

    private static string[] PackageUrls(string project, string property)
    {
        using JsonDocument json = Evaluate($"{project} -getProperty:PackageProjectUrl -getProperty:RepositoryUrl {property}");
        JsonElement properties = json.RootElement.GetProperty("Properties");
        return [properties.GetProperty("PackageProjectUrl").GetString()!, properties.GetProperty("RepositoryUrl").GetString()!];
    }

    private static JsonDocument Evaluate(string arguments)
    {
        var (exit, output) = PackedPackage.Run(PackedPackage.RepoRoot, $"msbuild {arguments} -nodeReuse:false");
        Assert.True(exit == 0, output);
        return JsonDocument.Parse(output);
    }
}
