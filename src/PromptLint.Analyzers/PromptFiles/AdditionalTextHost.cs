using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Pipeline;

namespace PromptLint.Analyzers.PromptFiles;

/// <summary>
/// The pipeline's view of a compilation's AdditionalFiles: the analyzer never touches the disk. "Exists" means
/// "is among the AdditionalFiles", which is what the package passes for the project.
/// </summary>
internal sealed class AdditionalTextHost : IPromptFileHost
{
    private readonly Dictionary<string, AdditionalText> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationToken _cancellationToken;

    public AdditionalTextHost(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        foreach (AdditionalText file in files)
        {
            _byPath[Normalize(file.Path)] = file;
        }
    }

    public FileContent Read(string path, int maxBytes)
    {
        if (!_byPath.TryGetValue(Normalize(path), out AdditionalText? file) || file.GetText(_cancellationToken) is not { } text)
        {
            return FileContent.Unreadable("the compiler could not read it");
        }

        return text.Length > maxBytes ? FileContent.TooLarge(text.Length) : FileContent.FromText(text.ToString(), text.Encoding);
    }

    public string? ReadCompanion(string path) =>
        _byPath.TryGetValue(Normalize(path), out AdditionalText? file) ? file.GetText(_cancellationToken)?.ToString() : null;

    public bool Exists(string path) => _byPath.ContainsKey(Normalize(path));

    private static string Normalize(string path) => path.Replace('\\', '/');
}
