namespace Resolution2006_27.Model.Parsing;

/// <summary>The sequences UN lists are labelled in: letters (a ... z, aa, bb ...) and lower-case roman numerals.</summary>
internal static class Labels
{
    private static readonly (int Value, string Numeral)[] Roman =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    public static string NextLetter(string? previous)
    {
        if (previous is null)
        {
            return "a";
        }
        var letter = previous[0];
        return letter == 'z' ? new string('a', previous.Length + 1) : new string((char)(letter + 1), previous.Length);
    }

    public static string NextRoman(string? previous) => ToRoman(previous is null ? 1 : FromRoman(previous) + 1);

    public static string ToRoman(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (v, numeral) in Roman)
        {
            for (; value >= v; value -= v)
            {
                result.Append(numeral);
            }
        }
        return result.ToString();
    }

    /// <summary>The value of a lower-case roman numeral, or 0 when <paramref name="label"/> is not one in canonical form.</summary>
    public static int FromRoman(string label)
    {
        var value = 0;
        var rest = label;
        foreach (var (v, numeral) in Roman)
        {
            while (rest.StartsWith(numeral, StringComparison.Ordinal))
            {
                value += v;
                rest = rest[numeral.Length..];
            }
        }
        return rest.Length == 0 && value > 0 && ToRoman(value) == label ? value : 0;
    }
}
