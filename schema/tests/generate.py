"""Writes cases/*.json and manifest.json from the export of the minimal resolution.

Run from schema/tests:
  dotnet run --project ../../src/Resolution2006_27.Cli -- export \
      --input ../../tests/Resolution2006_27.Model.Tests/Data/minimal-resolution.txt --force --output /tmp/base.json
  rm cases/*.json && python3 generate.py /tmp/base.json
New cases go at the end so that existing case numbers stay put.
"""
import json, copy, sys
base = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/base.json'))
cases = []
SENTINEL = 987654321
def dump(obj): return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
def add(name, description, valid, decided_by, pointer=None, mutate=None, text=None, minified=False, raw=None):
    """raw: (old, new) replacement applied to the dumped text, for what JSON libraries will not write."""
    n = len(cases) + 1
    file = f"{n:03d}-{name}.json"
    if text is None:
        doc = copy.deepcopy(base)
        if mutate: mutate(doc)
        text = json.dumps(doc, ensure_ascii=False, separators=(',',':')) + "\n" if minified else dump(doc)
        if raw:
            assert text.count(raw[0]) == 1, (name, raw[0])
            text = text.replace(raw[0], raw[1])
    open(f"cases/{file}", "w", encoding="utf-8", newline="").write(text)
    entry = {"file": file, "description": description, "valid": valid, "decidedBy": decided_by}
    if pointer is not None: entry["pointer"] = pointer
    cases.append(entry)

op = lambda d, i: d['operativeParagraphs'][i]
item = lambda d, i: d['operativeParagraphs'][1]['subParagraphs'][i]

# Valid
add("valid-minimal", "A small resolution exported by the library: one preambular paragraph, two operative paragraphs, two items, a footnote and three citations.", True, "schema")
add("valid-minified", "The same export on one line, without indentation.", True, "schema", minified=True)
add("valid-unicode-title", "Any Unicode is allowed in a text.", True, "schema", mutate=lambda d: d['title'].update(text="Coopération contre la traite — 人身売買 ✓"))
add("valid-treaty-series-without-page", "A nullable value (the treaty series page) may be null.", True, "schema", mutate=lambda d: d['instruments'][0]['treatySeries'].update(page=None))
add("valid-footnote-body-with-provenance", "A footnote body is allowed with its provenance.", True, "schema",
    mutate=lambda d: d['footnotes'][0].update(body={"text": "United Nations, Treaty Series, vol. 2225, No. 39574.", "confidence": "medium", "alternative": None, "provenance": {"source": "editorial reference data", "verified": False, "note": None}}))
# Invalid: the schema decides
add("missing-symbol", "The required property symbol is missing at the root.", False, "schema", "", lambda d: d.pop('symbol'))
add("unknown-root-property", "An unknown property at the root.", False, "schema", "/extra", lambda d: d.update(extra=1))
add("unknown-nested-property", "An unknown property inside a span.", False, "schema", "/title/span/extra", lambda d: d['title']['span'].update(extra=True))
add("date-as-number", "The adoption date as a number, not a string.", False, "schema", "/adoptionDate", lambda d: d.update(adoptionDate=20990101))
add("date-out-of-calendar", "An adoption date that is no calendar date.", False, "schema", "/adoptionDate", lambda d: d.update(adoptionDate="2099-13-01"))
add("unknown-enum-value", "A verb class that is not one of the five.", False, "schema", "/operativeParagraphs/0/phrase/class", lambda d: op(d, 0)['phrase'].update({"class": "imperative"}))
add("enum-wrong-case", "An enum value in another case than its camelCase name.", False, "schema", "/operativeParagraphs/0/phrase/class", lambda d: op(d, 0)['phrase'].update({"class": "Directive"}))
add("enum-as-integer", "An enum value given as its integer.", False, "schema", "/operativeParagraphs/0/phrase/strength", lambda d: op(d, 0)['phrase'].update(strength=2))
add("short-id-format", "A short id that is not PP or OP and a number.", False, "schema", "/operativeParagraphs/0/id/short", lambda d: op(d, 0)['id'].update(short="OP-1"))
add("eid-format", "An eId outside the Akoma Ntoso naming convention.", False, "schema", "/operativeParagraphs/0/id/eId", lambda d: op(d, 0)['id'].update(eId="paragraph_1"))
add("actor-id-format", "An actor id in capitals.", False, "schema", "/operativeParagraphs/0/addressees/0/actorId", lambda d: op(d, 0)['addressees'][0].update(actorId="SECRETARY-GENERAL"))
add("sha256-format", "A source hash that is not 64 hex digits.", False, "schema", "/source/sha256", lambda d: d['source'].update(sha256="abc"))
add("line-zero", "A span on line 0: lines count from 1.", False, "schema", "/operativeParagraphs/0/span/line", lambda d: op(d, 0)['span'].update(line=0))
add("offset-past-int32", "A span start beyond a 32-bit integer.", False, "schema", "/operativeParagraphs/0/span/start", lambda d: op(d, 0)['span'].update(start=3000000000))
add("number-1e400", "A column of 1e400, a number out of every range.", False, "schema", "/operativeParagraphs/0/span/column",
    lambda d: op(d, 0)['span'].update(column=SENTINEL), raw=(str(SENTINEL), "1e400"))
