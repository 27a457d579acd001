using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

/// <summary>
/// Akoma Ntoso that is well-formed but not what this edition writes: each fault, placed by hand in the
/// export, is named with the element and the line it stands on.
/// </summary>
public class AkomaNtosoImportFaultTests
{
    private readonly Lazy<string> export = new(() => AkomaNtosoXml.ExportText(Fresh.Seed()));

    private string Xml => export.Value;

    // PP1 ("Recalling the Declaration of Basic Principles ...", footnote 1) and the first actor's record, ECOSOC.
    public static TheoryData<string, string, string, string> Faults() => new()
    {
        { "marker=\"1\" placement", "marker=\"one\" placement", "'marker' of <authorialNote> is not a whole number", "preamble__p_1" },
        { "eId=\"authorialNote_1\" marker=\"1\" ", "eId=\"authorialNote_1\" ", "<authorialNote> lacks its attribute 'marker'", "preamble__p_1" },
        { "res:lemma=\"recall\" ", "", "<inline> lacks its attribute 'res:lemma'", "preamble__p_1" },
        { "res:class=\"reinforcing\"", "res:class=\"imperative\"", "'imperative' is not a VerbClass (attribute 'class' of <inline>)", "preamble__p_1" },
        { "<res:shortForm>the Council</res:shortForm>\n            <res:provenance", "<res:shortForm>the Council</res:shortForm>\n            <res:nothing", "<actor> lacks a child element this edition writes there", "res:actor id=\"ecosoc\"" },
        { "<num>5.</num>", "<num>V.</num>", "<num> of OP5 is 'V.', not a paragraph number", "eId=\"para_5\"" },
        { "<num>(c)</num>", "<num>(x)</num>", "<num>(x)</num> does not match the eId of OP2(c)", "eId=\"para_2__list_1__point_c\"" },
        { "eId=\"para_5\" ", "eId=\"paragraph_5\" ", "eId 'paragraph_5' is not one this edition writes (preamble__p_N, para_N, ...__list_1__point_x)", "eId=\"paragraph_5\"" },
        { "<res:footnote number=\"1\" ", "<res:footnote number=\"99\" ", "footnote 1 is marked in the text but has no res:footnote record", "<res:edition " },
        { "refersTo=\"#high-commissioner-human-rights\"", "refersTo=\"high-commissioner-human-rights\"", "refersTo 'high-commissioner-human-rights' of <role> is not a local reference '#id'", "preamble__p_2" },
        { "res:path=\"guideline:8\"", "res:path=\"guideline8\"", "res:path level 'guideline8' is not 'unit:numbers'", "preamble__p_2" },
        { "res:path=\"guideline:8\"", "res:path=\":8\"", "res:path level ':8' is not 'unit:numbers'", "preamble__p_2" },
    };

