using System;
using System.Linq;
using System.Reflection;

namespace PromptLint.Diagnostics;

/// <summary>
/// Every link PromptLint emits (rule help links, SARIF <c>informationUri</c>, schema <c>$id</c>, init's
/// <c>$schema</c>) derives from one build property, <c>PromptLintRepositoryUrl</c> (Directory.Build.props), stamped
/// into this assembly as <see cref="AssemblyMetadataAttribute"/>s. While it is empty there are no links: a host
/// leaves the field out rather than point at a page that is not this project's.
/// </summary>
public sealed class RepositoryLinks
{
    private readonly string? _filesUrl;
    private readonly string? _rawFilesUrl;

    /// <param name="repositoryUrl">The project's home; null or empty: no links at all.</param>
    /// <param name="filesUrl">Where a repository file is shown (rule pages); default <c>{repositoryUrl}/blob/main</c>.</param>
    /// <param name="rawFilesUrl">Where a repository file's raw content is served (schemas); default <c>{repositoryUrl}/raw/main</c>.</param>
    public RepositoryLinks(string? repositoryUrl, string? filesUrl = null, string? rawFilesUrl = null)
    {
        RepositoryUrl = Clean(repositoryUrl);
        _filesUrl = RepositoryUrl is null ? null : Clean(filesUrl) ?? RepositoryUrl + "/blob/main";
        _rawFilesUrl = RepositoryUrl is null ? null : Clean(rawFilesUrl) ?? RepositoryUrl + "/raw/main";
    }

    /// <summary>The links of this build of PromptLint.</summary>
    public static RepositoryLinks Current { get; } = FromAssembly(typeof(RepositoryLinks).Assembly);

    /// <summary>The project's home, or null while the build sets none.</summary>
    public string? RepositoryUrl { get; }

    /// <summary>The page of a rule (<c>rules/PL1001.md</c>), or null.</summary>
    public string? RulePage(string ruleId) => _filesUrl is null ? null : _filesUrl + "/rules/" + ruleId + ".md";

    /// <summary>The raw address of a schema in <c>schemas/</c> (its <c>$id</c>, and what editors fetch), or null.</summary>
    public string? Schema(string fileName) => _rawFilesUrl is null ? null : _rawFilesUrl + "/schemas/" + fileName;

    internal static RepositoryLinks FromAssembly(Assembly assembly)
    {
        var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return new RepositoryLinks(Value("PromptLintRepositoryUrl"), Value("PromptLintFilesUrl"), Value("PromptLintRawFilesUrl"));

        string? Value(string key) => metadata.TryGetValue(key, out string? value) ? value : null;
    }

    private static string? Clean(string? url) => string.IsNullOrWhiteSpace(url) ? null : url!.Trim().TrimEnd('/');
}
