using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PromptLint.Hosting;

/// <summary>
/// The file system type under a path, from a mount table in <c>/proc/self/mountinfo</c>'s format, read once by its
/// owner (<see cref="VirtualFileSystems"/>, one per run). <see cref="DriveInfo"/> reads and parses the whole table again
/// for every path it is asked about; where there is no table (not Linux), each path is asked that way.
/// </summary>
internal sealed class MountTable
{
    private const string MountInfoPath = "/proc/self/mountinfo";

    private readonly List<(string MountPoint, string Type)> _mounts;

    private MountTable(List<(string MountPoint, string Type)> mounts) => _mounts = mounts;

    /// <summary>This process's mount table, or null where there is none to read (not Linux).</summary>
    public static MountTable? ReadForProcess() => TryRead(MountInfoPath);

    /// <summary>Where there is no mount table: what <see cref="DriveInfo"/> says of the path, or null.</summary>
    public static string? DriveFormatOf(string resolvedPath)
    {
        try
        {
            return new DriveInfo(resolvedPath).DriveFormat;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The table in mountinfo's format (proc(5)); null when it holds no usable line.</summary>
    public static MountTable? Parse(string mountInfo)
    {
        var mounts = new List<(string, string)>();
        foreach (string line in mountInfo.Split('\n'))
        {
            // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw": the fifth field is the mount point,
            // the first field after the lone "-" the file system type; optional fields sit between the two.
            string[] fields = line.Split(' ');
            int separator = fields.Length > 7 ? Array.IndexOf(fields, "-", 6) : -1;
            if (separator < 0 || separator + 1 >= fields.Length || !fields[4].StartsWith("/", StringComparison.Ordinal))
            {
                continue;
            }

            mounts.Add((Unescape(fields[4]), fields[separator + 1]));
        }

        return mounts.Count == 0 ? null : new MountTable(mounts);
    }

    /// <summary>The type of the innermost mount holding the path; a later mount on the same point hides an earlier one.</summary>
    public string? TypeOf(string resolvedPath)
    {
        string? type = null;
        int longest = -1;
        foreach ((string mountPoint, string mountType) in _mounts)
        {
            if (mountPoint.Length >= longest && Holds(mountPoint, resolvedPath))
            {
                longest = mountPoint.Length;
                type = mountType;
            }
        }

        return type;
    }

    private static bool Holds(string mountPoint, string path) =>
        mountPoint == "/"
        || path.Equals(mountPoint, StringComparison.Ordinal)
        || (path.StartsWith(mountPoint, StringComparison.Ordinal) && path.Length > mountPoint.Length && path[mountPoint.Length] == '/');

    private static MountTable? TryRead(string path)
    {
        if (Path.DirectorySeparatorChar != '/' || !File.Exists(path))
        {
            return null;
        }

        try
        {
            // The kernel writes this file; it is the one procfs file a host reads (it reports a length of 0: read to the end).
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>mountinfo writes space, tab, newline and backslash in a path as three octal digits after a backslash.</summary>
    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && IsOctal(field, i + 1))
            {
                text.Append((char)(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0')));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }

    private static bool IsOctal(string field, int start)
    {
        if (start + 2 >= field.Length)
        {
            return false;
        }

        for (int i = start; i < start + 3; i++)
        {
            if (field[i] < '0' || field[i] > '7')
            {
                return false;
            }
        }

        return true;
    }
}
