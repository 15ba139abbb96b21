/* test_extract_roles.c — the role of each attachment (PoC, logs, patch,
 * ...), saved notebook output, attachments that do not work, counted lines.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

static const struct {
	Att att;
	const char *role;
} roles[] = {
	/* (issue #3) a patch is a proposed fix, though its hunks are code;
	 * one that adds a test showing the bug reproduces it */
#define PATCH_HEAD "From 1f2e3d4c Mon Sep 17 00:00:00 2001\nFrom: A <a@example.org>\n"
#define PATCH_FIX "diff --git a/src/fd.rs b/src/fd.rs\n--- a/src/fd.rs\n+++ b/src/fd.rs\n" \
	"@@ -10,3 +10,5 @@\n use std::fs;\n+use nix::fcntl::OFlag;\n+\n fn open_log(p: &Path) {\n"
	{ { "0001-close-the-log-fd-on-exec.patch", "text/x-diff",
	    PATCH_HEAD "Subject: [PATCH] close the log fd on exec\n\n---\n" PATCH_FIX }, "other" },
	{ { "fix.diff", "text/plain", PATCH_FIX }, "other" },
	{ { "netd-caps", "text/x-patch", PATCH_HEAD "Subject: [PATCH] drop caps\n\n" PATCH_FIX }, "other" },
	{ { "0001-add-failing-test-for-symlinked-log.patch", "text/x-diff",
	    PATCH_HEAD "Subject: [PATCH] add failing test for symlinked log\n\n---\n" PATCH_FIX }, "poc" },
	{ { "repro.patch", "text/x-diff",
	    "--- a/tests/cp.py\n+++ b/tests/cp.py\n@@ -1,2 +1,5 @@\n+def test_parent_entry():\n"
	    "+    assert not escaped()\n" }, "poc" },
	/* (2379) a patch named as the attack it carries is the attacker's
	 * change a reproduction applies; a fix whose name holds one of those
	 * words inside another is still a fix */
	{ { "pwn-request-demo.patch", "text/x-patch",
	    PATCH_HEAD "Subject: [PATCH] tidy formula target\n\n---\n" PATCH_FIX }, "poc" },
	{ { "0001-exploit-token.diff", "text/plain", PATCH_FIX }, "poc" },
	{ { "0001-democratize-log-paths.patch", "text/x-diff",
	    PATCH_HEAD "Subject: [PATCH] democratize log paths\n\n---\n" PATCH_FIX }, "other" },
	{ { "exploit.py", "text/x-python", "import os\nos.system('id')\n" }, "poc" },
	{ { "swap.sh", "application/x-sh", "#!/bin/sh\nmv a b\n" }, "poc" },
	{ { "Dockerfile", "application/octet-stream", "FROM alpine\nRUN id\n" }, "poc" },
	{ { "sandbox.yaml", "text/plain", "image: alpine\nvolumes: [/:/host]\n" }, "poc" },
	{ { "fh.c", "text/x-csrc", "#include <stdio.h>\nint main(void){return 0;}\n" }, "poc" },
	{ { "debug.log", "text/plain", "nothing\n" }, "log" },
	{ { "gateway-trace.txt", "text/plain", "x\n" }, "log" },
	{ { "host-capture.txt", "text/plain", "x\n" }, "log" },
	{ { "notes.txt", "text/plain", "2026-10-21T09:14:03Z a\n2026-10-21T09:14:04Z b\n2026-10-21T09:14:05Z c\n" }, "log" },
	{ { "screen.png", "image/png", "\x89PNG\r\n" }, "screenshot" },
	{ { "notes.txt", "text/plain", "Some thoughts about the design.\nNothing more.\n" }, "other" },
	{ { "report.pdf", "application/pdf", "%PDF-1.4\n" }, "other" },
	{ { "image001.png", "image/png", "\x89PNG\r\n" }, "other" },
	{ { "poc-steps.txt", "text/plain", "see below\n" }, "poc" },
	/* the attacker's page of a cross-site attack named as the PoC (1570);
	 * a page not named so is no PoC */
	{ { "ws-hijack-poc.html", "text/html", "<html><body><script>new WebSocket('wss://x')</script></body></html>\n" }, "poc" },
	{ { "clickjack_exploit.htm", "text/html", "<iframe src=\"https://x\"></iframe>\n" }, "poc" },
	{ { "scan-report.html", "text/html", "<html><body><h1>Findings</h1></body></html>\n" }, "other" },
	/* 1735: a run's output saved as out.txt is a log; a word ending in
	 * "out" is not */
	{ { "out.txt", "text/plain", "done\n" }, "log" },
	{ { "poc_out2.txt", "text/plain", "done\n" }, "log" },
	{ { "checkout.txt", "text/plain", "Some thoughts about the design.\nNothing more.\n" }, "other" },
	{ { "layout.txt", "text/plain", "Some thoughts about the design.\nNothing more.\n" }, "other" },
	/* a fuzzer's reproduction in its own format (1490): a syzkaller
	 * program, a crash input named as the reproducer; what the fuzzer
	 * wrote is a log, an unnamed binary stays other */
	{ { "repro.syz", "text/plain", "r0 = openat$vcon(0xffffffffffffff9c, &(0x7f0000000000), 0x2, 0x0)\n" }, "poc" },
	{ { "prog-4711.syz", "application/octet-stream", "mmap(&(0x7f0000000000/0x1000)=nil, 0x1000)\n" }, "poc" },
	{ { "reproducer-input.bin", "application/octet-stream", "\x01\x02\x03" }, "poc" },
	/* (#3) a fuzzing service's testcase named as its kind names it, with
	 * its number; a file of test names is not one */
	{ { "testcase-6071.bin", "application/octet-stream", "\x01\x02" }, "poc" },
	{ { "clusterfuzz-testcase-minimized-net_rx-4812", "application/octet-stream", "\x01\x02" }, "poc" },
	{ { "testcase-list.bin", "application/octet-stream", "\x7f" }, "other" },
	{ { "repro.log", "text/plain", "executing program\n" }, "log" },
	{ { "syz-crash-report.txt", "text/plain", "BUG: KASAN\n" }, "log" },
	{ { "firmware.bin", "application/octet-stream", "\x7f" "ELF" }, "other" },
	{ { "disk.raw", "application/octet-stream", "\0\0" }, "other" },
	{ { "steps.txt", "text/plain", "Run these:\n\n  $ msb run --name t alpine -- sh\n  $ msb exec t -- cat /etc/shadow\n" }, "poc" },
	/* round 43: a terminal session saved as text, prompted commands with
	 * their output, is a log; prompted commands alone stay a reproduction */
	{ { "run.txt", "text/plain", "PS C:\\dev\\dl-test> node .\\poc.mjs\nwritten outside hostDir: true\n"
	    "PS C:\\dev\\dl-test>\n" }, "log" },
	{ { "session.txt", "text/plain", "$ msb run --name t alpine -- cat /etc/hostname\nt\n" }, "log" },
	{ { "commands.txt", "text/plain", "$ msb run --name t alpine -- sh\n$ msb exec t -- cat /etc/shadow\n" }, "poc" },
	/* (#3) a text only named as a reproduction ("repro", "poc" in its
	 * name) that is a terminal session with the commands' output records
	 * a run: a log; steps alone, or a script so named, stay the PoC */
	{ { "mqueue-repro.txt", "text/plain", "ops@ci-runner-7:~$ msb run -d --name q1 alpine -- sleep 600\nq1\n"
	    "ops@ci-runner-7:~$ msb exec q1 -- ls /dev/mqueue\njobs-queue\n" }, "log" },
	{ { "poc_session.md", "text/markdown", "$ msb run --name t2 alpine -- cat /run/other/token\n"
	    "tok_live_8f2a\n" }, "log" },
	{ { "repro-steps.txt", "text/plain", "$ msb run -d --name q1 alpine -- sleep 600\n"
	    "$ msb exec q1 -- ls /dev/mqueue\n" }, "poc" },
	{ { "repro.sh", "application/x-sh", "$ msb run --name t2 alpine -- cat /run/other/token\n"
	    "tok_live_8f2a\n" }, "poc" },
	/* round 16: a curl -v transcript is output, though it starts with the command */
	{ { "curl-v.txt", "text/plain", "$ curl -v http://10.88.0.1:2375/version\n*   Trying 10.88.0.1:2375...\n"
	    "* Connected to 10.88.0.1 (10.88.0.1) port 2375\n> GET /version HTTP/1.1\n> Host: 10.88.0.1:2375\n"
	    "< HTTP/1.1 200 OK\n< Content-Type: application/json\n" }, "log" },
	/* 1463: a blank report template is neither log nor PoC, whatever
	 * its name; a log or a script with a placeholder or two (generic
	 * types, "<module>" in a traceback, "<redacted>") keeps its role */
	{ { "security-report-form.md", "text/markdown", "# [TITLE]\n\n| Field | Value |\n|---|---|\n"
	    "| Version | <a.b.c> |\n| Host OS | <os + arch> |\n| Severity | TBD |\n\n## Steps\n1. <first step>\n"
	    "2. <second step>\n\n## Output\nN/A\n\n## Impact\nTODO\n" }, "other" },
	{ { "repro-template.txt", "text/plain", "Reproducer: <path to script>\nCommand: <command line>\n"
	    "Expected: <what should happen>\nActual: <what happened>\n" }, "other" },
	{ { "result-trace.txt", "text/plain", "Traceback (most recent call last):\n  File \"poc.py\", line 3, in <module>\n"
	    "    main()\n  File \"poc.py\", line 2, in main\n    raise PermissionError(\"<redacted>\")\n"
	    "PermissionError: <redacted>\n" }, "log" },
	{ { "poc_types.rs", "text/plain", "use std::sync::Arc;\nfn leak(v: Vec<u8>) -> Arc<Vec<u8>> {\n"
	    "    let a: Arc<Vec<u8>> = Arc::new(v);\n    let b: Option<Arc<Vec<u8>>> = Some(a.clone());\n"
	    "    b.unwrap()\n}\n" }, "poc" },
	{ { "Pull3.html", "text/html", "<html>hi</html>" }, "other" },
	{ { "damaged.zip", "application/zip", "PK\x03\x04garbage" }, "other" },
	{ { "fix.patch", "text/x-diff", "--- a/x\n+++ b/x\n" }, "other" },
	{ { "response.json", "application/json", "{\"error\": \"forbidden\"}\n" }, "log" },
	{ { "sandbox-config.json", "application/json", "{\"image\": \"alpine\"}\n" }, "poc" },
	/* issue #3: source in more languages, and a file a mailer sent as
	 * application/octet-stream judged by its text */
	{ { "race.m", "application/octet-stream", "#import <Foundation/Foundation.h>\nint main(void) { return 0; }\n" }, "poc" },
	{ { "Probe.cs", "text/plain", "using System;\nclass P { static void Main() { } }\n" }, "poc" },
	{ { "trigger", "application/octet-stream", "#!/usr/bin/env python3\nimport socket\nsocket.socket().connect(('10.0.0.1', 80))\n" }, "poc" },
	{ { "blob.bin", "application/octet-stream", "\x01\x02\x03" "binary\xff\xfe" }, "other" },
	/* issue #3: a build or task file named the way Dockerfile and
	 * Makefile are (a word run into "file", no extension), or a text that
	 * starts as a build file does, is the reproduction; a data file
	 * named so, or a text that only mentions a base image, is not */
	{ { "Earthfile", "text/plain", "VERSION 0.8\nleak:\n    COPY ../../secrets ./s\n" }, "poc" },
	{ { "Tiltfile.ci", "application/octet-stream", "local_resource('x', 'cat ~/.ssh/id_rsa')\n" }, "poc" },
	{ { "sandbox.build", "text/plain", "# base layer\nFROM debian:12 AS base\nCOPY /etc/shadow /x\n" }, "poc" },
	{ { "Keyfile", "text/plain", "just some words\n" }, "other" },
	{ { "notes", "text/plain", "FROM the host I could read the key.\nNothing more.\n" }, "other" },
	/* issue #3: a crash or diagnostics report the system wrote is a log,
	 * by its name or by its text (a JSON event, a text sent as
	 * application/octet-stream), never the PoC; a program that forges one
	 * starts like code and stays the PoC */
	{ { "msb-2027-01-02-101010.ips", "application/octet-stream", "{\"app_name\":\"msb\"}\n{}\n" }, "log" },
	{ { "msb_2027-01-02.crash", "application/octet-stream", "Process: msb [1]\n" }, "log" },
	{ { "sentry-7731.json", "application/json", "{\"event_id\": \"9f1c\",\n \"exception\": {\"values\": "
	    "[{\"type\": \"SIGSEGV\"}]}}\n" }, "log" },
	{ { "msb-crash-0417", "application/octet-stream", "panic: runtime error: invalid memory address\n"
	    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]\n\n"
	    "goroutine 1 [running]:\nmain.main()\n\t/src/x.go:12 +0x1d\n" }, "log" },
	{ { "info", "application/octet-stream", "           PID: 31337 (msb)\n        Signal: 11 (SEGV)\n"
	    "       Storage: /var/lib/systemd/coredump/core.msb.1000.zst (present)\n" }, "log" },
	{ { "first.yaml", "text/plain", "app: msb\npanic: \"called unwrap on None\"\nbacktrace: [frame0]\n" }, "log" },
	{ { "forge.py", "text/x-python", "import json\nprint(json.dumps({\"bug_type\": \"309\"}))\n" }, "poc" },
	/* issue #3: a scanner's or tool's result file (SARIF, a findings
	 * list, a scanner's export) is its output, a log, whatever it is
	 * called; a config or payload JSON stays the PoC, and a program that
	 * writes findings starts like code */
	{ { "pkgscan-widget-2.1.0.json", "application/json", "{\n  \"scanner\": \"acme-pkgscan\",\n"
	    "  \"findings\": [\n    {\"rule\": \"aws-key\", \"severity\": \"high\", \"file\": \"pkg/.env\"}\n  ]\n}\n" }, "log" },
	{ { "scan.sarif", "application/octet-stream", "{\"version\": \"2.1.0\"}\n" }, "log" },
	/* (#3, 3324) a code-review bot's export: the rule id after eight
	 * fields of where the bot ran */
	{ { "reviewhound-RH-40317.json", "application/json", "{\n  \"findings\": [\n    {\n      \"id\": \"RH-40317\",\n"
	    "      \"tool\": \"ReviewHound 5.4.0\",\n      \"run\": \"oss-goodcitizen/2026-12-04T22:10:37Z\",\n"
	    "      \"repository\": \"mirror/superradcompany-microsandbox\",\n      \"ref\": \"v0.12.6\",\n"
	    "      \"commit_of_ref\": \"(mirror tag, not checked against upstream)\",\n"
	    "      \"file\": \"sdk/python/microsandbox/fs.py\",\n      \"line\": 218,\n"
	    "      \"rule\": \"py.path-join-untrusted-name\",\n      \"severity\": \"high\"\n    }\n  ]\n}\n" }, "log" },
	{ { "codeql-msb.json", "application/json", "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	    " \"runs\": [{\"tool\": {\"driver\": {\"name\": \"CodeQL\"}}}]}\n" }, "log" },
	{ { "leaks.json", "application/json", "[\n {\n  \"Description\": \"AWS key\",\n  \"RuleID\": \"aws-access-token\"\n }\n]\n" }, "log" },
	{ { "deps.json", "application/json", "{\"vulnerabilities\": [{\"cve\": \"CVE-2026-0001\", \"package\": \"tar\"}]}\n" }, "log" },
	{ { "sandbox-net.json", "application/json", "{\"image\": \"alpine\", \"network\": {\"rules\": [\"allow 0.0.0.0/0\"]}}\n" }, "poc" },
	{ { "emit.py", "text/x-python", "import json\nprint(json.dumps({\"findings\": [{\"severity\": \"high\"}]}))\n" }, "poc" },
	/* issue #3: a findings export as CSV or TSV (its header row names an
	 * advisory, CVE or rule id column and a severity column) is a log,
	 * whatever it is called; a CSV without such a header, or a header
	 * with a severity column but no id, is not */
	{ { "depwatch-export-17.csv", "text/csv", "id;package;version;cve_id;Severity;fixed\n"
	    "1;tar;0.4.38;CVE-2026-1111;high;0.4.40\n" }, "log" },
	{ { "weekly.tsv", "text/tab-separated-values", "Rule ID\tSeverity\tFile\tLine\n"
	    "py/path-injection\tmedium\tsdk/fs.py\t88\n" }, "log" },
	{ { "sandboxes.csv", "text/csv", "name,owner,cpu,memory\nw1,ana,2,4096\n" }, "other" },
	{ { "tickets.csv", "text/csv", "ticket,severity,opened\nT-4,low,2029-01-03\n" }, "other" },
	/* (#3, 3654, 3662) an advisory or inventory in its machine format
	 * (CSAF, OSV, a CVE record, CycloneDX) is a document, neither PoC nor
	 * log; a program that writes one stays the PoC */
	{ { "EDW-SA-2027-003.json", "application/json", "{\n  \"document\": {\n    \"category\": "
	    "\"csaf_security_advisory\",\n    \"csaf_version\": \"2.0\"\n  }\n}\n" }, "other" },
	{ { "MSB-PENDING.osv.json", "application/json", "{\n  \"schema_version\": \"1.6.0\",\n"
	    "  \"id\": \"MSB-PENDING\",\n  \"affected\": [{\"package\": {\"name\": \"microsandbox\"}}]\n}\n" },
	  "other" },
	{ { "bom.json", "application/json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}\n" }, "other" },
	{ { "make_osv.py", "text/x-python", "import json\nprint(json.dumps({\"schema_version\": \"1.6.0\", "
	    "\"affected\": []}))\n" }, "poc" },
};

