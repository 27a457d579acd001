namespace Resolution2006_27.Model.Citations;

/// <summary>What kind of instrument or document a registry entry is.</summary>
public enum InstrumentKind
{
    /// <summary>A convention or other treaty.</summary>
    Treaty,

    /// <summary>A protocol to a treaty; its parent is the treaty.</summary>
    Protocol,

    /// <summary>A declaration, adopted by a conference or an organ.</summary>
    Declaration,

    /// <summary>A resolution of a UN organ.</summary>
    Resolution,

    /// <summary>A report, or guidelines contained in one.</summary>
    Report,

    /// <summary>A note or other document.</summary>
    Document,
}
