-- wrk script for deploy/bench/run.sh. Environment: BENCH_TOKEN (bearer token, optional), BENCH_METHOD (GET or POST),
-- BENCH_BODY (JSON body of a POST), BENCH_IDEMPOTENT (1: a new Idempotency-Key on every request),
-- BENCH_ACCEPT_ENCODING (an Accept-Encoding header to send, as a browser does; optional).
-- Prints one line: RESULT requests duration_us p50_ms p99_ms errors
local token = os.getenv("BENCH_TOKEN") or ""
local idempotent = os.getenv("BENCH_IDEMPOTENT") == "1"
local threads = {}
local counter = 0
prefix = "" -- set per thread by setup()

wrk.method = os.getenv("BENCH_METHOD") or "GET"
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
local coding = os.getenv("BENCH_ACCEPT_ENCODING") or ""
if coding ~= "" then
  wrk.headers["Accept-Encoding"] = coding
end
if wrk.method == "POST" then
  wrk.body = os.getenv("BENCH_BODY")
  wrk.headers["Content-Type"] = "application/json"
end

function setup(thread)
  thread:set("prefix", string.format("bench-%d-%d-", os.time(), #threads))
  table.insert(threads, thread)
end

function request()
  if idempotent then
    counter = counter + 1
    wrk.headers["Idempotency-Key"] = prefix .. counter
  end
  return wrk.format()
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.3f %.3f %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status))
end
