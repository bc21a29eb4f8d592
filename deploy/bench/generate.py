#!/usr/bin/env python3
"""Generates the benchmark's data set through the services' own APIs (so every rule and audit entry applies).

    generate.py --scale N --councils URL --directions URL --reporting URL --admin-token T [--years 10] [--workers 4]
                [--pg-host H --pg-port P --pg-user U] [--db-prefix bench_]

At scale 1: the 153 authorities of the national register (already in councils-service), 20 of them under
direction: the two seed directions and 18 synthetic ones on the seeds' pattern, dated `years` back, each with a
monthly progress report and a quarterly review duty. For each synthetic direction: a board meeting a month, a
submission for every item that fell due (one in three returned once and resubmitted, then accepted). At scale N,
(N - 1) x 153 synthetic authorities (GSS codes E99xxxxxx) and (N - 1) x 20 synthetic directions on them, with the
same history: the first, E99000001, with its direction and history, through the API like the rest; the others copied
from it in bulk inside each service's database (bulk/*.sql, run by psql: the API would take hours at scale 100).
Everything generated says SYNTHETIC in its name, title or narrative.
Prints one JSON object: what was made (rows per table), how long it took and the references the benchmark uses; and
the rows per table, readably, on stderr.
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

REGISTER_SEEDED = {"E06000021", "E06000035", "E08000007", "E10000012"}
SEED_DIRECTIONS = ["E06000021-2019-10-31", "E06000035-2020-01-07"]
_local = threading.local()


class Api:
    def __init__(self, base, token):
        self.url = urllib.parse.urlsplit(base)
        self.token = token

    def _conn(self):
        key = (self.url.hostname, self.url.port)
        conns = getattr(_local, "conns", None)
        if conns is None:
            conns = _local.conns = {}
        if key not in conns:
            conns[key] = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        return conns[key]

    def _send(self, method, path, data, headers):
        for attempt in range(2):
            conn = self._conn()
            try:
                conn.request(method, path, body=data, headers=headers)
                r = conn.getresponse()
                return r, r.read().decode("utf-8")
            except (http.client.HTTPException, OSError) as e:
                conn.close()
                _local.conns.pop((self.url.hostname, self.url.port), None)
                if attempt:
                    # the service stopped or is not listening: said plainly, run.sh says which process died
                    raise RuntimeError(f"{method} {self.url.geturl().rstrip('/')}{path}: no answer "
                                       f"({type(e).__name__}: {e or 'connection closed'})") from None

    def call(self, method, path, body=None, headers=None, expect=(200, 201)):
        h = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        data = None if body is None else json.dumps(body)
        for attempt in range(12):
            r, text = self._send(method, path, data, h)
            # a dependency that is cold or busy answers 503 with Retry-After: wait as asked, then again
            if r.status != 503 or attempt == 11:
                break
            time.sleep(min(int(r.getheader("Retry-After") or 2), 10))
        if r.status not in expect:
            raise RuntimeError(f"{method} {path} -> {r.status}: {text[:500]}")
        return r.status, (json.loads(text) if text and text.lstrip().startswith(("{", "[")) else text), r.getheader("ETag")


def direction_body(gss, date, n):
    clause = lambda number, text, **more: {"number": number, "text": text, **more}
    return {
        "councilGssCode": gss, "date": date,
        "title": f"SYNTHETIC BENCHMARK DIRECTION {n} TO COUNCIL {gss} IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) "
                 "OF THE EDUCATION ACT 1996",
        "statutoryBasis": "section 497A(4B) of the Education Act 1996",
        "signatory": {"name": "Synthetic Signatory", "capacity": "A Senior Civil Servant in the Department for Education",
                      "onBehalfOf": "the Secretary of State for Education"},
        "recitals": [
            clause("1", "SYNTHETIC (benchmark data): the Secretary of State has noted that performance in respect of children's "
                        "social care services is 'inadequate'.",
                   citations=[{"kind": "OFSTED_REPORT", "date": "2015-11-20", "framework": "SIF", "overallEffectiveness": "INADEQUATE"}]),
            clause("2", "The Secretary of State is satisfied that the Council is failing to perform, namely;", items=[
                clause("a", "social services functions, so far as those functions relate to children;", label="a)"),
                clause("b", "the functions under sections 23C to 24D of the Children Act 1989; and", label="b)"),
                clause("c", "the functions under sections 10, 12, 12C, 12D and 17A of the Children Act 2004.", label="c)")])],
        "functions": [{"set": "SOCIAL_SERVICES_FUNCTIONS_CHILDREN", "clause": "2.a"},
                      {"set": "CHILDREN_ACT_1989_SS23C_TO_24D", "clause": "2.b"},
                      {"set": "CHILDREN_ACT_2004_SS10_12_12C_12D_17A", "clause": "2.c"}],
        "clauses": [clause("3", "The Secretary of State directs the Council as follows:", items=[
            clause("a", "To provide a monthly progress report to the Department for Education;"),
            clause("b", "To take part in a quarterly performance review with the Department for Education.")])],
        "annexes": [{"reference": "Annex", "heading": "ANNEX", "titleLines": ["Terms of Reference"],
                     "appointeeRole": "CHILDRENS_SERVICES_COMMISSIONER",
                     "paragraphs": [clause("1", "The Commissioner shall report to the Minister at 6 and 12 months.")]}],
        "duties": [
            {"code": "monthly-progress-report", "clause": "3.a", "kind": "PROGRESS_REPORT", "title": "Monthly progress report",
             "providers": ["COUNCIL"], "recipient": "DEPARTMENT_FOR_EDUCATION", "cadence": {"type": "MONTHLY"}},
            {"code": "quarterly-performance-review", "clause": "3.b", "kind": "PERFORMANCE_REVIEW", "title": "Quarterly performance review",
             "providers": ["COUNCIL"], "recipient": "DEPARTMENT_FOR_EDUCATION", "cadence": {"type": "EVERY_N_MONTHS", "months": 3, "anchor": "DIRECTION_DATE", "anchorBasis": "STATED"}}],
    }


def section(text):
    return {"contributor": "COUNCIL", "narrative": "SYNTHETIC (benchmark data). " + text}


def current_etag(api, submission_id):
    return api.call("GET", f"/v1/submissions/{submission_id}")[2]


def make_direction(api, gss, date, n):
    _, d, etag = api.call("POST", "/v1/directions", direction_body(gss, date, n))
    api.call("POST", f"/v1/directions/{d['reference']}/issue", headers={"If-Match": etag})
    return d["reference"]


def history(directions_api, reporting, gss, start, today, n):
    """Board meetings and submissions for one council's direction; returns counts."""
    counts = {"board_meetings": 0, "submissions": 0, "versions": 0, "reviews": 0}
    day = start.replace(day=28)
    while day < today:
        reporting.call("POST", "/v1/board-meetings", {"councilGssCode": gss, "meetsOn": day.isoformat(),
                                                      "notes": "SYNTHETIC board meeting (benchmark data)"})
        counts["board_meetings"] += 1
        day = (day + datetime.timedelta(days=31)).replace(day=28)
    items, cursor = [], None
    while True:
        q = {"council": gss, "to": today.isoformat(), "limit": 200}
        if cursor:
            q["cursor"] = cursor
        _, page, _ = reporting.call("GET", "/v1/due-items?" + urllib.parse.urlencode(q))
        items += [i for i in page["items"] if i.get("dueOn") and i["status"] in ("DUE", "OVERDUE")]
        cursor = page.get("next")
        if not cursor:
            break
    for k, item in enumerate(items):
        _, s, etag = reporting.call("POST", "/v1/submissions", {
            "dueItemId": item["id"], "sections": [section(f"Progress for {item['dueOn']}: caseloads, staffing and audits.")],
            "fields": {"caseloadPerWorker": 15 + k % 10, "ragRating": "AMBER"}}, headers={"Idempotency-Key": str(uuid.uuid4())})
        counts["submissions"] += 1
        counts["versions"] += 1
        sid = s["id"]
        if k % 3 == 0:
            reporting.call("POST", f"/v1/submissions/{sid}/reviews",
                           {"decision": "RETURN", "comments": "SYNTHETIC: please add the audit figures."},
                           headers={"If-Match": etag or current_etag(reporting, sid)})
            _, s, etag = reporting.call("POST", f"/v1/submissions/{sid}/versions",
                                        {"sections": [section("Audit figures added.")], "note": "SYNTHETIC resubmission"},
                                        headers={"Idempotency-Key": str(uuid.uuid4())})
            counts["versions"] += 1
            counts["reviews"] += 1
        reporting.call("POST", f"/v1/submissions/{sid}/reviews", {"decision": "ACCEPT"},
                       headers={"If-Match": etag or current_etag(reporting, sid)})
        counts["reviews"] += 1
    return counts


