using System.Security.Cryptography;
using System.Text;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Text;

/// <summary>The hash encoded a slice at a time is the SHA-256 of the whole text's UTF-8 bytes.</summary>
public class SourceHashTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(40_000)]
    public void Sha256_IsTheHashOfTheWholeText(int length)
    {
        // Letters, accents, an em dash and a character outside the BMP ("𝄞", a surrogate pair) in turn.
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (i % 7) switch { 0 => "é", 1 => "—", 2 => "𝄞", _ => "a" }))[..length];
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, SourceHash.Sha256(text));
    }

    // A surrogate pair cut by the first slice's end (the encoder must keep its first half for the next slice),
    // and a text ending in half a pair (the last slice must flush it, as Encoding.UTF8 writes it: U+FFFD).
    [Theory]
    [InlineData(16 * 1024 - 1, "\U0001D11Eb")]
    [InlineData(3, "\uD834")]
    [InlineData(16 * 1024 - 1, "\uD834")]
    public void Sha256_OfSurrogatesAtASliceEnd_IsTheHashOfTheWholeText(int before, string end)
    {
        var text = new string('a', before) + end;
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, SourceHash.Sha256(text));
    }

    [Fact]
    public void Sha256_OfTheSeed_IsTheOneItsModelStates() =>
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Resolutions.SeedText))), Fresh.Seed().Source.Sha256);
}
