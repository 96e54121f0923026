using PromptLint.Configuration;
using PromptLint.Hosting;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>
/// The boundary the disk hosts put around what a promptlint.yaml names (issue #18, point 1), on a real Unix file
/// system: the root the cascade found, symbolic links resolved, and virtual file systems refused by path and type.
/// </summary>
public sealed class RepositoryBoundaryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("promptlint-boundary-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text = "{}\n")
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static ConfigCascade CascadeOf(string configPath) =>
        ConfigCascade.Explicit(new ConfigFileText(configPath, File.ReadAllText(configPath)));

    [Fact]
    public void A_root_true_configuration_bounds_its_own_folder_and_git_bounds_the_repository()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        string nested = Write("sub/promptlint.yaml", "root: true\n");
        Write("data/train.jsonl");
        Write("sub/data/train.jsonl");
        var boundary = new RepositoryBoundary(CascadeOf(nested), _root);

        Assert.Equal(Path.Combine(_root, "sub"), boundary.RootFor(nested));
        Assert.Null(boundary.Refusal(nested, Path.Combine(_root, "sub/data/train.jsonl")));
        Assert.Contains("outside the repository", boundary.Refusal(nested, Path.Combine(_root, "sub/../data/train.jsonl")));
        string top = Write("promptlint.yaml", "rules: {}\n");
        Assert.Null(new RepositoryBoundary(CascadeOf(top), _root).Refusal(top, Path.Combine(_root, "data/train.jsonl")));
    }

    [Fact]
    public void A_link_inside_the_repository_is_judged_by_its_target()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        string config = Write("promptlint.yaml", "rules: {}\n");
        string link = Path.Combine(_root, "evals/env.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "/proc/self/environ");
        string inner = Path.Combine(_root, "evals/inner.json");
        File.CreateSymbolicLink(inner, Write("real/result.json"));
        var boundary = new RepositoryBoundary(CascadeOf(config), _root);

        Assert.Contains("outside the repository", boundary.Refusal(config, link));
        Assert.Null(boundary.Refusal(config, inner));
        Assert.Null(boundary.Refusal(config, Path.Combine(_root, "missing.json"))); // the caller's "missing" handling applies
    }

    [Fact]
    public void Virtual_file_systems_and_special_files_are_refused_even_inside_the_root()
    {
        if (OperatingSystem.IsWindows()) return;
        // A configuration whose boundary is the whole file system (no .git, project folder "/"): what is left is the
        // file system's own judgement, the way a bind-mounted procfs inside a repository would be judged.
        string config = Write("promptlint.yaml", "rules: {}\n");
        var boundary = new RepositoryBoundary(CascadeOf(config), "/");
        Assert.Equal("/", boundary.RootFor(config)); // no .git above the temp folder on the machines this runs on

        Assert.Contains("virtual file system", boundary.Refusal(config, "/proc/self/status"));
        if (Directory.Exists("/sys/kernel"))
        {
            Assert.Contains("virtual file system", boundary.Refusal(config, "/sys/kernel"));
        }

        Assert.Contains("virtual file system", boundary.Refusal(config, "/dev/null"));
        string fifo = Path.Combine(_root, "p.jsonl");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Contains("FIFO", boundary.Refusal(config, fifo));
        Assert.Contains("folder", boundary.Refusal(config, _root));
    }
}
