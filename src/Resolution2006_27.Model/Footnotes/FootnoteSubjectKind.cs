namespace Resolution2006_27.Model.Footnotes;

/// <summary>What a footnote annotates.</summary>
public enum FootnoteSubjectKind
{
    /// <summary>An instrument or document cited just before the marker.</summary>
    Instrument,

    /// <summary>An actor named just before the marker.</summary>
    Actor,

    /// <summary>
    /// The words before the marker, where neither an instrument nor an actor stands there: back to the comma,
    /// semicolon or colon before them, or to the marker before them in the same text, which closed what it annotates.
    /// </summary>
    Text,
}
