using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model;

/// <summary>The source text a resolution was parsed from.</summary>
/// <param name="Name">A name for the source, such as the seed's file name.</param>
/// <param name="Sha256">The SHA-256 of the source's UTF-8 bytes, lower-case hex, so a model can be traced to its exact text.</param>
/// <param name="Length">The source's length in characters.</param>
public sealed record SourceInfo(
    string Name,
    [property: SchemaPattern(IdPatterns.Sha256)] string Sha256,
    [property: SchemaMinimum(0)] int Length);
