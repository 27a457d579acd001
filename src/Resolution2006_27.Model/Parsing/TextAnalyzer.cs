using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Finds, in each part's text in document order, the actors named, the instruments cited with their
/// pinpoints, and what each footnote marker annotates. Short forms ("that Convention", "the Office")
/// resolve to the nearest earlier mention, in this part or an earlier one, of an entity that declares
/// the same short form. An instrument named inside an actor's name (the Convention in "Conference of
/// the Parties to the ... Convention") is no citation, but a short form may still point back to it.
/// </summary>
internal sealed class TextAnalyzer
{
    // The words of the part being read: one list for every part of the resolution (the matchers copy what they keep).
    private readonly List<FirstWordTable.Word> wordBuffer = [];

    // What the four matchers and the resolution symbols find in the part being read, and the matchers' room to work in:
    // read within Analyze, never kept.
    private readonly List<MentionMatch> actorBuffer = [], actorShortBuffer = [], instrumentBuffer = [], instrumentShortBuffer = [];
    private readonly List<(int Alias, int At)> candidateBuffer = [];
    private readonly List<MentionMatch> symbolBuffer = [];

    // The part's mentions and citations as resolved, read within Analyze (what it returns is copied out of them).
    private readonly List<MentionMatch> actorMatchBuffer = [];
    private readonly List<(MentionMatch Match, Citation Citation)> citationBuffer = [];

    private readonly EntityIndex index;
    private readonly SourceDocument document;

    // For each short form (lower case), the latest mention of an entity that declares it: resolving a
    // short form is one lookup, however long the document.
    private readonly Dictionary<string, (string EntityId, string? CitationId)> latestByShortForm = new(StringComparer.OrdinalIgnoreCase);

    // The latest citation of each entity, for a short form that names its parent inside a title.
    private readonly Dictionary<string, string> latestCitation = new(StringComparer.Ordinal);
    private int markerCount;

    public TextAnalyzer(EntityIndex index, SourceDocument document, MentionMatch selfMention)
    {
        this.index = index;
        this.document = document;
        // The document names itself in its masthead: "the present resolution" points back to that.
        Remember(selfMention.EntityId, null);
    }

    public PartAnalysis Analyze(PartId id, MappedText mapped, IReadOnlyList<(int Start, int End, int Number)> markers)
    {
        var text = mapped.Text;
        var words = index.FirstWords.WordsOf(text, wordBuffer);
        var actors = index.Actors.FindAll(text, words, index.FirstWords, shortForms: false, actorBuffer, candidateBuffer);
        StateForms.Widen(text, actors, index.States);
        CoordinatedModifiers.AddTo(text, actors, index.Actors);
        var symbols = index.FindResolutionSymbols(text, words, actors, symbolBuffer);
        var instruments = index.Instruments.FindAll(text, words, index.FirstWords, shortForms: false, instrumentBuffer, candidateBuffer, symbols);
        instruments.AddRange(symbols);
        var actorShort = index.ActorShortForms.FindAll(text, words, index.FirstWords, shortForms: true, actorShortBuffer, candidateBuffer, actors);
        DropTitleHeads(text, actorShort);
        var instrumentShort = index.InstrumentShortForms.FindAll(text, words, index.FirstWords, shortForms: true, instrumentShortBuffer, candidateBuffer, instruments);
        DropTitleHeads(text, instrumentShort);
        var nested = ParentShortForms(text, instruments);

        var actorMatches = actorMatchBuffer;
        actorMatches.Clear();
        var citations = citationBuffer;
        citations.Clear();
        foreach (var (match, isActor) in InDocumentOrder(actors, actorShort, instruments, instrumentShort, nested))
        {
            var resolved = nested.Contains(match) ? (match.EntityId, latestCitation.GetValueOrDefault(match.EntityId)) : Resolve(match, text);
            if (resolved is null)
            {
                continue; // A short form with nothing to point back to stays plain text.
            }
            var (entityId, antecedent) = resolved.Value;
            var found = entityId == match.EntityId ? match : match with { EntityId = entityId }; // most resolve to themselves
            if (isActor)
            {
                actorMatches.Add(found);
                Remember(entityId, null);
                continue;
            }
            if (!found.IsShortForm && Owner(actors, found.Start) is var owner and >= 0 && owner == Owner(actors, found.End - 1))
            {
                Remember(entityId, null); // Inside an actor's name: no citation, but an antecedent.
                continue;
            }
            var citation = new Citation(
                CitationId(id, citations.Count + 1), entityId, TextPool.Shared.Of(text, found.Start, found.End),
                found.IsShortForm ? CitationForm.ShortForm : found.IsSymbol ? CitationForm.Symbol : CitationForm.Title,
                null, antecedent, found.Start, Span(mapped, found.Start, found.End));
            citations.Add((found, citation));
            Remember(entityId, citation.Id);
        }
        AttachPinpoints(mapped, citations);

        // Most parts have no marker, and many no mention or citation: they share the empty arrays.
        var markerRecords = markers.Count == 0 ? [] : new FootnoteMarker[markers.Count];
        var subjects = markers.Count == 0 ? [] : new FootnoteSubject[markers.Count];
        if (markers.Count > 0)
        {
            // What a marker annotates is what ends just before it: the first citation or actor ending there.
            var citationsByEnd = new Dictionary<int, Citation>();
            foreach (var (match, citation) in citations)
            {
                citationsByEnd.TryAdd(match.End, citation);
            }
            var actorsByEnd = ByFirst(actorMatches, m => m.End);
            for (var i = 0; i < markers.Count; i++)
            {
                var (start, end, number) = markers[i];
                var offset = mapped.TextIndexOf(start);
                markerRecords[i] = new FootnoteMarker($"authorialNote_{++markerCount}", number, offset, document.Span(start, end));
                subjects[i] = FootnoteSubjects.Of(text, offset, i == 0 ? null : (markerRecords[i - 1].TextOffset, subjects[i - 1]), citationsByEnd, actorsByEnd);
            }
        }
        var mentions = actorMatches.Count == 0 ? [] : new ActorMention[actorMatches.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = actorMatches[i];
            mentions[i] = new ActorMention(m.EntityId, TextPool.Shared.Of(text, m.Start, m.End), m.Start, Span(mapped, m.Start, m.End), m.IsShortForm);
        }
        var cited = citations.Count == 0 ? [] : new Citation[citations.Count];
        for (var i = 0; i < cited.Length; i++)
        {
            cited[i] = citations[i].Citation;
        }
        return new PartAnalysis(
            ValueList<FootnoteMarker>.Owning(markerRecords),
            subjects,
            ValueList<Citation>.Owning(cited),
            ValueList<ActorMention>.Owning(mentions),
            actorMatches.Count == 0 ? MentionsByStart.Empty : new MentionsByStart(actorMatches));
    }

