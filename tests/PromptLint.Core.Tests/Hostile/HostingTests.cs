using System.Diagnostics;
using System.Net.Sockets;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Pipeline;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>
/// The host-side walk and bounded reader on a real Unix file system: symbolic-link loops terminate and lint each
/// file once (issue #8 rows 4 and 7), FIFOs, sockets and devices are never opened (rows 5 and 6). On Windows these
/// file types do not exist, and the tests return at once.
/// </summary>
public sealed class HostingTests : IDisposable
{
    private static readonly string[] Skipped = ["bin", "obj", ".git"];
    private readonly string _root = Directory.CreateTempSubdirectory("promptlint-hosting-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static bool IsPrompt(string path) => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".prompt", StringComparison.Ordinal);

    private List<WalkEntry> Walk(params string[] paths)
    {
        var missing = new List<string>();
        List<WalkEntry> entries = RunWithin(() => FileWalk.Expand(paths, _root, IsPrompt, Skipped, missing));
        Assert.Empty(missing);
        return entries;
    }

    private static T RunWithin<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the walk or the read did not finish (it blocked or looped)");
        return task.Result;
    }

    private string Write(string relative, string text = "You are a bot.\n")
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Link(string relative, string target)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private string Fifo(string relative)
    {
        string path = Path.Combine(_root, relative);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    private string Relative(WalkEntry entry) => Path.GetRelativePath(_root, entry.Path).Replace('\\', '/');

    [Fact]
    public void Row_4_two_links_to_a_parent_folder_walk_each_folder_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("d/sub/p.md");
        Link("d/sub/a", "..");
        Link("d/sub/b", "..");
        Assert.Equal(["d/sub/p.md"], Walk("d").Select(Relative));
    }

    [Fact]
    public void Row_7_a_link_loop_lints_every_file_below_it_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("d/top.md");
        Write("d/sub/p.md");
        Write("d/sub/deeper/q.md");
        Link("d/sub/up", "..");
        Link("d/sub/deeper/root", "../../..");
        Assert.Equal(["d/sub/deeper/q.md", "d/sub/p.md", "d/top.md"], Walk(".").Select(Relative));
    }

    [Fact]
    public void Two_links_to_one_file_and_the_file_are_one_file()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("real/p.md");
        Link("a.md", "real/p.md");
        Link("b.md", Path.Combine(_root, "real/p.md"));
        var entries = Walk(".", "real/p.md");
        Assert.Equal(["a.md"], entries.Select(Relative));
        Assert.Equal(FileKind.Regular, entries[0].Kind);
    }

    [Fact]
    public void Row_6_fifos_sockets_and_devices_in_a_folder_are_skipped_without_opening_them()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("ok.md");
        Fifo("pipe.prompt");
        Link("zero.prompt", "/dev/zero");
        Link("null.md", "/dev/null");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_root, "sock.md")));
        Assert.Equal(["ok.md"], Walk(".").Select(Relative));
    }

    [Theory]
    [InlineData("pipe.prompt", "a FIFO (named pipe)")]
    [InlineData("zero.prompt", "a character device")]
    [InlineData("sock.md", "a socket")]
    public void Row_5_and_6_an_explicitly_named_special_file_is_a_PL0010_and_is_never_opened(string name, string description)
    {
        if (OperatingSystem.IsWindows()) return;
        Fifo("pipe.prompt");
        Link("zero.prompt", "/dev/zero");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_root, "sock.md")));

        WalkEntry entry = Assert.Single(Walk(name));
        Assert.Equal((FileKind.Special, true), (entry.Kind, entry.Explicit));
        Assert.Contains(description, entry.Problem);

        FileContent content = RunWithin(() => BoundedFileReader.Read(entry.Path, 1024));
        Assert.Equal(FileContentKind.NotAFile, content.Kind);
        Assert.Contains(description + ", which is never opened", content.Reason);

        // Through the pipeline, as the CLI and the task run it: a located PL0010.
        var pipeline = new PromptFilePipeline(ConfigCascade.None, new DiskFileHost());
        FileOutcome outcome = RunWithin(() => pipeline.Lint(new CandidateFile(entry.Path, isExplicit: true)));
        Finding finding = Assert.Single(outcome.Findings);
        Assert.Equal(("PL0010", 1, 1), (finding.RuleId, finding.Position.Start.Line, finding.Position.Start.Column));
        Assert.Contains(description, finding.Message);
    }

    [Fact]
    public void The_reader_stops_one_byte_past_the_limit_whatever_the_file_claims()
    {
        if (OperatingSystem.IsWindows()) return;
        // /proc files claim a length of 0 and have content (some block when read): since issue #18 they are not read at all.
        FileContent proc = BoundedFileReader.Read("/proc/self/status", FileKind.Regular, 16);
        Assert.Equal(FileContentKind.NotAFile, proc.Kind);
        Assert.Contains("virtual file system", proc.Reason);

        string big = Write("big.md", new string('x', 100));
        FileContent claimed = BoundedFileReader.Read(big, 16);
        Assert.Equal((FileContentKind.TooLarge, 100L), (claimed.Kind, claimed.Length));

        string fits = Write("fits.md", new string('y', 16));
        FileContent content = BoundedFileReader.Read(fits, 16);
        Assert.Equal(16, content.Bytes!.Length);
    }

    [Fact]
    public void A_missing_explicit_path_is_reported_as_missing_and_a_dangling_link_as_PL0010()
    {
        var missing = new List<string>();
        FileWalk.Expand(["nope.md"], _root, IsPrompt, Skipped, missing);
        Assert.Equal(["nope.md"], missing);
        if (OperatingSystem.IsWindows()) return;
        Link("dangling.md", "nowhere.md");
        WalkEntry entry = Assert.Single(Walk("dangling.md"));
        Assert.Equal(FileKind.Missing, entry.Kind);
        Assert.Equal(FileContentKind.Unreadable, BoundedFileReader.Read(entry.Path, entry.Kind, 1024).Kind);
    }
}
