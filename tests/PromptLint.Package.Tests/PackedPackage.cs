using System.Diagnostics;
using System.Text;

namespace PromptLint.Package.Tests;

/// <summary>
/// Packs the real PromptLint package once per test run, with a unique version, into a temporary folder feed; gives
/// each test an isolated folder (with its own nuget.config and an empty .git so no outer promptlint.yaml applies)
/// and a NuGet cache shared by the run but isolated from the machine's.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "promptlint-e2e", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Cache = Path.Combine(Root, "nuget-cache");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var (exit, output) = Run(RepoRoot, $"pack src/PromptLint.Package -c Release -p:Version={Version} -o \"{Feed}\" {IsolatedBuild}");
        Assert.True(exit == 0 && File.Exists(Path.Combine(Feed, $"PromptLint.{Version}.nupkg")), "dotnet pack failed:\n" + output);
        _toolPackage = new Lazy<string>(PackTool);
    }

    public string PackagePath => Path.Combine(Feed, $"PromptLint.{Version}.nupkg");

    /// <summary>
    /// The PromptLint.Cli tool package, packed into the same feed on first use (only the tests that install the tool pay
    /// for it). It is the pointer package; the same pack puts the RID packages it names beside it (<see cref="ToolRidPackagePath"/>).
    /// </summary>
    public string ToolPackagePath => _toolPackage.Value;

    /// <summary>The tool's package for one runtime (<c>any</c>: the framework-dependent fallback), packed with <see cref="ToolPackagePath"/>.</summary>
    public string ToolRidPackagePath(string runtimeIdentifier)
    {
        _ = ToolPackagePath;
        return Path.Combine(Feed, $"PromptLint.Cli.{runtimeIdentifier}.{Version}.nupkg");
    }

    private string PackTool()
    {
        var (exit, output) = Run(RepoRoot, $"pack src/PromptLint.Cli -c Release -p:Version={Version} -o \"{Feed}\" {IsolatedBuild}");
        string path = Path.Combine(Feed, $"PromptLint.Cli.{Version}.nupkg");
        Assert.True(exit == 0 && File.Exists(path), "dotnet pack of the tool failed:\n" + output);
        return path;
    }

    private readonly Lazy<string> _toolPackage;

    /// <summary>
    /// Packs build into this run's own artifacts folder: a pack with the e2e version must not overwrite the repository's
    /// artifacts/bin, which the other test projects (running in parallel) load and whose version the CLI goldens print.
    /// </summary>
    private string IsolatedBuild => $"-nodeReuse:false -p:UseSharedCompilation=false -p:ArtifactsPath=\"{Path.Combine(Root, "artifacts")}\"";

    public string Root { get; }

    public string Feed { get; }

    public string Cache { get; }

    public string Version { get; }

    public static string RepoRoot => PromptLint.Tests.Shared.RepositoryRoot.Path;

    /// <summary>A new project folder with a nuget.config that adds the feed (the machine's default source stays).</summary>
    public string NewWorkspace()
    {
        string folder = Path.Combine(Root, "ws-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="promptlint-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    /// <summary>A new workspace holding a C# project (one empty class) that references the packed package.</summary>
    public string NewCSharpProject()
    {
        string ws = NewWorkspace();
        File.WriteAllText(Path.Combine(ws, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="{Version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ws, "C.cs"), "public class C { }");
        return ws;
    }

    /// <summary>A new workspace holding an F# library that references the packed package (its prompt files go to the MSBuild task).</summary>
    public string NewFSharpProject()
    {
        string ws = NewWorkspace();
        File.WriteAllText(Path.Combine(ws, "Lib.fsproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><Compile Include="Library.fs" /></ItemGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="{Version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ws, "Library.fs"), "module Library\nlet answer = 42\n");
        return ws;
    }

    /// <summary>Copies a sample project's files (not its bin/ and obj/) into a workspace.</summary>
    public static void CopyProject(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary><c>dotnet build -nodeReuse:false</c> with the isolated cache; returns the exit code and all output.</summary>
    public (int Exit, string Output) Build(string projectFolder, string extraArguments = "") =>
        Run(projectFolder, $"build -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary {extraArguments}", Cache);

    public static (int Exit, string Output) Run(string workingDirectory, string arguments, string? nugetCache = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        if (nugetCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = nugetCache;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed PromptLint package";
}
