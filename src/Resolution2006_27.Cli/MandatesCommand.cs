using System.CommandLine;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Cli;

/// <summary>`mandates`: asks to the Secretariat, reporting mandates told apart.</summary>
internal static class MandatesCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var reporting = new Option<bool>("--reporting") { Description = "Only reporting mandates." };
        var addressee = new Option<string?>("--addressee", "-a") { Description = "Only mandates to this entity (id, name, alias or short form)." };
        var command = new Command("mandates", "List the mandates: asks to entities of the Secretariat (A/60/733), with whom to report to and when.") { reporting, addressee };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = common.Stream(parse, out var corpus);
            if (parse.GetValue(addressee) is { } named)
            {
                loaded = Warn.IfNoActor(loaded, named);
            }
            var mandates = loaded.SelectMany(r => r.Mandates());
            if (parse.GetValue(reporting))
            {
                mandates = mandates.Where(m => m.IsReporting);
            }
            if (parse.GetValue(addressee) is { } a)
            {
                mandates = mandates.Where(m => m.Ask.Actor.IsNamedBy(a));
            }
            return common.Emit(parse, Rows.Mandates(mandates, corpus));
        });
        return command;
    }
}
