-- SIGTERM while a message is in flight — twice, as an impatient admin
-- does: the message still completes and is filed, then the milter exits.
-- run.sh passes the milter's pid as `pid`.
local t = dofile(libdir .. "/lib.lua")

t.run("a message in flight at SIGTERM is filed", function()
	local conn = t.connect()
	t.envelope(conn, "QI1" .. tag, "<ada@reporter.example>", { "<security@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "data")
	t.check(t.headers(conn, t.report_headers("in flight at SIGTERM", "inflight-" .. tag .. "@reporter.example"))
		== SMFIR_CONTINUE, "headers")
	t.check(os.execute("kill -TERM " .. pid .. " && sleep 0.2 && kill -TERM " .. pid), "kill failed")
	mt.sleep(0.5)
	t.check(t.body(conn, t.report_body) == SMFIR_CONTINUE, "body after SIGTERM")
	t.check(t.eom(conn) == SMFIR_ACCEPT, "eom after SIGTERM not accepted")
	t.check(t.tracking_id(conn) ~= nil, "not filed")
	mt.disconnect(conn)
end)
