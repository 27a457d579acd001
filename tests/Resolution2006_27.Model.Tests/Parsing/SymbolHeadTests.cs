using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// A symbol's head ("General Assembly resolution ", "its resolutions "), read by hand before the word " resolution(s)",
/// answers as the pattern it replaced: the same start, number start and organ, at every such word of the corpora and of
/// random texts built of the pattern's names and of what may stand before them (letters, marks and joiners outside ASCII).
/// </summary>
public sealed class SymbolHeadTests
{
    // The pattern, as EntityIndex matched each head before the hand reading.
    private static readonly Regex Pattern = new(
        @"\G\b(?:(?<organ>General Assembly|Economic and Social Council|Security Council)|(?<its>its|their)) resolutions? (?=\d)",
        RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "General Assembly", "Economic and Social Council", "Security Council", "its", "their", " resolution", " resolutions", " ", "5",
        "x", "_", "-", "é", "\u0301", "\u200D", "\u0663", "(", "Council", "Assembly", "s",
    ];

    [Fact]
    public void HeadAt_AnswersAsThePattern_BeforeEveryResolutionWordBeforeANumber()
    {
        var random = new Random(2006_27);
        var made = Enumerable.Range(0, 30000).Select(_ => RandomText.Of(random, Pieces, random.Next(1, 9)));
        var texts = TestData.AllPrintedTexts()
            .Concat(made);
        int words = 0, heads = 0, refused = 0;
        foreach (var text in texts)
        {
            for (var at = text.IndexOf(" resolution", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" resolution", at + 1, StringComparison.Ordinal))
            {
                // The word as the parser's word reading has it (letters, digits, hyphens), whole, before a space and a digit.
                var start = at + 1;
                var end = start;
                while (end < text.Length && AliasMatcher.IsWordChar(text[end]))
                {
                    end++;
                }
                if (text[start..end] is not ("resolution" or "resolutions") || !NumberedWords.IsBeforeNumber(text, end, anyBlank: false, roman: false))
                {
                    continue;
                }
                words++;
                var expected = Expected(text, end + 1);
                var got = EntityIndex.HeadAt(text, start, end);
                Assert.True(expected == got, $"before {at} of '{Clip(text, at)}': the pattern {expected}, the reader {got}");
                heads += got is null ? 0 : 1;
                refused += got is null ? 1 : 0;
            }
        }
        Assert.True(heads > 1_000 && refused > 1_000, $"{words} words read, {heads} heads, {refused} without one");
    }

    // The pattern's match that ends where the number starts, if any: it is tried at every start before.
    private static EntityIndex.Head? Expected(string text, int numberStart)
    {
        for (var s = Math.Max(0, numberStart - 64); s < numberStart; s++)
        {
            if (Pattern.Match(text, s) is { Success: true } match && match.Index + match.Length == numberStart)
            {
                return new EntityIndex.Head(s, numberStart, match.Groups["organ"].Success ? match.Groups["organ"].Value : null);
            }
        }
        return null;
    }

    private static string Clip(string text, int at) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 20)];
}
