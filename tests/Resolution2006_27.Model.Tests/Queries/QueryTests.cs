using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>
/// Every filter against answers counted by hand from the seed. The asks, one per addressee and per
/// innermost item: OP1 1; OP2 (a)-(d) 4; OP3 (a), (b)(i), (b)(ii) 3; OP4 (a)-(e) 5; OP5 1; OP6 (a)-(d)
/// 4, plus "Encouraging Member States" opened in (d) 1; OP7 to OP13 one each, 7; OP14 to OP16 one each
/// to UNODC, 3; OP17 1; OP18 1 to the Secretary-General. Total 31.
/// </summary>
public class QueryTests
{
    private readonly Resolution R = Fresh.Seed();

    private List<AddressedAsk> Asks => R.Asks().ToList();

    [Fact]
    public void Asks_NumberThirtyOne() => Assert.Equal(31, Asks.Count);

    [Fact]
    public void AddressedTo_MemberStatesIsTwentySeven() =>
        // All asks but OP14-OP16 (UNODC) and OP18 (Secretary-General): 31 - 4.
        Assert.Equal(27, Asks.AddressedTo("member-states").Count());

    [Fact]
    public void AddressedTo_UnodcInExactlyThreeParagraphs()
    {
        // "Encourages the United Nations Office on Drugs and Crime" (14), "Requests ..." (15), "Also requests ..." (16).
        Assert.Equal([14, 15, 16], Asks.AddressedTo("unodc").Select(a => a.Paragraph));
        Assert.Equal([14, 15, 16], Asks.AddressedTo("the Office").Select(a => a.Paragraph));
        Assert.Equal([14, 15, 16], Asks.AddressedTo("United Nations Office on Drugs and Crime").Select(a => a.Paragraph));
    }

    [Fact]
    public void AddressedTo_SecretaryGeneralInOneParagraph() =>
        Assert.Equal([18], Asks.AddressedTo("Secretary-General").Select(a => a.Paragraph));

    [Fact]
    public void AddressedTo_AKindFindsEveryActorOfIt()
    {
        Assert.Equal(4, Asks.AddressedTo("unSecretariat").Count());
        Assert.Equal(27, Asks.AddressedTo("member-states").Count());
        Assert.Empty(Asks.AddressedTo("nobody"));
    }

    [Theory]
    [InlineData("urge", 7)]        // OP1, OP2 (a)-(d), OP5, OP7
    [InlineData("Urges", 7)]
    [InlineData("invite", 10)]     // OP3 three, OP4 five, OP8, OP9
    [InlineData("encourage", 7)]   // OP6(d) embedded, OP10-OP14, OP17
    [InlineData("calls upon", 4)]  // OP6 (a)-(d)
    [InlineData("request", 3)]     // OP15, OP16, OP18
    [InlineData("decide", 0)]
    public void WithVerb_CountsTheAsksMadeWithIt(string verb, int asks) => Assert.Equal(asks, Asks.WithVerb(verb).Count());

    [Fact]
    public void WithStrength_SplitsRequestingFromEncouraging()
    {
        // Requesting: urge 7 + call upon 4 + request 3 = 14; encouraging: invite 10 + encourage 7 = 17.
        Assert.Equal(14, Asks.WithStrength(Strength.Requesting).Count());
        Assert.Equal(17, Asks.WithStrength(Strength.Encouraging, Strength.Encouraging).Count());
        Assert.Equal(31, Asks.WithStrength(Strength.None).Count());
    }

    [Fact]
    public void OfClass_DirectiveIsEveryAsk() => Assert.Equal(31, Asks.OfClass(VerbClass.Directive).Count());

