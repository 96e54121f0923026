namespace PromptLint.Diagnostics;

/// <summary>How a finding is reported. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None,
    Info,
    Warning,
    Error,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "info" or "suggestion" or "note": severity = Severity.Info; return true;
            case "none" or "off" or "silent": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
