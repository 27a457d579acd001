using System.Text.Json.Nodes;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// What a test judges, built afresh through the public factories instead of read from the process's defaults
/// (<see cref="Resolutions.E2006_27"/>, <see cref="ParserOptions.Default"/>).
/// </summary>
/// <remarks>
/// A default is built once per process, under whatever code was running then. A test runner that reuses its
/// process for many runs (a mutation run does, one run per changed build of the library) would otherwise judge
/// every later run by the value the first one built. Call these per test (an instance field, or a local), never
/// into a static field. The tests of the defaults themselves (<c>DefaultTests</c>, <c>ResolutionsTests</c>) read
/// the defaults, as a user does.
/// </remarks>
internal static class Fresh
{
    private static readonly System.Reflection.Assembly Library = typeof(Resolutions).Assembly;

    /// <summary>
    /// The embedded registry read anew: its curated file, and its list of States merged in as an extension
    /// (the embedded <c>states.json</c> is <c>{"actors": [...]}</c>; the registry file format wants the other three
    /// members too, which an extension gives empty).
    /// </summary>
    public static ReferenceRegistry Registry()
    {
        using var curatedStream = Resource("registry.json");
        var curated = ReferenceRegistry.FromStream(curatedStream);
        using var extension = new MemoryStream(StatesAsRegistry.Value, writable: false);
        return curated.Merge(ReferenceRegistry.FromStream(extension)) with { DataVersion = curated.DataVersion };
    }

    // The States' list in the registry file's shape: test data, not the library's work, so it is made once per
    // process (a mutation run builds a registry for most tests of every mutant); the library reads it anew each time.
    private static readonly Lazy<byte[]> StatesAsRegistry = new(() =>
    {
        using var statesStream = Resource("states.json");
        var states = JsonNode.Parse(statesStream)!.AsObject();
        states["dataVersion"] = "states";
        states["instruments"] = new JsonArray();
        states["footnotes"] = new JsonArray();
        return System.Text.Encoding.UTF8.GetBytes(states.ToJsonString());
    });

    /// <summary>A new lexicon with the built-in entries (the entries are data; the lexicon's index is built anew).</summary>
    public static VerbLexicon Lexicon() => new(VerbLexicon.Default.Entries);

    /// <summary>Parser options as the defaults are, built anew.</summary>
    public static ParserOptions Options() => new(Registry(), Lexicon());

    /// <summary>E/RES/2006/27 parsed anew from the embedded seed text, as <see cref="Resolutions.E2006_27"/> is.</summary>
    public static Resolution Seed() => Resolutions.FromString(Resolutions.SeedText, Options() with { SourceName = "E-RES-2006-27.txt" });

    /// <summary>
    /// Reads <paramref name="text"/> with options built anew, as a user would by default (a model, with diagnostics)
    /// and strictly (refused): gives the model and the one diagnostic with <paramref name="id"/>, and checks that
    /// strict mode refuses the text.
    /// </summary>
    public static (Resolution Resolution, Diagnostic Diagnostic) Diagnosed(string text, string id)
    {
        var result = ResolutionParser.ParseWithWarnings(text, Options());
        var found = Assert.Single(result.Diagnostics, d => d.Id == id);
        var strict = Assert.Throws<ResolutionParseException>(() => ResolutionParser.Parse(text, Options() with { Strict = true }));
        Assert.Equal(DiagnosticSeverity.Error, strict.Diagnostic.Severity);
        return (result.Resolution, found);
    }

    private static Stream Resource(string name) =>
        Library.GetManifestResourceStream(Library.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal)))!;
}
