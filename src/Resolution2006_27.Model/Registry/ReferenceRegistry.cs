using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Caching;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Registry;

/// <summary>
/// The curated facts the adopted text cannot give: the actors a resolution may name, the instruments
/// it may cite, and known footnote bodies, each with its provenance.
/// </summary>
/// <param name="DataVersion">The registry's data version.</param>
/// <param name="Actors">The actors.</param>
/// <param name="Instruments">The instruments and documents.</param>
/// <param name="Footnotes">Footnote bodies known for particular resolutions.</param>
public sealed record ReferenceRegistry(
    string DataVersion,
    ValueList<Actor> Actors,
    ValueList<Instrument> Instruments,
    ValueList<RegistryFootnote> Footnotes)
{
    private static readonly ProcessDefault<ReferenceRegistry> Embedded = new(() =>
    {
        var curated = FromStream(EmbeddedResources.Open(EmbeddedResources.Registry));
        using var states = EmbeddedResources.Open(EmbeddedResources.States);
        return curated with { Actors = curated.Actors.Concat(RegistryReader.ReadActors(states)).ToValueList() };
    });

    /// <summary>
    /// The registry embedded in this assembly; loaded once, on first use, thread-safely. Its actors are
    /// the curated bodies and groups, then every State (<see cref="ActorKind.State"/>: the 193 Member
    /// States, the two observer States and States that no longer exist), each with its codes.
    /// </summary>
    public static ReferenceRegistry Default => Embedded.Value;

    /// <summary>The largest registry <see cref="FromStream"/> reads, in bytes (16 MiB); a longer stream is refused, not read whole.</summary>
    public const int MaxBytes = RegistryReader.MaxBytes;

    /// <summary>Reads a registry from JSON in the shape of the embedded one, at most <see cref="MaxBytes"/> bytes.</summary>
    /// <param name="stream">UTF-8 JSON; read to its end, not disposed.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed, longer than <see cref="MaxBytes"/>, or does not have the registry's shape; the message names the path.</exception>
    public static ReferenceRegistry FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return RegistryReader.Read(stream);
    }

    /// <summary>The actor with <paramref name="id"/>, or null.</summary>
    /// <param name="id">An actor id.</param>
    public Actor? FindActor(string id) =>
        id is null ? null : ActorIndex.GetValue(Actors, BuildIndex).GetValueOrDefault(id);

    // Hundreds of States make a scan per lookup too slow for the parser: a table per actor list, built on
    // first lookup (a field would take part in the record's equality).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ValueList<Actor>, Dictionary<string, Actor>> ActorIndex = new();

    private static Dictionary<string, Actor> BuildIndex(ValueList<Actor> actors)
    {
        var table = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            table.TryAdd(actor.Id, actor);
        }
        return table;
    }

    /// <summary>The instrument with <paramref name="id"/>, or null.</summary>
    /// <param name="id">An instrument id.</param>
    public Instrument? FindInstrument(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    /// <summary>
    /// This registry extended by <paramref name="extension"/>: its actors and instruments replace those
    /// with the same id and are added otherwise; its footnote bodies are added. The data version reads
    /// "base+extension".
    /// </summary>
    /// <param name="extension">More entries, in the same JSON shape as the embedded registry (<see cref="FromStream"/>).</param>
    /// <returns>A new registry.</returns>
    public ReferenceRegistry Merge(ReferenceRegistry extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var actors = Actors.Where(a => extension.FindActor(a.Id) is null).Concat(extension.Actors).ToValueList();
        var instruments = Instruments.Where(i => extension.FindInstrument(i.Id) is null).Concat(extension.Instruments).ToValueList();
        return new ReferenceRegistry($"{DataVersion}+{extension.DataVersion}", actors, instruments, Footnotes.Concat(extension.Footnotes).ToValueList());
    }

    /// <summary>A registry with <paramref name="instrument"/> added, for documents recognized while parsing.</summary>
    /// <param name="instrument">The entry to add; its id must be new.</param>
    /// <returns>A new registry.</returns>
    public ReferenceRegistry WithInstrument(Instrument instrument) =>
        this with { Instruments = Instruments.Append(instrument).ToValueList() };
}