static void
test_roles(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(roles); i++) {
		Att atts[2] = { roles[i].att, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "See the attachment.", atts);
		g_assert_cmpuint(a->msg->attachments->len, ==, 1);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		if (g_strcmp0(st_role_name(att->role), roles[i].role) != 0)
			FAIL("role case %zu (%s): got %s", i, roles[i].att.filename, st_role_name(att->role));
		gboolean poc = strcmp(roles[i].role, "poc") == 0;
		gboolean log = !poc && strcmp(roles[i].role, "other") != 0;
		g_assert_cmpint(a->check[ST_CHECK_POC], ==, poc);
		g_assert_cmpint(a->check[ST_CHECK_LOGS], ==, log);
	}
}

/* (3024) a write-up named as one whose reproduction stands among its
 * prose is the report, no PoC file: read for the PoC the body lacks */
static void
test_writeup_role(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[2] = {
		{ "IR-2027-003-technical-summary.md", "application/octet-stream",
		  "# IR-2027-003 - Technical summary\n\nThe bot token is only given to CI jobs as an msb secret:\n\n"
		  "    msb run --secret T@api.github.com=env:T --net-allow-host api.github.com alpine\n\n"
		  "msb-netd replaces the placeholder in the request body too, so the guest posts the real token.\n", 0 },
		{ NULL, NULL, NULL, 0 } };
	g_autoptr(StAnalysis) a = analyse(rules, NULL, "See the attachment.", atts);
	StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
	g_assert_cmpstr(st_role_name(att->role), ==, "other");
	g_assert_true(a->check[ST_CHECK_POC]);
}

