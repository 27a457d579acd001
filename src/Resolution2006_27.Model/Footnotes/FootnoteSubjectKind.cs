namespace Resolution2006_27.Model.Footnotes;

/// <summary>What a footnote annotates.</summary>
public enum FootnoteSubjectKind
{
    /// <summary>An instrument or document cited just before the marker.</summary>
    Instrument,

    /// <summary>An actor named just before the marker.</summary>
    Actor,

    /// <summary>The words before the marker, where neither an instrument nor an actor stands there.</summary>
    Text,
}
