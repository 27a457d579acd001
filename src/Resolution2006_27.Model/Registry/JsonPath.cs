using System.Globalization;
using System.Text;

namespace Resolution2006_27.Model.Registry;

/// <summary>
/// Where a value stands in a registry document (<c>$.actors[12].state</c>), kept as links to its parent and spelled
/// out only when an error names it: a registry holds thousands of values and almost never an error, and spelling
/// every path out was a fifth of what reading the embedded registry allocated.
/// </summary>
internal sealed class JsonPath
{
    /// <summary>The document itself, <c>$</c>.</summary>
    public static readonly JsonPath Root = new(null, "$", -1);

    private readonly JsonPath? parent;
    private readonly string name;
    private readonly int index;

    private JsonPath(JsonPath? parent, string name, int index) => (this.parent, this.name, this.index) = (parent, name, index);

    /// <summary>The path of the property <paramref name="property"/> of this object.</summary>
    public JsonPath Property(string property) => new(this, property, -1);

    /// <summary>The path of item <paramref name="item"/> of this object's array <paramref name="property"/>.</summary>
    public JsonPath Item(string property, int item) => new(this, property, item);

    /// <summary>The path as errors write it: <c>$.actors[12].aliases[0]</c>.</summary>
    public override string ToString()
    {
        var written = new StringBuilder();
        Write(written);
        return written.ToString();
    }

    private void Write(StringBuilder written)
    {
        if (parent is not null)
        {
            parent.Write(written);
            written.Append('.');
        }
        written.Append(name);
        if (index >= 0)
        {
            written.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
