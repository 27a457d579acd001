using System.Globalization;
using System.Text.Json;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Registry;

/// <summary>
/// Reads a registry from JSON by hand, over a <see cref="JsonDocument"/>: no reflection, so the embedded
/// registry loads in a cold process without System.Text.Json building metadata for every type (about
/// 150 ms), and the path stays safe for trimming. As strict as the model's JSON contract: unknown,
/// duplicate or missing properties and wrong types are errors that name their path.
/// </summary>
internal sealed class RegistryReader
{
    // The provenance read last. The States' list gives every State the same provenance, some 550 characters:
    // one object for a run of equal ones keeps 200 copies of it out of every process (about 180 KB a start-up).
    private Provenance? lastProvenance;

    private RegistryReader()
    {
    }

    /// <summary>The largest registry read, in bytes: the embedded one is 50 KB; a stream is never read past this.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static ReferenceRegistry Read(Stream stream)
    {
        using var document = Parse(stream, "registry");
        var root = Object(document.RootElement, JsonPath.Root, "dataVersion", "actors", "instruments", "footnotes");
        var reader = new RegistryReader();
        return new ReferenceRegistry(
            String(root, JsonPath.Root, "dataVersion"),
            Unique(Array(root, JsonPath.Root, "actors", reader.Actor), "actors", a => a.Id),
            Unique(Array(root, JsonPath.Root, "instruments", reader.Instrument), "instruments", i => i.Id),
            Array(root, JsonPath.Root, "footnotes", reader.Footnote));
    }

