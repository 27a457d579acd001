using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// A lead phrase the lexicon does not know, read by rule: its lemma by the English spelling rules the class
/// names, and which opening words have the form of a lead verb at all.
/// </summary>
public class UnknownPhrasesTests
{
    [Theory]
    // Finite verbs: "-ies" to "-y", "-es" after ss, sh, ch, x or zz dropped, otherwise the "-s".
    [InlineData("highlights", "highlight")]
    [InlineData("notifies", "notify")]
    [InlineData("approaches", "approach")]
    [InlineData("pushes", "push")]
    [InlineData("discusses", "discuss")]
    [InlineData("fixes", "fix")]
    [InlineData("authorizes", "authorize")] // "-izes": the "e" is the verb's own
    [InlineData("prioritizes", "prioritize")]
    [InlineData("comes", "come")]
    // Participles: a doubled last consonant undone, except s, l, f and z; an "e" restored after the endings that drop it.
    [InlineData("committing", "commit")]
    [InlineData("stressing", "stress")]
    [InlineData("falling", "fall")]
    [InlineData("echoing", "echo")]
    [InlineData("celebrating", "celebrate")]
    [InlineData("resolving", "resolve")]
    [InlineData("judging", "judge")]
    [InlineData("announcing", "announce")]
    [InlineData("changing", "change")]
    [InlineData("bringing", "bring")]
    [InlineData("reaffirming", "reaffirm")]
    [InlineData("guided", "be guided")]
    [InlineData("act", "act")]
    public void Lemma_FollowsTheSpellingRules(string word, string lemma) => Assert.Equal(lemma, UnknownPhrases.Lemma(word));

    [Fact]
    public void Read_OfAnOperativeVerbTheLexiconLacks_GivesItWithUnknownClassAndStrength()
    {
        var match = UnknownPhrases.Read("Highlights the importance of cooperation;", operative: true)!;
        Assert.Equal((0, 10, 0, 10), (match.Start, match.End, match.VerbStart, match.VerbEnd));
        Assert.Empty(match.Adverbs);
        Assert.Equal(("highlight", VerbClass.Unknown, Strength.Unknown), (match.Entry.Lemma, match.Entry.Class, match.Entry.Strength));
        Assert.Equal(["Highlights"], match.Entry.Forms);
    }

    [Fact]
    public void Read_TakesTheLeadingAdverbsTheLexiconKnowsBeforeTheVerb()
    {
        // "Further" and "strongly" are leading adverbs; the verb opens at 17 and ends at 27.
        var match = UnknownPhrases.Read("Further strongly highlights the need;", operative: true)!;
        Assert.Equal(["Further", "strongly"], match.Adverbs);
        Assert.Equal((0, 27, 17, 27), (match.Start, match.End, match.VerbStart, match.VerbEnd));
        Assert.Equal("highlight", match.Entry.Lemma);
    }

    [Theory]
    [InlineData("Echoing the views of Member States,", false, "echo")]
    [InlineData("Guided by the Charter,", false, "be guided")]
    [InlineData("Uses", true, "use")] // four letters and an "s": read
    public void Read_OfALeadVerbTheLexiconLacks_GivesItsLemma(string text, bool operative, string lemma) =>
        Assert.Equal(lemma, UnknownPhrases.Read(text, operative)!.Entry.Lemma);

    [Theory]
    [InlineData("highlights the importance;", true)] // not capitalized at the start
    [InlineData("Nations have agreed;", true)] // a noun ending in "s"
    [InlineData("Its members agree;", true)] // too short and a pronoun
    [InlineData("Progress has been made;", true)] // "-ss" is not a finite verb's ending
    [InlineData("Highlighting the need,", true)] // a participle opens no operative paragraph
    [InlineData("Highlights the need,", false)] // and a finite verb no preambular one
    [InlineData("Including the States,", false)] // a preposition ending in "-ing"
    [InlineData("", true)]
    [InlineData("Further", true)] // an adverb alone
    public void Read_OfWordsThatAreNotALeadVerb_GivesNothing(string text, bool operative) => Assert.Null(UnknownPhrases.Read(text, operative));
}
