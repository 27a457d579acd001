using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Caching;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// Akoma Ntoso that is well-formed but not what this edition writes: each fault, placed by hand in the
/// export, is named with the element and the line it stands on.
/// </summary>
public class AknImportFaultTests
{
    private static readonly ProcessDefault<string> Exported = new(() => AkomaNtosoXml.ExportText(Resolutions.E2006_27));

    private static string Xml => Exported.Value;

    // PP1 ("Recalling the Declaration of Basic Principles ...", footnote 1) and the first actor's record, ECOSOC.
    public static TheoryData<string, string, string, string> Faults() => new()
    {
        { "marker=\"1\" placement", "marker=\"one\" placement", "'marker' of <authorialNote> is not a whole number", "preamble__p_1" },
        { "eId=\"authorialNote_1\" marker=\"1\" ", "eId=\"authorialNote_1\" ", "<authorialNote> lacks its attribute 'marker'", "preamble__p_1" },
        { "res:lemma=\"recall\" ", "", "<inline> lacks its attribute 'res:lemma'", "preamble__p_1" },
        { "res:class=\"reinforcing\"", "res:class=\"imperative\"", "'imperative' is not a VerbClass (attribute 'class' of <inline>)", "preamble__p_1" },
        { "<res:shortForm>the Council</res:shortForm>\n            <res:provenance", "<res:shortForm>the Council</res:shortForm>\n            <res:nothing", "<actor> lacks a child element this edition writes there", "res:actor id=\"ecosoc\"" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Import_NamesTheFaultAndItsLine(string from, string to, string problem, string onTheLineOf)
    {
        var broken = TestData.ReplaceFirst(Xml, from, to);
        var e = Assert.Throws<AknFormatException>(() => AkomaNtosoXml.Import(broken));
        Assert.Equal(problem, e.Problem);
        Assert.Contains(onTheLineOf, broken.Split('\n')[e.Line - 1], StringComparison.Ordinal);
        Assert.Equal($"{problem} (line {e.Line}, column {e.Column})", e.Message);
    }

    [Fact]
    public void Validate_OfAFaultTheSchemaAllowsIsAStructureProblemWithItsLine()
    {
        var broken = TestData.ReplaceFirst(Xml, "marker=\"1\" placement", "marker=\"one\" placement");
        var problem = Assert.Single(AkomaNtosoValidator.Validate(broken, null).Problems);
        Assert.Equal((ProblemLayer.Schema, "akn-structure", "the elements and attributes this edition writes", "'marker' of <authorialNote> is not a whole number"),
            (problem.Layer, problem.Rule, problem.Expected, problem.Found));
        Assert.Contains("preamble__p_1", broken.Split('\n')[problem.Line - 1], StringComparison.Ordinal);
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
        var e = new AknFormatException("no position", 0, 0);
        Assert.Equal(("no position", 0, 0), (e.Message, e.Line, e.Column));
    }

    [Fact]
    public void AknFormatException_WithAPositionNamesIt() =>
        Assert.Equal("bad (line 3, column 7)", new AknFormatException("bad", 3, 7).Message);

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
}
