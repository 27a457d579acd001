using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The JSON contract of the model: camelCase names, enums as their exact camelCase names (never integers),
/// nulls written out, unknown and duplicate properties rejected, missing required values rejected.
/// </summary>
public static class ModelJson
{
    /// <summary>The options every reader and writer of the model uses; read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>The same contract, written indented for people and files.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    /// <summary>Serializes <paramref name="resolution"/> to JSON.</summary>
    /// <param name="resolution">The model.</param>
    /// <param name="indented">True to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Resolution resolution, bool indented = true) =>
        JsonSerializer.Serialize(resolution, indented ? IndentedOptions : Options);

    /// <summary>Reads a model from JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not follow the contract; the message gives the path, line and position.</exception>
    public static Resolution Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<Resolution>(json, Options) ?? throw new JsonException("The JSON is null, not a resolution.");
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            IndentSize = 2,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(new ValueListTypeInfoResolver(), new DefaultJsonTypeInfoResolver()),
        };
        // One converter per enum of the model: no reflection over generic types, so trimming and AOT stay safe.
        options.Converters.Add(new StrictEnumConverter<Actors.ActorKind>());
        options.Converters.Add(new StrictEnumConverter<Annexes.AnnexBlockKind>());
        options.Converters.Add(new StrictEnumConverter<Actors.AddresseeScope>());
        options.Converters.Add(new StrictEnumConverter<Citations.CitationForm>());
        options.Converters.Add(new StrictEnumConverter<Citations.InstrumentKind>());
        options.Converters.Add(new StrictEnumConverter<Footnotes.FootnoteSubjectKind>());
        options.Converters.Add(new StrictEnumConverter<Parts.LabelStyle>());
        options.Converters.Add(new StrictEnumConverter<Phrases.Strength>());
        options.Converters.Add(new StrictEnumConverter<Phrases.VerbClass>());
        options.Converters.Add(new StrictEnumConverter<Registry.Confidence>());
        options.MakeReadOnly();
        return options;
    }
}
