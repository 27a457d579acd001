namespace Resolution2006_27.Model.Diagnostics;

/// <summary>How much a diagnostic matters to the reading it reports on.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A fact about the reading worth knowing (page furniture set aside, another resolution on the same page); nothing was lost or guessed.</summary>
    Info,

    /// <summary>The text was read with a recovery or a reading the parser chose (an unknown phrase, text it could not place); the model still holds every word.</summary>
    Warning,

    /// <summary>The input could not be read, or, in strict mode, a warning the user asked to treat as an error.</summary>
    Error,
}
