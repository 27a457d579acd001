using System.Text.Json;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>The small promises of the root API: lookups that find nothing, nulls refused, and how a model reads.</summary>
public class ResolutionApiTests
{
    private readonly Resolution R = Fresh.Seed();

    [Fact]
    public void FindActor_OfAnIdNotNamedIsNull() => Assert.Null(R.FindActor("nobody"));

    [Fact]
    public void FindInstrument_OfAnIdNotCitedIsNull() => Assert.Null(R.FindInstrument("nothing"));

    [Fact]
    public void FindPart_OfNullThrows() => Assert.Throws<ArgumentNullException>(() => R.FindPart(null!));

    [Fact]
    public void ToString_GivesTheSymbolAndTheSize() =>
        // The adopted text has 20 preambular and 18 operative paragraphs.
        Assert.Equal("E/RES/2006/27 (20 preambular, 18 operative paragraphs)", R.ToString());

    [Fact]
    public void Deserialize_OfNullThrows() => Assert.Throws<ArgumentNullException>(() => ModelJson.Deserialize(null!));

    [Fact]
    public void Deserialize_OfTheJsonNullSaysItIsNoResolution() =>
        Assert.Equal("The JSON is null, not a resolution.", Assert.Throws<JsonException>(() => ModelJson.Deserialize("null")).Message);

    [Fact]
    public void Open_OfAMissingResourceNamesIt() =>
        Assert.Equal("The embedded resource 'nothing.json' is missing from the assembly.",
            Assert.Throws<InvalidOperationException>(() => EmbeddedResources.Open("nothing.json")).Message);

    [Fact]
    public void Serialize_IndentsOnlyWhenAsked()
    {
        Assert.DoesNotContain('\n', ModelJson.Serialize(R, indented: false));
        Assert.StartsWith("{\n  \"symbol\": \"E/RES/2006/27\"", ModelJson.Serialize(R, indented: true).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', JsonSerializer.Serialize(R, ModelJson.TypeInfo<Resolution>(ModelJson.Options)));
    }

    [Fact]
    public void Export_WithoutTheDocumentationFileSaysWhereItLooked()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Model.Schema.ModelSchema.Export("/nonexistent/docs.xml"));
        Assert.Equal(("The schema's descriptions come from the library's XML documentation, which is not beside the assembly.", "/nonexistent/docs.xml"), (e.Message, e.FileName));
    }

    [Fact]
    public void Options_AreReadOnly() => Assert.True(ModelJson.Options.IsReadOnly && ModelJson.IndentedOptions.IsReadOnly);

    [Theory]
    [InlineData("\"class\":5", "Expected a VerbClass as one of the strings ")]
    [InlineData("\"class\":\"imperative\"", "\"imperative\" is not a VerbClass: expected one of ")]
    public void Deserialize_OfAVerbClassNoMemberNamesSaysWhatItExpected(string to, string message)
    {
        var json = TestData.ReplaceFirst(ModelJson.Serialize(R, indented: false), "\"class\":\"directive\"", to);
        var e = Assert.Throws<JsonException>(() => ModelJson.Deserialize(json));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("\"directive\", \"deciding\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_OfAnUndefinedEnumValueSaysSo()
    {
        var op1 = R.OperativeParagraphs[0];
        var broken = R with { OperativeParagraphs = [op1 with { Phrase = op1.Phrase! with { Class = (Model.Phrases.VerbClass)99 } }, .. R.OperativeParagraphs.Skip(1)] };
        Assert.StartsWith("99 is not a defined VerbClass.", Assert.Throws<JsonException>(() => ModelJson.Serialize(broken)).Message, StringComparison.Ordinal);
    }
}
