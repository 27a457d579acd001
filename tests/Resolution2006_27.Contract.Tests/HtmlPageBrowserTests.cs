using System.Text.Json;
using Resolution2006_27.Model;
using Resolution2006_27.Model.Html;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Contract.Tests;

/// <summary>
/// The HTML page, opened in a real browser: Debian's Chromium, headless, driven by playwright-core
/// (tests/browser/check-page.mjs), checked with axe-core. Chromium is installed on first use by .ci/install-browser
/// (Debian's package), and the npm packages by npm ci, as the Ajv tests do. A screenshot of the 2006/27 page is kept in
/// TestResults/ (the README shows a copy, docs/images/page-e-res-2006-27.png).
/// </summary>
public class HtmlPageBrowserTests
{
    private static readonly string Runner = Path.Combine(TestData.RepoRoot, "tests", "browser");

    private static readonly Lazy<string> Installed = new(() =>
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            // The project installs what its tests need: Debian's Chromium, from the machine's package manager.
            var (code, output, error) = ProcessRunner.Run("bash", TestData.RepoRoot, TimeSpan.FromMinutes(10), ".ci/install-browser");
            Assert.True(code == 0 && File.Exists(chromium), $"no Chromium at {chromium}, and .ci/install-browser could not install it:\n{output}\n{error}");
        }
        if (!File.Exists(Path.Combine(Runner, "node_modules", "playwright-core", "package.json")))
        {
            var (code, output, error) = ProcessRunner.Run("npm", Runner, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            Assert.True(code == 0, $"npm ci failed in {Runner}:\n{output}\n{error}");
        }
        return Runner;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static JsonElement Open(Resolution resolution, string? screenshot = null)
    {
        var page = Path.Combine(Path.GetTempPath(), $"res2006-page-{Guid.NewGuid():N}.html");
        File.WriteAllText(page, HtmlPage.Render(resolution));
        try
        {
            string[] args = screenshot is null ? ["check-page.mjs", page] : ["check-page.mjs", page, screenshot];
            var (code, output, error) = ProcessRunner.Run("node", Installed.Value, TimeSpan.FromMinutes(2), args);
            Assert.True(code == 0, output + error);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(page);
        }
    }

    // What the model says the page should mark, counted here from the model, not from the page's code.
    private static IEnumerable<Model.Phrases.Phrase> PhrasesOf(Part part) => (part switch
    {
        PreambularParagraph p => p.Phrases.AsEnumerable(),
        OperativeParagraph o => (o.Phrase is { } lead ? [lead] : Enumerable.Empty<Model.Phrases.Phrase>()).Concat(o.Asks.Select(a => a.Phrase)),
        SubParagraph s => s.Asks.Select(a => a.Phrase),
        _ => [],
    }).DistinctBy(p => p.TextOffset);

    private static IEnumerable<Model.Actors.Addressee> AddresseesOf(Part part) => (part switch
    {
        OperativeParagraph o => o.Addressees.Concat(o.Asks.SelectMany(a => a.Addressees)),
        SubParagraph s => s.Asks.SelectMany(a => a.Addressees),
        _ => [],
    }).DistinctBy(a => a.TextOffset);

    private static void AssertPageShowsTheModel(Resolution r, JsonElement seen)
    {
        Assert.Equal(0, seen.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, seen.GetProperty("requests").GetArrayLength()); // no network: everything is inline
        var counts = seen.GetProperty("counts");
        Assert.Equal(r.Parts.Sum(p => PhrasesOf(p).Count()), counts.GetProperty("phrases").GetInt32());
        Assert.Equal(r.Parts.Sum(p => AddresseesOf(p).Count()), counts.GetProperty("addressees").GetInt32());
        Assert.Equal(r.Parts.Sum(p => p.Citations.Count), counts.GetProperty("citations").GetInt32());
        Assert.Equal(r.Parts.Sum(p => p.ActorMentions.Count), counts.GetProperty("actors").GetInt32());
        Assert.Equal(r.Parts.Sum(p => p.FootnoteMarkers.Count), counts.GetProperty("markers").GetInt32());
        Assert.Equal(r.Parts.Count(), counts.GetProperty("parts").GetInt32());
        Assert.Equal(r.Asks().Count(), counts.GetProperty("askRows").GetInt32());
        Assert.Equal(r.Parts.SelectMany(p => p.Citations.Select(c => (p.Id.Short, c.InstrumentId))).Distinct().Count(), counts.GetProperty("graphLinks").GetInt32());
        // Every part is reachable by its id in the address.
        foreach (var target in seen.GetProperty("targets").EnumerateObject())
        {
            Assert.Equal(target.Name, target.Value.GetString());
        }
        // No serious or critical accessibility violation (WCAG 2 A and AA, and axe's best practices).
        var serious = seen.GetProperty("axe").EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.Empty(serious);
        Assert.Equal("skip", seen.GetProperty("firstFocus").GetString()); // the keyboard reaches the skip link first
    }

    [Fact]
    public void ThePageOf2006_27_ShowsWhatTheModelHolds_AndItsFiltersWork()
    {
        var screenshot = Path.Combine(TestData.RepoRoot, "TestResults", "page-e-res-2006-27.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        var r = Resolutions.E2006_27;
        var seen = Open(r, screenshot);
        AssertPageShowsTheModel(r, seen);
        // 2006/27 has 31 asks, 27 of them to Member States: the actor filter shows those and says so; a reset shows all.
        var filters = seen.GetProperty("filters");
        var actor = filters.GetProperty("actor");
        var toActor = r.Asks().Count(a => a.Addressee.ActorId == actor.GetProperty("value").GetString());
        Assert.True(toActor < r.Asks().Count());
        Assert.Equal(toActor, actor.GetProperty("rows").GetInt32());
        Assert.Equal($"{toActor} of {r.Asks().Count()} asks", actor.GetProperty("said").GetString());
        Assert.Equal(r.Asks().Count(a => a.Phrase.Strength == Model.Phrases.Strength.Deciding), filters.GetProperty("deciding").GetProperty("rows").GetInt32());
        Assert.Equal(r.Asks().Count(), filters.GetProperty("reset").GetProperty("rows").GetInt32());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is kept");
    }

    [Theory]
    [InlineData("corpus/E-RES-2015-23.txt")]
    [InlineData("corpus/A-RES-70-179.txt")]
    [InlineData("corpus-dev/unsc/S_RES_0818_1993.txt")]
    public void ThePageOfAnotherResolution_ShowsWhatTheModelHolds(string file)
    {
        var r = Resolutions.FromString(File.ReadAllText(Path.Combine(TestData.SharedPath, file)));
        AssertPageShowsTheModel(r, Open(r));
    }

    [Fact]
    public void ThePage_CopiesAsTheResolutionsWords()
    {
        // Marks never change the words: the text of each part, with its markup taken away, is the part's text.
        var html = HtmlPage.Render(Resolutions.E2006_27);
        foreach (var part in Resolutions.E2006_27.Parts)
        {
            var start = html.IndexOf($"id=\"{part.Id.Short}\"", StringComparison.Ordinal);
            var words = html.IndexOf("<span class=\"words\">", start, StringComparison.Ordinal) + "<span class=\"words\">".Length;
            var end = html.IndexOf("</span>\n", words, StringComparison.Ordinal);
            var plain = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html[words..end] + "</span>", "<sup class=\"marker\">.*?</sup>|<[^>]+>", ""));
            Assert.Equal(part.Text, plain);
        }
    }
}
