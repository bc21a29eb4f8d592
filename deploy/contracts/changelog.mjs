// Checks that a committed contract's info.version has an entry in its service's CHANGELOG.md, and that it is
// the newest entry there (entries are "## X.Y.Z" headings, newest first).
//   node changelog.mjs CONTRACT CHANGELOG [CONTRACT CHANGELOG]...
// Exits 1 and says what is missing when any pair fails.
import { readFileSync } from "node:fs";

const heading = /^## \[?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?:\s|$)/;

export function problems(contractPath, changelogPath) {
  const version = JSON.parse(readFileSync(contractPath, "utf8"))?.info?.version;
  if (!version) return [`${contractPath} has no info.version`];
  let text;
  try {
    text = readFileSync(changelogPath, "utf8");
  } catch {
    return [`${changelogPath} is missing: ${contractPath} is at ${version}`];
  }
  const entries = text.split("\n").map((line) => heading.exec(line)?.[1]).filter(Boolean);
  if (!entries.includes(version)) {
    return [`${changelogPath} has no entry "## ${version}" for ${contractPath}'s info.version ${version}` +
      (entries.length ? ` (newest entry: ${entries[0]})` : " (no entries)")];
  }
  if (entries[0] !== version) {
    return [`${changelogPath}'s newest entry is ${entries[0]}, but ${contractPath} is at ${version}`];
  }
  return [];
}

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error("usage: node changelog.mjs CONTRACT CHANGELOG [CONTRACT CHANGELOG]...");
  process.exit(2);
}
let failed = false;
for (let i = 0; i < args.length; i += 2) {
  const found = problems(args[i], args[i + 1]);
  for (const problem of found) console.error(`FAIL: ${problem}`);
  if (found.length === 0) {
    const version = JSON.parse(readFileSync(args[i], "utf8")).info.version;
    console.log(`ok: ${args[i + 1]} has an entry for ${version}, the contract's version`);
  }
  failed ||= found.length > 0;
}
process.exit(failed ? 1 : 0);
