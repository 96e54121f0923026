using System.Reflection;
using PromptLint.Diagnostics;

namespace PromptLint.Cli.Reporting;

internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The project's home (SARIF <c>informationUri</c>), or null while the build names none.</summary>
    public static string? InformationUri => RepositoryLinks.Current.RepositoryUrl;
}
