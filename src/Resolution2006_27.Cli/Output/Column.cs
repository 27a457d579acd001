namespace Resolution2006_27.Cli.Output;

/// <summary>One column of a result: its name (snake_case, as CSV headers and JSON keys) and how to read it from a row.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Name">The column's name.</param>
/// <param name="Value">The value: a string, number, boolean, list of strings, or null.</param>
/// <param name="InTerminal">False for long columns left out of the aligned terminal table (CSV, JSON and Markdown have all).</param>
internal sealed record Column<T>(string Name, Func<T, object?> Value, bool InTerminal = true);
