using System.Globalization;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// What the parser recognizes, built once per parse from the registry: actor and instrument aliases
/// (with "{parent}" in an instrument alias expanded to every form of the parent), short forms, and
/// resolution symbols ("General Assembly resolution 58/137"), for which an entry is made when the
/// registry has none.
/// </summary>
internal sealed class EntityIndex
{
    // "General Assembly resolution 58/137 of 22 December 2003", "its resolutions 64/293 of 30 July 2010
    // and 68/192": the head names the organ (or "its", the organ named last), then one or more numbers.
    private static readonly string[] HeadOrgans = ["General Assembly", "Economic and Social Council", "Security Council"];
    private static readonly string[] HeadPronouns = ["its", "their"];

    // What a symbol's head is. Read by hand (HeadAt) where one of its names ends just before " resolution" and a number;
    // the pattern itself is tried only where a character outside ASCII stands before a name.
    private static readonly TieredRegex ResolutionHead = new(
        $@"\G\b(?:(?<organ>{string.Join("|", HeadOrgans)})|(?<its>{string.Join("|", HeadPronouns)})) resolutions? (?=\d)",
        RegexOptions.CultureInvariant);

    // The names the head may open with, each ending where " resolution" starts: the pattern's own.
    private static readonly string[] HeadNames = [.. HeadOrgans, .. HeadPronouns];

    // The words a symbol's head turns on, found in the one reading of a part's words (FirstWordTable) rather than by a
    // search of the text for each part.
    private static readonly string[] SoughtWords = ["resolution", "resolutions"];

    /// <summary>
    /// Whether <paramref name="word"/> is " resolution " or " resolutions " before a digit, as <see cref="ResolutionHead"/>
    /// needs (lower case, a space before and after). (The word ends before any "s" the check after it would take: it is
    /// read whole.)
    /// </summary>
    private bool IsResolutionBeforeNumber(string text, FirstWordTable.Word word) =>
        (word.Slot == resolutionSlots.Singular || word.Slot == resolutionSlots.Plural) && text[word.Start] == 'r' && word.Start > 0 && text[word.Start - 1] == ' '
        && NumberedWords.IsBeforeNumber(text, word.End, anyBlank: false, roman: false);

    // The slots of "resolution" and "resolutions" in the first-word table.
    private readonly (int Singular, int Plural) resolutionSlots;

    /// <summary>A symbol's head: where it starts, where its first number starts, and the organ it names (null for "its", "their").</summary>
    internal readonly record struct Head(int Start, int NumberStart, string? Organ);

