namespace Resolution2006_27.Model.Corpus;

/// <summary>How far a corpus load has come.</summary>
/// <param name="Done">Files read so far, this one included.</param>
/// <param name="Total">Files to read.</param>
/// <param name="File">The file just read.</param>
public sealed record CorpusProgress(int Done, int Total, string File);
