using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Each preambular paragraph's phrases, read off the seed.</summary>
public class PreambleTests
{
    private readonly Resolution R = Fresh.Seed();

    public static TheoryData<int, string, string, VerbClass> LeadingPhrases => new()
    {
        { 1, "Recalling", "recall", VerbClass.Reinforcing },
        { 2, "Taking note of", "take note of", VerbClass.Observing },
        { 3, "Recalling", "recall", VerbClass.Reinforcing },
        { 4, "Recalling also", "recall", VerbClass.Reinforcing },
        { 5, "Recalling further", "recall", VerbClass.Reinforcing },
        { 6, "Recalling", "recall", VerbClass.Reinforcing },
        { 7, "Recalling also", "recall", VerbClass.Reinforcing },
        { 8, "Recalling further", "recall", VerbClass.Reinforcing },
        { 9, "Condemning", "condemn", VerbClass.Evaluative },
        { 10, "Decrying", "decry", VerbClass.Evaluative },
        { 11, "Deeply concerned", "be concerned", VerbClass.Evaluative },
        { 12, "Profoundly alarmed", "be alarmed", VerbClass.Evaluative },
        { 13, "Expressing dismay", "express dismay", VerbClass.Evaluative },
        { 14, "Noting", "note", VerbClass.Observing },
        { 15, "Convinced", "be convinced", VerbClass.Observing },
        { 16, "Recognizing", "recognize", VerbClass.Observing },
        { 17, "Convinced", "be convinced", VerbClass.Observing },
        { 18, "Welcoming", "welcome", VerbClass.Evaluative },
        { 19, "Bearing in mind", "bear in mind", VerbClass.Observing },
        { 20, "Noting", "note", VerbClass.Observing },
    };

    [Theory]
    [MemberData(nameof(LeadingPhrases))]
    public void Phrases_LeadWithThePrintedPhrase(int position, string text, string lemma, VerbClass verbClass)
    {
        var paragraph = R.Preamble.Paragraphs[position - 1];
        Assert.Equal(position, paragraph.Position);
        Assert.Equal(text, paragraph.Phrases[0].Text);
        Assert.Equal(lemma, paragraph.Phrases[0].Lemma);
        Assert.Equal(verbClass, paragraph.Phrases[0].Class);
        Assert.StartsWith(text, paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Phrases_OfTheThirdParagraphAreRecallingAndNoting()
    {
        // "Recalling the Convention on the Rights of the Child,3 and noting the entry into force ..."
        var phrases = R.Preamble.Paragraphs[2].Phrases;
        Assert.Equal(["Recalling", "noting"], phrases.Select(p => p.Text));
        Assert.Equal("note", phrases[1].Lemma);
        Assert.Equal(20, phrases[1].Span.Line);
    }

    [Fact]
    public void Phrases_OtherThanTheThirdParagraphHaveOnePhrase() =>
        Assert.All(R.Preamble.Paragraphs.Where(p => p.Position != 3), p => Assert.Single(p.Phrases));

    [Fact]
    public void Phrases_KeepTheirAdverbs()
    {
        Assert.Equal(["Deeply"], R.Preamble.Paragraphs[10].Phrases[0].Adverbs);
        Assert.Equal("concerned", R.Preamble.Paragraphs[10].Phrases[0].Verb);
        Assert.Equal(["also"], R.Preamble.Paragraphs[3].Phrases[0].Adverbs);
        Assert.Equal(["further"], R.Preamble.Paragraphs[4].Phrases[0].Adverbs);
    }

    [Fact]
    public void Phrases_InThePreambleCarryNoStrength() =>
        Assert.All(R.Preamble.Paragraphs.SelectMany(p => p.Phrases), p => Assert.Equal(Strength.None, p.Strength));

    [Fact]
    public void Ids_AreShortAndAkomaNtosoForms()
    {
        var fifth = R.Preamble.Paragraphs[4];
        Assert.Equal("PP5", fifth.Id.Short);
        Assert.Equal("preamble__p_5", fifth.Id.EId);
    }

    [Fact]
    public void Text_OfAParagraphAfterAPageBreakStartsWithItsPhrase()
    {
        // Line 55 "  Deeply concerned" follows "... exploiters," with no blank line between.
        var eleventh = R.Preamble.Paragraphs[10];
        Assert.Equal(55, eleventh.Span.Line);
        Assert.Equal(3, eleventh.Span.Column);
        Assert.EndsWith("in particular exploiters,", R.Preamble.Paragraphs[9].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_JoinsAWordHyphenatedAtALineEnd() =>
        Assert.Contains("money-laundering, drug trafficking", R.Preamble.Paragraphs[10].Text, StringComparison.Ordinal);
}
