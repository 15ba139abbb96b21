-- A message bigger than [limits] max_message_size (run.sh sets 256K): the
-- filter keeps the first bytes, asks the MTA to skip the rest of the body
-- (SMFIS_SKIP, when offered) and still files the report, flagged
-- "truncated" (run.sh checks the flag in the database).
local t = dofile(libdir .. "/lib.lua")

t.run("an oversized report is filed, truncated", function()
	local conn = t.connect()
	t.envelope(conn, "QB1" .. tag, "<ada@reporter.example>", { "<security@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "data")
	t.check(t.headers(conn, t.report_headers("oversized report", "big-" .. tag .. "@reporter.example"))
		== SMFIR_CONTINUE, "headers")
	local line = string.rep("0123456789abcdef", 4) .. "\r\n"
	local chunk = string.rep(line, 900)           -- 59 KB (libmilter takes at most 65535)
	local sent, skipped = 0, false
	for i = 1, 16 do                               -- ~1 MB
		t.check(mt.bodystring(conn, chunk) == nil, "bodystring failed")
		local r = mt.getreply(conn)
		sent = sent + #chunk
		if r == SMFIR_SKIP then skipped = true break end
		t.check(r == SMFIR_CONTINUE, "body reply " .. tostring(r))
	end
	t.check(skipped, "no SKIP after " .. sent .. " bytes")
	t.check(sent < 512 * 1024, "SKIP came late, after " .. sent .. " bytes")
	t.check(t.eom(conn) == SMFIR_ACCEPT, "eom not accepted")
	local id = t.tracking_id(conn)
	t.check(id ~= nil, "not filed")
	t.note("big", id)
	mt.disconnect(conn)
end)
