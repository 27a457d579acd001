using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>What <see cref="Resolutions.FromFile"/> reads is held to the bounds and rules validate holds an export to.</summary>
public class FromFileBoundsTests
{
    [Fact]
    public void AnExportLongerThanTheParsersTextLimit_IsReadWhole()
    {
        // 2 MB of export (the parser's limit for printed text is 1 MiB of characters): it was cut at 1 MiB and then
        // reported as malformed JSON ("unclosed literal string").
        var export = ModelJson.Serialize(Fresh.Seed());
        var padded = export.TrimEnd() + new string(' ', (2 << 20) - export.Length) + "\n";
        WithFile(".json", padded, path => Assert.Equal(Fresh.Seed(), Resolutions.ReadFile(path).Resolution));
    }

    [Fact]
    public void AnExportLongerThanTheValidatorsLimit_IsRefusedNamingTheLimit()
    {
        var huge = "{" + new string(' ', (16 << 20) + 10) + "}";
        WithFile(".json", huge, path =>
        {
            var refused = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(path));
            Assert.Equal(DiagnosticIds.TooLong, refused.Diagnostic.Id);
            Assert.Contains("ValidatorOptions.MaxBytes", refused.Diagnostic.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AkomaNtosoThatBreaksTheModelsRules_IsRefusedNotRead()
    {
        // One eId used twice: the import gave a model that validate rejects (unique-ids), and export wrote it out.
        var xml = AkomaNtosoXml.ExportText(Fresh.Seed());
        var first = xml.IndexOf("eId=\"preamble__p_2\"", StringComparison.Ordinal);
        Assert.True(first > 0);
        var twice = xml[..first] + "eId=\"preamble__p_1\"" + xml[(first + "eId=\"preamble__p_2\"".Length)..];
        WithFile(".xml", twice, path =>
        {
            var refused = Assert.ThrowsAny<FormatException>(() => Resolutions.ReadFile(path));
            Assert.Contains("breaks the model's rules", refused.Message, StringComparison.Ordinal);
            Assert.Contains("unique-ids: expected an id used once (also at /preamble/paragraphs/0/id/eId), found 'preamble__p_1' again", refused.Message, StringComparison.Ordinal);
        });
    }

    private static void WithFile(string extension, string content, Action<string> test) =>
        TempFiles.With("E-RES-2006-27" + extension, System.Text.Encoding.UTF8.GetBytes(content), test);
}
