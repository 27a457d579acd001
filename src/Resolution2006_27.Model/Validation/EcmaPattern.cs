using System.Text;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// A schema's "pattern", which JSON Schema reads as an ECMA-262 regular expression, written for .NET's engine.
/// The two read the published patterns alike but for "$": .NET's also matches before a final line feed, so
/// "abc\n" would pass "^[a-z]+$". Each "$" becomes "\z". A pattern that uses anything else the two engines read
/// differently ("." and the shorthand classes, which ECMA-262 reads as ASCII or with other line terminators;
/// inline groups; a class that opens with "]") is refused, and the schema with it, rather than read wrongly.
/// </summary>
internal static class EcmaPattern
{
    /// <summary>The .NET pattern that matches what <paramref name="pattern"/> matches in ECMA-262, or null when it cannot say.</summary>
    public static string? ToDotNet(string pattern)
    {
        var written = new StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 == pattern.Length || "dDwWsSbBpPk0123456789cux".Contains(pattern[i + 1], StringComparison.Ordinal))
                {
                    return null;
                }
                written.Append(c).Append(pattern[++i]);
                continue;
            }
            if (inClass)
            {
                inClass = c != ']';
                written.Append(c);
                continue;
            }
            switch (c)
            {
                case '[':
                    if (pattern.AsSpan(i + 1).StartsWith("]") || pattern.AsSpan(i + 1).StartsWith("^]"))
                    {
                        return null;
                    }
                    inClass = true;
                    written.Append(c);
                    break;
                case '.':
                    return null;
                case '(' when i + 1 < pattern.Length && pattern[i + 1] == '?':
                    return null;
                case '$':
                    written.Append("\\z");
                    break;
                default:
                    written.Append(c);
                    break;
            }
        }
        return inClass ? null : written.ToString();
    }
}
