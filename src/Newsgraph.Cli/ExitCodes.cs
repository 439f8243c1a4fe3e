namespace Newsgraph.Cli;

/// <summary>The exit codes of CONTRACT.md section 3.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int BadUsage = 2;
}