/* A notebook is the PoC; the outputs saved in its cells are logs too
 * ([logs.saved-output]), whatever type it is sent as; one whose cells kept
 * no output is only the PoC. */
#define NB_OUT "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"outputs\": [\n    {\n" \
	"     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\"uid=0(root)\\n\"]\n" \
	"    }\n   ],\n   \"source\": [\"!id\"]\n  }\n ]\n}\n"
#define NB_NONE "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"outputs\": [],\n" \
	"   \"source\": [\"!id\"]\n  },\n  {\n   \"cell_type\": \"markdown\",\n" \
	"   \"source\": [\"output_type stream\"]\n  }\n ]\n}\n"

static const struct {
	Att att;
	gboolean logs;
} saved_outputs[] = {
	{ { "poc.ipynb", "application/x-ipynb+json", NB_OUT }, TRUE },
	{ { "poc.ipynb", "application/octet-stream", NB_OUT }, TRUE },
	{ { "poc.ipynb", "application/json", NB_OUT }, TRUE },
	{ { "poc.ipynb", "application/x-ipynb+json", NB_NONE }, FALSE },
	/* binary content (a NUL byte) is not read as text */
#define NB_BIN "\x89PNG\r\n\x00\x01\"outputs\": [{\"output_type\": \"stream\""
	{ { "poc.ipynb", "application/octet-stream", NB_BIN, sizeof NB_BIN - 1 }, FALSE },
};

