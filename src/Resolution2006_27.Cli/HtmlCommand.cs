using System.CommandLine;
using Resolution2006_27.Cli.Output;
using Resolution2006_27.Model.Html;

namespace Resolution2006_27.Cli;

/// <summary>`html`: a self-contained page of a resolution, or a folder of pages and an index for a corpus.</summary>
internal static class HtmlCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The page to write (with --corpus, the folder for index.html and one page per resolution); written whole or not at all, never over an existing one without --force. Without it, one page goes to standard output.",
        };
        var command = new Command("html", "Write a self-contained HTML page of the resolution: the text with its phrases, addressees, actors, citations and footnotes marked, the asks as a table that filters, an actor by strength matrix and a graph of the instruments cited.")
        {
            output, common.Force, common.Input, common.Corpus, common.Registry, common.Strict, common.KeepGoing, common.MaxChars,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output);
            var force = parse.GetValue(common.Force);
            if (parse.GetValue(common.Corpus) is null)
            {
                var page = HtmlPage.Render(common.Load(parse));
                OutputFile.Write(writer => writer.Write(page), target is null ? null : new FileInfo(target), force);
                return ExitCodes.Success;
            }
            if (target is null)
            {
                throw new UsageException("--corpus writes a folder of pages: give it with --output DIR.");
            }
            var folder = CommonOptions.RefuseExistingFolder(target, force);
            var pages = HtmlPage.WriteSite(common.Stream(parse, out _), folder, overwrite: force);
            Console.Out.WriteLine($"{pages} pages and index.html written to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }
}
