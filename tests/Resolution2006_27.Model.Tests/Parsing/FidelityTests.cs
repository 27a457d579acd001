using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The proof that every character of the seed is accounted for: the model's texts, joined in document
/// order, give back the seed with only line wraps, indents and footnote markers taken out. The
/// normalization here is the test's own, not the parser's.
/// </summary>
public class FidelityTests
{
    private readonly Resolution R = Fresh.Seed();

    // A footnote marker, by the test's own reading of the seed: digits glued to a letter, comma or
    // semicolon, and followed by a blank or the line's end.
    private static readonly Regex Marker = new(@"(?<=[A-Za-z,;])\d{1,2}(?=[ \t]|\r?$)", RegexOptions.Multiline);

    [Fact]
    public void Seed_HasFifteenMarkersByTheTestsOwnReading() => Assert.Equal(15, Marker.Matches(TestData.SeedText).Count);

    [Fact]
    public void Texts_JoinedGiveBackTheSeed()
    {
        var expected = Normalize(Marker.Replace(TestData.SeedText, ""));
        Assert.Equal(expected, string.Join(" ", DocumentOrder()));
    }

    [Fact]
    public void Spans_OfEveryPartGiveBackItsLabelAndText() =>
        Assert.All(R.Parts, part =>
            Assert.Equal(Printed(part), Normalize(Marker.Replace(TestData.SeedText.Substring(part.Span.Start, part.Span.Length), ""))));

    [Fact]
    public void Spans_OfPhrasesGiveBackThePhrase() =>
        Assert.All(R.Preamble.Paragraphs.SelectMany(p => p.Phrases).Concat(R.OperativeParagraphs.Select(p => p.Phrase!)), phrase =>
            Assert.Equal(phrase.Text, Normalize(TestData.SeedText.Substring(phrase.Span.Start, phrase.Span.Length))));

    [Fact]
    public void TextOffsets_PointAtTheirWordsInThePartsText() =>
        Assert.All(R.Parts, part =>
        {
            var words = part.Citations.Select(c => (c.TextOffset, c.Text))
                .Concat(part.Citations.Where(c => c.Pinpoint is not null).Select(c => (c.Pinpoint!.TextOffset, c.Pinpoint.Text)))
                .Concat(part.ActorMentions.Select(m => (m.TextOffset, m.Text)))
                .Concat(part switch
                {
                    OperativeParagraph p => p.Addressees.Select(a => (a.TextOffset, a.Text)).Append((p.Phrase!.TextOffset, p.Phrase!.Text)),
                    PreambularParagraph p => p.Phrases.Select(x => (x.TextOffset, x.Text)),
                    SubParagraph s => s.Asks.SelectMany(a => a.Addressees.Select(d => (d.TextOffset, d.Text)).Append((a.Phrase!.TextOffset, a.Phrase!.Text))),
                    _ => [],
                });
            Assert.All(words, w => Assert.Equal(w.Text, part.Text.Substring(w.TextOffset, w.Text.Length)));
        });

    [Fact]
    public void Spans_FollowDocumentOrderWithoutOverlap()
    {
        var spans = new[] { R.Masthead!.Span, R.Title!.Span, R.Preamble.EnactingFormula!.Span }
            .Concat(R.Parts.Select(p => p.Span))
            .Append(R.Conclusions!.Meeting.Span).Append(R.Conclusions!.Date!.Span).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i].Start >= spans[i - 1].End, $"span {i} starts at {spans[i].Start}, before {spans[i - 1].End}");
        }
        // Between spans stands only white space: nothing of the seed is left out.
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(string.IsNullOrWhiteSpace(TestData.SeedText[spans[i - 1].End..spans[i].Start]));
        }
        Assert.True(string.IsNullOrWhiteSpace(TestData.SeedText[..spans[0].Start]));
        Assert.True(string.IsNullOrWhiteSpace(TestData.SeedText[spans[^1].End..]));
    }

    [Fact]
    public void Spans_LineAndColumnAgreeWithTheOffset() =>
        Assert.All(R.Parts, part =>
        {
            var before = TestData.SeedText[..part.Span.Start];
            Assert.Equal(before.Count(c => c == '\n') + 1, part.Span.Line);
            Assert.Equal(part.Span.Start - (before.LastIndexOf('\n') + 1) + 1, part.Span.Column);
        });

    private IEnumerable<string> DocumentOrder()
    {
        yield return R.Masthead!.Text;
        yield return R.Title!.Text;
        yield return R.Preamble.EnactingFormula!.Text;
        foreach (var part in R.Parts)
        {
            yield return Printed(part);
        }
        yield return R.Conclusions!.Meeting.Text;
        yield return R.Conclusions!.Date!.Text;
    }

    private static string Printed(Part part) => part switch
    {
        OperativeParagraph p => $"{p.Number}. {p.Text}",
        SubParagraph s => $"({s.Label}) {s.Text}",
        _ => part.Text,
    };

    // Line wraps and indents out: a hyphen at a line's end joins the next line's lower-case word.
    private static string Normalize(string text) =>
        Regex.Replace(Regex.Replace(text, @"-[ \t]*\r?\n\s*(?=[a-z])", "-"), @"\s+", " ").Trim();
}
