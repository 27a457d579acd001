using System.Text.RegularExpressions;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A lead phrase the lexicon does not know, read by rule: the leading adverbs the lexicon knows, then one
/// word that has the form of a lead verb (operative: a finite verb, "Highlights"; preambular: a participle
/// or adjective, "Guided", "Echoing"). Its lemma is made by rule ("Highlights" → highlight, "Echoing" →
/// echo, "Guided" → be guided) and may be wrong; its class and strength are <see cref="VerbClass.Unknown"/>
/// and <see cref="Strength.Unknown"/>, never a guess presented as fact.
/// </summary>
internal static class UnknownPhrases
{
    private static readonly TieredRegex Word = new(@"\G\p{Lu}?\p{Ll}+(?:-\p{Ll}+)?(?=[\s,;:]|$)", RegexOptions.CultureInvariant);

    // Capitalized words ending like a verb form that are not one.
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "its", "his", "has", "was", "as", "thus", "is", "us", "nations", "states", "parties", "members", "governments", "countries",
        "nothing", "something", "anything", "during", "according", "notwithstanding", "regarding", "concerning", "pending", "following", "including", "bearing", "united",
    };

    public static PhraseMatch? Read(string text, bool operative)
    {
        var adverbs = new List<string>();
        var p = 0;
        while (AdverbAt(text, p) is { } adverb)
        {
            adverbs.Add(text[p..(p + adverb)]);
            p += adverb + 1;
        }
        if (p >= text.Length || Word.Match(text, p) is not { Success: true } word || (p == 0 && !char.IsUpper(text[0])))
        {
            return null;
        }
        var w = word.Value.ToLowerInvariant();
        if (NotVerbs.Contains(w) || w.Length < 4 || !(operative ? w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) : w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)))
        {
            return null;
        }
        var entry = new VerbEntry(Lemma(w), VerbClass.Unknown, Strength.Unknown, [word.Value]);
        return new PhraseMatch(0, p + word.Length, p, p + word.Length, adverbs, entry);
    }

    /// <summary>The lemma by rule: "highlights" → highlight, "notifies" → notify, "stressing" → stress, "echoing" → echo, "guided" → be guided.</summary>
    public static string Lemma(string word)
    {
        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            var stem = word[..^3];
            if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'l' or 'f' or 'z'))
            {
                return stem[..^1]; // "committing" → commit
            }
            return Regex.IsMatch(stem, "(?:[^aeiou][aeiou](?:t|v|z|c|s)|iz|at|ut|ud|lv|rv|rg|dg|nc|rc|ng(?<=ang))$") ? stem + "e" : stem;
        }
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            return "be " + word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        // "-zes" only after "zz": "authorizes", "prioritizes" keep the verb's own "e".
        if (Regex.IsMatch(word, "(?:ss|sh|ch|x|zz)es$"))
        {
            return word[..^2];
        }
        return word.EndsWith('s') ? word[..^1] : word;
    }

    private static int? AdverbAt(string text, int at)
    {
        foreach (var adverb in VerbLexicon.LeadingAdverbs)
        {
            if (string.Compare(text, at, adverb, 0, adverb.Length, StringComparison.OrdinalIgnoreCase) == 0 && at + adverb.Length < text.Length && text[at + adverb.Length] == ' ')
            {
                return adverb.Length;
            }
        }
        return null;
    }
}
