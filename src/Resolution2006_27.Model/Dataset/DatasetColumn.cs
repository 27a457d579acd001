namespace Resolution2006_27.Model.Dataset;

/// <summary>One column of a dataset table.</summary>
/// <param name="Name">The column's name, snake_case.</param>
/// <param name="Type">Its Parquet type.</param>
/// <param name="Description">What it holds, in a sentence.</param>
public sealed record DatasetColumn(string Name, DatasetColumnType Type, string Description);
