namespace Resolution2006_27.Cli.Output;

/// <summary>A result as columns and rows of plain values, ready for any output format.</summary>
internal sealed class ResultTable
{
    private ResultTable(IReadOnlyList<string> columns, IReadOnlyList<bool> inTerminal, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        InTerminal = inTerminal;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<bool> InTerminal { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public static ResultTable From<T>(IEnumerable<T> items, params Column<T>[] columns) =>
        new(
            [.. columns.Select(c => c.Name)],
            [.. columns.Select(c => c.InTerminal)],
            [.. items.Select(item => columns.Select(c => c.Value(item)).ToArray())]);
}
