using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>The tool helps a person who mistypes: help with no command, "did you mean", one style of message.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class HelpfulErrorTests
{
    [Fact]
    public void NoCommand_PrintsTheHelp()
    {
        var (code, output, error) = CliTests.Run();
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("asks", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData(new[] { "aks" }, "'aks' is not a command of 'res2006'; did you mean 'asks'?")]
    [InlineData(new[] { "expotr" }, "'expotr' is not a command of 'res2006'; did you mean 'export'?")]
    [InlineData(new[] { "asks", "--adressee", "unodc" }, "'--adressee' is not an option of 'asks'; did you mean '--addressee'?")]
    [InlineData(new[] { "validate", "--max-byte", "10", "x.json" }, "did you mean '--max-bytes'?")]
    public void AMistypedCommandOrOption_GetsDidYouMean_AndNothingElse(string[] args, string expected)
    {
        var (code, output, error) = CliTests.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", error, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a command of 'asks'", error, StringComparison.Ordinal); // the option's value is not a second error
    }

    [Fact]
    public void AMissingFile_IsSaidInTheToolsOneStyle()
    {
        var (code, _, error) = CliTests.Run("asks", "--input", "/nonexistent/res.txt");
        Assert.Equal(2, code);
        Assert.StartsWith("error: no file at '/nonexistent/res.txt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AStranger_GetsNoGuess()
    {
        var (code, _, error) = CliTests.Run("zzzzzz");
        Assert.Equal(2, code);
        Assert.Contains("'zzzzzz' is not a command of 'res2006'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "asks", "--addressee", "unodcc" }, "warning: no actor of E/RES/2006/27 is named 'unodcc'; did you mean 'unodc'?")]
    [InlineData(new[] { "asks", "--instrument", "untocc" }, "warning: E/RES/2006/27 cites no instrument named 'untocc'; did you mean 'untoc'?")]
    [InlineData(new[] { "mandates", "--addressee", "Secretary-Generall" }, "did you mean 'secretary-general'?")]
    [InlineData(new[] { "asks", "--addressee", "Somalai" }, "did you mean 'somalia'?")] // not named in 2006/27: the registry's States are asked next
    public void AMistypedAddresseeOrInstrument_GetsDidYouMean(string[] args, string expected)
    {
        var (code, _, error) = CliTests.Run(args);
        Assert.Equal(0, code); // a filter that matches nothing is a warning, not an error
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
