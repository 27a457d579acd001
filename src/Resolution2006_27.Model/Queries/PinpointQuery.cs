using System.Text.RegularExpressions;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Queries;

/// <summary>
/// A pinpoint to look for: "article 6" finds article 6 and every paragraph of it; "article 6,
/// paragraph 2" (or "article 6 > paragraph 2") only that paragraph; "articles 24" finds "articles 24 and 25".
/// </summary>
public sealed class PinpointQuery
{
    private static readonly TieredRegex Level = new(@"(?<unit>[a-z]+?)s?\.?\s+(?<numbers>[0-9ivxlc]+(?:\s*(?:,|and|to)\s*[0-9ivxlc]+)*)(?=\s*(?:,|>|$))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { ["art"] = "article", ["para"] = "paragraph", ["sec"] = "section" };

    private PinpointQuery(ValueList<PinpointLevel> levels) => Levels = levels;

    /// <summary>The levels looked for, outermost first, immutable: the same type as a citation's pinpoint path.</summary>
    public ValueList<PinpointLevel> Levels { get; }

    /// <summary>Reads a pinpoint such as "article 6, paragraph 2".</summary>
    /// <param name="text">The pinpoint.</param>
    /// <returns>The query.</returns>
    /// <exception cref="FormatException">The text names no unit and number.</exception>
    public static PinpointQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var levels = Level.Matches(text).Select(m =>
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            return new PinpointLevel(Abbreviations.GetValueOrDefault(unit, unit), Regex.Split(m.Groups["numbers"].Value, @"\s*(?:,|and|to)\s*").Where(n => n.Length > 0).ToValueList());
        }).ToValueList();
        return levels.Count > 0 ? new PinpointQuery(levels) : throw new FormatException($"'{text}' is no pinpoint: expected a unit and a number, such as 'article 6' or 'article 6, paragraph 2'.");
    }

    /// <summary>True when <paramref name="pinpoint"/> lies within this query: its path starts with these levels.</summary>
    /// <param name="pinpoint">A citation's pinpoint; null never matches.</param>
    public bool Matches(Pinpoint? pinpoint)
    {
        if (pinpoint is null || pinpoint.Path.Count < Levels.Count)
        {
            return false;
        }
        return Levels.Select((level, i) => (level, cited: pinpoint.Path[i]))
            .All(p => p.level.Unit == p.cited.Unit && p.level.Numbers.All(n => p.cited.Numbers.Contains(n, StringComparer.OrdinalIgnoreCase)));
    }
}
