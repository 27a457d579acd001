namespace Resolution2006_27.Model.Schema;

/// <summary>
/// States, in the published schema, the pattern a string property (or each string of a list
/// property) must match. Read at schema export; it changes nothing at run time.
/// </summary>
/// <param name="pattern">An anchored regular expression, usually one of <see cref="IdPatterns"/>.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class SchemaPatternAttribute(string pattern) : Attribute
{
    /// <summary>The regular expression.</summary>
    public string Pattern { get; } = pattern;
}
