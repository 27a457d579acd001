using System.Xml.Schema;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

/// <summary>
/// The export checked against the official Akoma Ntoso 3.0 schema (../shared/reference/akn), in the library: the
/// seed's export is valid, and a fault placed by hand is named with its rule, its element and the line it stands on.
/// </summary>
public class AkomaNtosoSchemaValidationTests
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(() => AkomaNtosoSchema.Load(Path.Combine(TestData.SharedPath, "reference", "akn")));

    private readonly Lazy<string> export = new(() => AkomaNtosoXml.ExportText(Fresh.Seed()));

    private static int LineOf(string xml, string text) => xml[..xml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>The export with <paramref name="inserted"/> just inside the opening tag of the element whose eId is given.</summary>
    private string Inside(string eId, string inserted)
    {
        var xml = export.Value;
        var tagEnd = xml.IndexOf('>', xml.IndexOf($"eId=\"{eId}\"", StringComparison.Ordinal)) + 1;
        return xml[..tagEnd] + inserted + xml[tagEnd..];
    }

    [Fact]
    public void TheSeedsExport_IsValid()
    {
        var report = AkomaNtosoValidator.Validate(export.Value, Schema.Value);
        Assert.Empty(report.Problems);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void AnEIdUsedTwice_IsNamedWithBothHolders()
    {
        var xml = export.Value.Replace("eId=\"para_4\"", "eId=\"para_3\"", StringComparison.Ordinal);
        var (first, second) = (LineOf(xml, "eId=\"para_3\""), LineOf(export.Value, "eId=\"para_4\""));
        var problem = Assert.Single(AkomaNtosoValidator.Validate(xml, Schema.Value).Problems);
        Assert.Equal((ProblemLayer.Schema, "unique-eid", "every eId used once in the document", second), (problem.Layer, problem.Rule, problem.Expected, problem.Line));
        Assert.Equal($"eId 'para_3' used by <paragraph> OP3 at line {first} and by <paragraph> OP3 at line {second}", problem.Found);
        Assert.Equal("/akomaNtoso/statement/mainBody/paragraph[4]", problem.Pointer);
    }

    [Fact]
    public void AnElementTheSchemaDoesNotAllow_IsNamedInThePartItStandsIn()
    {
        var xml = Inside("para_3", "<bogus/>");
        var line = LineOf(xml, "<bogus/>");
        var problem = Assert.Single(AkomaNtosoValidator.Validate(xml, Schema.Value).Problems);
        Assert.Equal((ProblemLayer.Schema, "akn-schema", "what the Akoma Ntoso 3.0 schema allows here", line), (problem.Layer, problem.Rule, problem.Expected, problem.Line));
        Assert.StartsWith("The element 'paragraph' has invalid child element 'bogus'.", problem.Found, StringComparison.Ordinal);
        Assert.EndsWith($"(in <paragraph> OP3 at line {line})", problem.Found, StringComparison.Ordinal);
        // The schema's namespace is cut from the message: every element is in it.
        Assert.DoesNotContain("legaldocml", problem.Found, StringComparison.Ordinal);
        Assert.Equal("/akomaNtoso/statement/mainBody/paragraph[3]/bogus", problem.Pointer);
    }
}
