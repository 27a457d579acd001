namespace Resolution2006_27.Model.Schema;

/// <summary>
/// States, in the published schema, the least value an integer property may take. Read at schema
/// export; it changes nothing at run time.
/// </summary>
/// <param name="minimum">The least value allowed.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class SchemaMinimumAttribute(int minimum) : Attribute
{
    /// <summary>The least value allowed.</summary>
    public int Minimum { get; } = minimum;
}
