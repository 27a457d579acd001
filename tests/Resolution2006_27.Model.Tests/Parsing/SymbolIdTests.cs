using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The id the library gives a resolution it knows only by its symbol: the symbol in lower case, each run of
/// anything but an ASCII letter or digit one hyphen, none at either end (DOMAIN.md's symbols: "A/RES/58/137").
/// </summary>
public class SymbolIdTests
{
    [Theory]
    [InlineData("A/RES/58/137", "a-res-58-137")]
    [InlineData("S/RES/1325 (2000)", "s-res-1325-2000")]
    [InlineData("A/RES/ES-10/19", "a-res-es-10-19")]
    [InlineData("E/CN.15/2006/L.3", "e-cn-15-2006-l-3")]
    [InlineData("  /E/RES/2006/27/  ", "e-res-2006-27")]
    [InlineData("A//RES -- 1", "a-res-1")]
    [InlineData("RÉS/1", "r-s-1")]
    [InlineData("A/RES/𝟓", "a-res")]
    [InlineData("/-/", "")]
    [InlineData("", "")]
    public void IdForSymbol_LowersAndJoinsWithOneHyphen(string symbol, string id) => Assert.Equal(id, EntityIndex.IdForSymbol(symbol));

    [Fact]
    public void IdForSymbol_IsTheSymbolLowered_WithEachRunOfOtherCharactersOneHyphen_AndNoneAtTheEnds()
    {
        // As the replacement it is written out from, on random symbols of letters, digits, marks and letters outside ASCII,
        // and on one longer than the stack buffer.
        const string alphabet = "AaRrEeSs0159/-. ()ÉéİıẞΩ ";
        var random = new Random(2006_27);
        var symbols = Enumerable.Range(0, 5000).Select(_ => RandomText.Of(random, alphabet, random.Next(0, 30)))
            .Append(string.Concat(Enumerable.Repeat("A/RES/58/137 ", 40)));
        foreach (var symbol in symbols)
        {
            var expected = System.Text.RegularExpressions.Regex.Replace(symbol.ToLower(System.Globalization.CultureInfo.InvariantCulture), "[^a-z0-9]+", "-").Trim('-');
            Assert.True(expected == EntityIndex.IdForSymbol(symbol), $"'{symbol}': '{expected}', not '{EntityIndex.IdForSymbol(symbol)}'");
        }
    }
}
