using System.Text;

namespace Resolution2006_27.Model.Tests;

/// <summary>The seed with bytes in it that are not UTF-8: what a file or a stream must be refused for, and where.</summary>
internal static class BadBytes
{
    /// <summary>
    /// The seed's UTF-8 bytes after <paramref name="bom"/> bytes of UTF-8's byte-order mark, with a lead byte that has no
    /// continuation (0xC3 0x28) before the seed's first <paramref name="word"/>; and that word's offset in the seed's text.
    /// </summary>
    public static (byte[] Bytes, int Offset) InSeedBefore(string word, int bom)
    {
        var text = Encoding.UTF8.GetBytes(TestData.SeedText);
        var chars = TestData.SeedText.IndexOf(word, StringComparison.Ordinal);
        var at = Encoding.UTF8.GetByteCount(TestData.SeedText[..chars]);
        return ([.. Encoding.UTF8.GetPreamble().Take(bom), .. text.AsSpan(0, at), 0xC3, 0x28, .. text.AsSpan(at)], chars);
    }
}
