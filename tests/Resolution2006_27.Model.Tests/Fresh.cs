using System.Text.Json.Nodes;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// What a test judges, built afresh through the public factories instead of read from the process's defaults
/// (<see cref="Resolutions.E2006_27"/>, <see cref="ParserOptions.Default"/>): once per run of the test assembly
/// (<see cref="FreshDefaults"/>, an assembly fixture), or per call outside a test.
/// </summary>
/// <remarks>
/// A default is built once per process, under whatever code was running then. A test runner that reuses its
/// process for many runs (a mutation run does, one run per changed build of the library) would otherwise judge
/// every later run by the value the first one built. A run builds its fixtures anew, so what one run builds
/// judges that run only. Never keep these in a static field. The tests of the defaults themselves
/// (<c>DefaultTests</c>, <c>ResolutionsTests</c>) read the defaults, as a user does.
/// </remarks>
internal static class Fresh
{
    private static readonly System.Reflection.Assembly Library = typeof(Resolutions).Assembly;

    /// <summary>The embedded registry, read anew for this run.</summary>
    public static ReferenceRegistry Registry() => ThisRun()?.Registry ?? ReadRegistry();

    /// <summary>A lexicon with the built-in entries, built anew for this run.</summary>
    public static VerbLexicon Lexicon() => ThisRun()?.Lexicon ?? NewLexicon();

    /// <summary>Parser options as the defaults are, built anew for this run.</summary>
    public static ParserOptions Options() => ThisRun()?.Options ?? new(ReadRegistry(), NewLexicon());

    /// <summary>E/RES/2006/27 parsed anew from the embedded seed text for this run, as <see cref="Resolutions.E2006_27"/> is.</summary>
    public static Resolution Seed() => ThisRun()?.Seed ?? ParseSeed(new(ReadRegistry(), NewLexicon()));

    /// <summary>
    /// The embedded registry read anew: its curated file, and its list of States merged in as an extension
    /// (the embedded <c>states.json</c> is <c>{"actors": [...]}</c>; the registry file format wants the other three
    /// members too, which an extension gives empty).
    /// </summary>
    internal static ReferenceRegistry ReadRegistry()
    {
        using var curatedStream = Resource("registry.json");
        var curated = ReferenceRegistry.FromStream(curatedStream);
        using var statesStream = Resource("states.json");
        var states = JsonNode.Parse(statesStream)!.AsObject();
        states["dataVersion"] = "states";
        states["instruments"] = new JsonArray();
        states["footnotes"] = new JsonArray();
        using var extension = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(states.ToJsonString()));
        return curated.Merge(ReferenceRegistry.FromStream(extension)) with { DataVersion = curated.DataVersion };
    }

    // The entries are data; the lexicon's index is built anew.
    internal static VerbLexicon NewLexicon() => new(VerbLexicon.Default.Entries);

    internal static Resolution ParseSeed(ParserOptions options) => Resolutions.FromString(Resolutions.SeedText, options with { SourceName = "E-RES-2006-27.txt" });

    // The running test's fixture; none outside a test (theory data is gathered before any test runs).
    private static FreshDefaults? ThisRun()
    {
        if (TestContext.Current.TestClass is null)
        {
            return null;
        }
        var fixture = TestContext.Current.GetFixture<FreshDefaults>();
        return fixture.IsCompletedSuccessfully ? fixture.Result : fixture.AsTask().GetAwaiter().GetResult();
    }

    private static Stream Resource(string name) =>
        Library.GetManifestResourceStream(Library.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal)))!;
}
