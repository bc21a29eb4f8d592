import type { Client } from "openapi-fetch";
import { createSuiteClient, type SuiteClientOptions } from "./client.js";
import type { components, operations, paths } from "./generated/councils.js";

export type { components, operations, paths };
export type { SuiteClientOptions };
/** A schema of councils-service's contract by name, e.g. Schema<"Problem">. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type CouncilsClient = Client<paths>;

/** A client of councils-service (locally http://127.0.0.1:8081). */
export function createCouncilsClient(options: SuiteClientOptions): CouncilsClient {
  return createSuiteClient<paths>(options);
}
