using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Places an item under its paragraph. A label that continues the letters is a letter item; one
/// that continues (or starts) the roman items under the last letter item is a roman item, where that
/// letter item opens a list: it ends with a colon, or prints only a heading ("(a) Protection of
/// civilians", no closing punctuation). A roman item wins a tie ("(i)" after "(h)") only after a colon.
/// </summary>
internal static class ItemPlacer
{
    /// <returns>False, with the labels that were due (empty when it returns true), when <paramref name="label"/> continues no sequence.</returns>
    public static bool TryPlace(RawPart paragraph, string label, Func<RawPart> part, out string expected)
    {
        var last = paragraph.Items.LastOrDefault();
        var nextLetter = last is null ? "a" : last.Style == LabelStyle.Letter ? Labels.NextLetter(last.Label) : null;
        var nextTopRoman = last is null ? "i" : last.Style == LabelStyle.Roman ? Labels.NextRoman(last.Label) : null;
        var opensList = last is not null && last.Style == LabelStyle.Letter && (last.Items.Count > 0 || last.Ending.EndsWith(':') || !Layout.EndsAsParagraph(last.Ending));
        var nextNested = opensList ? Labels.NextRoman(last!.Items.LastOrDefault()?.Label) : null;
        // Under a roman item that opens a list, letters again: "(ii) Support to stabilisation ...," then "(a) Provide ...".
        var romanOpensList = last is not null && last.Style == LabelStyle.Roman && (last.Items.Count > 0 || last.Ending.EndsWith(':') || last.Ending.EndsWith(','));
        var nextNestedLetter = romanOpensList ? Labels.NextLetter(last!.Items.LastOrDefault()?.Label) : null;
        expected = "";

        if (label == nextNested && (label != nextLetter || last!.Ending.EndsWith(':')))
        {
            last!.Items.Add(WithStyle(part(), LabelStyle.Roman));
        }
        else if (label == nextLetter)
        {
            paragraph.Items.Add(part());
        }
        else if (label == nextTopRoman && last?.Style != LabelStyle.Letter)
        {
            paragraph.Items.Add(WithStyle(part(), LabelStyle.Roman));
        }
        else if (label == nextNestedLetter)
        {
            last!.Items.Add(part());
        }
        else
        {
            // Named only for the warning that follows: most items continue a sequence.
            expected = string.Join(" or ", new[] { nextLetter, nextNested, nextTopRoman, nextNestedLetter }.Where(l => l is not null).Distinct().Select(l => $"({l})"));
            return false;
        }
        return true;
    }

    private static RawPart WithStyle(RawPart part, LabelStyle style) => part with { Style = style };
}
