using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model;

/// <summary>
/// What the document masthead and the origin line say of the printed document, each as printed with its span:
/// the document symbol ("A/RES/48/112"), the distribution ("Distr.: General"), the date of issue (often weeks
/// after adoption), the session ("Forty-eighth session", "2015 session") and the agenda items; and, read off the
/// bracketed origin line, the Main Committee or body on whose report or recommendation the resolution was
/// adopted and the document symbol of that report.
/// </summary>
/// <param name="Symbol">The symbol line of the masthead, "A/RES/48/112"; null where none is printed.</param>
/// <param name="Distribution">"Distr.: General", "Distr. GENERAL"; null where none is printed.</param>
/// <param name="IssueDate">The date of issue as printed, "11 March 1994"; null where none is printed.</param>
/// <param name="Session">"Forty-eighth session", "2022 session", "Twentieth special session"; null where none is printed.</param>
/// <param name="AgendaItems">The agenda item lines, "Agenda item 72 (b)"; empty where none is printed.</param>
/// <param name="OriginBody">From the origin line: "Third Committee", "Commission on Crime Prevention and Criminal Justice"; null where the line names none ("without reference to a Main Committee") or there is no origin line.</param>
/// <param name="OriginReport">From the origin line: the symbol of the report or draft, "A/48/630", "A/72/L.45"; null where it gives none.</param>
public sealed record DocumentInfo(
    SpannedText? Symbol,
    SpannedText? Distribution,
    SpannedText? IssueDate,
    SpannedText? Session,
    ValueList<SpannedText> AgendaItems,
    string? OriginBody,
    string? OriginReport);
