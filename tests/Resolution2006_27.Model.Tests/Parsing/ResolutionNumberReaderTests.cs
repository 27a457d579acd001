using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The reader of a resolution symbol's numbers answers as the pattern it replaced: the same success, end, number and
/// date, at every place of the corpora where the pattern can match (a digit, a comma or a blank), on lines written for
/// the edges of each part, and on random lines of its characters.
/// </summary>
public sealed class ResolutionNumberReaderTests
{
    // The pattern, as EntityIndex read each number before the reader.
    private static readonly Regex Pattern = new(
        @"\G(?:, and |, | and )?(?<number>\d{1,4}/\d{1,4}|\d{1,4} \([IVXLC]+\))(?: of (?<date>\d{1,2} [A-Z][a-z]+ \d{4}))?",
        RegexOptions.CultureInvariant);

    private static readonly string[] Written =
    [
        "58/137", "58/137 of 22 December 2003", ", 64/293", ", and 64/293 of 30 July 2010", " and 68/192", "1325 (2000)", " and 1325 (2000)",
        "12345/6", "60/12345", "60/1", "60/", "/1", "1325 (MM)", "1325 ()", "1325 (2000", "1325 (IV) of 1 May 2000", "58/137 of 222 May 2003",
        "58/137 of 2 may 2003", "58/137 of 2 M 2003", "58/137 of 2 May 203", "58/137 of 2 May 20031", "58/137 of", ", and ", ", and x", ",  58/1",
        "\u0665\u0668/\u0661\u0663\u0667", "58/137 of \u0662 May \u0662\u0660\u0660\u0663", "and 58/1", ",58/1", "58/137 of 2 MAy 2003",
        "2 (I) of 12 December 1946", "58/137 of 12 Décembre 2003",
    ];

    [Fact]
    public void Read_AnswersAsThePattern_AtEveryPlaceItCouldMatch()
    {
        var random = new Random(2006_27);
        const string alphabet = "12/ (IVX), andofMay2";
        var made = Enumerable.Range(0, 20000).Select(_ => RandomText.Of(random, alphabet, random.Next(0, 24)));
        var texts = TestData.AllPrintedTexts()
            .Concat(Written).Concat(made);
        var places = 0;
        foreach (var text in texts)
        {
            for (var at = 0; at <= text.Length; at++)
            {
                if (at < text.Length && text[at] != ',' && text[at] != ' ' && !char.IsDigit(text[at]))
                {
                    continue; // the pattern opens with a comma, a blank or a digit: nowhere else can it match
                }
                places++;
                var expected = Pattern.Match(text, at);
                var end = ResolutionNumberReader.Read(text, at, out var number, out var date);
                var want = expected.Success
                    ? (expected.Index + expected.Length, expected.Groups["number"].Index, expected.Groups["number"].Index + expected.Groups["number"].Length, expected.Groups["date"].Value)
                    : (-1, 0, 0, "");
                var got = end >= 0 ? (end, number.Start, number.End, text[date.Start..date.End]) : (-1, 0, 0, "");
                Assert.True(want == got, $"at {at} of '{Clip(text, at)}': the pattern {want}, the reader {got}");
            }
        }
        Assert.True(places > 1_000_000, $"{places} places read");
    }

    [Fact]
    public void Read_ANumberWithItsJointAndDate()
    {
        const string text = "resolutions 58/137 of 22 December 2003, and 64/293";
        var end = ResolutionNumberReader.Read(text, 12, out var number, out var date);
        Assert.Equal(("58/137", "22 December 2003", 38), (text[number.Start..number.End], text[date.Start..date.End], end));
        end = ResolutionNumberReader.Read(text, end, out number, out date);
        Assert.Equal(("64/293", "", text.Length), (text[number.Start..number.End], text[date.Start..date.End], end));
        Assert.Equal(-1, ResolutionNumberReader.Read(text, end, out _, out _));
    }

    private static string Clip(string text, int at) => text.Substring(at, Math.Min(40, text.Length - at));
}
