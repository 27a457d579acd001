using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The numbers labels print, in the digits of any script a pattern's <c>\d</c> reads.</summary>
public sealed class LayoutTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("12", 12)]
    [InlineData("012", 12)]
    [InlineData("999", 999)]
    [InlineData("\u0661\u0662", 12)] // Arabic-Indic
    [InlineData("\u06F1\u06F2", 12)] // extended Arabic-Indic (Persian)
    [InlineData("\u0967\u0968", 12)] // Devanagari
    [InlineData("\uFF11\uFF12", 12)] // full-width
    public void LabelNumber_ReadsDecimalDigitsOfAnyScript(string digits, int expected) => Assert.Equal(expected, Layout.LabelNumber(digits));

    [Theory]
    [InlineData("")]
    [InlineData("1a")]
    [InlineData("\u00B2")] // a superscript two: a digit to Unicode, not a decimal one
    [InlineData("\u2164")] // the roman numeral five
    [InlineData("1234567890")]
    public void LabelNumber_RefusesWhatIsNoLabelsNumber(string digits) =>
        Assert.Equal("digits", Assert.Throws<ArgumentException>(() => Layout.LabelNumber(digits)).ParamName);

    [Fact]
    public void LabelNumber_ReadsEveryDigitAPatternReads()
    {
        // Every character \d matches is a decimal digit with a value.
        var digit = new System.Text.RegularExpressions.Regex(@"^\d$");
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (digit.IsMatch(c.ToString()))
            {
                Assert.InRange(Layout.LabelNumber([c]), 0, 9);
            }
        }
    }
}
