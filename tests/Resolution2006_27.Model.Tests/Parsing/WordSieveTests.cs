using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

public sealed class WordSieveTests
{
    private static WordSieve Of(params string[] words)
    {
        var sieve = new WordSieve();
        foreach (var word in words)
        {
            sieve.Add(word[0], word[^1], word.Length);
        }
        return sieve;
    }

    [Theory]
    [InlineData("republic")]
    [InlineData("united")]
    [InlineData("the")]
    public void MayHold_LetsEveryWordAddedThrough(string word) =>
        Assert.True(Of("republic", "united", "the").MayHold(word[0], word[^1], word.Length));

    [Theory]
    [InlineData("rights")] // first letter and length of "russia"'s kind, another last letter
    [InlineData("thee")] // another length
    [InlineData("for")] // a first letter no word has
    public void MayHold_TurnsAwayAWordNoneAddedSharesFirstLastAndLengthWith(string word) =>
        Assert.False(Of("republic", "united", "the", "russia").MayHold(word[0], word[^1], word.Length));

    [Fact]
    public void MayHold_LetsThroughWhatItCannotSift()
    {
        var sieve = Of("the");
        Assert.True(sieve.MayHold('é', 'e', 3)); // a first letter outside ASCII
        Assert.True(sieve.MayHold('t', 'ü', 3)); // a last letter outside ASCII
        Assert.True(Of("pâté").MayHold('p', 'é', 4)); // a word added with a last letter outside ASCII still passes
    }

    [Fact]
    public void MayHold_CountsLengthsFromSixtyThreeOnAsOne()
    {
        var sieve = Of("a" + new string('x', 70) + "b");
        Assert.True(sieve.MayHold('a', 'b', 90));
        Assert.False(sieve.MayHold('a', 'b', 62));
    }
}
