namespace Resolution2006_27.Model.Tests.Generators;

/// <summary>What a generated resolution is, independent of how it is printed: what the parser must give back.</summary>
public sealed record GeneratedResolution(
    string Organ,
    string OrganId,
    string Number,
    DateOnly Date,
    bool AssemblyStyle,
    string Title,
    IReadOnlyList<GeneratedParagraph> Preamble,
    IReadOnlyList<GeneratedParagraph> Operative,
    int Meeting)
{
    public string Symbol => (OrganId == "ecosoc" ? "E/RES/" : "A/RES/") + Number;
}

/// <summary>A paragraph or item: its phrase (or none), addressee, words, markers, and items.</summary>
/// <param name="Phrase">The leading phrase as printed, or null for an item that continues its paragraph.</param>
/// <param name="Lemma">The phrase's lemma, or null.</param>
/// <param name="AddresseeId">The actor the phrase addresses, or null.</param>
/// <param name="Words">The text after the phrase, as words; a word may carry a footnote marker.</param>
/// <param name="Items">Lettered items, each with roman items of its own.</param>
/// <param name="Ending">The punctuation that closes the paragraph's own text: "," ";" ":" or ".".</param>
public sealed record GeneratedParagraph(
    string? Phrase,
    string? Lemma,
    string? AddresseeId,
    IReadOnlyList<GeneratedWord> Words,
    IReadOnlyList<GeneratedParagraph> Items,
    string Ending = "")
{
    /// <summary>The text the model must hold: phrase and words, single-spaced, markers out, the ending on.</summary>
    public string Text => string.Join(" ", Words.Select(w => w.Text).Prepend(Phrase).OfType<string>()) + Ending;
}

/// <summary>A word, and the footnote marker glued after it (0 for none).</summary>
public sealed record GeneratedWord(string Text, int Marker);
