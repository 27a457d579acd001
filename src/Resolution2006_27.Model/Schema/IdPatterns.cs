namespace Resolution2006_27.Model.Schema;

/// <summary>
/// The formats of the model's identifiers, as regular expressions (ECMA-262 compatible, anchored).
/// The published schema states them as <c>pattern</c>s, so tools in any language can check them.
/// </summary>
public static class IdPatterns
{
    /// <summary>The short id people cite: "PP5", "OP3(b)(ii)"; in an operative part in sections whose numbering restarts, the section first: "II.OP2".</summary>
    public const string ShortId = @"^(PP|([A-Z0-9]+\.)?OP)[1-9][0-9]*(\([a-z]+\))*$";

    /// <summary>The Akoma Ntoso eId of a part: "preamble__p_5", "para_3__list_1__point_b__list_1__point_ii"; in a section: "sec_II__para_2".</summary>
    public const string EId = @"^(preamble__p|(sec_[A-Z0-9]+__)?para)_[1-9][0-9]*(__list_1__point_[a-z]+)*$";

    /// <summary>The eId of a footnote marker: "authorialNote_7".</summary>
    public const string MarkerEId = @"^authorialNote_[1-9][0-9]*$";

    /// <summary>The id of a citation: the part's eId, "__ref_" and a number.</summary>
    public const string CitationId = @"^(preamble__p|(sec_[A-Z0-9]+__)?para)_[1-9][0-9]*(__list_1__point_[a-z]+)*__ref_[1-9][0-9]*$";

    /// <summary>The id of an actor or instrument: lower-case words joined by hyphens, "unodc", "trafficking-protocol".</summary>
    public const string EntityId = @"^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// A UN document symbol: "E/RES/2006/27", "E/2002/68/Add.1", and the year or session in brackets that
    /// Security Council and older General Assembly resolutions carry: "S/RES/2331 (2016)", "A/RES/3314 (XXIX)".
    /// </summary>
    public const string DocumentSymbol = @"^[A-Z]+(/[A-Za-z0-9.-]+)+( [A-H])?( \(([0-9]{4}|[IVXLC]+)\))?( [A-H])?$";

    /// <summary>A resolution's own symbol: a document symbol, or empty for a text that prints no number.</summary>
    public const string ResolutionSymbol = @"^([A-Z]+(/[A-Za-z0-9.-]+)+( [A-H])?( \(([0-9]{4}|[IVXLC]+)\))?( [A-H])?)?$";

    /// <summary>
    /// A resolution number: "2006/27", "70/179", "S-20/4" (special sessions), or a running number with its year or
    /// session: "2331 (2016)", "3314 (XXIX)"; a part of a resolution in parts adds its letter: "32/40 A", "2200 A (XXI)".
    /// Empty for a text that prints no number.
    /// </summary>
    public const string ResolutionNumber = @"^((S-[0-9]{1,2}/[0-9]{1,3}|[0-9]{1,4}/[0-9]{1,4})( [A-H])?|[0-9]{1,5}( [A-H])? \(([0-9]{4}|[IVXLC]+)\)( [A-H])?)?$";

    /// <summary>The label of a section of an operative part: "II", "B", or its position where the heading prints none.</summary>
    public const string SectionLabel = "^[A-Z0-9]+$";

    /// <summary>A list item's label without parentheses: "b", "ii".</summary>
    public const string ItemLabel = "^[a-z]+$";

    /// <summary>A SHA-256 in lower-case hex.</summary>
    public const string Sha256 = "^[0-9a-f]{64}$";
}
