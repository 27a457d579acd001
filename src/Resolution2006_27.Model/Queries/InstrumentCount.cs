using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Queries;

/// <summary>How often an instrument is cited, and where.</summary>
/// <param name="InstrumentId">The instrument.</param>
/// <param name="ShortName">Its short name.</param>
/// <param name="Citations">How many citations.</param>
/// <param name="Parts">The short ids of the citing parts, in document order, each once.</param>
/// <param name="Pinpoints">The pinpoints cited, as written, each once.</param>
public sealed record InstrumentCount(string InstrumentId, string ShortName, int Citations, ValueList<string> Parts, ValueList<string> Pinpoints);
