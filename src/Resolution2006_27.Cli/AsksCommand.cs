using System.CommandLine;
using Resolution2006_27.Cli.Output;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Cli;

/// <summary>`asks`: who is asked to do what, how strongly, on what basis.</summary>
internal static class AsksCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var addressee = new Option<string?>("--addressee", "-a") { Description = "Only asks to this actor: id, name, alias or short form (unodc, \"the Office\"), or a kind (memberStates, unSecretariat)." };
        var mentions = new Option<string?>("--mentions") { Description = "Only asks whose words name this actor (id), as addressee or merely mentioned." };
        var verb = new Option<string?>("--verb") { Description = "Only asks made with this verb, as lemma or as printed (urge, Urges, \"calls upon\")." };
        var verbClass = new Option<string?>("--class") { Description = "Only asks whose verb is of this class: directive, deciding, evaluative, observing, reinforcing." };
        verbClass.AcceptOnlyFromAmong("directive", "deciding", "evaluative", "observing", "reinforcing");
        var least = new Option<string?>("--min-strength") { Description = "Only asks at least this strong: none, encouraging, requesting, deciding (or 0-3)." };
        var most = new Option<string?>("--max-strength") { Description = "Only asks at most this strong." };
        var citing = new InstrumentOptions();
        var text = new Option<string?>("--text") { Description = "Only asks whose words contain this text, in any case." };
        var summary = new Option<bool>("--summary") { Description = "Count the asks per addressee and verb instead of listing them." };
        var command = new Command("asks", "List the asks: one per addressee and per innermost item, with phrase, strength, scope, hedges and citations.")
        {
            addressee, mentions, verb, verbClass, least, most, text, summary,
        };
        citing.AddTo(command);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = common.Stream(parse, out var corpus);
            var addressedTo = parse.GetValue(addressee);
            if (addressedTo is not null)
            {
                loaded = Warn.IfNoActor(loaded, addressedTo);
            }
            var instrument = citing.Read(parse, ref loaded);
            var asks = loaded.SelectMany(r => r.Asks());
            if (addressedTo is { } a)
            {
                asks = asks.AddressedTo(a);
            }
            if (parse.GetValue(mentions) is { } m)
            {
                asks = asks.Mentioning(m);
            }
            if (parse.GetValue(verb) is { } v)
            {
                asks = asks.WithVerb(v);
            }
            if (parse.GetValue(verbClass) is { } c)
            {
                asks = asks.OfClass(Enum.Parse<VerbClass>(c, ignoreCase: true));
            }
            asks = asks.WithStrength(Strengths.Parse(parse.GetValue(least), Strength.None), Strengths.Parse(parse.GetValue(most), Strength.Deciding));
            if (instrument is { } i)
            {
                asks = asks.Citing(i.Instrument, i.Pinpoint);
            }
            if (parse.GetValue(text) is { } t)
            {
                asks = asks.Containing(t);
            }
            return parse.GetValue(summary) ? common.Emit(parse, Summary(asks)) : common.Emit(parse, Rows.Asks(asks, corpus));
        });
        return command;
    }

    private static ResultTable Summary(IEnumerable<AddressedAsk> asks) => ResultTable.From(
        asks.CountByAddresseeAndVerb(),
        new Column<AskCount>("addressee_id", c => c.ActorId),
        new Column<AskCount>("lemma", c => c.Lemma),
        new Column<AskCount>("asks", c => c.Asks),
        new Column<AskCount>("paragraphs", c => c.Paragraphs));
}
