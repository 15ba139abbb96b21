-- While the database is locked by another writer past the busy timeout
-- (run.sh holds the lock for `locked_for` seconds), a report is answered
-- tempfail — the MTA keeps it; when the MTA retries after the lock is gone
-- it is filed, once.  Mail for other recipients is not affected.
local t = dofile(libdir .. "/lib.lua")

local subject = "locked database report"
local msgid = "locked-" .. tag .. "@reporter.example"

t.run("a locked database makes the milter answer tempfail", function()
	local conn = t.connect()
	local r = t.send_report(conn, "QL1" .. tag, subject, msgid)
	t.check(r == SMFIR_TEMPFAIL, "eom reply " .. tostring(r) .. ", expected tempfail")
	t.check(not mt.eom_check(conn, MT_HDRADD), "headers added to a message not filed")
	-- the connection is still usable, and other mail still passes
	t.envelope(conn, "QL2" .. tag, "<ada@reporter.example>", { "<alice@superrad.company>" })
	t.check(t.data(conn) == SMFIR_ACCEPT, "other mail not accepted while the database is locked")
	mt.disconnect(conn)
end)

t.run("the MTA's retry after the lock is filed", function()
	mt.sleep(tonumber(locked_for) + 0.5)
	local conn = t.connect()
	local r = t.send_report(conn, "QL1" .. tag, subject, msgid)
	t.check(r == SMFIR_ACCEPT, "retry: eom reply " .. tostring(r) .. ", expected accept")
	t.check(t.tracking_id(conn) ~= nil, "retry: no tracking id")
	mt.disconnect(conn)
end)
