using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model;

/// <summary>The lines after the operative part: the meeting and the date of adoption, as printed.</summary>
/// <param name="Meeting">"41st plenary meeting".</param>
/// <param name="Date">"27 July 2006".</param>
public sealed record Conclusions(SpannedText Meeting, SpannedText Date);
