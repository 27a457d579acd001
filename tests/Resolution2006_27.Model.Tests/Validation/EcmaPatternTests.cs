using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>
/// A schema's ECMA-262 pattern written for .NET: "$" becomes "\z" (outside a class), escapes both engines read
/// alike pass through, and whatever the two read differently is refused (null) rather than read wrongly.
/// </summary>
public class EcmaPatternTests
{
    [Theory]
    [InlineData("^[a-z]+$", @"^[a-z]+\z")]
    [InlineData(@"^[0-9]{4}/[0-9]{1,3}$", @"^[0-9]{4}/[0-9]{1,3}\z")]
    [InlineData(@"^a\.b$", @"^a\.b\z")] // an escaped full stop is a full stop in both
    [InlineData(@"^\$[a-z]$", @"^\$[a-z]\z")] // an escaped "$" is a dollar sign, not the end
    [InlineData("^[$a]+$", @"^[$a]+\z")] // inside a class "$" is a character
    [InlineData("^(a|b)$", @"^(a|b)\z")]
    [InlineData("", "")]
    public void ToDotNet_WritesWhatBothEnginesReadAlike(string pattern, string expected) => Assert.Equal(expected, EcmaPattern.ToDotNet(pattern));

    [Theory]
    [InlineData(@"^\d+$")] // ECMA-262's \d is ASCII, .NET's any decimal digit
    [InlineData(@"\w")]
    [InlineData(@"\s")]
    [InlineData(@"\b")]
    [InlineData(@"\p{L}")]
    [InlineData(@"(a)\1")]
    [InlineData(@"\u0041")]
    [InlineData(@"a\")] // a pattern that ends in a lone backslash
    [InlineData("a.b")] // "." ends at other line terminators in each
    [InlineData("(?i)a")] // an inline group
    [InlineData("[]a]")] // a class that opens with "]"
    [InlineData("[^]a]")]
    [InlineData("[a-z")] // a class never closed
    public void ToDotNet_RefusesWhatTheEnginesReadDifferently(string pattern) => Assert.Null(EcmaPattern.ToDotNet(pattern));

    [Fact]
    public void ToDotNet_JudgesTheCharacterAfterABackslashNotBefore()
    {
        // "d\." escapes a full stop; the "d" standing before the backslash is only a letter.
        Assert.Equal(@"d\.\z", EcmaPattern.ToDotNet(@"d\.$"));
    }
}
