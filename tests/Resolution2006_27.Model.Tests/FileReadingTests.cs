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
    [InlineData(0)]
    [InlineData(3)]
    public void InvalidUtf8_IsRefused_NotReplaced(int bom)
    {
        // "Th", then a lead byte with no continuation, in the middle of the seed: a reader that replaced it would
        // parse the seed with a U+FFFD in its title.
        var text = Encoding.UTF8.GetBytes(TestData.SeedText);
        byte[] bytes = [.. Encoding.UTF8.GetPreamble().Take(bom), .. text.AsSpan(0, 200), 0xC3, 0x28, .. text.AsSpan(200)];
        WithFile(bytes, path =>
        {
            var refused = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(path, Fresh.Options()));
            Assert.Equal(DiagnosticIds.InvalidEncoding, refused.Diagnostic.Id);
            Assert.Contains("not valid UTF-8", refused.Message, StringComparison.Ordinal);
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

    private static void WithFile(byte[] content, Action<string> test)
    {
        var folder = Directory.CreateTempSubdirectory("res2006-files-");
        try
        {
            var path = Path.Combine(folder.FullName, Name);
            File.WriteAllBytes(path, content);
            test(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
