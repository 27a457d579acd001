using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model;

/// <summary>The lines after the operative part: the meeting and the date of adoption, as printed.</summary>
/// <param name="Meeting">"41st plenary meeting"; in the Council's yearbooks the whole line "Adopted unanimously at the 1078th meeting."</param>
/// <param name="Date">"27 July 2006"; null where the closing lines print no date ("Adopted at the 80th meeting").</param>
public sealed record Conclusions(SpannedText Meeting, SpannedText? Date);
