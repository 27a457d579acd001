namespace Resolution2006_27.Model;

/// <summary>The names of the resources embedded in this assembly, and access to them.</summary>
internal static class EmbeddedResources
{
    /// <summary>The adopted text of E/RES/2006/27, byte for byte as the seed.</summary>
    public const string Seed = "Resolution2006_27.Model.E-RES-2006-27.txt";

    /// <summary>The curated registry.</summary>
    public const string Registry = "Resolution2006_27.Model.registry.json";

    /// <summary>Every State, generated from Data/Sources/states.txt and ISO 3166.</summary>
    public const string States = "Resolution2006_27.Model.states.json";

    /// <summary>The HTML page's style sheet.</summary>
    public const string PageStyle = "Resolution2006_27.Model.page.css";

    /// <summary>The HTML page's script.</summary>
    public const string PageScript = "Resolution2006_27.Model.page.js";

    /// <summary>The published JSON Schema.</summary>
    public const string Schema = "Resolution2006_27.Model.resolution.schema.json";

    /// <summary>
    /// The seed's SHA-256 (its UTF-8 bytes, lower-case hex, as <see cref="SourceInfo.Sha256"/> states it), stated here so
    /// that the embedded model is read without computing it; a test holds it to the digest of <see cref="Seed"/>.
    /// </summary>
    public const string SeedSha256 = "68a6fb0acb300505a1c285a6da882477736d58da57bce2d62474e2aa89f4cc0d";

    /// <summary>The seed's file name, as the model's <see cref="SourceInfo.Name"/> shows it.</summary>
    public const string SeedFileName = "E-RES-2006-27.txt";

    public static Stream Open(string name) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly.");

    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
