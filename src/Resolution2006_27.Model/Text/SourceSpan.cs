using System.Text.Json.Serialization;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// Where a piece of the model stands in the source text: a character offset and length, and the
/// one-based line and column of its first character.
/// </summary>
/// <remarks>
/// A value, as Roslyn's <c>TextSpan</c> is: a corpus holds one for nearly every piece of every model (some 90,000
/// for the development corpus), and as a struct each is four numbers inside the object that has it, not an object of
/// its own for the garbage collector to copy.
/// </remarks>
public readonly record struct SourceSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="Start">Zero-based offset of the first character, in UTF-16 code units.</param>
    /// <param name="Length">Number of characters covered, line breaks and indents included.</param>
    /// <param name="Line">One-based line number of the first character.</param>
    /// <param name="Column">One-based column of the first character.</param>
    /// <remarks>The parameters keep the names the positional record gave them, so that calls naming them still compile.</remarks>
    [JsonConstructor] // a struct also has a parameterless constructor; the JSON reads this one, each number required
    public SourceSpan(int Start, int Length, int Line, int Column) => (this.Start, this.Length, this.Line, this.Column) = (Start, Length, Line, Column);

    /// <summary>Zero-based offset of the first character, in UTF-16 code units.</summary>
    [SchemaMinimum(0)]
    public int Start { get; init; }

    /// <summary>Number of characters covered, line breaks and indents included.</summary>
    [SchemaMinimum(0)]
    public int Length { get; init; }

    /// <summary>One-based line number of the first character.</summary>
    [SchemaMinimum(1)]
    public int Line { get; init; }

    /// <summary>One-based column of the first character.</summary>
    [SchemaMinimum(1)]
    public int Column { get; init; }

    /// <summary>The offset just past the last character.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The span's four numbers, in the constructor's order.</summary>
    /// <param name="Start">Zero-based offset of the first character.</param>
    /// <param name="Length">Number of characters covered.</param>
    /// <param name="Line">One-based line number of the first character.</param>
    /// <param name="Column">One-based column of the first character.</param>
    public void Deconstruct(out int Start, out int Length, out int Line, out int Column) => (Start, Length, Line, Column) = (this.Start, this.Length, this.Line, this.Column);

    /// <summary>The span as "line:column+length", for messages.</summary>
    public override string ToString() => $"{Line}:{Column}+{Length}";
}
