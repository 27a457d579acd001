using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Citations and their pinpoints, as DOMAIN.md lists them and as the seed prints them.</summary>
public class CitationTests
{
    private readonly Resolution R = Fresh.Seed();

    private IReadOnlyList<Citation> In(string partId) => R.FindPart(partId)!.Citations;

    public static TheoryData<string, string, string, string> Pinpoints => new()
    {
        // part, instrument, pinpoint text, path as "unit:numbers > unit:numbers"
        { "PP2", "recommended-principles-guidelines", "guideline 8", "guideline:8" },
        { "PP5", "bangkok-declaration", "paragraphs 4 and 13", "paragraph:4,13" },
        { "PP19", "untoc", "article 32", "article:32" },
        { "OP3(b)(ii)", "untoc", "articles 24 and 25", "article:24,25" },
        { "OP3(b)(ii)", "trafficking-protocol", "article 6, paragraph 2", "article:6 > paragraph:2" },
        { "OP4(c)", "trafficking-protocol", "article 6, paragraphs 3 and 4", "article:6 > paragraph:3,4" },
        { "OP12", "trafficking-protocol", "article 9, paragraph 5", "article:9 > paragraph:5" },
    };

    [Theory]
    [MemberData(nameof(Pinpoints))]
    public void Pinpoint_IsAStructuredPath(string part, string instrument, string text, string path)
    {
        var citation = Assert.Single(In(part), c => c.Pinpoint is not null && c.InstrumentId == instrument);
        Assert.Equal(text, citation.Pinpoint!.Text);
        Assert.Equal(path, string.Join(" > ", citation.Pinpoint.Path.Select(l => $"{l.Unit}:{string.Join(",", l.Numbers)}")));
    }

    [Fact]
    public void Pinpoint_InRomanNumerals_IsRead()
    {
        // A section or chapter numbered in capitals: "section XI of its resolution 60/999".
        var r = Resolutions.FromString(ShortResolution.Text("1. Urges Member States to implement section XI of its resolution 60/999 and chapter XII of its resolution 60/998."), Fresh.Options());
        Assert.Equal([("e-res-60-999", "section XI", "section:XI"), ("e-res-60-998", "chapter XII", "chapter:XII")],
            r.OperativeParagraphs[0].Citations.Select(c => (c.InstrumentId, c.Pinpoint!.Text, string.Join(" > ", c.Pinpoint.Path.Select(l => $"{l.Unit}:{string.Join(",", l.Numbers)}")))));
    }

    [Fact]
    public void Pinpoints_AreExactlyTheSevenInTheText() =>
        Assert.Equal(7, R.Parts.SelectMany(p => p.Citations).Count(c => c.Pinpoint is not null));

    [Fact]
    public void Pinpoint_OfGuidelineEightKeepsItsCaption() =>
        Assert.Equal(
            "Special measures for the protection and support of child victims of trafficking",
            In("PP2").Single().Pinpoint!.Caption);

    [Fact]
    public void Pinpoint_RendersInUnAndAkomaNtosoForms()
    {
        var pinpoint = In("OP3(b)(ii)").Single(c => c.InstrumentId == "trafficking-protocol").Pinpoint!;
        Assert.Equal("art_6__para_2", pinpoint.ToAkomaNtosoFragment());
        Assert.Equal("articles 24 and 25", In("OP3(b)(ii)").Single(c => c.InstrumentId == "untoc").Pinpoint!.Path[0].ToString());
    }

    [Fact]
    public void Pinpoint_SpanCoversItsWordsInTheSeed()
    {
        var pinpoint = In("OP3(b)(ii)").Single(c => c.InstrumentId == "trafficking-protocol").Pinpoint!;
        Assert.Equal("article 6, paragraph 2", TestData.SeedText.Substring(pinpoint.Span.Start, pinpoint.Span.Length));
        Assert.Equal(157, pinpoint.Span.Line);
    }

