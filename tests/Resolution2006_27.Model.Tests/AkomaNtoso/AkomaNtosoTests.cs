using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

public class AkomaNtosoTests
{
    private static readonly XNamespace A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Lazy<XmlSchemaSet> Schema = new(() => AkomaNtosoSchema.Load(SchemaDirectory));
    /// <summary>The export of the embedded resolution, made once per test.</summary>
    private readonly Lazy<string> Xml = new(() => AkomaNtosoXml.ExportText(Fresh.Seed()));

    private static string SchemaDirectory => Path.Combine(TestData.SharedPath, "reference", "akn");

    private readonly Resolution R = Fresh.Seed();

    private XDocument Document => XDocument.Parse(Xml.Value, LoadOptions.PreserveWhitespace);

    /// <summary>The errors the official Akoma Ntoso schema finds in <paramref name="xml"/>, as line:column and message.</summary>
    internal static List<string> SchemaErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
            }
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    [Fact]
    public void Export_IsValidAgainstTheOfficialSchema() => Assert.Empty(SchemaErrors(Xml.Value));

    [Fact]
    public void Import_OfTheExportGivesAnEqualModel() => Assert.Equal(R, AkomaNtosoXml.Import(Xml.Value));

    [Fact]
    public void Import_OfAnotherResolutionsExportGivesItBack()
    {
        var other = Resolutions.FromString(File.ReadAllText(Path.Combine(TestData.RepoRoot, "tests", "Resolution2006_27.Model.Tests", "Data", "minimal-resolution.txt")));
        var xml = AkomaNtosoXml.ExportText(other);
        Assert.Empty(SchemaErrors(xml));
        Assert.Equal(other, AkomaNtosoXml.Import(xml));
    }

    [Fact]
    public void Text_ReadInDocumentOrderGivesBackTheModelsText()
    {
        var statement = Document.Root!.Element(A + "statement")!;
        var blocks = statement.Elements().Where(e => e.Name != A + "meta")
            .SelectMany(e => e.Descendants())
            .Where(e => (e.Name == A + "p" || e.Name == A + "num") && !e.Ancestors(A + "authorialNote").Any() && e.Parent!.Name != A + "authorialNote")
            .Select(e => string.Concat(e.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(A + "authorialNote").Any()).Select(t => t.Value)))
            .Where(t => t.Length > 0);
        var model = new[] { R.Masthead!.Text, R.Title!.Text, R.Preamble.EnactingFormula!.Text }
            .Concat(R.Parts.SelectMany(p => p switch
            {
                OperativeParagraph o => new[] { o.PrintedLabel, o.Text },
                SubParagraph s => [s.PrintedLabel, s.Text],
                _ => [p.Text],
            }))
            .Append(R.Conclusions!.Meeting.Text).Append(R.Conclusions!.Date!.Text);
        Assert.Equal(model, blocks);
    }

    [Fact]
    public void EIds_AreTheModelsOnTheRightElements()
    {
        var byId = Document.Descendants().Where(e => e.Attribute("eId") is not null).ToDictionary(e => (string)e.Attribute("eId")!);
        Assert.All(R.Parts, part =>
        {
            var element = byId[part.Id.EId];
            Assert.Equal(part switch { OperativeParagraph => "paragraph", SubParagraph => "point", _ => "p" }, element.Name.LocalName);
        });
        Assert.Equal("para_3__list_1__point_b__list_1__point_ii", byId["para_3__list_1__point_b__list_1__point_ii"].Attribute("eId")!.Value);
    }

    [Fact]
    public void Statement_IsAResolutionWithFrbrIdentifiers()
    {
        var statement = Document.Root!.Element(A + "statement")!;
        Assert.Equal("resolution", (string?)statement.Attribute("name"));
        var identification = statement.Element(A + "meta")!.Element(A + "identification")!;
        Assert.Equal("/akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27", (string?)identification.Element(A + "FRBRWork")!.Element(A + "FRBRthis")!.Attribute("value"));
        Assert.Equal("/akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27/eng@2006-07-27", (string?)identification.Element(A + "FRBRExpression")!.Element(A + "FRBRthis")!.Attribute("value"));
        Assert.Equal("2006/27", statement.Element(A + "preface")!.Descendants(A + "docNumber").Single().Value);
        Assert.Equal("2006-07-27", (string?)statement.Element(A + "conclusions")!.Descendants(A + "docDate").Single().Attribute("date"));
    }

    [Fact]
    public void Identification_FollowsTheFrbrConventionsOfAkn4Un()
    {
        // DOMAIN.md: work /akn/un/statement/deliberation/{actor}/{date}/{number}, expression adding /eng@{date};
        // the symbol, the organ and the date of adoption (27 July 2006) as the text prints them.
        const string work = "/akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27";
        const string expression = work + "/eng@2006-07-27";
        XElement E(string name, params object[] content) => new(A + name, content);
        XElement Value(string name, string value) => E(name, new XAttribute("value", value));
        var expected = E("identification", new XAttribute("source", "#resolution2006-27-model"),
            E("FRBRWork", Value("FRBRthis", work), Value("FRBRuri", work),
                E("FRBRalias", new XAttribute("value", "E/RES/2006/27"), new XAttribute("name", "symbol")),
                E("FRBRdate", new XAttribute("date", "2006-07-27"), new XAttribute("name", "adoption")),
                E("FRBRauthor", new XAttribute("href", "#ecosoc")),
                Value("FRBRcountry", "un"), Value("FRBRnumber", "2006/27"), Value("FRBRname", "resolution")),
            E("FRBRExpression", Value("FRBRthis", expression), Value("FRBRuri", expression),
                E("FRBRdate", new XAttribute("date", "2006-07-27"), new XAttribute("name", "adoption")),
                E("FRBRauthor", new XAttribute("href", "#ecosoc")),
                E("FRBRlanguage", new XAttribute("language", "eng"))),
            E("FRBRManifestation", Value("FRBRthis", expression + "/main.xml"), Value("FRBRuri", expression + ".akn"),
                E("FRBRdate", new XAttribute("date", "2006-07-27"), new XAttribute("name", "transform")),
                E("FRBRauthor", new XAttribute("href", "#resolution2006-27-model"))));
        var actual = XDocument.Parse(Xml.Value).Descendants(A + "identification").Single();
        Assert.True(XNode.DeepEquals(expected, actual), actual.ToString());
    }

    [Fact]
    public void References_NameEachActorAndInstrumentWhereAknLooksForIt()
    {
        var references = Document.Descendants(A + "references").Single();
        Assert.Equal("#resolution2006-27-model", (string?)references.Attribute("source"));
        foreach (var actor in R.Actors)
        {
            var tlc = references.Elements().Single(e => (string?)e.Attribute("eId") == actor.Id);
            var kind = tlc.Name.LocalName == "TLCRole" ? "role" : "organization";
            Assert.Equal(($"/ontology/{kind}/un/{actor.Id}", actor.Name), ((string?)tlc.Attribute("href"), (string?)tlc.Attribute("showAs")));
        }
        // Offices held by a person are roles: the Secretary-General and the High Commissioner in 2006/27.
        Assert.Equal(["high-commissioner-human-rights", "secretary-general"],
            references.Elements(A + "TLCRole").Select(e => (string)e.Attribute("eId")!).Order());
        var untoc = references.Elements(A + "TLCReference").Single(e => (string?)e.Attribute("eId") == "untoc");
        Assert.Equal(("/akn/un/treaty/untoc", "UNTOC", "treaty"), ((string?)untoc.Attribute("href"), (string?)untoc.Attribute("showAs"), (string?)untoc.Attribute("name")));
        // OP18 cites "the present resolution": its reference is this work.
        var self = references.Elements(A + "TLCReference").Single(e => (string?)e.Attribute("eId") == "e-res-2006-27");
        Assert.Equal("/akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27", (string?)self.Attribute("href"));
    }

    [Fact]
    public void References_HaveATlcEntryForEveryActorAndInstrument()
    {
        var tlcs = Document.Descendants(A + "references").Single().Elements().Select(e => (string)e.Attribute("eId")!).ToHashSet();
        Assert.All(R.Actors, a => Assert.Contains(a.Id, tlcs));
        Assert.All(R.Instruments, i => Assert.Contains(i.Id, tlcs));
        Assert.Equal("TLCRole", Document.Descendants().Single(e => (string?)e.Attribute("eId") == "secretary-general").Name.LocalName);
    }

    [Fact]
    public void FootnoteMarkers_AreAuthorialNotesWithoutBodiesInTheText()
    {
        var notes = Document.Descendants(A + "authorialNote").ToList();
        Assert.Equal(15, notes.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 6, 7, 4, 11, 11], notes.Select(n => (int)n.Attribute("marker")!));
        Assert.All(notes, n => Assert.Equal("", n.Value));
        // The probable bodies are metadata with provenance, never in the text.
        var body = R.Footnotes[2].Body!.Text;
        var statement = Document.Root!.Element(A + "statement")!;
        Assert.DoesNotContain(body, string.Concat(statement.Elements().Where(e => e.Name != A + "meta").Select(e => e.Value)), StringComparison.Ordinal);
        Assert.Contains(body, statement.Element(A + "meta")!.Element(A + "proprietary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Citations_AreRefsWhoseHrefCarriesThePinpoint()
    {
        var refs = Document.Descendants(A + "ref").ToDictionary(e => (string)e.Attribute("eId")!, e => (string)e.Attribute("href")!);
        Assert.EndsWith("/trafficking-protocol~art_6__para_2", refs["para_3__list_1__point_b__list_1__point_ii__ref_2"], StringComparison.Ordinal);
        // Three pinpoints list several numbers at one level: PP5 "paragraphs 4 and 13", OP3(b)(ii)
        // "articles 24 and 25" and OP4(c) "article 6, paragraphs 3 and 4".
        var mrefs = Document.Descendants(A + "mref").ToDictionary(e => (string)e.Attribute("eId")!);
        Assert.Equal(["preamble__p_5__ref_1", "para_3__list_1__point_b__list_1__point_ii__ref_1", "para_4__list_1__point_c__ref_1"], mrefs.Keys);
        Assert.Equal(["/akn/un/protocol/trafficking-protocol~art_6__para_3", "/akn/un/protocol/trafficking-protocol~art_6__para_4"],
            mrefs["para_4__list_1__point_c__ref_1"].Descendants(A + "ref").Select(r => (string)r.Attribute("href")!));
        var mref = mrefs["para_3__list_1__point_b__list_1__point_ii__ref_1"];
        Assert.Equal(["/akn/un/treaty/untoc~art_24", "/akn/un/treaty/untoc~art_25"], mref.Descendants(A + "ref").Select(r => (string)r.Attribute("href")!));
        Assert.StartsWith("articles 24 and 25 of the United Nations Convention", mref.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void OperativePhrasesAndAddressees_AreMarked()
    {
        var phrases = Document.Descendants(A + "inline").Where(e => (string?)e.Attribute("name") == "operativePhrase").ToList();
        Assert.Equal(19, phrases.Count); // one leading each of the 18 paragraphs, and "Encouraging" in OP6(d)
        var op14 = Document.Descendants(A + "paragraph").Single(p => (string?)p.Attribute("eId") == "para_14");
        var addressee = op14.Descendants(A + "inline").Single(e => (string?)e.Attribute("name") == "addressee");
        Assert.Equal("#unodc", (string?)addressee.Attribute("refersTo"));
        Assert.Equal("the United Nations Office on Drugs and Crime", addressee.Value);
    }

    [Fact]
    public void Validate_OfTheExportIsValidWithTheSchema()
    {
        var report = AkomaNtosoValidator.Validate(Xml.Value, Schema.Value);
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(R, report.Resolution);
    }

    [Fact]
    public void Validate_OfADuplicateEIdNamesBothParagraphs()
    {
        var xml = Xml.Value.Replace("eId=\"para_4\"", "eId=\"para_3\"", StringComparison.Ordinal);
        var problem = Assert.Single(AkomaNtosoValidator.Validate(xml, Schema.Value).Problems);
        Assert.Equal("unique-eid", problem.Rule);
        Assert.Matches(@"^eId 'para_3' used by <paragraph> OP3 at line \d+ and by <paragraph> OP3 at line \d+$", problem.Found);
        var lines = Xml.Value.Split('\n');
        Assert.Contains("eId=\"para_4\"", lines[problem.Line - 1], StringComparison.Ordinal);
        Assert.Equal((ProblemLayer.Schema, "every eId used once in the document"), (problem.Layer, problem.Expected));
        Assert.EndsWith("/mainBody/paragraph[4]", problem.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfADuplicateEIdOfAnInlineElementNamesItByItsId()
    {
        var xml = Xml.Value.Replace("eId=\"para_4__phrase_1\"", "eId=\"para_3__phrase_1\"", StringComparison.Ordinal);
        var problem = Assert.Single(AkomaNtosoValidator.Validate(xml, Schema.Value).Problems);
        var lines = xml.Split('\n');
        int LineOf(string eId) => Array.FindIndex(lines, l => l.Contains($"eId=\"{eId}\"", StringComparison.Ordinal)) + 1;
        Assert.Equal($"eId 'para_3__phrase_1' used by <inline> 'para_3__phrase_1' at line {LineOf("para_3__list_1__point_a") - 2} and by <inline> 'para_3__phrase_1' at line {LineOf("para_4__list_1__point_a") - 2}", problem.Found);
    }

    [Fact]
    public void Validate_OfAnElementTheSchemaForbidsSaysWhichPart()
    {
        var xml = Xml.Value.Replace("<num>5.</num>", "<num>5.</num><foo/>", StringComparison.Ordinal);
        var problem = Assert.Single(AkomaNtosoValidator.Validate(xml, Schema.Value).Problems);
        Assert.Equal(ProblemLayer.Schema, problem.Layer);
        Assert.Contains("invalid child element 'foo'", problem.Found, StringComparison.Ordinal);
        var line = Array.FindIndex(xml.Split('\n'), l => l.Contains("eId=\"para_5\"", StringComparison.Ordinal)) + 1;
        Assert.EndsWith($"(in <paragraph> OP5 at line {line})", problem.Found, StringComparison.Ordinal);
        Assert.Equal(("akn-schema", "what the Akoma Ntoso 3.0 schema allows here"), (problem.Rule, problem.Expected));
        Assert.DoesNotContain("http://docs.oasis-open.org", problem.Found, StringComparison.Ordinal);
        Assert.EndsWith("/mainBody/paragraph[5]/foo", problem.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfMalformedXmlGivesLineAndColumn()
    {
        var problem = Assert.Single(AkomaNtosoValidator.Validate("<akomaNtoso>\n  <statement>\n</akomaNtoso>", Schema.Value).Problems);
        Assert.Equal(ProblemLayer.Syntax, problem.Layer);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Validate_RefusesADtdSoEntitiesCannotExpand()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbbbb\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><a>&c;</a>";
        var problem = Assert.Single(AkomaNtosoValidator.Validate(bomb, null).Problems);
        Assert.Equal(ProblemLayer.Syntax, problem.Layer);
        Assert.Contains("DTD", problem.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfTextChangedInTheXmlIsCaughtByTheRules()
    {
        var xml = Xml.Value.Replace("To criminalize trafficking in persons;", "To tolerate trafficking in persons;", StringComparison.Ordinal);
        var problems = AkomaNtosoValidator.Validate(xml, Schema.Value).Problems;
        var problem = Assert.Single(problems);
        Assert.Equal("span-agrees", problem.Rule);
        Assert.EndsWith("/paragraph[2]/list/point[1]", problem.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfXmlWithoutTheEditionsRecordsSaysWhatIsMissingAndWhere()
    {
        var xml = Xml.Value.Replace(" res:span=\"5518,442,117,2\"", "", StringComparison.Ordinal);
        var e = Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import(xml));
        Assert.Contains("<paragraph> lacks a valid res:span", e.Problem, StringComparison.Ordinal);
        Assert.True(e.Line > 1);
    }

    [Fact]
    public void Import_OfAnotherRootElementSaysSo() =>
        Assert.Contains("not <akomaNtoso>", Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import("<html/>")).Message, StringComparison.Ordinal);
}
