namespace Resolution2006_27.Model.Corpus;

/// <summary>A file of a corpus that could not be read, or was read with warnings.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Message">What went wrong, with line and column.</param>
/// <param name="IsError">True when the file was left out; false for a warning on a file that was read.</param>
public sealed record CorpusProblem(string File, string Message, bool IsError);
