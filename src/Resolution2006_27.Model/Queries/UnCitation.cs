using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Queries;

/// <summary>Parts named the way UN documents cite them.</summary>
public static class UnCitation
{
    private static readonly TieredRegex Short = new(@"^(?<kind>PP|OP)(?<n>\d+)(?<items>(?:\([a-z]+\))*)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "OP3(b)(ii)" reads "paragraph 3 (b) (ii)"; "PP5" reads "fifth preambular paragraph" only in prose,
    /// so here "preambular paragraph 5".
    /// </summary>
    /// <param name="id">The part's id.</param>
    /// <returns>The citation form.</returns>
    public static string Of(PartId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var match = Short.Match(id.Short);
        if (!match.Success)
        {
            return id.Short;
        }
        var items = match.Groups["items"].Value.Replace(")(", ") (", StringComparison.Ordinal);
        var head = match.Groups["kind"].Value == "OP" ? $"paragraph {match.Groups["n"].Value}" : $"preambular paragraph {match.Groups["n"].Value}";
        return items.Length == 0 ? head : $"{head} {items}";
    }
}
