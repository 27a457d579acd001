using System.Text;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// Text read from a stream is the stream's whole text, however the stream is read: a file (its length known), a pipe
/// (not), one that states a wrong length, one read from the middle, with a byte-order mark in any Unicode encoding.
/// </summary>
public sealed class StreamReadingTests
{
    // The seed as a string gives it: what every stream below must give.
    private static readonly string Expected = ModelJson.Serialize(Resolutions.FromString(TestData.SeedText, Fresh.Options()), indented: false);

    private static string Read(Stream stream) => ModelJson.Serialize(Resolutions.FromStream(stream, Fresh.Options()), indented: false);

    [Fact]
    public void AStreamThatStatesTooShortALength_IsReadToItsEnd()
    {
        var bytes = Encoding.UTF8.GetBytes(TestData.SeedText);
        Assert.Equal(Expected, Read(new MisstatedLengthStream(bytes, bytes.Length / 3)));
        Assert.Equal(Expected, Read(new MisstatedLengthStream(bytes, 0)));
    }

    [Fact]
    public void AStreamReadFromPastTheLengthItStates_IsReadToItsEnd()
    {
        var bytes = Encoding.UTF8.GetBytes("not part of it" + TestData.SeedText);
        using var stream = new MisstatedLengthStream(bytes, 5) { Position = "not part of it".Length };
        Assert.Equal(Expected, Read(stream));
    }

    [Fact]
    public void AStreamThatStatesTooLongALength_IsReadToItsEnd()
    {
        var bytes = Encoding.UTF8.GetBytes(TestData.SeedText);
        Assert.Equal(Expected, Read(new MisstatedLengthStream(bytes, bytes.Length * 3L)));
    }

    [Fact]
    public void AStreamOfKnownAndUnknownLength_GiveTheSameText()
    {
        var bytes = Encoding.UTF8.GetBytes(TestData.SeedText);
        Assert.Equal(Expected, Read(new MemoryStream(bytes)));
        Assert.Equal(Expected, Read(new OneWayStream(new MemoryStream(bytes))));
    }

    [Fact]
    public void AStreamReadFromItsMiddle_GivesTheTextFromThere()
    {
        var bytes = Encoding.UTF8.GetBytes("not part of it" + TestData.SeedText);
        using var stream = new MemoryStream(bytes) { Position = "not part of it".Length };
        Assert.Equal(Expected, Read(stream));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void AByteOrderMark_SaysTheEncoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(TestData.SeedText)).ToArray();
        Assert.Equal(Expected, Read(new MemoryStream(bytes)));
        Assert.Equal(Expected, Read(new OneWayStream(new MemoryStream(bytes))));
    }

    [Theory]
    [InlineData(0, 6337)]
    [InlineData(3, 6340)]
    public void InvalidUtf8_IsRefusedWhereItStands_WithOrWithoutAMark_HoweverTheStreamIsRead(int bom, int offset)
    {
        // A lead byte with no continuation before the seed's first "Invites", in " 3. Invites Member States" on line 138
        // (which starts at byte 6333, by grep -b): past the first chunk a stream of unknown length is read by. A reader
        // told the encoding by a UTF-8 mark replaced it with U+FFFD, and the seed was read with it.
        var (bytes, chars) = BadBytes.InSeedBefore("Invites", bom);
        foreach (var stream in new Stream[] { new MemoryStream(bytes), new OneWayStream(new MemoryStream(bytes)), new MisstatedLengthStream(bytes, 10) })
        {
            var refused = Assert.Throws<ResolutionParseException>(() => Resolutions.FromStream(stream, Fresh.Options()));
            var d = refused.Diagnostic;
            Assert.Equal(($"The input is not valid UTF-8 at byte {offset}", 138, 5, chars), (d.Message, d.Line, d.Column, d.Offset));
        }
    }

    [Fact]
    public void AFileOverTheLimit_IsRefusedWhetherItsLengthIsKnownOrNot()
    {
        var bytes = Encoding.UTF8.GetBytes(TestData.SeedText);
        var options = Fresh.Options() with { MaxLength = 1000 };
        foreach (var stream in new Stream[] { new MemoryStream(bytes), new OneWayStream(new MemoryStream(bytes)), new MisstatedLengthStream(bytes, 10) })
        {
            var e = Assert.Throws<ResolutionParseException>(() => Resolutions.FromStream(stream, options));
            Assert.Contains("more than the limit of 1000", e.Message, StringComparison.Ordinal);
        }
    }
}
