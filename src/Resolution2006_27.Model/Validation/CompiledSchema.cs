using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// The published schema compiled into a tree of checks over <see cref="JsonElement"/>: the schema layer of
/// validation. It knows the keywords the published schema uses (type, properties, required,
/// additionalProperties, items, enum, pattern, minimum, maximum, format "date", local $ref), each with its
/// draft 2020-12 meaning: numbers judged exactly from their literals (<see cref="JsonNumber"/>), patterns read as
/// ECMA-262 reads them (<see cref="EcmaPattern"/>). A schema that uses anything else is not compiled. Tests hold
/// it to two validators written by others: JsonSchema.Net on the conformance cases, the corpus's exports and
/// thousands of one-value changes, and Ajv on the conformance cases.
/// </summary>
/// <remarks>
/// It replaced JsonSchema.Net in the library: JsonSchema.Net's module initializer builds its nineteen
/// meta-schemas in every process that links it, and native AOT runs it before <c>Main</c>, for every command of
/// the tool (about a fifth of a native first query; docs/performance.md).
/// </remarks>
internal sealed class CompiledSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly"];

    private readonly Check root;

    private CompiledSchema(Check root) => this.root = root;

    /// <summary>The checks of <paramref name="schema"/>, or null when it uses a keyword or a construct they do not know.</summary>
    public static CompiledSchema? Compile(JsonNode schema)
    {
        var compiled = new Dictionary<JsonObject, Check>(ReferenceEqualityComparer.Instance);
        return Compile(schema, schema, compiled) is { } check ? new CompiledSchema(check) : null;
    }

    /// <summary>True when <paramref name="instance"/> is valid against the schema.</summary>
    public bool IsValid(JsonElement instance) => root.Accepts(instance);

    /// <summary>
    /// The schema's problems with <paramref name="instance"/>, each a JSON Pointer and the failing keyword, every
    /// keyword judged on its own as draft 2020-12 does, but no more than <paramref name="limit"/>, and without an
    /// evaluation tree: memory follows what is reported, not what is read.
    /// </summary>
    public List<(string Pointer, string Keyword)> Problems(JsonElement instance, int limit)
    {
        var problems = new List<(string Pointer, string Keyword)>();
        root.Report(instance, "", problems, limit);
        return problems;
    }

    private static Check? Compile(JsonNode? node, JsonNode document, Dictionary<JsonObject, Check> compiled)
    {
        if (node is not JsonObject schema)
        {
            return null; // "true"/"false" schemas and anything odd: not compiled.
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
                "minimum" => value is JsonValue min && check.SetMinimum(min),
                "maximum" => value is JsonValue max && check.SetMaximum(max),
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
        private Bound? minimum;
        private Bound? maximum;
        private bool date;
        private Check? reference;

        /// <summary>A minimum or a maximum: exact, and as a 64-bit integer when it is one.</summary>
        private sealed record Bound(JsonNumber Exact, long? Plain)
        {
            public static Bound? Of(JsonValue value) => value.GetValueKind() != JsonValueKind.Number ? null
                : new Bound(JsonNumber.Parse(value.ToJsonString()), value.TryGetValue<long>(out var plain) ? plain : null);
        }

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
            if (EcmaPattern.ToDotNet(text) is not { } written)
            {
                return false;
            }
            pattern = new Regex(written, RegexOptions.CultureInvariant);
            return true;
        }

        public bool SetMinimum(JsonValue value) => (minimum = Bound.Of(value)) is not null;

        public bool SetMaximum(JsonValue value) => (maximum = Bound.Of(value)) is not null;

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
                    return NumberAccepted(instance) && InEnum(instance);
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
        /// <paramref name="limit"/>.
        /// </summary>
        public void Report(JsonElement instance, string pointer, List<(string Pointer, string Keyword)> sink, int limit)
        {
            if (sink.Count >= limit)
            {
                return;
            }
            reference?.Report(instance, pointer, sink, limit);
            // Read once: its type and its bounds are judged on the same number.
            var number = instance.ValueKind == JsonValueKind.Number ? Number(instance) : default;
            var typed = instance.ValueKind switch
            {
                JsonValueKind.Null => Has(TypeSet.Null),
                JsonValueKind.True or JsonValueKind.False => Has(TypeSet.Boolean),
                JsonValueKind.Number => IsTyped(number),
                JsonValueKind.String => Has(TypeSet.String),
                JsonValueKind.Array => Has(TypeSet.Array),
                JsonValueKind.Object => Has(TypeSet.Object),
                _ => false,
            };
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
                    if (minimum is { } least && number.CompareTo(least.Exact) < 0)
                    {
                        sink.Add((pointer, "minimum"));
                    }
                    if (maximum is { } most && number.CompareTo(most.Exact) > 0)
                    {
                        sink.Add((pointer, "maximum"));
                    }
                    break;
                case JsonValueKind.String:
                    var text = instance.GetString()!;
                    if (pattern is not null && !pattern.IsMatch(text))
                    {
                        sink.Add((pointer, "pattern"));
                    }
                    if (date && !IsDate(text))
                    {
                        sink.Add((pointer, "format"));
                    }
                    break;
                case JsonValueKind.Array when items is not null:
                    var i = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        // An item accepted has no problem to tell: no pointer is built for it (most of a document).
                        if (!items.Accepts(item))
                        {
                            items.Report(item, $"{pointer}/{i}", sink, limit);
                        }
                        i++;
                    }
                    break;
                case JsonValueKind.Object:
                    ReportObject(instance, pointer, sink, limit);
                    break;
            }
        }

        private void ReportObject(JsonElement instance, string pointer, List<(string Pointer, string Keyword)> sink, int limit)
        {
            if (required.Any(name => !instance.TryGetProperty(name, out _)))
            {
                sink.Add((pointer, "required"));
            }
            foreach (var property in instance.EnumerateObject())
            {
                if (sink.Count >= limit)
                {
                    return; // an object of a million unknown properties costs what is told, as an array of a million items does
                }
                if (properties is not null && properties.TryGetValue(property.Name, out var check))
                {
                    if (!check.Accepts(property.Value))
                    {
                        check.Report(property.Value, At(pointer, property.Name), sink, limit);
                    }
                }
                else if (noAdditional)
                {
                    sink.Add((At(pointer, property.Name), "additionalProperties"));
                }
            }
        }

        // Most numbers of an export are plain integers, read without a copy of their literal.
        private static JsonNumber Number(JsonElement instance) =>
            instance.TryGetInt64(out var plain) ? JsonNumber.Of(plain) : JsonNumber.Parse(instance.GetRawText());

        private bool IsTyped(JsonNumber number) => Has(TypeSet.Number) || (Has(TypeSet.Integer) && number.IsInteger);

        private bool NumberAccepted(JsonElement instance)
        {
            // The usual case, a plain integer against integer bounds, is decided without reading the literal.
            if (instance.TryGetInt64(out var plain) && minimum is null or { Plain: not null } && maximum is null or { Plain: not null })
            {
                return (Has(TypeSet.Integer) || Has(TypeSet.Number)) && (minimum is null || plain >= minimum.Plain) && (maximum is null || plain <= maximum.Plain);
            }
            var number = Number(instance);
            return IsTyped(number) && (minimum is null || number.CompareTo(minimum.Exact) >= 0) && (maximum is null || number.CompareTo(maximum.Exact) <= 0);
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

        private bool StringAccepted(string text) => (pattern is null || pattern.IsMatch(text)) && (!date || IsDate(text));

        // RFC 3339's full-date: four, two and two digits, a real day of the Gregorian calendar.
        private static bool IsDate(string text) =>
            text.Length == 10 && text.All(c => c is '-' or (>= '0' and <= '9')) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

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
