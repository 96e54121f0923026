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

    public string Path { get; }

    public string Text { get; }
}
