namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Where a fixed word of a pattern stands before a number ("article 6", "resolutions 64/293"): the only places the
/// pattern can match. Most parts hold none, and a search for a fixed word is far faster than trying the pattern at
/// every position; where one does, the pattern is tried there alone.
/// </summary>
internal static class NumberedWords
{
    /// <summary>
    /// Where <paramref name="word"/>, or its plural in "s", next stands before a blank and a digit (or, with
    /// <paramref name="roman"/>, a roman numeral's first letter) in <paramref name="text"/>, at or after
    /// <paramref name="from"/>; -1 where it does not.
    /// </summary>
    /// <param name="text">A part's text.</param>
    /// <param name="word">The fixed word, with the blank before it where the pattern has one (" resolution").</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="anyBlank">Any white space after the word, as a pattern's <c>\s</c>; else only a space.</param>
    /// <param name="roman">Whether a roman numeral counts as a number ("chapter VII").</param>
    public static int NextBeforeNumber(string text, string word, int from, bool anyBlank, bool roman)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (IsBeforeNumber(text, at + word.Length, anyBlank, roman))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether a word that ends at <paramref name="p"/> (its plural's "s" after it or not) stands before a blank and a
    /// digit (or, with <paramref name="roman"/>, a roman numeral's first letter): what <see cref="NextBeforeNumber"/> asks
    /// where the word stands, and a reader that found the word otherwise asks too.
    /// </summary>
    public static bool IsBeforeNumber(string text, int p, bool anyBlank, bool roman)
    {
        if (p < text.Length && text[p] == 's')
        {
            p++;
        }
        return p + 1 < text.Length && (anyBlank ? char.IsWhiteSpace(text[p]) : text[p] == ' ')
            && (char.IsDigit(text[p + 1]) || (roman && Layout.IsRomanCapital(text[p + 1])));
    }
}
