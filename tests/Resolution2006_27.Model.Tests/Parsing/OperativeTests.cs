using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Each operative paragraph's phrase, addressee and items, read off the seed.</summary>
public class OperativeTests
{
    private readonly Resolution R = Fresh.Seed();

    public static TheoryData<int, string, string, Strength, string, AddresseeScope, string> Paragraphs => new()
    {
        { 1, "Urges", "urge", Strength.Requesting, "member-states", AddresseeScope.Restricted, "" },
        { 2, "Urges", "urge", Strength.Requesting, "member-states", AddresseeScope.All, "a b c d" },
        { 3, "Invites", "invite", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "a b" },
        { 4, "Also invites", "invite", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "a b c d e" },
        { 5, "Urges", "urge", Strength.Requesting, "member-states", AddresseeScope.Unqualified, "" },
        { 6, "Calls upon", "call upon", Strength.Requesting, "member-states", AddresseeScope.Unqualified, "a b c d" },
        { 7, "Urges", "urge", Strength.Requesting, "member-states", AddresseeScope.Unqualified, "" },
        { 8, "Invites", "invite", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 9, "Also invites", "invite", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 10, "Encourages", "encourage", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 11, "Also encourages", "encourage", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 12, "Further encourages", "encourage", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 13, "Encourages", "encourage", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 14, "Encourages", "encourage", Strength.Encouraging, "unodc", AddresseeScope.Unqualified, "" },
        { 15, "Requests", "request", Strength.Requesting, "unodc", AddresseeScope.Unqualified, "" },
        { 16, "Also requests", "request", Strength.Requesting, "unodc", AddresseeScope.Unqualified, "" },
        { 17, "Encourages", "encourage", Strength.Encouraging, "member-states", AddresseeScope.Unqualified, "" },
        { 18, "Requests", "request", Strength.Requesting, "secretary-general", AddresseeScope.Unqualified, "" },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Paragraph_HasThePrintedPhraseAddresseeAndItems(int number, string phrase, string lemma, Strength strength, string addressee, AddresseeScope scope, string labels)
    {
        var p = R.OperativeParagraphs[number - 1];
        Assert.Equal(phrase, p.Phrase!.Text);
        Assert.Equal(lemma, p.Phrase!.Lemma);
        Assert.Equal(VerbClass.Directive, p.Phrase!.Class);
        Assert.Equal(strength, p.Phrase!.Strength);
        var only = Assert.Single(p.Addressees);
        Assert.Equal(addressee, only.ActorId);
        Assert.Equal(scope, only.Scope);
        Assert.Equal(labels, string.Join(" ", p.SubParagraphs.Select(s => s.Label)));
        Assert.StartsWith(phrase + " ", p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Addressee_OfParagraphOneIsRestrictedToStatesThatHaveNotDoneSo()
    {
        var addressee = R.OperativeParagraphs[0].Addressees[0];
        Assert.Equal("Member States that have not done so", addressee.Text);
        Assert.Equal("that have not done so", addressee.Qualifier);
        Assert.Null(addressee.Quantifier);
    }

    [Fact]
    public void Addressee_OfParagraphTwoIsAllMemberStates()
    {
        var addressee = R.OperativeParagraphs[1].Addressees[0];
        Assert.Equal("all Member States", addressee.Text);
        Assert.Equal("all", addressee.Quantifier);
    }

    [Fact]
    public void Addressee_QualifiedByATitleWithCommas_RunsToTheTitlesEnd()
    {
        // E/RES/2022/14 OP5: "States parties to" a protocol whose title holds a comma. The qualifier stopped at the
        // comma, inside the citation, and the Akoma Ntoso export could not nest the two.
        const string Title = "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography";
        var r = Resolutions.FromString(ShortResolution.Text($"1. Urges States parties to the {Title} to implement their legal obligations under that protocol;"), Fresh.Options());
        var op = r.OperativeParagraphs[0];
        Assert.Equal(Title, Assert.Single(op.Citations).Text);
        var addressee = Assert.Single(op.Addressees);
        Assert.Equal(($"States parties to the {Title}", $"parties to the {Title}"), (addressee.Text, addressee.Qualifier));
        Assert.Equal(r, Model.AkomaNtoso.AkomaNtosoXml.Import(Model.AkomaNtoso.AkomaNtosoXml.ExportText(r)));
    }

    [Theory]
    // An adverb printed inside a verb of two words: the verb is the lexicon's, read across it.
    [InlineData("Calls also upon", "call upon")]
    [InlineData("Calls further upon", "call upon")]
    public void Phrase_OfAVerbSplitByAnAdverb_IsThatVerb(string printed, string lemma)
    {
        var r = Resolutions.FromString(ShortResolution.Text($"1. {printed} Member States to act."), Fresh.Options());
        var phrase = r.OperativeParagraphs[0].Phrase!;
        Assert.Equal((printed, lemma, VerbClass.Directive, Strength.Requesting), (phrase.Text, phrase.Lemma, phrase.Class, phrase.Strength));
        Assert.Equal("Member States", Assert.Single(r.Asks()).Addressee.Text);
    }

    [Fact]
    public void Phrase_KeepsItsAdverbApartFromItsVerb()
    {
        var phrase = R.OperativeParagraphs[11].Phrase!;
        Assert.Equal(["Further"], phrase.Adverbs);
        Assert.Equal("encourages", phrase.Verb);
    }

    [Fact]
    public void SubParagraphs_OfThreeBNestTwoRomanItems()
    {
        var b = R.OperativeParagraphs[2].SubParagraphs[1];
        Assert.Equal(LabelStyle.Letter, b.Style);
        Assert.EndsWith("by, inter alia:", b.Text, StringComparison.Ordinal);
        Assert.Equal(["i", "ii"], b.SubParagraphs.Select(s => s.Label));
        Assert.All(b.SubParagraphs, s => Assert.Equal(LabelStyle.Roman, s.Style));
        var ii = b.SubParagraphs[1];
        Assert.Equal("OP3(b)(ii)", ii.Id.Short);
        Assert.Equal("para_3__list_1__point_b__list_1__point_ii", ii.Id.EId);
        Assert.StartsWith("Treating victims and witnesses with sensitivity", ii.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SubParagraph_FourAStartsAfterAPageBreak()
    {
        // Line 163 "  (a) To provide assistance" follows "inter alia:" with no blank line.
        var a = R.OperativeParagraphs[3].SubParagraphs[0];
        Assert.Equal(163, a.Span.Line);
        Assert.StartsWith("To provide assistance and protection", a.Text, StringComparison.Ordinal);
        Assert.EndsWith("inter alia:", R.OperativeParagraphs[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_InSixDEncouragesMemberStates()
    {
        var d = R.OperativeParagraphs[5].SubParagraphs[3];
        var ask = Assert.Single(d.Asks);
        Assert.Equal("Encouraging", ask.Phrase!.Text);
        Assert.Equal("encourage", ask.Phrase!.Lemma);
        Assert.Equal(VerbClass.Directive, ask.Phrase!.Class);
        Assert.Equal(Strength.Encouraging, ask.Phrase!.Strength);
        Assert.Equal("member-states", Assert.Single(ask.Addressees).ActorId);
    }

    [Fact]
    public void Asks_OfOtherItemsAreEmpty() =>
        // No other item opens with a directive verb: they continue their paragraph's ask ("To criminalize ...").
        Assert.Equal(["OP6(d)"], R.Parts.OfType<SubParagraph>().Where(s => s.Asks.Count > 0).Select(s => s.Id.Short));

    [Fact]
    public void Asks_OfEachParagraphAreItsLeadingAsk() =>
        Assert.All(R.OperativeParagraphs, p =>
        {
            var ask = Assert.Single(p.Asks);
            Assert.Equal(p.Phrase, ask.Phrase);
            Assert.Equal(p.Addressees, ask.Addressees);
        });

    [Fact]
    public void FindPart_AcceptsBothIdFormsAndTheCitedSpacing()
    {
        Assert.Same(R.FindPart("OP3(b)(ii)"), R.FindPart("para_3__list_1__point_b__list_1__point_ii"));
        Assert.Equal("OP3(b)(ii)", R.FindPart("op3 (b) (ii)")!.Id.Short);
        Assert.Null(R.FindPart("OP19"));
    }

    [Fact]
    public void ParagraphSeventeen_StartsAfterAPageBreak() =>
        // "  17. Encourages" (line 278) follows "... Office;11" with no blank line.
        Assert.Equal(278, R.OperativeParagraphs[16].Span.Line);
}
