using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Text;

/// <summary>
/// A parser pattern starts interpreted and is compiled after <see cref="TieredRegex.Threshold"/> uses, matching alike
/// before and after.
/// </summary>
public sealed class TieredRegexTests
{
    private const string Pattern = @"^(?<n>\d{1,3})\.\s+(?<verb>[A-Z][a-z]+)";

    private static readonly string[] Lines = ["1. Urges", "12.  Requests", "1.Urges", "a. Urges", "", "1234. Decides", "7. urges"];

    [Fact]
    public void APattern_IsInterpretedUntilTheThreshold_ThenCompiled()
    {
        var tiered = new TieredRegex(Pattern, RegexOptions.CultureInvariant);
        for (var i = 1; i < TieredRegex.Threshold; i++)
        {
            Assert.False(tiered.Regex.Options.HasFlag(RegexOptions.Compiled), $"compiled at use {i}");
        }
        // The test host generates code (JIT), so the threshold's use gives the compiled form, with the same options else.
        Assert.True(RuntimeFeature.IsDynamicCodeCompiled);
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.Compiled, tiered.Regex.Options);
        Assert.Equal(Pattern, tiered.ToString());
    }

    [Fact]
    public void APattern_MatchesAlike_InterpretedAndCompiled()
    {
        var reference = new Regex(Pattern, RegexOptions.CultureInvariant);
        var tiered = new TieredRegex(Pattern, RegexOptions.CultureInvariant);
        var before = Lines.Select(Read).ToList();
        for (var i = 0; i < TieredRegex.Threshold; i++)
        {
            _ = tiered.Regex;
        }
        Assert.True(tiered.Regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.Equal(before, Lines.Select(Read).ToList());
        Assert.Equal(Lines.Select(l => Describe(reference.Match(l))).ToList(), before.Select(b => b.Match).ToList());
        Assert.Equal(["1. Urges", "12.  Requests"], before.Where(b => b.Match != "-").Select(b => b.Match));

        (string Match, bool IsMatch, bool FromTwo, int Count) Read(string line) =>
            (Describe(tiered.Match(line)), tiered.IsMatch(line), tiered.IsMatch(line, Math.Min(2, line.Length)), tiered.Matches(line).Count);
    }

    [Fact]
    public void APattern_ReadFromSpans_MatchesAsFromStrings()
    {
        var tiered = new TieredRegex(Pattern, RegexOptions.CultureInvariant);
        Assert.All(Lines, l => Assert.Equal(tiered.IsMatch(l), tiered.IsMatch(l.AsSpan())));
        var fromHere = new TieredRegex(@"\G\d\.", RegexOptions.CultureInvariant);
        Assert.True(fromHere.Match("x 3. Notes", 2).Success);
        Assert.False(fromHere.Match("x 3. Notes", 1).Success);
    }

    private static string Describe(Match m) => m.Success ? m.Value : "-";
}
