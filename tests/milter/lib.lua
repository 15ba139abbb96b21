-- tests/milter/lib.lua — helpers shared by the miltertest scripts.
-- Loaded with dofile(libdir .. "/lib.lua"); run.sh defines the globals
-- sock (the milter's socket), libdir (this folder) and tag (unique per run).
-- miltertest prints nothing when a script dies, so every script runs its
-- body through t.run(), which prints the error and exits 1.

local t = {}

function t.run(name, body)
	local ok, err = pcall(body)
	if not ok then
		print("not ok - " .. name .. ": " .. tostring(err))
		os.exit(1)
	end
	print("ok - " .. name)
end

-- check(cond, msg): raise msg when cond is false.
function t.check(cond, msg)
	if not cond then error(msg, 2) end
end

function t.expect(conn, want, what)
	local got = mt.getreply(conn)
	if got ~= want then
		error(string.format("%s: reply %q, expected %q", what, tostring(got), tostring(want)), 2)
	end
end

-- A connection, negotiated with VERSION/ACTIONS/STEPS (nil: miltertest's
-- defaults, which offer everything as Postfix 3 does), then connect and HELO.
function t.connect(version, actions, steps)
	local conn = mt.connect(sock, 40, 0.25)
	t.check(conn ~= nil, "cannot connect to " .. sock)
	-- miltertest 2.11 takes the steps before the actions, whatever its
	-- manual says (seen in the filter's log of what was offered)
	local err = mt.negotiate(conn, version, steps, actions)
	t.check(err == nil, "negotiate: " .. tostring(err))
	t.check(mt.conninfo(conn, "client.example", "192.0.2.10") == nil, "conninfo failed")
	if not mt.test_option(conn, SMFIP_NR_CONN) then
		t.expect(conn, SMFIR_CONTINUE, "connect")
	end
	if not mt.test_option(conn, SMFIP_NOHELO) then
		t.check(mt.helo(conn, "client.example") == nil, "helo failed")
	end
	return conn
end

-- MAIL FROM with queue id QID, then each recipient of RCPTS.
function t.envelope(conn, qid, from, rcpts)
	t.check(mt.macro(conn, SMFIC_MAIL, "i", qid) == nil, "macro failed")
	t.check(mt.mailfrom(conn, from) == nil, "mailfrom failed")
	if not mt.test_option(conn, SMFIP_NR_MAIL) then
		t.expect(conn, SMFIR_CONTINUE, "mailfrom")
	end
	for _, r in ipairs(rcpts) do
		t.check(mt.rcptto(conn, r) == nil, "rcptto failed")
		if not mt.test_option(conn, SMFIP_NR_RCPT) then
			t.expect(conn, SMFIR_CONTINUE, "rcptto " .. r)
		end
	end
end

-- DATA, when the MTA and the filter use that step; returns the reply.
function t.data(conn)
	if mt.test_option(conn, SMFIP_NODATA) then return SMFIR_CONTINUE end
	t.check(mt.data(conn) == nil, "data failed")
	return mt.getreply(conn)
end

-- Headers {{name, value}, ...}; stops early when the filter accepts.
function t.headers(conn, hdrs)
	for _, h in ipairs(hdrs) do
		t.check(mt.header(conn, h[1], h[2]) == nil, "header " .. h[1] .. " failed")
		if not mt.test_option(conn, SMFIP_NR_HDR) then
			local r = mt.getreply(conn)
			if r ~= SMFIR_CONTINUE then return r end
		end
	end
	if not mt.test_option(conn, SMFIP_NOEOH) then
		t.check(mt.eoh(conn) == nil, "eoh failed")
		return mt.getreply(conn)
	end
	return SMFIR_CONTINUE
end

-- A typical report's headers; SUBJECT and MSGID vary per test.
function t.report_headers(subject, msgid)
	return {
		{ "From", "Ada Reporter <ada@reporter.example>" },
		{ "To", "security@superrad.company" },
		{ "Subject", subject },
		{ "Date", "Sat, 28 Nov 2026 10:00:00 +0000" },
		{ "Message-ID", "<" .. msgid .. ">" },
		{ "MIME-Version", "1.0" },
		{ "Content-Type", "text/plain; charset=us-ascii" },
	}
end

t.report_body = "Hello,\r\n\r\nmsb 0.6.14 on Linux (Debian 12, kernel 6.1.0-18-amd64):\r\n" ..
	"a guest can read host files through the virtiofs share after a symlink swap.\r\n" ..
	"Steps to reproduce:\r\n1. msb run --volume /tmp/share:/share alpine\r\n" ..
	"2. inside: ln -sf /etc /share/x\r\n3. cat /share/x/shadow\r\n\r\nAda\r\n"

-- Body in chunks of at most 65535 bytes (libmilter's MILTER_CHUNK_SIZE);
-- a reply to each unless the filter asked for none (SMFIP_NR_BODY).
function t.body(conn, text)
	local i = 1
	while i <= #text do
		local chunk = text:sub(i, i + 65534)
		t.check(mt.bodystring(conn, chunk) == nil, "bodystring failed")
		if not mt.test_option(conn, SMFIP_NR_BODY) then
			local r = mt.getreply(conn)
			if r ~= SMFIR_CONTINUE then return r end
		end
		i = i + #chunk
	end
	return SMFIR_CONTINUE
end

-- End of message; returns the reply.
function t.eom(conn)
	t.check(mt.eom(conn) == nil, "eom failed")
	return mt.getreply(conn)
end

-- The tracking id the filter set: an added header, or a changed forgery.
function t.tracking_id(conn)
	local id = mt.getheader(conn, "X-Sectriage-Id", 0)
	return id
end

-- One whole report on CONN; returns the eom reply.
function t.send_report(conn, qid, subject, msgid, body)
	t.envelope(conn, qid, "<ada@reporter.example>", { "<security@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "data: security mail not taken")
	t.check(t.headers(conn, t.report_headers(subject, msgid)) == SMFIR_CONTINUE, "headers not taken")
	t.check(t.body(conn, body or t.report_body) == SMFIR_CONTINUE, "body not taken")
	return t.eom(conn)
end

-- print a line run.sh reads ("key=value")
function t.note(k, v)
	print("# " .. k .. "=" .. tostring(v))
end

return t
