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
                return new ConfigFileText(candidate, File.ReadAllText(candidate));
            }
        }

        return null;
    }

    public bool IsRepositoryRoot(string folder)
    {
        string git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }
}
