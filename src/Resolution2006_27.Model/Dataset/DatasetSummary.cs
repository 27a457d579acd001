using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Dataset;

/// <summary>What <see cref="DatasetWriter.Write(IEnumerable{Corpus.CorpusFile}, string, bool)"/> wrote.</summary>
/// <param name="Directory">The folder holding the files.</param>
/// <param name="Resolutions">The resolutions written.</param>
/// <param name="Skipped">Files left out: unreadable (their diagnostics are in the diagnostics table) or duplicates of a symbol already written.</param>
/// <param name="Rows">The rows of each table, by table name.</param>
public sealed record DatasetSummary(string Directory, int Resolutions, int Skipped, ValueList<KeyValuePair<string, long>> Rows);
