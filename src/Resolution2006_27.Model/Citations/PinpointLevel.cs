using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Citations;

/// <summary>One level of a pinpoint path: a unit and the numbers cited at that level.</summary>
/// <param name="Unit">The unit, singular and lower case: "article", "paragraph", "guideline".</param>
/// <param name="Numbers">The numbers cited, in order: one ("article 6") or several ("articles 24 and 25").</param>
public sealed record PinpointLevel(string Unit, ValueList<string> Numbers)
{
    /// <summary>The level as the UN writes it: "article 6", "articles 24 and 25".</summary>
    public override string ToString()
    {
        var unit = Numbers.Count > 1 ? Unit + "s" : Unit;
        return Numbers.Count switch
        {
            1 => $"{unit} {Numbers[0]}",
            _ => $"{unit} {string.Join(", ", Numbers.Take(Numbers.Count - 1))} and {Numbers[^1]}",
        };
    }
}