    [Fact]
    public void Citing_TheTraffickingProtocol()
    {
        // OP1 (ratify), OP3(b)(ii) (article 6, paragraph 2), OP4(c) (article 6, paragraphs 3 and 4),
        // OP12 (article 9, paragraph 5), OP15 (implementation).
        Assert.Equal(["OP1", "OP3(b)(ii)", "OP4(c)", "OP12", "OP15"], Asks.Citing("trafficking-protocol").Select(a => a.Part.Short));
        Assert.Equal(["OP3(b)(ii)", "OP4(c)"], Asks.Citing("Trafficking in Persons Protocol", "article 6").Select(a => a.Part.Short));
        Assert.Equal(["OP3(b)(ii)"], Asks.Citing("trafficking-protocol", "article 6, paragraph 2").Select(a => a.Part.Short));
        Assert.Equal(["OP4(c)"], Asks.Citing("trafficking-protocol", "article 6 > paragraph 4").Select(a => a.Part.Short));
        Assert.Equal(["OP12"], Asks.Citing("trafficking-protocol", "art. 9").Select(a => a.Part.Short));
        Assert.Empty(Asks.Citing("trafficking-protocol", "article 7"));
    }

    [Fact]
    public void Citing_TheConventionByShortName() =>
        // OP1 (ratify) and OP3(b)(ii) (articles 24 and 25).
        Assert.Equal(["OP1", "OP3(b)(ii)"], Asks.Citing("UNTOC").Select(a => a.Part.Short));

    [Fact]
    public void Citing_ABadPinpointSaysWhy() =>
        Assert.Throws<FormatException>(() => Asks.Citing("untoc", "six").ToList());

    [Fact]
    public void Mentioning_CivilSociety() =>
        // OP8 "other members of civil society", OP11 "civil society", OP14 "other members of civil society".
        Assert.Equal([8, 11, 14], Asks.Mentioning("civil-society").Select(a => a.Paragraph));

    [Fact]
    public void Containing_FindsWordsInAnyCase() =>
        // OP6(d) "to participate in regional forums": the Calls upon ask through (d) and the Encouraging ask in (d).
        Assert.Equal(["OP6(d)", "OP6(d)"], Asks.Containing("REGIONAL FORUMS").Select(a => a.Part.Short));

    [Fact]
    public void Ask_InSixDIsEmbeddedAndEncouraging()
    {
        var embedded = Assert.Single(Asks, a => a.Embedded);
        Assert.Equal("OP6(d)", embedded.Part.Short);
        Assert.Equal(Strength.Encouraging, embedded.Phrase!.Strength);
        Assert.Equal("to participate in regional forums as a means to develop practical strategies to combat trafficking in persons and to protect victims", embedded.Action);
    }

    [Fact]
    public void Ask_FollowedByAnotherInItsParagraph_EndsWhereTheNextPhraseOpens()
    {
        // "Urges Member States to act and requests the Secretary-General to report on it;": each ask's action runs to the
        // next ask's phrase, the joining "and" and the closing ";" left out.
        var r = Resolutions.FromString(ShortResolution.Text("1. Urges Member States to act and requests the Secretary-General to report on it;"), Fresh.Options());
        Assert.Equal([("Urges", "Member States", "to act"), ("requests", "the Secretary-General", "to report on it")],
            r.Asks().Select(a => (a.Phrase!.Text, a.Addressee.Text, a.Action)));
    }

    [Fact]
    public void Hedges_WhereTwoFormulasOverlap_TheEarlierKindWins()
    {
        // "subject to ..." is a bare condition only when no more particular formula (resources, domestic law) holds it.
        var r = Resolutions.FromString(ShortResolution.Text("1. Urges Member States to act subject to their domestic law, subject to the availability of voluntary resources and subject to review."), Fresh.Options());
        Assert.Equal(
            [(HedgeKind.DomesticLaw, "subject to their domestic law"), (HedgeKind.Resources, "subject to the availability of voluntary resources"), (HedgeKind.Condition, "subject to review")],
            Assert.Single(r.Asks()).Hedges.Select(h => (h.Kind, h.Text)));
    }

    [Fact]
    public void Asks_ToAnActorTheResolutionDoesNotList_SayWhereTheActorIsFrom()
    {
        // A model whose list of actors lost the one its ask names (as a hand-edited export can): the ask still reads.
        var r = Resolutions.FromString(ShortResolution.Text("1. Requests the Secretary-General to report."), Fresh.Options());
        var ask = Assert.Single((r with { Actors = [] }).Asks());
        Assert.Equal(("secretary-general", "the Secretary-General", "not in the resolution's actors", false),
            (ask.Actor.Id, ask.Actor.Name, ask.Actor.Provenance.Source, ask.Actor.Provenance.Verified));
    }

