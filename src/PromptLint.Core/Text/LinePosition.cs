namespace PromptLint.Text;

/// <summary>A 1-based line and column, the way compilers and MSBuild print positions.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}

/// <summary>A 1-based start and end position (end exclusive column, as SARIF and GitHub expect).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
