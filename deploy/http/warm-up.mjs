// Asks reporting-service once for something that needs both other services (Stockport's due items for
// Stoke-on-Trent: its roles from councils-service, the duties from directions-service), with a 20 s timeout;
// exits 0 on a 200, else 1 with what it got. Reads the base URL and token from the .env file tokens.sh writes.
//   node warm-up.mjs ENV_FILE
import { readFileSync } from "node:fs";

const env = Object.fromEntries(
  readFileSync(process.argv[2], "utf8").split("\n").filter((line) => line.includes("="))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);
const url = `${env.REPORTING_URL}/v1/due-items?council=E06000021&limit=1`;
try {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${env.STOCKPORT_TOKEN}` },
    signal: AbortSignal.timeout(20_000),
  });
  const body = await response.text();
  if (response.status === 200) process.exit(0);
  console.error(`not yet: ${url} answered ${response.status} ${body.slice(0, 200)}`);
} catch (error) {
  console.error(`not yet: ${url}: ${error}`);
}
process.exit(1);
