using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Rules;

namespace PromptLint.MSBuild;

/// <summary>
/// In C# projects, before the compiler reads the AdditionalFiles: refuses the files the compiler must never open. A
/// FIFO would block csc for ever, a link to /dev/zero would make it read until it runs out of memory, and a file
/// over <c>maxFileBytes</c> would be read whole only for the analyzer to refuse it. Such files are taken out of
/// AdditionalFiles (<see cref="Refused"/>) and answered here through the same pipeline the CLI uses, without
/// opening them: PL0010 for a named special file, PL0013 for an oversized prompt, nothing for a default-glob file
/// that is not a prompt. Only file types and lengths are read, so it runs on every build.
/// </summary>
public sealed class ScreenPromptLintFiles : Task
{
    /// <summary>The prompt files (PromptLintFile items).</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Configuration, app settings and eval files the analyzer reads: special ones are refused quietly.</summary>
    public ITaskItem[] SupportFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: each file's cascade.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The files to take out of AdditionalFiles.</summary>
    [Output]
    public ITaskItem[] Refused { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var refused = new List<ITaskItem>();
        foreach (ITaskItem support in SupportFiles)
        {
            FileKind kind = FileProbe.KindOf(Path.GetFullPath(support.ItemSpec));
            if (kind is FileKind.Special or FileKind.Directory || (kind == FileKind.Unknown && new FileInfo(support.ItemSpec).Length == 0))
            {
                refused.Add(support);
            }
        }

        ConfigCascade? cascade = null;
        PromptFilePipeline? pipeline = null;
        foreach (ITaskItem file in Files)
        {
            string path = Path.GetFullPath(file.ItemSpec);
            FileKind kind = FileProbe.KindOf(path);
            bool special = kind is FileKind.Special or FileKind.Directory || (kind == FileKind.Unknown && new FileInfo(path).Length == 0);
            if (!special && kind != FileKind.Regular && kind != FileKind.Unknown)
            {
                continue; // missing: the compiler reports it, and the analyzer gets no text
            }

            cascade ??= ProjectConfigs.Cascade(ConfigFile);
            if (!special)
            {
                if (cascade.HasErrorsFor(path) || new FileInfo(path).Length <= cascade.SettingsFor(path).Option(RuleCatalog.InputTooLarge, "maxFileBytes"))
                {
                    continue;
                }
            }

            refused.Add(file);
            pipeline ??= new PromptFilePipeline(cascade, new DiskFileHost());
            bool isExplicit = string.Equals(file.GetMetadata(LintPromptFiles.ExplicitMetadata), "true", StringComparison.OrdinalIgnoreCase);
            foreach (Finding finding in pipeline.Lint(new CandidateFile(path, isExplicit)).Findings)
            {
                TaskLogging.Log(Log, finding, path);
            }
        }

        Refused = refused.ToArray();
        return !Log.HasLoggedErrors;
    }
}
