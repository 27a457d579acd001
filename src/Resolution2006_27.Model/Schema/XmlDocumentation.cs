using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Resolution2006_27.Model.Schema;

/// <summary>
/// Reads the compiler's XML documentation file, so that the schema's descriptions are the same words
/// as the XML docs. A record's parameter documentation describes its properties.
/// </summary>
internal sealed class XmlDocumentation
{
    private readonly Dictionary<string, XElement> members;

    private XmlDocumentation(XDocument document) =>
        members = document.Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => g.First());

    // White space between two elements ("<see/> <see/>") is text of the summary: keep it.
    public static XmlDocumentation Load(string path) => new(XDocument.Load(path, LoadOptions.PreserveWhitespace));

    public string? Type(Type type) => Text(members.GetValueOrDefault("T:" + Name(type))?.Element("summary"));

    /// <summary>The words for a property: its record parameter on the type that exposes it, else its own summary.</summary>
    public string? Property(Type reflected, PropertyInfo property)
    {
        for (var type = reflected; type is not null && type != typeof(object); type = type.BaseType)
        {
            var param = members.GetValueOrDefault("T:" + Name(type))?.Elements("param")
                .FirstOrDefault(p => p.Attribute("name")?.Value == property.Name);
            if (param is not null)
            {
                return Text(param);
            }
        }
        return Text(members.GetValueOrDefault($"P:{Name(property.DeclaringType!)}.{property.Name}")?.Element("summary"));
    }

    public string? Field(Type type, string name) => Text(members.GetValueOrDefault($"F:{Name(type)}.{name}")?.Element("summary"));

    private static string Name(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    // A type reads as its name ("Actor"), a member as type and member ("Actor.Id").
    private static string Cref(string cref)
    {
        var name = cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('(')[0].Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) || name.Length < 2 ? name[^1] : $"{name[^2]}.{name[^1]}";
    }

    // <see cref="X.Y"/> becomes "X.Y", <c>x</c> becomes "x", and white space folds to single spaces.
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see =>
                see.Attribute("cref") is { } cref ? Cref(cref.Value) : see.Attribute("langword")?.Value ?? see.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
            XElement other => other.Value,
            _ => "",
        });
        return Regex.Replace(string.Concat(parts), @"\s+", " ").Trim();
    }
}
