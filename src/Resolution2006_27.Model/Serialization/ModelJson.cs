using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Resolution2006_27.Model.Caching;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The JSON contract of the model: camelCase names, enums as their exact camelCase names (never integers),
/// nulls written out, unknown and duplicate properties rejected, missing required values rejected.
/// </summary>
public static class ModelJson
{
    /// <summary>
    /// The options every reader and writer of the model uses; read-only. They resolve the model's own
    /// types (those a <see cref="Resolution"/> holds) from metadata written in this library, without
    /// reflection, so they work unchanged under trimming and native AOT; any other type throws
    /// <see cref="NotSupportedException"/>.
    /// </summary>
    public static JsonSerializerOptions Options => Compact.Value;

    /// <summary>The same contract, written indented for people and files.</summary>
    public static JsonSerializerOptions IndentedOptions => Indented.Value;

    // The options cache the contracts they resolve: kept once per process.
    private static readonly ProcessDefault<JsonSerializerOptions> Compact = new(() => Create(indented: false));
    private static readonly ProcessDefault<JsonSerializerOptions> Indented = new(() => Create(indented: true));

    /// <summary>Serializes <paramref name="resolution"/> to JSON.</summary>
    /// <param name="resolution">The model.</param>
    /// <param name="indented">True to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Resolution resolution, bool indented = true) =>
        JsonSerializer.Serialize(resolution, TypeInfo<Resolution>(indented ? IndentedOptions : Options));

    /// <summary>Reads a model from JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not follow the contract; the message gives the path, line and position.</exception>
    public static Resolution Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo<Resolution>(Options)) ?? throw new JsonException("The JSON is null, not a resolution.");
    }

    /// <summary>The metadata of one of the model's types under <paramref name="options"/>.</summary>
    internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

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
            // Metadata written by hand, no reflection: the same contract under trimming and native AOT.
            TypeInfoResolver = new ModelTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
