using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The label readers answer as the label patterns do (<see cref="Layout.OperativeLabel"/>, <see cref="Layout.ItemLabel"/>,
/// <see cref="Layout.AnnexLabel"/>):
/// the same success, length and number or letters, on every line of the corpora, on lines written to test the edges
/// of each pattern, and on random lines made of a label's characters.
/// </summary>
public sealed class LabelReaderTests
{
    private static readonly string[] Written =
    [
        "1. Urges", "12 . Requests", "123. Decides", "1234. Decides", "6.\u200EDecides", "6. \u200E", "6. \u200E ", "6.\u200B\u200C",
        "1.", "1. ", "1 .", "1  . Urges", "1.\tUrges", "\u0661. Urges", "\u0661\u0662\u0663\u0664. Urges", "1.\u00A0Urges", "a. Urges",
        "(a) To consider", "(iv) Further", "(abcde) x", "(abcdef) x", "(a)", "(a) ", "(a)x", "(A) x", "() x", "(a)\u2003x", "(a) \u200B",
        "", "(", "1", ".",
        "IV. Text", "IVX. x", "IV.x", "C. x", "A. Title", "a. x", "Z.", "Z. ", "1234. x", "\u0661\u0662. x", "(viii) x", "(abcdefg) x",
        "(iiiiiii) x", "(vix) x", "(ab1) x", "- x", "– x", "— x", "• x", "-x", "•\u00A0x", "( a) x", "(I) x", "II x", "I.\t\tx", "V.\u2003 ",
    ];

    [Theory]
    [InlineData("OperativeLabel")]
    [InlineData("ItemLabel")]
    [InlineData("AnnexLabel")]
    public void AReader_ReadsAsItsPattern_OnEveryLine(string name)
    {
        // The pattern, its group (the number's digits, the item's letters, the annex label) and the reader of the same label.
        (Func<string, System.Text.RegularExpressions.Match> match, string group, Func<string, (int Length, int Count)> read) = name switch
        {
            "OperativeLabel" => ((Func<string, System.Text.RegularExpressions.Match>)Layout.OperativeLabel.Regex.Match, "n",
                (Func<string, (int Length, int Count)>)(l => (LabelReader.Operative(l, 0, l.Length, out var digits), digits))),
            "ItemLabel" => (Layout.ItemLabel.Regex.Match, "l", l => (LabelReader.Item(l, 0, l.Length, out var letters), letters)),
            _ => (Layout.AnnexLabel.Regex.Match, "label", l => (LabelReader.Annex(l, 0, l.Length, out var label), label)),
        };
        foreach (var line in AllLines())
        {
            var expected = match(line);
            var (length, count) = read(line);
            Assert.True(
                (expected.Success ? expected.Length : 0, expected.Success ? expected.Groups[group].Length : 0) == (length, count),
                $"'{line}': {name} {(expected.Success ? $"matches {expected.Length} with {expected.Groups[group].Length} in its group" : "does not match")}, the reader {length} with {count}");
        }
    }

    [Fact]
    public void Readers_ReadALineInPlace_AsTheLineCutOut()
    {
        // A line inside a text: the reader sees only its range.
        const string text = "x\n12. Urges\n(b) To act\n";
        Assert.Equal((4, 2), (LabelReader.Operative(text, 2, 11, out var digits), digits));
        Assert.Equal((4, 1), (LabelReader.Item(text, 12, 22, out var letters), letters));
        Assert.Equal(0, LabelReader.Operative(text, 2, 5, out _)); // "12." and the line's end: no text after the label
        const string annex = "x\nIV. Text\n";
        Assert.Equal((4, 3), (LabelReader.Annex(annex, 2, 10, out var label), label));
        Assert.Equal(0, LabelReader.Annex(annex, 2, 6, out _));
    }

    private static IEnumerable<string> AllLines()
    {
        var random = new Random(2006_27);
        const string alphabet = "12(a)x. \t\u200B\u200E\u00A0\u0661";
        const string annexAlphabet = "1(ivxcaA)IVXC.- •\u2003\tz";
        var made = Enumerable.Range(0, 20000).Select(_ => RandomText.Of(random, alphabet, random.Next(0, 9)))
            .Concat(Enumerable.Range(0, 20000).Select(_ => RandomText.Of(random, annexAlphabet, random.Next(0, 11))));
        return TestData.AllPrintedTexts()
            .SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Concat(Written).Concat(made);
    }
}
