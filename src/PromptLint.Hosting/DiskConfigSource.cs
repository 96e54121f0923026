using System.IO;
using PromptLint.Configuration;

namespace PromptLint.Hosting;

/// <summary>
/// promptlint.yaml files on disk, for the hosts that read the disk (CLI, MSBuild task). The lint path and the
/// analyzer never use this: the analyzer finds configuration files among its AdditionalFiles.
/// </summary>
public sealed class DiskConfigSource : IConfigSource
{
    public ConfigFileText? FindIn(string folder)
    {
        foreach (string name in new[] { ConfigParser.FileName, ConfigParser.HiddenFileName })
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return Read(candidate);
            }
        }

        return null;
    }

    /// <summary>
    /// A configuration file through the bounded reader: a FIFO, a device or a file over
    /// <see cref="Limits.InputLimits.MaxConfigBytes"/> is a <see cref="ConfigFileText.Unreadable"/> (a PL0001), never a hang.
    /// </summary>
    public static ConfigFileText Read(string path)
    {
        string? text = BoundedFileReader.ReadSmallText(path, Limits.InputLimits.MaxConfigBytes, out string? problem);
        return text is null ? ConfigFileText.Unreadable(path, problem ?? "unknown error") : new ConfigFileText(path, text);
    }

    public bool IsRepositoryRoot(string folder)
    {
        string git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }
}
