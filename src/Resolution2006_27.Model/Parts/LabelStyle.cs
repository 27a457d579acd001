namespace Resolution2006_27.Model.Parts;

/// <summary>How a list item is labelled.</summary>
public enum LabelStyle
{
    /// <summary>Lower-case letters: (a), (b), ... (z), (aa), (bb) ...</summary>
    Letter,

    /// <summary>Lower-case roman numerals: (i), (ii), ...</summary>
    Roman,
}
