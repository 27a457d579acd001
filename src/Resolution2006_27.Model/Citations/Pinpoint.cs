using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Citations;

/// <summary>
/// The part of an instrument a citation points to, as a path from the outermost unit inwards:
/// "article 6, paragraph 2" is [article 6] &gt; [paragraph 2].
/// </summary>
/// <param name="Text">The pinpoint's words as they stand ("article 6, paragraph 2").</param>
/// <param name="Path">The levels, outermost first.</param>
/// <param name="Caption">A caption the text gives the pinpointed part ("Special measures for ..."), or null.</param>
/// <param name="TextOffset">Where it starts in its part's <c>Text</c>, in characters: <c>Text.Substring(TextOffset, the pinpoint's text.Length)</c> is the pinpoint's text.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the source.</param>
public sealed record Pinpoint(string Text, ValueList<PinpointLevel> Path, string? Caption, [property: SchemaMinimum(0)] int TextOffset, SourceSpan Span)
{
    /// <summary>The path in Akoma Ntoso form, for example "art_6__para_2"; several numbers give the first one.</summary>
    public string ToAkomaNtosoFragment() =>
        string.Join("__", Path.Select(level => $"{Abbreviate(level.Unit)}_{level.Numbers[0]}"));

    private static string Abbreviate(string unit) => unit switch
    {
        "article" => "art",
        "paragraph" => "para",
        "subparagraph" => "subpara",
        "chapter" => "chp",
        "section" => "sec",
        _ => unit,
    };
}
