using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Dataset;

/// <summary>A table's published description and, for each column, how a row gives its value.</summary>
internal sealed class TableSpec<TRow>(string name, string description, params string[] key)
{
    private readonly List<DatasetColumn> columns = [];
    private readonly List<Func<TRow, object?>> getters = [];

    public TableSpec<TRow> Column(string column, DatasetColumnType type, string about, Func<TRow, object?> get)
    {
        columns.Add(new DatasetColumn(column, type, about));
        getters.Add(get);
        return this;
    }

    public DatasetTable Table => new(name, description, key.ToValueList(), columns.ToValueList());

    public IReadOnlyList<Func<TRow, object?>> Getters => getters;
}
