using System.Globalization;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// A JSON number judged exactly from its literal, as JSON Schema asks ("1.0" and "1e2" are integers; a bound is
/// compared with the number written, not with a rounded double): sign, significant digits, and where the decimal
/// point falls among them.
/// </summary>
internal readonly struct JsonNumber
{
    // Exponents beyond this are as good as infinite for any comparison with a 64-bit bound, and cannot overflow.
    private const long ExponentLimit = 1_000_000_000_000_000;

    private readonly bool negative;
    private readonly string digits; // no leading or trailing zero; empty for zero
    private readonly long point;    // the value is 0.digits times ten to this power

    private JsonNumber(bool negative, string digits, long point) => (this.negative, this.digits, this.point) = (negative, digits, point);

    /// <summary>Reads a literal that <see cref="System.Text.Json"/> has already accepted as a JSON number.</summary>
    public static JsonNumber Parse(ReadOnlySpan<char> literal)
    {
        var negative = literal.Length > 0 && literal[0] == '-';
        var body = negative ? literal[1..] : literal;
        var e = body.IndexOfAny('e', 'E');
        var mantissa = e < 0 ? body : body[..e];
        var exponent = e < 0 ? 0 : ReadExponent(body[(e + 1)..]);
        var dot = mantissa.IndexOf('.');
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var all = dot < 0 ? mantissa.ToString() : string.Concat(whole, mantissa[(dot + 1)..]);
        var point = whole.Length + exponent;
        var first = 0;
        while (first < all.Length && all[first] == '0')
        {
            first++;
            point--;
        }
        var significant = all[first..].TrimEnd('0');
        return new JsonNumber(negative && significant.Length > 0, significant, significant.Length == 0 ? 0 : point);
    }

    /// <summary>The number of a 64-bit integer.</summary>
    public static JsonNumber Of(long value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the number has no fractional part.</summary>
    public bool IsInteger => digits.Length <= point;

    /// <summary>Less than zero, zero or more than zero as this number is below, equal to or above <paramref name="other"/>.</summary>
    public int CompareTo(JsonNumber other)
    {
        if (negative != other.negative)
        {
            return negative ? -1 : 1;
        }
        var magnitude = (digits.Length == 0, other.digits.Length == 0) switch
        {
            (true, true) => 0,
            (true, false) => -1,
            (false, true) => 1,
            _ => point != other.point ? point.CompareTo(other.point) : Math.Sign(string.CompareOrdinal(digits, other.digits)),
        };
        return negative ? -magnitude : magnitude;
    }

    private static long ReadExponent(ReadOnlySpan<char> text)
    {
        var sign = text.Length > 0 && text[0] == '-' ? -1 : 1;
        long value = 0;
        foreach (var c in text.TrimStart("+-"))
        {
            value = Math.Min(value * 10 + (c - '0'), ExponentLimit);
        }
        return sign * value;
    }
}
