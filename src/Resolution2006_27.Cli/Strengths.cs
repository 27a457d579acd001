using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Cli;

/// <summary>Reads a strength given by name or rank.</summary>
internal static class Strengths
{
    public static Strength Parse(string? text, Strength fallback)
    {
        if (text is null)
        {
            return fallback;
        }
        if (int.TryParse(text, out var rank) && Enum.IsDefined((Strength)rank))
        {
            return (Strength)rank;
        }
        return Enum.TryParse<Strength>(text, ignoreCase: true, out var strength) && Enum.IsDefined(strength) && !int.TryParse(text, out _)
            ? strength
            : throw new UsageException($"'{text}' is no strength: expected none, encouraging, requesting, deciding, or 0 to 3.");
    }
}
