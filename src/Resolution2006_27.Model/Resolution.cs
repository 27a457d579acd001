using System.Text.Json.Serialization;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Validation;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model;

/// <summary>
/// A resolution as adopted: its identity, preamble, operative part and conclusions, its footnotes,
/// and the registry entries of every actor and instrument it names. Immutable; equality covers every
/// collection.
/// </summary>
/// <param name="Symbol">The document symbol, "E/RES/2006/27"; empty where the text prints no number.</param>
/// <param name="Number">The resolution number, "2006/27"; a part of a resolution in parts carries its letter, "32/40 B"; empty where the text prints no number.</param>
/// <param name="OrganId">The <see cref="Actor.Id"/> of the adopting organ ("ecosoc").</param>
/// <param name="Masthead">The masthead as printed, its lines joined ("ECOSOC Resolution 2006/27"; "Seventy-second session Agenda item 72 (b)"; "Resolution 279 (1970) of 12 May 1970"); null where the text prints none (pages of the Official Records open with the numbered title).</param>
/// <param name="Origin">The bracketed line saying where the draft came from ("[on the report of the Third Committee (A/70/490)]"), or null when not printed.</param>
/// <param name="PrintedNumber">The number printed before the title ("70/179."), or null when the title stands alone.</param>
/// <param name="Adoption">The heading line saying how and when the resolution was adopted, as Security Council resolutions print it ("Adopted by the Security Council at its 7847th meeting, on 20 December 2016"), or null.</param>
/// <param name="Title">The title, its printed lines joined; null where none is printed (Security Council resolutions).</param>
/// <param name="Document">What the masthead and the origin line say of the printed document: symbol, distribution, date of issue, session, agenda items, the body and report it was adopted on; null where the text prints neither.</param>
/// <param name="AdoptionDate">The date of adoption, from the closing lines or else the heading; null where the text prints neither.</param>
/// <param name="DataVersion">The version of this edition's data (seed and registry), separate from the package version.</param>
/// <param name="Source">The text the model was parsed from.</param>
/// <param name="Preamble">The enacting formula and the preambular paragraphs.</param>
/// <param name="OperativeParagraphs">The operative paragraphs in order.</param>
/// <param name="Conclusions">The meeting and date lines after the operative part; null where the heading gives them instead (Security Council resolutions).</param>
/// <param name="Annexes">The annexes after the closing lines, in order; empty for 2006/27.</param>
/// <param name="Furniture">What the printed pages add and the model sets aside: running headers, job numbers, page numbers, form feeds; empty for the seed.</param>
/// <param name="Unplaced">Text the parser could not place in the structure, kept with its span where it stands (the end of a resolution printed before this one on the same page, a footnote printed inline, text after the closing lines); a diagnostic says why for each; empty for the seed.</param>
/// <param name="Footnotes">The footnotes in number order.</param>
/// <param name="Actors">The registry entries of every actor named, and of their parents.</param>
/// <param name="Instruments">The registry entries of every instrument cited, and of their parents.</param>
public sealed record Resolution(
    [property: SchemaPattern(IdPatterns.ResolutionSymbol)] string Symbol,
    [property: SchemaPattern(IdPatterns.ResolutionNumber)] string Number,
    [property: SchemaPattern(IdPatterns.EntityId)] string OrganId,
    SpannedText? Masthead,
    DocumentInfo? Document,
    SpannedText? Origin,
    SpannedText? PrintedNumber,
    SpannedText? Adoption,
    SpannedText? Title,
    DateOnly? AdoptionDate,
    string DataVersion,
    SourceInfo Source,
    Preamble Preamble,
    ValueList<OperativeParagraph> OperativeParagraphs,
    Conclusions? Conclusions,
    ValueList<Annexes.Annex> Annexes,
    ValueList<SpannedText> Furniture,
    ValueList<SpannedText> Unplaced,
    ValueList<Footnote> Footnotes,
    ValueList<Actor> Actors,
    ValueList<Instrument> Instruments)
{
    /// <summary>Every paragraph and item in document order: preambular paragraphs (with their items), then operative paragraphs, each followed by its items depth-first.</summary>
    [JsonIgnore]
    public IEnumerable<Part> Parts
    {
        get
        {
            foreach (var paragraph in Preamble.Paragraphs)
            {
                yield return paragraph;
                foreach (var item in Flatten(paragraph.SubParagraphs))
                {
                    yield return item;
                }
            }
            foreach (var paragraph in OperativeParagraphs)
            {
                yield return paragraph;
                foreach (var item in Flatten(paragraph.SubParagraphs))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>Finds a part by either form of its id ("OP3(b)(ii)" or "para_3__list_1__point_b__list_1__point_ii"); case-insensitive for the short form.</summary>
    /// <param name="id">The short id or the eId.</param>
    /// <returns>The part, or null when no part has that id.</returns>
    /// <remarks>In constant time after the first call, which indexes the parts (as <see cref="FindActor"/> and <see cref="FindInstrument"/> do theirs).</remarks>
    public Part? FindPart(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var compact = id.Replace(" ", "", StringComparison.Ordinal);
        // The first part in document order that has either id: the earlier of the two each index finds.
        var byShort = partsByShort.TryFind(Preamble, OperativeParagraphs, () => Parts.Select((p, i) => (p.Id.Short, (i, (Part?)p))), StringComparer.OrdinalIgnoreCase, compact, out var s) ? s : default;
        var byEId = partsByEId.TryFind(Preamble, OperativeParagraphs, () => Parts.Select((p, i) => (p.Id.EId, (i, (Part?)p))), StringComparer.Ordinal, id, out var e) ? e : default;
        return byShort.Part is null ? byEId.Part : byEId.Part is null || byShort.Position <= byEId.Position ? byShort.Part : byEId.Part;
    }

    /// <summary>The registry entry of an actor named in this resolution.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The actor, or null when this resolution does not name it; the first when two share the id.</returns>
    /// <remarks>In constant time after the first call, which indexes <see cref="Actors"/>.</remarks>
    public Actor? FindActor(string actorId) =>
        actorsById.TryFind(Actors, null, () => Actors.Select(a => (a.Id, a)), StringComparer.Ordinal, actorId, out var actor) ? actor : null;

    /// <summary>The registry entry of an instrument cited in this resolution.</summary>
    /// <param name="instrumentId">The instrument's id.</param>
    /// <returns>The instrument, or null when this resolution does not cite it; the first when two share the id.</returns>
    /// <remarks>In constant time after the first call, which indexes <see cref="Instruments"/>.</remarks>
    public Instrument? FindInstrument(string instrumentId) =>
        instrumentsById.TryFind(Instruments, null, () => Instruments.Select(i => (i.Id, i)), StringComparer.Ordinal, instrumentId, out var instrument) ? instrument : null;

    // Indexes for the finders above, made on first use; no part of the record's value (FirstById equals any other).
    private readonly FirstById<Actor> actorsById = new();
    private readonly FirstById<Instrument> instrumentsById = new();
    private readonly FirstById<(int Position, Part? Part)> partsByShort = new();
    private readonly FirstById<(int Position, Part? Part)> partsByEId = new();

    /// <summary>
    /// Checks the model's invariants: unique ids, contiguous numbering, labels in sequence, every
    /// citation, footnote and actor reference resolving, spans in order and inside the source; and,
    /// given the source text, that it is the text the model was parsed from and that every span agrees
    /// with the text it claims (line wraps, indents and footnote markers aside).
    /// </summary>
    /// <param name="sourceText">The source text, such as <see cref="Resolutions.SeedText"/>; null to skip the checks against it.</param>
    /// <returns>Every problem found, each with the JSON Pointer of the offending value; empty when the model is valid.</returns>
    public IReadOnlyList<ModelProblem> Validate(string? sourceText = null) => ModelValidator.Validate(this, sourceText);

    /// <summary>The symbol and the size of the resolution: "E/RES/2006/27 (20 preambular, 18 operative paragraphs)".</summary>
    public override string ToString() =>
        $"{Symbol} ({Preamble.Paragraphs.Count} preambular, {OperativeParagraphs.Count} operative paragraphs)";

    private static IEnumerable<SubParagraph> Flatten(IEnumerable<SubParagraph> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var inner in Flatten(item.SubParagraphs))
            {
                yield return inner;
            }
        }
    }
}
