namespace Resolution2006_27.Cli.Output;

/// <summary>A result as columns and rows of plain values, ready for any output format.</summary>
internal sealed class ResultTable
{
    private ResultTable(IReadOnlyList<string> columns, IReadOnlyList<bool> inTerminal, IEnumerable<object?[]> rows)
    {
        Columns = columns;
        InTerminal = inTerminal;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<bool> InTerminal { get; }

    /// <summary>The rows, made as they are read: a corpus streams through them once.</summary>
    public IEnumerable<object?[]> Rows { get; }

    public static ResultTable From<T>(IEnumerable<T> items, params Column<T>[] columns) =>
        new(
            [.. columns.Select(c => c.Name)],
            [.. columns.Select(c => c.InTerminal)],
            items.Select(item => columns.Select(c => c.Value(item)).ToArray()));
}
