-- wrk script: each request signs the petition with an e-mail address no one used before.
-- Arguments: the petition's path, the Origin to send, and a prefix unique to this run.
-- (Each thread runs the script in a Lua state of its own: setup() gives each its number.)
local threads = {}

function setup(thread)
    thread:set("thread_number", #threads)
    table.insert(threads, thread)
end

function init(args)
    path, origin, prefix = args[1], args[2], args[3]
    sent, accepted, refused = 0, 0, 0
end

function request()
    sent = sent + 1
    local body = "petition-name=Bench&petition-country=MA&petition-consent=on&petition-website="
        .. "&petition-email=" .. prefix .. "-" .. thread_number .. "-" .. sent .. "%40example.org"
    return wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Origin"] = origin,
    }, body)
end

function response(status, headers, body)
    if status == 200 then
        accepted = accepted + 1
    else
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local accepted_total, refused_total = 0, 0
    for _, thread in ipairs(threads) do
        accepted_total = accepted_total + thread:get("accepted")
        refused_total = refused_total + thread:get("refused")
    end
    io.write(string.format(
        '{"accepted": %d, "refused": %d, "requests": %d, "duration_us": %d, '
        .. '"socket_errors": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
        accepted_total, refused_total, summary.requests, summary.duration,
        summary.errors.connect + summary.errors.read + summary.errors.write
            + summary.errors.timeout,
        latency:percentile(50), latency:percentile(99), latency.max))
end
