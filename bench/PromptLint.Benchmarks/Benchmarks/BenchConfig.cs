using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PromptLint.Benchmarks.Corpus;

namespace PromptLint.Benchmarks.Benchmarks;

/// <summary>
/// Default BenchmarkDotNet config plus the memory diagnoser and three columns computed from the input size:
/// input bytes, MB/s (1 MB = 1,000,000 bytes; input bytes / mean time) and allocated bytes per input byte.
/// Jobs come from the command line (<c>--job short</c>, <c>--affinity 1</c>, …); the default job is BDN's default.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new InputBytesColumn(), new ThroughputColumn(), new AllocatedPerInputByteColumn())
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30))
        .WithOption(ConfigOptions.JoinSummary, false);
}

/// <summary>How many input bytes one operation of a benchmark case lints (UTF-8 file bytes).</summary>
internal static class InputSize
{
    private static readonly ConcurrentDictionary<string, long> Cache = new();

    public static long For(BenchmarkCase benchmark)
    {
        string key = benchmark.Descriptor.Type.Name + "/" + benchmark.Parameters.DisplayInfo;
        return Cache.GetOrAdd(key, _ => Compute(benchmark));
    }

    private static long Compute(BenchmarkCase benchmark)
    {
        Type type = benchmark.Descriptor.Type;
        if (type == typeof(CorpusThroughputBenchmarks))
        {
            return CorpusLoader.TotalBytes(CorpusLoader.Load(BenchPaths.MainCorpus));
        }

        if (type == typeof(ScalingBenchmarks))
        {
            var kind = Enum.Parse<FileKind>((string)benchmark.Parameters["Format"]);
            int scale = (int)benchmark.Parameters["Scale"];
            return ScaledPrompts.Get(kind, scale).Bytes.Length;
        }

        if (type == typeof(AdversarialBenchmarks))
        {
            AdversarialInputs.Case c = AdversarialInputs.Find((string)benchmark.Parameters["Case"]);
            return System.Text.Encoding.UTF8.GetByteCount(AdversarialInputs.Text(c, AdversarialInputs.BenchmarkSize(c)));
        }

        return 0;
    }
}

internal abstract class InputColumnBase : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => ColumnName;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long bytes = InputSize.For(benchmarkCase);
        BenchmarkReport? report = summary[benchmarkCase];
        return bytes <= 0 || report is null ? "-" : Format(bytes, report, benchmarkCase);
    }

    protected abstract string Format(long inputBytes, BenchmarkReport report, BenchmarkCase benchmarkCase);
}

internal sealed class InputBytesColumn : InputColumnBase
{
    public override string Id => "PromptLint.InputBytes";

    public override string ColumnName => "Input bytes";

    protected override string Format(long inputBytes, BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        inputBytes.ToString("N0", CultureInfo.InvariantCulture);
}

internal sealed class ThroughputColumn : InputColumnBase
{
    public override string Id => "PromptLint.Throughput";

    public override string ColumnName => "MB/s";

    protected override string Format(long inputBytes, BenchmarkReport report, BenchmarkCase benchmarkCase)
    {
        double? meanNs = report.ResultStatistics?.Mean;
        return meanNs is null or <= 0 ? "-" : (inputBytes / 1e6 / (meanNs.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }
}

internal sealed class AllocatedPerInputByteColumn : InputColumnBase
{
    public override string Id => "PromptLint.AllocPerByte";

    public override string ColumnName => "Alloc/byte";

    protected override string Format(long inputBytes, BenchmarkReport report, BenchmarkCase benchmarkCase)
    {
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is null ? "-" : ((double)allocated.Value / inputBytes).ToString("F1", CultureInfo.InvariantCulture);
    }
}
