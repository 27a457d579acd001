using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>The shared default under many threads. (The tool when writing cannot succeed: ToolFaultTests.)</summary>
public class LoadAndFaultTests
{
    [Fact]
    public void SharedDefault_GivesIdenticalAnswersToManyThreads()
    {
        // Every thread asks the same questions of the shared instance; every answer must be the same.
        var answers = new string[64];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var r = Fresh.Seed();
            var asks = string.Join("|", r.Asks().AddressedTo("unodc").Select(a => $"{a.Part.Short}:{a.Phrase!.Lemma}"));
            var citations = string.Join("|", r.CitationRows().CountByInstrument().Select(c => $"{c.InstrumentId}:{c.Citations}"));
            answers[i] = $"{asks}#{citations}#{r.Validate().Count}#{ModelJson.Serialize(r).Length}";
        });
        Assert.Single(answers.Distinct());
        Assert.StartsWith("OP14:encourage|OP15:request|OP16:request#trafficking-protocol:7", answers[0], StringComparison.Ordinal);
    }
}
