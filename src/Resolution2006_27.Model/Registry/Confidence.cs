namespace Resolution2006_27.Model.Registry;

/// <summary>How sure the editors are of a fact that could not be verified.</summary>
public enum Confidence
{
    /// <summary>Nothing is known; the fact is absent.</summary>
    None,

    /// <summary>Plausible, with known alternatives.</summary>
    Medium,

    /// <summary>Follows directly from standard reference data.</summary>
    High,
}
