-- wrk script for bench/api_load.py: GET the paths listed in a file (one per line, the script's
-- argument) in turn, each thread from its own offset, and count the API's X-Cache answers.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      table.insert(paths, line)
    end
  end
  i = (id * 7919) % #paths
  hits, misses = 0, 0
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  local x = headers["x-cache"] or headers["X-Cache"]
  if x == "hit" then
    hits = hits + 1
  elseif x == "miss" then
    misses = misses + 1
  end
end

function done(summary, latency, requests)
  local h, m = 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    m = m + thread:get("misses")
  end
  io.write(string.format("x-cache hits %d misses %d\n", h, m))
end
