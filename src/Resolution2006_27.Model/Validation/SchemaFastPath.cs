using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// The published schema compiled into a tree of checks over <see cref="JsonElement"/>, for the one question most
/// validations ask: is this export valid? It knows the keywords the published schema uses (type, properties,
/// required, additionalProperties, items, enum, pattern, minimum, maximum, format "date", local $ref) and says
/// "valid" only where the draft 2020-12 meaning of each is certain; anything else (a keyword it does not know, a
/// number that is not a plain integer, an invalid value) it leaves to JsonSchema.Net, which gives the verdict and
/// says every problem. So it can make validation faster, never different: a test holds it to JsonSchema.Net.
/// </summary>
internal sealed class SchemaFastPath
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly"];

    private readonly Check root;

    private SchemaFastPath(Check root) => this.root = root;

    /// <summary>The fast path for <paramref name="schema"/>, or null when it uses what the fast path does not know.</summary>
    public static SchemaFastPath? Compile(JsonNode schema)
    {
        var compiled = new Dictionary<JsonObject, Check>(ReferenceEqualityComparer.Instance);
        return Compile(schema, schema, compiled) is { } check ? new SchemaFastPath(check) : null;
    }

    /// <summary>True when <paramref name="instance"/> is certainly valid; false when it is invalid or the fast path cannot tell.</summary>
    public bool IsCertainlyValid(JsonElement instance) => root.Accepts(instance);

    /// <summary>
    /// The schema's problems with <paramref name="instance"/>, each a JSON Pointer and the failing keyword, as
    /// JsonSchema.Net finds them, but no more than <paramref name="limit"/> and without building its evaluation
    /// tree: memory follows what is reported, not what is read. Null when the fast path cannot tell (a number
    /// that is not a plain integer, a string with a line feed under a pattern): then JsonSchema.Net must judge.
    /// </summary>
    public List<(string Pointer, string Keyword)>? Problems(JsonElement instance, int limit)
    {
        var problems = new List<(string Pointer, string Keyword)>();
        return root.Report(instance, "", problems, limit) ? problems : null;
    }

    private static Check? Compile(JsonNode? node, JsonNode document, Dictionary<JsonObject, Check> compiled)
    {
        if (node is not JsonObject schema)
        {
            return null; // "true"/"false" schemas and anything odd: left to JsonSchema.Net.
        }
        if (compiled.TryGetValue(schema, out var done))
        {
            return done;
        }
        var check = new Check();
        compiled[schema] = check; // before the children: a $ref may come back to this schema
        foreach (var (keyword, value) in schema)
        {
            var known = keyword switch
            {
                _ when Annotations.Contains(keyword) => true,
                "type" => check.SetTypes(value),
                "properties" => value is JsonObject properties && check.SetProperties(properties.Select(p => (p.Key, Compile(p.Value, document, compiled)))),
                "required" => value is JsonArray required && check.SetRequired(required),
                "additionalProperties" => value is JsonValue v && v.TryGetValue<bool>(out var allowed) && !allowed && check.ForbidAdditional(),
                "items" => Compile(value, document, compiled) is { } items && check.SetItems(items),
                "enum" => value is JsonArray values && check.SetEnum(values),
                "pattern" => value is JsonValue p && p.TryGetValue<string>(out var pattern) && check.SetPattern(pattern),
                "minimum" => value is JsonValue min && min.TryGetValue<long>(out var least) && check.SetMinimum(least),
                "maximum" => value is JsonValue max && max.TryGetValue<long>(out var most) && check.SetMaximum(most),
                "format" => value is JsonValue f && f.TryGetValue<string>(out var format) && format == "date" && check.SetDate(),
                "$ref" => value is JsonValue r && r.TryGetValue<string>(out var reference) && reference.StartsWith("#/", StringComparison.Ordinal)
                          && SchemaLayer.Locate(document, reference[1..]) is JsonObject target && Compile(target, document, compiled) is { } resolved && check.SetReference(resolved),
                _ => false,
            };
            if (!known)
            {
                compiled.Remove(schema);
                return null;
            }
        }
        return check;
    }

    /// <summary>One schema object's checks.</summary>
    private sealed class Check
    {
        private TypeSet types = TypeSet.Any;
        private Dictionary<string, Check>? properties;
        private string[] required = [];
        private bool noAdditional;
        private Check? items;
        private JsonElement[]? values;
        private Regex? pattern;
        private long? minimum;
        private long? maximum;
        private bool date;
        private Check? reference;

        [Flags]
        private enum TypeSet
        {
            None = 0,
            Null = 1,
            Boolean = 2,
            Integer = 4,
            Number = 8,
            String = 16,
            Array = 32,
            Object = 64,
            Any = 127,
        }

        public bool SetTypes(JsonNode? value)
        {
            var names = value is JsonArray array ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null) : [value is JsonValue one && one.TryGetValue<string>(out var s) ? s : null];
            types = TypeSet.None;
            foreach (var name in names)
            {
                TypeSet? type = name switch
                {
                    "null" => TypeSet.Null,
                    "boolean" => TypeSet.Boolean,
                    "integer" => TypeSet.Integer,
                    "number" => TypeSet.Number,
                    "string" => TypeSet.String,
                    "array" => TypeSet.Array,
                    "object" => TypeSet.Object,
                    _ => null,
                };
                if (type is null)
                {
                    return false;
                }
                types |= type.Value;
            }
            return true;
        }

        public bool SetProperties(IEnumerable<(string Name, Check? Check)> checks)
        {
            properties = new Dictionary<string, Check>(StringComparer.Ordinal);
            foreach (var (name, check) in checks)
            {
                if (check is null)
                {
                    return false;
                }
                properties[name] = check;
            }
            return true;
        }

        public bool SetRequired(JsonArray names)
        {
            required = [.. names.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : "")];
            return required.All(n => n.Length > 0);
        }

        public bool ForbidAdditional() => noAdditional = true;

        public bool SetItems(Check check)
        {
            items = check;
            return true;
        }

        public bool SetEnum(JsonArray array)
        {
            values = [.. array.Select(v => Element(v?.ToJsonString() ?? "null"))];
            return true;
        }

        public bool SetPattern(string text)
        {
            // The published patterns are anchored and ASCII; "$" is read as the end of the string (not before a final
            // line feed, where .NET's "$" would also match): a string with a line feed is left to JsonSchema.Net.
            pattern = new Regex(text, RegexOptions.CultureInvariant);
            return true;
        }

        public bool SetMinimum(long value)
        {
            minimum = value;
            return true;
        }

        public bool SetMaximum(long value)
        {
            maximum = value;
            return true;
        }

        public bool SetDate() => date = true;

        public bool SetReference(Check check)
        {
            reference = check;
            return true;
        }

        public bool Accepts(JsonElement instance)
        {
            if (reference is not null && !reference.Accepts(instance))
            {
                return false;
            }
            switch (instance.ValueKind)
            {
                case JsonValueKind.Null:
                    return Has(TypeSet.Null) && InEnum(instance);
                case JsonValueKind.True or JsonValueKind.False:
                    return Has(TypeSet.Boolean) && InEnum(instance);
                case JsonValueKind.Number:
                    // Only a plain integer is judged here ("1.0", "1e2" and fractions go to JsonSchema.Net).
                    return instance.TryGetInt64(out var number) && (Has(TypeSet.Integer) || Has(TypeSet.Number))
                        && (minimum is null || number >= minimum) && (maximum is null || number <= maximum) && InEnum(instance);
                case JsonValueKind.String:
                    return Has(TypeSet.String) && StringAccepted(instance.GetString()!) && InEnum(instance);
                case JsonValueKind.Array:
                    if (!Has(TypeSet.Array) || values is not null)
                    {
                        return false;
                    }
                    if (items is not null)
                    {
                        foreach (var item in instance.EnumerateArray())
                        {
                            if (!items.Accepts(item))
                            {
                                return false;
                            }
                        }
                    }
                    return true;
                case JsonValueKind.Object:
                    return Has(TypeSet.Object) && values is null && ObjectAccepted(instance);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Adds the problems of <paramref name="instance"/> at <paramref name="pointer"/> to <paramref name="sink"/>, each
        /// keyword judged on its own as draft 2020-12 does (a wrong type does not hide an enum or a pattern), until
        /// <paramref name="limit"/>; false when it cannot tell.
        /// </summary>
        public bool Report(JsonElement instance, string pointer, List<(string Pointer, string Keyword)> sink, int limit)
        {
            if (sink.Count >= limit)
            {
                return true;
            }
            if (reference is not null && !reference.Report(instance, pointer, sink, limit))
            {
                return false;
            }
            var typed = instance.ValueKind switch
            {
                JsonValueKind.Null => Has(TypeSet.Null),
                JsonValueKind.True or JsonValueKind.False => Has(TypeSet.Boolean),
                JsonValueKind.Number => Has(TypeSet.Integer) || Has(TypeSet.Number),
                JsonValueKind.String => Has(TypeSet.String),
                JsonValueKind.Array => Has(TypeSet.Array),
                JsonValueKind.Object => Has(TypeSet.Object),
                _ => false,
            };
            if (instance.ValueKind == JsonValueKind.Number && !instance.TryGetInt64(out _))
            {
                return false;
            }
            if (!typed)
            {
                sink.Add((pointer, "type"));
            }
            if (!InEnum(instance))
            {
                sink.Add((pointer, "enum"));
            }
            switch (instance.ValueKind)
            {
                case JsonValueKind.Number:
                    var number = instance.GetInt64();
                    if (minimum is not null && number < minimum)
                    {
                        sink.Add((pointer, "minimum"));
                    }
                    if (maximum is not null && number > maximum)
                    {
                        sink.Add((pointer, "maximum"));
                    }
                    return true;
                case JsonValueKind.String:
                    var text = instance.GetString()!;
                    if ((pattern is not null || date) && text.Contains('\n', StringComparison.Ordinal))
                    {
                        return false;
                    }
                    if (pattern is not null && !pattern.IsMatch(text))
                    {
                        sink.Add((pointer, "pattern"));
                    }
                    if (date && !StringAccepted(text))
                    {
                        sink.Add((pointer, "format"));
                    }
                    return true;
                case JsonValueKind.Array when items is not null:
                    var i = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        // An item accepted has no problem to tell: no pointer is built for it (most of a document).
                        if (!items.Accepts(item) && !items.Report(item, $"{pointer}/{i}", sink, limit))
                        {
                            return false;
                        }
                        i++;
                    }
                    return true;
                case JsonValueKind.Object:
                    return ReportObject(instance, pointer, sink, limit);
                default:
                    return true;
            }
        }

        private bool ReportObject(JsonElement instance, string pointer, List<(string Pointer, string Keyword)> sink, int limit)
        {
            if (required.Any(name => !instance.TryGetProperty(name, out _)))
            {
                sink.Add((pointer, "required"));
            }
            foreach (var property in instance.EnumerateObject())
            {
                if (properties is not null && properties.TryGetValue(property.Name, out var check))
                {
                    if (!check.Accepts(property.Value) && !check.Report(property.Value, At(pointer, property.Name), sink, limit))
                    {
                        return false;
                    }
                }
                else if (noAdditional)
                {
                    sink.Add((At(pointer, property.Name), "additionalProperties"));
                }
            }
            return true;
        }

        private static string At(string pointer, string name) =>
            $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

        private static JsonElement Element(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        private bool Has(TypeSet type) => (types & type) != 0;

        private bool InEnum(JsonElement instance) => values is null || values.Any(v => JsonElement.DeepEquals(v, instance));

        private bool StringAccepted(string text)
        {
            if (pattern is not null && (text.Contains('\n', StringComparison.Ordinal) || !pattern.IsMatch(text)))
            {
                return false;
            }
            return !date || (text.Length == 10 && text.All(c => c is '-' or (>= '0' and <= '9')) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }

        private bool ObjectAccepted(JsonElement instance)
        {
            foreach (var name in required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    return false;
                }
            }
            foreach (var property in instance.EnumerateObject())
            {
                if (properties is not null && properties.TryGetValue(property.Name, out var check))
                {
                    if (!check.Accepts(property.Value))
                    {
                        return false;
                    }
                }
                else if (noAdditional)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
