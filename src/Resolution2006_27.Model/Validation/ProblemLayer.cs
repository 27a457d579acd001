namespace Resolution2006_27.Model.Validation;

/// <summary>Which check found a problem; checks run in this order, and a layer runs only when the ones before it passed.</summary>
public enum ProblemLayer
{
    /// <summary>The input as bytes: missing, empty, too large, not UTF-8.</summary>
    Input,

    /// <summary>The input as JSON: malformed, too deep, duplicate property names, comments, trailing commas.</summary>
    Syntax,

    /// <summary>The published JSON Schema: types, required and unknown properties, enums, patterns, ranges.</summary>
    Schema,

    /// <summary>The rules a schema cannot say: unique ids, contiguous numbering, labels in sequence, references resolving, spans agreeing with the text.</summary>
    Rules,
}
