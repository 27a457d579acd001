namespace Resolution2006_27.Model.Tests;

/// <summary>
/// A short ECOSOC resolution written for a test: its heading, the formula on line 5 (a two-line heading) and one
/// preambular paragraph on line 7, the paragraphs given from line 9, a blank line after each, and the closing lines
/// (41st plenary meeting, 27 July 2099).
/// </summary>
internal static class ShortResolution
{
    /// <summary>The text under the heading "Resolution 2099/1" and "A title".</summary>
    public static string Text(params string[] paragraphs) => Headed("Resolution 2099/1\n\nA title", paragraphs);

    /// <summary>The text under <paramref name="heading"/>, whose lines stand above a blank line and the formula.</summary>
    public static string Headed(string heading, params string[] paragraphs) =>
        heading + "\n\n The Economic and Social Council,\n\n Recalling its resolutions,\n\n"
        + string.Concat(paragraphs.Select(p => $" {p}\n\n")) + "41st plenary meeting\n27 July 2099\n";
}
