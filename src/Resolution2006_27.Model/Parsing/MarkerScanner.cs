using System.Text.RegularExpressions;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Finds footnote markers: digits glued to the word or punctuation before them ("Crime6", "Power,1",
/// "Office;11") and followed by a blank, punctuation or the line's end. Numbers that stand apart
/// ("age of 18", "No. 182"), belong to a symbol ("58/137") or a token ("41st", "G8") are text.
/// New footnote numbers must come in order (the next is one more than the highest so far); a repeat
/// may reuse any earlier number. A candidate that breaks the order is text.
/// </summary>
internal sealed class MarkerScanner
{
    private int highest;

    public IEnumerable<(int Start, int End, int Number)> Scan(string text, int start, int end)
    {
        var segment = text[start..end];
        foreach (Match match in Candidate.Matches(segment))
        {
            var word = match.Groups["word"].Value;
            if (word.Length > 0 && word.Length < 3 && word.All(char.IsUpper))
            {
                continue; // "G8", "P5": a name with a number, not a marker.
            }
            if (!int.TryParse(match.Groups["n"].Value, out var number) || number < 1 || number > highest + 1)
            {
                continue;
            }
            highest = Math.Max(highest, number);
            var digits = match.Groups["n"];
            yield return (start + digits.Index, start + digits.Index + digits.Length, number);
        }
    }

    // The character before the digits: a letter (with the letter run kept to judge it) or closing
    // punctuation; never a digit, '/', '-' or a decimal point between digits.
    // No [GeneratedRegex]: it is a Roslyn source generator, and the library is Roslyn-free.
    private static readonly Regex Candidate = new(
        @"(?:(?<word>\p{L}+)|[,;:.)\]""'’”])(?<n>\d{1,3})(?=[\s,;:.)]|$)",
        RegexOptions.CultureInvariant);
}