static void
test_saved_output(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(saved_outputs); i++) {
		Att atts[2] = { saved_outputs[i].att, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, "The notebook is attached.", atts);
		g_assert_cmpuint(a->msg->attachments->len, ==, 1);
		if (a->check[ST_CHECK_LOGS] != saved_outputs[i].logs)
			FAIL("saved-output case %zu (%s): logs %d", i, saved_outputs[i].att.type,
			     a->check[ST_CHECK_LOGS]);
	}
}

/* A script the reporter says does not work is what was tried, not a
 * reproduction; the same words about the bug next to the working one do not
 * demote it, nor does the end of another list item. */
static void
test_roles_not_working(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const struct {
		const char *body;
		const char *want[2];
	} cases[] = {
		{ "Two PoCs:\n\n1. first.sh: my first attempt. This one does\n   NOT work, kept for reference.\n"
		  "2. second.c: the working one.\n", { "other", "poc" } },
		{ "1. first.sh: the working one.\n2. second.c: an older try; it did not work.\n",
		  { "poc", "other" } },
		{ "first.sh shows that the egress filter does not work at all.\n"
		  "second.c is the same in C.\n", { "poc", "poc" } },
		{ "Zwei Skripte: first.sh, dieses Skript funktioniert nicht.\n\nsecond.c geht.\n",
		  { "other", "poc" } },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		Att atts[3] = { { "first.sh", "application/x-sh", "#!/bin/sh\nid\n" },
				{ "second.c", "text/x-csrc", "#include <stdio.h>\nint main(void){return 0;}\n" },
				{ NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, cases[i].body, atts);
		g_assert_cmpuint(a->msg->attachments->len, ==, 2);
		for (guint k = 0; k < 2; k++) {
			StAttachment *att = g_ptr_array_index(a->msg->attachments, k);
			if (g_strcmp0(st_role_name(att->role), cases[i].want[k]) != 0)
				FAIL("not-working case %zu %s: got %s", i, att->filename,
				     st_role_name(att->role));
		}
		g_assert_true(a->check[ST_CHECK_POC]);
	}

	/* (#3) a patch the body says is the attacker's change reproduces;
	 * one said to fix the attack is the fix (round 215) */
	static const struct {
		const char *body, *want;
	} patches[] = {
		{ "The attached agentd-forge.diff is the change I made to agentd for the attacker sandbox: it sends\n"
		  "Resume for other session ids.\n", "poc" },
		{ "The attached agentd-forge.diff fixes this: msbd checks the sandbox before it re-binds a session\n"
		  "an attacker sandbox asks for.\n", "other" },
		{ "The attached agentd-forge.diff is against v0.12.1.\n", "other" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(patches); i++) {
		Att atts[2] = { { "agentd-forge.diff", "text/x-patch", PATCH_HEAD PATCH_FIX },
				{ NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, NULL, patches[i].body, atts);
		StAttachment *att = g_ptr_array_index(a->msg->attachments, 0);
		if (g_strcmp0(st_role_name(att->role), patches[i].want) != 0)
			FAIL("patch case %zu: got %s", i, st_role_name(att->role));
	}
}

/* st_x_count_lines counts what matching each piece of g_strsplit (TEXT,
 * "\n", MAX) alone counts: with patterns that match across a line end,
 * match the empty line, look behind or ahead past a line end (always
 * matched line by line) or only inside the line (matched over the whole
 * text), have a named group or set options, and with MAX
 * cutting the text anywhere (the last piece is the rest, whole). */
static void
test_count_lines(void)
{
	g_autoptr(StRules) rules = tu_rules_text(
		"[g]\n"
		"match.cross = a\\s+b\n"
		"match.empty = ^$\n"
		"match.anchor = ^\\s*\\d+:\n"
		"match.behind = (?<=x)y\n"
		"match.end = z\\s*$\n"
		"[h]\n"
		"match = ^\\s*\\[\\d+\\]\n"
		"[e]\n"
		"match = ^\\s*$\n"
		"match.tail = (?:ok|x)$\n"
		"[l]\n"
		"match.digit = ^\\s*\\d(?=\\s)\n"
		"match.later = x(?=[^\\n]*y)\n"
		"match.next = a(?=\\s+b)\n"
		"[k]\n"
		"match.word = (?<![\\w.-])v\\d(?![\\w-])\n"
		"match.blank = q(?=[ \\t]*$)\n"
		"match.last = y(?!\\S)\n"
		"match.first = (?<!\\S)z\n"
		"match.line = ^(?=[^\\n]*:)\\s*\\d\n"
		"[n]\n"
		"match.named = ^\\s*(?<cmd>\\[\\d)\\s*$\n"
		"match.option = (?i:ok)$\n");
	static const char *const pieces[] = {
		"a", "b", "a b", "", " ", "12:", "  3: x", "xy", "y", "z ", "[1] ok", "q", "\t", "x",
		"4", "5 ", "a ", "x y", "v1", "v1-", ".v2", "q ", "q", " z", "3 :",
	};
	static const guint maxes[] = { 0, 1, 2, 3, 4, 7, 2000 };
	GRand *rand = g_rand_new_with_seed(9);

	for (guint round = 0; round < 400; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = g_rand_int_range(rand, 0, 12);
		for (guint i = 0; i < n; i++) {
			g_string_append(text, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
			if (g_rand_boolean(rand) || i + 1 < n)
				g_string_append_c(text, '\n');
		}
		for (gsize m = 0; m < G_N_ELEMENTS(maxes); m++) {
			for (const char *const *gn = (const char *const[]){ "g", "h", "e", "l", "k", "n", NULL }; *gn; gn++) {
				const StRuleGroup *g = st_rules_group(rules, *gn);
				g_autoptr(StScan) scan = st_scan_new(rules, text->str, -1);
				guint want = 0;
				g_auto(GStrv) lines = g_strsplit(text->str, "\n", maxes[m]);
				for (char **l = lines; *l; l++)
					want += st_x_any_in(g, scan, *l);
				guint got = st_x_count_lines(g, scan, text->str, maxes[m]);
				if (got != want)
					FAIL("[%s] max %u over \"%s\": want %u, got %u", *gn, maxes[m],
					     text->str, want, got);
				/* and line by line, when every line was matched alone */
				g_autofree guint8 *hits = NULL;
				guint nh = 0, nl = g_strv_length(lines);
				g_assert_cmpuint(st_x_count_lines_hits(g, scan, text->str, maxes[m], &hits, &nh),
						 ==, want);
				g_assert_true(hits != NULL || maxes[m] == 1 || *text->str == '\0' ||
					      (maxes[m] != 0 && maxes[m] <= nl));
				for (guint k = 0; hits && k < nh; k++) {
					g_assert_cmpuint(nh, ==, nl);
					if (hits[k] != st_x_any_in(g, scan, lines[k]))
						FAIL("[%s] \"%s\" line %u: hit %u", *gn, text->str, k,
						     hits[k]);
				}
			}
		}
	}
	g_rand_free(rand);
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/writeup-role", test_writeup_role);
	g_test_add_func("/extract/roles", test_roles);
	g_test_add_func("/extract/saved-output", test_saved_output);
	g_test_add_func("/extract/count-lines", test_count_lines);
	g_test_add_func("/extract/roles-not-working", test_roles_not_working);
	return g_test_run();
}