add("null-text", "Null where a text is required.", False, "schema", "/operativeParagraphs/0/text", lambda d: op(d, 0).update(text=None))
add("preamble-as-array", "An array where the preamble object belongs.", False, "schema", "/preamble", lambda d: d.update(preamble=[]))
add("footnotes-as-string", "A string where the footnote list belongs.", False, "schema", "/footnotes", lambda d: d.update(footnotes="none"))
add("pinpoint-as-string", "A nullable object (a pinpoint) given as a string.", False, "schema", "/operativeParagraphs/0/citations/0/pinpoint", lambda d: op(d, 0)['citations'][0].update(pinpoint="article 5"))
add("phrase-without-lemma", "A phrase missing its required lemma.", False, "schema", "/operativeParagraphs/0/phrase", lambda d: op(d, 0)['phrase'].pop('lemma'))
add("item-label-format", "An item label in capitals.", False, "schema", "/operativeParagraphs/1/subParagraphs/0/label", lambda d: item(d, 0).update(label="A"))
add("minus-text-offset", "A footnote marker before the start of its text.", False, "schema", "/preamble/paragraphs/0/footnoteMarkers/0/textOffset", lambda d: d['preamble']['paragraphs'][0]['footnoteMarkers'][0].update(textOffset=-1))
# Invalid: only the rules decide (the schema alone accepts these)
add("duplicate-part-id", "Two operative paragraphs with the same ids.", False, "rules", "/operativeParagraphs/1/id/short", lambda d: op(d, 1).update(id=copy.deepcopy(op(d, 0)['id'])))
def falls(d):
    op(d, 0)['number'] = 3
    op(d, 0)['id'] = {"short": "OP3", "eId": "para_3"}
add("numbering-falls", "Operative paragraph 1 numbered 3, so that paragraph 2 falls below it (a gap alone is valid: real texts skip).", False, "rules", "/operativeParagraphs/1/number", falls)
def label(d):
    item(d, 1)['label'] = "c"
    item(d, 1)['id'] = {"short": "OP2(c)", "eId": "para_2__list_1__point_c"}
add("label-out-of-sequence", "Items (a), (c): the second label skips (b).", False, "rules", "/operativeParagraphs/1/subParagraphs/1/label", label)
add("unknown-instrument", "A citation of an instrument the resolution does not list.", False, "rules", "/operativeParagraphs/0/citations/0/instrumentId", lambda d: op(d, 0)['citations'][0].update(instrumentId="no-such-treaty"))
add("unknown-addressee", "An addressee that is not among the resolution's actors.", False, "rules", "/operativeParagraphs/0/addressees/0/actorId", lambda d: op(d, 0)['addressees'][0].update(actorId="nobody"))
add("footnote-unknown-marker", "A footnote listing a marker that is nowhere in the text.", False, "rules", "/footnotes/0/markerIds/0", lambda d: d['footnotes'][0].update(markerIds=["authorialNote_9"]))
add("span-past-source", "A span that ends past the end of the source text.", False, "rules", "/operativeParagraphs/1/subParagraphs/1/span", lambda d: item(d, 1)['span'].update(length=100000))
add("unknown-antecedent", "A short form pointing back to a citation that does not exist.", False, "rules", "/operativeParagraphs/1/subParagraphs/0/citations/0/antecedentId", lambda d: item(d, 0)['citations'][0].update(antecedentId="para_9__ref_1"))
add("duplicate-actor", "The same actor listed twice.", False, "rules", "/actors/1/id", lambda d: d['actors'].insert(1, copy.deepcopy(d['actors'][0])))
# Invalid: the JSON itself
good = dump(base)
add("truncated", "The document stops in the middle.", False, "syntax", text=good[: len(good) // 2])
add("trailing-comma", "A comma after the last property.", False, "syntax", text=good.replace('"organId": "ecosoc",', '"organId": "ecosoc",,', 1))
add("comment", "A JavaScript comment.", False, "syntax", text=good.replace('{\n', '{\n  // a comment\n', 1))
add("duplicate-property", "The property number twice in the root object.", False, "syntax", "/number", text=good.replace('"organId": "ecosoc",', '"organId": "ecosoc",\n  "number": "2099/2",', 1))
add("deep-nesting", "Arrays nested 1,000 levels deep.", False, "syntax", text="[" * 1000 + "]" * 1000 + "\n")
add("empty", "An empty file.", False, "input", "", text="")
add("not-json", "Plain text, not JSON.", False, "syntax", "", text="E/RES/2006/27\n")
# Appended later, so that the numbers above stay put.
add("valid-bracketed-year-symbol", "A symbol and number with the year in brackets, as the Security Council prints them.", True, "schema",
    mutate=lambda d: d.update(symbol="E/RES/2099 (2099)", number="2099 (2099)"))
add("symbol-unclosed-bracket", "A symbol whose bracketed year is not closed.", False, "schema", "/symbol", lambda d: d.update(symbol="S/RES/2331 (2016"))
add("number-bracketed-word", "A number whose brackets hold neither a year nor a roman session number.", False, "schema", "/number", lambda d: d.update(number="2331 (last)"))

add("id-with-a-final-line-feed", "An actor id followed by a line feed: in ECMA-262, which JSON Schema names for patterns, \"$\" matches only at the end (.NET's would also match before a final line feed).", False, "schema",
    "/operativeParagraphs/0/addressees/0/actorId", lambda d: op(d, 0)['addressees'][0].update(actorId=op(d, 0)['addressees'][0]['actorId'] + "\n"))

json.dump({"schema": "../resolution.schema.json",
           "about": "Conformance cases for the JSON export. Every case is a JSON instance and its verdict; invalid ones name the JSON Pointer of the problem. decidedBy says which check decides: 'schema' (any JSON Schema 2020-12 validator gives the verdict), 'rules' (valid against the schema, invalid by the model's rules), 'syntax' or 'input' (not JSON the model accepts).",
           "cases": cases}, open("manifest.json", "w"), indent=2, ensure_ascii=False)
open("manifest.json", "a").write("\n")
print(len(cases), "cases")
