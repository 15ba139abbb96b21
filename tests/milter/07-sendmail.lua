-- Sendmail compatibility: the protocol options Sendmail's MTAs negotiate.
--  * Sendmail 8.14 and later offer protocol version 6 with every step and
--    action (SMFI_CURR_PROT 0x1FFFFF, SMFI_CURR_ACTS 0x1FF) and send the
--    queue id "i" with MAIL FROM (Milter.macros.envfrom) — miltertest's
--    defaults, covered by the other scripts;
--  * Sendmail 8.13 speaks version 2 (SMFI_V2_ACTS 0x3F, SMFI_V2_PROT 0x7F):
--    no reply omissions, no SKIP, and no DATA step — the filter then decides
--    at the first header (miltertest sends DATA before the first header all
--    the same, so that path is covered by tests/unit/test_session.c);
--  * an MTA that grants only adding headers: the report is still filed
--    and tagged, the Subject is left alone.
local t = dofile(libdir .. "/lib.lua")

local V2_ACTS = 0x3F
local V2_PROT = 0x7F

local function v2_report(conn, qid, subject, msgid, rcpt)
	t.envelope(conn, qid, "<ada@reporter.example>", { rcpt })
	local r = t.data(conn)
	if r ~= SMFIR_CONTINUE then return r end
	r = t.headers(conn, t.report_headers(subject, msgid))
	if r ~= SMFIR_CONTINUE then return r end
	r = t.body(conn, t.report_body)
	if r ~= SMFIR_CONTINUE then return r end
	return t.eom(conn)
end

t.run("Sendmail 8.13 (protocol 2): a report is filed and tagged", function()
	local conn = t.connect(2, V2_ACTS, V2_PROT)
	t.check(not mt.test_option(conn, SMFIP_NR_HDR), "asked for a step version 2 does not have")
	local r = v2_report(conn, "QS1" .. tag, "sendmail 8.13 report", "sm813-" .. tag .. "@reporter.example",
			    "<security@superrad.company>")
	t.check(r == SMFIR_ACCEPT, "eom reply " .. tostring(r))
	t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Id"), "no X-Sectriage-Id")
	t.check(mt.eom_check(conn, MT_HDRCHANGE, "Subject"), "Subject not tagged")
	mt.disconnect(conn)
end)

t.run("Sendmail 8.13 (protocol 2): other mail accepted untouched", function()
	local conn = t.connect(2, V2_ACTS, V2_PROT)
	local r = v2_report(conn, "QS2" .. tag, "not for us", "sm813-other-" .. tag .. "@reporter.example",
			    "<alice@superrad.company>")
	t.check(r == SMFIR_ACCEPT, "reply " .. tostring(r) .. ", expected accept at the end of the envelope")
	mt.disconnect(conn)
end)

t.run("Sendmail 8.14+ (protocol 6, all steps offered)", function()
	local conn = t.connect(6, 0x1FF, 0x1FFFFF)
	t.check(mt.test_option(conn, SMFIP_NR_HDR), "header replies not omitted")
	t.check(mt.test_option(conn, SMFIP_NR_BODY), "body replies not omitted")
	t.check(mt.test_action(conn, SMFIF_CHGHDRS), "CHGHDRS not asked")
	t.check(not mt.test_action(conn, SMFIF_CHGBODY), "asked to change the body")
	local r = t.send_report(conn, "QS3" .. tag, "sendmail 8.14 report", "sm814-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "eom reply " .. tostring(r))
	t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Id"), "no X-Sectriage-Id")
	mt.disconnect(conn)
end)

t.run("an MTA granting only ADDHDRS", function()
	local conn = t.connect(6, 0x01, 0x1FFFFF)   -- SMFIF_ADDHDRS
	t.check(not mt.test_action(conn, SMFIF_CHGHDRS), "asked for an action not offered")
	local r = t.send_report(conn, "QS4" .. tag, "add-only report", "addonly-" .. tag .. "@reporter.example")
	t.check(r == SMFIR_ACCEPT, "eom reply " .. tostring(r))
	t.check(mt.eom_check(conn, MT_HDRADD, "X-Sectriage-Id"), "no X-Sectriage-Id")
	t.check(not mt.eom_check(conn, MT_HDRCHANGE), "changed a header without CHGHDRS")
	mt.disconnect(conn)
end)
