using Resolution2006_27.Model.Footnotes;

namespace Resolution2006_27.Model.Registry;

/// <summary>A footnote body known for one resolution's footnote number.</summary>
/// <param name="Resolution">The resolution's symbol ("E/RES/2006/27").</param>
/// <param name="Number">The footnote number.</param>
/// <param name="Body">The body, with its provenance.</param>
public sealed record RegistryFootnote(string Resolution, int Number, FootnoteBody Body);
