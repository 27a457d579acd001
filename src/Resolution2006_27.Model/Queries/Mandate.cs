using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Queries;

/// <summary>
/// A mandate in the UN's sense (A/60/733): an ask to an entity of the Secretariat. A reporting mandate
/// asks for a report, and says to whom and when.
/// </summary>
/// <param name="Ask">The ask.</param>
/// <param name="IsReporting">True when the ask is to report.</param>
/// <param name="ReportTo">Whom the report goes to, in the order named (the Commission, then the Conference it is shared with); empty for other mandates.</param>
/// <param name="When">When the report is due, as the text says ("at its seventeenth session"), or null.</param>
public sealed record Mandate(AddressedAsk Ask, bool IsReporting, ValueList<string> ReportTo, string? When);
