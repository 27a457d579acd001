// Ajv on the canonical export and the published schema, in process: compile once, validate N times.
//   node docs/measure/ajv.mjs   (after npm ci in schema/tests/ajv)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(new URL("../../schema/tests/ajv/package.json", import.meta.url));
const Ajv2020 = require("ajv/dist/2020.js").default;
const addFormats = require("ajv-formats").default;
const schema = JSON.parse(readFileSync("schema/resolution.schema.json", "utf8"));
const text = readFileSync("schema/examples/e-res-2006-27.json", "utf8");
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const n = 200;
for (let i = 0; i < 20; i++) validate(JSON.parse(text));
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) if (!validate(JSON.parse(text))) throw new Error("invalid");
const us = Number(process.hrtime.bigint() - start) / 1000 / n;
console.log(`ajv (JSON.parse + validate) on the canonical export: ${us.toFixed(1)} us per validation`);
