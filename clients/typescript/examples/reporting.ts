// reporting-service: what a partner authority owes a council, and filing its section of the report.
import { createReportingClient, type Schema } from "../src/reporting.js";
import { refused } from "./problem.js";

type DueItem = Schema<"DueItem">;
type Submission = Schema<"Submission">;
type SubmissionRequest = Schema<"SubmissionRequest">;

/** The items a caller owes a council that are due now (their period has begun, their deadline not passed). */
export async function dueNow(baseUrl: string, token: string, council: string): Promise<DueItem[]> {
  const reporting = createReportingClient({ baseUrl, token });
  const { data, error, response } = await reporting.GET("/v1/due-items", {
    params: { query: { council, status: "DUE" } },
  });
  if (error) throw refused(response, error);
  return data.items ?? [];
}

/**
 * Files a partner authority's section of a due item's report. The Idempotency-Key makes a retry of the
 * same call (after a timeout, say) replay the first answer instead of storing a second submission.
 */
export async function fileSection(
  baseUrl: string,
  token: string,
  item: DueItem,
  narrative: string,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<{ submission: Submission; etag: string | null }> {
  const reporting = createReportingClient({ baseUrl, token });
  // a body declared with its schema's type: TypeScript then also refuses a field the schema lacks
  // (inline in the call, openapi-fetch's inference lets an unknown field through)
  const body: SubmissionRequest = {
    dueItemId: item.id,
    sections: [{ contributor: "PARTNER_IN_PRACTICE", narrative }],
  };
  const { data, error, response } = await reporting.POST("/v1/submissions", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    body,
  });
  if (error) throw refused(response, error);
  return { submission: data, etag: response.headers.get("ETag") };
}

/** A reviewer accepts a submission; the ETag read with it guards against accepting a version not seen. */
export async function accept(baseUrl: string, token: string, submissionId: string, etag: string): Promise<Submission> {
  const reporting = createReportingClient({ baseUrl, token });
  const { data, error, response } = await reporting.POST("/v1/submissions/{id}/reviews", {
    params: { path: { id: submissionId }, header: { "If-Match": etag } },
    body: { decision: "ACCEPT" },
  });
  if (error) throw refused(response, error);
  return data;
}

/**
 * A calendar subscription for one council: give `feedUrl` (or `webcalUrl`) to a calendar app, and keep `id`
 * to revoke that one URL later without touching any other.
 */
export async function subscribe(baseUrl: string, token: string, council: string): Promise<Schema<"Subscription">> {
  const reporting = createReportingClient({ baseUrl, token });
  const { data, error, response } = await reporting.POST("/v1/calendar/subscriptions", {
    body: { councilGssCode: council },
  });
  if (error) throw refused(response, error);
  return data;
}

/** Revokes one calendar subscription (its owner or a DfE administrator); its URL then gets 401. */
export async function revokeSubscription(baseUrl: string, token: string, id: string): Promise<void> {
  const reporting = createReportingClient({ baseUrl, token });
  const { error, response } = await reporting.DELETE("/v1/calendar/subscriptions/{id}", {
    params: { path: { id } },
  });
  if (error) throw refused(response, error);
}
