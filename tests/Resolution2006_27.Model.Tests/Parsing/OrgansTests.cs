using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The organs that adopt resolutions: their symbols' prefixes and Akoma Ntoso codes, and an organ outside the table.</summary>
public class OrgansTests
{
    [Theory]
    [InlineData("general-assembly", "A/RES/", "un-ga")]
    [InlineData("ecosoc", "E/RES/", "un-ecosoc")]
    [InlineData("security-council", "S/RES/", "un-sc")]
    [InlineData("human-rights-council", "A/HRC/RES/", "un-hrc")]
    // An organ that adopts no resolution of the kinds read: no prefix to guess, a code made of its id.
    [InlineData("unodc", "", "un-unodc")]
    public void SymbolPrefixAndAknCode_AreTheOrgansOwn(string organ, string prefix, string code)
    {
        Assert.Equal(prefix, Organs.SymbolPrefix(organ));
        Assert.Equal(code, Organs.AknCode(organ));
        Assert.Equal(prefix.Length > 0, Organs.Adopts(organ));
    }
}