    // Shared by every part without short forms of a parent: only read (Contains, foreach), never added to.
    private static readonly HashSet<MentionMatch> NoMatches = [];

    /// <summary>Each match by a position of it, the first in the list where two share one.</summary>
    private static Dictionary<int, MentionMatch> ByFirst(List<MentionMatch> matches, Func<MentionMatch, int> key)
    {
        var table = new Dictionary<int, MentionMatch>(matches.Count);
        foreach (var match in matches)
        {
            table.TryAdd(key(match), match);
        }
        return table;
    }

    /// <summary>
    /// Actors, then their short forms, then instruments, their short forms and short forms of parents inside
    /// titles, each marked as an actor or not, in order of their start; where two start together, in that order.
    /// Into a list the analyzer keeps, read before the next part is.
    /// </summary>
    private List<(MentionMatch Match, bool IsActor)> InDocumentOrder(
        List<MentionMatch> actors, List<MentionMatch> actorShort, List<MentionMatch> instruments, List<MentionMatch> instrumentShort, HashSet<MentionMatch> nested)
    {
        var all = unordered;
        all.Clear();
        foreach (var m in actors) { all.Add((m, true)); }
        foreach (var m in actorShort) { all.Add((m, true)); }
        foreach (var m in instruments) { all.Add((m, false)); }
        foreach (var m in instrumentShort) { all.Add((m, false)); }
        foreach (var m in nested) { all.Add((m, false)); }
        ordered.Clear();
        if (all.Count <= 1)
        {
            ordered.AddRange(all);
            return ordered;
        }
        // The places in the order above, sorted by start; ties by place, as a stable sort would leave them. (Sorting
        // numbers with one comparison made once per document: the runtime's code for it is precompiled, where a sort
        // of tuples or of longs is compiled in every framework-dependent start-up.)
        if (orderStarts.Length < all.Count)
        {
            orderStarts = new int[Math.Max(all.Count, 2 * orderStarts.Length)];
            orderPlaces = new int[orderStarts.Length];
        }
        for (var i = 0; i < all.Count; i++)
        {
            (orderStarts[i], orderPlaces[i]) = (all[i].Match.Start, i);
        }
        orderPlaces.AsSpan(0, all.Count).Sort(byStartThenPlace ??= (a, b) => orderStarts[a] != orderStarts[b] ? orderStarts[a].CompareTo(orderStarts[b]) : a.CompareTo(b));
        for (var i = 0; i < all.Count; i++)
        {
            ordered.Add(all[orderPlaces[i]]);
        }
        return ordered;
    }

    private readonly List<(MentionMatch Match, bool IsActor)> unordered = [], ordered = [];
    private int[] orderStarts = new int[16], orderPlaces = new int[16];
    private Comparison<int>? byStartThenPlace;

    /// <summary>Drops the short forms that open a title ("the Protocol of 2014 to ..."), see <see cref="StartsTitle"/>.</summary>
    private static void DropTitleHeads(string text, List<MentionMatch> shortForms)
    {
        for (var i = shortForms.Count - 1; i >= 0; i--)
        {
            if (StartsTitle(text, shortForms[i]))
            {
                shortForms.RemoveAt(i);
            }
        }
    }

