using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads a phrase at a place in a text: leading adverbs, the longest verb form the lexicon knows,
/// then at most one trailing adverb ("Also invites", "Recalling further", "Taking note of").
/// </summary>
internal static class PhraseReader
{
    /// <param name="text">The part's text.</param>
    /// <param name="at">Where the phrase must start.</param>
    /// <param name="lexicon">The verbs.</param>
    /// <param name="midSentence">True inside a sentence, where a phrase is printed lower case ("and noting").</param>
    public static PhraseMatch? ReadAt(string text, int at, VerbLexicon lexicon, bool midSentence)
    {
        if (at >= text.Length || (midSentence && !char.IsLower(text[at])) || !lexicon.MayOpenPhrase(text, at))
        {
            return null;
        }
        List<string>? adverbs = null; // most places read are no phrase: nothing is allocated for them
        var p = at;
        // Declarations speak in the first person: "We reaffirm", "We also recognize".
        var subject = !midSentence && string.CompareOrdinal(text, at, "We ", 0, 3) == 0;
        if (subject)
        {
            p += 3;
        }
        while (MatchWords(text, p, Leading) is { } adverb && p + adverb < text.Length && text[p + adverb] == ' ')
        {
            (adverbs ??= []).Add(TextPool.Shared.Of(text, p, p + adverb));
            p += adverb + 1;
        }
        // The base form leads too where the subject stands in a chapeau above ("We ...:" then "Reaffirm our commitment").
        var verb = LongestForm(text, p, lexicon, lemma: subject)
            ?? (midSentence || subject ? null : LongestForm(text, p, lexicon, lemma: true));
        if (verb is null)
        {
            return null;
        }
        var (verbEnd, entry) = verb.Value;
        var end = verbEnd;
        if (verbEnd + 1 < text.Length && text[verbEnd] == ' ' && MatchWords(text, verbEnd + 1, Trailing) is { } trailing)
        {
            (adverbs ??= []).Add(TextPool.Shared.Of(text, verbEnd + 1, verbEnd + 1 + trailing));
            end = verbEnd + 1 + trailing;
        }
        return new PhraseMatch(at, end, p, verbEnd, adverbs ?? (IReadOnlyList<string>)[], entry);
    }

    /// <summary>
    /// The longest form the lexicon knows at <paramref name="start"/>; failing that, one with an adverb between
    /// its first word and the rest ("Calls once again upon", "Having also considered").
    /// </summary>
    private static (int End, VerbEntry Entry)? LongestForm(string text, int start, VerbLexicon lexicon, bool lemma) =>
        LongestForm(text, start, lexicon, lemma, stackalloc int[2 * MaxWords]); // see MappedText.Fold: the loops in a callee

    // buffers: the ends of the form's words, then of the words after an inner adverb.
    private static (int End, VerbEntry Entry)? LongestForm(string text, int start, VerbLexicon lexicon, bool lemma, Span<int> buffers)
    {
        var buffer = buffers[..MaxWords];
        if (WordEnds(text, start, 1, buffer) is not [var first] || lexicon.MostWordsOpenedBy(text.AsSpan(start, first - start)) is not (> 0 and var most))
        {
            return null; // most words open no phrase: nothing more is read
        }
        var longest = lexicon.LongestFormWords;
        // No more words than the longest form the first word opens, and two at least: a form with an adverb after its first
        // word (below) needs to know a second word follows.
        var ends = WordEnds(text, start, Math.Min(Math.Max(most, 2), MaxWords), buffer);
        // Runs longer than any form its first word opens are not looked up ("urges" opens forms of one word).
        for (var n = Math.Min(Math.Min(ends.Length, longest), most) - 1; n >= 0; n--)
        {
            if (lexicon.Find(text.AsSpan(start, ends[n] - start), lemma) is { } entry)
            {
                return (ends[n], entry);
            }
        }
        if (ends.Length >= 2 && MatchWords(text, ends[0] + 1, Leading) is { } inner && ends[0] + 1 + inner < text.Length && text[ends[0] + 1 + inner] == ' ')
        {
            var rest = ends[0] + 2 + inner;
            var more = buffers[MaxWords..];
            var restEnds = WordEnds(text, rest, Math.Min(longest, MaxWords), more);
            for (var n = restEnds.Length - 1; n >= 0; n--)
            {
                if (lexicon.Find(text[start..ends[0]] + " " + text[rest..restEnds[n]], lemma) is { } entry)
                {
                    return (restEnds[n], entry);
                }
            }
        }
        return null;
    }

    // The longest form has a handful of words: the ends of a few more are all a phrase needs.
    private const int MaxWords = 16;

    /// <summary>The first word of a verb as printed or of a lemma ("Takes" of "Takes note of"): up to its first space.</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> verb) => verb.IndexOf(' ') is var space and >= 0 ? verb[..space] : verb;

    /// <summary>The ends of the first <paramref name="max"/> words from <paramref name="start"/>; a word is letters, hyphens and apostrophes.</summary>
    private static Span<int> WordEnds(string text, int start, int max, Span<int> ends)
    {
        var count = 0;
        var p = start;
        while (count < max && p < text.Length && char.IsLetter(text[p]))
        {
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] is '-' or '\'' or '’'))
            {
                p++;
            }
            ends[count++] = p;
            if (p + 1 < text.Length && text[p] == ' ')
            {
                p++;
            }
            else
            {
                break;
            }
        }
        return ends[..count];
    }

    private static readonly ByInitial Leading = new(VerbLexicon.LeadingAdverbs);
    private static readonly ByInitial Trailing = new(VerbLexicon.TrailingAdverbs);

    /// <summary>The length of the first of <paramref name="words"/> standing at <paramref name="at"/> as whole words, or null.</summary>
    private static int? MatchWords(string text, int at, ByInitial words)
    {
        if (at >= text.Length)
        {
            return null;
        }
        foreach (var word in words.Opening(text[at]))
        {
            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && IsBoundary(text, at + word.Length))
            {
                return word.Length;
            }
        }
        return null;
    }

    /// <summary>
    /// Words by their first letter as an ordinal case-insensitive comparison sees it (upper case, invariant), each
    /// group in the list's order: a place is read at every joint of a part, and compared only with the few adverbs
    /// its first letter can open, not with all forty.
    /// </summary>
    private sealed class ByInitial
    {
        private readonly IReadOnlyList<string> words;

        // The groups of ASCII letters, by index: the lookup made at every joint. Built with loops, not a grouping query,
        // whose generic code over characters the JIT would compile in every start-up.
        private readonly string[][] ascii = new string[128][];

        public ByInitial(IReadOnlyList<string> words)
        {
            this.words = words;
            for (var c = 0; c < ascii.Length; c++)
            {
                ascii[c] = Group((char)c);
            }
        }

        public string[] Opening(char first) => char.ToUpperInvariant(first) is var c && c < 128 ? ascii[c] : Group(c);

        private string[] Group(char initial)
        {
            var group = new List<string>();
            foreach (var word in words)
            {
                if (char.ToUpperInvariant(word[0]) == initial)
                {
                    group.Add(word);
                }
            }
            return [.. group];
        }
    }

    internal static bool IsBoundary(string text, int index) => index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
