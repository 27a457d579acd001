using Resolution2006_27.Model.Caching;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// The verbs that lead preambular and operative phrases, with their classes (DOMAIN.md, after the UN
/// Executive Office of the Secretary-General's annotations) and ordinal strengths (see
/// <see cref="Phrases.Strength"/>). Immutable: <see cref="WithStrength"/> and <see cref="With"/>
/// return a new lexicon, which the parser takes through <see cref="ParserOptions"/>.
/// </summary>
public sealed class VerbLexicon
{
    private readonly Dictionary<string, VerbEntry> byForm;

    /// <summary>Creates a lexicon from entries; a later entry's form wins over an earlier one's.</summary>
    /// <param name="entries">The verbs.</param>
    public VerbLexicon(IEnumerable<VerbEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToValueList();
        byForm = new Dictionary<string, VerbEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            foreach (var form in entry.Forms)
            {
                byForm[form] = entry;
            }
        }
        LongestFormWords = byForm.Keys.Max(f => f.Split(' ').Length);
    }

    private static readonly ProcessDefault<VerbLexicon> BuiltIn = new(() => new(DefaultEntries()));

    /// <summary>The built-in lexicon; built once, on first use.</summary>
    public static VerbLexicon Default => BuiltIn.Value;

    /// <summary>The verbs, in the order given.</summary>
    public ValueList<VerbEntry> Entries { get; }

    /// <summary>Adverbs that may stand before the verb ("Also invites", "Deeply concerned").</summary>
    public static IReadOnlyList<string> LeadingAdverbs { get; } =
        ["in this regard", "in that regard", "in this context", "in that context", "once again", "also", "further", "again", "strongly", "deeply", "profoundly", "gravely", "seriously", "firmly", "fully", "moreover", "furthermore", "expressly", "solemnly", "urgently"];

    /// <summary>Adverbs that may follow the verb ("Recalling also", "Notes with appreciation").</summary>
    public static IReadOnlyList<string> TrailingAdverbs { get; } =
        ["also", "further", "again", "with appreciation", "with satisfaction", "with deep concern", "with grave concern", "with concern", "with interest", "in this regard"];

    internal int LongestFormWords { get; }

    /// <summary>The entry for a printed form, case-insensitively.</summary>
    /// <param name="form">A printed form ("Urges", "taking note of").</param>
    /// <returns>The entry, or null when the form is not in the lexicon.</returns>
    public VerbEntry? Find(string form) => byForm.GetValueOrDefault(form);

    /// <summary>A lexicon in which <paramref name="lemma"/> has <paramref name="strength"/>.</summary>
    /// <param name="lemma">A lemma of this lexicon.</param>
    /// <param name="strength">The new strength.</param>
    /// <returns>A new lexicon.</returns>
    /// <exception cref="ArgumentException">The lemma is not in the lexicon.</exception>
    public VerbLexicon WithStrength(string lemma, Strength strength)
    {
        if (!Entries.Any(e => e.Lemma == lemma))
        {
            throw new ArgumentException($"The lexicon has no verb '{lemma}'.", nameof(lemma));
        }
        return new(Entries.Select(e => e.Lemma == lemma ? e with { Strength = strength } : e));
    }

    /// <summary>A lexicon with <paramref name="entry"/> added; its forms override those of existing entries.</summary>
    /// <param name="entry">The verb to add.</param>
    /// <returns>A new lexicon.</returns>
    public VerbLexicon With(VerbEntry entry) => new(Entries.Append(entry));

    private static IEnumerable<VerbEntry> DefaultEntries()
    {
        static VerbEntry V(string lemma, VerbClass c, Strength s, params string[] forms) => new(lemma, c, s, forms.ToValueList());
        const VerbClass D = VerbClass.Directive, C = VerbClass.Deciding, E = VerbClass.Evaluative, O = VerbClass.Observing, R = VerbClass.Reinforcing;
        const Strength N = Strength.None, Enc = Strength.Encouraging, Req = Strength.Requesting, Dec = Strength.Deciding;
        return
        [
            V("urge", D, Req, "urges", "urging"),
            V("request", D, Req, "requests", "requesting"),
            V("call upon", D, Req, "calls upon", "calling upon", "calls on", "calling on"),
            V("call for", D, Req, "calls for", "calling for"),
            V("demand", D, Req, "demands", "demanding"),
            V("encourage", D, Enc, "encourages", "encouraging"),
            V("invite", D, Enc, "invites", "inviting"),
            V("recommend", D, Enc, "recommends", "recommending"),
            V("decide", C, Dec, "decides", "deciding"),
            V("commit", C, Dec, "commits", "committing"),
            V("resolve", C, Dec, "resolves", "resolving"),
            V("endorse", C, Dec, "endorses", "endorsing"),
            V("approve", C, Dec, "approves", "approving"),
            V("adopt", C, Dec, "adopts", "adopting"),
            V("authorize", C, Dec, "authorizes", "authorizing"),
            V("establish", C, Dec, "establishes", "establishing"),
            V("be determined", C, N, "determined"),
            V("welcome", E, N, "welcomes", "welcoming"),
            V("support", E, N, "supports", "supporting"),
            V("express concern", E, N, "expresses concern", "expressing concern", "expresses its concern", "expressing its concern", "expresses its deep concern", "expressing its deep concern", "expresses deep concern", "expressing deep concern", "expresses grave concern", "expressing grave concern"),
            V("express dismay", E, N, "expresses dismay", "expressing dismay"),
            V("express appreciation", E, N, "expresses its appreciation", "expressing its appreciation", "expresses appreciation", "expressing appreciation"),
            V("express support", E, N, "expresses support", "expressing support", "expresses its support", "expressing its support"),
            V("condemn", E, N, "condemns", "condemning"),
            V("decry", E, N, "decries", "decrying"),
            V("deplore", E, N, "deplores", "deploring"),
            V("commend", E, N, "commends", "commending"),
            V("appreciate", E, N, "appreciates", "appreciating"),
            V("be concerned", E, N, "concerned"),
            V("be alarmed", E, N, "alarmed"),
            V("be disturbed", E, N, "disturbed"),
            V("note", O, N, "notes", "noting"),
            V("take note of", O, N, "takes note of", "taking note of", "takes note", "taking note"),
            V("recognize", O, N, "recognizes", "recognizing"),
            V("acknowledge", O, N, "acknowledges", "acknowledging"),
            V("bear in mind", O, N, "bears in mind", "bearing in mind"),
            V("consider", O, N, "considers", "considering"),
            V("observe", O, N, "observes", "observing"),
            V("be convinced", O, N, "convinced"),
            V("be aware", O, N, "aware"),
            V("be mindful", O, N, "mindful"),
            V("be conscious", O, N, "conscious"),
            V("be cognizant", O, N, "cognizant"),
            V("have considered", O, N, "having considered"),
            V("have examined", O, N, "having examined"),
            V("reaffirm", R, N, "reaffirms", "reaffirming"),
            V("recall", R, N, "recalls", "recalling"),
            V("stress", R, N, "stresses", "stressing"),
            V("emphasize", R, N, "emphasizes", "emphasizing"),
            V("reiterate", R, N, "reiterates", "reiterating"),
            V("underline", R, N, "underlines", "underlining"),
            V("affirm", R, N, "affirms", "affirming"),
        ];
    }
}
