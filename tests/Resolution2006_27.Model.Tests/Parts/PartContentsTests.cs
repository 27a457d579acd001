using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Parts;

/// <summary>What a part prints, as the dataset's and the page's rows read it: in the order of the text, each once.</summary>
public class PartContentsTests
{
    [Fact]
    public void Phrases_ComeInTextOrder_EachOnce()
    {
        var several = 0;
        foreach (var resolution in new[] { Fresh.Seed(), Resolutions.FromString(TestData.CorpusText("A-RES-70-179.txt")) })
        {
            foreach (var part in resolution.Parts)
            {
                var offsets = PartContents.Phrases(part).Select(p => p.TextOffset).ToList();
                Assert.Equal(offsets.Order(), offsets);
                Assert.Equal(offsets.Distinct(), offsets);
                several += offsets.Count > 1 && part is PreambularParagraph ? 1 : 0;
            }
        }
        // The order is a claim only where a preambular paragraph prints more than one phrase.
        Assert.True(several > 0, "no preambular paragraph with two phrases");
    }
}
