using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// Text read whole from a file or a stream: UTF-8, or whatever a byte-order mark says, never more than one character
/// past a limit, and invalid UTF-8 refused with a diagnostic rather than replaced.
/// </summary>
internal static class TextInput
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file's text. A file that states its length and holds UTF-8 is read in one read into a pooled buffer and
    /// decoded once, into the string alone: a stream and its reader allocated three buffers a file besides, a tenth
    /// of what loading a corpus allocated. Anything else (a pipe, a byte-order mark of UTF-16 or UTF-32, a file
    /// that grew meanwhile or is over the limit) is read as a stream is.
    /// </summary>
    /// <exception cref="ResolutionParseException">The text is not valid UTF-8 (where a file is read whole, the diagnostic gives the line and column of the first bad byte).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadFile(string path, int limit)
    {
        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) is var length and > 0 && length < limit && ReadUtf8(handle, (int)length) is { } text)
        {
            return text;
        }
        // A read by offset leaves the handle's own position where it was, at the start, for the stream.
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return Read(stream, limit);
    }

    /// <summary>Reads a stream's text to its end, stopping one character past <paramref name="limit"/> so that a huge stream is never read whole.</summary>
    /// <exception cref="ResolutionParseException">The text is not valid UTF-8.</exception>
    public static string Read(Stream stream, int limit)
    {
        try
        {
            using var reader = new StreamReader(stream, Strict, true, 4096, leaveOpen: true);
            var text = new StringBuilder();
            if (stream.CanSeek && stream.Length - stream.Position is var bytes and >= 0 && bytes < limit && ReadWhole(reader, (int)bytes, text) is { } whole)
            {
                return whole;
            }
            var buffer = new char[4096];
            int read;
            while (text.Length <= limit && (read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
            }
            return text.ToString();
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidEncoding(e);
        }
    }

    /// <summary>
    /// The file's <paramref name="length"/> bytes decoded as UTF-8 (a UTF-8 byte-order mark dropped, as a reader drops
    /// it); null when the file begins with the mark of UTF-16 or UTF-32, or holds more bytes than it stated.
    /// </summary>
    private static string? ReadUtf8(SafeFileHandle handle, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(filled), filled)) > 0)
            {
                filled += read;
            }
            if (filled == buffer.Length)
            {
                return null;
            }
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, filled);
            return bytes switch
            {
                [0xEF, 0xBB, 0xBF, ..] => Decode(bytes[3..], skipped: 3),
                [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] => null,
                _ => Decode(bytes, skipped: 0),
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A stream that says how many bytes are left, read whole into one pooled buffer and copied once into the string: it
    /// gives no more characters than bytes (UTF-8, UTF-16 and UTF-32 never do), so the buffer is large enough unless the
    /// file grew meanwhile, and then what was read is handed to <paramref name="rest"/> and null returned. A builder held
    /// each text twice over, a sixth of what loading a corpus allocated.
    /// </summary>
    private static string? ReadWhole(StreamReader reader, int bytes, StringBuilder rest)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length < buffer.Length && (read = reader.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }
            if (length < buffer.Length)
            {
                return new string(buffer, 0, length);
            }
            rest.Append(buffer, 0, length);
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text of <paramref name="bytes"/> (the file's after <paramref name="skipped"/> bytes of a mark), or a diagnostic
    /// at the line and column where they stop being UTF-8.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> bytes, int skipped)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // What comes before the bad bytes is text: its lines and characters say where they stand, as an editor would.
            var before = bytes[..Math.Clamp(e.Index, 0, bytes.Length)];
            var line = before.Count((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]) + 1;
            throw new ResolutionParseException(new Diagnostic(DiagnosticIds.InvalidEncoding, DiagnosticSeverity.Error,
                $"The input is not valid UTF-8 at byte {skipped + before.Length} of the file", new SourceSpan(Encoding.UTF8.GetCharCount(before), 0, line, column)));
        }
    }

    private static ResolutionParseException InvalidEncoding(DecoderFallbackException e) =>
        new(new Diagnostic(DiagnosticIds.InvalidEncoding, DiagnosticSeverity.Error, $"The input is not valid UTF-8 (byte {e.Index} of the bad sequence)", new SourceSpan(0, 0, 1, 1)));
}
