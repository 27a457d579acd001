using System.Xml.Linq;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

/// <summary>
/// Resolutions of other shapes than 2006/27 through Akoma Ntoso and back: preambular items, a lead
/// phrase that asks nothing, adverbs, roman items, the corpus and a Security Council resolution.
/// </summary>
public class AkomaNtosoRoundTripTests
{
    private static readonly XNamespace A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    internal const string Shapes = """
        ECOSOC Resolution 2099/1

        Shapes of a resolution

         The Economic and Social Council,

         Recalling:

         (a) its resolution 2006/27 of 27 July 2006;

         (b) the instruments it cites, in particular:

         (i) the Convention;

         (ii) the Protocol,

         Also strongly urging Member States to act,

         1. Decides to keep the matter under review, and invites Member States to report;

         2. Also further urges Member States:

         (a) To act;

         (b) To act again.

        41st plenary meeting
        27 July 2099
        """;

    public static TheoryData<string> Texts() => ["shapes", "states", "undated", "E-RES-2015-23.txt", "A-RES-70-179.txt", "security council"];

    // States the registry knows by former names too (Benin was Dahomey; Cambodia was Democratic Kampuchea and the Khmer Republic).
    private const string States = "1. Urges Benin and Cambodia to act.";

    private static Resolution Parse(string name) => name switch
    {
        "shapes" => Resolutions.FromString(Shapes, Fresh.Options()),
        "security council" => Resolutions.FromString(SecurityCouncilTests.Text, Fresh.Options()),
        "states" => Resolutions.FromString(ShortResolution.Text(States), Fresh.Options()),
        // Closing lines with a meeting and no date: FRBR requires a date, and none must come back.
        "undated" => Resolutions.FromString(ShortResolution.Text(States).Replace("27 July 2099\n", "", StringComparison.Ordinal), Fresh.Options()),
        _ => Resolutions.FromString(TestData.CorpusText(name), Fresh.Options()),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Import_OfTheExportGivesTheModelBack(string name)
    {
        var resolution = Parse(name);
        var xml = AkomaNtosoXml.ExportText(resolution);
        Assert.Empty(AkomaNtosoTests.SchemaErrors(xml));
        Assert.Equal(resolution, AkomaNtosoXml.Import(xml));
    }

    [Fact]
    public void Import_GivesAStatesFormerNamesBack()
    {
        var imported = AkomaNtosoXml.Import(AkomaNtosoXml.ExportText(Parse("states")));
        Assert.Equal(["Dahomey"], imported.Actors.Single(a => a.Name == "Benin").State!.FormerNames);
        Assert.Equal(2, imported.Actors.Single(a => a.Name == "Cambodia").State!.FormerNames.Count);
    }

    [Fact]
    public void Export_OfPreambularItemsIsAContainerWithBlockLists()
    {
        var document = AkomaNtosoXml.Export(Parse("shapes"));
        var container = document.Descendants(A + "container").Single();
        Assert.Equal(("preambularParagraph", "preamble__p_1"), ((string?)container.Attribute("name"), (string?)container.Attribute("eId")));
        var list = container.Element(A + "blockList")!;
        Assert.Equal("preamble__p_1__list_1", (string?)list.Attribute("eId"));
        Assert.Equal(["(a)", "(b)"], list.Elements(A + "item").Select(i => i.Element(A + "num")!.Value));
        var nested = list.Elements(A + "item").Last().Element(A + "blockList")!;
        Assert.Equal(["(i)", "(ii)"], nested.Elements(A + "item").Select(i => i.Element(A + "num")!.Value));
        Assert.Null(list.Elements(A + "item").First().Element(A + "blockList"));
    }

    [Fact]
    public void Export_MarksALeadPhraseThatAsksNothingAndTheAskAfterIt()
    {
        var op1 = AkomaNtosoXml.Export(Parse("shapes")).Descendants(A + "paragraph").First();
        var phrases = op1.Descendants(A + "inline").Where(e => (string?)e.Attribute("name") == "operativePhrase").Select(e => e.Value);
        Assert.Equal(["Decides", "invites"], phrases);
        // A paragraph without items has content; one with items a list whose intro is its own text.
        Assert.NotNull(op1.Element(A + "content"));
        Assert.Null(op1.Element(A + "list"));
        var op2 = AkomaNtosoXml.Export(Parse("shapes")).Descendants(A + "paragraph").Last();
        Assert.Equal("para_2__list_1", (string?)op2.Element(A + "list")!.Attribute("eId"));
        Assert.NotNull(op2.Element(A + "list")!.Element(A + "intro"));
    }

    [Fact]
    public void Export_WritesEveryAdverbOfAPhrase()
    {
        var op2 = AkomaNtosoXml.Export(Parse("shapes")).Descendants(A + "paragraph").Last();
        var phrase = op2.Descendants(A + "inline").First(e => (string?)e.Attribute("name") == "operativePhrase");
        Assert.Equal("Also|further", (string?)phrase.Attribute(AkomaNtosoNames.Res + "adverbs"));
    }

    [Fact]
    public void Export_OfAMastheadWithoutANumber_MarksNoNumber()
    {
        // A masthead that names the organ and date and no number: the masthead is its words alone, and the model comes back whole.
        var r = Resolutions.FromString(ShortResolution.Headed("Resolution adopted by the Economic and Social Council on 27 July 2099\n\nA title", "1. Urges Member States to act."), Fresh.Options());
        Assert.Equal("", r.Number);
        var document = AkomaNtosoXml.Export(r);
        Assert.Empty(AkomaNtosoTests.SchemaErrors(document.ToString()));
        Assert.Empty(document.Descendants(A + "docNumber"));
        var masthead = document.Descendants(A + "preface").Single().Elements(A + "p").Single(p => (string?)p.Attribute("class") == "masthead");
        Assert.Equal(["Resolution adopted by the Economic and Social Council on 27 July 2099"], masthead.Nodes().Select(n => n.ToString()));
        Assert.Equal(r, AkomaNtosoXml.Import(document));
        // Without a masthead at all: "ECOSOC Resolution" with its number taken off the seed.
        var bare = Resolutions.FromString(TestData.ReplaceFirst(TestData.SeedText, "ECOSOC Resolution 2006/27", "ECOSOC Resolution"), Fresh.Options());
        Assert.Equal(("", null), (bare.Number, bare.Masthead));
        Assert.Equal(bare, AkomaNtosoXml.Import(AkomaNtosoXml.ExportText(bare)));
    }

    [Fact]
    public void Export_PutsTheNumberInTheHeadingLineThatPrintsIt()
    {
        // 2006/27 prints its number in the masthead, "ECOSOC Resolution 2006/27"; A/RES/70/179 before its title, "70/179.".
        var ecosoc = AkomaNtosoXml.Export(Fresh.Seed()).Descendants(A + "preface").Single();
        var masthead = ecosoc.Elements(A + "p").Single(p => (string?)p.Attribute("class") == "masthead");
        Assert.Equal(["ECOSOC Resolution ", "<docNumber>2006/27</docNumber>"], masthead.Nodes().Select(n => n is XElement e ? $"<{e.Name.LocalName}>{e.Value}</{e.Name.LocalName}>" : n.ToString()));
        var assembly = AkomaNtosoXml.Export(Parse("A-RES-70-179.txt")).Descendants(A + "preface").Single();
        var number = assembly.Elements(A + "p").Single(p => (string?)p.Attribute("class") == "number");
        Assert.Equal(["<docNumber>70/179</docNumber>", "."], number.Nodes().Select(n => n is XElement e ? $"<{e.Name.LocalName}>{e.Value}</{e.Name.LocalName}>" : n.ToString()));
        Assert.Empty(assembly.Elements(A + "p").Single(p => (string?)p.Attribute("class") == "masthead").Elements());
    }

    [Fact]
    public void Export_MarksEachMentionAsARoleOrAnOrganizationAsItsReferenceIs()
    {
        var document = AkomaNtosoXml.Export(Fresh.Seed());
        var roles = document.Descendants(A + "TLCRole").Select(e => "#" + (string)e.Attribute("eId")!).ToHashSet();
        var mentions = document.Descendants().Where(e => e.Name == A + "role" || e.Name == A + "organization").ToList();
        Assert.Equal(Fresh.Seed().Parts.Sum(p => p.ActorMentions.Count), mentions.Count);
        Assert.All(mentions, m => Assert.Equal(roles.Contains((string)m.Attribute("refersTo")!) ? "role" : "organization", m.Name.LocalName));
        Assert.Contains(mentions, m => m.Name.LocalName == "role");
    }

    [Fact]
    public void Export_ResolvesEveryLocalReferenceToATlcEntry()
    {
        var document = AkomaNtosoXml.Export(Fresh.Seed());
        var ids = document.Descendants(A + "references").Single().Elements().Select(e => "#" + (string)e.Attribute("eId")!).ToHashSet();
        var local = document.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "source" or "href" or "refersTo" && a.Value.StartsWith('#')).ToList();
        Assert.NotEmpty(local);
        Assert.All(local, a => Assert.Contains(a.Value, ids));
        var editor = document.Descendants(A + "TLCOrganization").First();
        Assert.Equal(("resolution2006-27-model", "/ontology/organization/resolution2006-27-model", "Resolution2006_27.Model"),
            ((string?)editor.Attribute("eId"), (string?)editor.Attribute("href"), (string?)editor.Attribute("showAs")));
        Assert.Equal("#resolution2006-27-model", (string?)document.Descendants(A + "proprietary").Single().Attribute("source"));
    }

    [Fact]
    public void Export_OfACitationOfAnInstrumentNotListedRefersToItsId()
    {
        // Only a model built in C# can cite an instrument it does not list; the export still says which.
        var r = Fresh.Seed();
        var op1 = r.OperativeParagraphs[0];
        var broken = r with { OperativeParagraphs = [op1 with { Citations = [op1.Citations[0] with { InstrumentId = "unlisted" }, .. op1.Citations.Skip(1)] }, .. r.OperativeParagraphs.Skip(1)] };
        var refs = AkomaNtosoXml.Export(broken).Descendants(A + "paragraph").First().Descendants().Where(e => (string?)e.Attribute(AkomaNtosoNames.Res + "instrument") == "unlisted");
        Assert.StartsWith("#unlisted", (string?)Assert.Single(refs).Attribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Name_OfAValueNoMemberNamesIsItsNumber() => Assert.Equal("42", AkomaNtosoWriter.Name((Model.Phrases.VerbClass)42));
}
