using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The JSON metadata of every type the model's JSON holds, written out here instead of found by
/// reflection, so that serialization, deserialization and the schema export work the same under
/// trimming and native AOT. Properties are listed in their JSON order. A test checks this contract
/// against the one reflection finds on the types, so the two cannot drift apart.
/// </summary>
internal sealed class ModelTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Contracts = Build();

    /// <summary>The types this resolver knows.</summary>
    public static IEnumerable<Type> Types => Contracts.Keys;

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Contracts.TryGetValue(type, out var create) ? create(options) : null;

    private static FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Build()
    {
        var table = new Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>();

        Value(JsonMetadataServices.StringConverter);
        Value(JsonMetadataServices.Int32Converter);
        Value(JsonMetadataServices.BooleanConverter);
        Value(JsonMetadataServices.DateOnlyConverter);
        NullableValue<int>();
        NullableValue<DateOnly>();

        Enum<ActorKind>();
        Enum<StateStatus>();
        Enum<AddresseeScope>();
        Enum<AnnexBlockKind>();
        Enum<CitationForm>();
        Enum<Confidence>();
        Enum<FootnoteSubjectKind>();
        Enum<InstrumentKind>();
        Enum<LabelStyle>();
        Enum<Strength>();
        Enum<VerbClass>();

        List<string>();
        List<Actor>();
        List<ActorMention>();
        List<Addressee>();
        List<Annex>();
        List<AnnexBlock>();
        List<Ask>();
        List<Citation>();
        List<Footnote>();
        List<FootnoteMarker>();
        List<Instrument>();
        List<OperativeParagraph>();
        List<Phrase>();
        List<PinpointLevel>();
        List<PreambularParagraph>();
        List<SpannedText>();
        List<SubParagraph>();

        Record<Resolution>(c => c
            .Property(r => r.Symbol).Property(r => r.Number).Property(r => r.OrganId).Nullable(r => r.Masthead).Nullable(r => r.Document)
            .Nullable(r => r.Origin).Nullable(r => r.PrintedNumber).Nullable(r => r.Adoption).Nullable(r => r.Title)
            .Nullable(r => r.AdoptionDate).Property(r => r.DataVersion).Property(r => r.Source).Property(r => r.Preamble)
            .Property(r => r.OperativeParagraphs).Nullable(r => r.Conclusions).Property(r => r.Annexes)
            .Property(r => r.Furniture).Property(r => r.Unplaced).Property(r => r.Footnotes).Property(r => r.Actors).Property(r => r.Instruments));
        Record<SourceInfo>(c => c.Property(s => s.Name).Property(s => s.Sha256).Property(s => s.Length));
        Record<SourceSpan>(c => c.Property(s => s.Start).Property(s => s.Length).Property(s => s.Line).Property(s => s.Column));
        Record<SpannedText>(c => c.Property(s => s.Text).Property(s => s.Span));
        Record<DocumentInfo>(c => c
            .Nullable(d => d.Symbol).Nullable(d => d.Distribution).Nullable(d => d.IssueDate).Nullable(d => d.Session).Property(d => d.AgendaItems)
            .Nullable(d => d.OriginBody).Nullable(d => d.OriginReport));
        Record<Conclusions>(c => c.Property(s => s.Meeting).Nullable(s => s.Date));

        Record<Preamble>(c => c.Nullable(p => p.EnactingFormula).Property(p => p.Paragraphs));
        Record<PartId>(c => c.Property(p => p.Short).Property(p => p.EId));
        Record<PreambularParagraph>(c => c
            .Property(p => p.Id).Property(p => p.Position).Property(p => p.Phrases).Property(p => p.Text).Property(p => p.Span)
            .Property(p => p.FootnoteMarkers).Property(p => p.Citations).Property(p => p.ActorMentions).Property(p => p.SubParagraphs));
        Record<OperativeParagraph>(c => c
            .Property(p => p.Id).Property(p => p.Number).Nullable(p => p.Phrase).Property(p => p.Addressees).Property(p => p.Text)
            .Property(p => p.Span).Property(p => p.FootnoteMarkers).Property(p => p.Citations).Property(p => p.ActorMentions)
            .Property(p => p.Asks).Property(p => p.SubParagraphs).Nullable(p => p.Heading).Property(p => p.Unnumbered).Nullable(p => p.Section));
        Record<SubParagraph>(c => c
            .Property(p => p.Id).Property(p => p.Label).Property(p => p.Style).Property(p => p.Text).Property(p => p.Span)
            .Property(p => p.FootnoteMarkers).Property(p => p.Citations).Property(p => p.ActorMentions)
            .Property(p => p.Asks).Property(p => p.SubParagraphs));

        Record<Phrase>(c => c
            .Property(p => p.Text).Property(p => p.Verb).Property(p => p.Lemma).Property(p => p.Adverbs).Property(p => p.Class)
            .Property(p => p.Strength).Property(p => p.TextOffset).Property(p => p.Span));
        Record<Ask>(c => c.Property(a => a.Phrase).Property(a => a.Addressees).Property(a => a.Span));
        Record<Addressee>(c => c
            .Nullable(a => a.ActorId).Property(a => a.Text).Property(a => a.Scope).Nullable(a => a.Quantifier)
            .Nullable(a => a.Qualifier).Property(a => a.TextOffset).Property(a => a.Span));
        Record<ActorMention>(c => c
            .Property(m => m.ActorId).Property(m => m.Text).Property(m => m.TextOffset).Property(m => m.Span).Property(m => m.IsShortForm));

        Record<Citation>(c => c
            .Property(x => x.Id).Property(x => x.InstrumentId).Property(x => x.Text).Property(x => x.Form).Nullable(x => x.Pinpoint)
            .Nullable(x => x.AntecedentId).Property(x => x.TextOffset).Property(x => x.Span));
        Record<Pinpoint>(c => c
            .Property(p => p.Text).Property(p => p.Path).Nullable(p => p.Caption).Property(p => p.TextOffset).Property(p => p.Span));
        Record<PinpointLevel>(c => c.Property(l => l.Unit).Property(l => l.Numbers));

        Record<FootnoteMarker>(c => c.Property(m => m.EId).Property(m => m.Number).Property(m => m.TextOffset).Property(m => m.Span));
        Record<Footnote>(c => c
            .Property(f => f.Number).Property(f => f.MarkerIds).Property(f => f.PartIds).Property(f => f.Subject).Nullable(f => f.Body));
        Record<FootnoteSubject>(c => c.Property(s => s.Kind).Nullable(s => s.RefersTo).Property(s => s.Text));
        Record<FootnoteBody>(c => c.Property(b => b.Text).Property(b => b.Confidence).Nullable(b => b.Alternative).Property(b => b.Provenance));

        Record<Annex>(c => c.Property(a => a.Heading).Property(a => a.Blocks));
        Record<AnnexBlock>(c => c.Property(b => b.Kind).Nullable(b => b.Label).Property(b => b.Text).Property(b => b.Span));

        Record<Provenance>(c => c.Property(p => p.Source).Property(p => p.Verified).Nullable(p => p.Note));
        Record<Actor>(c => c
            .Property(a => a.Id).Property(a => a.Name).Property(a => a.Kind).Property(a => a.Aliases).Property(a => a.ShortForms)
            .Nullable(a => a.ParentId).Property(a => a.Provenance).Nullable(a => a.State));
        Record<StateFacts>(c => c
            .Property(s => s.Alpha3).Property(s => s.M49).Property(s => s.FormalName).Property(s => s.Status).Property(s => s.PrintedName)
            .Nullable(s => s.Demonym).Property(s => s.FormerNames).Nullable(s => s.SucceededBy));
        Record<Instrument>(c => c
            .Property(i => i.Id).Property(i => i.ShortName).Property(i => i.Title).Property(i => i.Kind).Property(i => i.Aliases)
            .Property(i => i.ShortForms).Nullable(i => i.ParentId).Nullable(i => i.Adopted).Nullable(i => i.EntryIntoForce)
            .Nullable(i => i.TreatySeries).Nullable(i => i.DocumentSymbol).Property(i => i.Provenance));
        Record<TreatySeriesReference>(c => c.Property(t => t.Volume).Nullable(t => t.Page).Property(t => t.Number));

        return table.ToFrozenDictionary();

        void Value<T>(JsonConverter<T> converter) =>
            table.Add(typeof(T), options => JsonMetadataServices.CreateValueInfo<T>(options, converter));

        void NullableValue<T>()
            where T : struct =>
            table.Add(typeof(T?), options => JsonMetadataServices.CreateValueInfo<T?>(
                options, JsonMetadataServices.GetNullableConverter((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))));

        void Enum<T>()
            where T : struct, System.Enum =>
            Value(new StrictEnumConverter<T>());

        // ValueList<T> is an immutable collection built from its items, read and written as a JSON array.
        void List<T>() =>
            table.Add(typeof(ValueList<T>), options => JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(
                options, new JsonCollectionInfoValues<ValueList<T>>(), items => new ValueList<T>(items)));

        void Record<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties)] T>(
            Func<RecordContract<T>, RecordContract<T>> define)
            where T : notnull =>
            table.Add(typeof(T), options => define(new RecordContract<T>()).Build(options));
    }
}
