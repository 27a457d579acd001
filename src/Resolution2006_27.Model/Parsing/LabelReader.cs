namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads a numbered paragraph's label ("1. ", <see cref="Layout.OperativeLabel"/>), an item's ("(a) ",
/// <see cref="Layout.ItemLabel"/>) and an annex block's ("IV. ", <see cref="Layout.AnnexLabel"/>) at the start of a
/// line, as their patterns do, without a match object: every numbered paragraph, item and annex block of a corpus is
/// read so, and each match made a match, its groups and their arrays.
/// <c>LabelReaderTests</c> hold each reader to its pattern on every line of the corpora.
/// </summary>
internal static class LabelReader
{
    /// <summary>
    /// The operative label that opens the line text[<paramref name="start"/>..<paramref name="end"/>], as
    /// <see cref="Layout.OperativeLabel"/> matches it (<c>^(?&lt;n&gt;\d{1,3})\s?\.[\s\u200B-\u200F]+(?=\S)</c>): its
    /// length, with the number's digits (one to three) in <paramref name="digits"/>; 0 for both when there is none.
    /// </summary>
    public static int Operative(string text, int start, int end, out int digits)
    {
        // Up to four: a fourth digit stands where the blank or the full stop must.
        digits = Layout.LeadingDigits(text.AsSpan(start, Math.Clamp(end - start, 0, 4)));
        if (digits is 0 or 4)
        {
            digits = 0;
            return 0;
        }
        var p = start + digits;
        if (p < end && text[p] != '.' && char.IsWhiteSpace(text[p]))
        {
            p++;
        }
        var labelEnd = p < end && text[p] == '.' ? BlanksThenText(text, p + 1, end, zeroWidth: true) : -1;
        digits = labelEnd < 0 ? 0 : digits;
        return labelEnd < 0 ? 0 : labelEnd - start;
    }

    /// <summary>
    /// The item label that opens the line text[<paramref name="start"/>..<paramref name="end"/>], as
    /// <see cref="Layout.ItemLabel"/> matches it (<c>^\((?&lt;l&gt;[a-z]{1,5})\)\s+(?=\S)</c>): its length, with the
    /// letters' count in <paramref name="letters"/>; 0 for both when there is none.
    /// </summary>
    public static int Item(string text, int start, int end, out int letters)
    {
        letters = 0;
        if (start >= end || text[start] != '(')
        {
            return 0;
        }
        while (start + 1 + letters < end && letters < 6 && char.IsAsciiLetterLower(text[start + 1 + letters]))
        {
            letters++;
        }
        var close = start + 1 + letters;
        if (letters is 0 or 6 || close >= end || text[close] != ')')
        {
            letters = 0;
            return 0;
        }
        var labelEnd = BlanksThenText(text, close + 1, end, zeroWidth: false);
        letters = labelEnd < 0 ? 0 : letters;
        return labelEnd < 0 ? 0 : labelEnd - start;
    }

    /// <summary>
    /// The annex label that opens the line text[<paramref name="start"/>..<paramref name="end"/>], as
    /// <see cref="Layout.AnnexLabel"/> matches it ("1. ", "IV. ", "A. ", "(a) ", "(vi) ", "- ": a label, blanks, then
    /// text): the length of the whole, with the label's alone in <paramref name="labelLength"/>; 0 for both when there
    /// is none.
    /// </summary>
    public static int Annex(string text, int start, int end, out int labelLength)
    {
        labelLength = AnnexLabelLength(text, start, end);
        var labelEnd = labelLength == 0 ? -1 : BlanksThenText(text, start + labelLength, end, zeroWidth: false);
        labelLength = labelEnd < 0 ? 0 : labelLength;
        return labelEnd < 0 ? 0 : labelEnd - start;
    }

    // The label alone, as the pattern's alternatives read it ([IVXLC]+\. | [A-Z]\. | \d{1,3}\. | \([a-z]{1,5}\) |
    // \([ivxlc]+\) | a dash or bullet), or 0. Every alternative that matches at a place ends at the same character (the
    // first full stop or closing bracket its kind allows), so the first that matches is the label whatever follows.
    private static int AnnexLabelLength(string text, int start, int end)
    {
        if (start >= end)
        {
            return 0;
        }
        var roman = start;
        while (roman < end && Layout.IsRomanCapital(text[roman]))
        {
            roman++;
        }
        if (roman > start && roman < end && text[roman] == '.')
        {
            return roman + 1 - start; // "IV.", and "C." of [A-Z]\. too
        }
        if (char.IsAsciiLetterUpper(text[start]) && start + 1 < end && text[start + 1] == '.')
        {
            return 2; // "A."
        }
        var digits = Layout.LeadingDigits(text.AsSpan(start, Math.Min(end - start, 3)));
        if (digits > 0 && start + digits < end && text[start + digits] == '.')
        {
            return digits + 1; // "12.", in any digits \d takes
        }
        if (text[start] == '(')
        {
            var letters = start + 1;
            var allRoman = true;
            while (letters < end && char.IsAsciiLetterLower(text[letters]))
            {
                allRoman &= text[letters] is 'i' or 'v' or 'x' or 'l' or 'c';
                letters++;
            }
            var count = letters - start - 1;
            return count > 0 && letters < end && text[letters] == ')' && (count <= 5 || allRoman) ? count + 2 : 0; // "(a)", "(viii)"
        }
        return text[start] is '-' or '–' or '—' or '•' ? 1 : 0;
    }

    // Where the run of blanks from p (one at least; with zeroWidth, the zero-width marks U+200B-U+200F count too) ends
    // before a character that is not white space, as a greedy run and a look-ahead for \S find it: the label's end, or
    // -1 when there is none. A run that reaches the line's end gives back its last characters until one that is not
    // white space (a zero-width mark) follows.
    private static int BlanksThenText(string text, int p, int end, bool zeroWidth)
    {
        var q = p;
        while (q < end && (char.IsWhiteSpace(text[q]) || (zeroWidth && text[q] is >= '\u200B' and <= '\u200F')))
        {
            q++;
        }
        if (q == p)
        {
            return -1;
        }
        if (q < end)
        {
            return q;
        }
        for (var r = q - 1; r > p; r--)
        {
            if (!char.IsWhiteSpace(text[r]))
            {
                return r;
            }
        }
        return -1;
    }
}
