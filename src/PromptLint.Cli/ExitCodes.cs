namespace PromptLint.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int UsageError = 2;
}
