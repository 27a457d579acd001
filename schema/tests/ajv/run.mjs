// The second, independent validator: Ajv (JSON Schema draft 2020-12, strict mode, with formats).
//   node run.mjs                 runs the conformance suite in ../manifest.json
//   node run.mjs FILE [FILE...]  validates JSON exports; exit 0 when all are valid, 1 otherwise
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, "..", "..", "resolution.schema.json"), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

// Where each error points: for an unknown or missing property, the property itself.
const pointers = (errors) =>
  (errors ?? []).map((e) =>
    e.keyword === "additionalProperties" ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath);

function check(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { valid: false, parsed: false, errors: [{ instancePath: "", message: e.message }] };
  }
  const valid = validate(data);
  return { valid, parsed: true, errors: validate.errors ?? [] };
}

const files = process.argv.slice(2);
if (files.length > 0) {
  let allValid = true;
  for (const file of files) {
    const result = check(readFileSync(file, "utf8"));
    allValid &&= result.valid;
    for (const e of result.errors) console.log(`${file}: ${e.instancePath || "/"}: ${e.message}`);
    console.log(`${file}: ${result.valid ? "valid" : "invalid"}`);
  }
  process.exit(allValid ? 0 : 1);
}

const manifest = JSON.parse(readFileSync(join(here, "..", "manifest.json"), "utf8"));
let passed = 0, failed = 0, notCompared = 0;
for (const c of manifest.cases) {
  if (c.decidedBy !== "schema" && c.decidedBy !== "rules") {
    notCompared++; // Syntax and input cases are decided before any schema applies.
    continue;
  }
  const result = check(readFileSync(join(here, "..", "cases", c.file), "utf8"));
  // The schema alone cannot see a rules violation: Ajv must accept those.
  const expected = c.decidedBy === "schema" ? c.valid : true;
  let problem = null;
  if (result.valid !== expected) {
    problem = `expected ${expected ? "valid" : "invalid"}, Ajv says ${result.valid ? "valid" : "invalid"}`;
  } else if (!result.valid && c.pointer !== undefined && !pointers(result.errors).includes(c.pointer)) {
    problem = `expected a problem at "${c.pointer}", Ajv reports ${JSON.stringify(pointers(result.errors))}`;
  }
  if (problem) {
    failed++;
    console.log(`FAIL ${c.file}: ${problem}`);
  } else {
    passed++;
  }
}
console.log(`ajv: ${manifest.cases.length} cases, ${notCompared} decided before the schema and not compared`);
console.log(`ajv: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
