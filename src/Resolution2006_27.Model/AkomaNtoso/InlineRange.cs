using System.Xml.Linq;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// An element to wrap around characters [Start, End) of a part's text (a marker has Start == End).
/// Where two ranges are equal, the one with the lower <see cref="Depth"/> goes outside.
/// </summary>
internal sealed record InlineRange(int Start, int End, int Depth, Func<XElement> Element)
{
    public bool Crosses(InlineRange other) =>
        (other.Start < End && other.Start > Start && other.End > End) || (other.End > Start && other.End < End && other.Start < Start);
}
