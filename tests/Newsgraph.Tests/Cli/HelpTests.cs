namespace Newsgraph.Tests.Cli;

public sealed class HelpTests
{
    [Fact]
    public void Help_names_the_program_as_users_type_it()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("newsgraph [command] [options]", result.Stdout, StringComparison.Ordinal);
    }
}
