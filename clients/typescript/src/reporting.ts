import type { Client } from "openapi-fetch";
import { createSuiteClient, type SuiteClientOptions } from "./client.js";
import type { components, operations, paths } from "./generated/reporting.js";

export type { components, operations, paths };
export type { SuiteClientOptions };
/** A schema of reporting-service's contract by name, e.g. Schema<"Problem">. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type ReportingClient = Client<paths>;

/** A client of reporting-service (locally http://127.0.0.1:8083). */
export function createReportingClient(options: SuiteClientOptions): ReportingClient {
  return createSuiteClient<paths>(options);
}
