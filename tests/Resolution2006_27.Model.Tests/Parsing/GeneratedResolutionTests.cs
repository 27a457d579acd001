using FsCheck;
using FsCheck.Xunit;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Tests.Generators;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The general parser on thousands of random resolutions printed with noise: it must give back the
/// generated structure, every text, phrase, addressee and footnote marker.
/// </summary>
public class GeneratedResolutionTests
{
    public static class Arbitraries
    {
        public static Arbitrary<(GeneratedResolution Resolution, string Text)> Printed() => PrintedResolutions.Arbitrary();
    }

    [Property(MaxTest = Cases.GeneratedResolutions, Arbitrary = [typeof(Arbitraries)])]
    public void Parse_GivesBackTheGeneratedStructure((GeneratedResolution Resolution, string Text) sample)
    {
        var (expected, text) = sample;
        var result = ResolutionParser.ParseWithWarnings(text, Fresh.Options());
        var r = result.Resolution;
        Assert.Equal(expected.Symbol, r.Symbol);
        Assert.Equal(expected.OrganId, r.OrganId);
        Assert.Equal(expected.Date, r.AdoptionDate);
        Assert.Equal(expected.Title, r.Title!.Text);
        Assert.Equal(expected.Preamble.Count, r.Preamble.Paragraphs.Count);
        Assert.Equal(expected.Operative.Count, r.OperativeParagraphs.Count);
        for (var i = 0; i < expected.Preamble.Count; i++)
        {
            var (want, got) = (expected.Preamble[i], r.Preamble.Paragraphs[i]);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Phrase, got.Phrases[0].Text);
            Assert.Equal(want.Lemma, got.Phrases[0].Lemma);
            Items(want.Items, got.SubParagraphs);
        }
        for (var i = 0; i < expected.Operative.Count; i++)
        {
            var (want, got) = (expected.Operative[i], r.OperativeParagraphs[i]);
            Assert.Equal(i + 1, got.Number);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Phrase, got.Phrase!.Text);
            Assert.Equal(want.Lemma, got.Phrase!.Lemma);
            Assert.Equal(want.AddresseeId, got.Addressees.FirstOrDefault()?.ActorId);
            Items(want.Items, got.SubParagraphs);
        }
        Assert.Equal(Markers(expected), r.Parts.SelectMany(p => p.FootnoteMarkers).Select(m => m.Number));
        var problems = r.Validate(text);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Property(MaxTest = Cases.GeneratedWarnings, Arbitrary = [typeof(Arbitraries)])]
    public void Parse_WarnsOnlyOfPageBreaksThatSplitAParagraph((GeneratedResolution Resolution, string Text) sample) =>
        Assert.All(ResolutionParser.ParseWithWarnings(sample.Text).Warnings, w => Assert.Contains("page break", w.Message, StringComparison.Ordinal));

    private static void Items(IReadOnlyList<GeneratedParagraph> want, IReadOnlyList<SubParagraph> got)
    {
        Assert.Equal(want.Count, got.Count);
        for (var j = 0; j < want.Count; j++)
        {
            Assert.Equal(want[j].Text, got[j].Text);
            Assert.Equal(want[j].Items.Count, got[j].SubParagraphs.Count);
            Assert.All(got[j].SubParagraphs, s => Assert.Equal(LabelStyle.Roman, s.Style));
            for (var k = 0; k < want[j].Items.Count; k++)
            {
                Assert.Equal(want[j].Items[k].Text, got[j].SubParagraphs[k].Text);
            }
        }
    }

    private static IEnumerable<int> Markers(GeneratedResolution r)
    {
        IEnumerable<int> Of(GeneratedParagraph p) => p.Words.Where(w => w.Marker > 0).Select(w => w.Marker).Concat(p.Items.SelectMany(Of));
        return r.Preamble.Concat(r.Operative).SelectMany(Of);
    }
}
