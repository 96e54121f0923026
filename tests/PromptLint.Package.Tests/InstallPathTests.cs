using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PromptLint.Package.Tests;

/// <summary>The README's install path: both packages in one folder feed, the analyzer package added from it, the CLI as a local tool.</summary>
[Collection(PackageCollection.Name)]
public sealed class InstallPathTests(PackedPackage package)
{
    private const string NoFormatPrompt = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices and refunds.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    [Theory]
    [InlineData("src/PromptLint.Package")]
    [InlineData("src/PromptLint.Cli")]
    public void Both_packages_pack_into_artifacts_packages(string project)
    {
        var (exit, output) = PackedPackage.Run(PackedPackage.RepoRoot, $"msbuild {project} -getProperty:PackageOutputPath -p:Configuration=Release -nodeReuse:false");
        Assert.True(exit == 0, output);
        string expected = Path.Combine(PackedPackage.RepoRoot, "artifacts", "packages").Replace('\\', '/').TrimEnd('/');
        Assert.Equal(expected, output.Trim().Replace('\\', '/').TrimEnd('/'));
    }

    [Fact]
    public void The_targets_keep_every_rule_a_warning_under_TreatWarningsAsErrors_and_know_no_other_id()
    {
        string targets = File.ReadAllText(Path.Combine(PackedPackage.RepoRoot, "src", "PromptLint.Package", "build", "PromptLint.targets"));
        string listed = Regex.Match(targets, "<_PromptLintRuleIds>(?<ids>[^<]*)</_PromptLintRuleIds>").Groups["ids"].Value;
        var pages = Directory.EnumerateFiles(Path.Combine(PackedPackage.RepoRoot, "rules"), "PL*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(pages, listed.Split(';').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_cli_installs_as_a_local_tool_from_the_folder_restores_and_lints()
    {
        _ = package.ToolPackagePath;
        string ws = package.NewWorkspace();
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "support.prompty"), NoFormatPrompt);

        AssertRuns(ws, "new tool-manifest");
        AssertRuns(ws, $"tool install PromptLint.Cli --version {package.Version} --add-source \"{package.Feed}\"");
        Assert.Contains("promptlint", File.ReadAllText(Directory.EnumerateFiles(ws, "dotnet-tools.json", SearchOption.AllDirectories).Single()));
        AssertRuns(ws, "tool restore");

        AssertRuns(ws, "promptlint init");
        Assert.True(File.Exists(Path.Combine(ws, "promptlint.yaml")));
        var (exit, output) = PackedPackage.Run(ws, "promptlint lint prompts", package.Cache);
        Assert.True(exit == 0, output);
        Assert.Contains("prompts/support.prompty(1,1): warning PL1001:", output);
    }

    [Fact]
    public void The_baseline_the_tool_writes_silences_those_findings_in_dotnet_build_and_new_ones_still_show()
    {
        _ = package.ToolPackagePath;
        string ws = package.NewCSharpProject();
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "legacy.prompty"), NoFormatPrompt);
        AssertRuns(ws, "new tool-manifest");
        AssertRuns(ws, $"tool install PromptLint.Cli --version {package.Version} --add-source \"{package.Feed}\"");
        AssertRuns(ws, "promptlint lint --update-baseline");

        File.WriteAllText(Path.Combine(ws, "prompts", "new.prompty"), NoFormatPrompt.Replace("billing", "shipping"));
        var (exit, output) = package.Build(ws);
        Assert.True(exit == 0, output);
        Assert.Contains("new.prompty(1,1): warning PL1001", output);
        Assert.DoesNotContain("legacy.prompty", output);
        var (_, cli) = PackedPackage.Run(ws, "promptlint lint", package.Cache);
        Assert.Contains("prompts/new.prompty(1,1): warning PL1001", cli);
        Assert.DoesNotContain("legacy.prompty", cli);
    }

    [Fact]
    public void The_analyzer_package_carries_the_licence_its_own_readme_and_every_rule_page()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        XElement metadata = Nuspec(zip);
        Assert.Equal("MIT", Child(metadata, "license")?.Value);
        Assert.Equal("expression", Child(metadata, "license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", Child(metadata, "readme")?.Value);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (string page in Directory.EnumerateFiles(Path.Combine(PackedPackage.RepoRoot, "rules"), "PL*.md"))
        {
            Assert.Contains("docs/rules/" + Path.GetFileName(page), entries);
        }

        string readme = new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.Contains("docs/rules/", readme);
        Assert.Contains("dotnet tool install PromptLint.Cli", readme);
        AssertLinksResolveInside(readme, entries);
    }

    [Fact]
    public void The_tool_package_carries_the_licence_and_its_own_readme()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.ToolPackagePath);
        XElement metadata = Nuspec(zip);
        Assert.Equal("MIT", Child(metadata, "license")?.Value);
        Assert.Equal("README.md", Child(metadata, "readme")?.Value);
        string readme = new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.Contains("dotnet tool restore", readme);
        AssertLinksResolveInside(readme, zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void While_the_repository_url_is_unset_no_package_names_a_project_or_repository_url()
    {
        foreach (string nupkg in new[] { package.PackagePath, package.ToolPackagePath })
        {
            using ZipArchive zip = ZipFile.OpenRead(nupkg);
            XElement metadata = Nuspec(zip);
            Assert.Null(Child(metadata, "projectUrl"));
            Assert.Null(Child(metadata, "repository")?.Attribute("url"));
        }
    }

    private void AssertRuns(string folder, string arguments)
    {
        var (exit, output) = PackedPackage.Run(folder, arguments, package.Cache);
        Assert.True(exit == 0, $"dotnet {arguments} failed:\n{output}");
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        ZipArchiveEntry entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>A package page cannot follow a relative link to a file the package lacks.</summary>
    private static void AssertLinksResolveInside(string markdown, HashSet<string> entries)
    {
        foreach (Match link in Regex.Matches(markdown, @"\]\((?<target>[^)\s]+)\)"))
        {
            string target = link.Groups["target"].Value;
            Assert.True(target.StartsWith("#", StringComparison.Ordinal) || entries.Contains(target.Split('#')[0]), $"the readme links to '{target}', which the package does not contain");
        }
    }
}
