using System.Text.RegularExpressions;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads who a phrase addresses, right after it: an optional quantifier ("all") and article, an
/// actor, more actors joined by "and" or commas, and a restriction ("that have not done so") that
/// runs up to the infinitive of the ask ("to consider").
/// </summary>
internal static class AddresseeReader
{
    private static readonly string[] Quantifiers = ["all", "each", "every", "those"];

    // What may stand before the first addressee: "both", which opens a coordination and does not quantify its
    // first member ("both the Government of Mozambique and RENAMO"); and, after a directive verb, "to" ("Strongly
    // appeals to RENAMO"). The first two are tried for every verb, the last two for directives only.
    private static readonly string[][] Openings = [[], ["both"], ["to"], ["to", "both"]];

    private static readonly string[] Articles = ["the", "its", "their"];

    // Words that narrow a group without naming another: "other stakeholders", "relevant agencies".
    private static readonly string[] Modifiers = ["other", "relevant", "interested", "concerned", "appropriate"];

    // An apposition between coordinated addressees: "UNODC, in its capacity as coordinator of the Group, and ...".
    private static readonly TieredRegex Apposition = new(@"\G, in (?:its|their|his|her) capacit(?:y|ies) as [^,;:]+(?=,)", RegexOptions.CultureInvariant);
    private static readonly string[] Joints = [", as well as ", " as well as ", ", and ", " and ", ", "];

    private static readonly TieredRegex Restriction = new(
        @"\G (?<q>(?:that|which|who|in a position|concerned|wishing|not yet|parties to)\b.*?)(?= to (?!(?:the|that|this|those|its|their|an?|all)\b)\p{Ll}|[,:;]|$)",
        RegexOptions.CultureInvariant);

    public sealed record Found(MentionMatch Actor, int Start, int End, string? Quantifier, string? Qualifier);

    /// <summary>
    /// The addressees from <paramref name="at"/>. None ends inside one of <paramref name="citations"/>: a title holds
    /// commas ("... on the sale of children, child prostitution and child pornography") where an addressee's words
    /// otherwise stop, so an addressee that would end inside a cited title runs to the title's end.
    /// </summary>
    /// <remarks>Into <paramref name="found"/>, cleared first: a reader of many phrases fills one list again and again.</remarks>
    public static List<Found> Read(string text, int at, MentionsByStart actors, IReadOnlyList<Citations.Citation> citations, List<Found> found, bool throughTo = false)
    {
        found.Clear();
        var p = at;
        // The first addressee may stand after "to" (a directive taking it so) and "both"; only where an actor follows.
        for (var k = 0; k < (throughTo ? Openings.Length : 2); k++)
        {
            var q = at;
            if (Opens(text, ref q, Openings[k]) && StartsActor(text, q, actors))
            {
                p = q;
                break;
            }
        }
        while (true)
        {
            var start = p;
            if (ActorAt(text, ref p, actors, out var quantifier) is not { } actor)
            {
                break;
            }
            if (found.Count > 0 && found[^1].Actor.EntityId == actor.EntityId && found[^1].Qualifier is null)
            {
                // "other international and bilateral donors": one actor, named by two modifiers, is one addressee.
                found[^1] = found[^1] with { End = actor.End };
            }
            else
            {
                found.Add(new Found(actor, start, actor.End, quantifier, null));
            }
            p = actor.End;
            if (Apposition.Match(text, p) is { Success: true } apposition)
            {
                p += apposition.Length;
            }
            var joint = Layout.FirstAt(text, p, Joints);
            if (joint is null || !StartsActor(text, p + joint.Length, actors))
            {
                break;
            }
            p += joint.Length;
        }
        if (found.Count > 0 && Restriction.Match(text, found[^1].End) is { Success: true } restriction)
        {
            var q = restriction.Groups["q"];
            var end = Whole(q.Index + q.Length, citations);
            found[^1] = found[^1] with { Qualifier = text[q.Index..end], End = end };
        }
        return found;
    }

    /// <summary><paramref name="end"/>, or the end of the citation it falls inside.</summary>
    private static int Whole(int end, IReadOnlyList<Citations.Citation> citations)
    {
        foreach (var c in citations)
        {
            if (c.TextOffset < end && end < c.TextOffset + c.Text.Length)
            {
                return c.TextOffset + c.Text.Length;
            }
        }
        return end;
    }

    public static AddresseeScope ScopeOf(Found found) =>
        found.Qualifier is not null ? AddresseeScope.Restricted
        : found.Quantifier is "all" or "each" or "every" ? AddresseeScope.All
        : AddresseeScope.Unqualified;

    private static bool StartsActor(string text, int p, MentionsByStart actors) =>
        ActorAt(text, ref p, actors, out _) is not null;

    /// <summary>
    /// The actor named at <paramref name="p"/>, after a quantifier, an article and modifiers if any;
    /// tried before each word is skipped, since a name may itself begin with one ("the Office").
    /// </summary>
    private static MentionMatch? ActorAt(string text, ref int p, MentionsByStart actors, out string? quantifier)
    {
        quantifier = null;
        if (actors.TryGetValue(p, out var actor))
        {
            return actor;
        }
        quantifier = Word(text, ref p, Quantifiers);
        if (actors.TryGetValue(p, out actor))
        {
            return actor;
        }
        Word(text, ref p, Articles);
        if (actors.TryGetValue(p, out actor))
        {
            return actor;
        }
        SkipModifiers(text, ref p);
        if (actors.TryGetValue(p, out actor))
        {
            return actor;
        }
        // "other members of the Group": the members of a body are addressed through it.
        if (Word(text, ref p, Members) is not null && Word(text, ref p, Of) is not null)
        {
            var named = p; // a short form may hold its article: "the Group"
            Word(text, ref p, Articles);
            return actors.GetValueOrDefault(named) ?? actors.GetValueOrDefault(p);
        }
        return null;
    }

    private static readonly string[] Members = ["members", "member"];
    private static readonly string[] Of = ["of"];

    private static void SkipModifiers(string text, ref int p)
    {
        while (Word(text, ref p, Modifiers) is not null)
        {
        }
    }

    /// <summary>True when every word of <paramref name="opening"/> stands at <paramref name="p"/>, in order; <paramref name="p"/> then stands past them.</summary>
    private static bool Opens(string text, ref int p, string[] opening)
    {
        foreach (var word in opening)
        {
            if (Word(text, ref p, word) is null)
            {
                return false;
            }
        }
        return true;
    }

    private static string? Word(string text, ref int p, params ReadOnlySpan<string> words)
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
