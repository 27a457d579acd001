using System.Text.Json.Serialization;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// Where a piece of the model stands in the source text: a character offset and length, and the
/// one-based line and column of its first character.
/// </summary>
/// <param name="Start">Zero-based offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Number of characters covered, line breaks and indents included.</param>
/// <param name="Line">One-based line number of the first character.</param>
/// <param name="Column">One-based column of the first character.</param>
public sealed record SourceSpan([property: SchemaMinimum(0)] int Start, [property: SchemaMinimum(0)] int Length, [property: SchemaMinimum(1)] int Line, [property: SchemaMinimum(1)] int Column)
{
    /// <summary>The offset just past the last character.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(SourceSpan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>The span as "line:column+length", for messages.</summary>
    public override string ToString() => $"{Line}:{Column}+{Length}";
}
