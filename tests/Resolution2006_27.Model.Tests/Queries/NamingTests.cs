using Resolution2006_27.Model.Citations;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>How actors and instruments answer to the names a researcher types, on the embedded registry.</summary>
public class NamingTests
{
    private readonly Resolution R = Fresh.Seed();

    [Theory]
    [InlineData("unodc", "unodc")]                                           // id
    [InlineData("United Nations Office on Drugs and Crime", "unodc")]        // name
    [InlineData("  UNODC ", "unodc")]                                         // alias, trimmed, any case
    [InlineData("the Office", "unodc")]                                       // short form as printed
    [InlineData("Office", "unodc")]                                           // short form without its article
    [InlineData("ECOSOC", "ecosoc")]
    [InlineData("the Council", "ecosoc")]
    [InlineData("member-states", "member-states")]                            // id and kind
    [InlineData("general-assembly", "general-assembly")]                      // id alone
    [InlineData("States Members of the United Nations", "member-states")]     // an alias that is neither id nor name
    [InlineData("un-organ", "ecosoc")]                                        // kind alone, hyphenated
    [InlineData("UnOrgan", "general-assembly")]                               // kind alone, as named
    public void Actor_IsNamedByItsIdNameAliasShortFormOrKind(string name, string id)
    {
        Assert.True(R.FindActor(id)!.IsNamedBy(name));
        Assert.Equal(1, R.Actors.Count(a => a.IsNamedBy(name) && a.Id == id));
    }

    [Theory]
    [InlineData("Economic and Social")]
    [InlineData("the Assembly")]
    [InlineData("")]
    public void Actor_IsNotNamedByAnotherName(string name) => Assert.False(R.FindActor("ecosoc")!.IsNamedBy(name));

    [Fact]
    public void IsNamedBy_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => R.FindActor("ecosoc")!.IsNamedBy(null!));
        Assert.Throws<ArgumentNullException>(() => R.FindInstrument("untoc")!.IsNamedBy(null!));
    }

    [Theory]
    [InlineData("trafficking-protocol")]
    [InlineData("Trafficking in Persons Protocol")]
    [InlineData("protocol to prevent, suppress and punish trafficking in persons, especially women and children")]
    [InlineData("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime")]
    public void Instrument_IsNamedByItsIdShortNameTitleOrAlias(string name) => Assert.True(R.FindInstrument("trafficking-protocol")!.IsNamedBy(name));

    [Theory]
    [InlineData("untoc")]
    [InlineData("the Protocol")]
    [InlineData("Protocol")]
    public void Instrument_IsNotNamedByItsParentOrAShortForm(string name) => Assert.False(R.FindInstrument("trafficking-protocol")!.IsNamedBy(name));

    [Theory]
    [InlineData("article", new[] { "6" }, "article 6")]
    [InlineData("article", new[] { "24", "25" }, "articles 24 and 25")]
    [InlineData("paragraph", new[] { "3", "4", "5" }, "paragraphs 3, 4 and 5")]
    public void PinpointLevel_ReadsAsTheUnWritesIt(string unit, string[] numbers, string text) =>
        Assert.Equal(text, new PinpointLevel(unit, [.. numbers]).ToString());
}