BULK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bulk")
TABLES = {"councils": ["council", "audit_event"],
          "directions": ["direction", "duty", "audit_event"],
          "reporting": ["board_meeting", "submission", "submission_version", "submission_section", "submission_attachment",
                        "submission_review", "review_comment", "webhook_event", "webhook_delivery", "idempotency_record",
                        "audit_event"]}


def psql(a, service, *args):
    cmd = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", a.pg_host, "-p", str(a.pg_port), "-U", a.pg_user,
           "-d", a.db_prefix + service, *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"psql on {a.db_prefix}{service} failed: {done.stderr.strip()[:2000]}")
    return done.stdout


def rows(a):
    """Rows per table of each service's database, keyed service.table."""
    out = {}
    for service, tables in TABLES.items():
        counts = psql(a, service, "-c", "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)).strip().split("|")
        out.update({f"{service}.{t}": int(n) for t, n in zip(tables, counts)})
    return out


def bulk_copy(a, template, n_template, councils, directions):
    """Copies the template authority (council, direction, history) onto E99000002.. in one transaction a database."""
    psql(a, "councils", "-1", "-v", f"template={template}", "-v", f"last={councils}", "-f", os.path.join(BULK, "councils.sql"))
    if directions > 1:
        psql(a, "directions", "-1", "-v", f"template={template}", "-v", f"last={directions}", "-v", f"n_template={n_template}",
             "-v", f"title_from=DIRECTION {n_template} TO COUNCIL {template}", "-f", os.path.join(BULK, "directions.sql"))
        psql(a, "reporting", "-1", "-v", f"template={template}", "-v", f"last={directions}", "-f", os.path.join(BULK, "reporting.sql"))


def check_copy(councils, directions, reporting, gss, reference, template_items):
    """Reads the last copy back through the APIs, as the benchmark and a person would; raises when anything is off."""
    assert councils.call("GET", f"/v1/councils/{gss}")[1]["name"] == f"SYNTHETIC authority {gss} (benchmark data)"
    assert directions.call("GET", f"/v1/directions/{reference}")[1]["councilGssCode"] == gss
    assert gss in directions.call("GET", f"/v1/directions/{reference}/document", headers={"Accept": "text/html"})[1]
    items = due_items(reporting, gss, None)
    accepted = [i for i in items if i["status"] == "ACCEPTED"]
    assert [i["id"].replace(gss, "T") for i in items] == [i["id"].replace(template_items[0]["councilGssCode"], "T")
                                                          for i in template_items], "the copy's due items differ from the template's"
    assert accepted and all(i.get("submissionId") for i in accepted), "the copy's items are not accepted"
    sid = accepted[-1]["submissionId"]
    s = reporting.call("GET", f"/v1/submissions/{sid}")[1]
    assert s["councilGssCode"] == gss and s["status"] == "ACCEPTED" and s["reviews"]
    history = reporting.call("GET", f"/v1/submissions/{sid}/history")[1]["items"]
    assert history and all(h["entityId"] == sid for h in history) and history[-1]["action"] == "accepted"
    ics = reporting.call("GET", f"/v1/calendar/due-items.ics?council={gss}", headers={"Accept": "text/calendar"})[1]
    assert ics.startswith("BEGIN:VCALENDAR") and f"UID:{reference}" in ics.replace("\r\n ", "")
    slow = Api(f"http://{reporting.url.hostname}:{reporting.url.port}", reporting.token)
    conn = http.client.HTTPConnection(slow.url.hostname, slow.url.port, timeout=600)
    conn.request("GET", "/v1/aggregates/monthly", headers={"Authorization": "Bearer " + slow.token, "Accept": "application/json"})
    r = conn.getresponse()
    body = r.read().decode("utf-8")
    assert r.status == 200, f"GET /v1/aggregates/monthly -> {r.status}: {body[:300]}"
    aggregate = json.loads(body)
    assert not aggregate["degraded"] and any(c["gssCode"] == gss for c in aggregate["councils"]), "the copy is not in the aggregate"
    return len(items), sid


def due_items(reporting, gss, today):
    items, cursor = [], None
    while True:
        q = {"council": gss, "limit": 200, **({"to": today.isoformat()} if today else {})}
        if cursor:
            q["cursor"] = cursor
        _, page, _ = reporting.call("GET", "/v1/due-items?" + urllib.parse.urlencode(q))
        items += page["items"]
        cursor = page.get("next")
        if not cursor:
            return items


def main():
    p = argparse.ArgumentParser()
    for name in ("councils", "directions", "reporting", "admin-token"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--pg-host", default="127.0.0.1")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--pg-user", default="postgres")
    p.add_argument("--db-prefix", default="bench_")
    a = p.parse_args()
    if not 1 <= a.scale <= 100:
        p.error("--scale is 1 to 100")
    t0 = time.monotonic()
    councils = Api(a.councils, a.admin_token)
    directions = Api(a.directions, a.admin_token)
    reporting = Api(a.reporting, a.admin_token)
    today = datetime.date.today()
    start = today.replace(year=today.year - a.years, day=15)

    _, page, _ = councils.call("GET", "/v1/councils?limit=200")
    register = sorted(c["gssCode"] for c in page["items"] if not c["gssCode"].startswith("E99"))
    targets = [g for g in register if g not in REGISTER_SEEDED][:18]
    synthetic = [f"E99{n:06d}" for n in range(1, (a.scale - 1) * 153 + 1)]
    # through the API: the first synthetic authority, the template the bulk copy multiplies (bulk.py)
    with concurrent.futures.ThreadPoolExecutor(a.workers) as pool:
        list(pool.map(lambda g: councils.call("POST", "/v1/councils", {
            "gssCode": g, "name": f"SYNTHETIC authority {g} (benchmark data)", "type": "UNITARY_AUTHORITY", "region": "SOUTH_WEST"},
            expect=(201, 409)), synthetic[:1]))
        targets += synthetic[:1]
        refs = list(pool.map(lambda t: make_direction(directions, t[1], start.isoformat(), t[0] + 1), enumerate(targets)))
        totals = {"board_meetings": 0, "submissions": 0, "versions": 0, "reviews": 0}
        for c in pool.map(lambda g: history(directions, reporting, g, start, today, 0), targets):
            for k, v in c.items():
                totals[k] += v
    api_s = time.monotonic() - t0
    bulk_s, copied, tables, direction = 0.0, {}, None, refs[-1]
    if a.scale > 1:
        before = rows(a)
        t1 = time.monotonic()
        template = synthetic[0]
        bulk_copy(a, template, targets.index(template) + 1, len(synthetic), (a.scale - 1) * 20)
        bulk_s = time.monotonic() - t1
        tables = rows(a)
        copied = {k: tables[k] - before[k] for k in tables}
        last = f"E99{(a.scale - 1) * 20:06d}"
        direction = last + refs[-1][9:]
        n, sid = check_copy(councils, directions, reporting, last, direction, due_items(reporting, template, None))
        print(f"checked through the APIs: {last}, {direction} and its document, its {n} due items, submission {sid} and its "
              f"history, its iCalendar feed, the monthly aggregate", file=sys.stderr)
    tables = tables or rows(a)
    print(f"{'table':<40} {'rows':>10} {'bulk-copied':>12}", file=sys.stderr)
    for k, n in tables.items():
        print(f"{k:<40} {n:>10} {copied.get(k, 0):>12}", file=sys.stderr)
    print(f"through the API in {api_s:.1f} s, bulk-copied in {bulk_s:.1f} s", file=sys.stderr)
    print(json.dumps({"scale": a.scale, "authorities": len(register) + len(synthetic), "synthetic_authorities": len(synthetic),
                      "directions": SEED_DIRECTIONS + refs, "synthetic_directions": len(refs) + max(0, (a.scale - 1) * 20 - 1),
                      "from": start.isoformat(), "council": targets[0], "direction": direction, "api": totals,
                      "api_seconds": round(api_s, 1), "bulk_seconds": round(bulk_s, 1), "tables": tables, "bulk_copied": copied}))


if __name__ == "__main__":
    try:
        main()
    except (RuntimeError, AssertionError) as e:
        print("generate.py: " + (str(e) or "a check of the bulk-copied data failed"), file=sys.stderr)
        sys.exit(1)
