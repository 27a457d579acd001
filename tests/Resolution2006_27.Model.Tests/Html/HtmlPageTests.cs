using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Html;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Html;

/// <summary>
/// The HTML page as the library writes it, read as text: every part reachable, the words the resolution's, each mark
/// the model holds, the tables and the graph's data what the model says. How the page looks and behaves in a browser
/// is the contract tests' (HtmlPageBrowserTests); facts of 2006/27 are read off the adopted text.
/// </summary>
public class HtmlPageTests
{
    private readonly Resolution seed = Fresh.Seed();

    // The words of a part as the page prints them: its markup taken off (a footnote marker prints its number, which the
    // part's text leaves out), entities decoded.
    private static string WordsOf(string page, Part part)
    {
        var at = page.IndexOf($"<div class=\"part ", StringComparison.Ordinal);
        at = page.IndexOf($"id=\"{WebUtility.HtmlEncode(part.Id.Short)}\">", at, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no element with the id {part.Id.Short}");
        var start = page.IndexOf("<span class=\"words\">", at, StringComparison.Ordinal) + "<span class=\"words\">".Length;
        var end = page.IndexOf("</span>\n", start, StringComparison.Ordinal);
        var markup = Regex.Replace(page[start..end], "<sup class=\"marker\">.*?</sup>", "");
        return WebUtility.HtmlDecode(Regex.Replace(markup, "<[^>]+>", ""));
    }

    private static int Count(string page, string text) => Regex.Matches(page, Regex.Escape(text)).Count;

    [Fact]
    public void Render_NamesTheResolutionItsOrganAndDate()
    {
        var page = HtmlPage.Render(seed);
        // Read off the adopted text: ECOSOC resolution 2006/27, 41st plenary meeting, 27 July 2006.
        Assert.Contains("<h1>E/RES/2006/27</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">Economic and Social Council, adopted 27 July 2006. ", page, StringComparison.Ordinal);
        Assert.Contains($" and 18 operative paragraphs, {seed.Asks().Count()} asks, {seed.Parts.Sum(p => p.Citations.Count)} citations.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"title\">Strengthening international cooperation in preventing and combating trafficking in persons and protecting victims of such trafficking</p>", page, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n</body>\n</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GivesEveryPartItsWordsAndBothItsIds()
    {
        var page = HtmlPage.Render(seed);
        foreach (var part in seed.Parts)
        {
            Assert.Equal(part.Text, WordsOf(page, part));
            Assert.Contains($"<span id=\"{part.Id.EId}\"></span>", page, StringComparison.Ordinal);
            Assert.Contains($"<a class=\"pid\" href=\"#{WebUtility.HtmlEncode(part.Id.Short)}\"", page, StringComparison.Ordinal);
        }
        Assert.Contains("<span class=\"num\">18.</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarksWhatTheModelHolds()
    {
        var page = HtmlPage.Render(seed);
        var parts = seed.Parts.ToList();
        Assert.Equal(parts.Sum(p => PartContents.Phrases(p).DistinctBy(f => f.TextOffset).Count()), Count(page, "<span class=\"phrase ") - 4); // the legend shows four
        Assert.Equal(parts.Sum(p => PartContents.Addressees(p).DistinctBy(a => a.TextOffset).Count()), Count(page, "<span class=\"addressee\" tabindex=\"0\""));
        Assert.Equal(parts.Sum(p => p.ActorMentions.Count), Count(page, "<span class=\"actor\" tabindex=\"0\""));
        Assert.Equal(parts.Sum(p => p.Citations.Count), Count(page, "<a class=\"citation\" href=\"#instrument-"));
        Assert.Equal(parts.Sum(p => p.FootnoteMarkers.Count), Count(page, "<sup class=\"marker\"><a href=\"#fn-"));
        // "Encourages Member States" (OP17): an encouraging directive, and its addressee.
        Assert.Contains("data-class=\"directive\" data-strength=\"encouraging\" data-lemma=\"encourage\"", page, StringComparison.Ordinal);
        Assert.Contains("data-actor=\"member-states\" title=\"addressee: member-states (memberStates)\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsTheAsksAndCountsThemByActorAndStrength()
    {
        var page = HtmlPage.Render(seed);
        var asks = seed.Asks().ToList();
        Assert.Equal(asks.Count, Count(page, "<tr data-actor=\""));
        Assert.Contains($"<output id=\"asks-count\" aria-live=\"polite\">{asks.Count} of {asks.Count} asks</output>", page, StringComparison.Ordinal);
        var toUnodc = asks.Where(a => a.Addressee.ActorId == "unodc").ToList();
        Assert.NotEmpty(toUnodc);
        var row = Regex.Match(page, "<tr><th scope=\"row\">unodc</th>((?:<td>\\d+</td>)+)</tr>");
        Assert.True(row.Success);
        var cells = Regex.Matches(row.Groups[1].Value, "\\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Model.Phrases.Strength[] order = [Model.Phrases.Strength.Deciding, Model.Phrases.Strength.Requesting, Model.Phrases.Strength.Encouraging, Model.Phrases.Strength.None, Model.Phrases.Strength.Unknown];
        Assert.Equal([.. order.Select(s => toUnodc.Count(a => a.Phrase.Strength == s)), toUnodc.Count], cells);
        Assert.Contains("<option>unodc</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DescribesEachCitedInstrumentAndFootnote()
    {
        var page = HtmlPage.Render(seed);
        var cited = seed.Parts.SelectMany(p => p.Citations).Select(c => c.InstrumentId).ToHashSet();
        foreach (var instrument in seed.Instruments)
        {
            Assert.Equal(cited.Contains(instrument.Id), page.Contains($"id=\"instrument-{instrument.Id}\"", StringComparison.Ordinal));
        }
        // The registry's facts of the Trafficking Protocol: United Nations, Treaty Series, vol. 2237, No. 39574.
        Assert.Contains("<dt>Treaty Series</dt><dd>United Nations, Treaty Series, vol. 2237, p. 319, No. 39574</dd>", page, StringComparison.Ordinal);
        foreach (var footnote in seed.Footnotes)
        {
            Assert.Contains($"<li id=\"fn-{footnote.Number}\" value=\"{footnote.Number}\">", page, StringComparison.Ordinal);
        }
        // Footnote 11 is marked after "the regular budget of the Office;" in paragraphs 15 and 16 alike.
        Assert.Matches("<li id=\"fn-11\" value=\"11\">[^\n]* In <a href=\"#OP15\">OP15</a>, <a href=\"#OP16\">OP16</a>.</li>", page);
    }

    [Fact]
    public void Render_CarriesTheGraphOfCitationsAsData()
    {
        var page = HtmlPage.Render(seed);
        var json = Regex.Match(page, "<script type=\"application/json\" id=\"model\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(json);
        var links = data.RootElement.GetProperty("links").EnumerateArray().Select(l => (l[0].GetString()!, l[1].GetString()!)).ToList();
        var expected = seed.Parts.SelectMany(p => p.Citations.Select(c => (p.Id.Short, c.InstrumentId))).Distinct().ToList();
        Assert.Equal(expected, links);
        Assert.Equal(expected.Select(l => l.Item1).Distinct(), data.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(expected.Select(l => l.Item2).Distinct(), data.RootElement.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void Render_EscapesTextThatLooksLikeMarkup()
    {
        var text = TestData.ReplaceFirst(TestData.SeedText, "Encourages Member States", "Encourages <script>alert(1)</script> & Member States");
        var r = Resolutions.FromString(text, Fresh.Options());
        var page = HtmlPage.Render(r);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;", page, StringComparison.Ordinal);
        var part = r.OperativeParagraphs.Single(p => p.Text.Contains("<script>", StringComparison.Ordinal));
        Assert.Equal(part.Text, WordsOf(page, part));
    }

    [Fact]
    public void Render_LinksToTheIndexOnlyWhenGivenOne()
    {
        Assert.DoesNotContain("All resolutions", HtmlPage.Render(seed), StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"../a&amp;b.html\">All resolutions</a></p>", HtmlPage.Render(seed, "../a&b.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSite_WritesAPagePerResolutionAndAnIndex_WholeOrNotAtAll()
    {
        var target = Path.Combine(Path.GetTempPath(), $"res2006-site-{Guid.NewGuid():N}");
        var other = Resolutions.FromString(TestData.CorpusText("E-RES-2015-23.txt"), Fresh.Options() with { SourceName = "E-RES-2015-23.txt" });
        try
        {
            Assert.Equal(2, HtmlPage.WriteSite([seed, other], target));
            Assert.Equal(["E-RES-2006-27.html", "E-RES-2015-23.html", "index.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var index = File.ReadAllText(Path.Combine(target, "index.html"));
            Assert.Contains("<td><a href=\"E-RES-2006-27.html\">E/RES/2006/27</a></td>", index, StringComparison.Ordinal);
            Assert.Contains($"<td>2006-07-27</td><td>{seed.Preamble.Paragraphs.Count}</td><td>18</td><td>{seed.Asks().Count()}</td>", index, StringComparison.Ordinal);
            Assert.Contains("<p><a href=\"index.html\">All resolutions</a></p>", File.ReadAllText(Path.Combine(target, "E-RES-2015-23.html")), StringComparison.Ordinal);
            Assert.Throws<IOException>(() => HtmlPage.WriteSite([seed], target));
            Assert.Equal(2, Directory.GetFiles(target).Count(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.EndsWith("index.html", StringComparison.Ordinal)));
            Assert.Equal(1, HtmlPage.WriteSite([seed], target, overwrite: true));
            Assert.Equal(["E-RES-2006-27.html", "index.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    [Fact]
    public void Render_RefusesNull()
    {
        Assert.Equal("resolution", Assert.Throws<ArgumentNullException>(() => HtmlPage.Render(null!)).ParamName);
        Assert.Equal("pages", Assert.Throws<ArgumentNullException>(() => HtmlPage.RenderIndex(null!)).ParamName);
        Assert.Equal("resolutions", Assert.Throws<ArgumentNullException>(() => HtmlPage.WriteSite(null!, "x")).ParamName);
        Assert.Throws<ArgumentException>(() => HtmlPage.WriteSite([seed], ""));
    }
}
