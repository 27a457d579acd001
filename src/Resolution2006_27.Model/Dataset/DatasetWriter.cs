using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Dataset;

/// <summary>
/// Writes resolutions as a dataset for analytics engines: one Parquet file per table of <see cref="DatasetSchema"/>,
/// which DuckDB, pandas, R (arrow) and Spark read. Rows are written as each resolution comes, in row groups, so
/// memory holds one resolution and one row group per table whatever the corpus; actors and instruments are
/// gathered as they are met (at most the registry's, and those made from symbols) and written last.
/// </summary>
public static class DatasetWriter
{
    /// <summary>
    /// Writes the dataset of <paramref name="files"/> (as <c>ResolutionCorpus.Read</c>
    /// gives them) into <paramref name="directory"/>. The files are written in a temporary folder beside it and moved
    /// into place at the end: on failure nothing is left, and an existing folder is kept unless <paramref name="overwrite"/>.
    /// </summary>
    /// <param name="files">The files, in order; a file without a resolution gives its diagnostics only, a duplicate nothing.</param>
    /// <param name="directory">The folder to write; created.</param>
    /// <param name="overwrite">Replace the folder if it exists.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="IOException">The folder exists and <paramref name="overwrite"/> is false, or a file cannot be written.</exception>
    public static DatasetSummary Write(IEnumerable<CorpusFile> files, string directory, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var target = Path.GetFullPath(directory);
        return WholeFolder.Write(directory, overwrite, temporary => WriteTables(files, temporary)) with { Directory = target };
    }

    /// <summary>Writes the dataset of resolutions already read (their diagnostics are not known here: none are written).</summary>
    /// <param name="resolutions">The resolutions.</param>
    /// <param name="directory">The folder to write.</param>
    /// <param name="overwrite">Replace the folder if it exists.</param>
    /// <returns>What was written.</returns>
    public static DatasetSummary Write(IEnumerable<Resolution> resolutions, string directory, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        return Write(resolutions.Select(r => new CorpusFile(r.Source.Name, r, ValueList<Diagnostics.Diagnostic>.Empty)), directory, overwrite);
    }

    private static DatasetSummary WriteTables(IEnumerable<CorpusFile> files, string folder)
    {
        var metadata = new Dictionary<string, string> { ["res2006.datasetVersion"] = DatasetSchema.Version };
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var instruments = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        int written = 0, skipped = 0;
        string? dataVersion = null;

        // Opened lazily: the data version goes into every file's metadata, and it is known from the first resolution.
        Writers? writers = null;
        try
        {
            foreach (var file in files)
            {
                if (file.DuplicateOf is not null || (file.Resolution is { } r && r.Symbol.Length > 0 && !symbols.Add(r.Symbol)))
                {
                    skipped++;
                    continue;
                }
                dataVersion ??= file.Resolution?.DataVersion;
                writers ??= new Writers(folder, new Dictionary<string, string>(metadata) { ["res2006.dataVersion"] = dataVersion ?? "" });
                foreach (var diagnostic in file.Diagnostics)
                {
                    writers.Diagnostics.Add(new DiagnosticRow(file, diagnostic));
                }
                if (file.Resolution is not { } resolution)
                {
                    skipped++;
                    continue;
                }
                written++;
                WriteResolution(writers, file, resolution);
                foreach (var actor in resolution.Actors)
                {
                    actors.TryAdd(actor.Id, actor);
                }
                foreach (var instrument in resolution.Instruments)
                {
                    instruments.TryAdd(instrument.Id, instrument);
                }
            }
            writers ??= new Writers(folder, metadata);
            foreach (var actor in actors.Values)
            {
                writers.Actors.Add(actor);
            }
            foreach (var instrument in instruments.Values)
            {
                writers.Instruments.Add(instrument);
            }
            var rows = writers.Rows();
            writers.Dispose();
            writers = null;
            return new DatasetSummary(folder, written, skipped, rows);
        }
        finally
        {
            writers?.Dispose();
        }
    }

