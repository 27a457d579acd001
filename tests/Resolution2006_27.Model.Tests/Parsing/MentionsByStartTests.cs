using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The mentions by start answer as a dictionary that keeps the first mention at each start does, in any order given.</summary>
public sealed class MentionsByStartTests
{
    [Fact]
    public void TryGetValue_AnswersAsADictionaryOfTheFirstMentionAtEachStart()
    {
        var random = new Random(2006_27);
        for (var round = 0; round < 300; round++)
        {
            var mentions = Enumerable.Range(0, random.Next(0, 12)).Select(i => new MentionMatch(random.Next(0, 20), 30, $"actor-{i}", IsShortForm: false)).ToList();
            if (round % 2 == 0)
            {
                mentions = [.. mentions.OrderBy(m => m.Start)]; // as the analyzer gives them; the odd rounds in any order
            }
            var expected = new Dictionary<int, MentionMatch>();
            foreach (var m in mentions.OrderBy(m => m.Start))
            {
                expected.TryAdd(m.Start, m);
            }
            var byStart = new MentionsByStart(mentions);
            Assert.Equal(expected.Count, byStart.Count);
            for (var start = -1; start <= 21; start++)
            {
                Assert.Equal(expected.GetValueOrDefault(start), byStart.GetValueOrDefault(start));
                Assert.Equal(expected.ContainsKey(start), byStart.TryGetValue(start, out _));
            }
        }
    }

    [Fact]
    public void Empty_HoldsNone() => Assert.False(MentionsByStart.Empty.TryGetValue(0, out _));
}
