using System.Text;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// A file's bytes before any parser reads them, as both validators tell of them: whether the file could be read, and
/// whether the bytes are UTF-8, checked first: a decoder that replaced a bad byte with U+FFFD would let a later rule
/// report the replacement (a phrase "found '\uFFFD(Recalling'") instead of the byte.
/// </summary>
internal static class Utf8Input
{
    /// <summary>Whether <paramref name="e"/> says a file cannot be read (missing, locked, a bad path): a problem, not an exception.</summary>
    public static bool IsUnreadable(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>The problem of the input layer of a file that cannot be read, as both validators tell it.</summary>
    public static ValidationProblem Unreadable(Exception e) =>
        new(ProblemLayer.Input, "", 1, 1, "readable-file", "a readable file", $"{e.GetType().Name}: {e.Message}");

    /// <summary>The bytes after a UTF-8 byte-order mark, if they open with one.</summary>
    public static ReadOnlySpan<byte> WithoutMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    /// <summary>The problem of the input layer at the first byte that is not UTF-8, with its line and column; null when every byte is.</summary>
    public static ValidationProblem? Problem(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }
        System.Text.Unicode.Utf8.ToUtf16(utf8, new char[utf8.Length], out var goodBytes, out _, replaceInvalidSequences: false);
        var prefix = utf8[..goodBytes];
        var line = prefix.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(prefix[(prefix.LastIndexOf((byte)'\n') + 1)..]) + 1;
        return new ValidationProblem(ProblemLayer.Input, "", line, column, "utf-8", "UTF-8 text", $"the invalid byte 0x{utf8[goodBytes]:X2} at byte {goodBytes}");
    }
}
