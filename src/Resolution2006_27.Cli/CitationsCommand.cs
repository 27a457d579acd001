using System.CommandLine;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Cli;

/// <summary>`citations`: every citation with its pinpoint, or counts per instrument.</summary>
internal static class CitationsCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var citing = new InstrumentOptions();
        var summary = new Option<bool>("--summary") { Description = "Count the citations per instrument, with the parts and pinpoints." };
        var command = new Command("citations", "List the citations of instruments and documents, with pinpoints and short forms resolved.") { summary };
        citing.AddTo(command);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            IEnumerable<Model.Resolution> watched = common.LoadAll(parse);
            var instrument = citing.Read(parse, ref watched);
            // Citations need the whole corpus (whether a cited resolution is loaded), so they do not stream.
            var loaded = watched.ToList();
            // In a corpus, a citation of a loaded resolution says so (loaded_symbol).
            var rows = new Model.Corpus.ResolutionCorpus(loaded).CitationRows();
            if (instrument is { } i)
            {
                rows = rows.Citing(i.Instrument, i.Pinpoint);
            }
            return common.Emit(parse, parse.GetValue(summary) ? Rows.CitationCounts(rows.CountByInstrument()) : Rows.Citations(rows, loaded.Count > 1));
        });
        return command;
    }
}
