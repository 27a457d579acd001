using System.Xml.Linq;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// Resolutions of other shapes than 2006/27 through Akoma Ntoso and back: preambular items, a lead
/// phrase that asks nothing, adverbs, roman items, the corpus and a Security Council resolution.
/// </summary>
public class AknRoundTripTests
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

    public static TheoryData<string> Texts() => ["shapes", "E-RES-2015-23.txt", "security council"];

    private static Resolution Parse(string name) => name switch
    {
        "shapes" => Resolutions.FromString(Shapes),
        "security council" => SecurityCouncilTests.Parsed.Value.Resolution,
        _ => Resolutions.FromString(File.ReadAllText(Path.Combine(TestData.SharedPath, "corpus", name))),
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
    public void Export_OfPreambularItemsIsAContainerWithBlockLists()
    {
        var document = AkomaNtosoXml.Export(Resolutions.FromString(Shapes));
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
        var op1 = AkomaNtosoXml.Export(Resolutions.FromString(Shapes)).Descendants(A + "paragraph").First();
        var phrases = op1.Descendants(A + "inline").Where(e => (string?)e.Attribute("name") == "operativePhrase").Select(e => e.Value);
        Assert.Equal(["Decides", "invites"], phrases);
        // A paragraph without items has content; one with items a list whose intro is its own text.
        Assert.NotNull(op1.Element(A + "content"));
        Assert.Null(op1.Element(A + "list"));
        var op2 = AkomaNtosoXml.Export(Resolutions.FromString(Shapes)).Descendants(A + "paragraph").Last();
        Assert.Equal("para_2__list_1", (string?)op2.Element(A + "list")!.Attribute("eId"));
        Assert.NotNull(op2.Element(A + "list")!.Element(A + "intro"));
    }

    [Fact]
    public void Export_WritesEveryAdverbOfAPhrase()
    {
        var op2 = AkomaNtosoXml.Export(Resolutions.FromString(Shapes)).Descendants(A + "paragraph").Last();
        var phrase = op2.Descendants(A + "inline").First(e => (string?)e.Attribute("name") == "operativePhrase");
        Assert.Equal("Also|further", (string?)phrase.Attribute(Akn.Res + "adverbs"));
    }
}
