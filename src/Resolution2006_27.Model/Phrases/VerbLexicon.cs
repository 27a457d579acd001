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
    // Boxed counts, not a dictionary of ints: generic code over a value type is compiled afresh in every
    // framework-dependent start-up, where the code of dictionaries of references is shared and precompiled.
    private readonly Dictionary<string, System.Runtime.CompilerServices.StrongBox<int>>.AlternateLookup<ReadOnlySpan<char>> firstWords;

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
        // Each first word with the most words of a form or lemma it opens ("takes": 3, of "takes note of").
        // And how each opens, for the phrase reader's sieve (with the leading adverbs, after).
        var first = new Dictionary<string, System.Runtime.CompilerServices.StrongBox<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in byForm.Keys.Concat(byLemma.Keys))
        {
            openings.Add(form);
            var words = form.Split(' ');
            if (!first.TryGetValue(words[0], out var most))
            {
                first[words[0]] = most = new(0);
            }
            most.Value = Math.Max(most.Value, words.Length);
        }
        firstWords = first.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var adverb in LeadingAdverbs)
        {
            openings.Add(adverb);
        }
        foreach (var word in first.Keys)
        {
            firstWordSieve.Add(char.ToUpperInvariant(word[0]), char.ToUpperInvariant(word[^1]), word.Length);
        }
    }

    // How the forms, lemmas and leading adverbs open: the phrase reader turns most places away before reading a word.
    private readonly Parsing.OpeningSieve openings = new();

    /// <summary>
    /// False only where no form, lemma or leading adverb can open at <paramref name="at"/> of <paramref name="text"/>: it
    /// opens with four ASCII letters, or a word of three, that open none of them (see <see cref="Parsing.OpeningSieve"/>).
    /// </summary>
    internal bool MayOpenPhrase(string text, int at) => openings.MayOpen(text, at);

    // The parser asks at every joint of every paragraph whether a word opens a form: most are turned away here.
    // An ordinal case-insensitive comparison sees letters in upper case, and so does the sieve.
    private readonly Parsing.WordSieve firstWordSieve = new();

    /// <summary>
    /// The most words of a form or lemma that opens with <paramref name="word"/>, case-insensitively; 0 when none does. A
    /// reader looks up no longer run of words after it: most verbs have forms of one or two words.
    /// </summary>
    internal int MostWordsOpenedBy(ReadOnlySpan<char> word) =>
        !word.IsEmpty && firstWordSieve.MayHold(char.ToUpperInvariant(word[0]), char.ToUpperInvariant(word[^1]), word.Length) && firstWords.TryGetValue(word, out var most)
            ? most.Value
            : 0;

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

    // One verb a line: lemma | VerbClass | Strength | its printed forms; blank lines and lines opening with # are left
    // out. A table read by one small loop rather than a call per verb, which made a method of some 5,600 bytes of IL
    // that the JIT compiled in every framework-dependent start-up (about 10 ms).
    private const string DefaultTable = """
        urge                 | Directive   | Requesting  | urges, urging
        request              | Directive   | Requesting  | requests, requesting
        call upon            | Directive   | Requesting  | calls upon, calling upon, calls on, calling on
        call for             | Directive   | Requesting  | calls for, calling for
        demand               | Directive   | Requesting  | demands, demanding
        encourage            | Directive   | Encouraging | encourages, encouraging
        invite               | Directive   | Encouraging | invites, inviting
        recommend            | Directive   | Encouraging | recommends, recommending
        decide               | Deciding    | Deciding    | decides, deciding
        commit               | Deciding    | Deciding    | commits, committing
        resolve              | Deciding    | Deciding    | resolves, resolving
        endorse              | Deciding    | Deciding    | endorses, endorsing
        approve              | Deciding    | Deciding    | approves, approving
        adopt                | Deciding    | Deciding    | adopts, adopting
        authorize            | Deciding    | Deciding    | authorizes, authorizing, authorises, authorising
        establish            | Deciding    | Deciding    | establishes, establishing
        be determined        | Deciding    | None        | determined
        welcome              | Evaluative  | None        | welcomes, welcoming
        support              | Evaluative  | None        | supports, supporting
        express concern      | Evaluative  | None        | expresses concern, expressing concern, expresses its concern, expressing its concern, expresses its deep concern, expressing its deep concern, expresses deep concern, expressing deep concern, expresses grave concern, expressing grave concern
        express dismay       | Evaluative  | None        | expresses dismay, expressing dismay
        express appreciation | Evaluative  | None        | expresses its appreciation, expressing its appreciation, expresses appreciation, expressing appreciation
        express support      | Evaluative  | None        | expresses support, expressing support, expresses its support, expressing its support
        condemn              | Evaluative  | None        | condemns, condemning
        decry                | Evaluative  | None        | decries, decrying
        deplore              | Evaluative  | None        | deplores, deploring
        commend              | Evaluative  | None        | commends, commending
        appreciate           | Evaluative  | None        | appreciates, appreciating
        be concerned         | Evaluative  | None        | concerned
        be alarmed           | Evaluative  | None        | alarmed
        be disturbed         | Evaluative  | None        | disturbed
        note                 | Observing   | None        | notes, noting
        take note of         | Observing   | None        | takes note of, taking note of, takes note, taking note
        recognize            | Observing   | None        | recognizes, recognizing, recognises, recognising
        acknowledge          | Observing   | None        | acknowledges, acknowledging
        bear in mind         | Observing   | None        | bears in mind, bearing in mind
        consider             | Observing   | None        | considers, considering
        observe              | Observing   | None        | observes, observing
        be convinced         | Observing   | None        | convinced
        be aware             | Observing   | None        | aware
        be mindful           | Observing   | None        | mindful
        be conscious         | Observing   | None        | conscious
        be cognizant         | Observing   | None        | cognizant
        have considered      | Observing   | None        | having considered
        have examined        | Observing   | None        | having examined
        reaffirm             | Reinforcing | None        | reaffirms, reaffirming
        recall               | Reinforcing | None        | recalls, recalling
        stress               | Reinforcing | None        | stresses, stressing
        emphasize            | Reinforcing | None        | emphasizes, emphasizing, emphasises, emphasising
        reiterate            | Reinforcing | None        | reiterates, reiterating
        underline            | Reinforcing | None        | underlines, underlining
        affirm               | Reinforcing | None        | affirms, affirming

        # Read off the 550 real resolutions of the development corpus (shared/corpus-dev), 1946-2025.
        appeal               | Directive   | Requesting  | appeals, appealing
        direct               | Directive   | Requesting  | directs, directing
        instruct             | Directive   | Requesting  | instructs, instructing
        require              | Directive   | Requesting  | requires, requiring
        insist               | Directive   | Requesting  | insists, insisting
        expect               | Directive   | Encouraging | expects, expecting
        advise               | Directive   | Encouraging | advises, advising
        propose              | Directive   | Encouraging | proposes, proposing
        discourage           | Directive   | Encouraging | discourages, discouraging
        draw attention       | Directive   | Encouraging | draws the attention, drawing the attention, draws attention, drawing attention, draws, drawing
        declare              | Deciding    | Deciding    | declares, declaring
        determine            | Deciding    | Deciding    | determines, determining
        agree                | Deciding    | Deciding    | agrees, agreeing
        extend               | Deciding    | Deciding    | extends, extending
        proclaim             | Deciding    | Deciding    | proclaims, proclaiming
        designate            | Deciding    | Deciding    | designates, designating
        amend                | Deciding    | Deciding    | amends, amending
        appropriate          | Deciding    | Deciding    | appropriates, appropriating
        undertake            | Deciding    | Deciding    | undertakes, undertaking
        mandate              | Deciding    | Deciding    | mandates, mandating
        recommit             | Deciding    | Deciding    | recommits, recommitting
        strengthen           | Deciding    | Deciding    | strengthens, strengthening
        lift                 | Deciding    | Deciding    | lifts, lifting
        be desirous          | Evaluative  | None        | desirous
        maintain             | Deciding    | Deciding    | maintains, maintaining
        give                 | Deciding    | Deciding    | gives, giving
        be resolved          | Deciding    | None        | resolved
        be committed         | Deciding    | None        | committed
        express              | Evaluative  | None        | expresses, expressing
        express gratitude    | Evaluative  | None        | expresses its gratitude, expressing its gratitude, expresses its deep gratitude, expressing its deep gratitude
        express regret       | Evaluative  | None        | expresses its regret, expressing its regret, expresses regret, expressing regret
        express satisfaction | Evaluative  | None        | expresses its satisfaction, expressing its satisfaction, expresses satisfaction, expressing satisfaction
        extend gratitude     | Evaluative  | None        | extends its gratitude, extending its gratitude, extends its thanks, extends its condolences, extends its appreciation
        regret               | Evaluative  | None        | regrets, regretting
        reject               | Evaluative  | None        | rejects, rejecting
        object               | Evaluative  | None        | objects, objecting
        deprecate            | Evaluative  | None        | deprecates, deprecating
        censure              | Evaluative  | None        | censures, censuring
        congratulate         | Evaluative  | None        | congratulates, congratulating
        concur               | Evaluative  | None        | concurs, concurring
        warn                 | Evaluative  | None        | warns, warning
        pay tribute          | Evaluative  | None        | pays tribute, paying tribute, pays, paying
        honour               | Evaluative  | None        | honours, honouring
        commemorate          | Evaluative  | None        | commemorates, commemorating
        remain               | Evaluative  | None        | remains, remaining
        be dismayed          | Evaluative  | None        | dismayed
        be distressed        | Evaluative  | None        | distressed
        be grieved           | Evaluative  | None        | grieved
        be encouraged        | Evaluative  | None        | encouraged
        desire               | Evaluative  | None        | desires, desiring
        wish                 | Evaluative  | None        | wishes, wishing
        look forward         | Observing   | None        | looks forward, looking forward, looks, looking
        take into account    | Observing   | None        | takes into account, taking into account, takes into consideration, taking into consideration, takes account of, taking account of
        take stock           | Observing   | None        | takes stock, taking stock
        take                 | Observing   | None        | takes, taking
        act                  | Observing   | None        | acts, acting
        be guided            | Observing   | None        | guided
        realize              | Observing   | None        | realizes, realizing, realises, realising
        believe              | Observing   | None        | believes, believing
        refer                | Observing   | None        | refers, referring
        find                 | Observing   | None        | finds, finding
        record               | Observing   | None        | records, recording
        anticipate           | Observing   | None        | anticipates, anticipating
        share                | Observing   | None        | shares, sharing
        respond              | Observing   | None        | responds, responding
        keep in mind         | Observing   | None        | keeps in mind, keeping in mind
        be                   | Observing   | None        | being
        strive               | Observing   | None        | strives, striving
        build on             | Observing   | None        | builds on, building on, building upon
        have heard           | Observing   | None        | having heard
        have received        | Observing   | None        | having received
        have noted           | Observing   | None        | having noted
        have studied         | Observing   | None        | having studied
        have reviewed        | Observing   | None        | having reviewed
        have regard          | Observing   | None        | having regard
        have listened        | Observing   | None        | having listened
        have taken note      | Observing   | None        | having taken note
        have adopted         | Observing   | None        | having adopted
        have met             | Observing   | None        | having met
        have decided         | Observing   | None        | having decided
        have been            | Observing   | None        | having been
        have                 | Observing   | None        | having
        highlight            | Reinforcing | None        | highlights, highlighting
        underscore           | Reinforcing | None        | underscores, underscoring
        re-emphasize         | Reinforcing | None        | re-emphasizes, re-emphasizing, reemphasizes, reemphasizing
        echo                 | Reinforcing | None        | echoes, echoing
        remind               | Reinforcing | None        | reminds, reminding
        confirm              | Reinforcing | None        | confirms, confirming, reconfirms, reconfirming
        continue             | Reinforcing | None        | continues, continuing
        renew                | Reinforcing | None        | renews, renewing
        clarify              | Reinforcing | None        | clarifies, clarifying
        """;

    private static IEnumerable<VerbEntry> DefaultEntries()
    {
        var entries = new List<VerbEntry>();
        foreach (var line in DefaultTable.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var forms = cells[3].Split(',', StringSplitOptions.TrimEntries);
            entries.Add(new VerbEntry(cells[0], Enum.Parse<VerbClass>(cells[1]), Enum.Parse<Strength>(cells[2]), forms.ToValueList()));
        }
        return entries;
    }
}
