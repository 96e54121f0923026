namespace PromptLint.Limits;

/// <summary>
/// Fixed structural limits on what the readers and the configuration parser will build. They are checked before
/// (or while) a nested structure is built, so no input can make a parser recurse deeper than these or allocate a
/// node tree larger than these; an input past a limit is a located PL0014 (prompt files) or PL0001
/// (promptlint.yaml). Listed in docs/reliability.md.
/// </summary>
internal static class InputLimits
{
    /// <summary>Deepest nesting of YAML collections (flow or block) in front matter, YAML templates and promptlint.yaml.</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>Most YAML nodes (scalars, collections, aliases) in one YAML document.</summary>
    public const int MaxYamlNodes = 100_000;

    /// <summary>
    /// Most nodes copied into a document's metadata tree: aliases make YAML nodes share subtrees, so a small file can
    /// expand into a huge tree; copying stops here.
    /// </summary>
    public const int MaxMetadataNodes = 20_000;

    /// <summary>Deepest nesting of JSON arrays and objects in JSON chat arrays and SK config.json.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Most JSON values in one JSON document.</summary>
    public const int MaxJsonNodes = 200_000;

    /// <summary>Largest companion file (Semantic Kernel's config.json) a disk host reads; a larger one is treated as absent.</summary>
    public const int MaxCompanionBytes = 1024 * 1024;

    /// <summary>Largest promptlint.yaml a disk host reads; a larger one (or a FIFO, a device) is a PL0001.</summary>
    public const int MaxConfigBytes = 1024 * 1024;

    /// <summary>
    /// Largest eval result read (characters, so at most this many UTF-8 bytes' worth): a result file is parsed whole,
    /// so a larger one is a PL0013 rather than an out-of-memory. <c>maxFileBytes</c> raises it when set higher.
    /// </summary>
    public const int MaxEvalResultBytes = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of open template blocks (<c>{{#if}}</c>, <c>{% for %}</c>, …) before PL5001 reports it.</summary>
    public const int MaxTemplateBlockDepth = 64;
}
