#!/usr/bin/env python3
"""Writes ../states.json from states.txt and ISO 3166-1/3166-3 as Debian's iso-codes ships them.

Run from anywhere: python3 generate_states.py [ISO_CODES_JSON_DIR]. The output is committed; the build
does not run this. The table says which States there are and how resolutions name them; iso-codes
gives each one's numeric code (the UN M49 code for a country) and, where the table gives none, its
formal name. A State that iso-codes does not know is an error, not a guess.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
ISO_VERSION = "4.15.0"

# ISO 3166-3 gives 891 for YUG, the code of the Federal Republic of Yugoslavia after 1992 (now SCG's);
# the Socialist Federal Republic, a founding Member, had 890 (the same entry's comment says so).
M49_OVERRIDES = {"YUG": "890"}

MEMBERSHIP = ("United Nations, Member States, https://www.un.org/en/about-us/member-states "
              "(membership, observer status and the UN's short names)")
CODES = ("ISO 3166-1 alpha-3 and numeric codes, the numeric code being the UN M49 code "
         "(https://unstats.un.org/unsd/methodology/m49/), as Debian iso-codes " + ISO_VERSION +
         " ships them (https://salsa.debian.org/iso-codes-team/iso-codes)")
FORMER = ("ISO 3166-3, codes of former country names (https://www.iso.org/iso-3166-country-codes.html), as Debian iso-codes " +
          ISO_VERSION + " ships them (https://salsa.debian.org/iso-codes-team/iso-codes); the name as resolutions of its time print it")


def slug(name):
    name = re.sub(r"\s*\(.*\)$", "", name)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bare(name):
    return name[4:] if name.startswith("the ") else name


def split(cell):
    return [x.strip() for x in cell.split(";") if x.strip()]


def main():
    current = {c["alpha_3"]: c for c in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]}
    former = {c["alpha_3"]: c for c in json.load(open(os.path.join(ISO, "iso_3166-3.json"), encoding="utf-8"))["3166-3"]}
    rows = []
    for line in open(os.path.join(HERE, "states.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or line.startswith("alpha3|"):
            continue
        cells = line.split("|")
        if len(cells) != 9:
            sys.exit(f"states.txt: {len(cells)} columns, expected 9: {line}")
        rows.append(dict(zip(["alpha3", "status", "name", "printed", "demonym", "other", "former", "formal", "after"], cells)))
    ids = {r["alpha3"]: slug(r["name"]) for r in rows}
    actors = []
    for r in rows:
        code = r["alpha3"]
        iso = current.get(code) if r["status"] != "former" else former.get(code)
        if iso is None:
            sys.exit(f"states.txt: {code} is not in ISO 3166-{'3' if r['status'] == 'former' else '1'}")
        m49 = M49_OVERRIDES.get(code) or iso.get("numeric")
        if not m49:
            sys.exit(f"states.txt: ISO gives {code} no numeric code")
        formal = r["formal"] or bare(iso.get("official_name", "")) or bare(r["printed"])
        if r["status"] == "former":
            formal = r["formal"] or bare(r["printed"])
        aliases = []
        for name in [bare(r["printed"]), r["name"] if "(" not in r["name"] else None, formal, *split(r["other"])]:
            if name and name not in aliases:
                aliases.append(name)
        after = r["after"] or None
        if after and after not in ids:
            sys.exit(f"states.txt: {code} is continued by {after}, which the table does not hold")
        actors.append({
            "id": ids[code],
            "name": r["name"],
            "kind": "state",
            "aliases": aliases,
            "shortForms": [],
            "parentId": None,
            "state": {
                "alpha3": code,
                "m49": m49,
                "formalName": formal,
                "status": r["status"],
                "printedName": r["printed"],
                "demonym": r["demonym"] or None,
                "formerNames": split(r["former"]),
                "succeededBy": ids[after] if after else None,
            },
            "provenance": {
                "source": (FORMER if r["status"] == "former" else MEMBERSHIP + "; " + CODES),
                "verified": False,
                "note": "Curated for this library; the codes are iso-codes' and were not checked online.",
            },
        })
    if len({a["id"] for a in actors}) != len(actors):
        sys.exit("states.txt: two States have the same id")
    with open(os.path.join(HERE, "..", "states.json"), "w", encoding="utf-8") as out:
        # One State per line: small to embed, and a change to one State is one line of a diff.
        out.write('{"actors": [\n')
        out.write(",\n".join(json.dumps(a, ensure_ascii=False) for a in actors))
        out.write("\n]}\n")
    print(f"{len(actors)} States written")


main()
