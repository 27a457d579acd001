using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// Checks a JSON document against the published schema with JsonSchema.Net, and says each failure in
/// the domain's terms: the pointer of the value, what the schema expected there, what was found.
/// </summary>
internal static class SchemaLayer
{
    // JsonSchema.Net registers every schema with an $id in a registry: build once per process, in a
    // registry of our own, so that loading the schema again never clashes.
    private static readonly Lazy<(JsonSchema Schema, JsonNode Node)> Published = new(() =>
        (JsonSchema.FromText(ModelSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), JsonNode.Parse(ModelSchema.Text)!));

    // Most exports are valid, and most of validation's time was JsonSchema.Net saying so: the schema compiled to
    // checks says it in a fraction of the time, and JsonSchema.Net is built and asked only when it cannot.
    private static readonly Lazy<SchemaFastPath?> Fast = new(() => SchemaFastPath.Compile(JsonNode.Parse(ModelSchema.Text)!));

    /// <summary>The schema's problems with <paramref name="root"/>, at most <paramref name="limit"/> of them told in full.</summary>
    /// <remarks>Each problem's line and column are 0: the caller places them all in one scan.</remarks>
    public static IEnumerable<ValidationProblem> Check(JsonElement root, int limit)
    {
        if (Fast.Value is { } fast)
        {
            if (fast.IsCertainlyValid(root))
            {
                yield break;
            }
            // An invalid export: the compiled checks say where and which keyword, and stop at the limit, where
            // JsonSchema.Net's evaluation tree grows with the document (a million bad items: gigabytes).
            if (fast.Problems(root, limit) is { } found)
            {
                var schemaNode = Published.Value.Node;
                foreach (var (pointer, keyword) in found)
                {
                    yield return Problem(root, schemaNode, pointer, keyword, keyword);
                }
                yield break;
            }
        }
        var (schema, node) = Published.Value;
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            yield break;
        }
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (key, message) in detail.Errors ?? [])
            {
                // A "false" subschema (additionalProperties) fails with no keyword of its own.
                var keyword = key.Length > 0 ? key : detail.EvaluationPath.ToString().Split('/')[^1];
                yield return Problem(root, node, detail.InstanceLocation.ToString(), keyword, message);
            }
        }
    }

    private static ValidationProblem Problem(JsonElement root, JsonNode schema, string pointer, string keyword, string message)
    {
        var (subschema, parent) = SchemaFor(schema, pointer);
        var (expected, found) = Describe(keyword, subschema, parent, Locate(root, pointer), pointer, message);
        return new ValidationProblem(ProblemLayer.Schema, pointer, 0, 0, keyword, expected, found);
    }

    /// <summary>
    /// The subschema that applies at an instance pointer, and the one of its parent, found by walking
    /// properties and items and following local $refs (the exporter writes a repeated type once and
    /// refers to it). The validator's own schema locations are not used: they are not always resolvable.
    /// </summary>
    private static (JsonObject? Node, JsonObject? Parent) SchemaFor(JsonNode root, string pointer)
    {
        JsonObject? node = Resolve(root, root as JsonObject), parent = null;
        foreach (var segment in pointer.Split('/').Skip(1).Select(Unescape))
        {
            parent = node;
            node = node?["properties"] is JsonObject properties && properties[segment] is JsonObject property ? Resolve(root, property)
                : node?["items"] is JsonObject items && int.TryParse(segment, out _) ? Resolve(root, items)
                : null;
        }
        return (node, parent);
    }

    private static JsonObject? Resolve(JsonNode root, JsonObject? node)
    {
        for (var hops = 0; hops < 32 && node?["$ref"] is JsonValue reference && ((string?)reference)?.StartsWith('#') == true; hops++)
        {
            node = Locate(root, ((string)reference!)[1..]) as JsonObject;
        }
        return node;
    }

    private static (string Expected, string Found) Describe(string keyword, JsonObject? subschema, JsonObject? parent, JsonElement? instance, string pointer, string message)
    {
        var value = subschema?[keyword];
        return keyword switch
        {
            "type" => ($"a value of type {Join(value)}", Kind(instance)),
            "required" => ($"the properties {Join(value)}", $"no property {Missing(value, instance)}"),
            "additionalProperties" or "unevaluatedProperties" =>
                ($"only the properties {Join(parent?["properties"] is JsonObject p ? new JsonArray([.. p.Select(kv => (JsonNode)JsonValue.Create(kv.Key)!)]) : null)}",
                 $"a property \"{Unescape(pointer[(pointer.LastIndexOf('/') + 1)..])}\""),
            "enum" => ($"one of {Join(value)}", Raw(instance)),
            "pattern" => ($"a string matching {value}", Raw(instance)),
            "minimum" => ($"a number at least {value}", Raw(instance)),
            "maximum" => ($"a number at most {value}", Raw(instance)),
            "format" => ($"a string in the format \"{value}\"", Raw(instance)),
            _ => (message, Raw(instance)),
        };
    }

    private static string Missing(JsonNode? required, JsonElement? instance)
    {
        if (required is not JsonArray names || instance is not { ValueKind: JsonValueKind.Object } obj)
        {
            return "";
        }
        return string.Join(", ", names.Select(n => n!.GetValue<string>()).Where(n => !obj.TryGetProperty(n, out _)).Select(n => $"\"{n}\""));
    }

    private static string Join(JsonNode? value) => value switch
    {
        JsonArray array => string.Join(", ", array.Select(v => v is JsonValue s && s.TryGetValue<string>(out var text) ? $"\"{text}\"" : v?.ToJsonString())),
        null => "",
        _ => value.ToJsonString(),
    };

    private static string Kind(JsonElement? instance) => instance?.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"an array of {instance.Value.GetArrayLength()} items",
        JsonValueKind.String => $"the string {Raw(instance)}",
        JsonValueKind.Number => $"the number {Raw(instance)}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {Raw(instance)}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Raw(JsonElement? instance)
    {
        if (instance is not { } element)
        {
            return "nothing";
        }
        var raw = element.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? Kind(element) : element.GetRawText();
        return raw.Length > 80 ? raw[..77] + "..." : raw;
    }

    /// <summary>The node a JSON Pointer (already cut of its '#') points to in a schema, or null.</summary>
    internal static JsonNode? Locate(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var segment in Uri.UnescapeDataString(pointer).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node switch
            {
                JsonObject obj => obj[Unescape(segment)],
                JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }
        return node;
    }

    private static JsonElement? Locate(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(Unescape(segment), out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var i) && i < element.GetArrayLength())
            {
                element = element[i];
            }
            else
            {
                return null;
            }
        }
        return element;
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
