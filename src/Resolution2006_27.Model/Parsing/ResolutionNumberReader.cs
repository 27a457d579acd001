namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads one number of a resolution symbol's list after its head ("58/137", ", and 64/293 of 30 July 2010",
/// " and 1325 (2000)") as the pattern <c>\G(?:, and |, | and )?(?&lt;number&gt;\d{1,4}/\d{1,4}|\d{1,4} \([IVXLC]+\))(?: of
/// (?&lt;date&gt;\d{1,2} [A-Z][a-z]+ \d{4}))?</c> matches it, without a match object: each number read made a match, its
/// groups and their arrays (and a failed match ends every list: the number after the last).
/// <c>ResolutionNumberReaderTests</c> hold it to the pattern at every place of the corpora where it could match.
/// </summary>
internal static class ResolutionNumberReader
{
    private static readonly string[] Joints = [", and ", ", ", " and ", ""];

    /// <summary>
    /// Where the number read at <paramref name="at"/> (with the joint before it and the date after it) ends, or -1 when
    /// none stands there; the number's range in <paramref name="number"/>, the date's in <paramref name="date"/> (empty,
    /// at the number's end, when none is printed).
    /// </summary>
    public static int Read(string text, int at, out (int Start, int End) number, out (int Start, int End) date)
    {
        number = date = default;
        // The first joint after which a number stands, as the pattern's alternatives are tried in order.
        foreach (var joint in Joints)
        {
            if (string.CompareOrdinal(text, at, joint, 0, joint.Length) == 0 && at + joint.Length <= text.Length
                && NumberAt(text, at + joint.Length) is var end and >= 0)
            {
                number = (at + joint.Length, end);
                date = (end, end);
                if (string.CompareOrdinal(text, end, " of ", 0, 4) == 0 && DateAt(text, end + 4) is var dateEnd and >= 0)
                {
                    date = (end + 4, dateEnd);
                    return dateEnd;
                }
                return end;
            }
        }
        return -1;
    }

    // \d{1,4}/\d{1,4} (the second run as long as it goes, up to four) or \d{1,4} \([IVXLC]+\): the end, or -1.
    private static int NumberAt(string text, int p)
    {
        var digits = Digits(text, p);
        if (digits is 0 or > 4)
        {
            return -1; // no digit, or a fifth where the slash or blank must stand
        }
        var q = p + digits;
        if (q < text.Length && text[q] == '/' && Digits(text, q + 1) is var after and > 0)
        {
            return q + 1 + Math.Min(after, 4);
        }
        if (q + 1 < text.Length && text[q] == ' ' && text[q + 1] == '(')
        {
            var r = q + 2;
            while (r < text.Length && Layout.IsRomanCapital(text[r]))
            {
                r++;
            }
            return r > q + 2 && r < text.Length && text[r] == ')' ? r + 1 : -1;
        }
        return -1;
    }

    // \d{1,2} [A-Z][a-z]+ \d{4}: the end, or -1.
    private static int DateAt(string text, int p)
    {
        var day = Digits(text, p);
        var q = p + day;
        if (day is 0 or > 2 || q + 1 >= text.Length || text[q] != ' ' || !char.IsAsciiLetterUpper(text[q + 1]))
        {
            return -1;
        }
        var r = q + 2;
        while (r < text.Length && char.IsAsciiLetterLower(text[r]))
        {
            r++;
        }
        return r > q + 2 && r < text.Length && text[r] == ' ' && Digits(text, r + 1) >= 4 ? r + 5 : -1;
    }

    // How many digits (as \d reads them: any script's) stand from p.
    private static int Digits(string text, int p) => p >= text.Length ? 0 : Layout.LeadingDigits(text.AsSpan(p));
}
