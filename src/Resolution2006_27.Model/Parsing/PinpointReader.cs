using System.Text.RegularExpressions;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads pinpoints that stand before a citation: "article 6, paragraph 2, of", "articles 24 and 25 of",
/// "paragraphs 4 and 13 of", "guideline 8, Special measures ..., contained in".
/// </summary>
internal static class PinpointReader
{
    private const string Number = @"(?:\d+(?:\s?\([a-z]\))?|[IVXLC]+\b)";
    private const string Numbers = Number + @"(?:(?:,\s|,?\sand\s|\sto\s)" + Number + ")*";
    private const string Units = "article|paragraph|subparagraph|guideline|section|chapter|rule|principle|annex|part|recommendation";

    // Tried only where a unit word stands before a number (Starts), never scanned for over a part.
    private static readonly TieredRegex Pattern = new(
        $@"\G\b(?<u1>{Units})(?<p1>s)?\s(?<n1>{Numbers})(?:,\s(?<u2>paragraph|subparagraph)(?<p2>s)?\s(?<n2>{Numbers}))?(?:,\s(?<cap>[A-Z][^,;:]*))?,?\s(?<conn>of|contained\sin|in)\s(?<art>(?:the|that|this)\s)?",
        RegexOptions.CultureInvariant);

    private static readonly TieredRegex NumberPattern = new(Number, RegexOptions.CultureInvariant);

    private static readonly string[] UnitWords = Units.Split('|');

    /// <summary>
    /// Where a unit word stands before a blank and a number ("article 6", "paragraphs 4"), as every pinpoint opens, in
    /// order; null where none does, as in most parts.
    /// </summary>
    private static List<int>? Starts(string text)
    {
        List<int>? starts = null;
        foreach (var unit in UnitWords) // a loop, not a query: asked of every part
        {
            for (var at = NumberedWords.NextBeforeNumber(text, unit, 0, anyBlank: true, roman: true); at >= 0; at = NumberedWords.NextBeforeNumber(text, unit, at + 1, anyBlank: true, roman: true))
            {
                (starts ??= []).Add(at);
            }
        }
        starts?.Sort();
        return starts;
    }

    /// <summary>Pinpoints in <paramref name="text"/>, each with the text indices where its citation may start (with or without the article).</summary>
    public static IEnumerable<(int Start, int End, int CitationStart, int CitationStartWithArticle, ValueList<PinpointLevel> Path, string? Caption)> Find(string text)
    {
        if (Starts(text) is not { } starts)
        {
            yield break;
        }
        // As a scan of the part would find them: in order, none starting inside the one before.
        var from = 0;
        foreach (var start in starts)
        {
            if (start < from || Pattern.Match(text, start) is not { Success: true } match)
            {
                continue;
            }
            from = match.Index + match.Length;
            var levels = new List<PinpointLevel> { Level(match.Groups["u1"].Value, match.Groups["n1"].Value) };
            var end = match.Groups["n1"].Index + match.Groups["n1"].Length;
            if (match.Groups["u2"].Success)
            {
                levels.Add(Level(match.Groups["u2"].Value, match.Groups["n2"].Value));
                end = match.Groups["n2"].Index + match.Groups["n2"].Length;
            }
            var caption = match.Groups["cap"].Success ? match.Groups["cap"].Value : null;
            var art = match.Groups["art"];
            var afterConnective = art.Success ? art.Index : match.Index + match.Length;
            yield return (match.Index, end, match.Index + match.Length, afterConnective, levels.ToValueList(), caption);
        }
    }

    private static PinpointLevel Level(string unit, string numbers) =>
        new(unit, NumberPattern.Matches(numbers).Select(m => m.Value.Replace(" ", "", StringComparison.Ordinal)).ToValueList());
}
