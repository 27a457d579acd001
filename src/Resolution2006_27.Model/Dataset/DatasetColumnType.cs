namespace Resolution2006_27.Model.Dataset;

/// <summary>The Parquet type of a dataset column, as DuckDB, pandas (pyarrow), R (arrow) and Spark read it.</summary>
public enum DatasetColumnType
{
    /// <summary>UTF-8 text (Parquet BYTE_ARRAY, logical type STRING); may be null where the column says so.</summary>
    String,

    /// <summary>A 32-bit integer (INT32), never null.</summary>
    Int32,

    /// <summary>A 32-bit integer (INT32) that may be null.</summary>
    NullableInt32,

    /// <summary>A boolean, never null.</summary>
    Boolean,

    /// <summary>A calendar date (INT32, logical type DATE) that may be null.</summary>
    Date,

    /// <summary>A list of strings (a Parquet LIST of required strings), never null, possibly empty.</summary>
    StringList,
}
