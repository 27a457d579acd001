using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The sieve in front of the phrase reader turns a place away only where no phrase added could match there: it opens
/// with four ASCII letters no phrase opens with, or with a word of three that opens none, in either case.
/// </summary>
public sealed class OpeningSieveTests
{
    private static OpeningSieve Of(params string[] phrases)
    {
        var sieve = new OpeningSieve();
        foreach (var phrase in phrases)
        {
            sieve.Add(phrase);
        }
        return sieve;
    }

    [Theory]
    [InlineData("requests the Secretary-General")]
    [InlineData("Requests the Secretary-General")] // either case, letter by letter
    [InlineData("REQUESTS")]
    [InlineData("rEQUESTS")]
    [InlineData("calls upon")]
    [InlineData("also invites")]
    public void MayOpen_LetsThroughWhatOpensAsAPhraseAdded(string text) =>
        Assert.True(Of("requests", "calls upon", "also").MayOpen(text, 0));

    [Theory]
    [InlineData("the Secretary-General")]
    [InlineData("including")]
    [InlineData("reports")] // two letters of "requests", not three
    [InlineData("callers")] // four letters of "calls upon" but another word: let through (the sieve reads four letters)
    [InlineData("req")] // a word of three letters that opens "requests" but is not its first word
    public void MayOpen_TurnsAwayLettersNoPhraseOpensWith(string text)
    {
        var sieve = Of("requests", "calls upon", "also");
        Assert.Equal(text.StartsWith("call", StringComparison.Ordinal), sieve.MayOpen(text, 0));
    }

    [Theory]
    [InlineData("ask them", true)] // a phrase whose first word has three letters
    [InlineData("Ask, and", true)]
    [InlineData("ask", true)] // at the text's end
    [InlineData("asks", false)] // another word: four letters no phrase opens with
    [InlineData("the", false)] // "therefore" opens with "the" but not as a word
    [InlineData("the Council", false)]
    [InlineData("The Council", false)] // upper case read as lower
    [InlineData("ASKS", false)]
    [InlineData("therefore", true)]
    [InlineData("There", true)] // four letters of "therefore": let through
    public void MayOpen_TellsAWordOfThreeLettersFromTheOpeningOfALongerOne(string text, bool expected) =>
        Assert.Equal(expected, Of("ask", "therefore").MayOpen(text, 0));

    [Fact]
    public void MayOpen_OfThreeLettersAndOneOutsideAscii_LetsThrough()
    {
        // "askñ" may be a word of four letters: the sieve cannot tell, whatever the phrases.
        Assert.True(Of("requests").MayOpen("askñ", 0));
        Assert.True(Of("ask").MayOpen("ask them", 0)); // a no-break space: outside ASCII, let through too
    }

    [Theory]
    [InlineData("We reaffirm", 0)] // a blank in the first three
    [InlineData("to the", 0)] // a word of two letters
    [InlineData("re-emphasizes", 0)] // a hyphen
    [InlineData("éxige", 0)] // a letter outside ASCII
    [InlineData("ab", 0)] // shorter than three
    [InlineData("the end", 5)] // two characters left
    public void MayOpen_LetsThroughWhatItCannotSift(string text, int at) =>
        Assert.True(Of("requests").MayOpen(text, at));

    [Fact]
    public void MayOpen_ReadsAtThePlaceGiven()
    {
        var sieve = Of("notes");
        Assert.True(sieve.MayOpen("and notes", 4));
        Assert.False(sieve.MayOpen("and notes", 0));
    }

    [Fact]
    public void Add_OfAPhraseWithALetterOutsideAsciiInItsFirstThree_LetsEveryPlaceThrough()
    {
        // An ordinal case-insensitive comparison may take a letter outside ASCII for an ASCII one: the sieve cannot tell.
        Assert.True(Of("requests", "ſtresses").MayOpen("stresses", 0));
        Assert.True(Of("requests", "ſtresses").MayOpen("the", 0));
    }

    [Fact]
    public void Add_OfAShortPhraseOrOneWithABlank_TurnsNothingMoreAway()
    {
        // "be" or "is concerned" cannot match where three letters stand: neither lets "bea" or "iss" through.
        var sieve = Of("be", "is concerned");
        Assert.False(sieve.MayOpen("bear", 0));
        Assert.False(sieve.MayOpen("issue", 0));
        Assert.True(sieve.MayOpen("is concerned", 0));
    }

    [Fact]
    public void TheDefaultLexicon_LetsThroughEveryFormLemmaAndLeadingAdverbItKnows_InAnyCase()
    {
        var lexicon = VerbLexicon.Default;
        var phrases = lexicon.Entries.SelectMany(e => e.Forms.Append(e.Lemma)).Concat(VerbLexicon.LeadingAdverbs).ToList();
        Assert.True(phrases.Count > 100);
        foreach (var phrase in phrases)
        {
            foreach (var printed in new[] { phrase, char.ToUpperInvariant(phrase[0]) + phrase[1..], phrase.ToUpperInvariant() })
            {
                Assert.True(lexicon.MayOpenPhrase(printed + " the", 0), printed);
            }
        }
        // And turns away the joints' common words, which open none ("the", which "therefore" opens but not as a word).
        foreach (var word in new[] { "the", "including", "which", "with", "their", "other", "its", "all" })
        {
            Assert.False(lexicon.MayOpenPhrase(word + " ", 0), word);
        }
    }
}
