-- wrk script: each request presses "Confirm my signature" on one pending signature's link.
-- Arguments: the file of confirmation paths (one per line) and wrk's number of threads. Each
-- thread takes every n-th line;
-- a thread that has used all its links sends them again, and those answers (410) are counted
-- apart: they are not confirmations.
local threads = {}

function setup(thread)
    thread:set("thread_number", #threads)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    local line_number = 0
    for line in io.lines(args[1]) do
        if line_number % tonumber(args[2]) == thread_number then
            table.insert(paths, line)
        end
        line_number = line_number + 1
    end
    sent, confirmed, used, refused = 0, 0, 0, 0
end

function request()
    sent = sent + 1
    local path = paths[(sent - 1) % #paths + 1]
    return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded"}, "")
end

function response(status, headers, body)
    if status == 303 then
        confirmed = confirmed + 1
    elseif status == 410 and sent > #paths then
        used = used + 1
    else
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local confirmed_total, used_total, refused_total = 0, 0, 0
    for _, thread in ipairs(threads) do
        confirmed_total = confirmed_total + thread:get("confirmed")
        used_total = used_total + thread:get("used")
        refused_total = refused_total + thread:get("refused")
    end
    io.write(string.format(
        '{"confirmed": %d, "used": %d, "refused": %d, "duration_us": %d, '
        .. '"socket_errors": %d, "p50_us": %d, "p99_us": %d}\n',
        confirmed_total, used_total, refused_total, summary.duration,
        summary.errors.connect + summary.errors.read + summary.errors.write
            + summary.errors.timeout,
        latency:percentile(50), latency:percentile(99)))
end