    /// <summary>
    /// The head whose " resolution" or " resolutions" is the word from <paramref name="wordStart"/> to
    /// <paramref name="wordEnd"/>, which stands before a space and a digit (<see cref="IsResolutionBeforeNumber"/>), or null:
    /// what <see cref="ResolutionHead"/> matches there, read by hand (a name ends just before the word, and nothing of a
    /// word stands before the name), without a match object for each of a corpus's symbols.
    /// </summary>
    internal static Head? HeadAt(string text, int wordStart, int wordEnd)
    {
        var at = wordStart - 1; // the space before the word
        for (var i = 0; i < HeadNames.Length; i++)
        {
            var name = HeadNames[i];
            var start = at - name.Length;
            if (start < 0 || string.CompareOrdinal(text, start, name, 0, name.Length) != 0)
            {
                continue;
            }
            // The pattern's \b before a name, which opens with a letter: no word character before it. Outside ASCII the
            // pattern itself is asked, whose word characters are Unicode's.
            if (start > 0 && (text[start - 1] >= '\u0080' ? !ResolutionHead.Match(text, start).Success : char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue; // as the pattern tries its other names (none of which ends another today)
            }
            return new Head(start, wordEnd + 1, i < HeadOrgans.Length ? name : null);
        }
        return null;
    }

    private readonly ReferenceRegistry registry;
    private readonly Dictionary<string, Instrument> madeInstruments = [];

    // The instrument made for each symbol read (two symbols may share an id: "58/137" printed two ways).
    private readonly Dictionary<string, Instrument> madeBySymbol = new(StringComparer.Ordinal);

    private readonly string organId;

    public EntityIndex(ReferenceRegistry registry, Instrument self, string organId)
    {
        this.registry = registry;
        this.organId = organId;
        Self = self;
        var matchers = Matchers.GetValue(registry, r => new RegistryMatchers(r));
        registryShortForms = matchers.ShortForms;
        registryBySymbol = matchers.BySymbol;
        Actors = matchers.Actors;
        States = matchers.States;
        ActorShortForms = matchers.ActorShortForms;
        actorPositions = matchers.ActorPositions;
        instrumentPositions = matchers.InstrumentPositions;
        // A resolution the registry does not hold brings no alias and one short form, "the present resolution":
        // its matchers are the registry's, built once. One the registry holds gets matchers of its own.
        var isNew = !instrumentPositions.ContainsKey(self.Id) && self.Aliases.Count == 0 && self.ShortForms.SequenceEqual([PresentResolution]);
        if (isNew)
        {
            (Instruments, InstrumentShortForms, FirstWords) = (matchers.Instruments, matchers.InstrumentShortForms, matchers.FirstWords);
        }
        else
        {
            var instruments = registry.Instruments.Where(i => i.Id != self.Id).Append(self).ToList();
            (Instruments, InstrumentShortForms) = (InstrumentMatcher(instruments), InstrumentShortFormMatcher(instruments));
            FirstWords = new FirstWordTable(SoughtWords, Actors, ActorShortForms, Instruments, InstrumentShortForms);
        }
        resolutionSlots = (FirstWords.SlotOf(SoughtWords[0]), FirstWords.SlotOf(SoughtWords[1]));
    }

    // Every registry instrument's and actor's short forms, built once per registry; this resolution's own come from Self.
    private readonly IReadOnlyDictionary<string, ValueList<string>> registryShortForms;

    // The registry's first instrument with each document symbol: a resolution cites dozens of symbols, each looked up.
    private readonly IReadOnlyDictionary<string, Instrument> registryBySymbol;

    public Instrument Self { get; }

    /// <summary>How a resolution names itself.</summary>
    public const string PresentResolution = "the present resolution";

    // A registry is immutable, and every resolution read with it matches its aliases: their matchers are built
    // once per registry, not once per resolution.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReferenceRegistry, RegistryMatchers> Matchers = new();

    private sealed class RegistryMatchers(ReferenceRegistry registry)
    {
        private static readonly Instrument NewSelf = new(
            "present-resolution", "", "", InstrumentKind.Resolution, ValueList<string>.Empty, ValueList.Of(PresentResolution), null, null, null, null, null,
            new Provenance("the adopted text itself", Verified: true));

        public IReadOnlySet<string> States { get; } = registry.Actors.Where(a => a.State is not null).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        public AliasMatcher Actors { get; } = new(
            registry.Actors.SelectMany(a => StateForms.Of(a).Select(alias => new AliasMatcher.Entry(alias, a.Id))),
            registry.Actors.Where(a => a.State is not null).Select(a => a.Id).ToHashSet(StringComparer.Ordinal));

        public AliasMatcher ActorShortForms { get; } = new(registry.Actors.SelectMany(a => a.ShortForms.Select(form => new AliasMatcher.Entry(form, form))).Distinct());

        public AliasMatcher Instruments { get; } = InstrumentMatcher([.. registry.Instruments, NewSelf]);

        public AliasMatcher InstrumentShortForms { get; } = InstrumentShortFormMatcher([.. registry.Instruments, NewSelf]);

        public IReadOnlyDictionary<string, ValueList<string>> ShortForms { get; } = ShortFormsOf(registry);

        public IReadOnlyDictionary<string, Instrument> BySymbol { get; } = FirstBySymbol(registry);

        // Where each actor id stands in the registry's list (twice or more where a registry built by hand repeats it).
        public IReadOnlyDictionary<string, int[]> ActorPositions { get; } = IndexesByKey.Of(registry.Actors.Count, i => registry.Actors[i].Id);

        // The same for instruments' ids.
        public IReadOnlyDictionary<string, int[]> InstrumentPositions { get; } = IndexesByKey.Of(registry.Instruments.Count, i => registry.Instruments[i].Id);

        // Built on first use, once per registry (two threads racing build the same table twice, and either serves).
        public FirstWordTable FirstWords => field ??= new FirstWordTable(SoughtWords, Actors, ActorShortForms, Instruments, InstrumentShortForms);
    }

    // The first instrument with each symbol, as a search of the registry's list in order finds it.
    private static Dictionary<string, Instrument> FirstBySymbol(ReferenceRegistry registry)
    {
        var bySymbol = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var instrument in registry.Instruments)
        {
            if (instrument.DocumentSymbol is { } symbol)
            {
                bySymbol.TryAdd(symbol, instrument);
            }
        }
        return bySymbol;
    }

    // Instruments' ids, then actors'. The first entry with an id wins, as FindActor and FindInstrument find the first:
    // a registry a user merged may give an actor the id of an instrument, and that must not stop a parse.
    private static Dictionary<string, ValueList<string>> ShortFormsOf(ReferenceRegistry registry)
    {
        var forms = new Dictionary<string, ValueList<string>>(StringComparer.Ordinal);
        foreach (var instrument in registry.Instruments)
        {
            forms.TryAdd(instrument.Id, instrument.ShortForms);
        }
        foreach (var actor in registry.Actors)
        {
            forms.TryAdd(actor.Id, actor.ShortForms);
        }
        return forms;
    }

