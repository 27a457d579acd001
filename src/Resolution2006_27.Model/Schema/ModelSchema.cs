using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of the model's JSON export: published in the repository as
/// <c>schema/resolution.schema.json</c>, embedded in this assembly, and exported from the model's
/// types by <see cref="Export"/>. A test keeps the published file equal to the export.
/// </summary>
public static class ModelSchema
{
    /// <summary>The schema's <c>$id</c>; its last segment is the schema version, raised when the contract changes.</summary>
    public const string Id = "urn:resolution2006-27:schema:resolution:1";

    /// <summary>The dialect: JSON Schema draft 2020-12.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<string> Published = new(() => EmbeddedResources.ReadText(EmbeddedResources.Schema));

    /// <summary>The published schema, as embedded in this assembly.</summary>
    public static string Text => Published.Value;

    /// <summary>
    /// Exports the schema from the model's types with System.Text.Json's <see cref="JsonSchemaExporter"/>:
    /// titles and descriptions from the XML documentation, patterns and minimums from
    /// <see cref="SchemaPatternAttribute"/> and <see cref="SchemaMinimumAttribute"/>, enums as their
    /// string values, 32-bit bounds on integers, no additional properties.
    /// </summary>
    /// <param name="xmlDocumentationPath">The library's XML documentation file; by default the one beside the assembly (beside the executable in a single-file or native build).</param>
    /// <returns>The schema, indented, with a final newline.</returns>
    /// <exception cref="FileNotFoundException">The XML documentation file is not there.</exception>
    public static string Export(string? xmlDocumentationPath = null)
    {
        var path = xmlDocumentationPath ?? DefaultDocumentationPath();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The schema's descriptions come from the library's XML documentation, which is not beside the assembly.", path);
        }
        var docs = XmlDocumentation.Load(path);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, docs),
        };
        var schema = ModelJson.Options.GetTypeInfo(typeof(Resolution)).GetJsonSchemaAsNode(options);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Location is empty in a single-file or native executable; the documentation is then looked for beside the executable.")]
    private static string DefaultDocumentationPath()
    {
        var assembly = typeof(ModelSchema).Assembly;
        return assembly.Location.Length > 0
            ? Path.ChangeExtension(assembly.Location, ".xml")
            : Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, XmlDocumentation docs)
    {
        var schema = node as JsonObject ?? [];
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var member = context.PropertyInfo?.AttributeProvider as PropertyInfo;

        if (type.IsEnum)
        {
            // The strict converters write exact camelCase names; the exporter cannot see through them.
            var names = Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n))!);
            schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names]) };
        }
        if (type == typeof(int))
        {
            schema["minimum"] = member?.GetCustomAttribute<SchemaMinimumAttribute>()?.Minimum ?? int.MinValue;
            schema["maximum"] = int.MaxValue;
        }
        if (member?.GetCustomAttribute<SchemaPatternAttribute>() is { } pattern)
        {
            var target = schema["items"] as JsonObject ?? schema;
            target["pattern"] = pattern.Pattern;
        }

        var (title, description) = context.PropertyInfo is { } property && member is not null
            ? (Humanize(property.Name), docs.Property(property.DeclaringType, member))
            : context.TypeInfo.Kind == JsonTypeInfoKind.Object
                ? (Humanize(type.Name), docs.Type(type))
                : (null, null);
        if (type.IsEnum)
        {
            var values = Enum.GetNames(type).Select(n => $"{JsonNamingPolicy.CamelCase.ConvertName(n)}: {docs.Field(type, n)}");
            description = $"{description ?? docs.Type(type)} Values: {string.Join(" ", values)}";
        }

        var result = new JsonObject();
        if (context.Path.IsEmpty)
        {
            result["$schema"] = Dialect;
            result["$id"] = Id;
        }
        if (title is not null)
        {
            result["title"] = title;
        }
        if (description is not null)
        {
            result["description"] = description;
        }
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            result[key] = value;
        }
        return result;
    }

    // "footnoteMarkers" and "FootnoteMarkers" both read "Footnote markers".
    private static string Humanize(string name)
    {
        var words = Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
