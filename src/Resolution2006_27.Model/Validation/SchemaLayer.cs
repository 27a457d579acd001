using System.Text.Json;
using System.Text.Json.Nodes;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// Checks a JSON document against the published schema (compiled into checks: <see cref="CompiledSchema"/>), and
/// says each failure in the domain's terms: the pointer of the value, what the schema expected there, what was found.
/// </summary>
internal static class SchemaLayer
{
    private static readonly Lazy<(CompiledSchema Checks, JsonNode Node)> Published = new(() =>
    {
        var node = JsonNode.Parse(ModelSchema.Text)!;
        return (CompiledSchema.Compile(node) ?? throw new InvalidOperationException("The published schema uses a keyword its compiled checks do not know."), node);
    });

    /// <summary>The schema's problems with <paramref name="root"/>, at most <paramref name="limit"/> of them told in full.</summary>
    /// <remarks>Each problem's line and column are 0: the caller places them all in one scan.</remarks>
    public static IEnumerable<ValidationProblem> Check(JsonElement root, int limit)
    {
        var (checks, node) = Published.Value;
        if (checks.IsValid(root))
        {
            yield break;
        }
        // The checks say where and which keyword, and stop at the limit: a million bad items cost what is told.
        foreach (var (pointer, keyword) in checks.Problems(root, limit))
        {
            yield return Problem(root, node, pointer, keyword);
        }
    }

    private static ValidationProblem Problem(JsonElement root, JsonNode schema, string pointer, string keyword)
    {
        var (subschema, parent) = SchemaFor(schema, pointer);
        var (expected, found) = Describe(keyword, subschema, parent, Locate(root, pointer), pointer);
        return new ValidationProblem(ProblemLayer.Schema, pointer, 0, 0, keyword, expected, found);
    }

    /// <summary>
    /// The subschema that applies at an instance pointer, and the one of its parent, found by walking
    /// properties and items and following local $refs (the exporter writes a repeated type once and
    /// refers to it). The checks report the instance's pointer only.
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

    private static (string Expected, string Found) Describe(string keyword, JsonObject? subschema, JsonObject? parent, JsonElement? instance, string pointer)
    {
        var value = subschema?[keyword];
        return keyword switch
        {
            "type" => ($"a value of type {Join(value)}", Kind(instance)),
            "required" => ($"the properties {Join(value)}", $"no property {Missing(value, instance)}"),
            "additionalProperties" =>
                ($"only the properties {Join(parent?["properties"] is JsonObject p ? new JsonArray([.. p.Select(kv => (JsonNode)JsonValue.Create(kv.Key)!)]) : null)}",
                 $"a property \"{Unescape(pointer[(pointer.LastIndexOf('/') + 1)..])}\""),
            "enum" => ($"one of {Join(value)}", Raw(instance)),
            "pattern" => ($"a string matching {value}", Raw(instance)),
            "minimum" => ($"a number at least {value}", Raw(instance)),
            "maximum" => ($"a number at most {value}", Raw(instance)),
            "format" => ($"a string in the format \"{value}\"", Raw(instance)),
            _ => ($"what \"{keyword}\" asks", Raw(instance)),
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
