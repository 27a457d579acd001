using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Corpus;

/// <summary>One file of a corpus as read: the resolution it gives, or none, and what reading it found.</summary>
/// <param name="Name">The file's name, without its folder.</param>
/// <param name="Resolution">The resolution; null when the file is left out (its diagnostics then hold an error).</param>
/// <param name="Diagnostics">The diagnostics of the file, each naming it as its <see cref="Diagnostic.Source"/>.</param>
public sealed record CorpusFile(string Name, Resolution? Resolution, ValueList<Diagnostic> Diagnostics);
