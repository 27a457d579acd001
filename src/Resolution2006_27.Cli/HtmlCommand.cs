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
            var folder = Path.GetFullPath(target);
            if ((Directory.Exists(folder) || File.Exists(folder)) && !force)
            {
                throw new IOException($"'{folder}' exists; give --force to replace it");
            }
            var temporary = Path.Combine(Path.GetDirectoryName(folder) ?? ".", $".{Path.GetFileName(folder)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            Directory.CreateDirectory(temporary);
            try
            {
                var pages = new List<(Model.Resolution, string)>();
                foreach (var resolution in common.Stream(parse, out _))
                {
                    var name = Path.GetFileNameWithoutExtension(resolution.Source.Name) + ".html";
                    File.WriteAllText(Path.Combine(temporary, name), HtmlPage.Render(resolution, "index.html"));
                    pages.Add((resolution, name));
                }
                File.WriteAllText(Path.Combine(temporary, "index.html"), HtmlPage.RenderIndex(pages));
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
                else if (File.Exists(folder))
                {
                    File.Delete(folder);
                }
                Directory.Move(temporary, folder);
                Console.Out.WriteLine($"{pages.Count} pages and index.html written to {folder}");
                return ExitCodes.Success;
            }
            catch
            {
                Directory.Delete(temporary, recursive: true);
                throw;
            }
        });
        return command;
    }
}
