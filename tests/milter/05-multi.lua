-- Several messages on one connection, each filed on its own; forged
-- X-Sectriage-* headers are replaced or removed; a subject that already
-- carries the tracking id is left alone.
local t = dofile(libdir .. "/lib.lua")

t.run("three messages on one connection get three ids", function()
	local conn = t.connect()
	local seen = {}
	for i = 1, 3 do
		local r = t.send_report(conn, "QM" .. i .. tag, "report number " .. i,
					"multi-" .. i .. "-" .. tag .. "@reporter.example")
		t.check(r == SMFIR_ACCEPT, "message " .. i .. ": eom reply " .. tostring(r))
		local id = t.tracking_id(conn)
		t.check(id ~= nil, "message " .. i .. ": no id")
		t.check(not seen[id], "message " .. i .. ": id " .. id .. " reused")
		seen[id] = true
	end
	mt.disconnect(conn)
end)

t.run("forged X-Sectriage headers are replaced or removed", function()
	local conn = t.connect()
	t.envelope(conn, "QM4" .. tag, "<ada@reporter.example>", { "<security@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "data")
	local h = t.report_headers("forged headers", "forged-" .. tag .. "@reporter.example")
	table.insert(h, { "X-Sectriage-Id", "SEC-1999-0001" })
	table.insert(h, { "X-Sectriage-Id", "SEC-1999-0002" })
	table.insert(h, { "X-Sectriage-Verdict", "trusted" })
	t.check(t.headers(conn, h) == SMFIR_CONTINUE, "headers")
	t.check(t.body(conn, t.report_body) == SMFIR_CONTINUE, "body")
	t.check(t.eom(conn) == SMFIR_ACCEPT, "eom")
	t.check(mt.eom_check(conn, MT_HDRCHANGE, "X-Sectriage-Id"), "forged X-Sectriage-Id not replaced")
	t.check(not mt.eom_check(conn, MT_HDRCHANGE, "X-Sectriage-Id", "SEC-1999-0001"), "forged value kept")
	t.check(mt.eom_check(conn, MT_HDRDELETE, "X-Sectriage-Id"), "second forged X-Sectriage-Id kept")
	t.check(mt.eom_check(conn, MT_HDRDELETE, "x-sectriage-verdict"), "X-Sectriage-Verdict kept")
	t.check(not mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Score"), "a score header before triage")
	mt.disconnect(conn)
end)

t.run("a subject with the tracking id is left alone", function()
	local conn = t.connect()
	local r = t.send_report(conn, "QM5" .. tag, "first of a thread", "thread-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "eom")
	local id = t.tracking_id(conn)
	t.check(mt.eom_check(conn, MT_HDRCHANGE, "Subject"), "subject of the first not tagged")
	r = t.send_report(conn, "QM6" .. tag, "Re: [" .. id .. "] first of a thread",
			  "thread2-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "eom of the reply")
	t.check(not mt.eom_check(conn, MT_HDRCHANGE, "Subject"), "subject tagged twice")
	t.check(t.tracking_id(conn) == id, "reply filed under " .. tostring(t.tracking_id(conn)) .. ", not " .. id)
	mt.disconnect(conn)
end)
