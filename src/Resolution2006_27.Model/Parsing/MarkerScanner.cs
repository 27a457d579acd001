using System.Text.RegularExpressions;

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
            var digits = match.Groups["n"];
            var before = start + match.Index - 1;
            if (word.Length == 0 && before >= 0 && char.IsDigit(text[before]))
            {
                continue; // "1,500", "3.2": the punctuation sits inside a number.
            }
            if (!int.TryParse(digits.Value, out var number) || number < 1)
            {
                continue;
            }
            if (number > highest + 1)
            {
                document.Warn(Diagnostics.DiagnosticIds.FootnoteMarkerSkipped, $"Footnote marker {number} comes where footnote {highest + 1} was due: read as a marker, numbers {highest + 1} to {number - 1} missing", start + digits.Index);
            }
            highest = Math.Max(highest, number);
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