    private static void WriteResolution(Writers w, CorpusFile file, Resolution r)
    {
        // The asks are read once: their count is a column of the resolution, each a row of its own.
        var asks = r.Asks().ToList();
        w.Resolutions.Add(new ResolutionRow(file, r, asks.Count));
        foreach (var paragraph in r.Preamble.Paragraphs)
        {
            WritePart(w, r, paragraph, "preambular", null, 1);
        }
        foreach (var paragraph in r.OperativeParagraphs)
        {
            WritePart(w, r, paragraph, "operative", null, 1);
        }
        foreach (var ask in asks)
        {
            w.Asks.Add(ask);
        }
        foreach (var footnote in r.Footnotes)
        {
            w.Footnotes.Add(new FootnoteRow(r, footnote));
        }
    }

    private static void WritePart(Writers w, Resolution r, Part part, string kind, string? parent, int level)
    {
        w.Parts.Add(new PartRow(r, part, kind, parent, level));
        foreach (var phrase in PartContents.Phrases(part))
        {
            w.Phrases.Add(new PhraseRow(r, part, phrase));
        }
        foreach (var ask in PartContents.Asks(part))
        {
            for (var i = 0; i < ask.Addressees.Count; i++)
            {
                w.Addressees.Add(new AddresseeRow(r, part, ask.Phrase, ask.Addressees[i], i + 1));
            }
        }
        foreach (var citation in part.Citations)
        {
            w.Citations.Add(new CitationRow(r, part, citation));
        }
        foreach (var mention in part.ActorMentions)
        {
            w.Mentions.Add(new MentionRow(r, part, mention));
        }
        foreach (var item in PartContents.Items(part))
        {
            WritePart(w, r, item, "item", part.Id.Short, level + 1);
        }
    }

    /// <summary>One writer per table, all open while the corpus streams past.</summary>
    private sealed class Writers(string folder, IReadOnlyDictionary<string, string> metadata) : IDisposable
    {
        public ParquetTableWriter<ResolutionRow> Resolutions { get; } = Open(DatasetTables.Resolutions, folder, metadata);

        public ParquetTableWriter<PartRow> Parts { get; } = Open(DatasetTables.Parts, folder, metadata);

        public ParquetTableWriter<PhraseRow> Phrases { get; } = Open(DatasetTables.Phrases, folder, metadata);

        public ParquetTableWriter<AddressedAsk> Asks { get; } = Open(DatasetTables.Asks, folder, metadata);

        public ParquetTableWriter<AddresseeRow> Addressees { get; } = Open(DatasetTables.Addressees, folder, metadata);

        public ParquetTableWriter<CitationRow> Citations { get; } = Open(DatasetTables.Citations, folder, metadata);

        public ParquetTableWriter<MentionRow> Mentions { get; } = Open(DatasetTables.Mentions, folder, metadata);

        public ParquetTableWriter<Actor> Actors { get; } = Open(DatasetTables.Actors, folder, metadata);

        public ParquetTableWriter<Instrument> Instruments { get; } = Open(DatasetTables.Instruments, folder, metadata);

        public ParquetTableWriter<FootnoteRow> Footnotes { get; } = Open(DatasetTables.Footnotes, folder, metadata);

        public ParquetTableWriter<DiagnosticRow> Diagnostics { get; } = Open(DatasetTables.Diagnostics, folder, metadata);

        private IEnumerable<(string Table, IDisposable Writer, Func<long> Rows)> All =>
        [
            ("resolutions", Resolutions, () => Resolutions.Rows), ("parts", Parts, () => Parts.Rows), ("phrases", Phrases, () => Phrases.Rows),
            ("asks", Asks, () => Asks.Rows), ("addressees", Addressees, () => Addressees.Rows), ("citations", Citations, () => Citations.Rows),
            ("mentions", Mentions, () => Mentions.Rows), ("actors", Actors, () => Actors.Rows), ("instruments", Instruments, () => Instruments.Rows),
            ("footnotes", Footnotes, () => Footnotes.Rows), ("diagnostics", Diagnostics, () => Diagnostics.Rows),
        ];

        public ValueList<KeyValuePair<string, long>> Rows() => All.Select(t => KeyValuePair.Create(t.Table, t.Rows())).ToValueList();

        private static ParquetTableWriter<T> Open<T>(TableSpec<T> spec, string folder, IReadOnlyDictionary<string, string> metadata) =>
            new(spec, Path.Combine(folder, spec.Table.Name + ".parquet"), metadata);

        public void Dispose()
        {
            foreach (var (_, writer, _) in All)
            {
                writer.Dispose();
            }
        }
    }
}
