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
    private readonly EntityIndex index;
    private readonly SourceDocument document;
    private readonly List<(string EntityId, string? CitationId)> history = [];
    private int markerCount;

    public TextAnalyzer(EntityIndex index, SourceDocument document, MentionMatch selfMention)
    {
        this.index = index;
        this.document = document;
        // The document names itself in its masthead: "the present resolution" points back to that.
        history.Add((selfMention.EntityId, null));
    }

    public PartAnalysis Analyze(PartId id, MappedText mapped, IReadOnlyList<(int Start, int End, int Number)> markers)
    {
        var text = mapped.Text;
        var actors = index.Actors.FindAll(text, shortForms: false);
        actors.AddRange(CoordinatedModifiers(text, actors));
        var instruments = index.Instruments.FindAll(text, shortForms: false, index.FindResolutionSymbols(text).ToList());
        instruments.AddRange(index.FindResolutionSymbols(text));
        var actorShort = index.ActorShortForms.FindAll(text, shortForms: true, actors);
        var instrumentShort = index.InstrumentShortForms.FindAll(text, shortForms: true, instruments);

        var actorMatches = new List<MentionMatch>();
        var citations = new List<(MentionMatch Match, Citation Citation)>();
        foreach (var match in actors.Concat(actorShort).Concat(instruments).Concat(instrumentShort).OrderBy(m => m.Start))
        {
            var isActor = actors.Contains(match) || actorShort.Contains(match);
            var resolved = Resolve(match, text);
            if (resolved is null)
            {
                continue; // A short form with nothing to point back to stays plain text.
            }
            var (entityId, antecedent) = resolved.Value;
            var found = match with { EntityId = entityId };
            if (isActor)
            {
                actorMatches.Add(found);
                history.Add((entityId, null));
                continue;
            }
            if (actors.Any(a => !a.IsShortForm && found.Inside(a)))
            {
                history.Add((entityId, null));
                continue;
            }
            var citation = new Citation(
                $"{id.EId}__ref_{citations.Count + 1}", entityId, text[found.Start..found.End],
                found.IsShortForm ? CitationForm.ShortForm : found.IsSymbol ? CitationForm.Symbol : CitationForm.Title,
                null, antecedent, Span(mapped, found.Start, found.End));
            citations.Add((found, citation));
            history.Add((entityId, citation.Id));
        }
        AttachPinpoints(mapped, citations);

        var markerRecords = new List<FootnoteMarker>();
        var subjects = new List<FootnoteSubject>();
        foreach (var (start, end, number) in markers)
        {
            var offset = TextOffset(mapped, start);
            markerRecords.Add(new FootnoteMarker($"authorialNote_{++markerCount}", number, offset, document.Span(start, end)));
            subjects.Add(Subject(text, offset, citations, actorMatches));
        }
        return new PartAnalysis(
            markerRecords.ToValueList(),
            subjects,
            citations.Select(c => c.Citation).ToValueList(),
            actorMatches.Select(m => new ActorMention(m.EntityId, text[m.Start..m.End], Span(mapped, m.Start, m.End), m.IsShortForm)).ToValueList(),
            actorMatches);
    }

    private (string EntityId, string? Antecedent)? Resolve(MentionMatch match, string text)
    {
        if (!match.IsShortForm)
        {
            return (match.EntityId, null);
        }
        var form = text[match.Start..match.End];
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var (entityId, citationId) = history[i];
            if (index.ShortFormOwners.TryGetValue(entityId, out var forms) &&
                forms.Any(f => string.Equals(f, form, StringComparison.OrdinalIgnoreCase)))
            {
                return (entityId, citationId);
            }
        }
        return null;
    }

    /// <summary>
    /// "intergovernmental and non-governmental organizations" names two actors: where an actor's
    /// alias is "modifier rest" and the words before it are "other-modifier and" (or a comma), and
    /// "other-modifier rest" is an alias too, the other modifier is a mention of that actor.
    /// </summary>
    private IEnumerable<MentionMatch> CoordinatedModifiers(string text, List<MentionMatch> actors)
    {
        foreach (var match in actors.ToList())
        {
            var alias = text[match.Start..match.End];
            var space = alias.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }
            var rest = alias[space..];
            var p = match.Start;
            while (PrecedingModifier(text, p) is { } modifier)
            {
                if (!index.Actors.Knows(text[modifier.Start..modifier.End] + rest, out var id))
                {
                    break;
                }
                var mention = new MentionMatch(modifier.Start, modifier.End, id, IsShortForm: false);
                if (actors.Any(mention.Overlaps))
                {
                    break;
                }
                yield return mention;
                p = modifier.Start;
            }
        }
    }

    private static (int Start, int End)? PrecedingModifier(string text, int start)
    {
        foreach (var joint in new[] { " and ", ", and ", " or ", ", " })
        {
            var jointStart = start - joint.Length;
            if (jointStart > 0 && string.CompareOrdinal(text, jointStart, joint, 0, joint.Length) == 0)
            {
                var wordStart = jointStart;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
                {
                    wordStart--;
                }
                return wordStart < jointStart ? (wordStart, jointStart) : null;
            }
        }
        return null;
    }

    private void AttachPinpoints(MappedText mapped, List<(MentionMatch Match, Citation Citation)> citations)
    {
        foreach (var pin in PinpointReader.Find(mapped.Text))
        {
            var i = citations.FindIndex(c => c.Match.Start == pin.CitationStart || c.Match.Start == pin.CitationStartWithArticle);
            if (i < 0)
            {
                continue;
            }
            var pinpoint = new Pinpoint(mapped.Text[pin.Start..pin.End], pin.Path, pin.Caption, Span(mapped, pin.Start, pin.End));
            citations[i] = (citations[i].Match, citations[i].Citation with { Pinpoint = pinpoint });
        }
    }

    /// <summary>What a marker annotates: the citation, else the actor, ending just before it (punctuation aside), else the words before it.</summary>
    private static FootnoteSubject Subject(string text, int offset, List<(MentionMatch Match, Citation Citation)> citations, List<MentionMatch> actors)
    {
        var end = offset;
        while (end > 0 && (char.IsPunctuation(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }
        foreach (var (match, citation) in citations)
        {
            if (match.End == end)
            {
                return new FootnoteSubject(FootnoteSubjectKind.Instrument, citation.InstrumentId, citation.Text);
            }
        }
        foreach (var actor in actors)
        {
            if (actor.End == end)
            {
                return new FootnoteSubject(FootnoteSubjectKind.Actor, actor.EntityId, text[actor.Start..actor.End]);
            }
        }
        // The clause before the marker: back to the previous comma, semicolon or colon.
        var start = end == 0 ? 0 : text.LastIndexOfAny([',', ';', ':'], end - 1) + 1;
        return new FootnoteSubject(FootnoteSubjectKind.Text, null, text[start..end].Trim());
    }

    private static int TextOffset(MappedText mapped, int sourceOffset)
    {
        var count = 0;
        while (count < mapped.Text.Length && mapped.SourceOffset(count) < sourceOffset)
        {
            count++;
        }
        return count;
    }

    private Text.SourceSpan Span(MappedText mapped, int start, int end)
    {
        var (s, e) = mapped.SourceRange(start, end);
        return document.Span(s, e);
    }
}
