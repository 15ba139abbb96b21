-- The same message seen twice (an MTA retry after tempfail, a resend) is
-- filed once: the second copy gets the same tracking id.
local t = dofile(libdir .. "/lib.lua")

t.run("the same message twice is filed once", function()
	local ids = {}
	for i = 1, 2 do
		local conn = t.connect()
		local r = t.send_report(conn, "QT" .. i .. tag, "twice-sent report",
					"twice-" .. tag .. "@reporter.example")
		t.check(r == SMFIR_ACCEPT, "copy " .. i .. ": eom reply " .. tostring(r))
		ids[i] = t.tracking_id(conn)
		t.check(ids[i] ~= nil, "copy " .. i .. ": no tracking id")
		mt.disconnect(conn)
	end
	t.check(ids[1] == ids[2], "two tracking ids: " .. ids[1] .. " and " .. ids[2])
	t.note("twice", ids[1])
end)
