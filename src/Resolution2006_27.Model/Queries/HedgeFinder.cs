using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Queries;

/// <summary>
/// Finds hedges in a part's text by the formulas UN resolutions use for them. Earlier patterns win
/// where two overlap ("subject to the availability of resources" is about resources, not a bare condition).
/// </summary>
internal static class HedgeFinder
{
    private static readonly (HedgeKind Kind, TieredRegex Pattern)[] Patterns =
    [
        (HedgeKind.DomesticLaw, Hedge(@"(?:in accordance with|consistent with|in conformity with|subject to) (?:their|its|the) (?:domestic|national|respective) (?:law|laws|legislation|legal systems?)(?: and [a-z ]+?)?(?=[,;:.]|$)")),
        (HedgeKind.Resources, Hedge(@"within (?:available |existing )?(?:extrabudgetary |voluntary )?resources|subject to the availability of (?:extrabudgetary |voluntary )?(?:resources|funds|funding)|not excluding the use of [^,;:]*?resources[^,;:]*")),
        (HedgeKind.Discretion, Hedge(@"(?:as|where|when) appropriate")),
        (HedgeKind.Applicability, Hedge(@"(?:where|as|if) applicable")),
        (HedgeKind.NonExhaustive, Hedge(@"inter alia")),
        (HedgeKind.OnRequest, Hedge(@"(?:upon|on) (?:the )?request(?: of [^,;:]+)?|at (?:their|its) request")),
        (HedgeKind.Condition, Hedge(@"subject to [^,;:]+")),
        (HedgeKind.Consider, Hedge(@"to consider")),
    ];

    public static IEnumerable<Hedge> Find(Part part)
    {
        var taken = new bool[part.Text.Length];
        var found = new List<Hedge>();
        foreach (var (kind, pattern) in Patterns)
        {
            // A match that overlaps an earlier kind's hedge is not this kind's; the search goes on from the next
            // character, so that a later formula it swallowed is still found ("subject to the availability of
            // resources and subject to review": resources, then the bare condition "subject to review").
            for (var match = pattern.Match(part.Text); match.Success;)
            {
                if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0)
                {
                    match = pattern.Match(part.Text, match.Index + 1);
                    continue;
                }
                Array.Fill(taken, true, match.Index, match.Length);
                found.Add(new Hedge(kind, match.Value, part.Id, match.Index));
                match = match.NextMatch();
            }
        }
        return found.OrderBy(h => h.TextOffset);
    }

    private static TieredRegex Hedge(string pattern) => new($@"\b(?:{pattern})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
