// Waits until reporting-service answers a call that needs both other services (Stockport's due items for
// Stoke-on-Trent: its roles from councils-service, the duties from directions-service) with 200, asking again
// every 2 s; exits 1 after the given seconds. Reads the base URL and token from the .env file tokens.sh writes.
//   node warm-up.mjs ENV_FILE SECONDS
import { readFileSync } from "node:fs";

const [envFile, seconds = "180"] = process.argv.slice(2);
const env = Object.fromEntries(
  readFileSync(envFile, "utf8").split("\n").filter((line) => line.includes("="))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);
const url = `${env.REPORTING_URL}/v1/due-items?council=E06000021&limit=1`;
const deadline = Date.now() + Number(seconds) * 1000;
let last = "no answer";
while (Date.now() < deadline) {
  try {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${env.STOCKPORT_TOKEN}` } });
    const body = await response.text();
    if (response.status === 200) process.exit(0);
    last = `${response.status} ${body.slice(0, 300)}`;
  } catch (error) {
    last = String(error);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
console.error(`FAIL: reporting-service did not answer ${url} with 200 in ${seconds} s; last: ${last}`);
process.exit(1);
