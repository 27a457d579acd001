using System.Text;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// A file is read as its text, whatever its encoding says: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32
/// by their marks, invalid UTF-8 refused. Files are read apart from streams (in one read, where a stream is read
/// through a reader), so these are <see cref="StreamReadingTests"/> again, for files.
/// </summary>
public sealed class FileReadingTests
{
    private const string Name = "E-RES-2006-27.txt";

    // The seed as a string gives it, named as the file is.
    private static readonly string Expected = ModelJson.Serialize(Resolutions.FromString(TestData.SeedText, Fresh.Options() with { SourceName = Name }), indented: false);

    [Theory]
    [InlineData(null)]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void AFile_GivesItsText_InTheEncodingItsMarkSays(string? name)
    {
        var encoding = name is null ? new UTF8Encoding(false) : Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(TestData.SeedText)).ToArray();
        WithFile(bytes, path => Assert.Equal(Expected, ModelJson.Serialize(Resolutions.ReadFile(path, Fresh.Options()).Resolution, indented: false)));
    }

    [Theory]
    [InlineData(0, 211)]
    [InlineData(3, 214)]
    public void InvalidUtf8_IsRefused_AtTheLineAndColumnWhereItStands(int bom, int offset)
    {
        // A lead byte with no continuation before the seed's first "Recalling", which opens line 13 after a space (line
        // 13 starts at byte 210 of the seed, by grep -b): a reader that replaced it would parse the seed with a U+FFFD.
        var (bytes, chars) = BadBytes.InSeedBefore("Recalling", bom);
        WithFile(bytes, path =>
        {
            var refused = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(path, Fresh.Options()));
            Assert.Equal(DiagnosticIds.InvalidEncoding, refused.Diagnostic.Id);
            Assert.Equal($"The input is not valid UTF-8 at byte {offset} (line 13, column 2)", refused.Message);
            Assert.Equal((13, 2, chars), (refused.Diagnostic.Line, refused.Diagnostic.Column, refused.Diagnostic.Offset));
        });
    }

    [Fact]
    public void AFileOverTheParsersLimit_IsRefusedAsTooLong()
    {
        WithFile(Encoding.UTF8.GetBytes(TestData.SeedText), path =>
        {
            var refused = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(path, Fresh.Options() with { MaxLength = 1000 }));
            Assert.Equal(DiagnosticIds.TooLong, refused.Diagnostic.Id);
        });
    }

    [Fact]
    public void AnEmptyFile_IsRefusedByTheParser()
    {
        WithFile([], path => Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(path, Fresh.Options())));
    }

    private static void WithFile(byte[] content, Action<string> test) => TempFiles.With(Name, content, test);
}
