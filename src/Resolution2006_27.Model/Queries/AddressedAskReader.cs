using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Queries;

/// <summary>Reads the asks out of a resolution's operative part.</summary>
internal static class AddressedAskReader
{
    public static IEnumerable<AddressedAsk> Read(Resolution resolution)
    {
        foreach (var paragraph in resolution.OperativeParagraphs)
        {
            for (var i = 0; i < paragraph.Asks.Count; i++)
            {
                var ask = paragraph.Asks[i];
                var next = i + 1 < paragraph.Asks.Count ? paragraph.Asks[i + 1] : null;
                var chapeau = After(paragraph.Text, ask, next);
                var leaves = Leaves(paragraph.SubParagraphs, []).ToList();
                if (leaves.Count == 0)
                {
                    foreach (var addressed in Make(resolution, paragraph, ask, [paragraph], chapeau, null, embedded: false))
                    {
                        yield return addressed;
                    }
                    continue;
                }
                foreach (var (leaf, above) in leaves)
                {
                    var context = Chapeau(above.Select(p => p.Text).Prepend(chapeau));
                    foreach (var addressed in Make(resolution, paragraph, ask, [paragraph, .. above, leaf], Trim(leaf.Text), context, embedded: false))
                    {
                        yield return addressed;
                    }
                }
            }
            foreach (var (item, above) in All(paragraph.SubParagraphs, []))
            {
                foreach (var ask in item.Asks)
                {
                    var context = Chapeau(above.Select(p => p.Text).Prepend(paragraph.Asks.Count > 0 ? After(paragraph.Text, paragraph.Asks[0], null) : paragraph.Text));
                    foreach (var addressed in Make(resolution, paragraph, ask, [paragraph, .. above, item], After(item.Text, ask, null), context, embedded: true))
                    {
                        yield return addressed;
                    }
                }
            }
        }
    }

    private static IEnumerable<AddressedAsk> Make(Resolution resolution, OperativeParagraph paragraph, Ask ask, IReadOnlyList<Part> scope, string action, string? chapeau, bool embedded)
    {
        var where = scope[^1];
        var hedges = scope.SelectMany(HedgeFinder.Find).ToValueList();
        var citations = scope.SelectMany(p => p.Citations).ToValueList();
        var mentioned = scope.SelectMany(p => p.ActorMentions.Select(m => m.ActorId)).Concat(ask.Addressees.Select(a => a.ActorId).OfType<string>()).Distinct().ToValueList();
        foreach (var addressee in ask.Addressees)
        {
            // An addressee the registry does not know is named by its words; its id here is made of them, and says so.
            var actor = (addressee.ActorId is { } id ? resolution.FindActor(id) : null)
                ?? new Actor(
                    addressee.ActorId ?? Parsing.EntityIndex.IdForSymbol(addressee.Text), addressee.Text, ActorKind.Other, ValueList<string>.Empty, ValueList<string>.Empty, null,
                    new Registry.Provenance(addressee.ActorId is null ? "not in the registry: the addressee's words as printed" : "not in the resolution's actors", false));
            yield return new AddressedAsk(
                resolution.Symbol, where.Id, paragraph.Number, UnCitation.Of(where.Id), ask.Phrase, addressee, actor, embedded,
                action, chapeau, hedges, citations, mentioned);
        }
    }

    /// <summary>The words of <paramref name="text"/> after the ask's addressees, up to the next ask in the same text.</summary>
    private static string After(string text, Ask ask, Ask? next)
    {
        var phraseAt = text.IndexOf(ask.Phrase.Text, StringComparison.Ordinal);
        var last = ask.Addressees[^1].Text;
        var addresseeAt = phraseAt < 0 ? -1 : text.IndexOf(last, phraseAt, StringComparison.Ordinal);
        var start = addresseeAt < 0 ? 0 : addresseeAt + last.Length;
        var end = next is null ? text.Length : text.IndexOf(next.Phrase.Text, start, StringComparison.Ordinal);
        return Trim(text[start..(end < start ? text.Length : end)]);
    }

    /// <summary>The words above an item joined, or null when they say nothing but a colon.</summary>
    private static string? Chapeau(IEnumerable<string> texts)
    {
        var joined = string.Join(" ", texts.Where(t => t.Trim(' ', ':').Length > 0)).Trim();
        return joined.Length == 0 ? null : joined;
    }

    // Closing punctuation and a dangling conjunction belong to the list, not to the ask.
    private static string Trim(string text)
    {
        // A leading comma is left by an apposition after the addressee ("UNODC, within the framework of ...").
        var trimmed = text.Trim().TrimStart(',', ';', ' ').TrimEnd(';', ',', '.');
        foreach (var tail in new[] { " and", " or", ", and", "; and" })
        {
            if (trimmed.EndsWith(tail, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^tail.Length];
            }
        }
        return trimmed.Trim().TrimEnd(';', ',');
    }

    private static IEnumerable<(SubParagraph Leaf, List<SubParagraph> Above)> Leaves(IEnumerable<SubParagraph> items, List<SubParagraph> above)
    {
        foreach (var item in items)
        {
            if (item.SubParagraphs.Count == 0)
            {
                yield return (item, above);
            }
            foreach (var inner in Leaves(item.SubParagraphs, [.. above, item]))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(SubParagraph Item, List<SubParagraph> Above)> All(IEnumerable<SubParagraph> items, List<SubParagraph> above)
    {
        foreach (var item in items)
        {
            yield return (item, above);
            foreach (var inner in All(item.SubParagraphs, [.. above, item]))
            {
                yield return inner;
            }
        }
    }
}
