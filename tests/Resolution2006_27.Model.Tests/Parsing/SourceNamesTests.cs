using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>A source's name and a symbol compared by their letters and numbers alone (SourceNames' summary).</summary>
public class SourceNamesTests
{
    [Theory]
    [InlineData("A_RES_40_33", "A-RES-40-33")]
    [InlineData("A/RES/40/33", "A-RES-40-33")]
    [InlineData("S_RES_0004_1946", "S-RES-4-1946")]
    [InlineData("S/RES/4 (1946)", "S-RES-4-1946")]
    [InlineData("A_RES_2200(XXI)", "A-RES-2200-XXI")]
    // A part's letter printed against its number is a word of its own.
    [InlineData("A_RES_32_40B", "A-RES-32-40-B")]
    [InlineData("A/RES/32/40 B", "A-RES-32-40-B")]
    [InlineData("e-res-2006-27", "E-RES-2006-27")]
    [InlineData("0", "0")]
    [InlineData("_-_", null)]
    public void Key_KeepsLettersAndNumbersAlone(string text, string? key) => Assert.Equal(key, SourceNames.Key(text));

    [Theory]
    [InlineData("A_RES_32_40B.txt", 1, true)]
    [InlineData("A_RES_32_40.txt", 0, true)]
    [InlineData("A_RES_32_41.txt", 0, false)]
    [InlineData("notes.txt", 0, false)]
    public void Pick_FindsThePartTheNameGives(string name, int index, bool found)
    {
        Assert.Equal(index, SourceNames.Pick(["A/RES/32/40 A", "A/RES/32/40 B"], name, out var said));
        Assert.Equal(found, said);
    }
}
