using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Corpus;

/// <summary>One file of a corpus as read: the resolution it gives, or none, and what reading it found.</summary>
/// <param name="Name">The file's name, without its folder.</param>
/// <param name="Resolution">The resolution; null when the file is left out (its diagnostics then hold an error).</param>
/// <param name="Diagnostics">The diagnostics of the file, each naming it as its <see cref="Diagnostic.Source"/>.</param>
/// <param name="DuplicateOf">
/// The file an earlier resolution with the same symbol was read from (a text and its export): this one was read,
/// and is left out, its one diagnostic an error naming both; null for every other file.
/// </param>
public sealed record CorpusFile(string Name, Resolution? Resolution, ValueList<Diagnostic> Diagnostics, string? DuplicateOf = null);
