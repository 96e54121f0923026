using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Readers;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Configuration;

/// <summary>
/// Reads promptlint.yaml into typed settings. The YAML node tree is walked by hand (no type is ever
/// instantiated from the file), so every mistake is reported at its own line and column: wrong types and bad
/// severity words are PL0001 errors; unknown keys, rule IDs and options are PL0002 warnings.
/// </summary>
public static class ConfigParser
{
    public const string FileName = "promptlint.yaml";
    public const string HiddenFileName = ".promptlint.yaml";

    /// <summary>The keys a promptlint.yaml may have at the top level.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } = new[] { "root", "extends", "rules", "include", "exclude", "overrides", "models", "usage", "retirements" };

    /// <summary>The keys a <c>models:</c> entry may have.</summary>
    public static IReadOnlyList<string> ModelKeys { get; } = new[] { "baseline", "evaluation", "training", "validation", "metric", "task", "minImprovement", "better", "regression" };

    /// <summary>The keys a <c>models:</c> entry's <c>regression:</c> (its general-ability eval) may have.</summary>
    public static IReadOnlyList<string> RegressionKeys { get; } = new[] { "base", "fineTune", "metric", "tolerance", "better" };

    /// <summary>Parses a file as a host read it; one the host could not read is a PL0001 at its first line.</summary>
    public static ConfigParseResult Parse(ConfigFileText file) =>
        file.ReadProblem is { } problem
            ? new ConfigParseResult(file.Path, null, new[]
            {
                new Finding(MalformedConfiguration.Rule, Severity.Error, file.Path, new TextSpan(0, 0),
                    new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 1)), $"{FileName} could not be read: {problem}; replace it with a regular YAML file"),
            })
            : Parse(file.Path, file.Text);

    public static ConfigParseResult Parse(string path, string text) => new Parser(new SourceText(path, LineBreaks.NormalizeLoneCarriageReturns(text))).Run();

    private sealed class Parser
    {
        private readonly SourceText _source;
        private readonly List<(RuleDescriptor Rule, TextSpan Span, string Message)> _problems = new();
        private YamlSource _yaml = null!;

        public Parser(SourceText source) => _source = source;

        public ConfigParseResult Run()
        {
            _yaml = YamlSource.Parse(_source, _source.ContentStart, _source.Length - _source.ContentStart, "promptlint.yaml",
                (span, message) => Error(span, message.Replace("promptlint.yaml is not valid YAML: ", "not valid YAML: ")));
            if (_problems.Count > 0)
            {
                return Result(null);
            }

            YamlMappingNode? root = _yaml.Root;
            bool isRoot = false;
            string extends = Presets.Recommended;
            bool extendsIsExplicit = false;
            var include = new List<Glob>();
            var exclude = new List<Glob>();
            var rules = new List<RuleSetting>();
            var overrides = new List<ConfigOverride>();
            var models = new List<ModelBaseline>();
            var usage = new List<UsageEntry>();
            RetirementSection retirements = RetirementSection.Empty;
            foreach (var entry in root.Entries())
            {
                string key = entry.Key.Value ?? string.Empty;
                YamlNode value = entry.Value;
                switch (key)
                {
                    case "root":
                        isRoot = Boolean(value, key);
                        break;
                    case "extends":
                        extends = Preset(value);
                        extendsIsExplicit = true;
                        break;
                    case "rules":
                        rules = Rules(value, "rules");
                        break;
                    case "include":
                        include = Globs(value, key);
                        break;
                    case "exclude":
                        exclude = Globs(value, key);
                        break;
                    case "overrides":
                        overrides = Overrides(value);
                        break;
                    case "models":
                        models = Models(value);
                        break;
                    case "usage":
                        usage = Usage(value);
                        break;
                    case "retirements":
                        retirements = Retirements(value);
                        break;
                    default:
                        Warn(_yaml.SpanOf(entry.Key), $"unknown top-level key '{key}'; known keys are {string.Join(", ", TopLevelKeys)}");
                        break;
                }
            }

            bool failed = _problems.Any(p => p.Rule == MalformedConfiguration.Rule);
            return Result(failed ? null : new PromptLintConfig(_source.Path, isRoot, extends, extendsIsExplicit, include, exclude, rules, overrides, models, usage, retirements));
        }

        private ConfigParseResult Result(PromptLintConfig? config)
        {
            LintSettings settings = config?.BaseSettings ?? LintSettings.Default;
            var findings = new List<Finding>();
            foreach (var (rule, span, message) in _problems)
            {
                Severity severity = rule == MalformedConfiguration.Rule ? Severity.Error : settings.SeverityOf(rule);
                if (severity != Severity.None)
                {
                    findings.Add(new Finding(rule, severity, _source.Path, span, _source.GetLinePositionSpan(span), message));
                }
            }

            findings.Sort(FindingOrder.Instance);
            return new ConfigParseResult(_source.Path, config, findings);
        }

        private bool Boolean(YamlNode node, string key)
        {
            string? value = Scalar(node, key, "true or false");
            switch (value?.ToLowerInvariant())
            {
                case "true": return true;
                case "false": return false;
                case null: return false;
                default:
                    Error(_yaml.SpanOf(node), $"'{key}' must be true or false, not '{value}'");
                    return false;
            }
        }

        private string Preset(YamlNode node)
        {
            string? name = Scalar(node, "extends", "a preset name");
            if (name is not null && !Presets.IsKnown(name))
            {
                Error(_yaml.SpanOf(node), $"unknown preset '{name}'; use {string.Join(", ", Presets.Names)}");
            }

            return name is not null && Presets.IsKnown(name) ? name : Presets.Recommended;
        }

        private List<RuleSetting> Rules(YamlNode node, string where)
        {
            var result = new List<RuleSetting>();
            if (!ExpectMapping(node, where))
            {
                return result;
            }

            foreach (var entry in node.Entries())
            {
                string id = entry.Key.Value ?? string.Empty;
                RuleDescriptor? rule = RuleCatalog.Find(id);
                if (rule is null)
                {
                    Warn(_yaml.SpanOf(entry.Key), $"unknown rule '{id}' in {where}; 'promptlint rules' lists the rule IDs");
                    continue;
                }

                if (entry.Value is YamlScalarNode scalar)
                {
                    if (ParseSeverity(scalar, rule) is { } severity)
                    {
                        result.Add(new RuleSetting(rule, severity, new Dictionary<string, int>()));
                    }
                }
                else if (entry.Value is YamlMappingNode mapping)
                {
                    result.Add(RuleMapping(rule, mapping));
                }
                else
                {
                    Error(_yaml.SpanOf(entry.Value), $"{rule.Id} must be a severity (error, warning, info, none) or a mapping with 'severity' and options");
                }
            }

            return result;
        }

        private RuleSetting RuleMapping(RuleDescriptor rule, YamlMappingNode mapping)
        {
            Severity? severity = null;
            var options = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in mapping.Entries())
            {
                string key = entry.Key.Value ?? string.Empty;
                if (key == "severity")
                {
                    severity = entry.Value is YamlScalarNode s ? ParseSeverity(s, rule) : Error<Severity?>(entry.Value, $"{rule.Id}.severity must be error, warning, info or none");
                }
                else if (rule.Options.ContainsKey(key))
                {
                    string? text = entry.Value.ScalarValue();
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                    {
                        options[key] = number;
                    }
                    else
                    {
                        Error(_yaml.SpanOf(entry.Value), $"{rule.Id}.{key} must be a whole number ≥ 0, not '{text ?? entry.Value.NodeType.ToString().ToLowerInvariant()}'");
                    }
                }
                else
                {
                    string known = rule.Options.Count == 0 ? "it has no options" : "its options are " + string.Join(", ", rule.Options.Keys);
                    Warn(_yaml.SpanOf(entry.Key), $"unknown option '{key}' for {rule.Id}; {known}");
                }
            }

            return new RuleSetting(rule, severity, options);
        }

        private Severity? ParseSeverity(YamlScalarNode node, RuleDescriptor rule)
        {
            if (SeverityNames.TryParse(node.Value, out Severity severity))
            {
                return severity;
            }

            Error(_yaml.SpanOf(node), $"'{node.Value}' is not a severity for {rule.Id}; use error, warning, info or none");
            return null;
        }

        private List<Glob> Globs(YamlNode node, string key)
        {
            var globs = new List<Glob>();
            IEnumerable<YamlNode> items = node is YamlScalarNode ? new[] { node } : node.Items();
            if (node is not YamlScalarNode and not YamlSequenceNode)
            {
                Error(_yaml.SpanOf(node), $"'{key}' must be a list of globs");
                return globs;
            }

            foreach (YamlNode item in items)
            {
                string? pattern = Scalar(item, key, "a glob string");
                if (pattern is null)
                {
                    continue;
                }

                if (Glob.TryParse(pattern, out Glob? glob, out string? error))
                {
                    globs.Add(glob!);
                }
                else
                {
                    Error(_yaml.SpanOf(item), $"bad glob in '{key}': {error}");
                }
            }

            return globs;
        }

        private List<ConfigOverride> Overrides(YamlNode node)
        {
            var result = new List<ConfigOverride>();
            if (node is not YamlSequenceNode)
            {
                Error(_yaml.SpanOf(node), "'overrides' must be a list of { files: [globs], rules: {…} } entries");
                return result;
            }

            foreach (YamlNode item in node.Items())
            {
                if (!ExpectMapping(item, "each overrides entry"))
                {
                    continue;
                }

                List<Glob>? files = null;
                var rules = new List<RuleSetting>();
                foreach (var entry in item.Entries())
                {
                    switch (entry.Key.Value)
                    {
                        case "files":
                            files = Globs(entry.Value, "files");
                            break;
                        case "rules":
                            rules = Rules(entry.Value, "overrides.rules");
                            break;
                        default:
                            Warn(_yaml.SpanOf(entry.Key), $"unknown key '{entry.Key.Value}' in an overrides entry; use 'files' and 'rules'");
                            break;
                    }
                }

                if (files is null)
                {
                    Error(_yaml.SpanOf(item), "an overrides entry needs 'files: [globs]'");
                    continue;
                }

                result.Add(new ConfigOverride(files, rules));
            }

            return result;
        }

        private List<ModelBaseline> Models(YamlNode node)
        {
            var result = new List<ModelBaseline>();
            if (!ExpectMapping(node, "models"))
            {
                return result;
            }

            foreach (var entry in node.Entries())
            {
                string id = entry.Key.Value ?? string.Empty;
                if (!ExpectMapping(entry.Value, $"models.{id}"))
                {
                    if (entry.Value is YamlScalarNode)
                    {
                        result.Add(new ModelBaseline(id, null, null, _source.Path, _yaml.SpanOf(entry.Key)) { Position = _source.GetLinePositionSpan(_yaml.SpanOf(entry.Key)) });
                    }

                    continue;
                }

                var paths = new Dictionary<string, string?>(StringComparer.Ordinal);
                var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
                string? metric = null;
                FineTuneTask task = FineTuneTask.Unspecified;
                double minImprovement = ModelBaseline.DefaultMinImprovement;
                bool higherIsBetter = true;
                RegressionEval? regression = null;
                foreach (var field in entry.Value.Entries())
                {
                    string key = field.Key.Value ?? string.Empty;
                    string where = $"models.\"{id}\".{key}";
                    spans[key] = _yaml.SpanOf(field.Value);
                    switch (key)
                    {
                        case "baseline" or "evaluation" or "training" or "validation":
                            paths[key] = Scalar(field.Value, where, "a file path");
                            break;
                        case "metric":
                            metric = Scalar(field.Value, where, "a metric name such as accuracy");
                            break;
                        case "task":
                            task = TaskKind(field.Value, where);
                            break;
                        case "minImprovement":
                            minImprovement = Improvement(field.Value, where);
                            break;
                        case "better":
                            higherIsBetter = Direction(field.Value, where);
                            break;
                        case "regression":
                            regression = Regression(field.Value, where, spans);
                            break;
                        default:
                            Warn(_yaml.SpanOf(field.Key), $"unknown key '{key}' for model '{id}'; use {string.Join(", ", ModelKeys)}");
                            break;
                    }
                }

                paths.TryGetValue("baseline", out string? baseline);
                paths.TryGetValue("evaluation", out string? evaluation);
                paths.TryGetValue("training", out string? training);
                paths.TryGetValue("validation", out string? validation);
                result.Add(new ModelBaseline(id, baseline, evaluation, _source.Path, _yaml.SpanOf(entry.Key))
                {
                    Training = training,
                    Validation = validation,
                    Metric = metric,
                    Task = task,
                    MinImprovement = minImprovement,
                    HigherIsBetter = higherIsBetter,
                    Regression = regression,
                    Position = _source.GetLinePositionSpan(_yaml.SpanOf(entry.Key)),
                    ValueSpans = spans,
                    ValuePositions = spans.ToDictionary(p => p.Key, p => _source.GetLinePositionSpan(p.Value), StringComparer.Ordinal),
                });
            }

            return result;
        }

        /// <summary>
        /// A model's <c>regression:</c> — <c>{ base, fineTune, metric, tolerance, better }</c>; the spans of its files go
        /// into <paramref name="spans"/> as <c>regression.base</c> and <c>regression.fineTune</c>.
        /// </summary>
        private RegressionEval? Regression(YamlNode node, string where, Dictionary<string, TextSpan> spans)
        {
            if (!ExpectMapping(node, where))
            {
                return null;
            }

            string? baseResult = null, fineTune = null, metric = null;
            double tolerance = RegressionEval.DefaultTolerance;
            bool higherIsBetter = true;
            foreach (var field in node.Entries())
            {
                string key = field.Key.Value ?? string.Empty;
                string at = $"{where}.{key}";
                switch (key)
                {
                    case "base" or "fineTune":
                        spans["regression." + key] = _yaml.SpanOf(field.Value);
                        string? path = Scalar(field.Value, at, "a file path");
                        if (key == "base") baseResult = path; else fineTune = path;
                        break;
                    case "metric":
                        metric = Scalar(field.Value, at, "a metric name such as accuracy");
                        break;
                    case "tolerance":
                        tolerance = NonNegative(field.Value, at, RegressionEval.DefaultTolerance);
                        break;
                    case "better":
                        higherIsBetter = Direction(field.Value, at);
                        break;
                    default:
                        Warn(_yaml.SpanOf(field.Key), $"unknown key '{key}' in '{where}'; use {string.Join(", ", RegressionKeys)}");
                        break;
                }
            }

            return new RegressionEval { Base = baseResult, FineTune = fineTune, Metric = metric, Tolerance = tolerance, HigherIsBetter = higherIsBetter };
        }

        /// <summary><c>retirements:</c> — <c>asOf: YYYY-MM-DD</c> and <c>models:</c> (base model → <c>{ retires, provider, source }</c>, a date, or <c>never</c>).</summary>
        private RetirementSection Retirements(YamlNode node)
        {
            string? asOf = null;
            var rows = new List<RetirementOverride>();
            if (!ExpectMapping(node, "retirements"))
            {
                return RetirementSection.Empty;
            }

            foreach (var entry in node.Entries())
            {
                switch (entry.Key.Value)
                {
                    case "asOf":
                        asOf = RetirementDate(entry.Value, "retirements.asOf", allowNever: false);
                        break;
                    case "models":
                        if (ExpectMapping(entry.Value, "retirements.models"))
                        {
                            rows.AddRange(entry.Value.Entries().Select(row => RetirementRow(row.Key, row.Value)).Where(row => row is not null).Select(row => row!));
                        }

                        break;
                    default:
                        Warn(_yaml.SpanOf(entry.Key), $"unknown key '{entry.Key.Value}' in retirements; use asOf (the date to judge against) and models (base model → retires, provider, source)");
                        break;
                }
            }

            return new RetirementSection(asOf, rows);
        }

        private RetirementOverride? RetirementRow(YamlScalarNode keyNode, YamlNode value)
        {
            string model = keyNode.Value ?? string.Empty;
            string where = $"retirements.models.\"{model}\"";
            if (model.Trim().Length == 0)
            {
                return Error<RetirementOverride>(keyNode, "a retirements.models key must be a base model ID such as gpt-4o-mini-2024-07-18");
            }

            if (value is YamlScalarNode)
            {
                return RetirementDate(value, where, allowNever: true) is { } date
                    ? new RetirementOverride(model, null, date == "never" ? null : date, _source.Path, _yaml.SpanOf(keyNode))
                    : null;
            }

            if (!ExpectMapping(value, where))
            {
                return null;
            }

            string? retires = null, provider = null, source = null;
            bool dated = false;
            foreach (var field in value.Entries())
            {
                switch (field.Key.Value)
                {
                    case "retires":
                        dated = true;
                        retires = RetirementDate(field.Value, where + ".retires", allowNever: true);
                        break;
                    case "provider": provider = Scalar(field.Value, where + ".provider", "a provider name such as OpenAI or Azure OpenAI"); break;
                    case "source": source = Scalar(field.Value, where + ".source", "where the date comes from (a URL or a note)"); break;
                    default:
                        Warn(_yaml.SpanOf(field.Key), $"unknown key '{field.Key.Value}' in {where}; use retires, provider and source");
                        break;
                }
            }

            if (retires is null)
            {
                // A written but bad date was reported at its value already.
                return dated ? null : Error<RetirementOverride>(value, $"'{where}' needs 'retires: YYYY-MM-DD' (or 'never' to remove the row)");
            }

            return new RetirementOverride(model, provider, retires == "never" ? null : retires, source ?? _source.Path, _yaml.SpanOf(keyNode));
        }

        /// <summary>A date written YYYY-MM-DD (YAML may read it as a timestamp; the text is what counts), or <c>never</c> when allowed.</summary>
        private string? RetirementDate(YamlNode node, string where, bool allowNever)
        {
            string expected = allowNever ? "a date written YYYY-MM-DD, or never" : "a date written YYYY-MM-DD";
            string? value = Scalar(node, where, expected);
            if (value is null || RetirementTable.IsDate(value) || (allowNever && value == "never"))
            {
                return value;
            }

            Error(_yaml.SpanOf(node), $"'{where}' must be {expected}, not '{value}'");
            return null;
        }

        /// <summary><c>usage:</c> for the ladder report: <c>prompts:</c> (glob → entry) and <c>models:</c> (model ID → entry).</summary>
        private List<UsageEntry> Usage(YamlNode node)
        {
            var result = new List<UsageEntry>();
            if (!ExpectMapping(node, "usage"))
            {
                return result;
            }

            foreach (var section in node.Entries())
            {
                string name = section.Key.Value ?? string.Empty;
                UsageScope scope;
                switch (name)
                {
                    case "prompts":
                        scope = UsageScope.Prompts;
                        break;
                    case "models":
                        scope = UsageScope.Models;
                        break;
                    default:
                        Warn(_yaml.SpanOf(section.Key), $"unknown key '{name}' in usage; use prompts (globs) and models (model IDs)");
                        continue;
                }

                if (!ExpectMapping(section.Value, $"usage.{name}"))
                {
                    continue;
                }

                foreach (var entry in section.Value.Entries())
                {
                    if (UsageItem(scope, entry.Key, entry.Value) is { } item)
                    {
                        result.Add(item);
                    }
                }
            }

            return result;
        }

        private UsageEntry? UsageItem(UsageScope scope, YamlScalarNode keyNode, YamlNode value)
        {
            string key = keyNode.Value ?? string.Empty;
            string section = scope == UsageScope.Prompts ? "prompts" : "models";
            Glob? glob = null;
            if (scope == UsageScope.Prompts && !Glob.TryParse(key, out glob, out string? globError))
            {
                Error(_yaml.SpanOf(keyNode), $"bad glob '{key}' in usage.prompts: {globError}");
                return null;
            }

            if (!ExpectMapping(value, $"usage.{section}.\"{key}\""))
            {
                return null;
            }

            string? model = null;
            var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var field in value.Entries())
            {
                string name = field.Key.Value ?? string.Empty;
                string where = $"usage.{section}.\"{key}\".{name}";
                if (name == "model" && scope == UsageScope.Prompts)
                {
                    model = Scalar(field.Value, where, "a model ID");
                }
                else if (name != "model" && UsageEntry.Keys.Contains(name))
                {
                    if (NonNegativeDecimal(field.Value, where) is { } number)
                    {
                        numbers[name] = number;
                    }
                }
                else
                {
                    IEnumerable<string> known = UsageEntry.Keys.Where(k => k != "model" || scope == UsageScope.Prompts);
                    Warn(_yaml.SpanOf(field.Key), $"unknown key '{name}' in usage.{section}; use {string.Join(", ", known)}");
                }
            }

            decimal? Get(string name) => numbers.TryGetValue(name, out decimal v) ? v : null;
            return new UsageEntry(scope, key, glob, _source.Path, _yaml.SpanOf(keyNode))
            {
                Model = model,
                CallsPerDay = Get("callsPerDay"),
                InputPricePerMillion = Get("inputPricePerMillion"),
                OutputPricePerMillion = Get("outputPricePerMillion"),
                FineTunedInputPricePerMillion = Get("fineTunedInputPricePerMillion"),
                FineTunedOutputPricePerMillion = Get("fineTunedOutputPricePerMillion"),
                TrainingPricePerMillion = Get("trainingPricePerMillion"),
                TrainingTokens = Get("trainingTokens"),
                TokensRemovedByFineTune = Get("tokensRemovedByFineTune"),
                UserTokensPerCall = Get("userTokensPerCall"),
                OutputTokensPerCall = Get("outputTokensPerCall"),
            };
        }

        /// <summary>A number ≥ 0 written in plain decimal notation (no exponent, no thousands separator): money and counts stay exact.</summary>
        private decimal? NonNegativeDecimal(YamlNode node, string where)
        {
            string? value = Scalar(node, where, "a number ≥ 0");
            if (value is null)
            {
                return null;
            }

            if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
            {
                return number;
            }

            Error(_yaml.SpanOf(node), $"'{where}' must be a number ≥ 0 such as 2.5 or 10000, not '{value}'");
            return null;
        }

        private FineTuneTask TaskKind(YamlNode node, string where)
        {
            string? value = Scalar(node, where, "classification, extraction or generation");
            switch (value?.ToLowerInvariant())
            {
                case null: return FineTuneTask.Unspecified;
                case "classification": return FineTuneTask.Classification;
                case "extraction": return FineTuneTask.Extraction;
                case "generation": return FineTuneTask.Generation;
                default:
                    Error(_yaml.SpanOf(node), $"'{where}' must be classification, extraction or generation, not '{value}'");
                    return FineTuneTask.Unspecified;
            }
        }

        private double Improvement(YamlNode node, string where) => NonNegative(node, where, ModelBaseline.DefaultMinImprovement);

        /// <summary>A number ≥ 0 in the metric's units; <paramref name="fallback"/> when it is not one (a PL0001).</summary>
        private double NonNegative(YamlNode node, string where, double fallback)
        {
            string? value = Scalar(node, where, "a number ≥ 0 in the metric's units");
            if (value is null)
            {
                return fallback;
            }

            if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number) && number >= 0 && !double.IsInfinity(number))
            {
                return number;
            }

            Error(_yaml.SpanOf(node), $"'{where}' must be a number ≥ 0 in the metric's units (e.g. {fallback.ToString(CultureInfo.InvariantCulture)}), not '{value}'");
            return fallback;
        }

        private bool Direction(YamlNode node, string where)
        {
            string? value = Scalar(node, where, "higher or lower");
            switch (value?.ToLowerInvariant())
            {
                case null or "higher": return true;
                case "lower": return false;
                default:
                    Error(_yaml.SpanOf(node), $"'{where}' must be higher or lower (which scores are better), not '{value}'");
                    return true;
            }
        }

        private string? Scalar(YamlNode node, string key, string expected)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            Error(_yaml.SpanOf(node), $"'{key}' must be {expected}, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }

        private bool ExpectMapping(YamlNode node, string key)
        {
            if (node is YamlMappingNode)
            {
                return true;
            }

            if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return false; // an empty section is allowed
            }

            Error(_yaml.SpanOf(node), $"'{key}' must be a mapping of keys to values");
            return false;
        }

        private void Error(TextSpan span, string message) => _problems.Add((MalformedConfiguration.Rule, span, message));

        private T? Error<T>(YamlNode node, string message)
        {
            Error(_yaml.SpanOf(node), message);
            return default;
        }

        private void Warn(TextSpan span, string message) => _problems.Add((UnknownConfigurationKey.Rule, span, message));
    }
}
