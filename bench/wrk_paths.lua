-- wrk script for bench/web.py: each connection walks the paths in $WRK_PATHS (one per line)
-- from its own offset; done() prints the latency percentiles as one line of JSON.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local threads = 0
function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end
local sent = 0
function request()
  sent = sent + 1
  return wrk.format("GET", paths[((sent + offset) % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"n": %d, "errors": %d, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f}\n',
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
