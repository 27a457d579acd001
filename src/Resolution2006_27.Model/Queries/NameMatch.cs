using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Queries;

/// <summary>Resolves an instrument name given in a query to ids: those of the registry's instruments it names, and itself as an id.</summary>
internal static class NameMatch
{
    public static HashSet<string> InstrumentIds(string name) =>
        [.. ReferenceRegistry.Default.Instruments.Where(i => i.IsNamedBy(name)).Select(i => i.Id).Append(name.Trim().ToLowerInvariant())];
}