    public static TheoryData<string, string> Instruments => new()
    {
        // Every part that cites, with the instruments it cites in order, read off the seed.
        { "PP1", "victims-declaration" },
        { "PP2", "recommended-principles-guidelines" },
        { "PP3", "crc opsc crc" },
        { "PP4", "ilo-c182" },
        { "PP5", "bangkok-declaration" },
        { "PP6", "untoc trafficking-protocol untoc" },
        { "PP7", "a-res-58-137" },
        { "PP8", "ceb-note-transnational-crime" },
        { "PP14", "trafficking-protocol smuggling-protocol" },
        { "PP19", "untoc" },
        { "PP20", "ccpcj-12-report" },
        { "OP1", "untoc trafficking-protocol untoc opsc" },
        { "OP3(b)(ii)", "untoc trafficking-protocol" },
        { "OP4(c)", "trafficking-protocol" },
        { "OP12", "trafficking-protocol" },
        { "OP15", "trafficking-protocol" },
        { "OP18", "e-res-2006-27" },
    };

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Citations_OfAPartResolveToTheRegistry(string part, string instruments) =>
        Assert.Equal(instruments.Split(' '), In(part).Select(c => c.InstrumentId));

    [Fact]
    public void Citations_StandOnlyInThePartsThatCite()
    {
        var citing = Instruments.Select(row => row.Data.Item1).ToHashSet();
        Assert.All(R.Parts.Where(p => !citing.Contains(p.Id.Short)), p => Assert.Empty(p.Citations));
    }

    [Fact]
    public void ShortForm_TheConventionInPP19PointsBackToUntoc()
    {
        // "... Conference of the Parties to the United Nations Convention against Transnational Organized
        // Crime in accordance with article 32 of the Convention": the antecedent is inside the
        // Conference's name, which is no citation of its own.
        var citation = In("PP19").Single();
        Assert.Equal(CitationForm.ShortForm, citation.Form);
        Assert.Equal("the Convention", citation.Text);
        Assert.Equal("untoc", citation.InstrumentId);
    }

