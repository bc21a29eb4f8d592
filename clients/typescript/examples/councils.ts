// councils-service: every council the suite records, page by page, and who holds what for one on a day.
import { createCouncilsClient, type Schema } from "../src/councils.js";
import { refused } from "./problem.js";

type Council = Schema<"Council">;
type Appointment = Schema<"Appointment">;

export async function listCouncils(baseUrl: string, token: string): Promise<Council[]> {
  const councils = createCouncilsClient({ baseUrl, token });
  const all: Council[] = [];
  let cursor: string | undefined;
  do {
    const { data, error, response } = await councils.GET("/v1/councils", {
      params: { query: { limit: 50, cursor } },
    });
    if (error) throw refused(response, error);
    all.push(...(data.items ?? []));
    cursor = data.next ?? undefined;
  } while (cursor);
  return all;
}

/** "Stoke-on-Trent City Council (E06000021): inadequate" */
export function describe(council: Council): string {
  const rating = council.currentRating?.overallEffectiveness ?? "no inspection recorded";
  return `${council.name} (${council.gssCode}): ${rating}`;
}

/** Who held which role for a council on a day, e.g. ("E06000021", "2020-01-31"). */
export async function holdersOn(baseUrl: string, token: string, gss: string, day: string): Promise<string[]> {
  const councils = createCouncilsClient({ baseUrl, token });
  const { data, error, response } = await councils.GET("/v1/councils/{gss}/appointments", {
    params: { path: { gss }, query: { activeOn: day } },
  });
  if (error) throw refused(response, error);
  return (data.items ?? []).map((a: Appointment) => `${a.role?.code}: ${a.holder?.name}`);
}
