using System.Text;
using System.Text.Json;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;
using static Resolution2006_27.Model.Html.PartMarkup;

namespace Resolution2006_27.Model.Html;

/// <summary>
/// A self-contained HTML page of a resolution: the text as printed with its phrases (by class and strength),
/// addressees, actors, citations and footnote markers marked; beside it the asks as a table that filters, an
/// actor by strength matrix, a graph of paragraphs and the instruments they cite (SVG drawn by the page's own
/// script from the data it carries), the instruments with their facts and provenance, and the footnotes. No
/// network: styles and script are inline; it works from <c>file://</c> and prints. Every part is reachable by its
/// short id (<c>page.html#OP3(b)(ii)</c>) and by its eId.
/// </summary>
public static class HtmlPage
{
    /// <summary>The page of <paramref name="resolution"/>.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <param name="index">The address of the corpus index to link back to, or null for a page on its own.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Render(Resolution resolution, string? index = null)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var r = resolution;
        var asks = r.Asks().ToList();
        var html = new StringBuilder();
        var title = r.Symbol.Length > 0 ? r.Symbol : r.Source.Name;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Attr(title + (r.Title is { } t ? " - " + t.Text : ""))).Append("</title>\n<style>\n")
            .Append(EmbeddedResources.ReadText(EmbeddedResources.PageStyle)).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#text\">Skip to the text</a>\n<header>\n");
        if (index is not null)
        {
            html.Append("<p><a href=\"").Append(Attr(index)).Append("\">All resolutions</a></p>\n");
        }
        html.Append("<h1>").Append(Attr(title)).Append("</h1>\n");
        if (r.Title is { } heading)
        {
            html.Append("<p class=\"title\">").Append(Attr(heading.Text)).Append("</p>\n");
        }
        html.Append("<p class=\"meta\">").Append(Attr(Organs(r.OrganId)))
            .Append(r.AdoptionDate is { } date ? ", adopted " + date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "")
            .Append(". ").Append(r.Preamble.Paragraphs.Count).Append(" preambular and ").Append(r.OperativeParagraphs.Count).Append(" operative paragraphs, ")
            .Append(asks.Count).Append(" asks, ").Append(r.Parts.Sum(p => p.Citations.Count)).Append(" citations.</p>\n");
        Legend(html);
        html.Append("</header>\n<main>\n<article id=\"text\" aria-label=\"The resolution as printed\">\n");
        if (r.Preamble.EnactingFormula is { } formula)
        {
            html.Append("<p class=\"formula\">").Append(Attr(formula.Text)).Append("</p>\n");
        }
        foreach (var paragraph in r.Preamble.Paragraphs)
        {
            Part(html, r, paragraph, "pp", "");
        }
        foreach (var paragraph in r.OperativeParagraphs)
        {
            if (paragraph.Heading is { } h)
            {
                html.Append("<h2 class=\"heading\">").Append(Attr(h.Text)).Append("</h2>\n");
            }
            Part(html, r, paragraph, "op", paragraph.PrintedLabel);
        }
        html.Append("</article>\n<aside aria-label=\"Asks, actors, instruments and footnotes\">\n");
        AsksTable(html, r, asks);
        Matrix(html, asks);
        html.Append("<section id=\"graph\" aria-labelledby=\"graph-h\">\n<h2 id=\"graph-h\">Paragraphs and the instruments they cite</h2>\n")
            .Append("<p class=\"lemma\">Each paragraph on the left is linked to the instruments it cites on the right; the same links are listed under Instruments.</p>\n<div id=\"graph-box\"></div>\n</section>\n");
        Instruments(html, r);
        Footnotes(html, r);
        html.Append("</aside>\n</main>\n<script type=\"application/json\" id=\"model\">").Append(GraphData(r)).Append("</script>\n<script>\n")
            .Append(EmbeddedResources.ReadText(EmbeddedResources.PageScript)).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes a page for each resolution (named after its source file) and <c>index.html</c> linking them into
    /// <paramref name="directory"/>, whole or not at all: in a temporary folder beside it, moved into place at the end.
    /// </summary>
    /// <param name="resolutions">The resolutions, in the order the index lists them.</param>
    /// <param name="directory">The folder to write; an existing one is replaced only with <paramref name="overwrite"/>.</param>
    /// <param name="overwrite">Replace the folder if it exists.</param>
    /// <returns>The number of pages written, the index apart.</returns>
    /// <exception cref="IOException">The folder exists and <paramref name="overwrite"/> is false, or a file cannot be written.</exception>
    public static int WriteSite(IEnumerable<Resolution> resolutions, string directory, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return WholeFolder.Write(directory, overwrite, folder =>
        {
            var pages = new List<(Resolution, string)>();
            foreach (var resolution in resolutions)
            {
                var name = Path.GetFileNameWithoutExtension(resolution.Source.Name) + ".html";
                File.WriteAllText(Path.Combine(folder, name), Render(resolution, "index.html"));
                pages.Add((resolution, name));
            }
            File.WriteAllText(Path.Combine(folder, "index.html"), RenderIndex(pages));
            return pages.Count;
        });
    }

    /// <summary>An index page of a corpus: each resolution with its counts, linked to its page.</summary>
    /// <param name="pages">Each resolution and the address of its page.</param>
    /// <returns>The whole HTML document.</returns>
    public static string RenderIndex(IEnumerable<(Resolution Resolution, string Href)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Resolutions</title>\n<style>\n");
        html.Append(EmbeddedResources.ReadText(EmbeddedResources.PageStyle)).Append("</style>\n</head>\n<body>\n<main class=\"index\">\n<h1>Resolutions</h1>\n")
            .Append("<table class=\"data\">\n<caption>Each resolution, its paragraphs, asks and citations</caption>\n<thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Adopted</th><th scope=\"col\">Preambular</th><th scope=\"col\">Operative</th><th scope=\"col\">Asks</th><th scope=\"col\">Citations</th></tr></thead>\n<tbody>\n");
        foreach (var (r, href) in pages)
        {
            html.Append("<tr><td><a href=\"").Append(Attr(href)).Append("\">").Append(Attr(r.Symbol.Length > 0 ? r.Symbol : r.Source.Name)).Append("</a></td><td>")
                .Append(Attr(r.Title?.Text ?? "")).Append("</td><td>").Append(r.AdoptionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "")
                .Append("</td><td>").Append(r.Preamble.Paragraphs.Count).Append("</td><td>").Append(r.OperativeParagraphs.Count)
                .Append("</td><td>").Append(r.Asks().Count()).Append("</td><td>").Append(r.Parts.Sum(p => p.Citations.Count)).Append("</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").ToString();
    }

    private static string Organs(string organId) => organId switch
    {
        "ecosoc" => "Economic and Social Council",
        "general-assembly" => "General Assembly",
        "security-council" => "Security Council",
        _ => organId,
    };

    private static void Legend(StringBuilder html) => html.Append(
        "<details class=\"legend\"><summary>How the text is marked</summary><ul>\n" +
        "<li><span class=\"phrase directive s-deciding\">Decides</span>, <span class=\"phrase directive s-requesting\">Requests</span>, <span class=\"phrase directive s-encouraging\">Invites</span>, <span class=\"phrase observing s-none\">Recalling</span>: phrases, in bold; the underline says the strength (double: deciding, solid: requesting, dashed: encouraging, dotted: none), the colour the class.</li>\n" +
        "<li><span class=\"addressee\">Member States</span>: who is asked, boxed; focus or hover names the actor and its kind.</li>\n" +
        "<li><span class=\"actor\">the Office</span>: another actor named, underlined with dots.</li>\n" +
        "<li><a class=\"citation\" href=\"#instruments\">the Convention</a>: a citation, linked to the instrument.</li>\n" +
        "<li><sup class=\"marker\">6</sup>: a footnote marker, linked to the footnote.</li>\n</ul></details>\n");

    private static void Part(StringBuilder html, Resolution r, Part part, string kind, string label)
    {
        html.Append("<div class=\"part ").Append(kind).Append("\" id=\"").Append(Attr(part.Id.Short)).Append("\">")
            .Append("<span id=\"").Append(Attr(part.Id.EId)).Append("\"></span>")
            .Append("<a class=\"pid\" href=\"#").Append(Attr(part.Id.Short)).Append("\" aria-label=\"link to ").Append(Attr(part.Id.Short)).Append("\">").Append(Attr(part.Id.Short)).Append("</a> ");
        if (label.Length > 0)
        {
            html.Append("<span class=\"num\">").Append(Attr(label)).Append("</span> ");
        }
        html.Append("<span class=\"words\">").Append(PartMarkup.Render(part, r)).Append("</span>\n");
        foreach (var item in PartContents.Items(part))
        {
            Part(html, r, item, "item", item.PrintedLabel);
        }
        html.Append("</div>\n");
    }

    private static void AsksTable(StringBuilder html, Resolution r, List<AddressedAsk> asks)
    {
        html.Append("<section id=\"asks\" aria-labelledby=\"asks-h\">\n<h2 id=\"asks-h\">Asks</h2>\n<form class=\"filters\" aria-controls=\"asks-table\">\n")
            .Append("<label>Actor <select id=\"f-actor\"><option value=\"\">any</option>");
        foreach (var actor in asks.Select(a => a.Addressee.ActorId ?? "").Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal))
        {
            html.Append("<option>").Append(Attr(actor)).Append("</option>");
        }
        html.Append("</select></label>\n<label>Class <select id=\"f-class\"><option value=\"\">any</option>");
        foreach (var c in asks.Select(a => Name(a.Phrase.Class)).Distinct().Order(StringComparer.Ordinal))
        {
            html.Append("<option>").Append(Attr(c)).Append("</option>");
        }
        html.Append("</select></label>\n<label>At least <select id=\"f-strength\"><option value=\"-1\">any strength</option><option value=\"1\">encouraging</option><option value=\"2\">requesting</option><option value=\"3\">deciding</option></select></label>\n")
            .Append("<output id=\"asks-count\" aria-live=\"polite\">").Append(asks.Count).Append(" of ").Append(asks.Count).Append(" asks</output>\n</form>\n")
            .Append("<table class=\"data\" id=\"asks-table\">\n<caption>Who is asked to do what, how strongly</caption>\n<thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Phrase</th><th scope=\"col\">Strength</th><th scope=\"col\">Addressee</th><th scope=\"col\">Instruments</th></tr></thead>\n<tbody>\n");
        foreach (var a in asks)
        {
            var strength = Name(a.Phrase.Strength);
            html.Append("<tr data-actor=\"").Append(Attr(a.Addressee.ActorId ?? "")).Append("\" data-class=\"").Append(Name(a.Phrase.Class))
                .Append("\" data-strength=\"").Append((int)a.Phrase.Strength).Append("\"><td><a href=\"#").Append(Attr(a.Part.Short)).Append("\">").Append(Attr(a.Part.Short)).Append("</a></td><td>")
                .Append(Attr(a.Phrase.Text)).Append(" <span class=\"lemma\">(").Append(Attr(a.Phrase.Lemma)).Append(")</span></td><td>").Append(strength).Append("</td><td>")
                .Append(Attr(a.Addressee.Text)).Append(a.Addressee.ActorId is { } id ? $" <span class=\"lemma\">({Attr(id)}, {Name(a.Actor.Kind)})</span>" : "").Append("</td><td>")
                .Append(Attr(string.Join(", ", a.Citations.Select(c => c.InstrumentId).Distinct()))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static readonly Phrases.Strength[] Strengths = [Phrases.Strength.Deciding, Phrases.Strength.Requesting, Phrases.Strength.Encouraging, Phrases.Strength.None, Phrases.Strength.Unknown];

    private static void Matrix(StringBuilder html, List<AddressedAsk> asks)
    {
        html.Append("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Actors by strength</h2>\n<table class=\"data\">\n<caption>Asks to each actor, by the strength of the phrase</caption>\n<thead><tr><th scope=\"col\">Actor</th>");
        foreach (var s in Strengths)
        {
            html.Append("<th scope=\"col\">").Append(Name(s)).Append("</th>");
        }
        html.Append("<th scope=\"col\">all</th></tr></thead>\n<tbody>\n");
        foreach (var group in asks.GroupBy(a => a.Addressee.ActorId ?? a.Addressee.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><th scope=\"row\">").Append(Attr(group.Key)).Append("</th>");
            foreach (var s in Strengths)
            {
                html.Append("<td>").Append(group.Count(a => a.Phrase.Strength == s)).Append("</td>");
            }
            html.Append("<td>").Append(group.Count()).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Instruments(StringBuilder html, Resolution r)
    {
        html.Append("<section id=\"instruments\" aria-labelledby=\"instruments-h\">\n<h2 id=\"instruments-h\">Instruments</h2>\n");
        // Each instrument's citations in document order, gathered in one pass: walking every part for each instrument
        // cost a resolution of thousands of citations their number for each.
        var citedBy = r.Parts.SelectMany(p => p.Citations.Select(c => (Part: p, Citation: c))).ToLookup(x => x.Citation.InstrumentId, StringComparer.Ordinal);
        foreach (var i in r.Instruments)
        {
            var citations = citedBy[i.Id].ToList();
            if (citations.Count == 0)
            {
                continue;
            }
            html.Append("<div class=\"instrument\" id=\"instrument-").Append(Attr(i.Id)).Append("\" tabindex=\"-1\">\n<h3>").Append(Attr(i.ShortName.Length > 0 ? i.ShortName : i.Title)).Append("</h3>\n<p>")
                .Append(Attr(i.Title)).Append("</p>\n<dl>");
            Fact(html, "Adopted", i.Adopted);
            Fact(html, "Entry into force", i.EntryIntoForce?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
            Fact(html, "Treaty Series", i.TreatySeries is { } ts ? $"United Nations, Treaty Series, vol. {ts.Volume}" + (ts.Page is { } page ? $", p. {page}" : "") + $", No. {ts.Number}" : null);
            Fact(html, "Document", i.DocumentSymbol);
            Fact(html, "Source", i.Provenance.Source);
            Fact(html, "Verified", i.Provenance.Verified ? "yes" : "no: reference data, not checked against the source");
            html.Append("</dl>\n<p>Cited in: ");
            html.AppendJoin(", ", citations.Select(c => $"<a href=\"#{Attr(c.Part.Id.Short)}\">{Attr(c.Part.Id.Short)}</a>" + (c.Citation.Pinpoint is { } p ? $" ({Attr(p.Text)})" : "")));
            html.Append("</p>\n</div>\n");
        }
        html.Append("</section>\n");
    }

    private static void Fact(StringBuilder html, string name, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(name).Append("</dt><dd>").Append(Attr(value)).Append("</dd>");
        }
    }

    private static void Footnotes(StringBuilder html, Resolution r)
    {
        if (r.Footnotes.Count == 0)
        {
            return;
        }
        html.Append("<section id=\"footnotes\" aria-labelledby=\"footnotes-h\">\n<h2 id=\"footnotes-h\">Footnotes</h2>\n<ol>\n");
        foreach (var f in r.Footnotes)
        {
            html.Append("<li id=\"fn-").Append(f.Number).Append("\" value=\"").Append(f.Number).Append("\">")
                .Append(f.Body is { } b ? Attr(b.Text) + $" <span class=\"lemma\">({(b.Provenance.Verified ? "verified" : "not verified")}: {Attr(b.Provenance.Source)})</span>" : "<span class=\"lemma\">The body is not in the source text.</span>")
                .Append(" In ").AppendJoin(", ", f.PartIds.Select(p => $"<a href=\"#{Attr(p)}\">{Attr(p)}</a>")).Append(".</li>\n");
        }
        html.Append("</ol>\n</section>\n");
    }

    // The graph's data: paragraphs that cite, instruments cited, and the links; "<" escaped so the JSON cannot end the script.
    private static string GraphData(Resolution r)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            var links = r.Parts.SelectMany(p => p.Citations.Select(c => (Part: p.Id.Short, c.InstrumentId))).Distinct().ToList();
            json.WriteStartObject();
            json.WriteStartArray("parts");
            foreach (var part in links.Select(l => l.Part).Distinct())
            {
                json.WriteStringValue(part);
            }
            json.WriteEndArray();
            json.WriteStartArray("instruments");
            foreach (var id in links.Select(l => l.InstrumentId).Distinct())
            {
                var instrument = r.FindInstrument(id);
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", instrument is null ? id : instrument.ShortName.Length > 0 ? instrument.ShortName : instrument.Title);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var (part, instrument) in links)
            {
                json.WriteStartArray();
                json.WriteStringValue(part);
                json.WriteStringValue(instrument);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
