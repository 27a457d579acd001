using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Parts;

/// <summary>
/// What a part holds, whatever its kind: its items, the asks it opens, the phrases and addressees it prints.
/// One place for the switch over part kinds that the dataset and the page both need.
/// </summary>
internal static class PartContents
{
    /// <summary>The items directly under a part.</summary>
    public static ValueList<SubParagraph> Items(Part part) => part switch
    {
        PreambularParagraph p => p.SubParagraphs,
        OperativeParagraph o => o.SubParagraphs,
        SubParagraph s => s.SubParagraphs,
        _ => ValueList<SubParagraph>.Empty,
    };

    /// <summary>The asks a part opens itself (an operative paragraph's, or an item's own).</summary>
    public static ValueList<Ask> Asks(Part part) => part switch
    {
        OperativeParagraph o => o.Asks,
        SubParagraph s => s.Asks,
        _ => ValueList<Ask>.Empty,
    };

    /// <summary>The phrases a part prints, each once: preambular phrases, an operative phrase and every phrase that asks.</summary>
    public static IEnumerable<Phrase> Phrases(Part part) => (part switch
    {
        PreambularParagraph p => p.Phrases.AsEnumerable(),
        OperativeParagraph o => (o.Phrase is { } lead ? [lead] : Enumerable.Empty<Phrase>()).Concat(o.Asks.Select(a => a.Phrase)),
        _ => Asks(part).Select(a => a.Phrase),
    }).DistinctBy(p => p.TextOffset);

    /// <summary>The addressees a part prints, each once.</summary>
    public static IEnumerable<Addressee> Addressees(Part part) =>
        (part is OperativeParagraph o ? o.Addressees : ValueList<Addressee>.Empty)
            .Concat(Asks(part).SelectMany(a => a.Addressees)).DistinctBy(a => a.TextOffset);
}