    private static AliasMatcher InstrumentMatcher(List<Instrument> instruments) =>
        new(instruments.SelectMany(i => ExpandAliases(i, instruments).Select(alias => new AliasMatcher.Entry(alias, i.Id))));

    private static AliasMatcher InstrumentShortFormMatcher(List<Instrument> instruments) =>
        new(instruments.SelectMany(i => i.ShortForms.Select(form => new AliasMatcher.Entry(form, form))).Distinct());

    /// <summary>A matcher of the registry's actor aliases.</summary>
    public static AliasMatcher ActorMatcher(ReferenceRegistry registry) => Matchers.GetValue(registry, r => new RegistryMatchers(r)).Actors;

    public AliasMatcher Actors { get; }

    /// <summary>The ids of the actors that are States: their mentions widen to the organ acting for them.</summary>
    public IReadOnlySet<string> States { get; }

    public AliasMatcher ActorShortForms { get; }

    public AliasMatcher Instruments { get; }

    public AliasMatcher InstrumentShortForms { get; }

    /// <summary>The first words of the four matchers' aliases: a part's words are looked up in it once for all four.</summary>
    public FirstWordTable FirstWords { get; }

    /// <summary>The short forms the actor or instrument <paramref name="id"/> declares ("the Protocol"), when it is known.</summary>
    public bool TryGetShortForms(string id, out ValueList<string> forms)
    {
        if (id == Self.Id)
        {
            forms = Self.ShortForms;
            return true;
        }
        return registryShortForms.TryGetValue(id, out forms!);
    }

    /// <summary>
    /// The instrument of id <paramref name="id"/>: this resolution, else the registry's first (as
    /// <see cref="ReferenceRegistry.FindInstrument"/> finds it, looked up rather than searched for), else one made here.
    /// </summary>
    public Instrument? FindInstrument(string id) =>
        id == Self.Id ? Self : instrumentPositions.TryGetValue(id, out var at) ? registry.Instruments[at[0]] : madeInstruments.GetValueOrDefault(id);

    /// <summary>
    /// The instruments whose ids are in <paramref name="ids"/>: the registry's in its order (but for any entry with this
    /// resolution's id), then those made here in the order they were made, then this resolution: looked up by id, not
    /// found by reading the whole registry for each resolution.
    /// </summary>
    public ValueList<Instrument> InstrumentsIn(IReadOnlySet<string> ids)
    {
        var positions = SortedPositions(ids, instrumentPositions, except: Self.Id);
        var instruments = new List<Instrument>(positions.Count + madeInstruments.Count + 1);
        foreach (var position in positions)
        {
            instruments.Add(registry.Instruments[position]);
        }
        foreach (var made in madeInstruments.Values)
        {
            if (ids.Contains(made.Id))
            {
                instruments.Add(made);
            }
        }
        if (ids.Contains(Self.Id))
        {
            instruments.Add(Self);
        }
        return ValueList<Instrument>.Owning([.. instruments]);
    }

    private readonly IReadOnlyDictionary<string, int[]> instrumentPositions;

    /// <summary>The registry's first actor of id <paramref name="id"/>, as <see cref="ReferenceRegistry.FindActor"/> finds it, looked up rather than searched for.</summary>
    public Actor? FindActor(string id) => actorPositions.TryGetValue(id, out var at) ? registry.Actors[at[0]] : null;

    /// <summary>
    /// The registry's actors whose ids are in <paramref name="ids"/>, in the registry's order (every entry of an id that
    /// a registry built by hand gives twice): looked up by id, not found by reading the whole registry, States and all,
    /// for each resolution.
    /// </summary>
    public ValueList<Actor> ActorsIn(IReadOnlySet<string> ids)
    {
        var positions = SortedPositions(ids, actorPositions, except: null);
        var actors = new Actor[positions.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = registry.Actors[positions[i]];
        }
        return ValueList<Actor>.Owning(actors);
    }

    private readonly IReadOnlyDictionary<string, int[]> actorPositions;

    // Where the entries of ids (but except) stand in a registry's list, in its order: every entry of an id it gives twice.
    private static List<int> SortedPositions(IReadOnlySet<string> ids, IReadOnlyDictionary<string, int[]> positionsById, string? except)
    {
        var positions = new List<int>();
        foreach (var id in ids)
        {
            if (id != except && positionsById.TryGetValue(id, out var at))
            {
                positions.AddRange(at);
            }
        }
        positions.Sort();
        return positions;
    }

