using System.Text.RegularExpressions;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A pattern anchored at the start of a line, with the characters it may open with. Every block of a corpus is asked
/// whether it is an operative label, an item label, a closing line, an annex heading: nearly every one opens with a
/// character that settles it, and is turned away before the pattern is tried. (A regular expression's own search skips
/// to where a pattern may start in an unanchored search; an anchored one still costs a call into the interpreter.)
/// </summary>
internal sealed class LinePattern(string pattern, Func<char, bool> opensWith)
{
    private readonly TieredRegex tiered = new(pattern, RegexOptions.CultureInvariant);

    /// <summary>The pattern itself, as it stands (see <see cref="TieredRegex"/>).</summary>
    public Regex Regex => tiered.Regex;

    /// <summary>Whether <paramref name="line"/> matches; its first character is asked first.</summary>
    public bool IsMatch(string line) => IsMatch(line, 0, line.Length);

    /// <summary>The match in <paramref name="line"/>, or an unsuccessful one; its first character is asked first.</summary>
    public Match Match(string line) => Match(line, 0, line.Length);

    /// <summary>
    /// Whether the line that is characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>
    /// matches, read in place: the anchors hold at the line's ends as they would on the line cut out.
    /// </summary>
    public bool IsMatch(string text, int start, int end) => MayOpen(text, start, end) && Regex.IsMatch(text.AsSpan(start, end - start));

    /// <summary>
    /// The match in the line that is characters <paramref name="start"/> to <paramref name="end"/> of
    /// <paramref name="text"/>, read in place, or an unsuccessful one; its index counts from the start of
    /// <paramref name="text"/>, its length and groups' values are those on the line cut out.
    /// </summary>
    public Match Match(string text, int start, int end) =>
        MayOpen(text, start, end) ? Regex.Match(text, start, end - start) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False when no line that opens with <paramref name="first"/> can match: asked before a line's text is made.</summary>
    public bool MayOpenWith(char first) => opensWith(first);

    // None of the patterns matches an empty line.
    private bool MayOpen(string text, int start, int end) => end > start && opensWith(text[start]);
}
