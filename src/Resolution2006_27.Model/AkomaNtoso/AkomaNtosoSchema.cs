using System.Xml.Schema;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>The official Akoma Ntoso 3.0 schema, compiled for validation. The library does not ship it: give its folder.</summary>
public static class AkomaNtosoSchema
{
    /// <summary>The schema's file name.</summary>
    public const string FileName = "akomantoso30.xsd";

    /// <summary>
    /// Compiles <c>akomantoso30.xsd</c> from <paramref name="directory"/>, with the <c>xml.xsd</c> beside it
    /// added first (the schema uses <c>xml:lang</c> and compiles only with it).
    /// </summary>
    /// <param name="directory">The folder holding akomantoso30.xsd and xml.xsd.</param>
    /// <returns>The compiled schema set.</returns>
    /// <exception cref="FileNotFoundException">A schema file is not in the folder.</exception>
    /// <exception cref="XmlSchemaException">A schema file does not compile.</exception>
    public static XmlSchemaSet Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var set = new XmlSchemaSet();
        foreach (var file in new[] { "xml.xsd", FileName })
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The Akoma Ntoso schema needs {file} in {directory}.", path);
            }
            set.Add(null, path);
        }
        set.Compile();
        return set;
    }

    /// <summary>
    /// Finds the folder holding the schema: <paramref name="given"/>, else the AKN_SCHEMA_DIR environment
    /// variable, else shared/reference/akn in the working folder or any folder above it.
    /// </summary>
    /// <param name="given">A folder given by the user, or null.</param>
    /// <returns>The folder, or null when none holds the schema.</returns>
    public static string? Find(string? given = null) =>
        Find(given, Environment.GetEnvironmentVariable("AKN_SCHEMA_DIR"), Environment.CurrentDirectory);

    // The lookup with the process's state passed in, so that it can be read without changing that state.
    internal static string? Find(string? given, string? fromEnvironment, string workingFolder)
    {
        if (given is not null)
        {
            return given;
        }
        if (fromEnvironment is { Length: > 0 })
        {
            return fromEnvironment;
        }
        for (var dir = new DirectoryInfo(workingFolder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "akn");
            if (File.Exists(Path.Combine(candidate, FileName)))
            {
                return candidate;
            }
        }
        return null;
    }
}