    [Fact]
    public void ShortForm_ThatConventionInsideATitleResolvesToTheParent()
    {
        // PP3: "the Optional Protocol to that Convention on the sale of children ..." names the OPSC.
        var opsc = In("PP3").Single(c => c.InstrumentId == "opsc");
        Assert.Equal("Optional Protocol to that Convention on the sale of children, child prostitution and child pornography", opsc.Text);
        Assert.Equal("crc", R.FindInstrument("opsc")!.ParentId);
        // PP6: "the Protocol to Prevent ..., supplementing that Convention".
        Assert.EndsWith("supplementing that Convention", In("PP6")[1].Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> ThatConvention => new()
    {
        // "that Convention" in a title read through its parent's slot: a citation of the parent, pointing
        // back to the parent's citation just before (PP3: "the Convention on the Rights of the Child";
        // PP6 and OP1: "the United Nations Convention against Transnational Organized Crime").
        { "PP3", "crc", "preamble__p_3__ref_1" },
        { "PP6", "untoc", "preamble__p_6__ref_1" },
        { "OP1", "untoc", "para_1__ref_1" },
    };

    [Theory]
    [MemberData(nameof(ThatConvention))]
    public void ShortForm_ThatConventionInATitlePointsBackToTheParent(string part, string instrument, string antecedent)
    {
        var citation = Assert.Single(In(part), c => c.Text == "that Convention");
        Assert.Equal(CitationForm.ShortForm, citation.Form);
        Assert.Equal(instrument, citation.InstrumentId);
        Assert.Equal(antecedent, citation.AntecedentId);
    }

    [Fact]
    public void ShortForm_IsNotReadWhereTheTitleNamesTheParentInFull() =>
        // OP1 "the Optional Protocol to the Convention on the Rights of the Child on the sale of children ...".
        Assert.DoesNotContain(In("OP1"), c => c.InstrumentId == "crc");

    [Fact]
    public void ShortForm_ThePresentResolutionIsTheResolutionItself()
    {
        var citation = In("OP18").Single();
        Assert.Equal("the present resolution", citation.Text);
        Assert.Equal(CitationForm.ShortForm, citation.Form);
        Assert.Equal("E/RES/2006/27", R.FindInstrument(citation.InstrumentId)!.DocumentSymbol);
    }

    [Fact]
    public void Symbol_OfGeneralAssemblyResolutionResolvesToItsEntry()
    {
        var citation = In("PP7").Single();
        Assert.Equal(CitationForm.Symbol, citation.Form);
        Assert.Equal("General Assembly resolution 58/137 of 22 December 2003", citation.Text);
        Assert.Equal("A/RES/58/137", R.FindInstrument("a-res-58-137")!.DocumentSymbol);
    }

    [Fact]
    public void Citation_SpansGiveBackTheirWordsFromTheSeed() =>
        Assert.All(R.Parts.SelectMany(p => p.Citations), c =>
            Assert.Equal(c.Text, Normalize(TestData.SeedText.Substring(c.Span.Start, c.Span.Length))));

    [Fact]
    public void Citation_IdsAreUnique()
    {
        var ids = R.Parts.SelectMany(p => p.Citations).Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("para_3__list_1__point_b__list_1__point_ii__ref_2", In("OP3(b)(ii)")[1].Id);
    }

    [Fact]
    public void ReferenceFacts_AreMarkedUnverified()
    {
        Assert.All(R.Instruments.Where(i => i.Id != "e-res-2006-27"), i => Assert.False(i.Provenance.Verified));
        var untoc = R.FindInstrument("untoc")!;
        Assert.Equal(new TreatySeriesReference(2225, 209, 39574), untoc.TreatySeries);
        Assert.Equal(new DateOnly(2003, 9, 29), untoc.EntryIntoForce);
        // Provenance cites what a reader can open: the adopting resolution's symbol and address, the treaty series.
        Assert.Contains("A/RES/55/25 (https://undocs.org/en/A/RES/55/25)", untoc.Provenance.Source, StringComparison.Ordinal);
        Assert.Contains("Treaty Series, vol. 2225, p. 209, No. 39574", untoc.Provenance.Source, StringComparison.Ordinal);
    }

    private static string Normalize(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s.Replace("-\n", "-", StringComparison.Ordinal), @"\s+", " ");

    [Fact]
    public void Parse_OfATitleOpeningWithAShortForm_CitesTheTitlesInstrumentOnly()
    {
        // "the Protocol" is the seed's short form of the Trafficking Protocol; "the Protocol of 2014 to the Forced Labour
        // Convention, 1930" opens with it and names the ILO Protocol: that is the only citation of the paragraph it is put in.
        var text = TestData.ReplaceFirst(TestData.SeedText, " 7. Urges Member States to take measures against trafficking in",
            " 7. Urges Member States to ratify the Protocol of 2014 to the Forced Labour Convention, 1930, and to take measures against trafficking in");
        var op7 = Resolutions.FromString(text, Fresh.Options()).OperativeParagraphs[6];
        var citation = Assert.Single(op7.Citations);
        Assert.Equal(("ilo-p29", CitationForm.Title, "Protocol of 2014 to the Forced Labour Convention, 1930"), (citation.InstrumentId, citation.Form, citation.Text));
    }

    [Fact]
    public void Instruments_AreTheRegistrysInItsOrder_ThenThoseMadeAsMade_ThenTheResolution()
    {
        // Cited in the reverse of the registry's order, between two symbols the registry does not hold.
        var r = Resolutions.FromString(ShortResolution.Text(
            "1. Urges Member States to implement General Assembly resolution 60/998 and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, as well as General Assembly resolution 60/997 and the United Nations Convention against Transnational Organized Crime, and the present resolution."),
            Fresh.Options());
        var registry = ReferenceRegistry.Default.Instruments.Select(i => i.Id).ToList();
        Assert.True(registry.IndexOf("untoc") < registry.IndexOf("trafficking-protocol"));
        Assert.Equal(["untoc", "trafficking-protocol", "a-res-60-998", "a-res-60-997", "e-res-2099-1"], r.Instruments.Select(i => i.Id));
    }
}
