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

    /// <summary>For a file of a corpus: one line when it has warnings or errors, with the first of them.</summary>
    public static void WriteCorpusFile(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).MinBy(d => d.Offset) is { } first)
        {
            Console.Error.WriteLine($"{file}: {Counts(diagnostics)}, the first at {first.Line}:{first.Column} ({first.Id}: {first.Message})");
        }
    }

    /// <summary>For a corpus: the totals and the commonest ids, after its files.</summary>
    public static void WriteCorpusTotals(string folder, Totals totals)
    {
        var common = string.Join(", ", totals.ById.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Take(5).Select(g => $"{g.Key} {g.Value}"));
        Console.Error.WriteLine($"loaded {totals.Loaded} resolutions from {folder}{(totals.LeftOut > 0 ? $", {totals.LeftOut} files left out" : "")}; {Counts(totals.BySeverity)}{(common.Length > 0 ? $" (most: {common})" : "")}");
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        Counts(diagnostics.CountBy(d => d.Severity).ToDictionary());

    private static string Counts(IReadOnlyDictionary<DiagnosticSeverity, int> counts) =>
        $"{counts.GetValueOrDefault(DiagnosticSeverity.Error)} errors, {counts.GetValueOrDefault(DiagnosticSeverity.Warning)} warnings, {counts.GetValueOrDefault(DiagnosticSeverity.Info)} info";

    /// <summary>What a corpus's files brought, counted as they are read: the diagnostics themselves are not kept.</summary>
    public sealed class Totals
    {
        public int Loaded { get; set; }

        public int LeftOut { get; private set; }

        public Dictionary<DiagnosticSeverity, int> BySeverity { get; } = [];

        public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);

        public void Add(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var file in diagnostics.GroupBy(d => d.Source))
            {
                LeftOut += file.Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;
                foreach (var d in file)
                {
                    BySeverity[d.Severity] = BySeverity.GetValueOrDefault(d.Severity) + 1;
                    if (d.Severity >= DiagnosticSeverity.Warning)
                    {
                        ById[d.Id] = ById.GetValueOrDefault(d.Id) + 1;
                    }
                }
            }
        }
    }
}
