using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The two real resolutions in ../shared/corpus, parsed by the general rules and checked by reading them.</summary>
public class CorpusTextTests
{
    private static string Text(string file) => TestData.CorpusText(file);

    private readonly Lazy<ParseResult> Ecosoc = new(() => ResolutionParser.ParseWithWarnings(Text("E-RES-2015-23.txt")));
    private readonly Lazy<ParseResult> Assembly = new(() => ResolutionParser.ParseWithWarnings(Text("A-RES-70-179.txt")));

    [Fact]
    public void Ecosoc2015_23_HeadingIsRead()
    {
        var r = Ecosoc.Value.Resolution;
        Assert.Equal("E/RES/2015/23", r.Symbol);
        Assert.Equal("ecosoc", r.OrganId);
        Assert.Equal(new DateOnly(2015, 7, 21), r.AdoptionDate);
        Assert.Equal("Resolution adopted by the Economic and Social Council on 21 July 2015", r.Masthead!.Text);
        Assert.Equal("[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2015/30)]", r.Origin!.Text);
        Assert.Equal("2015/23.", r.PrintedNumber!.Text);
        Assert.Equal("Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons", r.Title!.Text);
        Assert.Equal("53rd plenary meeting", r.Conclusions!.Meeting.Text);
    }

    [Fact]
    public void Ecosoc2015_23_HasTwelvePreambularAndElevenOperativeParagraphs()
    {
        var r = Ecosoc.Value.Resolution;
        Assert.Equal(12, r.Preamble.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 11), r.OperativeParagraphs.Select(p => p.Number));
        // "Reaffirming that the Global Plan of Action was developed:" with items (a) to (f).
        Assert.Equal(["a", "b", "c", "d", "e", "f"], r.Preamble.Paragraphs[1].SubParagraphs.Select(s => s.Label));
        Assert.Equal(["Recognizing", "underlining"], r.Preamble.Paragraphs[0].Phrases.Select(p => p.Text));
        Assert.Empty(r.Validate(Text("E-RES-2015-23.txt")));
        Assert.Empty(Ecosoc.Value.Warnings);
    }

    [Fact]
    public void Ecosoc2015_23_OperativePhrasesIncludeNonDirectiveVerbs() =>
        Assert.Equal(
            ["Reiterates", "Reaffirms", "Urges", "Welcomes", "Also welcomes", "Requests", "Invites", "Encourages", "Requests", "Invites", "Requests"],
            Ecosoc.Value.Resolution.OperativeParagraphs.Select(p => p.Phrase!.Text));

    [Fact]
    public void Ecosoc2015_23_ParagraphOneCallsUponStatesThatHaveNotYetDoneSo()
    {
        // "... and in this regard calls upon Member States that have not yet done so to consider ..."
        var ask = Assert.Single(Ecosoc.Value.Resolution.OperativeParagraphs[0].Asks);
        Assert.Equal("call upon", ask.Phrase!.Lemma);
        Assert.Equal(["in this regard"], ask.Phrase!.Adverbs);
        Assert.Equal("that have not yet done so", Assert.Single(ask.Addressees).Qualifier);
        Assert.Equal(VerbClass.Reinforcing, Ecosoc.Value.Resolution.OperativeParagraphs[0].Phrase!.Class);
    }

    [Fact]
    public void Ecosoc2015_23_ParagraphThreeUrgesAndInvites()
    {
        // "Urges Member States and other stakeholders ..., and invites the Conference of the Parties to the Convention
        // and other relevant international, regional and subregional organizations, ..."
        var asks = Ecosoc.Value.Resolution.OperativeParagraphs[2].Asks;
        Assert.Equal(["urge", "invite"], asks.Select(a => a.Phrase!.Lemma));
        Assert.Equal(["member-states", "stakeholders"], asks[0].Addressees.Select(a => a.ActorId));
        Assert.Equal(["cop-untoc", "international-organizations", "regional-organizations", "subregional-organizations"], asks[1].Addressees.Select(a => a.ActorId));
    }

    [Fact]
    public void Ecosoc2015_23_ParagraphFourInvitesFourAddressees()
    {
        // "... and invites all Member States, relevant agencies of the United Nations system and other
        // international organizations, as well as civil society, to continue ..."
        var ask = Assert.Single(Ecosoc.Value.Resolution.OperativeParagraphs[3].Asks);
        Assert.Equal(["member-states", "un-system", "international-organizations", "civil-society"], ask.Addressees.Select(a => a.ActorId));
        Assert.Equal(AddresseeScope.All, ask.Addressees[0].Scope);
    }

    [Fact]
    public void Ecosoc2015_23_ReportingMandateGoesToTheCommission()
    {
        var report = Assert.Single(Ecosoc.Value.Resolution.Mandates(), m => m.IsReporting);
        Assert.Equal(11, report.Ask.Paragraph);
        Assert.Equal("ccpcj", report.ReportTo[0]);
        Assert.Equal("at its twenty-sixth session", report.When);
    }

    [Fact]
    public void Ecosoc2015_23_ItsResolutionIsTheCouncilsOwn()
    {
        // PP3 "Recalling its resolution 2013/41 of 25 July 2013": the Council's; PP1 "adopted by the
        // General Assembly in its resolution 64/293": the Assembly's, named just before.
        var r = Ecosoc.Value.Resolution;
        Assert.Equal("E/RES/2013/41", r.FindInstrument(r.Preamble.Paragraphs[2].Citations[0].InstrumentId)!.DocumentSymbol);
        Assert.Contains(r.Preamble.Paragraphs[0].Citations, c => r.FindInstrument(c.InstrumentId)!.DocumentSymbol == "A/RES/64/293");
    }

    [Fact]
    public void Assembly70_179_HeadingIsRead()
    {
        var r = Assembly.Value.Resolution;
        Assert.Equal("A/RES/70/179", r.Symbol);
        Assert.Equal("general-assembly", r.OrganId);
        Assert.Equal(new DateOnly(2015, 12, 17), r.AdoptionDate);
        Assert.Equal("[on the report of the Third Committee (A/70/490)]", r.Origin!.Text);
        Assert.Equal("70/179.", r.PrintedNumber!.Text);
        Assert.Equal("Improving the coordination of efforts against trafficking in persons", r.Title!.Text);
    }

    [Fact]
    public void Assembly70_179_HasThirtyTwoPreambularAndEighteenOperativeParagraphs()
    {
        var r = Assembly.Value.Resolution;
        Assert.Equal(32, r.Preamble.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 18), r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], r.Preamble.Paragraphs[8].SubParagraphs.Select(s => s.Label));
        Assert.Empty(r.Validate(Text("A-RES-70-179.txt")));
    }

    [Fact]
    public void Assembly70_179_WarnsOfTheMarkersWhoseFootnotesAreLost()
    {
        // OP1 "... Organized Crime5 and the Protocol ..., Especially Women and Children,6": footnotes 1-4 are not in the extraction.
        var warning = Assert.Single(Assembly.Value.Warnings);
        Assert.Equal(85, warning.Line);
        Assert.Contains("Footnote marker 5", warning.Message, StringComparison.Ordinal);
        Assert.Equal([5, 6], Assembly.Value.Resolution.Footnotes.Select(f => f.Number));
        Assert.Equal(["untoc", "trafficking-protocol"], Assembly.Value.Resolution.Footnotes.Select(f => f.Subject.RefersTo));
    }

    [Fact]
    public void Assembly70_179_ParagraphSevenHidesARequestToTheSecretaryGeneral()
    {
        // "Expresses support for the activities of UNODC, reaffirms its request to the Secretary-General to
        // provide adequate support ..., and invites Member States to make voluntary contributions ..."
        var op7 = Assembly.Value.Resolution.OperativeParagraphs[6];
        Assert.Equal(VerbClass.Evaluative, op7.Phrase!.Class);
        Assert.Equal(["reaffirms its request", "invites"], op7.Asks.Select(a => a.Phrase!.Text));
        Assert.Equal(["request", "invite"], op7.Asks.Select(a => a.Phrase!.Lemma));
        Assert.Equal(["secretary-general", "member-states"], op7.Asks.Select(a => a.Addressees[0].ActorId));
    }

    [Fact]
    public void Assembly70_179_ParagraphFiveRequestsTwoOffices() =>
        // "Requests the Secretary-General and the President of the General Assembly, ..."
        Assert.Equal(["secretary-general", "president-general-assembly"], Assembly.Value.Resolution.OperativeParagraphs[4].Addressees.Select(a => a.ActorId));

    [Fact]
    public void Assembly70_179_ParagraphSixInvitesAllStakeholders()
    {
        // "Recalls its decision ..., and, while welcoming events ..., invites all stakeholders to continue ..."
        var ask = Assert.Single(Assembly.Value.Resolution.OperativeParagraphs[5].Asks);
        Assert.Equal("stakeholders", ask.Addressees[0].ActorId);
        Assert.Equal(AddresseeScope.All, ask.Addressees[0].Scope);
    }

    [Fact]
    public void Assembly70_179_ProtocolOf2014IsNoPointerBack() =>
        // PP7 "the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29)" names the ILO Protocol.
        Assert.Equal(["ilo-p29"], Assembly.Value.Resolution.Preamble.Paragraphs[6].Citations.Select(c => c.InstrumentId));

    [Fact]
    public void Assembly70_179_ReportIsDueAtTheSeventyFirstSession()
    {
        var report = Assert.Single(Assembly.Value.Resolution.Mandates(), m => m.IsReporting);
        Assert.Equal(18, report.Ask.Paragraph);
        Assert.Equal(["general-assembly"], report.ReportTo);
        Assert.Equal("at its seventy-first session", report.When);
    }

    [Fact]
    public void BothTexts_ExportToAkomaNtosoAndBack()
    {
        foreach (var r in new[] { Ecosoc.Value.Resolution, Assembly.Value.Resolution })
        {
            Assert.Equal(r, Model.AkomaNtoso.AkomaNtosoXml.Import(Model.AkomaNtoso.AkomaNtosoXml.ExportText(r)));
            Assert.Equal(r, Model.Serialization.ModelJson.Deserialize(Model.Serialization.ModelJson.Serialize(r)));
        }
    }
}