    private static JsonDocument Parse(Stream stream, string what)
    {
        // Read no more than the bound (a registry named /dev/zero must not fill memory), straight into one buffer:
        // sized from the start where the stream knows its length (the embedded files do), one byte over so that
        // the end is seen without growing it; doubled where the length is not known.
        var buffer = new byte[stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, MaxBytes + 1) : 16 * 1024];
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length > MaxBytes)
            {
                throw new JsonException($"$: the {what} is larger than {MaxBytes} bytes, the largest read (ReferenceRegistry.MaxBytes)");
            }
            if (length == buffer.Length)
            {
                System.Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, MaxBytes + 1L));
            }
        }
        return JsonDocument.Parse(buffer.AsMemory(0, length), new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 16 });
    }

    /// <summary>
    /// The actors of a list of States (the embedded <c>states.json</c>): <c>{"actors": [...]}</c>, read with
    /// the same rules as a registry's actors.
    /// </summary>
    public static ValueList<Actor> ReadActors(Stream stream)
    {
        using var document = Parse(stream, "list of actors");
        var root = Object(document.RootElement, JsonPath.Root, "actors");
        return Unique(Array(root, JsonPath.Root, "actors", new RegistryReader().Actor), "actors", a => a.Id);
    }

    // A registry written before data 2026.4 has no "state": it is optional here, so extensions users wrote still load.
    private Actor Actor(JsonElement e, JsonPath path)
    {
        Object(e, path, "id", "name", "kind", "aliases", "shortForms", "parentId", "provenance", "state");
        var state = e.TryGetProperty("state", out var s) && s.ValueKind != JsonValueKind.Null ? State(s, path.Property("state")) : null;
        var kind = Enum<ActorKind>(e, path, "kind");
        if ((kind == ActorKind.State) != (state is not null))
        {
            throw new JsonException($"{path}: an actor has \"state\" facts exactly when its kind is \"state\"");
        }
        return new Actor(
            String(e, path, "id"), String(e, path, "name"), kind,
            Strings(e, path, "aliases"), Strings(e, path, "shortForms"), OptionalString(e, path, "parentId"),
            Provenance(Property(e, path, "provenance"), path.Property("provenance")), state);
    }

    private static StateFacts State(JsonElement e, JsonPath path)
    {
        Object(e, path, "alpha3", "m49", "formalName", "status", "printedName", "demonym", "formerNames", "succeededBy");
        var alpha3 = String(e, path, "alpha3");
        var m49 = String(e, path, "m49");
        if (alpha3.Length != 3 || !alpha3.All(char.IsAsciiLetterUpper))
        {
            throw new JsonException($"{path}.alpha3: expected three capital letters (ISO 3166-1 alpha-3), found \"{alpha3}\"");
        }
        if (m49.Length != 3 || !m49.All(char.IsAsciiDigit))
        {
            throw new JsonException($"{path}.m49: expected three digits (UN M49), found \"{m49}\"");
        }
        return new StateFacts(
            alpha3, m49, String(e, path, "formalName"), Enum<StateStatus>(e, path, "status"), String(e, path, "printedName"),
            OptionalString(e, path, "demonym"), Strings(e, path, "formerNames"), OptionalString(e, path, "succeededBy"));
    }

    private Instrument Instrument(JsonElement e, JsonPath path)
    {
        Object(e, path, "id", "shortName", "title", "kind", "aliases", "shortForms", "parentId", "adopted", "entryIntoForce", "treatySeries", "documentSymbol", "provenance");
        var date = OptionalString(e, path, "entryIntoForce");
        var series = Property(e, path, "treatySeries");
        return new Instrument(
            String(e, path, "id"), String(e, path, "shortName"), String(e, path, "title"), Enum<InstrumentKind>(e, path, "kind"),
            Strings(e, path, "aliases"), Strings(e, path, "shortForms"), OptionalString(e, path, "parentId"), OptionalString(e, path, "adopted"),
            date is null ? null : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new JsonException($"{path}.entryIntoForce: expected a date yyyy-mm-dd, found \"{date}\""),
            series.ValueKind == JsonValueKind.Null ? null : TreatySeries(series, path.Property("treatySeries")),
            OptionalString(e, path, "documentSymbol"), Provenance(Property(e, path, "provenance"), path.Property("provenance")));
    }

    private static TreatySeriesReference TreatySeries(JsonElement e, JsonPath path)
    {
        Object(e, path, "volume", "page", "number");
        var page = Property(e, path, "page");
        return new TreatySeriesReference(Int(Property(e, path, "volume"), path.Property("volume")), page.ValueKind == JsonValueKind.Null ? null : Int(page, path.Property("page")), Int(Property(e, path, "number"), path.Property("number")));
    }

    private RegistryFootnote Footnote(JsonElement e, JsonPath path)
    {
        Object(e, path, "resolution", "number", "body");
        var at = path.Property("body");
        var body = Object(Property(e, path, "body"), at, "text", "confidence", "alternative", "provenance");
        return new RegistryFootnote(
            String(e, path, "resolution"), Int(Property(e, path, "number"), path.Property("number")),
            new FootnoteBody(
                String(body, at, "text"), Enum<Confidence>(body, at, "confidence"), OptionalString(body, at, "alternative"),
                Provenance(Property(body, at, "provenance"), at.Property("provenance"))));
    }

    private Provenance Provenance(JsonElement e, JsonPath path)
    {
        Object(e, path, "source", "verified", "note");
        var verified = Property(e, path, "verified");
        if (lastProvenance is { } last && verified.ValueKind == (last.Verified ? JsonValueKind.True : JsonValueKind.False)
            && Same(Property(e, path, "source"), last.Source) && Same(Property(e, path, "note"), last.Note))
        {
            return last;
        }
        return lastProvenance = new Provenance(
            String(e, path, "source"),
            verified.ValueKind is JsonValueKind.True or JsonValueKind.False ? verified.GetBoolean() : throw Wrong(path.Property("verified"), "a boolean", verified),
            OptionalString(e, path, "note"));
    }

    /// <summary>True when <paramref name="e"/> is the string <paramref name="text"/>, or null where it is null; compared without reading the string.</summary>
    private static bool Same(JsonElement e, string? text) =>
        text is null ? e.ValueKind == JsonValueKind.Null : e.ValueKind == JsonValueKind.String && e.ValueEquals(text);

    /// <summary>The element, checked to be an object with exactly <paramref name="names"/>.</summary>
    private static JsonElement Object(JsonElement e, JsonPath path, params ReadOnlySpan<string> names)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(path, "an object", e);
        }
        foreach (var property in e.EnumerateObject())
        {
            // Compared as UTF-8 where it stands: a registry has thousands of properties, and a name is cut into a
            // string only to say it is unknown.
            if (!Known(property, names))
            {
                throw new JsonException($"{path}: unknown property \"{property.Name}\"; expected {string.Join(", ", names)}");
            }
        }
        return e;
    }

    private static bool Known(JsonProperty property, ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (property.NameEquals(name))
            {
                return true;
            }
        }
        return false;
    }

    private static JsonElement Property(JsonElement e, JsonPath path, string name) =>
        e.TryGetProperty(name, out var value) ? value : throw new JsonException($"{path}: the property \"{name}\" is missing");

    private static string String(JsonElement e, JsonPath path, string name) =>
        OptionalString(e, path, name) ?? throw new JsonException($"{path}.{name}: expected a string, found null");

    private static string? OptionalString(JsonElement e, JsonPath path, string name)
    {
        var value = Property(e, path, name);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw Wrong(path.Property(name), "a string", value),
        };
    }

    /// <summary>The entries, checked to give each id once: a second entry with an id would be found by no lookup.</summary>
    private static ValueList<T> Unique<T>(ValueList<T> entries, string name, Func<T, string> id)
    {
        var first = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var key = id(entries[i]);
            if (!first.TryAdd(key, i))
            {
                throw new JsonException($"{JsonPath.Root.Item(name, i).Property("id")}: \"{key}\" is already the id of {JsonPath.Root.Item(name, first[key])}");
            }
        }
        return entries;
    }

    private static int Int(JsonElement e, JsonPath path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) ? n : throw Wrong(path, "a 32-bit integer", e);

    private static ValueList<string> Strings(JsonElement e, JsonPath path, string name) =>
        Array(e, path, name, static (item, at) => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong(at, "a string", item));

    private static ValueList<T> Array<T>(JsonElement e, JsonPath path, string name, Func<JsonElement, JsonPath, T> read)
    {
        var value = Property(e, path, name);
        return value.ValueKind == JsonValueKind.Array
            ? Items(value, path, name, read)
            : throw Wrong(path.Property(name), "an array", value);
    }

    private static ValueList<T> Items<T>(JsonElement array, JsonPath path, string name, Func<JsonElement, JsonPath, T> read)
    {
        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i] = read(item, path.Item(name, i));
            i++;
        }
        return ValueList<T>.Owning(items);
    }

    private static TEnum Enum<TEnum>(JsonElement e, JsonPath path, string name)
        where TEnum : struct, Enum
    {
        var text = String(e, path, name);
        return EnumNames<TEnum>.TryParse(text, out var value) ? value : throw new JsonException($"{path}.{name}: \"{text}\" is not a {typeof(TEnum).Name}");
    }

    private static JsonException Wrong(JsonPath path, string expected, JsonElement found) =>
        new($"{path}: expected {expected}, found {found.ValueKind.ToString().ToLowerInvariant()}");
}
