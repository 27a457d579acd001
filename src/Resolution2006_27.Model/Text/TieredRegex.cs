using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// A regular expression of the parser or the queries that starts interpreted and is compiled to IL once it has been
/// used <see cref="Threshold"/> times, as the runtime tiers methods: a first query (one resolution) never pays for
/// compiling some forty patterns, and a corpus read or queried in a long-running process gets the compiled ones, which
/// read the development corpus 8-10 % faster (docs/performance.md). Where code cannot be generated (native AOT, the
/// native tool) it stays interpreted. Both forms match alike; only the speed differs.
/// </summary>
internal sealed class TieredRegex(string pattern, RegexOptions options)
{
    /// <summary>Uses after which the pattern is compiled: a few resolutions' worth for the most used ones.</summary>
    internal const int Threshold = 2_000;

    private Regex regex = new(pattern, options);
    private int uses;

    /// <summary>The expression as it stands: interpreted, or compiled after <see cref="Threshold"/> uses; each read counts as one.</summary>
    public Regex Regex
    {
        get
        {
            // Counted only up to the threshold, and not atomically: a use lost to a race only delays the compiling,
            // and past the threshold the field is read, never written, so threads on other cores share it freely.
            if (uses < Threshold && ++uses == Threshold && RuntimeFeature.IsDynamicCodeCompiled)
            {
                regex = new Regex(pattern, options | RegexOptions.Compiled);
            }
            return regex;
        }
    }

    /// <inheritdoc cref="Regex.IsMatch(string)"/>
    public bool IsMatch(string input) => Regex.IsMatch(input);

    /// <inheritdoc cref="Regex.IsMatch(ReadOnlySpan{char})"/>
    public bool IsMatch(ReadOnlySpan<char> input) => Regex.IsMatch(input);

    /// <inheritdoc cref="Regex.IsMatch(string, int)"/>
    public bool IsMatch(string input, int startat) => Regex.IsMatch(input, startat);

    /// <inheritdoc cref="Regex.Match(string)"/>
    public Match Match(string input) => Regex.Match(input);

    /// <inheritdoc cref="Regex.Match(string, int)"/>
    public Match Match(string input, int startat) => Regex.Match(input, startat);

    /// <inheritdoc cref="Regex.Matches(string)"/>
    public MatchCollection Matches(string input) => Regex.Matches(input);

    /// <summary>The pattern.</summary>
    public override string ToString() => pattern;
}
