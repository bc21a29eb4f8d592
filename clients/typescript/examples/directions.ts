// directions-service: read a direction and list its directives; which direction is in force for a council on a day.
import { createDirectionsClient, type Schema } from "../src/directions.js";
import { refused } from "./problem.js";

type Direction = Schema<"Direction">;
type Clause = Schema<"Clause">;

export async function readDirection(baseUrl: string, token: string, reference: string): Promise<Direction> {
  const directions = createDirectionsClient({ baseUrl, token });
  const { data, error, response } = await directions.GET("/v1/directions/{reference}", {
    params: { path: { reference } },
  });
  if (error) throw refused(response, error);
  return data;
}

/** Each directive's number and first words, nested clauses indented: "7.e.a Provide a combined monthly..." */
export function outline(direction: Direction): string[] {
  const lines: string[] = [];
  const walk = (clauses: Clause[] | null | undefined, depth: number) => {
    for (const clause of clauses ?? []) {
      lines.push(`${"  ".repeat(depth)}${clause.reference ?? clause.number} ${(clause.text ?? "").slice(0, 60)}`);
      walk(clause.items, depth + 1);
    }
  };
  walk(direction.clauses, 0);
  return lines;
}

/** The reference of the direction in force for a council on a day, or undefined when none was. */
export async function inForceOn(baseUrl: string, token: string, council: string, day: string): Promise<string | undefined> {
  const directions = createDirectionsClient({ baseUrl, token });
  const { data, error, response } = await directions.GET("/v1/directions", {
    params: { query: { council, inForceOn: day } },
  });
  if (error) throw refused(response, error);
  return data.items?.[0]?.reference;
}

/** The direction as issued, as plain text. */
export async function documentText(baseUrl: string, token: string, reference: string): Promise<string> {
  const directions = createDirectionsClient({ baseUrl, token });
  const { data, error, response } = await directions.GET("/v1/directions/{reference}/document", {
    params: { path: { reference } },
    headers: { Accept: "text/plain" },
    parseAs: "text",
  });
  if (error) throw refused(response, error);
  return data;
}
