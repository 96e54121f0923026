namespace PromptLint.Configuration;

/// <summary>
/// How a host finds promptlint.yaml files for <see cref="ConfigCascade"/>: on disk (CLI, MSBuild task) or among
/// a compilation's AdditionalFiles (analyzer). Folders are full paths without a trailing separator.
/// </summary>
public interface IConfigSource
{
    /// <summary>The configuration file in <paramref name="folder"/> (promptlint.yaml before .promptlint.yaml), or null.</summary>
    ConfigFileText? FindIn(string folder);

    /// <summary>Whether <paramref name="folder"/> is a repository root (it holds <c>.git</c>); the cascade stops there.</summary>
    bool IsRepositoryRoot(string folder);
}

/// <summary>A configuration file's full path and text, as the host read it.</summary>
public sealed class ConfigFileText
{
    public ConfigFileText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    private ConfigFileText(string path, string text, string readProblem)
        : this(path, text) => ReadProblem = readProblem;

    /// <summary>A configuration file that exists but could not be read as text (a FIFO, a device, over the size limit): a PL0001.</summary>
    public static ConfigFileText Unreadable(string path, string reason) => new(path, string.Empty, reason);

    public string Path { get; }

    public string Text { get; }

    /// <summary>Why the host could not read the file; null when <see cref="Text"/> is its content.</summary>
    public string? ReadProblem { get; }
}
