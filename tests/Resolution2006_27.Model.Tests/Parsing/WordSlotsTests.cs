using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The set answers as a dictionary of its words does, a word asked with its first letter in either case: for words
/// that share their first letter, length and last letter with a word of the set ("these", "those"), for words whose
/// entry another word's letters took, for one letter, and past the longest word looked up; a word given twice is refused.
/// </summary>
public sealed class WordSlotsTests
{
    [Fact]
    public void TryGet_AnswersAsADictionaryOfItsWords()
    {
        var random = new Random(2006_27);
        const string letters = "aeost";
        string Word(int length) => RandomText.Of(random, letters, length);
        // Few letters: many words of the set share their first and last letters and length, and so their entry.
        var words = Enumerable.Range(0, 600).Select(_ => Word(random.Next(1, 7))).Append("the").Append(new string('q', 64)).Append(new string('q', 65)).Distinct().ToList();
        var set = new WordSlots(words);
        Assert.Equal(words.Count, set.Count);
        var asked = Enumerable.Range(0, 20000).Select(_ => Word(random.Next(1, 8))).Concat(["The", "the", "THE", "tHe", new string('q', 64), "Q" + new string('q', 63), new string('q', 65), "é", "É"]);
        foreach (var word in asked)
        {
            var text = "(" + word + ")";
            var key = char.ToLowerInvariant(word[0]) + word[1..];
            var expected = word.Length <= WordSlots.MaxLength && words.IndexOf(key) is var at and >= 0 ? at : -1;
            Assert.Equal((expected >= 0, expected), (set.TryGet(text, 1, 1 + word.Length, out var slot), slot));
        }
    }

    [Fact]
    public void TryGet_ComparesTheFirstLetterInLowerCaseOnly()
    {
        // The set's words hold their first letter in lower case, and only it is compared in either case.
        var set = new WordSlots(["united", "eU"]);
        Assert.True(set.TryGet("United", 0, 6, out var united));
        Assert.Equal(0, united);
        Assert.False(set.TryGet("UNITED", 0, 6, out _));
        Assert.True(set.TryGet("EU", 0, 2, out var eu));
        Assert.Equal(1, eu);
        Assert.False(set.TryGet("Eu", 0, 2, out _));
    }

    [Fact]
    public void Constructor_RefusesAWordGivenTwiceOrEmpty()
    {
        Assert.Equal("words", Assert.Throws<ArgumentException>(() => new WordSlots(["the", "united", "the"])).ParamName);
        Assert.Equal("words", Assert.Throws<ArgumentException>(() => new WordSlots(["the", ""])).ParamName);
    }
}
