using System.Globalization;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Tests.Parsing;

// Left out of a mutation run (tests/Directory.Build.props defines MUTATION there): the corpus is read once per
// process, which a run that reuses its process for every mutant would judge every mutant by, and reading it
// afresh per mutant would take hours. These tests hold the real-world floors in every other build.
#if !MUTATION

/// <summary>
/// The floors of reading real resolutions, over the whole development corpus (../shared/corpus-dev): every
/// file gives a model; agreement with the EOSG team's labels; every disagreement listed in
/// docs/real-world.md with its reason; nothing of any file dropped.
/// </summary>
public class RealWorldCorpusTests(ITestOutputHelper output)
{
    private static RealWorld Corpus => RealWorld.Corpus.Value;

    private static readonly string Doc = Path.Combine(TestData.RepoRoot, "docs", "real-world.md");

    [Fact]
    public void Corpus_HasThe550Files() => Assert.Equal((400, 150), (Corpus.Eosg.Count(), Corpus.Unsc.Count()));

    [Fact]
    public void EveryFile_GivesAModel_AboveTheFloors()
    {
        var eosg = Share(Corpus.Eosg, f => f.Resolution is not null);
        var unsc = Share(Corpus.Unsc, f => f.Resolution is not null);
        output.WriteLine($"models: EOSG {eosg:P2}, Security Council {unsc:P2}");
        foreach (var refused in Corpus.Files.Where(f => f.Refusal is not null))
        {
            output.WriteLine($"refused: {refused.Set}/{refused.Name}: {refused.Refusal}");
        }
        Assert.True(eosg >= 0.99, $"EOSG files giving a model: {eosg:P2}, floor 99 %");
        Assert.True(unsc >= 0.95, $"Security Council files giving a model: {unsc:P2}, floor 95 %");
    }

    /// <summary>
    /// Agreement with the labels, raw and with the disagreements docs/real-world.md shows to be the label's
    /// (the labels are machine-made). The issue's floors (97 % op, 95 % pp, 97 % first verb) hold for the
    /// adjudicated figures; the raw figures are held where they stand today, so that a regression fails.
    /// </summary>
    [Fact]
    public void Agreement_WithTheLabels_IsAboveTheFloors()
    {
        var labels = LabelsErrors();
        var files = Corpus.Eosg.ToList();
        double Raw(string measure) => (double)files.Count(f => !Corpus.Disagreements().Any(d => d.File == f.Name && (d.Measure == measure || d.Measure == "model"))) / files.Count;
        double Adjudicated(string measure) => (double)files.Count(f => !Corpus.Disagreements().Any(d => d.File == f.Name && (d.Measure == measure || d.Measure == "model") && !labels.Contains((d.File, d.Measure)))) / files.Count;
        foreach (var (measure, floor, rawFloor) in new[] { ("op", 0.97, 0.955), ("pp", 0.95, 0.82), ("verb", 0.97, 0.94) })
        {
            output.WriteLine($"{measure}: raw {Raw(measure):P2} (held at {rawFloor:P1}), with the label's errors set apart {Adjudicated(measure):P2} (floor {floor:P0})");
            Assert.True(Raw(measure) >= rawFloor, $"{measure}: raw agreement {Raw(measure):P2} below {rawFloor:P1}");
            Assert.True(Adjudicated(measure) >= floor, $"{measure}: agreement {Adjudicated(measure):P2} below {floor:P0}");
        }
    }

    [Fact]
    public void EveryDisagreement_IsListedInTheDocWithAReason()
    {
        var listed = Rows().Select(r => (r.File, r.Measure, r.Ours, r.Label)).ToHashSet();
        var found = Corpus.Disagreements().ToHashSet();
        Assert.True(found.SetEquals(listed),
            "docs/real-world.md is out of date.\nNot listed: " + string.Join("; ", found.Except(listed)) + "\nListed but not found: " + string.Join("; ", listed.Except(found)));
        Assert.All(Rows(), r => Assert.Matches("^(ours|ours \\(not yet\\)|label): .{10,}", r.Reason));
    }

