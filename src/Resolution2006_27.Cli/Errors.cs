using System.Text.Json;
using System.Xml.Schema;
using Resolution2006_27.Model;
using Resolution2006_27.Model.AkomaNtoso;

namespace Resolution2006_27.Cli;

/// <summary>The failures the tool expects, each with its exit code and its message for standard error.</summary>
internal static class Errors
{
    /// <summary>The exit code and message for <paramref name="e"/>, or null for an exception no input should cause (a bug).</summary>
    public static (int Code, string Message)? Of(Exception e) => e switch
    {
        UsageException => (ExitCodes.Usage, e.Message),
        FileNotFoundException f => (ExitCodes.Usage, f.Message.StartsWith("no ", StringComparison.Ordinal) ? f.Message : $"no file at '{f.FileName}'"),
        DirectoryNotFoundException => (ExitCodes.Usage, e.Message),
        XmlSchemaException => (ExitCodes.Usage, $"the Akoma Ntoso schema does not compile: {e.Message}"),
        // The tool's name for the text bound is --max-chars: said beside the library's.
        ResolutionParseException p => (ExitCodes.InvalidInput, (p.Diagnostic.Source is null ? e.Message : p.Diagnostic.ToString()) +
            (p.Diagnostic.Id == Model.Diagnostics.DiagnosticIds.TooLong && p.Diagnostic.Message.Contains("ParserOptions.MaxLength", StringComparison.Ordinal) ? "; the tool's option is --max-chars" : "")),
        AkomaNtosoFormatException => (ExitCodes.InvalidInput, e.Message),
        FormatException => (ExitCodes.Usage, e.Message), // a filter's value, such as a pinpoint that names no article
        NotSupportedException or IOException or UnauthorizedAccessException or JsonException or InvalidDataException => (ExitCodes.InvalidInput, e.Message),
        _ => null,
    };
}
