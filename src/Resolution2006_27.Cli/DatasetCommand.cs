using System.CommandLine;
using Resolution2006_27.Model.Dataset;

namespace Resolution2006_27.Cli;

/// <summary>`dataset`: the resolutions as Parquet tables for DuckDB, pandas, R and Spark.</summary>
internal static class DatasetCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write, one .parquet file per table; written whole or not at all, and never over an existing folder without --force.",
            Required = true,
        };
        var command = new Command("dataset", "Write the resolutions as a dataset of Parquet tables (resolutions, parts, phrases, asks, addressees, citations, mentions, actors, instruments, footnotes, diagnostics); docs/dataset.md documents them.")
        {
            output, common.Force, common.Input, common.Corpus, common.Registry, common.Strict, common.KeepGoing, common.MaxChars,
        };
        command.SetAction(parse =>
        {
            var target = CommonOptions.RefuseExistingFolder(parse.GetValue(output)!.FullName, parse.GetValue(common.Force));
            var summary = DatasetWriter.Write(common.StreamFiles(parse), target, overwrite: parse.GetValue(common.Force));
            Console.Out.WriteLine($"{summary.Resolutions} resolutions written to {summary.Directory} ({summary.Skipped} files left out)");
            foreach (var (table, rows) in summary.Rows)
            {
                Console.Out.WriteLine($"  {table + ".parquet",-22} {rows,9} rows");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