    [Fact]
    public void EveryFile_KeepsEveryCharacter()
    {
        // Joined, the spans of every resolution a file holds cover every character that is not blank: page
        // furniture, text no resolution claims, annexes and all.
        var lost = new List<string>();
        foreach (var file in Corpus.Files.Where(f => f.Resolution is not null))
        {
            var covered = new bool[file.Text.Length];
            foreach (var span in file.Spans())
            {
                Array.Fill(covered, true, span.Start, Math.Min(span.Length, file.Text.Length - span.Start));
            }
            var first = Enumerable.Range(0, file.Text.Length).FirstOrDefault(i => !covered[i] && Prints(file.Text[i]), -1);
            if (first >= 0)
            {
                var line = file.Text[..first].Count(c => c == '\n') + 1;
                lost.Add($"{file.Set}/{file.Name}:{line}: '{file.Text[first..Math.Min(file.Text.Length, first + 40)].ReplaceLineEndings(" ")}'");
            }
        }
        Assert.True(lost.Count == 0, "Text no model holds:\n" + string.Join("\n", lost.Take(20)));
    }

    [Fact]
    public void EveryModel_PassesTheModelRules()
    {
        var broken = Corpus.Files.Where(f => f.Resolution is not null)
            .Select(f => (f.Name, Problems: f.Resolution!.Validate(f.Text)))
            .Where(x => x.Problems.Count > 0)
            .Select(x => $"{x.Name}: {x.Problems[0]}").ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));
    }

    [Fact]
    public void EveryModel_ComesBackWholeThroughAkomaNtoso_OrIsRefusedForItsAnnexes()
    {
        // The export writes no annexes yet, and says so; every other model is written and read back equal.
        var notBack = new List<string>();
        foreach (var f in Corpus.Files.Where(f => f.Resolution is not null))
        {
            var r = f.Resolution!;
            if (r.Annexes.Count > 0)
            {
                Assert.Contains("annex", Assert.Throws<NotSupportedException>(() => Model.AkomaNtoso.AkomaNtosoXml.Export(r)).Message, StringComparison.Ordinal);
                continue;
            }
            try
            {
                if (!Model.AkomaNtoso.AkomaNtosoXml.Import(Model.AkomaNtoso.AkomaNtosoXml.ExportText(r)).Equals(r))
                {
                    notBack.Add($"{f.Name}: differs");
                }
            }
            catch (Exception e) when (e is NotSupportedException or Model.AkomaNtoso.AkomaNtosoFormatException)
            {
                notBack.Add($"{f.Name}: {e.Message}");
            }
        }
        Assert.True(notBack.Count == 0, string.Join("\n", notBack.Take(20)));
    }

    [Fact]
    public void EveryLeadPhrase_OfTheCorpusIsInTheLexicon()
    {
        // Paragraphs that open with no phrase at all (headings of annexed texts, "The Council ...") are not
        // phrases; a phrase read by rule means the lexicon misses a verb the corpus uses.
        var unknown = Corpus.Files.SelectMany(f => f.Diagnostics.Where(d => d.Id == DiagnosticIds.UnknownPhrase).Select(d => $"{f.Name}: {d.Message}")).ToList();
        output.WriteLine(string.Join("\n", unknown));
        Assert.True(unknown.Count <= KnownUnknowns, $"{unknown.Count} phrases the lexicon does not know (OCR and nouns read as verbs: at most {KnownUnknowns}):\n" + string.Join("\n", unknown.Take(30)));
    }

    /// <summary>Words read as phrases the lexicon cannot know: OCR ("Retterates", "Сalls" with a Cyrillic С) and nouns of annexed lists ("Procedures", "Centrifuges"). Listed in docs/real-world.md.</summary>
    private const int KnownUnknowns = 16;

    /// <summary>A character that shows on the page: not blank, a control, a byte-order mark, a zero-width space or joiner, or a direction mark.</summary>
    private static bool Prints(char c) => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\uFEFF' && c is not (>= '\u200B' and <= '\u200F') && c != '\u2060';

    private static double Share(IEnumerable<FileReading> files, Func<FileReading, bool> ok) => (double)files.Count(ok) / files.Count();

    private static HashSet<(string File, string Measure)> LabelsErrors() =>
        Rows().Where(r => r.Reason.StartsWith("label:", StringComparison.Ordinal)).Select(r => (r.File, r.Measure)).ToHashSet();

    /// <summary>The table of docs/real-world.md: "| file | measure | ours | label | reason |".</summary>
    private static List<(string File, string Measure, string Ours, string Label, string Reason)> Rows() =>
        File.ReadAllLines(Doc)
            .Select(l => Regex.Match(l, @"^\| (?<file>[A-Z]_RES_[^ |]+) \| (?<m>op|pp|verb|model) \| (?<ours>[^|]*?) \| (?<label>[^|]*?) \| (?<reason>.*) \|$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups["file"].Value, m.Groups["m"].Value, m.Groups["ours"].Value, m.Groups["label"].Value, m.Groups["reason"].Value))
            .ToList();
}
#endif
