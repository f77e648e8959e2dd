-- wrk script of the benchmark suites: each request POSTs one line, drawn at random, of the file
-- named by BENCH_BODIES (JSON request bodies with randomised variables). Counts responses that are
-- not 200 or carry GraphQL "errors", and prints one BENCHJSON line with the summary.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  gqlerrors = 0
end

local counter = 0
local prefix = tostring(os.time()) .. tostring(math.random(1000000))
function request()
  local body = bodies[math.random(#bodies)]
  -- bodies that need a unique value per request (event ids) carry __UNIQ__
  if string.find(body, "__UNIQ__", 1, true) then
    counter = counter + 1
    body = string.gsub(body, "__UNIQ__", prefix .. "-" .. counter)
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    gqlerrors = gqlerrors + 1
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, t in ipairs(threads) do errors = errors + (t:get("gqlerrors") or 0) end
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"errors":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    errors, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
