using System.Xml.Linq;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// Turns a text and the ranges to mark in it into mixed XML content: ranges nest as elements, text
/// runs between them as text. Ranges must nest; one that would cross another is refused, since XML
/// cannot hold it.
/// </summary>
internal static class InlineMarkup
{
    public static IEnumerable<object> Build(string text, IEnumerable<InlineRange> ranges)
    {
        var ordered = ranges.OrderBy(r => r.Start).ThenByDescending(r => r.End).ThenBy(r => r.Depth).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && ordered[j].Start < ordered[i].End; j++)
            {
                if (ordered[i].Crosses(ordered[j]))
                {
                    throw new NotSupportedException(
                        $"Two marked ranges of a text cross, which XML cannot nest: \"{text[ordered[i].Start..ordered[i].End]}\" and \"{text[ordered[j].Start..ordered[j].End]}\" (characters {ordered[i].Start}-{ordered[i].End} and {ordered[j].Start}-{ordered[j].End} of \"{(text.Length > 80 ? text[..77] + "..." : text)}\"); export it as JSON.");
                }
            }
        }
        var position = 0;
        return Content(text, ordered, ref position, text.Length, root: true);
    }

    // A marker at an element's end boundary ("Crime6") stands after the element, not inside it; only the
    // text as a whole takes markers at its very end ("Office;11").
    private static List<object> Content(string text, List<InlineRange> ranges, ref int position, int end, bool root = false)
    {
        var nodes = new List<object>();
        while (ranges.Count > 0 && (ranges[0].Start < end || (root && ranges[0].Start == end)))
        {
            var range = ranges[0];
            ranges.RemoveAt(0);
            if (range.Start > position)
            {
                nodes.Add(new XText(text[position..range.Start]));
            }
            position = range.Start;
            var element = range.Element();
            element.Add(Content(text, ranges, ref position, range.End));
            nodes.Add(element);
            position = Math.Max(position, range.End);
        }
        if (end > position)
        {
            nodes.Add(new XText(text[position..end]));
        }
        position = end;
        return nodes;
    }
}
