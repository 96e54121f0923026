using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PromptLint.Hosting;

/// <summary>What a path is, found without opening it (opening a FIFO blocks; reading a device never ends).</summary>
public enum FileKind
{
    /// <summary>Nothing there (or a symbolic link whose target is missing).</summary>
    Missing,
    Regular,
    Directory,
    /// <summary>A FIFO, socket, character or block device: never opened.</summary>
    Special,
    /// <summary>The file type could not be determined; hosts open it only if it is empty by its length (see <see cref="FileProbe"/>).</summary>
    Unknown,
}

/// <summary>
/// Host-side (the lint path never calls this): the type of a file system entry, with or without following a
/// symbolic link. .NET does not expose FIFOs, sockets and devices on Unix, so on Unix this asks the runtime's own
/// native shim (<c>SystemNative_Stat</c>/<c>SystemNative_LStat</c> in libSystem.Native, which ships with every
/// .NET since Core 2.0 and reports the type bits in portable constants); on Windows file attributes are enough.
/// Where neither works (an exotic runtime) the kind is <see cref="FileKind.Unknown"/>.
/// </summary>
public static class FileProbe
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharDevice = 0x2000, DirectoryBits = 0x4000, BlockDevice = 0x6000, RegularBits = 0x8000, LinkBits = 0xA000, Socket = 0xC000;
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    private static bool _nativeUnavailable;

    [ThreadStatic]
    private static byte[]? _statusBuffer;

    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind KindOf(string path) => Probe(path, followLinks: true, out _);

    /// <summary>The kind of the entry itself; <paramref name="isLink"/> tells whether it is a symbolic link (then the kind is its target's).</summary>
    public static FileKind KindOfEntry(string path, out bool isLink)
    {
        FileKind own = Probe(path, followLinks: false, out isLink);
        return isLink ? Probe(path, followLinks: true, out _) : own;
    }

    /// <summary>Whether <paramref name="path"/> is itself a symbolic link (false when nothing is there).</summary>
    public static bool IsLink(string path)
    {
        Probe(path, followLinks: false, out bool isLink);
        return isLink;
    }

    /// <summary>A short description of a special file for messages ("a FIFO (named pipe)", …), or null.</summary>
    public static string? DescribeSpecial(string path)
    {
        if (IsWindows || _nativeUnavailable || !TryStat(path, followLinks: true, out int mode))
        {
            return null;
        }

        return (mode & TypeMask) switch
        {
            Fifo => "a FIFO (named pipe)",
            Socket => "a socket",
            CharDevice => "a character device",
            BlockDevice => "a block device",
            _ => null,
        };
    }

    private static FileKind Probe(string path, bool followLinks, out bool isLink)
    {
        isLink = false;
        if (!IsWindows && !_nativeUnavailable)
        {
            try
            {
                if (!TryStat(path, followLinks, out int mode))
                {
                    return FileKind.Missing;
                }

                switch (mode & TypeMask)
                {
                    case RegularBits: return FileKind.Regular;
                    case DirectoryBits: return FileKind.Directory;
                    case LinkBits:
                        isLink = true;
                        return FileKind.Unknown;
                    default: return FileKind.Special;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                _nativeUnavailable = true;
            }
        }

        return ByAttributes(path, followLinks, out isLink);
    }

    private static FileKind ByAttributes(string path, bool followLinks, out bool isLink)
    {
        isLink = false;
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileKind.Missing;
        }

        isLink = (attributes & FileAttributes.ReparsePoint) != 0;
        if (isLink && followLinks && !Directory.Exists(path) && !File.Exists(path))
        {
            return FileKind.Missing;
        }

        if ((attributes & FileAttributes.Directory) != 0)
        {
            return FileKind.Directory;
        }

        return IsWindows && (attributes & FileAttributes.Device) == 0 ? FileKind.Regular : FileKind.Unknown;
    }

    private static bool TryStat(string path, bool followLinks, out int mode)
    {
        // FileStatus starts with two ints, Flags and Mode, in every runtime version; the rest is not read. One buffer
        // per thread: a walk stats every entry it meets.
        byte[] status = _statusBuffer ??= new byte[512];
        int result = followLinks ? NativeStat(path, status) : NativeLStat(path, status);
        mode = BitConverter.ToInt32(status, 4);
        return result == 0;
    }

    /// <summary>
    /// The canonical path with every symbolic link resolved, or null when it cannot be resolved here (Windows, no
    /// native shim, a dangling link). Callers that get null must not follow the link.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (IsWindows || _nativeUnavailable)
        {
            return null;
        }

        try
        {
            IntPtr resolved = NativeRealPath(path);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Utf8String(resolved);
            }
            finally
            {
                NativeFree(resolved);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            _nativeUnavailable = true;
            return null;
        }
    }

    private static string Utf8String(IntPtr p)
    {
        int length = 0;
        while (Marshal.ReadByte(p, length) != 0)
        {
            length++;
        }

        byte[] bytes = new byte[length];
        Marshal.Copy(p, bytes, 0, length);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern IntPtr NativeRealPath(string path);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static extern void NativeFree(IntPtr pointer);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int NativeStat(string path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int NativeLStat(string path, byte[] status);
}
