using System.Runtime.Intrinsics;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Which characters of a text are word characters as the alias matchers read words (<see cref="AliasMatcher.IsWordChar"/>:
/// letters, digits and the hyphen), 64 at a time, as the bits of a mask.
/// </summary>
internal static class WordChars
{
    /// <summary>
    /// Bit k set when <paramref name="chars"/>[k] is a word character, for up to 64 characters; the bits past
    /// <paramref name="chars"/>' length are clear.
    /// </summary>
    public static ulong Mask(ReadOnlySpan<char> chars)
    {
        // A whole chunk of ASCII is classed in vectors (8, 16 or 32 characters to one); one with a character outside ASCII (a letter
        // or not, as Unicode says) and a text's last, shorter chunk are classed one by one.
        if (Vector128.IsHardwareAccelerated && chars.Length == 64 && VectorMask(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chars)) is { } mask)
        {
            return mask;
        }
        var bits = 0UL;
        for (var k = 0; k < chars.Length; k++)
        {
            bits |= AliasMatcher.IsWordChar(chars[k]) ? 1UL << k : 0;
        }
        return bits;
    }

    // The mask of 64 ASCII characters, or null when one is outside ASCII: in the widest vectors the machine has.
    private static ulong? VectorMask(ReadOnlySpan<ushort> chars)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            return VectorMask512(chars);
        }
        if (Vector256.IsHardwareAccelerated)
        {
            return VectorMask256(chars);
        }
        return VectorMask128(chars);
    }

    // Each width on its own (internal: each is held to the reading one by one, whichever this machine takes).
    internal static ulong? VectorMask512(ReadOnlySpan<ushort> chars)
    {
        var mask = 0UL;
        var any = Vector512<ushort>.Zero;
        for (var k = 0; k < 2; k++)
        {
            var v = Vector512.Create(chars.Slice(k * 32, 32));
            any |= v;
            var digit = Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10));
            var letter = Vector512.LessThan((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)26));
            var hyphen = Vector512.Equals(v, Vector512.Create((ushort)'-'));
            mask |= (digit | letter | hyphen).ExtractMostSignificantBits() << (k * 32);
        }
        return Vector512.GreaterThanAny(any, Vector512.Create((ushort)127)) ? null : mask;
    }

    internal static ulong? VectorMask256(ReadOnlySpan<ushort> chars)
    {
        var mask = 0UL;
        var any = Vector256<ushort>.Zero;
        for (var k = 0; k < 4; k++)
        {
            var v = Vector256.Create(chars.Slice(k * 16, 16));
            any |= v;
            var digit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
            var letter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
            var hyphen = Vector256.Equals(v, Vector256.Create((ushort)'-'));
            mask |= (ulong)(digit | letter | hyphen).ExtractMostSignificantBits() << (k * 16);
        }
        return Vector256.GreaterThanAny(any, Vector256.Create((ushort)127)) ? null : mask;
    }

    internal static ulong? VectorMask128(ReadOnlySpan<ushort> chars)
    {
        var mask = 0UL;
        var any = Vector128<ushort>.Zero;
        for (var k = 0; k < 8; k++)
        {
            var v = Vector128.Create(chars.Slice(k * 8, 8));
            any |= v;
            // Unsigned: a character below '0' or 'a' wraps round to a large number.
            var digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var hyphen = Vector128.Equals(v, Vector128.Create((ushort)'-'));
            mask |= (ulong)(digit | letter | hyphen).ExtractMostSignificantBits() << (k * 8);
        }
        return Vector128.GreaterThanAny(any, Vector128.Create((ushort)127)) ? null : mask;
    }
}
