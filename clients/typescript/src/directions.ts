import type { Client } from "openapi-fetch";
import { createSuiteClient, type SuiteClientOptions } from "./client.js";
import type { components, operations, paths } from "./generated/directions.js";

export type { components, operations, paths };
export type { SuiteClientOptions };
/** A schema of directions-service's contract by name, e.g. Schema<"Problem">. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type DirectionsClient = Client<paths>;

/** A client of directions-service (locally http://127.0.0.1:8082). */
export function createDirectionsClient(options: SuiteClientOptions): DirectionsClient {
  return createSuiteClient<paths>(options);
}
