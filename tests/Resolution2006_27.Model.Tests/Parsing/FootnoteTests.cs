using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The fifteen markers and eleven footnotes, located by reading the seed.</summary>
public class FootnoteTests
{
    private readonly Resolution R = Fresh.Seed();

    // (seed line, the marker glued to what precedes it, footnote number, part), by grep of the seed
    // for a letter or punctuation directly followed by digits and a blank.
    public static TheoryData<int, string, int, string> Markers => new()
    {
        { 14, "Power,1", 1, "PP1" },
        { 18, "Rights,2", 2, "PP2" },
        { 20, "Child,3", 3, "PP3" },
        { 22, "pornography,4", 4, "PP3" },
        { 31, "Justice,5", 5, "PP5" },
        { 36, "Crime6", 6, "PP6" },
        { 38, "Convention,7", 7, "PP6" },
        { 47, "crime,8", 8, "PP8" },
        { 76, "Crime,9", 9, "PP14" },
        { 111, "session,10", 10, "PP20" },
        { 119, "Crime,6", 6, "OP1" },
        { 121, "Convention,7", 7, "OP1" },
        { 123, "pornography;4", 4, "OP1" },
        { 268, "Office;11", 11, "OP15" },
        { 277, "Office;11", 11, "OP16" },
    };

    [Theory]
    [MemberData(nameof(Markers))]
    public void Marker_StandsAtItsPlaceInTheSeed(int line, string glued, int number, string part)
    {
        var marker = R.FindPart(part)!.FootnoteMarkers.Single(m => m.Span.Line == line);
        Assert.Equal(number, marker.Number);
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(digits, TestData.SeedText.Substring(marker.Span.Start, marker.Span.Length));
        var lineText = TestData.SeedLines[line - 1];
        Assert.Equal(lineText.IndexOf(glued, StringComparison.Ordinal) + glued.Length - digits.Length + 1, marker.Span.Column);
        // The marker is out of the text, and its offset points just after the word it was glued to.
        var before = glued[..^digits.Length];
        var text = R.FindPart(part)!.Text;
        Assert.Equal(before, text[(marker.TextOffset - before.Length)..marker.TextOffset]);
    }

    [Fact]
    public void Markers_HaveDocumentWideAkomaNtosoIds() =>
        Assert.Equal(
            Enumerable.Range(1, 15).Select(i => $"authorialNote_{i}"),
            R.Parts.SelectMany(p => p.FootnoteMarkers).Select(m => m.EId));

    [Fact]
    public void Markers_AreNotInAnyText() =>
        Assert.All(R.Parts, p => Assert.DoesNotMatch(@"[A-Za-z,;]\d{1,2}(\s|$)", p.Text));

    [Fact]
    public void NumbersInTheText_StayText()
    {
        Assert.Contains("(Convention No. 182)", R.FindPart("PP4")!.Text, StringComparison.Ordinal);
        Assert.Contains("under the age of 18,", R.FindPart("PP4")!.Text, StringComparison.Ordinal);
        Assert.Contains("resolution 58/137 of 22 December 2003", R.FindPart("PP7")!.Text, StringComparison.Ordinal);
        Assert.Contains("paragraphs 4 and 13 of", R.FindPart("PP5")!.Text, StringComparison.Ordinal);
        Assert.Contains("on 17 October 2005", R.FindPart("PP20")!.Text, StringComparison.Ordinal);
    }

