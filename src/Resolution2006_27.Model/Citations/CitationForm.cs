namespace Resolution2006_27.Model.Citations;

/// <summary>How a citation names its instrument.</summary>
public enum CitationForm
{
    /// <summary>By a full title or an alias from the registry.</summary>
    Title,

    /// <summary>By a form that points back to an earlier mention ("that Convention", "the present resolution").</summary>
    ShortForm,

    /// <summary>By an organ and number ("General Assembly resolution 58/137").</summary>
    Symbol,
}
