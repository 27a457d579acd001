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

    // The graph's data the page carries for its script.
    private static string GraphJson(string page) =>
        Regex.Match(page, "<script type=\"application/json\" id=\"model\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    // The choices of a filter of the asks table, "any" apart.
    private static IEnumerable<string> Options(string page, string select) =>
        Regex.Matches(Regex.Match(page, $"<select id=\"{select}\"><option value=\"\">any</option>(.*?)</select>").Groups[1].Value, "<option>([^<]*)</option>")
            .Select(m => m.Groups[1].Value);

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

    [Theory]
    // Read off the texts: "The General Assembly," adopts 1472 (XIV); "Therefore the Security Council," resolution 4 of 29 April 1946.
    [InlineData("eosg", "A_RES_1472(XIV).txt", "<p class=\"meta\">General Assembly")]
    [InlineData("unsc", "S_RES_0004_1946.txt", "<p class=\"meta\">Security Council, adopted 29 April 1946. ")]
    public void Render_NamesTheOrganThatAdopted(string folder, string file, string meta)
    {
        var text = File.ReadAllText(Path.Combine(TestData.SharedPath, "corpus-dev", folder, file));
        var page = HtmlPage.Render(Resolutions.FromString(text, Fresh.Options() with { SourceName = file }));
        Assert.Contains(meta, page, StringComparison.Ordinal);
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
        Assert.Contains("data-class=\"directive\" data-strength=\"encouraging\" data-lemma=\"encourage\" title=\"encourage: directive, encouraging\">Encourages</span>", page, StringComparison.Ordinal);
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
        var json = GraphJson(page);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(json);
        var links = data.RootElement.GetProperty("links").EnumerateArray().Select(l => (l[0].GetString()!, l[1].GetString()!)).ToList();
        var expected = seed.Parts.SelectMany(p => p.Citations.Select(c => (p.Id.Short, c.InstrumentId))).Distinct().ToList();
        Assert.Equal(expected, links);
        Assert.Equal(expected.Select(l => l.Item1).Distinct(), data.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(expected.Select(l => l.Item2).Distinct(), data.RootElement.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    // Elements HTML leaves unclosed.
    private static readonly HashSet<string> Void = ["meta", "br", "hr", "img", "input", "link"];

    [Fact]
    public void Render_PrintsWellNestedMarkup_WhoseReferencesAllResolve()
    {
        foreach (var page in new[] { HtmlPage.Render(seed), HtmlPage.Render(Resolutions.FromString(TestData.CorpusText("E-RES-2015-23.txt"), Fresh.Options())) })
        {
            // Scripts and styles hold no markup of the page's own.
            var body = Regex.Replace(page, "<(script|style)([^>]*)>.*?</\\1>", "<$1$2></$1>", RegexOptions.Singleline);
            var open = new Stack<string>();
            foreach (Match tag in Regex.Matches(body, "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"))
            {
                var name = tag.Groups[2].Value.ToLowerInvariant();
                if (Void.Contains(name))
                {
                    continue;
                }
                if (tag.Groups[1].Value.Length == 0)
                {
                    open.Push(name);
                }
                else
                {
                    Assert.True(open.Count > 0 && open.Peek() == name, $"</{name}> at {tag.Index} closes <{(open.Count > 0 ? open.Peek() : "nothing")}>");
                    open.Pop();
                }
            }
            Assert.Empty(open);
            var ids = Regex.Matches(body, " id=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.DoesNotContain("", ids);
            var references = Regex.Matches(body, "(?:href=\"#|aria-labelledby=\"|aria-controls=\")([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
            Assert.All(references, r => Assert.Contains(r, ids));
        }
    }

    [Fact]
    public void Render_NamesItsSectionsAndColumns()
    {
        var page = HtmlPage.Render(seed);
        Assert.Contains("<title>E/RES/2006/27 - Strengthening international cooperation in preventing and combating trafficking in persons and protecting victims of such trafficking</title>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip\" href=\"#text\">Skip to the text</a>", page, StringComparison.Ordinal);
        Assert.Contains("<article id=\"text\" aria-label=\"The resolution as printed\">", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"formula\">The Economic and Social Council,</p>", page, StringComparison.Ordinal);
        foreach (var (id, heading) in new[] { ("asks", "Asks"), ("matrix", "Actors by strength"), ("graph", "Paragraphs and the instruments they cite"), ("instruments", "Instruments"), ("footnotes", "Footnotes") })
        {
            Assert.Contains($"<section id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{heading}</h2>", page, StringComparison.Ordinal);
        }
        Assert.Contains("<caption>Who is asked to do what, how strongly</caption>\n<thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Phrase</th><th scope=\"col\">Strength</th><th scope=\"col\">Addressee</th><th scope=\"col\">Instruments</th></tr></thead>", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Asks to each actor, by the strength of the phrase</caption>\n<thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">deciding</th><th scope=\"col\">requesting</th><th scope=\"col\">encouraging</th><th scope=\"col\">none</th><th scope=\"col\">unknown</th><th scope=\"col\">all</th></tr></thead>", page, StringComparison.Ordinal);
        // The asks filters list what the asks hold, in ordinal order.
        Assert.Equal(seed.Asks().Select(a => a.Addressee.ActorId).OfType<string>().Distinct().Order(StringComparer.Ordinal), Options(page, "f-actor"));
        Assert.Equal(seed.Asks().Select(a => PartMarkup.Name(a.Phrase.Class)).Distinct().Order(StringComparer.Ordinal), Options(page, "f-class"));
        // The matrix: the most asked first, ties by name.
        var rows = Regex.Matches(page, "<tr><th scope=\"row\">([^<]*)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(seed.Asks().GroupBy(a => a.Addressee.ActorId ?? a.Addressee.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key), rows);
    }

    [Fact]
    public void Render_OfThousandsOfInstruments_AllocatesForThePageNotForEachPairOfThem()
    {
        // 1,500 preambular paragraphs each citing a resolution of its own: each instrument's citations were gathered by
        // walking every part (some 600 MB here); now in one pass, a few times the page's own size.
        var text = "The Economic and Social Council,\n\n"
            + string.Concat(Enumerable.Range(1, 1_500).Select(i => $"Recalling its resolution {i}/{(i % 50) + 1},\n\n"))
            + "1. Requests the Secretary-General to act.\n";
        var r = Resolutions.FromString(text, Fresh.Options());
        Assert.Equal(1_500, r.Instruments.Count);
        HtmlPage.Render(seed); // the page's patterns and templates made before counting
        var before = GC.GetAllocatedBytesForCurrentThread();
        var page = HtmlPage.Render(r);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1_500, Count(page, "<div class=\"instrument\" id=\"instrument-"));
        Assert.Contains("<p>Cited in: <a href=\"#PP1500\">PP1500</a></p>", page, StringComparison.Ordinal);
        Assert.True(allocated < 20L * page.Length * sizeof(char), $"{allocated:N0} bytes allocated for a page of {page.Length:N0} characters");
    }

    [Fact]
    public void Render_GivesEachCitedInstrumentItsFactsAndCitations()
    {
        var page = HtmlPage.Render(seed);
        foreach (var instrument in seed.Instruments)
        {
            var citations = seed.Parts.SelectMany(p => p.Citations.Select(c => (Part: p, Citation: c))).Where(x => x.Citation.InstrumentId == instrument.Id).ToList();
            if (citations.Count == 0)
            {
                continue;
            }
            var block = Regex.Match(page, $"<div class=\"instrument\" id=\"instrument-{Regex.Escape(instrument.Id)}\" tabindex=\"-1\">\n(.*?)\n</div>\n", RegexOptions.Singleline).Groups[1].Value;
            Assert.StartsWith($"<h3>{WebUtility.HtmlEncode(instrument.ShortName.Length > 0 ? instrument.ShortName : instrument.Title)}</h3>\n<p>{WebUtility.HtmlEncode(instrument.Title)}</p>\n<dl>", block, StringComparison.Ordinal);
            Assert.Contains($"<dt>Source</dt><dd>{WebUtility.HtmlEncode(instrument.Provenance.Source)}</dd>", block, StringComparison.Ordinal);
            Assert.Contains($"<dt>Verified</dt><dd>{(instrument.Provenance.Verified ? "yes" : "no: reference data, not checked against the source")}</dd>", block, StringComparison.Ordinal);
            Assert.Equal(instrument.Adopted is not null, block.Contains($"<dt>Adopted</dt><dd>{WebUtility.HtmlEncode(instrument.Adopted ?? "")}</dd>", StringComparison.Ordinal));
            Assert.Equal(instrument.DocumentSymbol is not null, block.Contains($"<dt>Document</dt><dd>{WebUtility.HtmlEncode(instrument.DocumentSymbol ?? "")}</dd>", StringComparison.Ordinal));
            Assert.EndsWith("</dl>\n<p>Cited in: " + string.Join(", ", citations.Select(c => $"<a href=\"#{WebUtility.HtmlEncode(c.Part.Id.Short)}\">{WebUtility.HtmlEncode(c.Part.Id.Short)}</a>" + (c.Citation.Pinpoint is { } p ? $" ({WebUtility.HtmlEncode(p.Text)})" : ""))) + "</p>", block, StringComparison.Ordinal);
        }
        // The Trafficking Protocol entered into force on 25 December 2003 (the registry's fact).
        Assert.Contains("<dt>Entry into force</dt><dd>25 December 2003</dd>", page, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(GraphJson(page));
        foreach (var entry in data.RootElement.GetProperty("instruments").EnumerateArray())
        {
            var instrument = seed.FindInstrument(entry.GetProperty("id").GetString()!)!;
            Assert.Equal(instrument.ShortName.Length > 0 ? instrument.ShortName : instrument.Title, entry.GetProperty("name").GetString());
        }
        foreach (var footnote in seed.Footnotes.Where(f => f.Body is not null))
        {
            var body = footnote.Body!;
            Assert.Contains($"<li id=\"fn-{footnote.Number}\" value=\"{footnote.Number}\">{WebUtility.HtmlEncode(body.Text)} <span class=\"lemma\">({(body.Provenance.Verified ? "verified" : "not verified")}: {WebUtility.HtmlEncode(body.Provenance.Source)})</span> In ", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_NamesTheActorOfEachMarkAndOfEachAsk()
    {
        var page = HtmlPage.Render(seed);
        foreach (var mention in seed.Parts.SelectMany(p => p.ActorMentions).DistinctBy(m => m.ActorId))
        {
            var actor = seed.FindActor(mention.ActorId)!;
            Assert.Contains($"data-actor=\"{mention.ActorId}\" title=\"{actor.Id} ({PartMarkup.Name(actor.Kind)})\"", page, StringComparison.Ordinal);
        }
        foreach (var ask in seed.Asks())
        {
            Assert.Contains($"<td><a href=\"#{WebUtility.HtmlEncode(ask.Part.Short)}\">{WebUtility.HtmlEncode(ask.Part.Short)}</a></td><td>{WebUtility.HtmlEncode(ask.Phrase.Text)} <span class=\"lemma\">({ask.Phrase.Lemma})</span></td><td>{PartMarkup.Name(ask.Phrase.Strength)}</td><td>{WebUtility.HtmlEncode(ask.Addressee.Text)}", page, StringComparison.Ordinal);
        }
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
    public void WriteSite_OverAFile_ReplacesItOnlyWhenAsked()
    {
        var target = Path.Combine(Path.GetTempPath(), $"res2006-site-{Guid.NewGuid():N}");
        File.WriteAllText(target, "a file where the folder is to go");
        try
        {
            Assert.Throws<IOException>(() => HtmlPage.WriteSite([seed], target));
            Assert.True(File.Exists(target));
            Assert.Equal(1, HtmlPage.WriteSite([seed], target, overwrite: true));
            Assert.False(File.Exists(target));
            Assert.Equal(["E-RES-2006-27.html", "index.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            File.Delete(target);
        }
    }

    [Fact]
    public void RenderIndex_ListsEachResolutionWithItsCounts_ByItsSourceWhereItHasNoSymbol()
    {
        // Without its masthead and title the text names no resolution: the index and the page fall back to the source's name.
        var bare = TestData.SeedText[TestData.SeedText.IndexOf(" The Economic and Social Council,", StringComparison.Ordinal)..];
        var unnamed = Resolutions.FromString(bare, Fresh.Options() with { SourceName = "bare <1>.txt" });
        Assert.Equal("", unnamed.Symbol);
        Assert.Null(unnamed.Title);
        var index = HtmlPage.RenderIndex([(seed, "a.html"), (unnamed, "b.html")]);
        Assert.Contains("<title>Resolutions</title>", index, StringComparison.Ordinal);
        Assert.Contains("<h1>Resolutions</h1>", index, StringComparison.Ordinal);
        Assert.Contains("<caption>Each resolution, its paragraphs, asks and citations</caption>\n<thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Adopted</th><th scope=\"col\">Preambular</th><th scope=\"col\">Operative</th><th scope=\"col\">Asks</th><th scope=\"col\">Citations</th></tr></thead>", index, StringComparison.Ordinal);
        var rows = Regex.Matches(index, "<tr><td>(.*?)</td></tr>\n").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal($"<a href=\"a.html\">E/RES/2006/27</a></td><td>{WebUtility.HtmlEncode(seed.Title!.Text)}</td><td>2006-07-27</td><td>{seed.Preamble.Paragraphs.Count}</td><td>18</td><td>{seed.Asks().Count()}</td><td>{seed.Parts.Sum(p => p.Citations.Count)}", rows[0]);
        Assert.Equal($"<a href=\"b.html\">bare &lt;1&gt;.txt</a></td><td></td><td>{unnamed.AdoptionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{unnamed.Preamble.Paragraphs.Count}</td><td>18</td><td>{unnamed.Asks().Count()}</td><td>{unnamed.Parts.Sum(p => p.Citations.Count)}", rows[1]);
        var page = HtmlPage.Render(unnamed);
        Assert.Contains("<h1>bare &lt;1&gt;.txt</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<title>bare &lt;1&gt;.txt</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"title\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrintsEachOperativeHeadingAboveItsParagraph_AndNoDateWhereNoneIsPrinted()
    {
        // Two headings over the operative paragraphs, and closing lines with a meeting and no date.
        var text = ShortResolution.Text("Prevention of trafficking", "1. Urges Member States to act;", "Protection of victims", "2. Requests the Secretary-General to report.")
            .Replace("27 July 2099\n", "", StringComparison.Ordinal);
        var r = Resolutions.FromString(text, Fresh.Options());
        var page = HtmlPage.Render(r);
        var first = page.IndexOf("<h2 class=\"heading\">Prevention of trafficking</h2>\n", StringComparison.Ordinal);
        var second = page.IndexOf("<h2 class=\"heading\">Protection of victims</h2>\n", StringComparison.Ordinal);
        Assert.InRange(first, 0, page.IndexOf("id=\"OP1\"", StringComparison.Ordinal));
        Assert.InRange(second, page.IndexOf("id=\"OP1\"", StringComparison.Ordinal), page.IndexOf("id=\"OP2\"", StringComparison.Ordinal));
        Assert.Contains("<p class=\"meta\">Economic and Social Council. 1 preambular and 2 operative paragraphs, ", page, StringComparison.Ordinal);
        Assert.Contains("</a></td><td>A title</td><td></td><td>1</td><td>2</td>", HtmlPage.RenderIndex([(r, "r.html")]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsAnAskToAnAddresseeTheRegistryDoesNotKnow_WithoutAnId()
    {
        var r = Resolutions.FromString(ShortResolution.Text("1. Urges the Widget Council to act."), Fresh.Options());
        var addressee = Assert.Single(r.Asks()).Addressee;
        Assert.Equal(("the Widget Council", null), (addressee.Text, addressee.ActorId));
        var page = HtmlPage.Render(r);
        Assert.Contains("<tr data-actor=\"\" data-class=\"directive\" data-strength=\"", page, StringComparison.Ordinal);
        Assert.Contains("</span></td><td>requesting</td><td>the Widget Council</td><td></td></tr>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SaysWhereAFootnotesBodyIsNotInTheText()
    {
        // A/RES/70/179 prints its footnote markers, not their bodies.
        var r = Resolutions.FromString(TestData.CorpusText("A-RES-70-179.txt"), Fresh.Options());
        Assert.NotEmpty(r.Footnotes);
        var page = HtmlPage.Render(r);
        foreach (var f in r.Footnotes)
        {
            Assert.Null(f.Body);
            Assert.Contains($"<li id=\"fn-{f.Number}\" value=\"{f.Number}\"><span class=\"lemma\">The body is not in the source text.</span> In <a href=\"#{f.PartIds[0]}\">", page, StringComparison.Ordinal);
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
