using System.Text;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

/// <summary>
/// An Akoma Ntoso file is validated as its UTF-8 text, and bytes that are not UTF-8 are a problem of the input, named
/// at their line and column, before any rule reads the text.
/// </summary>
public sealed class AkomaNtosoFileValidationTests
{
    private static readonly string Xml = AkomaNtosoXml.ExportText(Fresh.Seed());

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void AFile_IsValidatedAsItsText_WithOrWithoutAMark(int bom)
    {
        WithFile([.. Encoding.UTF8.GetPreamble().Take(bom), .. Encoding.UTF8.GetBytes(Xml)], path =>
        {
            var report = AkomaNtosoValidator.ValidateFile(path, null);
            Assert.True(report.IsValid, string.Join("; ", report.Problems));
            Assert.Equal(AkomaNtosoValidator.Validate(Xml, null).Resolution, report.Resolution);
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void ABadByte_IsAProblemOfTheInput_AtItsLineAndColumn(int bom)
    {
        // A lead byte with no continuation before the export's first "Recalling" (PP1's phrase): decoded with
        // replacement, the phrase rule reported "found '\uFFFD(Recalling'" there, and the byte was never named.
        var at = Xml.IndexOf("Recalling", StringComparison.Ordinal);
        var before = Xml[..at];
        var (line, column) = (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
        WithFile([.. Encoding.UTF8.GetPreamble().Take(bom), .. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(Xml[at..])], path =>
        {
            var problem = Assert.Single(AkomaNtosoValidator.ValidateFile(path, null).Problems);
            Assert.Equal((ProblemLayer.Input, "utf-8", line, column, $"the invalid byte 0xC3 at byte {Encoding.UTF8.GetByteCount(before)}"),
                (problem.Layer, problem.Rule, problem.Line, problem.Column, problem.Found));
        });
    }

    [Fact]
    public void AFileOverTheLimit_OrMissing_IsAProblemOfTheInput_NotAnException()
    {
        WithFile(Encoding.UTF8.GetBytes(Xml), path =>
        {
            var problem = Assert.Single(AkomaNtosoValidator.ValidateFile(path, null, ValidatorOptions.Default with { MaxBytes = 1000 }).Problems);
            Assert.Equal((ProblemLayer.Input, "max-bytes"), (problem.Layer, problem.Rule));
        });
        var missing = Assert.Single(AkomaNtosoValidator.ValidateFile(Path.Combine(Path.GetTempPath(), $"res2006-none-{Guid.NewGuid():N}.xml"), null).Problems);
        Assert.Equal((ProblemLayer.Input, "readable-file"), (missing.Layer, missing.Rule));
    }

    private static void WithFile(byte[] content, Action<string> test) => TempFiles.With("E-RES-2006-27.xml", content, test);
}
