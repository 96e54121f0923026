using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace PromptLint.Package.Tests;

/// <summary>
/// The tool's RID-specific packages: one <c>dotnet pack</c> gives the pointer, the Native AOT package for linux-x64 (when
/// packed there) and the framework-dependent fallback; <c>dotnet tool install</c> picks the native binary on linux-x64
/// and the fallback on every other machine, and both lint alike.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NativeToolTests(PackedPackage package)
{
    /// <summary>The runtime packed natively on this machine (NativeTool.targets), or null where only the fallback is packed.</summary>
    private static string? NativeRuntime => RuntimeInformation.RuntimeIdentifier == "linux-x64" ? "linux-x64" : null;

    private static readonly Dictionary<string, string> FixedFingerprints = new() { ["PROMPTLINT_FINGERPRINT_KEY"] = "native-tool-tests" };

    [Fact]
    public void The_pointer_names_the_native_package_for_this_machine_and_the_fallback_and_the_pack_made_both()
    {
        using ZipArchive pointer = ZipFile.OpenRead(package.ToolPackagePath);
        XElement settings = XDocument.Load(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open()).Root!;
        var named = settings.Descendants("RuntimeIdentifierPackage").Select(p => $"{p.Attribute("RuntimeIdentifier")?.Value}={p.Attribute("Id")?.Value}");

        string[] expected = NativeRuntime is { } rid ? [$"{rid}=PromptLint.Cli.{rid}", "any=PromptLint.Cli.any"] : ["any=PromptLint.Cli.any"];
        Assert.Equal(expected, named);
        Assert.All(expected, e => Assert.True(File.Exists(package.ToolRidPackagePath(e.Split('=')[0])), $"the pack made no package for {e}"));
    }

    [Fact]
    public void The_native_package_holds_the_binary_alone()
    {
        string rid = NativeRuntime ?? "linux-x64";
        if (NativeRuntime is null)
        {
            Assert.False(File.Exists(package.ToolRidPackagePath(rid)), "a native package was packed on a machine that cannot build it");
            return;
        }

        using ZipArchive zip = ZipFile.OpenRead(package.ToolRidPackagePath(rid));
        var tools = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal([$"tools/any/{rid}/DotnetToolSettings.xml", $"tools/any/{rid}/promptlint"], tools);
    }

    [Fact]
    public void The_installed_tool_is_the_native_binary_here_and_lints_the_examples_like_the_framework_dependent_fallback()
    {
        string ws = package.NewWorkspace();
        PackedPackage.CopyProject(Path.Combine(PackedPackage.RepoRoot, "prompts-examples"), Path.Combine(ws, "examples"));
        AssertRuns(ws, "new tool-manifest");
        AssertRuns(ws, $"tool install PromptLint.Cli --version {package.Version} --add-source \"{package.Feed}\"");

        AssertInstalledIsTheExpectedBuild();
        var (toolExit, toolJson) = PackedPackage.Run(ws, "promptlint lint examples --format json", package.Cache, FixedFingerprints);
        var (fallbackExit, fallbackJson) = PackedPackage.Run(ws, $"\"{ExtractFallback(ws)}\" lint examples --format json", environment: FixedFingerprints);

        Assert.Contains("\"PL1001\"", toolJson);
        Assert.Equal(1, toolExit); // the examples carry errors
        Assert.Equal(fallbackExit, toolExit);
        Assert.Equal(fallbackJson, toolJson);
    }

    /// <summary>The package `dotnet tool install` put in the NuGet cache: on linux-x64 the native binary (and no fallback), elsewhere the fallback.</summary>
    private void AssertInstalledIsTheExpectedBuild()
    {
        string native = Path.Combine(package.Cache, "promptlint.cli.linux-x64", package.Version.ToLowerInvariant(), "tools", "any", "linux-x64");
        string fallback = Path.Combine(package.Cache, "promptlint.cli.any", package.Version.ToLowerInvariant());
        if (NativeRuntime is null)
        {
            Assert.True(File.Exists(Path.Combine(fallback, "tools", "net10.0", "any", "promptlint.dll")), $"no fallback installed under {fallback}");
            return;
        }

        string binary = Path.Combine(native, "promptlint");
        Assert.True(File.Exists(binary), $"no native binary installed at {binary}");
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(binary)[..4]);
        Assert.False(File.Exists(Path.Combine(native, "promptlint.dll")), "a managed promptlint.dll sits beside the native binary");
        Assert.False(Directory.Exists(fallback), "the fallback package was installed on linux-x64");
    }

    /// <summary>The framework-dependent fallback's entry point, unpacked from its package into the workspace.</summary>
    private string ExtractFallback(string ws)
    {
        string folder = Path.Combine(ws, "fallback");
        ZipFile.ExtractToDirectory(package.ToolRidPackagePath("any"), folder);
        return Path.Combine(folder, "tools", "net10.0", "any", "promptlint.dll");
    }

    private void AssertRuns(string folder, string arguments)
    {
        var (exit, output) = PackedPackage.Run(folder, arguments, package.Cache);
        Assert.True(exit == 0, $"dotnet {arguments} failed:\n{output}");
    }
}
