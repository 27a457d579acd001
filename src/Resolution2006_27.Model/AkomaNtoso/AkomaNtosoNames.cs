using System.Globalization;
using System.Xml.Linq;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>The names this edition uses in Akoma Ntoso XML, and the few conventions it adds to AKN4UN.</summary>
internal static class AkomaNtosoNames
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public static readonly XNamespace Ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>
    /// This edition's namespace, for what Akoma Ntoso has no element for: spans in the adopted text,
    /// verb lemma, class and strength, addressee scope, and the registry's records with provenance.
    /// The schema admits attributes of other namespaces on every element, and anything in <c>proprietary</c>.
    /// </summary>
    public static readonly XNamespace Res = "urn:resolution2006-27:akn";

    /// <summary>The TLC id of this edition, the source of its metadata.</summary>
    public const string Editor = "resolution2006-27-model";

    /// <summary>The AKN4UN actor code of an adopting organ ("un-ecosoc"), used in FRBR URIs.</summary>
    /// <param name="organId">The organ's actor id.</param>
    public static string OrganCode(string organId) => Parsing.Organs.AknCode(organId);

    /// <summary>The FRBR work URI: /akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27.</summary>
    /// <param name="resolution">The resolution.</param>
    public static string Work(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        // "2006/27" -> "2006-27", "2331 (2016)" -> "2331-2016": URI segments without slashes, spaces or brackets.
        var number = string.Join("-", resolution.Number.Split(['/', ' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
        return $"/akn/un/statement/deliberation/{OrganCode(resolution.OrganId)}/{Date(resolution.AdoptionDate)}/{number}";
    }

    /// <summary>The FRBR expression URI: the work in English as adopted, .../eng@2006-07-27.</summary>
    /// <param name="resolution">The resolution.</param>
    public static string Expression(Resolution resolution) => $"{Work(resolution)}/eng@{Date(resolution.AdoptionDate)}";

    /// <summary>An undated resolution (no date in its heading or closing lines) is dated 0001-01-01 in FRBR, which requires a date.</summary>
    internal static string Date(DateOnly? date) => Date(date ?? DateOnly.MinValue);

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Span(SourceSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.Start},{span.Length},{span.Line},{span.Column}");

    internal static SourceSpan? ParseSpan(string? text)
    {
        var parts = text?.Split(',');
        if (parts is not { Length: 4 } || !parts.All(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new SourceSpan(n[0], n[1], n[2], n[3]);
    }
}
