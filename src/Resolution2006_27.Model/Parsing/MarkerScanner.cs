namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Finds footnote markers: digits glued to the word or punctuation before them ("Crime6", "Power,1",
/// "Office;11") and followed by a blank, punctuation or the line's end. Numbers that stand apart
/// ("age of 18", "No. 182"), belong to a symbol ("58/137"), a number ("1,500") or a token ("41st",
/// "G8") are text. New footnote numbers come in order (one more than the highest so far) and a repeat
/// reuses an earlier one; a marker that skips numbers (footnote 5 before 1, where an extraction lost
/// the first four) is still a marker, with a warning.
/// </summary>
internal sealed class MarkerScanner(SourceDocument document)
{
    private int highest;

    /// <summary>Adds the markers of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (a line) to <paramref name="found"/>, in order.</summary>
    /// <remarks>Into the caller's list: a block's lines are scanned one by one, and most hold no marker.</remarks>
    public void Scan(string text, int start, int end, List<(int Start, int End, int Number)> found)
    {
        // A marker is ASCII digits (IsMarker turns away any other): text between them is skipped by a vectorized search.
        // A run stops at a digit outside ASCII, which then stands beside it, where no marker may stand.
        for (var i = start; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }
            i += next;
            var digits = i;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (IsMarker(text, start, end, digits, i, out var number))
            {
                if (number > highest + 1)
                {
                    document.Warn(Diagnostics.DiagnosticIds.FootnoteMarkerSkipped, $"Footnote marker {number} comes where footnote {highest + 1} was due: read as a marker, numbers {highest + 1} to {number - 1} missing", digits);
                }
                highest = Math.Max(highest, number);
                found.Add((digits, i, number));
            }
        }
    }

    // Read by hand rather than by a regular expression: every paragraph of a corpus is scanned, and a pattern
    // that tries a letter run at each of its letters is the parser's costliest line.
    private static bool IsMarker(string text, int start, int end, int digits, int stop, out int number)
    {
        number = 0;
        if (stop - digits > 3 || digits == start || text[digits] == '0' || (stop < end && !char.IsWhiteSpace(text[stop]) && text[stop] is not (',' or ';' or ':' or '.' or ')')))
        {
            return false; // "2006", a number at the line's start, "1.A.04" (no footnote's number opens with 0), "41st", "58/137"
        }
        var before = text[digits - 1];
        if (char.IsLetter(before))
        {
            var word = digits - 1;
            while (word > start && char.IsLetter(text[word - 1]))
            {
                word--;
            }
            if (digits - word < 3 && AllUpper(text.AsSpan(word, digits - word)))
            {
                return false; // "G8", "P5": a name with a number, not a marker.
            }
        }
        else if (before is not (',' or ';' or ':' or '.' or ')' or ']' or '"' or '\'' or '’' or '”') || (digits >= 2 && char.IsDigit(text[digits - 2])))
        {
            return false; // "1,500", "3.2": the punctuation sits inside a number.
        }
        else if (before is '"' or '\'' && (digits - 1 == start || char.IsWhiteSpace(text[digits - 2])))
        {
            return false; // A straight quote that opens ("1. Urges ..." quoted in a draft) closes no word a marker could follow.
        }
        else if (before == '.' && EndsSymbolPart(text, start, digits - 1))
        {
            return false; // "C-SS-4/DEC.3", "GC.18/Res.9", "S/10896 and Corr.1", "(No.182)": the number is the document's.
        }
        for (var i = digits; i < stop; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
            number = (number * 10) + text[i] - '0';
        }
        return number >= 1;
    }

    /// <summary>
    /// Whether the word before the full stop at <paramref name="dot"/> is a part of a document symbol or an abbreviation
    /// that numbers, so that the digits after the stop are its number: a word of a symbol ("DEC" of "C-SS-4/DEC.3",
    /// "Rev" of "A/S-23/10/Rev.1", "CMA" of "1/CMA.5"), a symbol's suffix standing alone ("and Corr.1", "and Add.1"),
    /// or "No."/"Nos.". A footnote marker after a full stop ends a sentence; none of these ends one.
    /// </summary>
    private static bool EndsSymbolPart(string text, int start, int dot)
    {
        if (dot == start || !char.IsLetter(text[dot - 1]))
        {
            return false; // "(A/C.3/70).4": the stop follows a bracket, not a word of the symbol
        }
        // A symbol is a few dozen characters: the scan back stops there, so that a line of a million characters without
        // a blank, full stops and digits throughout, costs its length and not its length for each.
        var word = dot;
        while (word > start && dot - word < SymbolLength && !char.IsWhiteSpace(text[word - 1]) && text[word - 1] is not ('(' or '[' or '“' or '"'))
        {
            word--;
        }
        var token = text.AsSpan(word, dot - word);
        return token.Contains('/') || token is "Add" or "Corr" or "Rev" or "Amend" or "No" or "Nos";
    }

    // The longest token read back for a symbol ("S/AC.57/2024/COMM" is 17 characters).
    private const int SymbolLength = 48;

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
