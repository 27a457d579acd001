using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Cli;

/// <summary>
/// What the tool tells on standard error about what it read: every warning and error with file, line, column
/// and id, as compilers print them; info diagnostics counted, not listed; and a closing count of each severity.
/// </summary>
internal static class DiagnosticReport
{
    /// <summary>Lists the warnings and errors of one file and counts the rest.</summary>
    public static void Write(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            Console.Error.WriteLine(d with { Source = d.Source ?? file });
        }
        if (diagnostics.Count > 0)
        {
            Console.Error.WriteLine($"{file}: {Counts(diagnostics)}");
        }
    }

    /// <summary>For a corpus: one line for each file with warnings or errors, then the totals and the commonest ids.</summary>
    public static void WriteCorpus(string folder, int loaded, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var file in diagnostics.GroupBy(d => d.Source ?? "").Where(g => g.Any(d => d.Severity >= DiagnosticSeverity.Warning)))
        {
            var first = file.Where(d => d.Severity >= DiagnosticSeverity.Warning).MinBy(d => d.Offset)!;
            Console.Error.WriteLine($"{file.Key}: {Counts([.. file])}, the first at {first.Line}:{first.Column} ({first.Id})");
        }
        var leftOut = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Source).Distinct().Count();
        var common = string.Join(", ", diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Key} {g.Count()}"));
        Console.Error.WriteLine($"loaded {loaded} resolutions from {folder}{(leftOut > 0 ? $", {leftOut} files left out" : "")}; {Counts(diagnostics)}{(common.Length > 0 ? $" (most: {common})" : "")}");
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics)
    {
        int Of(DiagnosticSeverity s) => diagnostics.Count(d => d.Severity == s);
        return $"{Of(DiagnosticSeverity.Error)} errors, {Of(DiagnosticSeverity.Warning)} warnings, {Of(DiagnosticSeverity.Info)} info";
    }
}
