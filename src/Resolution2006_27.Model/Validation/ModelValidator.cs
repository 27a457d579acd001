using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Validation;

/// <summary>The invariants of a model that its types cannot state.</summary>
internal sealed class ModelValidator
{
    private readonly Resolution resolution;
    private readonly List<ModelProblem> problems = [];
    private readonly Dictionary<string, string> partIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> citationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Number, string PartShort)> markerIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> actors;
    private readonly HashSet<string> instruments;
    private readonly string? source;

    private ModelValidator(Resolution resolution, string? source)
    {
        this.resolution = resolution;
        this.source = source;
        actors = [.. resolution.Actors.Select(a => a.Id)];
        instruments = [.. resolution.Instruments.Select(i => i.Id)];
    }

    public static IReadOnlyList<ModelProblem> Validate(Resolution resolution, string? source)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var validator = new ModelValidator(resolution, source);
        validator.Run();
        return validator.problems;
    }

    private void Run()
    {
        if (source is not null)
        {
            var hash = Text.SourceHash.Sha256(source);
            Expect(hash == resolution.Source.Sha256, "/source/sha256", ModelRules.SourceText, $"the SHA-256 of the text given ({hash})", resolution.Source.Sha256);
        }
        Unique(resolution.Actors.Select(a => a.Id), "/actors", "id");
        Unique(resolution.Instruments.Select(i => i.Id), "/instruments", "id");
        Reference(resolution.OrganId, actors, "/organId", "an actor of this resolution");
        for (var i = 0; i < resolution.Actors.Count; i++)
        {
            Reference(resolution.Actors[i].ParentId, actors, $"/actors/{i}/parentId", "an actor of this resolution");
        }
        for (var i = 0; i < resolution.Instruments.Count; i++)
        {
            Reference(resolution.Instruments[i].ParentId, instruments, $"/instruments/{i}/parentId", "an instrument of this resolution");
        }
        if (resolution.Masthead is { } masthead)
        {
            InSource(masthead.Span, "/masthead/span");
        }
        if (resolution.Title is { } title)
        {
            InSource(title.Span, "/title/span");
        }
        if (resolution.Adoption is { } adoption)
        {
            InSource(adoption.Span, "/adoption/span");
        }
        if (resolution.Origin is { } origin)
        {
            InSource(origin.Span, "/origin/span");
        }
        if (resolution.PrintedNumber is { } printed)
        {
            InSource(printed.Span, "/printedNumber/span");
        }
        for (var a = 0; a < resolution.Annexes.Count; a++)
        {
            InSource(resolution.Annexes[a].Heading.Span, $"/annexes/{a}/heading/span");
            for (var b = 0; b < resolution.Annexes[a].Blocks.Count; b++)
            {
                InSource(resolution.Annexes[a].Blocks[b].Span, $"/annexes/{a}/blocks/{b}/span");
            }
        }
        for (var i = 0; i < resolution.Furniture.Count; i++)
        {
            InSource(resolution.Furniture[i].Span, $"/furniture/{i}/span");
        }
        if (resolution.Preamble.EnactingFormula is { } formula)
        {
            InSource(formula.Span, "/preamble/enactingFormula/span");
        }

        var paragraphs = resolution.Preamble.Paragraphs;
        // The Council's first yearbooks print a preambular paragraph before "Therefore the Security Council,".
        var formulaSpan = resolution.Preamble.EnactingFormula?.Span;
        var previousEnd = formulaSpan is not { } formulaAt || (paragraphs.Count > 0 && paragraphs[0].Span.End <= formulaAt.Start) ? 0 : formulaAt.End;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var pointer = $"/preamble/paragraphs/{i}";
            Sequence(i, p.Position, i == 0 ? null : paragraphs[i - 1].Position, $"{pointer}/position");
            Expect(p.Id == PartId.Preambular(p.Position), $"{pointer}/id", ModelRules.IdFormat, PartId.Preambular(p.Position).Short, p.Id.Short);
            previousEnd = CheckPart(p, pointer, previousEnd);
            previousEnd = CheckItems(p.SubParagraphs, p.Id, $"{pointer}/subParagraphs", previousEnd);
        }
        var operative = resolution.OperativeParagraphs;
        for (var i = 0; i < operative.Count; i++)
        {
            var p = operative[i];
            var pointer = $"/operativeParagraphs/{i}";
            Rising(p.Number, i == 0 || operative[i - 1].Section != p.Section ? null : operative[i - 1].Number, $"{pointer}/number");
            Expect(p.Id == PartId.Operative(p.Number, p.Section), $"{pointer}/id", ModelRules.IdFormat, PartId.Operative(p.Number, p.Section).Short, p.Id.Short);
            for (var a = 0; a < p.Addressees.Count; a++)
            {
                Reference(p.Addressees[a].ActorId, actors, $"{pointer}/addressees/{a}/actorId", "an actor of this resolution");
            }
            CheckAsks(p.Asks, pointer);
            previousEnd = CheckPart(p, pointer, previousEnd);
            previousEnd = CheckItems(p.SubParagraphs, p.Id, $"{pointer}/subParagraphs", previousEnd);
        }
        if (resolution.Conclusions is { } closing)
        {
            Expect(closing.Meeting.Span.Start >= previousEnd, "/conclusions/meeting/span", ModelRules.SpansInOrder, $"a start at or after {previousEnd}", closing.Meeting.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (closing.Date is { } date)
            {
                InSource(date.Span, "/conclusions/date/span");
            }
        }
        CheckFootnotes();
    }

    private int CheckItems(IReadOnlyList<SubParagraph> items, PartId parent, string pointer, int previousEnd)
    {
        string? letter = null, roman = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var here = $"{pointer}/{i}";
            (letter, roman) = (Labels.NextLetter(letter), Labels.NextRoman(roman));
            Func<string?, string> next = item.Style == LabelStyle.Letter ? Labels.NextLetter : Labels.NextRoman;
            var byPosition = item.Style == LabelStyle.Letter ? letter : roman;
            var byPrevious = i == 0 ? byPosition : next(items[i - 1].Label);
            // One wrong or missing label is one problem: a label is fine when it follows either its
            // predecessor or its position.
            Expect(item.Label == byPosition || item.Label == byPrevious, $"{here}/label", ModelRules.LabelsInSequence, $"({byPrevious})", $"({item.Label})");
            Expect(item.Id == parent.Item(item.Label), $"{here}/id", ModelRules.IdFormat, parent.Item(item.Label).EId, item.Id.EId);
            CheckAsks(item.Asks, here);
            previousEnd = CheckPart(item, here, previousEnd);
            previousEnd = CheckItems(item.SubParagraphs, item.Id, $"{here}/subParagraphs", previousEnd);
        }
        return previousEnd;
    }

    private void CheckAsks(IReadOnlyList<Phrases.Ask> asks, string pointer)
    {
        for (var a = 0; a < asks.Count; a++)
        {
            for (var d = 0; d < asks[a].Addressees.Count; d++)
            {
                Reference(asks[a].Addressees[d].ActorId, actors, $"{pointer}/asks/{a}/addressees/{d}/actorId", "an actor of this resolution");
            }
        }
    }

    private int CheckPart(Part part, string pointer, int previousEnd)
    {
        var printed = part switch
        {
            OperativeParagraph p => p.Unnumbered ? p.Text : $"{p.PrintedLabel} {p.Text}",
            SubParagraph s => $"{s.PrintedLabel} {s.Text}",
            _ => part.Text,
        };
        // Markers are cut from every span of the part: one may stand inside a name ("Office4 on Drugs").
        var markers = part.FootnoteMarkers.Select(m => m.Span).ToList();
        Agrees(part.Span, printed, $"{pointer}/span", markers);
        foreach (var (phrase, at) in PhrasesOf(part, pointer))
        {
            Agrees(phrase.Span, phrase.Text, $"{at}/span", markers);
            AtOffset(part.Text, phrase.TextOffset, phrase.Text, $"{at}/textOffset");
            PhraseWords(phrase, at);
        }
        foreach (var (addressee, at) in AddresseesOf(part, pointer))
        {
            AtOffset(part.Text, addressee.TextOffset, addressee.Text, $"{at}/textOffset");
        }
        Claim(partIds, part.Id.Short, $"{pointer}/id/short");
        Claim(partIds, part.Id.EId, $"{pointer}/id/eId");
        InSource(part.Span, $"{pointer}/span");
        Expect(part.Span.Start >= previousEnd, $"{pointer}/span/start", ModelRules.SpansInOrder, $"a start at or after {previousEnd}", part.Span.Start.ToString());
        for (var i = 0; i < part.Citations.Count; i++)
        {
            var citation = part.Citations[i];
            var here = $"{pointer}/citations/{i}";
            Claim(citationIds, citation.Id, $"{here}/id");
            Reference(citation.InstrumentId, instruments, $"{here}/instrumentId", "an instrument of this resolution");
            Expect(part.Span.Contains(citation.Span), $"{here}/span", ModelRules.SpanInsidePart, $"a span inside {part.Span}", citation.Span.ToString());
            Agrees(citation.Span, citation.Text, $"{here}/span", markers);
            AtOffset(part.Text, citation.TextOffset, citation.Text, $"{here}/textOffset");
            if (citation.Pinpoint is { } pinpoint)
            {
                Agrees(pinpoint.Span, pinpoint.Text, $"{here}/pinpoint/span", markers);
                AtOffset(part.Text, pinpoint.TextOffset, pinpoint.Text, $"{here}/pinpoint/textOffset");
            }
            if (citation.AntecedentId is not null)
            {
                Expect(citationIds.ContainsKey(citation.AntecedentId), $"{here}/antecedentId", ModelRules.ReferenceResolves, "an earlier citation's id", citation.AntecedentId);
            }
        }
        for (var i = 0; i < part.ActorMentions.Count; i++)
        {
            Reference(part.ActorMentions[i].ActorId, actors, $"{pointer}/actorMentions/{i}/actorId", "an actor of this resolution");
            Expect(part.Span.Contains(part.ActorMentions[i].Span), $"{pointer}/actorMentions/{i}/span", ModelRules.SpanInsidePart, $"a span inside {part.Span}", part.ActorMentions[i].Span.ToString());
            Agrees(part.ActorMentions[i].Span, part.ActorMentions[i].Text, $"{pointer}/actorMentions/{i}/span", markers);
            AtOffset(part.Text, part.ActorMentions[i].TextOffset, part.ActorMentions[i].Text, $"{pointer}/actorMentions/{i}/textOffset");
        }
        for (var i = 0; i < part.FootnoteMarkers.Count; i++)
        {
            var marker = part.FootnoteMarkers[i];
            if (!markerIds.TryAdd(marker.EId, (marker.Number, part.Id.Short)))
            {
                Problem($"{pointer}/footnoteMarkers/{i}/eId", ModelRules.UniqueIds, "an id used once", $"'{marker.EId}' again");
            }
            Expect(marker.TextOffset >= 0 && marker.TextOffset <= part.Text.Length, $"{pointer}/footnoteMarkers/{i}/textOffset", ModelRules.MarkerInText, $"0 to {part.Text.Length}", marker.TextOffset.ToString());
            Expect(part.Span.Contains(marker.Span), $"{pointer}/footnoteMarkers/{i}/span", ModelRules.SpanInsidePart, $"a span inside {part.Span}", marker.Span.ToString());
        }
        return part.Span.End;
    }

    private void CheckFootnotes()
    {
        var notes = resolution.Footnotes;
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var pointer = $"/footnotes/{i}";
            // Footnotes rise but may skip: an extraction can lose markers (footnote 5 with no 1 to 4).
            Expect(i == 0 || note.Number > notes[i - 1].Number, $"{pointer}/number", ModelRules.FootnotesInOrder, $"a number above {(i == 0 ? 0 : notes[i - 1].Number)}", note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Expect(note.MarkerIds.Count > 0, $"{pointer}/markerIds", ModelRules.FootnoteMarked, "at least one marker", "none");
            Expect(note.MarkerIds.Count == note.PartIds.Count, $"{pointer}/partIds", ModelRules.FootnoteParts, $"{note.MarkerIds.Count} part ids", note.PartIds.Count.ToString());
            for (var m = 0; m < note.MarkerIds.Count; m++)
            {
                var found = markerIds.TryGetValue(note.MarkerIds[m], out var marker);
                Expect(found && marker.Number == note.Number, $"{pointer}/markerIds/{m}", ModelRules.ReferenceResolves, $"a marker numbered {note.Number}", note.MarkerIds[m]);
                if (found && m < note.PartIds.Count)
                {
                    Expect(marker.PartShort == note.PartIds[m], $"{pointer}/partIds/{m}", ModelRules.ReferenceResolves, marker.PartShort, note.PartIds[m]);
                }
            }
            var subject = note.Subject;
            var known = subject.Kind switch
            {
                FootnoteSubjectKind.Instrument => subject.RefersTo is not null && instruments.Contains(subject.RefersTo),
                FootnoteSubjectKind.Actor => subject.RefersTo is not null && actors.Contains(subject.RefersTo),
                _ => subject.RefersTo is null,
            };
            Expect(known, $"{pointer}/subject/refersTo", ModelRules.ReferenceResolves, $"an {subject.Kind.ToString().ToLowerInvariant()} of this resolution", subject.RefersTo ?? "null");
        }
        var listed = notes.SelectMany(n => n.MarkerIds.Select(id => (n.Number, id))).ToHashSet();
        foreach (var (id, (number, _)) in markerIds)
        {
            Expect(listed.Contains((number, id)), "/footnotes", ModelRules.ReferenceResolves, $"footnote {number} listing marker {id}", "none");
        }
    }

    /// <summary>
    /// Operative numbers as printed rise: real texts skip a number where the print or its extraction lost a
    /// paragraph (the parser warns), but never repeat or fall, so that every paragraph keeps one id.
    /// </summary>
    private void Rising(int number, int? previous, string pointer) =>
        Expect(previous is null || number > previous, pointer, ModelRules.RisingNumbering,
            $"a number above {previous ?? 0}", number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Numbers run 1, 2, 3 ...: a number is fine when it follows its predecessor or its position, so a
    /// gap or a wrong number is one problem, not one for every paragraph after it.
    /// </summary>
    private void Sequence(int index, int number, int? previous, string pointer) =>
        Expect(number == index + 1 || (previous is not null && number == previous + 1), pointer, ModelRules.ContiguousNumbering,
            (previous is null ? 1 : previous.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static IEnumerable<(Phrases.Phrase Phrase, string Pointer)> PhrasesOf(Part part, string pointer) => part switch
    {
        PreambularParagraph p => p.Phrases.Select((phrase, i) => (phrase, $"{pointer}/phrases/{i}")),
        OperativeParagraph o => (o.Phrase is { } phrase ? [(phrase, $"{pointer}/phrase")] : Array.Empty<(Phrases.Phrase, string)>())
            .Concat(o.Asks.Select((ask, k) => (ask.Phrase, $"{pointer}/asks/{k}/phrase"))),
        SubParagraph s => s.Asks.Select((ask, k) => (ask.Phrase, $"{pointer}/asks/{k}/phrase")),
        _ => [],
    };

    /// <summary>The words a phrase states are its own: its verb and adverbs are printed in its text.</summary>
    private void PhraseWords(Phrases.Phrase phrase, string pointer)
    {
        Expect(phrase.Text.Contains(phrase.Verb, StringComparison.Ordinal), $"{pointer}/verb", ModelRules.PhraseWords, $"the verb as printed in \"{phrase.Text}\"", $"\"{phrase.Verb}\"");
        for (var i = 0; i < phrase.Adverbs.Count; i++)
        {
            Expect(phrase.Text.Contains(phrase.Adverbs[i], StringComparison.OrdinalIgnoreCase), $"{pointer}/adverbs/{i}", ModelRules.PhraseWords, $"an adverb printed in \"{phrase.Text}\"", $"\"{phrase.Adverbs[i]}\"");
        }
    }

    private static IEnumerable<(Actors.Addressee Addressee, string Pointer)> AddresseesOf(Part part, string pointer)
    {
        var lead = part is OperativeParagraph p ? p.Addressees.Select((a, i) => (a, $"{pointer}/addressees/{i}")) : [];
        IEnumerable<Phrases.Ask> asks = part switch
        {
            OperativeParagraph o => o.Asks,
            SubParagraph s => s.Asks,
            _ => [],
        };
        return lead.Concat(asks.SelectMany((ask, k) => ask.Addressees.Select((a, i) => (a, $"{pointer}/asks/{k}/addressees/{i}"))));
    }

    /// <summary>The words stand in the part's text where the offset says.</summary>
    private void AtOffset(string text, int offset, string words, string pointer)
    {
        var found = offset >= 0 && offset <= text.Length - words.Length ? text.Substring(offset, words.Length) : null;
        Expect(found == words, pointer, ModelRules.OffsetAgrees, $"the offset of \"{Clip(words)}\" in the part's text", found is null ? $"{offset}, outside a text of {text.Length} characters" : $"\"{Clip(found)}\" at {offset}");
    }

    private static readonly System.Text.RegularExpressions.Regex ScannedLabel = new(@"^(?<n>\d{1,3}),", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>With the source known: the span's text, wraps joined and markers cut, is <paramref name="text"/>.</summary>
    private void Agrees(SourceSpan span, string text, string pointer, IEnumerable<SourceSpan>? markers = null)
    {
        if (source is null || span.Start < 0 || span.Length < 0 || span.End > source.Length)
        {
            return;
        }
        var lines = new List<(int Start, int End)>();
        for (var start = span.Start; start < span.End;)
        {
            var end = source.IndexOfAny(['\n', '\r'], start, span.End - start);
            end = end < 0 ? span.End : end;
            var (s, e) = SourceDocument.Content(source, start, end);
            // Page furniture inside a paragraph (a running header after a page break) is no part of it.
            if (e > s && !resolution.Furniture.Any(f => f.Span.Start <= s && e <= f.Span.End))
            {
                lines.Add((s, e));
            }
            start = end + 1;
        }
        var found = MappedText.Build(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines), [.. (markers ?? []).Select(m => (m.Start, m.End))]).Text;
        // A scan may print the full stop of "4." as a comma: "4, Demands" is the same label.
        if (found != text && ScannedLabel.Match(found) is { Success: true } comma && text.StartsWith(comma.Groups["n"].Value + ".", StringComparison.Ordinal))
        {
            found = comma.Groups["n"].Value + "." + found[comma.Length..];
        }
        // Marks that print nothing ("6." U+200E " Reaffirms") are no difference between two texts.
        Expect(found == text || Visible(found) == Visible(text), pointer, ModelRules.SpanAgrees, $"a span over the text \"{Clip(text)}\"", $"\"{Clip(found)}\"");
    }

    private static string Visible(string text) => string.Concat(text.Where(c => !SourceDocument.IsInvisible(c)));

    private static string Clip(string text) => text.Length > 60 ? text[..57] + "..." : text;

    private void Unique(IEnumerable<string> ids, string pointer, string property)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                Problem($"{pointer}/{i}/{property}", ModelRules.UniqueIds, "an id used once", $"'{id}' again");
            }
            i++;
        }
    }

    private void Claim(Dictionary<string, string> seen, string id, string pointer)
    {
        if (!seen.TryAdd(id, pointer))
        {
            Problem(pointer, ModelRules.UniqueIds, $"an id used once (also at {seen[id]})", $"'{id}' again");
        }
    }

    private void Reference(string? id, HashSet<string> known, string pointer, string expected)
    {
        if (id is not null && !known.Contains(id))
        {
            Problem(pointer, ModelRules.ReferenceResolves, expected, $"'{id}'");
        }
    }

    private void InSource(SourceSpan span, string pointer) =>
        Expect(span.Start >= 0 && span.Length >= 0 && span.End <= resolution.Source.Length && span.Line >= 1 && span.Column >= 1,
            pointer, ModelRules.SpanInsideSource, $"a span inside the {resolution.Source.Length} characters of the source", span.ToString());

    private void Expect(bool condition, string pointer, string rule, string expected, string found)
    {
        if (!condition)
        {
            Problem(pointer, rule, expected, found);
        }
    }

    private void Problem(string pointer, string rule, string expected, string found) =>
        problems.Add(new ModelProblem(pointer, rule, expected, found));
}
