-- A message bigger than [limits] max_message_size (run.sh sets 256K): the
-- filter keeps the first bytes and still files the report, flagged
-- "truncated" (run.sh checks the flag in the database).  It asks for no
-- reply to body chunks (SMFIP_NR_BODY, issue #9), so it cannot ask the MTA
-- to skip the rest (SMFIS_SKIP): the rest is taken and dropped.
local t = dofile(libdir .. "/lib.lua")

t.run("an oversized report is filed, truncated", function()
	local conn = t.connect()
	t.check(mt.test_option(conn, SMFIP_NR_BODY), "body replies not omitted")
	t.check(not mt.test_option(conn, SMFIP_SKIP), "SKIP asked for with NR_BODY")
	t.envelope(conn, "QB1" .. tag, "<ada@reporter.example>", { "<security@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "data")
	t.check(t.headers(conn, t.report_headers("oversized report", "big-" .. tag .. "@reporter.example"))
		== SMFIR_CONTINUE, "headers")
	local line = string.rep("0123456789abcdef", 4) .. "\r\n"
	local chunk = string.rep(line, 900)           -- 59 KB (libmilter takes at most 65535)
	t.check(t.body(conn, string.rep(chunk, 16)) == SMFIR_CONTINUE, "body")   -- ~1 MB
	t.check(t.eom(conn) == SMFIR_ACCEPT, "eom not accepted")
	local id = t.tracking_id(conn)
	t.check(id ~= nil, "not filed")
	t.note("big", id)
	mt.disconnect(conn)
end)
