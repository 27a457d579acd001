using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Dataset;

/// <summary>
/// The tables <see cref="DatasetWriter"/> writes, their columns, types and keys: what docs/dataset.md documents
/// and a test holds the written files to.
/// </summary>
public static class DatasetSchema
{
    /// <summary>
    /// The version of the dataset's shape: it changes when a table or column is added, removed or retyped. Each
    /// file also carries the data version of the registry it was read with (key <c>res2006.dataVersion</c>).
    /// </summary>
    public const string Version = "1";

    /// <summary>Every table, in the order written.</summary>
    public static ValueList<DatasetTable> Tables { get; } = ValueList.Of(
        DatasetTables.Resolutions.Table, DatasetTables.Parts.Table, DatasetTables.Phrases.Table, DatasetTables.Asks.Table,
        DatasetTables.Addressees.Table, DatasetTables.Citations.Table, DatasetTables.Mentions.Table, DatasetTables.Actors.Table,
        DatasetTables.Instruments.Table, DatasetTables.Footnotes.Table, DatasetTables.Diagnostics.Table);
}
