using System.Text;
using System.Text.Json;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// One forward pass over UTF-8 JSON, without recursion: it records the line and column of every value
/// by its JSON Pointer (of the property name, for a property), finds duplicate property names, and
/// stops at the first syntax error (malformed JSON, nesting past the limit, comments, trailing
/// commas) with its position and the pointer of where it stood.
/// </summary>
internal sealed class JsonScan
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);
    private (int Line, int Offset, int Column) cursor = (-1, 0, 1);

    // When set, the only pointers whose positions are kept (with their ancestors, which PositionOf falls back to):
    // placing a thousand problems in a document of a million values keeps a thousand positions, not a million.
    private readonly HashSet<string>? wanted;

    private JsonScan(byte[] utf8, IEnumerable<string>? wanted)
    {
        this.utf8 = utf8;
        if (wanted is not null)
        {
            this.wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pointer in wanted)
            {
                for (var p = pointer; this.wanted.Add(p) && p.Length > 0; p = p[..p.LastIndexOf('/')])
                {
                }
            }
        }
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public List<ValidationProblem> Problems { get; } = [];

    /// <summary>The line and column of <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    public (int Line, int Column) PositionOf(string pointer)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (positions.TryGetValue(p, out var position))
            {
                return position;
            }
            if (p.Length == 0)
            {
                return (1, 1);
            }
        }
    }

    /// <summary>Scans <paramref name="utf8"/>, keeping the positions of every value, or only of <paramref name="wanted"/> pointers.</summary>
    public static JsonScan Run(byte[] utf8, int maxDepth, IEnumerable<string>? wanted = null)
    {
        var scan = new JsonScan(utf8, wanted);
        scan.Read(maxDepth);
        return scan;
    }

    public (int Line, int Column) Position(long byteOffset)
    {
        var index = lineStarts.BinarySearch((int)byteOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        // Tokens come in order: on the same line, count on from the last position asked for, so a
        // minified export on one long line costs one pass, not one pass per token.
        var (from, column) = cursor.Line == index && cursor.Offset <= byteOffset ? (cursor.Offset, cursor.Column) : (lineStarts[index], 1);
        for (var i = from; i < byteOffset && i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++; // Count characters, not UTF-8 continuation bytes.
            }
        }
        cursor = (index, (int)byteOffset, column);
        return (index + 1, column);
    }

    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private void Read(int maxDepth)
    {
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                var frame = frames.Count > 0 ? frames.Peek() : null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString()!;
                        var pointer = $"{frame!.Pointer}/{Escape(pending)}";
                        var at = Position(reader.TokenStartIndex);
                        if (!frame.Names.Add(pending))
                        {
                            Problems.Add(new ValidationProblem(ProblemLayer.Syntax, pointer, at.Line, at.Column, "duplicate-property",
                                $"property names unique within an object (first \"{pending}\" at line {(positions.TryGetValue(pointer, out var first) ? first : at).Line})", $"\"{pending}\" again"));
                        }
                        Keep(pointer, at);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }
                var here = frame is null ? "" : frame.IsArray ? $"{frame.Pointer}/{frame.Count++}" : $"{frame.Pointer}/{Escape(pending!)}";
                if (wanted is null || wanted.Contains(here))
                {
                    positions.TryAdd(here, Position(reader.TokenStartIndex));
                    if (wanted is not null && positions.Count == wanted.Count)
                    {
                        return; // every pointer asked for is placed: the rest of the document cannot change where
                    }
                }
                else if (wanted is not null)
                {
                    // Nothing wanted lies inside a value that is not wanted itself (a wanted pointer's ancestors are
                    // wanted too): it is passed over whole, and placing a problem costs the path to it, not the document.
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(here, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException e)
        {
            var where = frames.Count == 0 ? "" : frames.Peek().Pointer;
            var line = (int)(e.LineNumber ?? 0);
            var (l, c) = Position(lineStarts[Math.Min(line, lineStarts.Count - 1)] + (e.BytePositionInLine ?? 0));
            // The reader stops one level short of the limit; its depth at the throw tells the two apart.
            var tooDeep = reader.CurrentDepth >= maxDepth - 1 && e.Message.Contains("depth", StringComparison.Ordinal);
            Problems.Add(tooDeep
                ? new ValidationProblem(ProblemLayer.Syntax, where, l, c, "max-depth", $"nesting at most {maxDepth} levels deep (ValidatorOptions.MaxDepth)", "deeper nesting")
                : new ValidationProblem(ProblemLayer.Syntax, where, l, c, "syntax", "well-formed JSON (RFC 8259), without comments or trailing commas", Describe(e)));
        }
    }

    private void Keep(string pointer, (int Line, int Column) at)
    {
        if (wanted is null || wanted.Contains(pointer))
        {
            positions.TryAdd(pointer, at);
        }
    }

    // The reader's message without its own position suffix: the problem carries the position.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private sealed class Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
