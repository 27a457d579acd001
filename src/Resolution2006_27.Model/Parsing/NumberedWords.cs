namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Whether a fixed word of a pattern stands before a number ("article 6", "resolutions 64/293"): the only places the
/// pattern can match. Most parts hold none, and a search for the fixed words is far faster than trying the pattern at
/// every position; where one stands before a number, the pattern is tried there alone.
/// </summary>
internal static class NumberedWords
{
    /// <summary>
    /// Whether a word that ends at <paramref name="p"/> (with an "s" after it or not) stands before a blank and a digit (or,
    /// with <paramref name="roman"/>, a roman numeral's first letter).
    /// </summary>
    /// <param name="text">A part's text.</param>
    /// <param name="p">Just past the fixed word.</param>
    /// <param name="anyBlank">Any white space after the word, as a pattern's <c>\s</c>; else only a space.</param>
    /// <param name="roman">Whether a roman numeral counts as a number ("chapter VII").</param>
    public static bool IsBeforeNumber(string text, int p, bool anyBlank, bool roman)
    {
        if (p < text.Length && text[p] == 's')
        {
            p++;
        }
        return p + 1 < text.Length && (anyBlank ? char.IsWhiteSpace(text[p]) : text[p] == ' ')
            && (char.IsDigit(text[p + 1]) || (roman && text[p + 1] is 'I' or 'V' or 'X' or 'L' or 'C'));
    }
}
