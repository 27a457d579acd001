using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Validation;

public class ValidateTests
{
    private readonly Resolution R = Fresh.Seed();

    [Fact]
    public void Validate_OfTheEmbeddedResolutionFindsNothing() => Assert.Empty(R.Validate());

    [Fact]
    public void Validate_ReportsADuplicateIdWithItsPointer()
    {
        var ops = R.OperativeParagraphs.ToList();
        ops[1] = ops[1] with { Id = ops[0].Id };
        var problems = (R with { OperativeParagraphs = ops.ToValueList() }).Validate();
        Assert.Contains(problems, p => p.Pointer == "/operativeParagraphs/1/id/short" && p.Rule == "unique-ids" && p.Found == "'OP1' again");
    }

    [Fact]
    public void Validate_AcceptsANumberingGapAndReportsAFall()
    {
        // Real texts skip a number where the print lost a paragraph: a gap is no problem; a fall is.
        var ops = R.OperativeParagraphs.ToList();
        ops.RemoveAt(4);
        Assert.Empty((R with { OperativeParagraphs = ops.ToValueList() }).Validate());
        (ops[3], ops[4]) = (ops[4], ops[3]);
        var problems = (R with { OperativeParagraphs = ops.ToValueList() }).Validate();
        var fall = Assert.Single(problems, p => p.Rule == "rising-numbering");
        Assert.Equal("/operativeParagraphs/4/number", fall.Pointer);
        Assert.Equal("a number above 6", fall.Expected);
        Assert.Equal("4", fall.Found);
    }

    [Fact]
    public void Validate_ReportsAnItemLabelOutOfSequence()
    {
        var op2 = R.OperativeParagraphs[1];
        var items = op2.SubParagraphs.ToList();
        items[2] = items[2] with { Label = "e", Id = op2.Id.Item("e") };
        var ops = R.OperativeParagraphs.ToList();
        ops[1] = op2 with { SubParagraphs = items.ToValueList() };
        var problem = Assert.Single((R with { OperativeParagraphs = ops.ToValueList() }).Validate());
        Assert.Equal("/operativeParagraphs/1/subParagraphs/2/label", problem.Pointer);
        Assert.Equal("(c)", problem.Expected);
        Assert.Equal("(e)", problem.Found);
    }

    [Fact]
    public void Validate_ReportsACitationOfAnUnknownInstrument()
    {
        var pp1 = R.Preamble.Paragraphs[0];
        var broken = pp1 with { Citations = ValueList.Of(pp1.Citations[0] with { InstrumentId = "no-such-treaty" }) };
        var paragraphs = R.Preamble.Paragraphs.Skip(1).Prepend(broken).ToValueList();
        var problem = Assert.Single((R with { Preamble = R.Preamble with { Paragraphs = paragraphs } }).Validate());
        Assert.Equal("/preamble/paragraphs/0/citations/0/instrumentId", problem.Pointer);
        Assert.Equal("reference-resolves", problem.Rule);
    }

    [Fact]
    public void Validate_ReportsAFootnoteWhoseMarkerIsMissing()
    {
        var notes = R.Footnotes.ToList();
        notes[0] = notes[0] with { MarkerIds = ValueList.Of("authorialNote_99") };
        var problems = (R with { Footnotes = notes.ToValueList() }).Validate();
        Assert.Contains(problems, p => p.Pointer == "/footnotes/0/markerIds/0" && p.Found == "authorialNote_99");
        Assert.Contains(problems, p => p.Pointer == "/footnotes" && p.Expected.Contains("authorialNote_1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsASpanOutsideTheSource()
    {
        var ops = R.OperativeParagraphs.ToList();
        ops[17] = ops[17] with { Span = ops[17].Span with { Length = 1_000_000 } };
        var problems = (R with { OperativeParagraphs = ops.ToValueList() }).Validate();
        Assert.Contains(problems, p => p.Pointer == "/operativeParagraphs/17/span" && p.Rule == "span-inside-source");
    }

    [Fact]
    public void Validate_ReportsAnAddresseeThatIsNoActorOfTheResolution()
    {
        var ops = R.OperativeParagraphs.ToList();
        ops[0] = ops[0] with { Addressees = ValueList.Of(ops[0].Addressees[0] with { ActorId = "nobody" }) };
        var problem = Assert.Single((R with { OperativeParagraphs = ops.ToValueList() }).Validate());
        Assert.Equal("/operativeParagraphs/0/addressees/0/actorId", problem.Pointer);
    }

    [Fact]
    public void Validate_ReportsATextOffsetThatMissesItsWords()
    {
        var ops = R.OperativeParagraphs.ToList();
        ops[0] = ops[0] with { Citations = ops[0].Citations.Select((c, i) => i == 0 ? c with { TextOffset = c.TextOffset + 1 } : c).ToValueList() };
        var problem = Assert.Single((R with { OperativeParagraphs = ops.ToValueList() }).Validate());
        Assert.Equal("/operativeParagraphs/0/citations/0/textOffset", problem.Pointer);
        Assert.Equal("offset-agrees", problem.Rule);
    }

    [Fact]
    public void ModelProblem_ToStringSaysWhereWhatAndWhat() =>
        Assert.Equal(
            "/a/0: unique-ids: expected an id used once, found 'x' again",
            new Model.Validation.ModelProblem("/a/0", "unique-ids", "an id used once", "'x' again").ToString());
}
