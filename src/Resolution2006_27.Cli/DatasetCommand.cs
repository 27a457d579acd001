using System.CommandLine;
using Resolution2006_27.Model.Corpus;
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
            IEnumerable<CorpusFile> files;
            if (parse.GetValue(common.Corpus) is { } folder)
            {
                if (parse.GetValue(common.Input) is not null)
                {
                    throw new UsageException("--input and --corpus exclude each other: give one resolution or a folder of them.");
                }
                files = InputLoader.StreamCorpusFiles(folder, parse.GetValue(common.Registry), parse.GetValue(common.Strict), parse.GetValue(common.KeepGoing), common.MaxCharsOf(parse));
            }
            else
            {
                var resolution = common.Load(parse);
                files = [new CorpusFile(resolution.Source.Name, resolution, Model.Collections.ValueList<Model.Diagnostics.Diagnostic>.Empty)];
            }
            var target = parse.GetValue(output)!;
            if (target.Exists && !parse.GetValue(common.Force))
            {
                throw new IOException($"'{target.FullName}' exists; give --force to replace it");
            }
            var summary = DatasetWriter.Write(files, target.FullName, overwrite: parse.GetValue(common.Force));
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
