-- A report to security@ is filed: accepted at eom with X-Sectriage-Id added
-- and the tracking id put into the Subject; with -D triage=inline (analysed
-- before the answer) -Score and -Missing are added too, with the default
-- deferred triage they are not (the analysis comes after the answer).
local t = dofile(libdir .. "/lib.lua")

t.run("report to security@ is filed and tagged", function()
	local conn = t.connect()
	local r = t.send_report(conn, "QF" .. tag, "virtiofs symlink swap reads host files",
				"file-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "eom reply " .. tostring(r) .. ", expected accept")
	t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Id"), "no X-Sectriage-Id added")
	if triage == "inline" then
		t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Score"), "no X-Sectriage-Score added")
		t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Missing"), "no X-Sectriage-Missing added")
	else
		t.check(not mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Score"), "X-Sectriage-Score added before triage")
		t.check(not mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Missing"), "X-Sectriage-Missing added before triage")
	end
	local id = t.tracking_id(conn)
	t.check(id ~= nil and id:match("^SEC%-%d%d%d%d%-%d%d%d%d$"), "bad tracking id " .. tostring(id))
	t.check(mt.eom_check(conn, MT_HDRCHANGE, "Subject",
			     "[" .. id .. "] virtiofs symlink swap reads host files"),
		"Subject not tagged with " .. id)
	t.check(not mt.eom_check(conn, MT_BODYCHANGE), "body changed")
	t.note("id", id)
	mt.disconnect(conn)
end)
