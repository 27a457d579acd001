using System.Text.RegularExpressions;
using Resolution2006_27.Model.Actors;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads who a phrase addresses, right after it: an optional quantifier ("all") and article, an
/// actor, more actors joined by "and" or commas, and a restriction ("that have not done so") that
/// runs up to the infinitive of the ask ("to consider").
/// </summary>
internal static class AddresseeReader
{
    private static readonly string[] Quantifiers = ["all", "each", "every", "those"];
    private static readonly string[] Articles = ["the", "its", "their"];
    private static readonly string[] Joints = [", and ", " and ", ", "];

    private static readonly Regex Restriction = new(
        @"\G (?<q>(?:that|which|who|in a position|concerned|wishing|not yet)\b.*?)(?= to (?!(?:the|that|this|those|its|their|an?|all)\b)\p{Ll}|[,:;]|$)",
        RegexOptions.CultureInvariant);

    public sealed record Found(MentionMatch Actor, int Start, int End, string? Quantifier, string? Qualifier);

    public static List<Found> Read(string text, int at, IReadOnlyDictionary<int, MentionMatch> actors)
    {
        var found = new List<Found>();
        var p = at;
        while (true)
        {
            var start = p;
            var quantifier = Word(text, ref p, Quantifiers);
            Word(text, ref p, Articles);
            if (!actors.TryGetValue(p, out var actor))
            {
                break;
            }
            found.Add(new Found(actor, start, actor.End, quantifier, null));
            p = actor.End;
            var joint = Joints.FirstOrDefault(j => string.CompareOrdinal(text, p, j, 0, j.Length) == 0);
            if (joint is null || !StartsActor(text, p + joint.Length, actors))
            {
                break;
            }
            p += joint.Length;
        }
        if (found.Count > 0 && Restriction.Match(text, found[^1].End) is { Success: true } restriction)
        {
            var q = restriction.Groups["q"];
            found[^1] = found[^1] with { Qualifier = q.Value, End = q.Index + q.Length };
        }
        return found;
    }

    public static AddresseeScope ScopeOf(Found found) =>
        found.Qualifier is not null ? AddresseeScope.Restricted
        : found.Quantifier is "all" or "each" or "every" ? AddresseeScope.All
        : AddresseeScope.Unqualified;

    private static bool StartsActor(string text, int p, IReadOnlyDictionary<int, MentionMatch> actors)
    {
        Word(text, ref p, Quantifiers);
        Word(text, ref p, Articles);
        return actors.ContainsKey(p);
    }

    private static string? Word(string text, ref int p, string[] words)
    {
        foreach (var word in words)
        {
            if (p + word.Length < text.Length && text[p + word.Length] == ' ' &&
                string.Compare(text, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                p += word.Length + 1;
                return word;
            }
        }
        return null;
    }
}
