using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Tells a heading from a paragraph: print ends every paragraph with a comma, a semicolon or a full stop, and
/// no heading ("I", "Political situation", "Lifting of arms embargoes ..."). Used by <see cref="BodyReader"/>
/// before and inside the operative part.
/// </summary>
internal static class Headings
{
    /// <summary>
    /// A section label ("I", "II.", "A. Title"), or a short block (a line or two) with no closing punctuation
    /// that reads as a title: print ends every paragraph with a comma, a semicolon or a full stop and no
    /// heading. Among the numbered paragraphs of an operative part, where a paragraph would carry a number,
    /// any such block is a heading ("Strengthening the institutional arrangements for ..."); elsewhere one that
    /// opens with a phrase is a heading only where the phrase is used as a noun (<see cref="ReadsAsTitle"/>),
    /// so that a preambular paragraph that lost its comma ("Acting under Chapter VII of the Charter of the
    /// United Nations") stays one.
    /// </summary>
    public static bool IsHeading(Block block, string text, bool amongNumberedParagraphs, VerbLexicon lexicon)
    {
        if (Layout.SectionLabel.IsMatch(text))
        {
            return true;
        }
        if (block.Lines.Length > 2 || text.Length > 200 || Layout.EndsAsParagraph(text))
        {
            return false;
        }
        if (amongNumberedParagraphs && text.Length > 0 && char.IsUpper(text[0]))
        {
            return true;
        }
        return PhraseReader.ReadAt(text, 0, lexicon, midSentence: false) is not { } phrase
            || (IsGerund(text.AsSpan(phrase.VerbStart, phrase.VerbEnd - phrase.VerbStart)) && ReadsAsTitle(text, phrase.End));
    }

    /// <summary>
    /// True when the words after a lead gerund make it a noun, as in a title: "of" or a colon after it ("Lifting
    /// of arms embargoes", "Taking stock: reviewing ..."), or a bare noun ("Strengthening governance of ...").
    /// A clause goes on with an article, a pronoun, a preposition or "that" ("Acting under", "Recalling its");
    /// adjectives take "of" as a clause does ("Mindful of", "Desirous of"), so only gerunds are asked.
    /// </summary>
    private static bool ReadsAsTitle(string text, int phraseEnd)
    {
        var p = phraseEnd;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }
        if (p >= text.Length)
        {
            return false;
        }
        if (text[p] == ':')
        {
            return true;
        }
        var end = p;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text[p..end];
        return word.Length > 0 && char.IsLower(word[0]) && (word == "of" || !ClauseWords.Contains(word));
    }

    private static bool IsGerund(ReadOnlySpan<char> verb) => PhraseReader.FirstWord(verb).EndsWith("ing", StringComparison.Ordinal);

    // Words a preambular phrase's complement opens with: articles, pronouns, determiners, prepositions, "that".
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "that", "this", "these", "those", "its", "their", "his", "her", "our", "all", "any", "each", "every",
        "both", "no", "such", "other", "further", "also", "with", "under", "in", "on", "at", "by", "for", "from", "to", "into",
        "upon", "within", "without", "between", "among", "about", "as", "which", "whose", "what", "how", "whether", "once",
    };
}
