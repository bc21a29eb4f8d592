// Writes a copy of a contract with one schema property renamed (and in its required list), standing
// in for a contract change that breaks consumers; check.sh uses it to see the type check fail.
//   node scripts/rename-field.mjs IN OUT SCHEMA FROM TO
import { readFile, writeFile } from "node:fs/promises";

const [input, output, schema, from, to] = process.argv.slice(2);
const contract = JSON.parse(await readFile(input, "utf8"));
const target = contract.components?.schemas?.[schema];
if (!target?.properties?.[from]) {
  console.error(`${input}: schema ${schema} has no property ${from}`);
  process.exit(2);
}
target.properties = Object.fromEntries(
  Object.entries(target.properties).map(([name, value]) => [name === from ? to : name, value]),
);
if (Array.isArray(target.required)) target.required = target.required.map((name) => (name === from ? to : name));
await writeFile(output, JSON.stringify(contract, null, 2));
