using System.Reflection;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// Every line pattern answers as its regular expression does: the characters it says a line may open with are all
/// the pattern can match, on every line of the corpora (corpus, corpus-dev, the seed) and on lines written to match.
/// </summary>
public sealed class LinePatternTests
{
    public static TheoryData<string> Patterns() =>
        [.. typeof(Layout).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(LinePattern)).Select(f => f.Name)];

    // Lines each pattern matches, read off its documentation, and near misses.
    private static readonly string[] Written =
    [
        "1. Urges", "12 . Requests", "6.\u200EDecides", "4, Demands", "(a) To consider", "(iv) Further", "41st plenary meeting",
        "54th (resumed) plenary meeting", "27 July 2006", "16 December 1966.", "96th plenary meeting, 29 November 1985",
        "Adopted at the 80th meeting", "Adopted unanimously at the 1234th meeting by 11 votes", "Annex", "ANNEX II", "Annexes",
        "Annex A: Joint Comprehensive Plan of Action", "12 See United Nations Conference", "*3 Official Records", "7/ Ibid.",
        "", " 1. Urges", "Urges", "a) To", "Adopted", "Annexation", "1946", "(a)", "1.", "\u0661. Urges", "\u0664\u0661st plenary meeting",
    ];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void APattern_AnswersAsItsRegularExpression_OnEveryLine(string name)
    {
        var pattern = (LinePattern)typeof(Layout).GetField(name)!.GetValue(null)!;
        var lines = TestData.AllPrintedTexts()
            .SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Concat(Written).ToList();
        var matched = 0;
        foreach (var line in lines)
        {
            var expected = pattern.Regex.Match(line);
            var found = pattern.Match(line);
            Assert.Equal((expected.Success, expected.Value), (found.Success, found.Value));
            Assert.Equal(expected.Success, pattern.IsMatch(line));
            // A block's first character is asked before its text is folded: it never turns away a line that matches.
            if (expected.Success)
            {
                Assert.True(pattern.MayOpenWith(line[0]), $"'{line}' matches {name}, which says it cannot open with '{line[0]}'");
            }
            matched += expected.Success ? 1 : 0;
        }
        Assert.True(matched > 0, $"No line matched {name}: the test would show nothing");
    }
}
