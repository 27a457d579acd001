namespace Resolution2006_27.Model.Actors;

/// <summary>How much of the named group an ask addresses.</summary>
public enum AddresseeScope
{
    /// <summary>The group as named, with no quantifier or qualifier ("Member States").</summary>
    Unqualified,

    /// <summary>Every member of the group ("all Member States").</summary>
    All,

    /// <summary>Only members meeting a condition ("Member States that have not done so").</summary>
    Restricted,
}