    /// <summary>
    /// Resolution symbols in <paramref name="text"/>, each resolved to a registry entry or a made one, into
    /// <paramref name="into"/> (cleared first). "its resolution" is a resolution of the organ named last before it in the
    /// text, or of the adopting organ.
    /// </summary>
    public List<MentionMatch> FindResolutionSymbols(string text, List<FirstWordTable.Word> words, IReadOnlyList<MentionMatch> actors, List<MentionMatch> into)
    {
        into.Clear();
        // The pattern's fixed words and a digit after them are found far faster than the pattern is tried at every position:
        // among the part's words as FirstWords read them.
        foreach (ref readonly var word in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words))
        {
            if (!IsResolutionBeforeNumber(text, word) || HeadAt(text, word.Start, word.End) is not { } head)
            {
                continue;
            }
            var organ = head.Organ is { } name ? Organs.ByName(name)! : AdopterBefore(actors, head.Start) ?? organId;
            var start = head.Start;
            for (var end = ResolutionNumberReader.Read(text, head.NumberStart, out var number, out var date); end >= 0; end = ResolutionNumberReader.Read(text, end, out number, out date))
            {
                var symbol = string.Concat(Organs.SymbolPrefix(organ), text.AsSpan(number.Start, number.End - number.Start));
                var instrument = registryBySymbol.GetValueOrDefault(symbol)
                    ?? (Self.DocumentSymbol == symbol ? Self : Make(symbol, text[date.Start..date.End]));
                into.Add(new MentionMatch(start == head.Start ? start : number.Start, end, instrument.Id, IsShortForm: false, IsSymbol: true));
                start = number.Start;
            }
        }
        return into;
    }

    /// <summary>The last organ named before <paramref name="position"/> that adopts resolutions, if any.</summary>
    /// <remarks>A loop, not a query: a lambda capturing the head would be allocated for every word the loop above reads.</remarks>
    private static string? AdopterBefore(IReadOnlyList<MentionMatch> actors, int position)
    {
        for (var i = actors.Count - 1; i >= 0; i--)
        {
            if (actors[i].End <= position && Organs.Adopts(actors[i].EntityId))
            {
                return actors[i].EntityId;
            }
        }
        return null;
    }

    private Instrument Make(string symbol, string date)
    {
        // A symbol cited again (most are) is found by itself, before its id is made: a regular expression's replacement.
        if (madeBySymbol.TryGetValue(symbol, out var made))
        {
            return made;
        }
        var id = IdForSymbol(symbol);
        if (!madeInstruments.TryGetValue(id, out var instrument))
        {
            instrument = new Instrument(
                id, symbol, symbol, InstrumentKind.Resolution, ValueList<string>.Empty, ValueList<string>.Empty, null,
                date.Length > 0 ? date : null, null, null, symbol,
                new Provenance("recognized from its symbol in the text", Verified: false, "Not in the registry; only the symbol (and date, where given) is known."));
            madeInstruments[id] = instrument;
        }
        return madeBySymbol[symbol] = instrument;
    }

    /// <summary>
    /// The id the library gives a document symbol: "A/RES/58/137" becomes "a-res-58-137": the symbol in lower case
    /// (invariant), each run of anything but an ASCII letter or digit one hyphen, none at either end (what
    /// <c>[^a-z0-9]+</c> replaced by a hyphen and trimmed gives; written out, as every symbol a resolution cites that the
    /// registry does not hold is made an id).
    /// </summary>
    public static string IdForSymbol(string symbol)
    {
        var lower = symbol.ToLower(CultureInfo.InvariantCulture);
        // The buffer made here and filled by a callee (see MappedText.Fold: a method with a stackalloc and a loop is
        // compiled fully optimized at its first call, and a first query makes ids).
        return lower.Length <= 256 ? IdOf(lower, stackalloc char[lower.Length]) : IdOf(lower, new char[lower.Length]);
    }

    private static string IdOf(string lower, Span<char> buffer)
    {
        var length = 0;
        var run = false; // a run of other characters since the last letter or digit kept
        foreach (var c in lower)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (run && length > 0)
                {
                    buffer[length++] = '-';
                }
                buffer[length++] = c;
                run = false;
            }
            else
            {
                run = true;
            }
        }
        return new string(buffer[..length]);
    }

    private static IEnumerable<string> ExpandAliases(Instrument instrument, IReadOnlyList<Instrument> all)
    {
        foreach (var alias in instrument.Aliases)
        {
            var parent = all.FirstOrDefault(i => i.Id == instrument.ParentId);
            if (!alias.Contains("{parent}", StringComparison.Ordinal))
            {
                yield return alias;
            }
            else if (parent is not null)
            {
                var parentForms = parent.Aliases.Where(a => !a.Contains('{', StringComparison.Ordinal))
                    .SelectMany(a => new[] { "the " + a, a })
                    .Concat(parent.ShortForms);
                foreach (var form in parentForms)
                {
                    yield return alias.Replace("{parent}", form, StringComparison.Ordinal);
                }
            }
        }
    }
}
