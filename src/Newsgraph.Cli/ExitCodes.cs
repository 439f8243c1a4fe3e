namespace Newsgraph.Cli;

/// <summary>The exit codes of CONTRACT.md section 3.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int BadUsage = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); what was stored stays, and a rerun resumes.</summary>
    public const int Interrupted = 130;
}
