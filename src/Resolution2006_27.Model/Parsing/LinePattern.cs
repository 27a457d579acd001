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
    public bool IsMatch(string line) => MayOpen(line) && Regex.IsMatch(line);

    /// <summary>The match in <paramref name="line"/>, or an unsuccessful one; its first character is asked first.</summary>
    public Match Match(string line) => MayOpen(line) ? Regex.Match(line) : System.Text.RegularExpressions.Match.Empty;

    // None of the patterns matches an empty line.
    private bool MayOpen(string line) => line.Length > 0 && opensWith(line[0]);
}
