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
    private readonly Dictionary<string, VerbEntry> byLemma;
    private readonly Dictionary<string, VerbEntry>.AlternateLookup<ReadOnlySpan<char>> formsBySpan;
    private readonly Dictionary<string, VerbEntry>.AlternateLookup<ReadOnlySpan<char>> lemmasBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;

    /// <summary>Creates a lexicon from entries; a later entry's form wins over an earlier one's.</summary>
    /// <param name="entries">The verbs.</param>
    public VerbLexicon(IEnumerable<VerbEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToValueList();
        byForm = new Dictionary<string, VerbEntry>(StringComparer.OrdinalIgnoreCase);
        byLemma = new Dictionary<string, VerbEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            foreach (var form in entry.Forms)
            {
                byForm[form] = entry;
            }
            byLemma[entry.Lemma] = entry;
        }
        LongestFormWords = byForm.Keys.Max(f => f.Split(' ').Length);
        // The parser tries a phrase at every word of every paragraph ("and further requests"); looking words up
        // as spans, and first of all the first word, keeps that from cutting a string at each of them.
        formsBySpan = byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        lemmasBySpan = byLemma.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWords = byForm.Keys.Concat(byLemma.Keys).Select(f => f.Split(' ')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when some form or lemma opens with <paramref name="word"/>, case-insensitively.</summary>
    internal bool OpensAForm(ReadOnlySpan<char> word) => firstWords.Contains(word);

    /// <summary><see cref="Find(string)"/>, or with <paramref name="lemma"/> <see cref="FindLemma(string)"/>, over a span.</summary>
    internal VerbEntry? Find(ReadOnlySpan<char> form, bool lemma) =>
        !lemma ? (formsBySpan.TryGetValue(form, out var entry) ? entry : null)
        : lemmasBySpan.TryGetValue(form, out var found) && IsBaseForm(found) ? found : null;

    private static bool IsBaseForm(VerbEntry entry) =>
        !entry.Lemma.StartsWith("be", StringComparison.Ordinal) && !entry.Lemma.StartsWith("have", StringComparison.Ordinal);

    private static readonly ProcessDefault<VerbLexicon> BuiltIn = new(() => new(DefaultEntries()));

    /// <summary>The built-in lexicon; built once, on first use.</summary>
    public static VerbLexicon Default => BuiltIn.Value;

    /// <summary>The verbs, in the order given.</summary>
    public ValueList<VerbEntry> Entries { get; }

    /// <summary>Adverbs that may stand before the verb ("Also invites", "Deeply concerned").</summary>
    public static IReadOnlyList<string> LeadingAdverbs { get; } =
        ["in this regard", "in that regard", "in this context", "in that context", "once again", "once more", "also", "further", "again", "strongly", "deeply", "profoundly", "gravely", "seriously", "firmly", "fully", "moreover", "furthermore", "expressly", "solemnly", "urgently", "hereby", "therefore", "however", "anew", "still", "equally", "likewise", "particularly", "especially", "greatly", "sincerely", "warmly", "unanimously", "most", "keenly", "acutely", "profoundly", "bitterly", "emphatically", "repeatedly", "consistently", "unequivocally", "while"];

    /// <summary>Adverbs that may follow the verb ("Recalling also", "Notes with appreciation").</summary>
    public static IReadOnlyList<string> TrailingAdverbs { get; } =
        ["also", "further", "once again", "once more", "again", "with appreciation", "with satisfaction", "with deep concern", "with grave concern", "with concern", "with interest", "in this regard"];

    internal int LongestFormWords { get; }

    /// <summary>The entry for a printed form, case-insensitively.</summary>
    /// <param name="form">A printed form ("Urges", "taking note of").</param>
    /// <returns>The entry, or null when the form is not in the lexicon.</returns>
    public VerbEntry? Find(string form) => Find((form ?? throw new ArgumentNullException(nameof(form))).AsSpan(), lemma: false);

    /// <summary>The entry whose lemma is <paramref name="lemma"/> ("reaffirm", "take note of"), case-insensitively: the base form a declaration prints after "We".</summary>
    /// <param name="lemma">A base form.</param>
    /// <returns>The entry, or null.</returns>
    public VerbEntry? FindLemma(string lemma) => Find((lemma ?? throw new ArgumentNullException(nameof(lemma))).AsSpan(), lemma: true);

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
            V("authorize", C, Dec, "authorizes", "authorizing", "authorises", "authorising"),
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
            V("recognize", O, N, "recognizes", "recognizing", "recognises", "recognising"),
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
            V("emphasize", R, N, "emphasizes", "emphasizing", "emphasises", "emphasising"),
            V("reiterate", R, N, "reiterates", "reiterating"),
            V("underline", R, N, "underlines", "underlining"),
            V("affirm", R, N, "affirms", "affirming"),

            // Read off the 550 real resolutions of the development corpus (shared/corpus-dev), 1946-2025.
            V("appeal", D, Req, "appeals", "appealing"),
            V("direct", D, Req, "directs", "directing"),
            V("instruct", D, Req, "instructs", "instructing"),
            V("require", D, Req, "requires", "requiring"),
            V("insist", D, Req, "insists", "insisting"),
            V("expect", D, Enc, "expects", "expecting"),
            V("advise", D, Enc, "advises", "advising"),
            V("propose", D, Enc, "proposes", "proposing"),
            V("discourage", D, Enc, "discourages", "discouraging"),
            V("draw attention", D, Enc, "draws the attention", "drawing the attention", "draws attention", "drawing attention", "draws", "drawing"),
            V("declare", C, Dec, "declares", "declaring"),
            V("determine", C, Dec, "determines", "determining"),
            V("agree", C, Dec, "agrees", "agreeing"),
            V("extend", C, Dec, "extends", "extending"),
            V("proclaim", C, Dec, "proclaims", "proclaiming"),
            V("designate", C, Dec, "designates", "designating"),
            V("amend", C, Dec, "amends", "amending"),
            V("appropriate", C, Dec, "appropriates", "appropriating"),
            V("undertake", C, Dec, "undertakes", "undertaking"),
            V("mandate", C, Dec, "mandates", "mandating"),
            V("recommit", C, Dec, "recommits", "recommitting"),
            V("strengthen", C, Dec, "strengthens", "strengthening"),
            V("lift", C, Dec, "lifts", "lifting"),
            V("be desirous", E, N, "desirous"),
            V("maintain", C, Dec, "maintains", "maintaining"),
            V("give", C, Dec, "gives", "giving"),
            V("be resolved", C, N, "resolved"),
            V("be committed", C, N, "committed"),
            V("express", E, N, "expresses", "expressing"),
            V("express gratitude", E, N, "expresses its gratitude", "expressing its gratitude", "expresses its deep gratitude", "expressing its deep gratitude"),
            V("express regret", E, N, "expresses its regret", "expressing its regret", "expresses regret", "expressing regret"),
            V("express satisfaction", E, N, "expresses its satisfaction", "expressing its satisfaction", "expresses satisfaction", "expressing satisfaction"),
            V("extend gratitude", E, N, "extends its gratitude", "extending its gratitude", "extends its thanks", "extends its condolences", "extends its appreciation"),
            V("regret", E, N, "regrets", "regretting"),
            V("reject", E, N, "rejects", "rejecting"),
            V("object", E, N, "objects", "objecting"),
            V("deprecate", E, N, "deprecates", "deprecating"),
            V("censure", E, N, "censures", "censuring"),
            V("congratulate", E, N, "congratulates", "congratulating"),
            V("concur", E, N, "concurs", "concurring"),
            V("warn", E, N, "warns", "warning"),
            V("pay tribute", E, N, "pays tribute", "paying tribute", "pays", "paying"),
            V("honour", E, N, "honours", "honouring"),
            V("commemorate", E, N, "commemorates", "commemorating"),
            V("remain", E, N, "remains", "remaining"),
            V("be dismayed", E, N, "dismayed"),
            V("be distressed", E, N, "distressed"),
            V("be grieved", E, N, "grieved"),
            V("be encouraged", E, N, "encouraged"),
            V("desire", E, N, "desires", "desiring"),
            V("wish", E, N, "wishes", "wishing"),
            V("look forward", O, N, "looks forward", "looking forward", "looks", "looking"),
            V("take into account", O, N, "takes into account", "taking into account", "takes into consideration", "taking into consideration", "takes account of", "taking account of"),
            V("take stock", O, N, "takes stock", "taking stock"),
            V("take", O, N, "takes", "taking"),
            V("act", O, N, "acts", "acting"),
            V("be guided", O, N, "guided"),
            V("realize", O, N, "realizes", "realizing", "realises", "realising"),
            V("believe", O, N, "believes", "believing"),
            V("refer", O, N, "refers", "referring"),
            V("find", O, N, "finds", "finding"),
            V("record", O, N, "records", "recording"),
            V("anticipate", O, N, "anticipates", "anticipating"),
            V("share", O, N, "shares", "sharing"),
            V("respond", O, N, "responds", "responding"),
            V("keep in mind", O, N, "keeps in mind", "keeping in mind"),
            V("be", O, N, "being"),
            V("strive", O, N, "strives", "striving"),
            V("build on", O, N, "builds on", "building on", "building upon"),
            V("have heard", O, N, "having heard"),
            V("have received", O, N, "having received"),
            V("have noted", O, N, "having noted"),
            V("have studied", O, N, "having studied"),
            V("have reviewed", O, N, "having reviewed"),
            V("have regard", O, N, "having regard"),
            V("have listened", O, N, "having listened"),
            V("have taken note", O, N, "having taken note"),
            V("have adopted", O, N, "having adopted"),
            V("have met", O, N, "having met"),
            V("have decided", O, N, "having decided"),
            V("have been", O, N, "having been"),
            V("have", O, N, "having"),
            V("highlight", R, N, "highlights", "highlighting"),
            V("underscore", R, N, "underscores", "underscoring"),
            V("re-emphasize", R, N, "re-emphasizes", "re-emphasizing", "reemphasizes", "reemphasizing"),
            V("echo", R, N, "echoes", "echoing"),
            V("remind", R, N, "reminds", "reminding"),
            V("confirm", R, N, "confirms", "confirming", "reconfirms", "reconfirming"),
            V("continue", R, N, "continues", "continuing"),
            V("renew", R, N, "renews", "renewing"),
            V("clarify", R, N, "clarifies", "clarifying"),
        ];
    }
}
