using System.CommandLine;
using Resolution2006_27.Cli.Output;

namespace Resolution2006_27.Cli;

/// <summary>The options every query command takes, made fresh for each command.</summary>
internal sealed class CommonOptions
{
    public Option<FileInfo?> Input { get; } = new("--input", "-i")
    {
        Description = "Work on this resolution instead of the embedded E/RES/2006/27: printed text, a JSON export or Akoma Ntoso XML.",
    };

    public Option<DirectoryInfo?> Corpus { get; } = new("--corpus")
    {
        Description = "Work on every resolution in this folder (.txt printed text, .json exports, .xml Akoma Ntoso) at once.",
    };

    public Option<FileInfo?> Registry { get; } = new("--registry")
    {
        Description = "Extend the built-in registry of actors and instruments with this JSON file (same shape as the built-in one; see the README).",
    };

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = $"Output format: {TableWriter.Formats}. table is aligned for the terminal (long cells cut, wide columns left out); csv (RFC 4180), json, jsonl (JSON Lines) and markdown hold every column.",
        DefaultValueFactory = _ => "table",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output; written whole or not at all, and never over an existing file without --force.",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Refuse printed text at its first warning (a phrase the lexicon does not know, text that cannot be placed, a numbering gap) instead of reading it and reporting; exit 1 with the diagnostic.",
    };

    public Option<bool> KeepGoing { get; } = new("--keep-going", "-k")
    {
        Description = "With --corpus: leave out a file that cannot be read (named on standard error) and go on; without it, such a file stops the run with exit 1 and nothing written to --output.",
    };

    public Option<int> MaxChars { get; } = new("--max-chars")
    {
        Description = "The longest printed text read, in characters (ParserOptions.MaxLength); a longer one is refused, not read.",
        DefaultValueFactory = _ => Model.ParserOptions.DefaultMaxLength,
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "With --output: replace the file if it exists.",
    };

    public CommonOptions() => Format.AcceptOnlyFromAmong("table", "csv", "json", "jsonl", "markdown");

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Force);
        command.Options.Add(Input);
        command.Options.Add(Corpus);
        command.Options.Add(Registry);
        command.Options.Add(Strict);
        command.Options.Add(KeepGoing);
        command.Options.Add(MaxChars);
    }

    /// <summary>The --max-chars given, checked: a bound below 1 is a usage error.</summary>
    public int MaxCharsOf(ParseResult parse) =>
        parse.GetResult(MaxChars) is null ? Model.ParserOptions.DefaultMaxLength // a command without the option
        : parse.GetValue(MaxChars) is var n and >= 1 ? n : throw new UsageException($"--max-chars must be at least 1, not {parse.GetValue(MaxChars)}.");

    public Model.Resolution Load(ParseResult parse) => InputLoader.Load(parse.GetValue(Input), parse.GetValue(Registry), parse.GetValue(Strict), MaxCharsOf(parse));

    /// <summary>The resolutions a query runs over: the corpus when --corpus is given, else the one resolution.</summary>
    public IReadOnlyList<Model.Resolution> LoadAll(ParseResult parse) => CorpusFolder(parse) is { } folder
        ? InputLoader.LoadCorpus(folder, parse.GetValue(Registry), parse.GetValue(Strict), parse.GetValue(KeepGoing), MaxCharsOf(parse)).Resolutions
        : [Load(parse)];

    public IEnumerable<Model.Resolution> Stream(ParseResult parse, out bool corpus)
    {
        var folder = CorpusFolder(parse);
        corpus = folder is not null;
        return folder is not null
            ? InputLoader.StreamCorpus(folder, parse.GetValue(Registry), parse.GetValue(Strict), parse.GetValue(KeepGoing), MaxCharsOf(parse))
            : [Load(parse)];
    }

    /// <summary>
    /// The files of --corpus as they are read (every one read, a duplicate marked; with --keep-going also those that
    /// could not be read), or the one resolution of --input (or the embedded one) as a file without diagnostics.
    /// </summary>
    public IEnumerable<Model.Corpus.CorpusFile> StreamFiles(ParseResult parse)
    {
        if (CorpusFolder(parse) is not { } folder)
        {
            var resolution = Load(parse);
            return [new Model.Corpus.CorpusFile(resolution.Source.Name, resolution, Model.Collections.ValueList<Model.Diagnostics.Diagnostic>.Empty)];
        }
        return InputLoader.StreamCorpusFiles(folder, parse.GetValue(Registry), parse.GetValue(Strict), parse.GetValue(KeepGoing), MaxCharsOf(parse));
    }

    // The folder of --corpus, or null; with --input beside it, a usage error.
    private DirectoryInfo? CorpusFolder(ParseResult parse) =>
        parse.GetValue(Corpus) is not { } folder ? null
        : parse.GetValue(Input) is not null ? throw new UsageException("--input and --corpus exclude each other: give one resolution or a folder of them.")
        : folder;

    /// <summary>The full path of a folder to write, refused when it exists without --force: said in the tool's words.</summary>
    public static string RefuseExistingFolder(string folder, bool force)
    {
        var full = Path.GetFullPath(folder);
        return (Directory.Exists(full) || File.Exists(full)) && !force ? throw new IOException($"'{full}' exists; give --force to replace it") : full;
    }



    public int Emit(ParseResult parse, ResultTable table)
    {
        OutputFile.Write(output => TableWriter.Write(table, parse.GetValue(Format)!, output), parse.GetValue(Output), parse.GetValue(Force));
        return ExitCodes.Success;
    }
}
