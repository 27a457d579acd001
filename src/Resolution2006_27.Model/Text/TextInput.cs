using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// Text read whole from a file or a stream: UTF-8, or UTF-16 or UTF-32 where a byte-order mark says so, never much
/// more than a limit, and invalid UTF-8 refused where it stands rather than replaced, with or without a mark.
/// </summary>
internal static class TextInput
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What a stream of unknown length is read by, and how much of one is read before the limit is looked at.
    private const int Chunk = 4096;

    /// <summary>
    /// Reads a file's text. A file that states its length is read in one read into a pooled buffer and decoded once,
    /// into the string alone (a stream and a reader allocated three buffers a file besides, a tenth of what loading a
    /// corpus allocated); anything else (a pipe, a file over the limit or grown meanwhile) is read as a stream is.
    /// </summary>
    /// <exception cref="ResolutionParseException">The text is not valid UTF-8 (the diagnostic gives the line and column of the first bad byte).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadFile(string path, int limit)
    {
        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) is var length and > 0 && length < limit && ReadWhole(handle, (int)length) is { } text)
        {
            return text;
        }
        // A read by offset leaves the handle's own position where it was, at the start, for the stream.
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return Read(stream, limit);
    }

    /// <summary>
    /// Reads a stream's text to its end, or to one chunk past <paramref name="limit"/> characters so that a huge stream
    /// is never read whole. A stream that says how many bytes are left is read whole into one pooled buffer and decoded
    /// once; one that does not, or holds more than it said, is decoded a chunk at a time.
    /// </summary>
    /// <exception cref="ResolutionParseException">The text is not valid UTF-8 (the diagnostic gives the line and column of the first bad byte).</exception>
    public static string Read(Stream stream, int limit)
    {
        var known = stream.CanSeek ? stream.Length - stream.Position : -1;
        var size = known >= 0 && known < limit ? (int)known + 1 : Chunk;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, size), size, throwOnEndOfStream: false);
            return read < size ? Decode(buffer.AsSpan(0, read)) : ReadOn(stream, buffer.AsSpan(0, read), limit);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A file's bytes, its length known: null when it holds more than it said (it grew meanwhile).
    private static string? ReadWhole(SafeFileHandle handle, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            var filled = 0;
            int read;
            while (filled < length + 1 && (read = RandomAccess.Read(handle, buffer.AsSpan(filled, length + 1 - filled), filled)) > 0)
            {
                filled += read;
            }
            return filled <= length ? Decode(buffer.AsSpan(0, filled)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The encoding a text's first bytes give, and the length of its byte-order mark: UTF-8 when there is none.</summary>
    /// <remarks>
    /// The marks a reader detects, but a UTF-8 mark keeps the decoding strict: a reader told the encoding by the mark
    /// decoded with replacement characters, and invalid bytes after a mark became U+FFFD in the text.
    /// </remarks>
    private static (Encoding Encoding, int Mark) EncodingOf(ReadOnlySpan<byte> first) => first switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Strict, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        _ => (Strict, 0),
    };

    // The whole text of bytes, in one decoding.
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, mark) = EncodingOf(bytes);
        try
        {
            return encoding.GetString(bytes[mark..]);
        }
        catch (DecoderFallbackException e)
        {
            var valid = Math.Clamp(e.Index, 0, bytes.Length - mark);
            throw InvalidAt(mark + valid, Encoding.UTF8.GetString(bytes.Slice(mark, valid)));
        }
    }

    // The text of a stream that holds more than one read: first, then a chunk at a time, to one chunk past the limit.
    private static string ReadOn(Stream stream, ReadOnlySpan<byte> first, int limit)
    {
        var (encoding, mark) = EncodingOf(first);
        var decoder = encoding.GetDecoder();
        var text = new StringBuilder();
        var bytes = ArrayPool<byte>.Shared.Rent(Chunk);
        var chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(Math.Max(first.Length, Chunk)));
        long consumed = mark;
        try
        {
            var chunk = first[mark..];
            var last = false;
            while (true)
            {
                try
                {
                    text.Append(chars, 0, decoder.GetChars(chunk, chars, flush: last));
                }
                catch (DecoderFallbackException e)
                {
                    var valid = Math.Clamp(e.Index, 0, chunk.Length);
                    throw InvalidAt(consumed + valid, text + Encoding.UTF8.GetString(chunk[..valid]));
                }
                consumed += chunk.Length;
                if (last || text.Length > limit)
                {
                    return text.ToString();
                }
                var read = stream.Read(bytes, 0, Chunk);
                last = read == 0; // the end: what the decoder holds of a character cut short is decoded, or refused
                chunk = bytes.AsSpan(0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Invalid UTF-8 at a byte of the input, after the text before it: its lines and characters say where the bytes stand.
    private static ResolutionParseException InvalidAt(long offset, string before)
    {
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new ResolutionParseException(new Diagnostic(DiagnosticIds.InvalidEncoding, DiagnosticSeverity.Error,
            $"The input is not valid UTF-8 at byte {offset}", new SourceSpan(before.Length, 0, line, column)));
    }
}
