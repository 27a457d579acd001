using System.Globalization;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// The printed forms of a resolution's lines, as the UN has printed them since 1946: the document
/// masthead, the numbered title, the enacting formula, labels, closing lines and annex headings.
/// One place for the patterns, so that the heading, the body and the splitting of a page into
/// resolutions read the same forms.
/// </summary>
internal static class Layout
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Month names, for dates as the UN prints them: "27 July 2006".</summary>
    private const string Date = @"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}";

    /// <summary>A resolution number: "2006/27", "2200 (XXI)", "2200 A (XXI)", "1818 (2008)", "S-20/4".</summary>
    public const string Number = @"(?:S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}|\d{1,4}(?: [A-H])? ?\([IVXLC]{1,6}\)|\d{1,4} \(\d{4}\))";

    /// <summary>"The General Assembly," (the comma is missing in older prints, a full stop or italics marks in some).</summary>
    // MayOpenFormula gives the characters this can open with; LinePatternTests hold the two together.
    public static readonly LinePattern Formula = new(@"^_?(?:(?:Therefore|Accordingly|Thus),?\s+)?[Tt]he\s+(?<organ>[A-Z][A-Za-z ]+?)_?\s*[,.:;]?$", MayOpenFormula);

    /// <summary>"72/185.\tTitle", "2200 (XXI). Title", "4 (1946). Resolution of 29 April 1946".</summary>
    public static readonly TieredRegex NumberedTitle = new(@"^(?<number>" + Number + @")\s?\.\s*(?=\S|$)", Options);

    /// <summary>The masthead's line that names the resolution: "Resolution 1818 (2008)", "RESOLUTION 844 (1993)", "ECOSOC Resolution 2006/27".</summary>
    public static readonly TieredRegex NamingLine = new(@"^\*?(?:[A-Z]+\s+)?Resolution\s+(?<number>" + Number + @")(?:\s+of\s+(?<date>" + Date + @"))?$", Options | RegexOptions.IgnoreCase);

    /// <summary>"Resolution adopted by the General Assembly on 19 December 2017" (older prints in capitals, undated).</summary>
    public static readonly TieredRegex AdoptedLine = new(@"^\*?Resolution adopted by (?:the )?(?<organ>[A-Za-z ]+?)(?: on (?<date>" + Date + @"))?(?:\s*\[.*\])?$", Options | RegexOptions.IgnoreCase);

    /// <summary>"Adopted by the Security Council at its 7847th meeting, on 20 December 2016".</summary>
    public static readonly TieredRegex AdoptedBy = new(@"^Adopted by (?:the )?(?<organ>[A-Z][A-Za-z ]+?) at its (?<meeting>\d{1,5}(?:st|nd|rd|th)) (?:plenary )?meeting,?(?:\s+(?:held\s+)?on\s+(?<date>" + Date + @"))?\.?$", Options);

    /// <summary>"Resolution of 29 April 1946", "of 12 May 1970": the date printed under the number.</summary>
    public static readonly TieredRegex DatedLine = new(@"^(?:Resolution\s+)?(?:of|on)\s+(?<date>" + Date + @")\.?$", Options | RegexOptions.IgnoreCase);

    /// <summary>The masthead's other lines: the organ, "Distr.: General", the session, agenda items, the date of issue.</summary>
    public static readonly TieredRegex MastheadLine = new(
        @"^(?:UNITED(?:\s+NATIONS)?(?:\s+[A-Z])?|NATIONS|United Nations(?:\s+[A-Z])?|General Assembly|Security Council|Economic and Social Council|Human Rights Council|Distr\.?(?::?\s*(?:GENERAL|General|LIMITED|Limited))?|GENERAL|LIMITED|"
        + @"(?:[A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session|\d{4} (?:substantive |organizational |resumed )*session|[A-Z-]+ (?:SPECIAL )?SESSION)(?:\s*\(.*\))?|"
        + @"(?:Agenda items? .*|AGENDA ITEMS? .*)|" + Date + @"|Original: .*)$", Options);

    /// <summary>"[on the report of the Third Committee (A/72/439/Add.2)]", and OCR's "[S/1404}".</summary>
    public static readonly TieredRegex Origin = new(@"^\[.*[\]}]$", Options | RegexOptions.Singleline);

    /// <summary>The label of a part of a resolution in parts: "A", "B".</summary>
    public static readonly TieredRegex PartLabel = new(@"^[A-H]$", Options);

    /// <summary>"1. ", "12. ", and "6." with an invisible direction mark after the full stop, as some exports print it.</summary>
    public static readonly LinePattern OperativeLabel = new(@"^(?<n>\d{1,3})\s?\.[\s\u200B-\u200F]+(?=\S)", char.IsDigit);

    /// <summary>"4, " where the scan read the full stop of "4." as a comma.</summary>
    public static readonly LinePattern CommaLabel = new(@"^(?<n>\d{1,3}),\s+(?=\S)", char.IsDigit);

    /// <summary>"(a) ", "(ii) ".</summary>
    public static readonly LinePattern ItemLabel = new(@"^\((?<l>[a-z]{1,5})\)\s+(?=\S)", static c => c == '(');

    /// <summary>"41st plenary meeting", "1495th plenary meeting,", "54th (resumed) plenary meeting", "54th resumed plenary meeting".</summary>
    public static readonly LinePattern MeetingLine = new(@"^\d{1,4}(?:st|nd|rd|th|d)\s+(?:\(?resumed\)?\s+)?(?:plenary\s+)?meeting[,.]?$", char.IsDigit);

    /// <summary>"27 July 2006", "16 December 1966.".</summary>
    public static readonly LinePattern DateLine = new(@"^(?<date>" + Date + @")\.?$", char.IsDigit);

    /// <summary>Meeting and date on one line: "96th plenary meeting, 29 November 1985".</summary>
    public static readonly LinePattern MeetingAndDate = new(@"^(?<meeting>\d{1,4}(?:st|nd|rd|th|d)\s+(?:\(?resumed\)?\s+)?(?:plenary\s+)?meeting),?\s+(?<date>" + Date + @")\.?$", char.IsDigit);

    /// <summary>The Council's yearbooks: "Adopted at the 80th meeting", "Adopted unanimously at the 1234th meeting by ..."; possibly wrapped.</summary>
    public static readonly LinePattern AdoptedAt = new(@"(?s)^Adopted\s+(?:unanimously\s+|without\s+(?:a\s+)?vote\s+)?at\s+the\s+(?:\d{1,4}(?:st|nd|rd|th|d)\s+)?(?:\s*\S+\s+)?meeting\b.*$", static c => c == 'A');

    /// <summary>"Annex", "ANNEX II", "Annexes", "Annex A: Joint Comprehensive Plan of Action".</summary>
    public static readonly LinePattern AnnexHeading = new(@"^(?:Annex(?:es)?|ANNEX(?:ES)?)(?: [IVXLC]+| [A-Z]| \d{1,2})?(?:[:.]\s+\S.*)?$", static c => c == 'A');

    /// <summary>An annex block's label.</summary>
    public static readonly TieredRegex AnnexLabel = new(@"^(?<label>[IVXLC]+\.|[A-Z]\.|\d{1,3}\.|\([a-z]{1,5}\)|\([ivxlc]+\)|[-–—•])\s+(?=\S)", Options);

    /// <summary>A heading inside the operative part: "I", "II.", "A. Title", "B".</summary>
    public static readonly TieredRegex SectionLabel = new(@"^(?:[IVXLC]{1,6}|[A-Z])(?:\.(?:\s+\S.*)?)?$", Options);

    /// <summary>An inline footnote of a scanned yearbook: "12 See United Nations Conference ...".</summary>
    public static readonly LinePattern InlineFootnote = new(@"^(?:\*?\d{1,3}/?\s+|\d{1,3}/\s*)(?:See|Official Records|United Nations|Ibid|Resolution|S/\d|A/\d|E/\d)", static c => c == '*' || char.IsDigit(c));

    /// <summary>A date anywhere in a line.</summary>
    public static readonly TieredRegex AnyDate = new(Date, Options);

    /// <summary>A document symbol standing alone on a line: "A/RES/48/112", "S/RES/1445 (2002)", "A/RES/S-20/4*".</summary>
    public const string SymbolLine = @"[AES]/(?:RES/)?[0-9A-Z][0-9A-Za-z./()-]*(?: \(\d{4}\))?\*?";

    /// <summary>"Agenda item 72 (b)", "Agenda items 9, 10 and 11".</summary>
    public static readonly TieredRegex AgendaLine = new(@"^(?i:agenda items?)\s", Options);

    /// <summary>
    /// True when <paramref name="text"/> ends as a paragraph does, with a comma, semicolon, colon or full stop; a
    /// footnote marker may follow the punctuation ("Power,1", "Observer Force, 24"). Titles and headings do not.
    /// </summary>
    public static bool EndsAsParagraph(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().TrimEnd("0123456789").TrimEnd();
        return end.Length > 0 && end[^1] is ',' or ';' or ':' or '.';
    }

    /// <summary>
    /// Whether a line opening with <paramref name="first"/> can be an enacting formula: <see cref="Formula"/> opens
    /// with "The", "the", "Therefore", "Thus", "Accordingly" or an italics mark. Every other line is told apart by
    /// this before its text is cut or the pattern tried, and <see cref="Formula"/> asks it of every line it is given.
    /// </summary>
    public static bool MayOpenFormula(char first) => first is 'T' or 't' or 'A' or '_';

    /// <summary>Whether <paramref name="c"/> is a letter of a roman numeral in capitals, as the patterns' <c>[IVXLC]</c> reads one ("chapter VII", "2200 (XXI)", "IV.").</summary>
    public static bool IsRomanCapital(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C';

    /// <summary>
    /// How many digits (<see cref="char.IsDigit(char)"/>, as a pattern's <c>\d</c>) open <paramref name="line"/>: what
    /// follows them tells a label ("1.") from a meeting or date line ("41st", "27 July") or a job number ("06-12345").
    /// </summary>
    public static int LeadingDigits(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && char.IsDigit(line[n]))
        {
            n++;
        }
        return n;
    }

    /// <summary>
    /// The number a label's digits print, in any script a pattern's <c>\d</c> reads ("12", or "١٢" in Arabic-Indic
    /// digits: a scan may print either); a label's one to three digits always fit.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="digits"/> is empty, holds a character that is not a decimal
    /// digit, or more than nine digits (a pattern's group never gives such).</exception>
    public static int LabelNumber(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            throw new ArgumentException($"'{digits}' is no label's number.", nameof(digits));
        }
        var n = 0;
        foreach (var c in digits)
        {
            var digit = System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c);
            n = digit >= 0 ? (n * 10) + digit : throw new ArgumentException($"'{digits}' is no label's number.", nameof(digits));
        }
        return n;
    }

    /// <summary>The first of <paramref name="candidates"/> standing at <paramref name="at"/> in <paramref name="text"/> (ordinal), or null.</summary>
    public static string? FirstAt(string text, int at, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(text, at, candidate, 0, candidate.Length) == 0)
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Dates as the UN prints them: "27 July 2006" (spaces of any kind between the parts).</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(Regex.Replace(text.Trim().TrimEnd('.'), @"\s+", " "), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