    // "the Protocol of 2014 to the Forced Labour Convention", "the Office of Legal Affairs": a short form
    // followed by a complement that names something is the head of a title, not a pointer back. ("to" is
    // left out: "the present resolution to the Commission" names whom a report goes to.)
    private static readonly TieredRegex TitleComplement = new(
        @"\G (?:of|on|against|for|concerning|relating to) (?:the )?[A-Z0-9]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool StartsTitle(string text, MentionMatch shortForm) => TitleComplement.IsMatch(text, shortForm.End);

    /// <summary>
    /// "Optional Protocol to that Convention on ...", "Protocol ..., supplementing that Convention": a title
    /// read through its parent's slot holds a short form of the parent, which is a citation of the parent
    /// in its own right, pointing back to the parent's latest citation.
    /// </summary>
    private HashSet<MentionMatch> ParentShortForms(string text, List<MentionMatch> instruments)
    {
        HashSet<MentionMatch>? found = null;
        foreach (var title in instruments)
        {
            if (title.IsSymbol)
            {
                continue;
            }
            if (index.FindInstrument(title.EntityId)?.ParentId is not { } parent || !index.TryGetShortForms(parent, out var forms) ||
                Holds(text, title, index.FindInstrument(parent)!.Aliases))
            {
                continue; // No parent slot, or it holds the parent's full name ("... to the Convention on the Rights of the Child ...").
            }
            foreach (var form in forms.AsSpan())
            {
                var at = text.IndexOf(form, title.Start, title.End - title.Start, StringComparison.Ordinal);
                if (at > title.Start && (at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length])))
                {
                    (found ??= []).Add(new MentionMatch(at, at + form.Length, parent, IsShortForm: true));
                    break;
                }
            }
        }
        return found ?? NoMatches;
    }

    /// <summary>Whether <paramref name="title"/>'s words hold one of <paramref name="names"/>.</summary>
    private static bool Holds(string text, MentionMatch title, ValueList<string> names)
    {
        foreach (var name in names.AsSpan())
        {
            if (text.IndexOf(name, title.Start, title.End - title.Start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private void Remember(string entityId, string? citationId)
    {
        if (citationId is not null)
        {
            latestCitation[entityId] = citationId;
        }
        if (index.TryGetShortForms(entityId, out var forms))
        {
            foreach (var form in forms.AsSpan())
            {
                latestByShortForm[form] = (entityId, citationId);
            }
        }
    }

    private (string EntityId, string? Antecedent)? Resolve(MentionMatch match, string text) =>
        !match.IsShortForm ? (match.EntityId, null)
        : latestByShortForm.TryGetValue(text[match.Start..match.End], out var latest) ? latest
        : null;

    /// <summary>The index of the full actor mention covering the character at <paramref name="at"/> (the last one, where two do), or -1.</summary>
    // A part names a handful of actors: looking them over costs less than a map of every character.
    private static int Owner(List<MentionMatch> actors, int at)
    {
        for (var i = actors.Count - 1; i >= 0; i--)
        {
            if (actors[i].Start <= at && at < actors[i].End)
            {
                return i;
            }
        }
        return -1;
    }

    private void AttachPinpoints(MappedText mapped, List<(MentionMatch Match, Citation Citation)> citations)
    {
        if (citations.Count == 0)
        {
            return; // a pinpoint stands before a citation: without one there is nothing to read
        }
        foreach (var pin in PinpointReader.Find(mapped.Text))
        {
            var i = FirstAt(citations, pin.CitationStart) is var at and >= 0 ? at : FirstAt(citations, pin.CitationStartWithArticle);
            if (i < 0)
            {
                continue;
            }
            var pinpoint = new Pinpoint(mapped.Text[pin.Start..pin.End], pin.Path, pin.Caption, pin.Start, Span(mapped, pin.Start, pin.End));
            citations[i] = (citations[i].Match, citations[i].Citation with { Pinpoint = pinpoint });
        }
    }

    // The first citation that starts at start, or -1: a part's few citations are searched, where a table was made for
    // every part with one.
    private static int FirstAt(List<(MentionMatch Match, Citation Citation)> citations, int start)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Match.Start == start)
            {
                return i;
            }
        }
        return -1;
    }

    // The n-th citation's id in a part ("para_3__ref_1"): pooled, as the same ids recur in every resolution. Formatted
    // on the stack, in a method without a loop (a stackalloc in a loop keeps a method from starting at tier 0).
    private static string CitationId(PartId part, int n)
    {
        Span<char> buffer = stackalloc char[CitationIdLength];
        return buffer.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{part.EId}__ref_{n}", out var written)
            ? TextPool.Shared.Of(buffer[..written])
            : $"{part.EId}__ref_{n}";
    }

    private const int CitationIdLength = 64; // longer than the pool keeps: a longer id is made as before

    private Text.SourceSpan Span(MappedText mapped, int start, int end)
    {
        var (s, e) = mapped.SourceRange(start, end);
        return document.Span(s, e);
    }
}
