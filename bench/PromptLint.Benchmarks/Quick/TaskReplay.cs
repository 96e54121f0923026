using System.Collections;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.MSBuild;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// The MSBuild task <c>LintPromptFiles</c> over a generated folder, in this process with a silent build engine: the
/// first run (no cache), a replay with nothing changed, and a run after one file changed — what an incremental build
/// pays for editing one prompt.
/// </summary>
internal static class TaskReplay
{
    public static void PrintCurve(Dictionary<int, string> folders, int runs)
    {
        Console.WriteLine();
        Console.WriteLine($"MSBuild task LintPromptFiles in process, median of {runs} runs (first run: once)");
        Console.WriteLine("| prompts | first run (s) | nothing changed (s) | one file changed (s) | files linted after the change |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach ((int count, string folder) in folders)
        {
            ITaskItem[] files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            string cache = Path.Combine(Path.GetTempPath(), $"promptlint-scale-{count}.cache");
            File.Delete(cache);
            double first = Time(files, cache).Seconds;
            double unchanged = ScaleRunner.Median(Enumerable.Range(0, runs).Select(_ => Time(files, cache).Seconds));
            string edited = files[files.Length / 2].ItemSpec;
            var changed = Enumerable.Range(0, runs).Select(i =>
            {
                File.AppendAllText(edited, $"\nEdit {i}: keep answers short.\n");
                return Time(files, cache);
            }).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {first:0.00} | {unchanged:0.000} | {ScaleRunner.Median(changed.Select(c => c.Seconds)):0.000} | {changed.Last().Linted:N0} |"));
        }
    }

    private static (double Seconds, int Linted) Time(ITaskItem[] files, string cache)
    {
        var task = new LintPromptFiles { Files = files, CacheFile = cache, BuildEngine = new SilentEngine() };
        var sw = Stopwatch.StartNew();
        task.Execute();
        return (sw.Elapsed.TotalSeconds, task.LintedCount);
    }

    private sealed class SilentEngine : IBuildEngine
    {
        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
