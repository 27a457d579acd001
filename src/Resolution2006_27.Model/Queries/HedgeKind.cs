namespace Resolution2006_27.Model.Queries;

/// <summary>What kind of condition or hedge softens an ask.</summary>
public enum HedgeKind
{
    /// <summary>Bound by the addressee's own law: "in accordance with their domestic law".</summary>
    DomesticLaw,

    /// <summary>Left to the addressee's judgement: "as appropriate", "where appropriate".</summary>
    Discretion,

    /// <summary>Only where it applies: "where applicable".</summary>
    Applicability,

    /// <summary>Bound by the money available: "within available extrabudgetary resources", "not excluding the use of existing resources ...".</summary>
    Resources,

    /// <summary>Examples, not a full list: "inter alia".</summary>
    NonExhaustive,

    /// <summary>Only when asked: "upon request".</summary>
    OnRequest,

    /// <summary>Only under a stated condition: "subject to ...".</summary>
    Condition,

    /// <summary>Asked only to consider acting: "to consider".</summary>
    Consider,
}
