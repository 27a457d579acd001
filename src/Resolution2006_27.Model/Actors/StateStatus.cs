namespace Resolution2006_27.Model.Actors;

/// <summary>How a State stands at the United Nations today.</summary>
public enum StateStatus
{
    /// <summary>One of the 193 Member States.</summary>
    Member,

    /// <summary>A non-member State with a permanent observer mission (the Holy See, the State of Palestine).</summary>
    Observer,

    /// <summary>A State that no longer exists (Union of Soviet Socialist Republics, Czechoslovakia); see <see cref="StateFacts.SucceededBy"/>.</summary>
    Former,
}