    public static TheoryData<int, FootnoteSubjectKind, string, string> Subjects => new()
    {
        { 1, FootnoteSubjectKind.Instrument, "victims-declaration", "PP1" },
        { 2, FootnoteSubjectKind.Instrument, "recommended-principles-guidelines", "PP2" },
        { 3, FootnoteSubjectKind.Instrument, "crc", "PP3" },
        { 4, FootnoteSubjectKind.Instrument, "opsc", "PP3 OP1" },
        { 5, FootnoteSubjectKind.Instrument, "bangkok-declaration", "PP5" },
        { 6, FootnoteSubjectKind.Instrument, "untoc", "PP6 OP1" },
        { 7, FootnoteSubjectKind.Instrument, "trafficking-protocol", "PP6 OP1" },
        { 8, FootnoteSubjectKind.Instrument, "ceb-note-transnational-crime", "PP8" },
        { 9, FootnoteSubjectKind.Instrument, "smuggling-protocol", "PP14" },
        { 10, FootnoteSubjectKind.Instrument, "ccpcj-12-report", "PP20" },
        { 11, FootnoteSubjectKind.Actor, "unodc", "OP15 OP16" },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Footnote_IsLinkedToWhatItAnnotates(int number, FootnoteSubjectKind kind, string refersTo, string parts)
    {
        var footnote = R.Footnotes[number - 1];
        Assert.Equal(number, footnote.Number);
        Assert.Equal(kind, footnote.Subject.Kind);
        Assert.Equal(refersTo, footnote.Subject.RefersTo);
        Assert.Equal(parts, string.Join(" ", footnote.PartIds));
    }

    [Fact]
    public void Footnote_ElevenAnnotatesTheRegularBudgetOfTheOffice()
    {
        // OP15 and OP16 end "... from the regular budget of the Office;11": the phrase, owned by UNODC.
        var subject = R.Footnotes[10].Subject;
        Assert.Equal("the regular budget of the Office", subject.Text);
        Assert.Equal("unodc", subject.RefersTo);
    }

    [Fact]
    public void Footnote_AfterAnActorNotTheComplementOfOf_AnnotatesTheActorAlone()
    {
        // "... given by donors to UNODC,1": the phrase back to "the" belongs to "support", not to the Office.
        var r = Resolutions.FromString(ShortResolution.Text("1. Welcomes the support given by donors to UNODC,1 and urges Member States to act."), Fresh.Options());
        var subject = Assert.Single(r.Footnotes).Subject!;
        Assert.Equal((FootnoteSubjectKind.Actor, "unodc", "UNODC"), (subject.Kind, subject.RefersTo, subject.Text));
    }

    [Fact]
    public void SecondMarkerOfAClause_AnnotatesTheWordsSinceTheFirst()
    {
        // As A/RES/64/16 prints "the Arab Peace Initiative3 and the Quartet road map;2": the first marker closed what it
        // annotates, so the second's words start after it, not at the clause's start (they held the first's words too).
        var r = Resolutions.FromString(ShortResolution.Text("1. Welcomes the Arab Peace Initiative1 and the Quartet road map2 as a basis for peace;"), Fresh.Options());
        Assert.Equal(
            [(FootnoteSubjectKind.Text, "Welcomes the Arab Peace Initiative"), (FootnoteSubjectKind.Text, "and the Quartet road map")],
            r.Footnotes.Select(f => (f.Subject.Kind, f.Subject.Text)));
    }

    [Theory]
    // As corpus-dev prints "(the Beijing Rules)76" and "(“Johannesburg Plan of Implementation”)12": the bracket and the
    // quotation mark the words open close before the marker, and are the words' (the subject lost them before).
    [InlineData("1. Welcomes the Minimum Rules (the Lima Guidelines),1 as adopted;", "Welcomes the Minimum Rules (the Lima Guidelines)")]
    [InlineData("1. Welcomes the outcome (“Lima Plan of Action”)1 of the summit;", "Welcomes the outcome (“Lima Plan of Action”)")]
    [InlineData("1. Welcomes the plan (its third stage)) of the summit,1 as adopted;", "Welcomes the plan (its third stage)) of the summit")]
    [InlineData("1. Welcomes the words) of the summit)1 as adopted;", "Welcomes the words) of the summit")]
    public void TextSubject_KeepsTheBracketsItsWordsOpen(string paragraph, string subject)
    {
        var r = Resolutions.FromString(ShortResolution.Text(paragraph), Fresh.Options());
        var footnote = Assert.Single(r.Footnotes);
        Assert.Equal((FootnoteSubjectKind.Text, subject), (footnote.Subject.Kind, footnote.Subject.Text));
    }

    [Fact]
    public void Marker_WithOnlyPunctuationSinceTheMarkerBefore_AnnotatesWhatThatOneDid()
    {
        // The scanner never finds two markers so close (digits after punctuation after digits are a number), but the
        // rule is whole: no words between them, the same words.
        const string text = "Welcomes the Rules and the Guidelines,";
        var first = Model.Parsing.FootnoteSubjects.Of(text, 18, null, [], []);
        var second = Model.Parsing.FootnoteSubjects.Of(text, 37, (18, first), [], []);
        var third = Model.Parsing.FootnoteSubjects.Of(text, 38, (37, second), [], []);
        Assert.Equal(("Welcomes the Rules", "and the Guidelines"), (first.Text, second.Text));
        Assert.Same(second, third);
    }

    [Fact]
    public void RepeatedMarkers_AnnotateTheSameThingEachTime()
    {
        // 4, 6 and 7 recur in OP1 after the same instruments as in the preamble; 11 follows "the Office" twice.
        foreach (var footnote in R.Footnotes.Where(f => f.MarkerIds.Count > 1))
        {
            var subjects = footnote.PartIds.Zip(footnote.MarkerIds).Select(pair =>
            {
                var part = R.FindPart(pair.First)!;
                var marker = part.FootnoteMarkers.Single(m => m.EId == pair.Second);
                // The mention, instrument or actor, that ends nearest before the marker.
                return part.Citations.Select(c => (c.Span.End, Id: c.InstrumentId))
                    .Concat(part.ActorMentions.Select(a => (a.Span.End, Id: a.ActorId)))
                    .Where(m => m.End <= marker.Span.Start).MaxBy(m => m.End).Id;
            });
            Assert.All(subjects, s => Assert.Equal(footnote.Subject.RefersTo, s));
        }
    }

    [Fact]
    public void Bodies_AreReferenceDataWithProvenanceNeverTheAdoptedText()
    {
        Assert.All(R.Footnotes.Where(f => f.Body is not null), f =>
        {
            Assert.False(f.Body!.Provenance.Verified);
            Assert.Contains("not the adopted text", f.Body.Provenance.Note, StringComparison.Ordinal);
            Assert.DoesNotContain(f.Body.Text, TestData.SeedText, StringComparison.Ordinal);
        });
        Assert.Equal("United Nations, Treaty Series, vol. 1577, No. 27531.", R.Footnotes[2].Body!.Text);
        Assert.Equal(Confidence.Medium, R.Footnotes[5].Body!.Confidence);
    }

    [Fact]
    public void Bodies_OfEightAndElevenAreUnknown()
    {
        Assert.Null(R.Footnotes[7].Body);
        Assert.Null(R.Footnotes[10].Body);
    }
}
