using PromptLint.Hosting;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>
/// The host's virtual-file-system check reads the mount table once per run and resolves each folder once
/// (docs/performance.md); these keep what it decides the same as asking the kernel for every file.
/// </summary>
public sealed class VirtualFileSystemsTests : IDisposable
{
    private const string MountInfo =
        "22 27 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n" +
        "27 1 259:1 / / rw,relatime shared:1 - ext4 /dev/root rw\n" +
        "40 27 0:35 / /work rw,relatime - overlay overlay rw,lowerdir=/a\n" +
        "41 40 0:21 / /work/repo/stats rw,relatime - proc proc rw\n" +
        "42 40 0:36 / /work/my\\040space rw - sysfs sysfs rw\n" +
        "43 40 0:37 / /work/stacked rw - sysfs sysfs rw\n" +
        "44 40 0:38 / /work/stacked rw - ext4 /dev/sdb rw\n" +
        "not a mount line\n";

    private readonly string _root = Directory.CreateTempSubdirectory("promptlint-vfs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("/work/repo/prompts/a.prompty", "overlay")]
    [InlineData("/work/repo/stats/cpu", "proc")]
    [InlineData("/work/repo/stats", "proc")]
    [InlineData("/work/repo/statsfile", "overlay")]
    [InlineData("/work/my space/x", "sysfs")]
    [InlineData("/work/stacked/x", "ext4")]
    [InlineData("/etc/hosts", "ext4")]
    [InlineData("/proc/self/status", "proc")]
    public void The_innermost_mount_names_the_file_system(string path, string expected)
    {
        MountTable table = MountTable.Parse(MountInfo)!;

        Assert.Equal(expected, table.TypeOf(path));
    }

    [Fact]
    public void A_table_without_a_mount_line_is_no_table()
    {
        Assert.Null(MountTable.Parse("garbage\n\n1 2 3\n"));
    }

    [Fact]
    public void Files_in_one_folder_are_judged_as_the_kernel_judges_each_of_them()
    {
        if (OperatingSystem.IsWindows()) return;
        string plain = Path.Combine(_root, "plain.txt");
        File.WriteAllText(plain, "x");
        string toProc = Path.Combine(_root, "status");
        File.CreateSymbolicLink(toProc, "/proc/self/status");
        string folderLink = Path.Combine(_root, "kernel");
        Directory.CreateSymbolicLink(folderLink, "/proc/self");
        var check = new VirtualFileSystems();

        // The same instance, asked in both orders: the folder it resolved for the first must not decide for a link.
        Assert.False(check.Holds(plain));
        Assert.True(check.Holds(toProc));
        Assert.False(check.Holds(plain));
        Assert.True(check.Holds(Path.Combine(folderLink, "status")));
        Assert.True(check.Holds(Path.Combine(_root, "kernel", "..", "self", "status"))); // ".." after a link, as the kernel walks it
        Assert.True(check.Holds("/dev/null"));
    }
}
