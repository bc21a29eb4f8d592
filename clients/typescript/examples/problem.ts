/** The fields of the suite's problem+json answers (RFC 9457) that the examples report. */
export interface ProblemLike {
  title?: string;
  detail?: string;
  rule?: string;
}

/** An Error that says what the service refused and why, from its problem+json answer. */
export function refused(response: Response, problem: ProblemLike): Error {
  const rule = problem.rule ? ` (rule: ${problem.rule})` : "";
  return new Error(`${response.status} ${problem.title ?? ""}: ${problem.detail ?? ""}${rule}`);
}