    [Fact]
    public void Import_WithoutTheEditionsRecordsSaysWhereTheyWereDue()
    {
        var broken = Xml.Replace("<res:edition ", "<res:notes ", StringComparison.Ordinal).Replace("</res:edition>", "</res:notes>", StringComparison.Ordinal);
        var e = Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import(broken));
        Assert.Equal("<meta> has no <proprietary> holding this edition's records (res:edition)", e.Problem);
        Assert.Contains("<meta>", broken.Split('\n')[e.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfMalformedXmlSaysSoWithItsPosition()
    {
        var e = Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import("<akomaNtoso>\n  <statement>\n</akomaNtoso>"));
        Assert.StartsWith("Malformed XML: ", e.Problem, StringComparison.Ordinal);
        Assert.Equal((3, 3), (e.Line, e.Column));
    }

    [Fact]
    public void PublicEntries_RefuseNull()
    {
        // Each names its own parameter: a check passed down to another entry would name that one's.
        Assert.Equal("resolution", Assert.Throws<ArgumentNullException>(() => AkomaNtosoXml.Export(null!)).ParamName);
        Assert.Equal("xml", Assert.Throws<ArgumentNullException>(() => AkomaNtosoXml.Import((string)null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => AkomaNtosoXml.Import((System.Xml.Linq.XDocument)null!)).ParamName);
        Assert.Equal("xml", Assert.Throws<ArgumentNullException>(() => AkomaNtosoXml.Load(null!)).ParamName);
        Assert.Equal("xml", Assert.Throws<ArgumentNullException>(() => AkomaNtosoValidator.Validate(null!, null)).ParamName);
        Assert.Throws<ArgumentNullException>(() => AkomaNtosoSchema.Load(null!));
    }

    [Fact]
    public void ExportText_PutsEachStructuralElementOnALineIndentedByItsDepth()
    {
        var lines = Xml.Split('\n');
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>", lines[0]);
        Assert.StartsWith("<akomaNtoso xmlns:res=", lines[1], StringComparison.Ordinal);
        Assert.Equal(["  <statement name=\"resolution\">", "    <meta>", "      <identification source=\"#resolution2006-27-model\">", "        <FRBRWork>"], lines[2..6]);
        Assert.Equal(["    </conclusions>", "  </statement>", "</akomaNtoso>", ""], lines[^4..]);
        // Text containers are left whole: a paragraph and its inline markup stand on one line.
        Assert.Single(lines, l => l.Contains("eId=\"preamble__p_1\"", StringComparison.Ordinal) && l.EndsWith("</p>", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Import_NamesTheFaultAndItsLine(string from, string to, string problem, string onTheLineOf)
    {
        var broken = TestData.ReplaceFirst(Xml, from, to);
        var e = Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import(broken));
        Assert.Equal(problem, e.Problem);
        Assert.Contains(onTheLineOf, broken.Split('\n')[e.Line - 1], StringComparison.Ordinal);
        Assert.Equal($"{problem} (line {e.Line}, column {e.Column})", e.Message);
    }

    [Fact]
    public void Validate_OfAFaultTheSchemaAllowsIsAStructureProblemWithItsPosition()
    {
        var broken = TestData.ReplaceFirst(Xml, "marker=\"1\" placement", "marker=\"one\" placement");
        var problem = Assert.Single(AkomaNtosoValidator.Validate(broken, null).Problems);
        // The authorial note of PP1, at the column of its name (after the '<').
        var line = Array.FindIndex(broken.Split('\n'), l => l.Contains("marker=\"one\"", StringComparison.Ordinal)) + 1;
        var column = broken.Split('\n')[line - 1].IndexOf("<authorialNote eId=\"authorialNote_1\"", StringComparison.Ordinal) + 2;
        Assert.Equal(new ValidationProblem(ProblemLayer.Schema, "", line, column, "akn-structure", "the elements and attributes this edition writes", "'marker' of <authorialNote> is not a whole number"), problem);
    }

    [Fact]
    public void Validate_OfADtdIsASyntaxProblemAtTheStart()
    {
        var problem = Assert.Single(AkomaNtosoValidator.Validate("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]>\n<a>&b;</a>", null).Problems);
        Assert.Equal((ProblemLayer.Syntax, "", 1, "xml", "well-formed XML without a DTD"), (problem.Layer, problem.Pointer, problem.Line, problem.Rule, problem.Expected));
        Assert.StartsWith("Malformed XML: ", problem.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfMalformedXmlIsASyntaxProblemAtItsLineAndColumn()
    {
        // Line 3 closes <akomaNtoso> while <statement> is open: the name stands in column 3.
        var problem = Assert.Single(AkomaNtosoValidator.Validate("<akomaNtoso>\n  <statement>\n</akomaNtoso>", null).Problems);
        Assert.Equal((ProblemLayer.Syntax, "", 3, 3, "xml", "well-formed XML without a DTD"), (problem.Layer, problem.Pointer, problem.Line, problem.Column, problem.Rule, problem.Expected));
    }

    [Fact]
    public void Validate_PointsARuleProblemInThePreambleAtItsParagraph()
    {
        // PP1's cited title retyped: its span no longer agrees with the adopted text.
        var broken = TestData.ReplaceFirst(Xml, "res:form=\"title\" res:span=\"225,83,13,16\">Declaration of Basic Principles", "res:form=\"title\" res:span=\"225,83,13,16\">Declaration of Basic Rules");
        var problems = AkomaNtosoValidator.Validate(broken, null).Problems;
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(ProblemLayer.Rules, p.Layer));
        Assert.Contains(problems, p => p.Rule == "span-agrees" && p.Pointer.EndsWith("/preamble/p[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void AknFormatException_WithoutAPositionIsTheProblemAlone()
    {
        var e = new AkomaNtosoFormatException("no position", 0, 0);
        Assert.Equal(("no position", 0, 0), (e.Message, e.Line, e.Column));
        // As a diagnostic it stands at line 1, column 1, as its documentation says.
        Assert.Equal((Model.Diagnostics.DiagnosticIds.InvalidAkomaNtoso, Model.Diagnostics.DiagnosticSeverity.Error, "no position", 1, 1), (e.Diagnostic.Id, e.Diagnostic.Severity, e.Diagnostic.Message, e.Diagnostic.Line, e.Diagnostic.Column));
        var placed = new AkomaNtosoFormatException("bad", 3, 7).Diagnostic;
        Assert.Equal((3, 7), (placed.Line, placed.Column));
    }

    [Fact]
    public void AknFormatException_WithAPositionNamesIt() =>
        Assert.Equal("bad (line 3, column 7)", new AkomaNtosoFormatException("bad", 3, 7).Message);

    [Fact]
    public void Load_OfAFolderWithoutTheSchemaNamesTheFileMissing()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var e = Assert.Throws<FileNotFoundException>(() => AkomaNtosoSchema.Load(folder));
            Assert.Equal($"The Akoma Ntoso schema needs xml.xsd in {folder}.", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Find_OfAGivenFolderIsThatFolder() => Assert.Equal("/some/folder", AkomaNtosoSchema.Find("/some/folder"));

    [Fact]
    public void Find_TakesTheGivenFolder_ThenAKN_SCHEMA_DIR_ThenSharedReferenceAknAboveTheWorkingFolder()
    {
        // A tree: root/shared/reference/akn/akomantoso30.xsd, and root/a/b as the working folder.
        var root = Path.Combine(Path.GetTempPath(), $"res2006-akn-{Guid.NewGuid():N}");
        var schemaFolder = Path.Combine(root, "shared", "reference", "akn");
        var working = Path.Combine(root, "a", "b");
        Directory.CreateDirectory(schemaFolder);
        Directory.CreateDirectory(working);
        try
        {
            Assert.Equal("/given", AkomaNtosoSchema.Find("/given", "/from-environment", working));
            Assert.Equal("/from-environment", AkomaNtosoSchema.Find(null, "/from-environment", working));
            // A folder named so but without the schema file is passed over (a folder above the temporary one may hold one).
            Assert.NotEqual(schemaFolder, AkomaNtosoSchema.Find(null, "", working));
            File.WriteAllText(Path.Combine(schemaFolder, AkomaNtosoSchema.FileName), "<xs:schema/>");
            Assert.Equal(schemaFolder, AkomaNtosoSchema.Find(null, "", working));
            Assert.Equal(schemaFolder, AkomaNtosoSchema.Find(null, null, root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void ElementsNestedPastTheBound_AreRefusedBeforeATreeIsBuilt(int depth)
    {
        // A hundred thousand nested elements inside docTitle took minutes to validate and were called valid.
        var nested = string.Concat(Enumerable.Repeat("<b>", depth)) + string.Concat(Enumerable.Repeat("</b>", depth));
        var xml = Xml.Replace("</docTitle>", nested + "</docTitle>", StringComparison.Ordinal);
        var refused = Assert.Throws<AkomaNtosoFormatException>(() => AkomaNtosoXml.Import(xml));
        Assert.Contains($"nested more than {AkomaNtosoXml.MaxDepth} deep (AkomaNtosoXml.MaxDepth)", refused.Problem, StringComparison.Ordinal);
        var report = AkomaNtosoValidator.Validate(xml, schemas: null);
        Assert.False(report.IsValid);
        Assert.Contains("AkomaNtosoXml.MaxDepth", report.Problems[0].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void TheExportNestsWellWithinTheBound() => Assert.Equal(Fresh.Seed(), AkomaNtosoXml.Import(Xml));
}
