using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Footnotes;

namespace Resolution2006_27.Model.Parsing;

/// <summary>What a footnote marker annotates in a part's text: a citation, an actor, or the words before it.</summary>
internal static class FootnoteSubjects
{
    /// <summary>
    /// What a marker annotates: the citation, else the actor, ending just before it (punctuation aside), else the
    /// words before it, back to the previous comma, semicolon or colon. Nothing before the previous marker of the same
    /// text is read: that marker closed what it annotated, and a marker with only punctuation and blanks since it
    /// annotates the same. So every marker reads only the text since the one before, and a part of thousands of
    /// markers costs its length, not its length for each marker.
    /// </summary>
    /// <param name="text">The part's text.</param>
    /// <param name="offset">The marker's offset in <paramref name="text"/>.</param>
    /// <param name="previous">The offset and subject of the marker before it in the same text, or null for the first.</param>
    /// <param name="citationsByEnd">The part's citations by where they end.</param>
    /// <param name="actorsByEnd">The part's actor mentions by where they end.</param>
    public static FootnoteSubject Of(string text, int offset, (int Offset, FootnoteSubject Subject)? previous, Dictionary<int, Citation> citationsByEnd, Dictionary<int, MentionMatch> actorsByEnd)
    {
        var from = previous?.Offset ?? 0;
        var end = offset;
        while (end > from && (char.IsPunctuation(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }
        if (previous is { } before && end == before.Offset)
        {
            return before.Subject;
        }
        if (citationsByEnd.TryGetValue(end, out var citation))
        {
            return new FootnoteSubject(FootnoteSubjectKind.Instrument, citation.InstrumentId, citation.Text);
        }
        if (actorsByEnd.TryGetValue(end, out var actor))
        {
            return new FootnoteSubject(FootnoteSubjectKind.Actor, actor.EntityId, text[NounPhraseStart(text, actor.Start)..actor.End]);
        }
        // The clause before the marker: back to the previous comma, semicolon or colon, or to the previous marker.
        var start = end == from ? from : Math.Max(from, text.LastIndexOfAny([',', ';', ':'], end - 1, end - from) + 1);
        // A bracket or quotation mark the words open is theirs when it closes among the punctuation before the marker:
        // "(the Beijing Rules)1" annotates "(the Beijing Rules)", not "(the Beijing Rules".
        var words = text.AsSpan(start, end - start);
        var open = words.Count('(') - words.Count(')');
        var quoted = words.Count('“') - words.Count('”');
        while (end < offset && ((text[end] == ')' && open > 0) || (text[end] == '”' && quoted > 0)))
        {
            open -= text[end] == ')' ? 1 : 0;
            quoted -= text[end] == '”' ? 1 : 0;
            end++;
        }
        return new FootnoteSubject(FootnoteSubjectKind.Text, null, text[start..end].Trim());
    }

    /// <summary>
    /// Where the noun phrase around a mention starts: a mention that is the complement of "of" ("the
    /// regular budget of the Office") belongs to the phrase back to its determiner; any other mention
    /// is its own phrase.
    /// </summary>
    private static int NounPhraseStart(string text, int mentionStart)
    {
        const string of = " of ";
        var p = mentionStart - of.Length;
        if (p <= 0 || string.CompareOrdinal(text, p, of, 0, of.Length) != 0)
        {
            return mentionStart;
        }
        // Walk back word by word, at most a few words, to a determiner; stop at any punctuation.
        for (var words = 0; words < 6 && p > 0; words++)
        {
            var wordStart = p;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }
            if (wordStart == p)
            {
                break;
            }
            if (text[wordStart..p] is "the" or "The" or "its" or "their" or "a" or "an")
            {
                return wordStart;
            }
            if (wordStart == 0 || text[wordStart - 1] != ' ')
            {
                break;
            }
            p = wordStart - 1;
        }
        return mentionStart;
    }
}
