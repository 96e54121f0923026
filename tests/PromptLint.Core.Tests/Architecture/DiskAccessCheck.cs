using Mono.Cecil;

namespace PromptLint.Core.Tests.Architecture;

/// <summary>
/// Core promises no file IO (hosts pass text in): no reference to a framework type that opens, lists or probes files or
/// folders, and no P/Invoke. <c>System.IO.Path</c>, streams and readers over memory stay allowed.
/// </summary>
internal static class DiskAccessCheck
{
    private static readonly HashSet<string> DiskTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "System.IO.FileSystemInfo", "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.IO.RandomAccess",
        "System.IO.FileStreamOptions", "System.IO.EnumerationOptions", "Microsoft.Win32.SafeHandles.SafeFileHandle",
    };

    public static IReadOnlyList<string> Violations(ModuleDefinition module) =>
    [
        .. TypeReferences.OutsideOf(module)
            .Where(e => DiskTypes.Contains(e.To) || e.To.StartsWith("System.IO.Enumeration.", StringComparison.Ordinal))
            .Select(e => $"disk access: {e}"),
        .. TypeReferences.PlatformInvokes(module).Select(method => $"P/Invoke: {method}"),
    ];
}
