using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>Pinpoint queries against the pinpoints of OP3(b)(ii): "articles 24 and 25" (of the Convention) and "article 6, paragraph 2" (of the Protocol).</summary>
public class PinpointQueryTests
{
    private static Pinpoint Pinpoint(string instrument) =>
        Fresh.Seed().FindPart("OP3(b)(ii)")!.Citations.Single(c => c.InstrumentId == instrument).Pinpoint!;

    [Theory]
    [InlineData("articles 24 and 25", true)]
    [InlineData("article 24", true)]
    [InlineData("art. 25", true)]
    [InlineData("Articles 25 and 24", true)]
    [InlineData("articles 24 and 26", false)]   // every number asked for must be cited
    [InlineData("article 26", false)]
    [InlineData("paragraph 24", false)]
    [InlineData("articles 24 and 25, paragraph 1", false)]   // deeper than the citation
    public void Matches_TheConventionsArticles(string query, bool expected) =>
        Assert.Equal(expected, PinpointQuery.Parse(query).Matches(Pinpoint("untoc")));

    [Theory]
    [InlineData("article 6", true)]
    [InlineData("article 6, paragraph 2", true)]
    [InlineData("article 6 > para 2", true)]
    [InlineData("article 6, paragraph 3", false)]
    [InlineData("article 7", false)]
    public void Matches_TheProtocolsArticleAndParagraph(string query, bool expected) =>
        Assert.Equal(expected, PinpointQuery.Parse(query).Matches(Pinpoint("trafficking-protocol")));

    [Fact]
    public void Matches_NeverANullPinpoint() => Assert.False(PinpointQuery.Parse("article 6").Matches(null));

    [Fact]
    public void Parse_ReadsLevelsOutermostFirstWithAbbreviationsWritten()
    {
        var query = PinpointQuery.Parse("sec. 3, para 2 and 4");
        Assert.Equal(["section", "paragraph"], query.Levels.Select(l => l.Unit));
        Assert.Equal(["2", "4"], query.Levels[1].Numbers);
    }

    [Theory]
    [InlineData("the whole Protocol")]
    [InlineData("")]
    public void Parse_OfNoUnitAndNumberSaysWhatItExpected(string text) =>
        Assert.Contains($"'{text}' is no pinpoint", Assert.Throws<FormatException>(() => PinpointQuery.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_RefusesNull() => Assert.Throws<ArgumentNullException>(() => PinpointQuery.Parse(null!));
}
