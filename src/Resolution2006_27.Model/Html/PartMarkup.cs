using System.Net;
using System.Text;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Html;

/// <summary>
/// A part's text as HTML with its phrases, addressees, actor mentions, citations and footnote markers marked up.
/// Marks nest where the text nests them (a mention inside an addressee); one that would cross another is left
/// out, so the words are always the resolution's, in order, and copy as such.
/// </summary>
internal static class PartMarkup
{
    private sealed record Mark(int Start, int End, int Rank, string Open, string Close);

    public static string Render(Part part, Resolution resolution)
    {
        var text = part.Text;
        var marks = new List<Mark>();
        foreach (var phrase in PartContents.Phrases(part))
        {
            var strength = Name(phrase.Strength);
            marks.Add(new(phrase.TextOffset, phrase.TextOffset + phrase.Text.Length, 1,
                $"<span class=\"phrase {Name(phrase.Class)} s-{strength}\" data-class=\"{Name(phrase.Class)}\" data-strength=\"{strength}\" data-lemma=\"{Attr(phrase.Lemma)}\" title=\"{Attr($"{phrase.Lemma}: {Name(phrase.Class)}, {strength}")}\">",
                "</span>"));
        }
        foreach (var addressee in PartContents.Addressees(part))
        {
            var actor = addressee.ActorId is { } id ? resolution.FindActor(id) : null;
            var label = actor is null ? "not in the registry" : $"{actor.Id} ({Name(actor.Kind)})";
            marks.Add(new(addressee.TextOffset, addressee.TextOffset + addressee.Text.Length, 2,
                $"<span class=\"addressee\" tabindex=\"0\" data-actor=\"{Attr(addressee.ActorId ?? "")}\" title=\"{Attr("addressee: " + label)}\" aria-label=\"{Attr($"{addressee.Text}, addressee: {label}")}\">",
                "</span>"));
        }
        foreach (var mention in part.ActorMentions)
        {
            var actor = resolution.FindActor(mention.ActorId);
            var label = actor is null ? mention.ActorId : $"{actor.Id} ({Name(actor.Kind)})";
            marks.Add(new(mention.TextOffset, mention.TextOffset + mention.Text.Length, 3,
                $"<span class=\"actor\" tabindex=\"0\" data-actor=\"{Attr(mention.ActorId)}\" title=\"{Attr(label)}\" aria-label=\"{Attr($"{mention.Text}, actor: {label}")}\">",
                "</span>"));
        }
        foreach (var citation in part.Citations)
        {
            var pinpoint = citation.Pinpoint is { } p ? $", {p.Text}" : "";
            marks.Add(new(citation.TextOffset, citation.TextOffset + citation.Text.Length, 4,
                $"<a class=\"citation\" href=\"#instrument-{Attr(citation.InstrumentId)}\" data-instrument=\"{Attr(citation.InstrumentId)}\" title=\"{Attr(citation.InstrumentId + pinpoint)}\">",
                "</a>"));
        }
        foreach (var marker in part.FootnoteMarkers)
        {
            marks.Add(new(marker.TextOffset, marker.TextOffset, 5,
                $"<sup class=\"marker\"><a href=\"#fn-{marker.Number}\" id=\"{Attr(marker.EId)}\" aria-label=\"footnote {marker.Number}\">{marker.Number}</a></sup>", ""));
        }
        return Nest(text, marks);
    }

    // Marks opened longest first at the same place, closed in reverse; a mark that would cross an open one is left out.
    private static string Nest(string text, List<Mark> marks)
    {
        var kept = new List<Mark>();
        foreach (var mark in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start <= m.End).OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Rank))
        {
            if (kept.All(k => k.End <= mark.Start || k.Start >= mark.End || (k.Start <= mark.Start && mark.End <= k.End) || mark.Start == mark.End))
            {
                kept.Add(mark);
            }
        }
        var html = new StringBuilder();
        var open = new Stack<Mark>();
        var at = 0;
        foreach (var mark in kept)
        {
            Close(mark.Start);
            html.Append(WebUtility.HtmlEncode(text[at..mark.Start]));
            at = mark.Start;
            html.Append(mark.Open);
            if (mark.End > mark.Start)
            {
                open.Push(mark);
            }
        }
        Close(text.Length);
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();

        void Close(int upTo)
        {
            while (open.Count > 0 && open.Peek().End <= upTo)
            {
                var done = open.Pop();
                html.Append(WebUtility.HtmlEncode(text[at..done.End])).Append(done.Close);
                at = done.End;
            }
        }
    }

    public static string Attr(string value) => WebUtility.HtmlEncode(value);

    public static string Name<T>(T value)
        where T : struct, Enum => Serialization.EnumNames<T>.Of(value) ?? value.ToString();
}
