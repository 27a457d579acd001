using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Queries;

/// <summary>Resolves an instrument name given in a query to ids, in the registry and among those a resolution lists.</summary>
internal static class NameMatch
{
    public static HashSet<string> InstrumentIds(string name, IEnumerable<Instrument>? more = null) =>
        [.. ReferenceRegistry.Default.Instruments.Concat(more ?? []).Where(i => i.IsNamedBy(name)).Select(i => i.Id).Append(name.Trim().ToLowerInvariant())];
}
