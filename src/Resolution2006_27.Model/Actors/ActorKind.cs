namespace Resolution2006_27.Model.Actors;

/// <summary>
/// The kind of an actor, in the addressee categories of the UN Executive Office of the
/// Secretary-General's own paragraph annotations (DOMAIN.md).
/// </summary>
public enum ActorKind
{
    /// <summary>Member States, or a group or organ of States (Governments, countries of origin, ...).</summary>
    MemberStates,

    /// <summary>A principal or subsidiary organ of the United Nations (General Assembly, Economic and Social Council, a functional commission).</summary>
    UnOrgan,

    /// <summary>Part of the United Nations Secretariat (the Secretary-General, UNODC, the High Commissioner for Human Rights).</summary>
    UnSecretariat,

    /// <summary>Elsewhere in the United Nations system (specialized agencies, system-wide bodies, UN congresses).</summary>
    UnSystem,

    /// <summary>Anyone else: civil society, non-governmental organizations, treaty bodies, networks of States.</summary>
    Other,

    /// <summary>
    /// One particular State, named: a Member State ("the Sudan", "the Government of Somalia"), a
    /// non-member observer State, or a State that no longer exists ("Union of Soviet Socialist
    /// Republics"). Its codes and names are in <see cref="Actor.State"/>. Added in data 2026.4.
    /// </summary>
    State,

    /// <summary>
    /// A party to a conflict or an armed group that is not a State ("all parties to the conflict", "the
    /// Taliban"), as the Security Council addresses them. Added in data 2026.4.
    /// </summary>
    Party,
}
