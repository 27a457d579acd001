using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;

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
    private readonly List<(int Start, int End)> wordBuffer = [];

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
        var words = AliasMatcher.WordsOf(text, wordBuffer);
        var actors = index.Actors.FindAll(text, words, shortForms: false);
        StateForms.Widen(text, actors, index.States);
        actors.AddRange(CoordinatedModifiers.Find(text, actors, index.Actors));
        var symbols = index.FindResolutionSymbols(text, actors).ToList();
        var instruments = index.Instruments.FindAll(text, words, shortForms: false, symbols);
        instruments.AddRange(symbols);
        var actorShort = index.ActorShortForms.FindAll(text, words, shortForms: true, actors).Where(m => !StartsTitle(text, m)).ToList();
        var instrumentShort = index.InstrumentShortForms.FindAll(text, words, shortForms: true, instruments).Where(m => !StartsTitle(text, m)).ToList();
        var nested = ParentShortForms(text, instruments);

        var actorMatches = new List<MentionMatch>();
        var citations = new List<(MentionMatch Match, Citation Citation)>();
        var all = actors.Concat(actorShort).Select(m => (Match: m, IsActor: true))
            .Concat(instruments.Concat(instrumentShort).Concat(nested).Select(m => (Match: m, IsActor: false)))
            .OrderBy(m => m.Match.Start);
        foreach (var (match, isActor) in all)
        {
            var resolved = nested.Contains(match) ? (match.EntityId, latestCitation.GetValueOrDefault(match.EntityId)) : Resolve(match, text);
            if (resolved is null)
            {
                continue; // A short form with nothing to point back to stays plain text.
            }
            var (entityId, antecedent) = resolved.Value;
            var found = match with { EntityId = entityId };
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
                $"{id.EId}__ref_{citations.Count + 1}", entityId, text[found.Start..found.End],
                found.IsShortForm ? CitationForm.ShortForm : found.IsSymbol ? CitationForm.Symbol : CitationForm.Title,
                null, antecedent, found.Start, Span(mapped, found.Start, found.End));
            citations.Add((found, citation));
            Remember(entityId, citation.Id);
        }
        AttachPinpoints(mapped, citations);

        var citationsByEnd = citations.GroupBy(c => c.Match.End).ToDictionary(g => g.Key, g => g.First().Citation);
        var actorsByEnd = actorMatches.GroupBy(a => a.End).ToDictionary(g => g.Key, g => g.First());
        var markerRecords = new List<FootnoteMarker>();
        var subjects = new List<FootnoteSubject>();
        foreach (var (start, end, number) in markers)
        {
            var offset = mapped.TextIndexOf(start);
            markerRecords.Add(new FootnoteMarker($"authorialNote_{++markerCount}", number, offset, document.Span(start, end)));
            subjects.Add(FootnoteSubjects.Of(text, offset, citationsByEnd, actorsByEnd));
        }
        return new PartAnalysis(
            markerRecords.ToValueList(),
            subjects,
            citations.Select(c => c.Citation).ToValueList(),
            actorMatches.Select(m => new ActorMention(m.EntityId, text[m.Start..m.End], m.Start, Span(mapped, m.Start, m.End), m.IsShortForm)).ToValueList(),
            actorMatches.GroupBy(m => m.Start).ToDictionary(g => g.Key, g => g.First()));
    }

    // "the Protocol of 2014 to the Forced Labour Convention", "the Office of Legal Affairs": a short form
    // followed by a complement that names something is the head of a title, not a pointer back. ("to" is
    // left out: "the present resolution to the Commission" names whom a report goes to.)
    private static readonly System.Text.RegularExpressions.Regex TitleComplement = new(
        @"\G (?:of|on|against|for|concerning|relating to) (?:the )?[A-Z0-9]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool StartsTitle(string text, MentionMatch shortForm) => TitleComplement.IsMatch(text, shortForm.End);

    /// <summary>
    /// "Optional Protocol to that Convention on ...", "Protocol ..., supplementing that Convention": a title
    /// read through its parent's slot holds a short form of the parent, which is a citation of the parent
    /// in its own right, pointing back to the parent's latest citation.
    /// </summary>
    private HashSet<MentionMatch> ParentShortForms(string text, List<MentionMatch> instruments)
    {
        var found = new HashSet<MentionMatch>();
        foreach (var title in instruments.Where(m => !m.IsSymbol))
        {
            if (index.FindInstrument(title.EntityId)?.ParentId is not { } parent || !index.TryGetShortForms(parent, out var forms) ||
                index.FindInstrument(parent)!.Aliases.Any(alias => text.IndexOf(alias, title.Start, title.End - title.Start, StringComparison.Ordinal) >= 0))
            {
                continue; // No parent slot, or it holds the parent's full name ("... to the Convention on the Rights of the Child ...").
            }
            foreach (var form in forms)
            {
                var at = text.IndexOf(form, title.Start, title.End - title.Start, StringComparison.Ordinal);
                if (at > title.Start && (at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length])))
                {
                    found.Add(new MentionMatch(at, at + form.Length, parent, IsShortForm: true));
                    break;
                }
            }
        }
        return found;
    }

    private void Remember(string entityId, string? citationId)
    {
        if (citationId is not null)
        {
            latestCitation[entityId] = citationId;
        }
        if (index.TryGetShortForms(entityId, out var forms))
        {
            foreach (var form in forms)
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
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < citations.Count; i++)
        {
            byStart.TryAdd(citations[i].Match.Start, i);
        }
        foreach (var pin in PinpointReader.Find(mapped.Text))
        {
            if (!byStart.TryGetValue(pin.CitationStart, out var i) && !byStart.TryGetValue(pin.CitationStartWithArticle, out i))
            {
                continue;
            }
            var pinpoint = new Pinpoint(mapped.Text[pin.Start..pin.End], pin.Path, pin.Caption, pin.Start, Span(mapped, pin.Start, pin.End));
            citations[i] = (citations[i].Match, citations[i].Citation with { Pinpoint = pinpoint });
        }
    }

    private Text.SourceSpan Span(MappedText mapped, int start, int end)
    {
        var (s, e) = mapped.SourceRange(start, end);
        return document.Span(s, e);
    }
}
