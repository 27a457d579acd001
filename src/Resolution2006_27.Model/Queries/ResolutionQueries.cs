using System.Text.RegularExpressions;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Caching;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Queries;

/// <summary>Queries over any resolution the library loads: asks, mandates, citations, and their summaries.</summary>
public static class ResolutionQueries
{
    private static readonly TieredRegex Recipient = new(@"\b(?:to|with)\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    private static readonly TieredRegex Report = new(@"\b(?:to report|to submit (?:\w+ ){0,3}reports?|to present (?:\w+ ){0,3}reports?|to include [^;]*? in (?:his|her|its|the) (?:\w+ )?report)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex When = new(@"\b(?:at its [a-z-]+(?: [a-z-]+)? session|at (?:the|its) [a-z-]+(?: [a-z-]+)? session of the [A-Z][A-Za-z ]+?(?=[,;.]| and )|in \d{4}|by \d{1,2} [A-Z][a-z]+ \d{4}|annually|biennially|on an annual basis)", RegexOptions.CultureInvariant);

    // A resolution is immutable: its asks and citations are read once, on first use.
    private static readonly PerResolution<AddressedAsk[]> AskCache = new(r => [.. AddressedAskReader.Read(r)]);
    private static readonly PerResolution<CitationRow[]> CitationCache = new(r => [.. r.Parts.SelectMany(p => p.Citations.Select(c => new CitationRow(
        r.Symbol, p.Id, UnCitation.Of(p.Id), c,
        r.FindInstrument(c.InstrumentId) ?? throw new InvalidOperationException($"Citation {c.Id} names '{c.InstrumentId}', which the resolution does not list; run Validate()."))))]);

    /// <summary>Every ask, in document order: one per addressee and per innermost item, plus the asks items open themselves. Read once per resolution.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The asks.</returns>
    public static IEnumerable<AddressedAsk> Asks(this Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return AskCache.Of(resolution).AsEnumerable();
    }

    /// <summary>The mandates: asks to entities of the Secretariat (and their parts), reporting mandates told apart.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The mandates, in document order.</returns>
    public static IEnumerable<Mandate> Mandates(this Resolution resolution) =>
        resolution.Asks().Where(a => InSecretariat(resolution, a.Actor)).Select(a =>
        {
            var words = $"{a.Chapeau} {a.Action}";
            var report = Report.Match(words);
            if (!report.Success)
            {
                return new Mandate(a, false, ValueList<string>.Empty, null);
            }
            var after = words[report.Index..];
            var part = resolution.FindPart(a.Part.Short)!;
            // A report goes to whom the words send it ("to the Commission", "share its report with the Conference");
            // an actor named otherwise is what the report is about ("expenditures of the Trust Fund").
            var to = part.ActorMentions.Concat(resolution.OperativeParagraphs[a.Paragraph - 1].ActorMentions)
                .Select(m => (m.ActorId, At: after.IndexOf(m.Text, StringComparison.Ordinal)))
                .Where(m => m.At >= 0 && m.ActorId != a.Actor.Id && Recipient.IsMatch(after.AsSpan(0, m.At)))
                .OrderBy(m => m.At).Select(m => m.ActorId).Distinct().ToValueList();
            var when = When.Match(after);
            return new Mandate(a, true, to, when.Success ? when.Value : null);
        });

    /// <summary>Every citation, in document order, with its part and instrument.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The citations.</returns>
    public static IEnumerable<CitationRow> CitationRows(this Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return CitationCache.Of(resolution).AsEnumerable();
    }

    /// <summary>Asks counted per addressee and verb, most asked first.</summary>
    /// <param name="asks">The asks to count.</param>
    /// <returns>The counts.</returns>
    public static IEnumerable<AskCount> CountByAddresseeAndVerb(this IEnumerable<AddressedAsk> asks) =>
        asks.GroupBy(a => (a.Actor.Id, a.Phrase.Lemma))
            .Select(g => new AskCount(g.Key.Id, g.Key.Lemma, g.Count(), g.Select(a => a.Paragraph).Distinct().Count()))
            .OrderByDescending(c => c.Asks).ThenBy(c => c.ActorId, StringComparer.Ordinal).ThenBy(c => c.Lemma, StringComparer.Ordinal);

    /// <summary>Citations counted per instrument, with the parts and pinpoints, most cited first.</summary>
    /// <param name="rows">The citations to count.</param>
    /// <returns>The counts.</returns>
    public static IEnumerable<InstrumentCount> CountByInstrument(this IEnumerable<CitationRow> rows) =>
        rows.GroupBy(r => r.Instrument.Id).Select(g => new InstrumentCount(
                g.Key, g.First().Instrument.ShortName, g.Count(),
                g.Select(r => r.Part.Short).Distinct().ToValueList(),
                g.Where(r => r.Citation.Pinpoint is not null).Select(r => r.Citation.Pinpoint!.Text).Distinct().ToValueList()))
            .OrderByDescending(c => c.Citations).ThenBy(c => c.InstrumentId, StringComparer.Ordinal);

    /// <summary>Citations that lie within a pinpoint of an instrument named by id, short name, title, alias or symbol.</summary>
    /// <param name="rows">The citations.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="pinpoint">A pinpoint ("article 6"), or null for any citation of it.</param>
    /// <returns>The matching citations.</returns>
    public static IEnumerable<CitationRow> Citing(this IEnumerable<CitationRow> rows, string instrument, string? pinpoint = null)
    {
        var query = pinpoint is null ? null : PinpointQuery.Parse(pinpoint);
        return rows.Where(r => r.Instrument.IsNamedBy(instrument) && (query is null || query.Matches(r.Citation.Pinpoint)));
    }

    private static bool InSecretariat(Resolution resolution, Actor actor)
    {
        for (Actor? current = actor; current is not null; current = current.ParentId is null ? null : resolution.FindActor(current.ParentId))
        {
            if (current.Kind == ActorKind.UnSecretariat)
            {
                return true;
            }
        }
        return false;
    }
}
