using System.Reflection;

namespace PromptLint.Cli.Reporting;

internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public const string InformationUri = "https://github.com/promptlint/promptlint";
}
