using BenchmarkDotNet.Attributes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>The query API against a hand-written loop over the same model (the floor).</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private readonly Resolution resolution = Resolutions.E2006_27;

    [Benchmark(Baseline = true, Description = "floor: loop, paragraphs addressing UNODC")]
    public int AsksByAddresseeLoop()
    {
        var count = 0;
        foreach (var paragraph in resolution.OperativeParagraphs)
        {
            foreach (var ask in paragraph.Asks)
            {
                foreach (var addressee in ask.Addressees)
                {
                    if (addressee.ActorId == "unodc")
                    {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    [Benchmark(Description = "Asks().AddressedTo(\"unodc\")")]
    public int AsksByAddressee() => resolution.Asks().AddressedTo("unodc").Count();

    [Benchmark(Description = "floor: loop, citations of the Protocol")]
    public int CitationsByInstrumentLoop()
    {
        var count = 0;
        foreach (var part in resolution.Parts)
        {
            foreach (var citation in part.Citations)
            {
                if (citation.InstrumentId == "trafficking-protocol")
                {
                    count++;
                }
            }
        }
        return count;
    }

    [Benchmark(Description = "CitationRows().Citing(\"trafficking-protocol\")")]
    public int CitationsByInstrument() => resolution.CitationRows().Citing("trafficking-protocol").Count();

    [Benchmark(Description = "Asks().Citing(\"trafficking-protocol\", \"article 6\")")]
    public int AsksCitingPinpoint() => resolution.Asks().Citing("trafficking-protocol", "article 6").Count();
}
