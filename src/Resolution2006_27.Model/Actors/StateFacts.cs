using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Actors;

/// <summary>
/// What identifies a State across resolutions and other datasets: the codes researchers join on and
/// the names the State has had in print. Codes come from ISO 3166 (ISO 3166-3 for a State that no
/// longer exists); the numeric code is the UN Statistics Division's M49 code.
/// </summary>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code, upper case: "SOM"; for a former State its ISO 3166-3 alpha-3: "SUN".</param>
/// <param name="M49">The UN M49 numeric code, three digits with leading zeros: "706", "004".</param>
/// <param name="FormalName">The formal name: "Federal Republic of Somalia", "Republic of the Sudan".</param>
/// <param name="Status">Member, observer or former.</param>
/// <param name="PrintedName">The name as running text of a resolution prints it, with its article where it takes one: "the Sudan", "Somalia".</param>
/// <param name="Demonym">The adjective resolutions use for its authorities ("the Sudanese authorities"), or null where none names this State alone (Congolese, Guinean).</param>
/// <param name="FormerNames">Names the same State had before, under which older resolutions name it: "Zaire", "Burma", "Swaziland".</param>
/// <param name="SucceededBy">For a former State, the id of the Member State that continued its seat (the Russian Federation for the Union of Soviet Socialist Republics), or null.</param>
public sealed record StateFacts(
    [property: SchemaPattern(@"^[A-Z]{3}$")] string Alpha3,
    [property: SchemaPattern(@"^[0-9]{3}$")] string M49,
    string FormalName,
    StateStatus Status,
    string PrintedName,
    string? Demonym,
    ValueList<string> FormerNames,
    [property: SchemaPattern(IdPatterns.EntityId)] string? SucceededBy);
