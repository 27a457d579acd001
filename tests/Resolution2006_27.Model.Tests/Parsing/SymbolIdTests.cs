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
}
