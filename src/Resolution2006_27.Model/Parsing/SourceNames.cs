using System.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Which resolution a source's name names: "A_RES_40_33.txt", "E-RES-2006-27.txt", "S_RES_0004_1946.txt",
/// "A_RES_2200(XXI).txt" name A/RES/40/33, E/RES/2006/27, S/RES/4 (1946) and A/RES/2200 (XXI). Names and
/// symbols are compared by their letters and numbers alone, leading zeros dropped; a name that names a
/// resolution in parts ("A/RES/32/40") names its first part. What stands before the symbol's organ (a copy's
/// number, "1-A_RES_40_33.txt"; a collection's name, "undocs_A_RES_40_33.txt") is no part of it.
/// </summary>
internal static class SourceNames
{
    /// <summary>The index of the symbol the name gives, or 0 when it gives none.</summary>
    public static int Pick(IReadOnlyList<string> symbols, string? sourceName, out bool found)
    {
        found = false;
        if (sourceName is null || Key(Path.GetFileNameWithoutExtension(sourceName)) is not { } whole || whole.IndexOf("-RES-", StringComparison.Ordinal) is not (var res and >= 0))
        {
            return 0;
        }
        var name = whole[(whole.LastIndexOf('-', Math.Max(0, res - 1)) + 1)..];
        for (var i = 0; i < symbols.Count; i++)
        {
            var key = Key(symbols[i]);
            if (key == name || key?.StartsWith(name + "-", StringComparison.Ordinal) == true)
            {
                found = true;
                return i;
            }
        }
        return 0;
    }

    /// <summary>Letters and numbers in upper case, runs of anything else as one '-', numbers without leading zeros.</summary>
    internal static string? Key(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) && (current.Length == 0 || char.IsAsciiDigit(c) == char.IsAsciiDigit(current[0])))
            {
                current.Append(c);
                continue;
            }
            Flush();
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
        }
        Flush();
        return parts.Count == 0 ? null : string.Join("-", parts);

        void Flush()
        {
            if (current.Length > 0)
            {
                var part = current.ToString();
                parts.Add(char.IsAsciiDigit(part[0]) ? part.TrimStart('0') is { Length: > 0 } t ? t : "0" : part);
                current.Clear();
            }
        }
    }
}
