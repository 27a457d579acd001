using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Diagnostics;

/// <summary>
/// One thing a reader of the library's inputs reports: the parser of printed text, the Akoma Ntoso reader,
/// the JSON validator and the corpus loader all speak through this type. Like a compiler's diagnostics it
/// has a stable <see cref="Id"/> a user can search for and filter out (see <see cref="DiagnosticIds"/>), a
/// <see cref="Severity"/>, the <see cref="Span"/> it is about and a message in the domain's words.
/// </summary>
/// <param name="Id">The stable code, such as <c>RES0101</c>; listed with its meaning in <see cref="DiagnosticIds"/>.</param>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Message">What was found and how it was read, in the domain's words, without the position.</param>
/// <param name="Span">Where: offset and length in UTF-16 code units of the input, and the one-based line and column of its start.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>The file or source the diagnostic is about (a file name), or null for a string given directly.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Facts that belong to the finding as data, by name: the JSON validator gives <c>pointer</c>, <c>rule</c>,
    /// <c>expected</c> and <c>found</c>; empty for most diagnostics.
    /// </summary>
    public ValueList<KeyValuePair<string, string>> Data { get; init; } = ValueList<KeyValuePair<string, string>>.Empty;

    /// <summary>One-based line of the start.</summary>
    public int Line => Span.Line;

    /// <summary>One-based column of the start.</summary>
    public int Column => Span.Column;

    /// <summary>Zero-based offset of the start.</summary>
    public int Offset => Span.Start;

    /// <summary>The value of <paramref name="name"/> in <see cref="Data"/>, or null.</summary>
    /// <param name="name">A data name, such as <c>pointer</c>.</param>
    /// <returns>The value, or null when the diagnostic has none by that name.</returns>
    public string? DataValue(string name) => Data.FirstOrDefault(d => d.Key == name).Value;

    /// <summary>The same diagnostic with <see cref="Severity"/> <see cref="DiagnosticSeverity.Error"/>, for strict readings.</summary>
    /// <returns>A diagnostic of severity error.</returns>
    public Diagnostic AsError() => this with { Severity = DiagnosticSeverity.Error };

    /// <summary>"source:line:column: severity ID: message", as compilers print them.</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString() =>
        $"{(Source is null ? "" : Source + ":")}{Span.Line}:{Span.Column}: {SeverityName(Severity)} {Id}: {Message}";

    /// <summary>The severity as printed: "info", "warning", "error".</summary>
    /// <param name="severity">A severity.</param>
    /// <returns>Its lower-case name.</returns>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };
}
