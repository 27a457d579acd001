using System.CommandLine;
using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>The `--instrument` and `--pinpoint` filter, shared by the commands that filter by citation.</summary>
internal sealed class InstrumentOptions
{
    public Option<string?> Instrument { get; } = new("--instrument")
    {
        Description = "Only what cites this instrument: id, short name, title, alias or symbol (trafficking-protocol, UNTOC).",
    };

    public Option<string?> Pinpoint { get; } = new("--pinpoint")
    {
        Description = "With --instrument: only citations within this pinpoint (\"article 6\", \"article 6, paragraph 2\").",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Instrument);
        command.Options.Add(Pinpoint);
    }

    /// <summary>
    /// The instrument and pinpoint asked for, or null when none; a pinpoint alone is a usage error. <paramref name="resolutions"/>
    /// comes back watched: when no resolution read cites the instrument, a warning says so after the last.
    /// </summary>
    public (string Instrument, string? Pinpoint)? Read(ParseResult parse, ref IEnumerable<Resolution> resolutions)
    {
        var pinpoint = parse.GetValue(Pinpoint);
        if (parse.GetValue(Instrument) is not { } instrument)
        {
            return pinpoint is null ? null : throw new UsageException("--pinpoint needs --instrument: a pinpoint is a place in an instrument.");
        }
        resolutions = Warn.IfNoInstrument(resolutions, instrument);
        return (instrument, pinpoint);
    }
}
