namespace Resolution2006_27.Model.Collections;

/// <summary>Positions in a list grouped by a key of each entry: where each alias's first word, or each actor's id, stands.</summary>
internal static class IndexesByKey
{
    /// <summary>
    /// For each key (compared ordinally), the positions 0 to <paramref name="count"/> - 1 whose entry has it, in order.
    /// Built with loops, not a grouping query, as the parser builds these in every process that reads a text.
    /// </summary>
    public static Dictionary<string, int[]> Of(int count, Func<int, string> keyOf)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = keyOf(i);
            if (!lists.TryGetValue(key, out var at))
            {
                lists[key] = at = [];
            }
            at.Add(i);
        }
        var arrays = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, at) in lists)
        {
            arrays[key] = [.. at];
        }
        return arrays;
    }
}
