using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Rules;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// PL5009: a prompt file or prompt directory the code loads by a known path inside the project — <c>File.ReadAllText</c>
/// of a file the package's default globs would list, a Prompty file (<c>CreateFunctionFromPromptyFile</c>), a plugin
/// directory (<c>CreatePluginFromPromptDirectory</c>, <c>ImportPluginFromPromptDirectory</c>, <c>AddFromPromptDirectory</c>)
/// — that names no AdditionalFile, or one the build does not copy to the output folder.
/// </summary>
internal static class LoadedPaths
{
    private const string Sk = "Microsoft.SemanticKernel.";

    public static bool IsReadAllText(IMethodSymbol method) => CodeValues.Is(method, "System.IO.File", "ReadAllText", "ReadAllTextAsync", "ReadAllLines", "ReadAllLinesAsync", "OpenText");

    /// <summary>The problem with the path a call loads, as a message, and the argument it is written at; null when there is none or nothing is known.</summary>
    public static (string Message, Location At)? Check(IInvocationOperation call, ProjectPromptIndex index)
    {
        if (index.ProjectDirectory is null)
        {
            return null;
        }

        IMethodSymbol method = call.TargetMethod;
        if (IsReadAllText(method))
        {
            return CheckFile(CodeValues.Argument(call, "path"), index);
        }

        if (EmbeddedPrompts.IsResourceRead(method))
        {
            return EmbeddedPrompts.Check(CodeValues.Argument(call, "name"), index);
        }

        if (CodeValues.Is(method, Sk + "PromptyKernelExtensions", "CreateFunctionFromPromptyFile"))
        {
            return CheckFile(CodeValues.Argument(call, "promptyFilePath"), index);
        }

        return CodeValues.Is(method, Sk + "KernelExtensions", "CreatePluginFromPromptDirectory", "ImportPluginFromPromptDirectory", "AddFromPromptDirectory")
            ? CheckDirectory(CodeValues.Argument(call, "pluginDirectory"), index)
            : null;
    }

    private static (string, Location)? CheckFile(IOperation? argument, ProjectPromptIndex index)
    {
        if (CodeValues.ProjectPath(argument) is not { } path)
        {
            return null;
        }

        if (index.FileAt(path) is { } file)
        {
            return Output(path, index.OutputOf(file), argument!);
        }

        if (!index.DefaultFilesOn || !ProjectPaths.DefaultGlobsCover(path))
        {
            return null; // a file the package would not list may well exist
        }

        string? closest = ClosestSibling(path, index);
        return ($"'{path}' names no prompt file of the project, so loading it fails at run time{(closest is null ? string.Empty : $"; did you mean '{closest}'?")}", argument!.Syntax.GetLocation());
    }

    /// <summary>The project file in the same folder whose name is a likely misspelling of the path's, compared by name; none in crowded folders.</summary>
    private static string? ClosestSibling(string path, ProjectPromptIndex index)
    {
        const int MaxSiblings = 100;
        string folder = ProjectPaths.Parent(path);
        var siblings = index.RelativePaths.Where(p => ProjectPaths.Parent(p).Equals(folder, System.StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Substring(folder.Length)).Take(MaxSiblings + 1).ToList();
        return siblings.Count <= MaxSiblings && EditDistance.Closest(path.Substring(folder.Length), siblings) is { } name ? folder + name : null;
    }

    private static (string, Location)? CheckDirectory(IOperation? argument, ProjectPromptIndex index)
    {
        if (CodeValues.ProjectPath(argument) is not { } directory)
        {
            return null;
        }

        List<AdditionalText> prompts = index.FilesUnder(directory).Where(f => System.IO.Path.GetFileName(f.Path) == "skprompt.txt").ToList();
        if (prompts.Count == 0)
        {
            return index.DefaultFilesOn
                ? ($"'{directory}' holds no skprompt.txt of the project, so the plugin loads no prompt function (or the folder does not exist at run time)", argument!.Syntax.GetLocation())
                : null;
        }

        foreach (AdditionalText prompt in prompts)
        {
            string relative = ProjectPaths.Normalize(prompt.Path).Substring(index.ProjectDirectory!.Length);
            if (Output(relative, index.OutputOf(prompt), argument!) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static (string, Location)? Output(string path, OutputState state, IOperation argument) => state switch
    {
        OutputState.NotCopied => ($"'{path}' is in the project but not copied to the output folder, so the program fails to load it when it runs from there; set CopyToOutputDirectory=\"PreserveNewest\" on it", argument.Syntax.GetLocation()),
        OutputState.Embedded => ($"'{path}' is an embedded resource, not a file in the output folder; read it with GetManifestResourceStream or set CopyToOutputDirectory=\"PreserveNewest\" on it", argument.Syntax.GetLocation()),
        _ => null,
    };
}