    [Fact]
    public void Ask_OfParagraphOneHasItsScopeActionAndHedge()
    {
        var op1 = Asks[0];
        Assert.Equal("paragraph 1", op1.UnCitation);
        Assert.Equal(AddresseeScope.Restricted, op1.Addressee.Scope);
        Assert.StartsWith("to consider taking measures to ratify or accede to the United Nations Convention", op1.Action, StringComparison.Ordinal);
        Assert.EndsWith("child pornography", op1.Action, StringComparison.Ordinal);
        Assert.Equal([HedgeKind.Consider], op1.Hedges.Select(h => h.Kind));
        Assert.Equal(["untoc", "trafficking-protocol", "untoc", "opsc"], op1.Citations.Select(c => c.InstrumentId));
    }

    [Fact]
    public void Ask_OfAnItemCarriesItsChapeauAndInheritedHedges()
    {
        var ask = Asks.Single(a => a.Part.Short == "OP3(b)(ii)");
        Assert.Equal("paragraph 3 (b) (ii)", ask.UnCitation);
        Assert.StartsWith("to adopt measures, in accordance with their domestic law, inter alia: To raise awareness", ask.Chapeau, StringComparison.Ordinal);
        Assert.StartsWith("Treating victims and witnesses with sensitivity", ask.Action, StringComparison.Ordinal);
        Assert.Equal(
            [HedgeKind.DomesticLaw, HedgeKind.NonExhaustive, HedgeKind.Discretion, HedgeKind.NonExhaustive, HedgeKind.Applicability],
            ask.Hedges.Select(h => h.Kind));
        Assert.Equal(["OP3", "OP3", "OP3(b)", "OP3(b)", "OP3(b)(ii)"], ask.Hedges.Select(h => h.Part.Short));
    }

    [Fact]
    public void Ask_OfTwoAHasNoChapeauButTheColon() => Assert.Null(Asks.Single(a => a.Part.Short == "OP2(a)").Chapeau);

    [Fact]
    public void Hedges_OfParagraphFifteenAreRequestAndResources() =>
        Assert.Equal(
            [(HedgeKind.OnRequest, "upon request"), (HedgeKind.Resources, "within available extrabudgetary resources"),
             (HedgeKind.Resources, "not excluding the use of existing resources from the regular budget of the Office")],
            Asks.Single(a => a.Paragraph == 15).Hedges.Select(h => (h.Kind, h.Text)));

    [Fact]
    public void Hedges_DomesticLawSoftensEveryItemOfThreeAndFour() =>
        // "in accordance with their domestic law" stands in the chapeaux of OP3 and OP4: 3 + 5 asks.
        Assert.Equal(8, Asks.Count(a => a.Hedges.Any(h => h.Kind == HedgeKind.DomesticLaw)));

    [Fact]
    public void Mandates_AreTheFourAsksToTheSecretariat()
    {
        var mandates = R.Mandates().ToList();
        Assert.Equal([14, 15, 16, 18], mandates.Select(m => m.Ask.Paragraph));
        var report = Assert.Single(mandates, m => m.IsReporting);
        Assert.Equal("secretary-general", report.Ask.Actor.Id);
        Assert.Equal(["ccpcj", "cop-untoc"], report.ReportTo);
        Assert.Equal("at its seventeenth session", report.When);
    }

    [Fact]
    public void CountByAddresseeAndVerb_SumsToEveryAsk()
    {
        var counts = Asks.CountByAddresseeAndVerb().ToList();
        Assert.Equal(31, counts.Sum(c => c.Asks));
        Assert.Equal(new AskCount("member-states", "invite", 10, 4), counts[0]);
        Assert.Contains(new AskCount("unodc", "request", 2, 2), counts);
    }

