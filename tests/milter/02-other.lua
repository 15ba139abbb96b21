-- Mail for another recipient is accepted at the end of the envelope (DATA):
-- the MTA sends no header and no body, nothing is added (issue #9).
local t = dofile(libdir .. "/lib.lua")

t.run("mail to another recipient is accepted at DATA", function()
	local conn = t.connect()
	t.check(mt.test_option(conn, SMFIP_NOUNKNOWN), "unknown commands not negotiated away")
	t.check(mt.test_option(conn, SMFIP_NR_HDR), "header replies not negotiated away")
	t.check(mt.test_option(conn, SMFIP_NOEOH), "EOH not negotiated away")
	t.envelope(conn, "QO" .. tag, "<ada@reporter.example>",
		   { "<alice@superrad.company>", "<bob@elsewhere.example>" })
	local r = t.data(conn)
	t.check(r == SMFIR_ACCEPT, "DATA reply " .. tostring(r) .. ", expected accept")
	mt.disconnect(conn)
end)

t.run("a second message on the connection may be for security@", function()
	local conn = t.connect()
	t.envelope(conn, "QO2" .. tag, "<ada@reporter.example>", { "<alice@superrad.company>" })
	t.check(t.data(conn) == SMFIR_ACCEPT, "first message not accepted at DATA")
	local r = t.send_report(conn, "QO3" .. tag, "after other mail",
				"other-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "second message: eom reply " .. tostring(r))
	t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Id"), "second message not filed")
	mt.disconnect(conn)
end)

t.run("recipient matching ignores case and <>", function()
	local conn = t.connect()
	t.envelope(conn, "QO4" .. tag, "<ada@reporter.example>", { "Security@SuperRad.Company" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "upper-case security address not recognised")
	mt.abort(conn)
	mt.disconnect(conn)
end)
