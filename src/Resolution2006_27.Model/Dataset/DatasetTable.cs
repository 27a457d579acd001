using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Dataset;

/// <summary>One table of the dataset: one Parquet file, <c>{Name}.parquet</c>.</summary>
/// <param name="Name">The table's name and file stem.</param>
/// <param name="Description">What one row is.</param>
/// <param name="Key">The columns that together identify a row (and join to other tables).</param>
/// <param name="Columns">Its columns, in file order.</param>
public sealed record DatasetTable(string Name, string Description, ValueList<string> Key, ValueList<DatasetColumn> Columns);