    [Fact]
    public void CountByAddresseeAndVerb_OrdersByCountThenActorThenVerb()
    {
        // Read off the asks of 2006/27: Member States are invited 10 times, urged 7 (OP1, OP2(a)-(d), OP5,
        // OP7), encouraged 6 (OP6(d), OP10-OP13, OP17) and called upon 4 (OP6(a)-(d)); UNODC is requested
        // twice (OP15, OP16) and encouraged once (OP14); the Secretary-General is requested once (OP18).
        Assert.Equal(
            [("member-states", "invite", 10), ("member-states", "urge", 7), ("member-states", "encourage", 6), ("member-states", "call upon", 4),
             ("unodc", "request", 2), ("secretary-general", "request", 1), ("unodc", "encourage", 1)],
            Asks.CountByAddresseeAndVerb().Select(c => (c.ActorId, c.Lemma, c.Asks)));
        foreach (var other in CorpusResolutions())
        {
            var counts = other.Asks().CountByAddresseeAndVerb().ToList();
            Assert.Equal(counts.OrderByDescending(c => c.Asks).ThenBy(c => c.ActorId, StringComparer.Ordinal).ThenBy(c => c.Lemma, StringComparer.Ordinal), counts);
        }
    }

    [Fact]
    public void CountByInstrument_OrdersByCountThenId()
    {
        foreach (var resolution in CorpusResolutions().Prepend(R))
        {
            var counts = resolution.CitationRows().CountByInstrument().ToList();
            Assert.Equal(counts.OrderByDescending(c => c.Citations).ThenBy(c => c.InstrumentId, StringComparer.Ordinal), counts);
            Assert.Equal(resolution.CitationRows().Count(), counts.Sum(c => c.Citations));
        }
    }

    private static IEnumerable<Resolution> CorpusResolutions() =>
        new[] { "E-RES-2015-23.txt", "A-RES-70-179.txt" }.Select(f => Resolutions.FromString(TestData.CorpusText(f)));

    [Fact]
    public void CountByInstrument_TheProtocolIsCitedSevenTimes()
    {
        // PP6, PP14, OP1, OP3(b)(ii), OP4(c), OP12, OP15 each name the Protocol once.
        var protocol = R.CitationRows().CountByInstrument().First();
        Assert.Equal("trafficking-protocol", protocol.InstrumentId);
        Assert.Equal(7, protocol.Citations);
        Assert.Equal(["PP6", "PP14", "OP1", "OP3(b)(ii)", "OP4(c)", "OP12", "OP15"], protocol.Parts);
        // Preamble: PP1 1, PP2 1, PP3 3 (with "that Convention"), PP4 1, PP5 1, PP6 3 (likewise), PP7 1,
        // PP8 1, PP14 2, PP19 1, PP20 1 = 16; operative: OP1 4 (likewise), OP3(b)(ii) 2, OP4(c) 1, OP12 1,
        // OP15 1, OP18 1 = 10. Total 26.
        Assert.Equal(26, R.CitationRows().Count());
    }

    [Fact]
    public void CitationRows_CitingAPinpointOfTheConvention() =>
        Assert.Equal(["PP19"], R.CitationRows().Citing("untoc", "article 32").Select(r => r.Part.Short));

    [Theory]
    [InlineData("OP3(b)(ii)", "paragraph 3 (b) (ii)")]
    [InlineData("OP18", "paragraph 18")]
    [InlineData("PP5", "preambular paragraph 5")]
    public void UnCitation_ReadsAsTheUnCites(string id, string expected) =>
        Assert.Equal(expected, UnCitation.Of(R.FindPart(id)!.Id));

    [Fact]
    public void UnCitation_OfAnIdItCannotReadIsTheIdItself() =>
        Assert.Equal("annex_1", UnCitation.Of(new PartId("annex_1", "annex_1")));

    [Fact]
    public void Asks_OfAnotherResolutionWorkToo()
    {
        var other = Resolutions.FromString(TestData.SeedText.Replace("Requests the Secretary-General", "Requests the United Nations Office on Drugs and Crime", StringComparison.Ordinal));
        Assert.Equal([14, 15, 16, 18], other.Asks().AddressedTo("unodc").Select(a => a.Paragraph));
    }
}
