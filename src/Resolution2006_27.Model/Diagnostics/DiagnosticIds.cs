namespace Resolution2006_27.Model.Diagnostics;

/// <summary>
/// The stable codes of <see cref="Diagnostic.Id"/>. A code never changes meaning; a user may search for
/// it or filter it out. <c>RES01xx</c>: the layout of printed text; <c>RES02xx</c>: phrases and actors;
/// <c>RES03xx</c>: inputs that are refused; <c>RES04xx</c>: the JSON validator; <c>RES05xx</c>: Akoma
/// Ntoso; <c>RES06xx</c>: the corpus loader.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Page furniture (running heads, page and job numbers, <c>&lt;!-- Page N --&gt;</c>) set aside; kept in <c>Resolution.Furniture</c>. Info.</summary>
    public const string Furniture = "RES0101";

    /// <summary>A block opening in lower case read as the rest of the paragraph above, split by a page break. Info.</summary>
    public const string ContinuedParagraph = "RES0102";

    /// <summary>A dash bullet read as text of the paragraph above. Info.</summary>
    public const string BulletAsText = "RES0103";

    /// <summary>The text holds another resolution besides this one (a page of the Official Records, a resolution in parts); it is read as a resolution of its own. Info.</summary>
    public const string OtherResolution = "RES0104";

    /// <summary>Text before the heading that belongs to no resolution read here (the end of one printed before it on the same page); kept in <c>Resolution.Unplaced</c>. Info.</summary>
    public const string TextBeforeHeading = "RES0105";

    /// <summary>No resolution number in the heading; the number was taken from the source's name, or the resolution is unnumbered. Warning.</summary>
    public const string NoNumber = "RES0110";

    /// <summary>No adoption date in the heading or the closing lines. Warning.</summary>
    public const string NoDate = "RES0111";

    /// <summary>No closing lines (meeting and date, or "Adopted at the ... meeting"). Info.</summary>
    public const string NoClosingLines = "RES0112";

    /// <summary>The heading and the closing lines, or the masthead and the formula, disagree (number, date, organ); which was taken is said. Warning.</summary>
    public const string HeadingDisagrees = "RES0113";

    /// <summary>No paragraphs after the enacting formula. Warning.</summary>
    public const string NoParagraphs = "RES0114";

    /// <summary>Preambular paragraphs but no operative paragraph. Warning.</summary>
    public const string NoOperativeParagraphs = "RES0115";

    /// <summary>No enacting formula: the body is read from the first numbered or lead-phrase paragraph. Warning.</summary>
    public const string NoFormula = "RES0116";

    /// <summary>An operative paragraph whose number does not follow the one before (a gap, a repeat, a restart). Warning.</summary>
    public const string NumberingOutOfSequence = "RES0120";

    /// <summary>An item whose label does not continue the labels before it; read as text of the part above. Warning.</summary>
    public const string ItemOutOfSequence = "RES0121";

    /// <summary>Text the parser could not place in the structure; kept with its span in <c>Resolution.Unplaced</c>. Warning.</summary>
    public const string UnplacedText = "RES0122";

    /// <summary>A heading inside the operative part (a section "I.", "A." or a titled one); kept as the heading of the paragraph after it. Info.</summary>
    public const string SectionHeading = "RES0123";

    /// <summary>Operative paragraphs printed without numbers (Security Council texts of 1946-1994); numbered by position. Info.</summary>
    public const string UnnumberedParagraph = "RES0124";

    /// <summary>A text printed as a preambular paragraph before the enacting formula. Info.</summary>
    public const string PreambleBeforeFormula = "RES0125";

    /// <summary>An annex paragraph whose number does not follow the one before. Warning.</summary>
    public const string AnnexNumbering = "RES0126";

    /// <summary>A footnote marker whose number skips footnotes. Warning.</summary>
    public const string FootnoteMarkerSkipped = "RES0130";

    /// <summary>A footnote's text printed inline (scanned yearbooks); kept with its span in <c>Resolution.Unplaced</c>. Info.</summary>
    public const string FootnoteText = "RES0131";

    /// <summary>A lead phrase the lexicon does not know; kept as printed with a lemma by rule, class and strength unknown. Warning.</summary>
    public const string UnknownPhrase = "RES0201";

    /// <summary>A paragraph that opens with no lead phrase at all ("All States should ..."). Warning.</summary>
    public const string NoPhrase = "RES0202";

    /// <summary>An addressee the registry does not know; kept with its words and span, without an actor id. Warning.</summary>
    public const string UnknownAddressee = "RES0210";

    /// <summary>The input is not a resolution: nothing of one (no enacting formula, no numbered or lead-phrase paragraphs). Error.</summary>
    public const string NotAResolution = "RES0301";

    /// <summary>The input is longer than the limit. Error.</summary>
    public const string TooLong = "RES0302";

    /// <summary>The input is not valid UTF-8. Error.</summary>
    public const string InvalidEncoding = "RES0303";

    /// <summary>A JSON export breaks a rule of the schema or the model (the rule, pointer, expected and found are the diagnostic's data). Error.</summary>
    public const string InvalidExport = "RES0401";

    /// <summary>An Akoma Ntoso document this library cannot read. Error.</summary>
    public const string InvalidAkomaNtoso = "RES0501";

    /// <summary>A file of a corpus that could not be read, or that holds a resolution another file holds too. Warning.</summary>
    public const string CorpusFile = "RES0601";
}
