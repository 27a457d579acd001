using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// The SHA-256 of a source text's UTF-8 bytes, lower-case hex: what <see cref="SourceInfo.Sha256"/> states and
/// the validator checks a text against. The text is encoded a slice at a time into a borrowed buffer, so hashing
/// a corpus allocates no copy of each file.
/// </summary>
internal static class SourceHash
{
    private const int Slice = 16 * 1024; // characters encoded at a time

    public static string Sha256(string text) => text.Length <= Slice ? OneSlice(text) : Sliced(text);

    // Most sources are one slice: encoded and hashed in one call each, without an incremental hash and its encoder (and
    // their native context) made for every file of a corpus. The same bytes as sliced: a lone surrogate becomes U+FFFD
    // either way.
    private static string OneSlice(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Slice));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, written)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Sliced(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Slice));
        try
        {
            for (var start = 0; start < text.Length; start += Slice)
            {
                var length = Math.Min(Slice, text.Length - start);
                // The encoder keeps a surrogate pair cut at a slice's end for the next slice.
                var written = encoder.GetBytes(text.AsSpan(start, length), buffer, flush: start + length == text.Length);
                hash.AppendData(buffer, 0, written);
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
