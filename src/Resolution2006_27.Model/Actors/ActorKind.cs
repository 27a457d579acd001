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
}
