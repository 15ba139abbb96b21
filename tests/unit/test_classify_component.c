/* test_classify_component.c — the component a report is about: the claim it
 * needs, the SDKs' paths, a PoC attachment, the CLI's files, the cloud (no
 * platform to ask for), the signature block not read.
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

/* [claim]: a message with no description, PoC or logs names a component
 * only when it claims a finding: a vendor questionnaire about the cloud
 * names none, a teaser does (core), and the questionnaire with a
 * description keeps its component. */
static void
test_component_needs_claim(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Vendor security questionnaire: microsandbox cloud",
					   "Please send your SOC 2 report and your sub-processor list.", FALSE);

	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_null(a->component);
	g_assert_false(a->check_na[ST_CHECK_PLATFORM]);
	a->check[ST_CHECK_DESCRIPTION] = TRUE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_cmpstr(a->component, ==, "cloud");

	g_autoptr(StAnalysis) t = classify(rules, "", "found RCE in microsandbox. contact me for details.", FALSE);
	t->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, t->msg, NULL, t);
	g_assert_cmpstr(t->component, ==, "core");
	/* (#3) the same teaser as the cover note of an inline PGP message we
	 * cannot decrypt: the component is in the part nobody can read, so
	 * none is guessed; a cover note that names one keeps it */
	static const char armor[] = "\n-----BEGIN PGP MESSAGE-----\n\nhQEMAzq1bW9kZXN0AQf/"
				    "cGxhY2Vob2xkZXI=\n=Zx1q\n-----END PGP MESSAGE-----\n";
	g_autofree char *sealed = g_strconcat("I have found RCE in microsandbox; the details are "
					      "below, encrypted to your key.\n", armor, NULL);
	g_autoptr(StAnalysis) e = classify(rules, "Encrypted report", sealed, FALSE);
	e->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, e->msg, NULL, e);
	g_assert_true(e->msg->encrypted);
	g_assert_null(e->component);
	g_autofree char *named = g_strconcat("The cloud console's invitations API lets a Developer "
					     "invite an owner; full details encrypted below.\n", armor, NULL);
	g_autoptr(StAnalysis) n = classify(rules, "Encrypted report", named, FALSE);
	g_assert_cmpstr(n->component, ==, "cloud");

	/* round 38: "we haven't found any problem" is no claim, nor is a
	 * "found" in the same sentence; a finding told in another sentence
	 * is still one */
	g_autoptr(StAnalysis) q = classify(rules, "Questions about data handling in microsandbox cloud",
					   "In which region is sandbox data stored? We haven't found any problem, "
					   "these are questions for our vendor assessment.", FALSE);
	q->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, q->msg, NULL, q);
	g_assert_null(q->component);
	g_autoptr(StAnalysis) f = classify(rules, "", "We have not found any problem yet, but we found a "
					   "vulnerability in the microsandbox cloud console: contact me.", FALSE);
	f->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, f->msg, NULL, f);
	g_assert_null(f->component);  /* the negation takes back its own sentence */
	g_autoptr(StAnalysis) g = classify(rules, "", "I found a sandbox escape in microsandbox. "
					   "We have not found any other problem so far. Write to me for details.", FALSE);
	g->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, g->msg, NULL, g);
	g_assert_cmpstr(g->component, ==, "core");
}

/* round 38: a cloud fault reached through an SDK: the cloud's customers
 * and the SDK's cloud client, other orgs' sandboxes in the subject */
static void
test_component_cloud_through_sdk(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Cloud: sandbox list returns other orgs' sandboxes",
					   "I list our sandboxes with the Node SDK. The list call returns sandboxes "
					   "of other organisations, so any cloud customer can read the others' logs.\n\n"
					   "const c = new CloudClient({ apiKey: process.env.MSB_API_KEY });\n", FALSE);
	g_assert_cmpstr(a->component, ==, "cloud");
	g_autoptr(StAnalysis) n = classify(rules, "node sdk leaks the key",
					   "The Node SDK writes the API key into a world-readable file in the shared cache folder.", FALSE);
	g_assert_cmpstr(n->component, ==, "node_sdk");
}

/* Cloud reports need no host platform; others do. */
/* A file of an SDK's source tree names that SDK (#3). */
static void
test_component_sdk_path(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) py = classify(rules, "Unchecked archive member names",
					    "In sdk/python/microsandbox/files.py the download helper writes "
					    "member names from the guest without checking them.", TRUE);
	g_autoptr(StAnalysis) js = classify(rules, "Unchecked archive member names",
					    "In sdk/node/src/files.ts the download helper writes member "
					    "names from the guest without checking them.", TRUE);
	g_assert_cmpstr(py->component, ==, "python_sdk");
	g_assert_cmpstr(js->component, ==, "node_sdk");
}

/* (#3) Under a short body an attached PoC script is the report's code: what
 * it imports names the SDK ("from microsandbox import", require of the Node
 * package).  A long body that says where its finding is keeps its
 * attachments at attachment_percent, and a log attachment stays one. */
static StAnalysis *
classify_attached(const StRules *rules, const char *body, const char *name, const char *type,
		  const char *content)
{
	g_autofree char *mail = g_strdup_printf(
		"From: r@example.org\nTo: security@superrad.company\nSubject: poc\n"
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=BB\n\n"
		"--BB\nContent-Type: text/plain; charset=utf-8\n\n%s\n"
		"--BB\nContent-Type: %s\nContent-Disposition: attachment; filename=%s\n\n%s\n"
		"--BB--\n", body, type, name, content);
	StAnalysis *a = tu_analysis_of(mail);
	st_extract(rules, a->msg, NULL, a);
	a->check[ST_CHECK_POC] = TRUE;
	a->check[ST_CHECK_DESCRIPTION] = TRUE;
	st_classify(rules, a->msg, NULL, a);
	return a;
}

static void
test_component_poc_attachment(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char py[] =
		"import asyncio\nfrom microsandbox import Sandbox\n\n"
		"async def main():\n    async with Sandbox.create(image=\"alpine\") as sb:\n"
		"        print(await sb.exec(\"cat\", [\"/proc/1/environ\"]))\n\nasyncio.run(main())\n";
	static const char js[] =
		"import { Sandbox } from \"microsandbox\";\n\n"
		"const sb = await Sandbox.builder(\"probe\").image(\"alpine\").create();\n"
		"console.log(await sb.exec(\"cat\", [\"/proc/1/environ\"]));\n";
	static const struct {
		const char *body, *name, *type, *content, *component;
	} cases[] = {
		{ "script attached, run it on 0.9.4 and read the last line", "leak.py", "text/x-python", py, "python_sdk" },
		{ "repro in the attachment", "leak.mjs", "text/javascript", js, "node_sdk" },
		/* a long body that says the finding is in the runtime: the
		 * script only drives it */
		{ "The guest init of microsandbox copies every environment variable of the host process\n"
		  "into the guest's PID 1, so a process in the sandbox reads the real values of secrets\n"
		  "from /proc/1/environ even when only placeholders should be visible.  This is in agentd\n"
		  "and the VMM's boot path, not in any client: any way of starting a sandbox shows it.\n"
		  "The attached script is only a harness that starts a sandbox and prints the file.\n",
		  "leak.py", "text/x-python", py, "core" },
		/* a log under a short body is output, not the reporter's code */
		{ "log attached", "run.log", "text/plain",
		  "2026-03-01 12:00:01 INFO from microsandbox import Sandbox\n2026-03-01 12:00:02 INFO started\n", "core" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = classify_attached(rules, cases[i].body, cases[i].name,
							    cases[i].type, cases[i].content);
		if (g_strcmp0(a->component, cases[i].component) != 0)
			g_error("case %zu (%s): want component %s, got %s (%s)", i, cases[i].name,
				cases[i].component, a->component, a->component_evidence);
	}
}

static void
test_platform_na(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) cloud = classify(rules, "microsandbox cloud: any org member can read all API keys",
					       "The dashboard's /v1/keys endpoint skips the role check.", TRUE);
	g_autoptr(StAnalysis) core = classify(rules, "Sandbox escape via virtio-fs",
					      "Guest writes outside the share.", TRUE);
	g_assert_cmpstr(cloud->component, ==, "cloud");
	g_assert_true(cloud->check_na[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(core->component, ==, "core");
	g_assert_false(core->check_na[ST_CHECK_PLATFORM]);

	g_autoptr(StAnalysis) web = classify(rules, "Stored XSS on the superrad.company website",
					     "The contact form on https://superrad.company/contact reflects the\n"
					     "name field unescaped; a script runs in the visitor's browser.", TRUE);
	g_assert_true(web->check_na[ST_CHECK_PLATFORM]);
	/* (2269) what the SDK's published metadata declares is the same on
	 * every host; the SDK's own code bug still needs the host */
	g_autoptr(StAnalysis) extra = classify(rules, "Unregistered name in the Python SDK's extra",
					       "The wheel's 'notebook' extra depends on msb-jupyter-kernel, a package that\n"
					       "does not exist on PyPI: anyone can register it.", TRUE);
	g_assert_cmpstr(extra->component, ==, "python_sdk");
	g_assert_true(extra->check_na[ST_CHECK_PLATFORM]);
	g_autoptr(StAnalysis) sdkbug = classify(rules, "Python SDK copy_from follows guest symlinks",
						"The SDK's copy_from writes through a symlink the guest planted\n"
						"and overwrites a file on the host.", TRUE);
	g_assert_cmpstr(sdkbug->component, ==, "python_sdk");
	g_assert_false(sdkbug->check_na[ST_CHECK_PLATFORM]);
	/* the website is none of the policy's components: no default "core" */
	g_assert_null(web->component);
	g_autoptr(StAnalysis) login = classify(rules, "No rate limit on the website login page",
					       "The login form on https://www.superrad.company/login lets anyone\n"
					       "brute force passwords: 500 attempts, none blocked.", TRUE);
	g_assert_true(login->check_na[ST_CHECK_PLATFORM]);
	g_assert_null(login->component);
	/* the site's hygiene a scanner lists, its version banner and a missing
	 * security.txt, is the website's too (1434) */
	g_autoptr(StAnalysis) banner = classify(rules, "Information disclosure on your homepage",
						"Your website at https://superrad.company reveals its web server version\n"
						"(Apache/2.4.58) to everyone and has no /.well-known/security.txt.", TRUE);
	g_assert_true(banner->check_na[ST_CHECK_PLATFORM]);
	g_assert_null(banner->component);
	g_autoptr(StAnalysis) tokens = classify(rules, "Bug report: Software Version Disclosure",
						"The landing page sends X-Powered-By: Express; set server_tokens off\n"
						"and remove the header on the web site.", TRUE);
	g_assert_null(tokens->component);
	/* the managed cloud's own console with the same findings is the cloud's
	 * (511); msbd's API banner without a site named stays core */
	g_autoptr(StAnalysis) console = classify(rules, "Scan results for the cloud console",
						 "Our scanner flagged the web pages of console.sandbox-cloud.example:\n"
						 "Server Version Disclosure, no security.txt, cookie without SameSite.", TRUE);
	g_assert_nonnull(console->component);
	g_autoptr(StAnalysis) msbd = classify(rules, "msbd API version disclosure",
					      "msbd answers every request on 127.0.0.1:7263 with its exact version;\n"
					      "a guest that reaches the socket learns what to attack.", TRUE);
	g_assert_false(msbd->check_na[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(msbd->component, ==, "core");
	/* (#3) the self-hosted server's API and dashboard (msb server on the
	 * writer's machine): CORS and cookies there are the server's flaw,
	 * the host platform is still asked for (1900) */
	g_autoptr(StAnalysis) server = classify(rules, "CORS on msb server reflects any origin",
						"We self-host msb server for our lab. Its API sends back any Origin with\n"
						"credentials allowed, and the dashboard cookie is SameSite=None, so a web page\n"
						"an admin visits in the browser can create sandboxes (cross-site).", TRUE);
	g_assert_false(server->check_na[ST_CHECK_PLATFORM]);
	g_assert_nonnull(server->component);
	/* websites named as where a sandbox's traffic goes past its network
	 * switch: the runtime's flaw, the host platform is still asked for */
	g_autoptr(StAnalysis) egress = classify(rules, "allowlist lets the sandbox reach any website",
						"I started it with msb run --allow-host api.shipping.example and it\n"
						"still posted to our own website and to every other web site I tried;\n"
						"the test page showed the request in my browser.", TRUE);
	g_assert_false(egress->check_na[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(egress->component, ==, "core");
	/* a core report that only mentions the website keeps the platform item */
	g_autoptr(StAnalysis) docs = classify(rules, "Sandbox escape via virtio-fs",
					      "The guest writes outside the share.  The website documents the\n"
					      "share as read-only.", TRUE);
	/* release infrastructure (CI, installer, registries) runs on no host of the reporter's */
	g_autoptr(StAnalysis) ci = classify(rules, "pull_request_target workflow leaks NPM_TOKEN",
					    "The release workflow in .github/workflows runs fork code with secrets.", TRUE);
	g_assert_cmpstr(ci->component, ==, "release_infra");
	g_assert_true(ci->check_na[ST_CHECK_PLATFORM]);
	g_assert_false(docs->check_na[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(docs->component, ==, "core");
	/* (1583) the CLI's browser login on a loopback callback: a CSRF through
	 * a web page into the CLI on the reporter's host, not a site's bug */
	g_autoptr(StAnalysis) cli = classify(rules, "CSRF into the CLI's browser login",
					     "microsandbox login waits on http://localhost:41234/callback with no state,\n"
					     "so any web page in the browser can post its own code first; cookies play no part.", TRUE);
	g_assert_false(cli->check_na[ST_CHECK_PLATFORM]);
	/* a site's login form still needs no host platform */
	g_autoptr(StAnalysis) site = classify(rules, "CSRF on the website login page",
					      "The login form on https://superrad.company/login has no CSRF token; any web page\n"
					      "can log a visitor's browser into my account.", TRUE);
	g_assert_true(site->check_na[ST_CHECK_PLATFORM]);
}

static void
test_components(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const cases[][3] = {
		{ "Python client leaks the API key in repr()", "The python client library prints it.", "python_sdk" },
		{ "TypeScript client follows redirects to other hosts", "The node package sends the token along.", "node_sdk" },
		{ "SaaS: org admins can read other orgs' audit logs", "In the hosted service the audit log API skips the org check.", "cloud" },
		{ "Homebrew formula downloads msb without a checksum", "The brew tap installs release assets over HTTP.", "release_infra" },
		/* (#3, 4977) a package's maintainer script downloading what the
		 * package does not carry */
		{ "arm64 .deb postinst fetches the 16K guest kernel over plain http, no checksum",
		  "When the package is installed on a host whose kernel uses 16K pages, the postinst script downloads "
		  "a separate guest kernel, presumably because the one inside the .deb is built for 4K pages. It "
		  "fetches it from a plain http:// URL and does not check a checksum. Anyone who can interfere with the "
		  "traffic can hand over a guest kernel of their own, and every sandbox on that machine boots it from "
		  "then on. A guest kernel sees everything the workloads do, including the secrets you inject.",
		  "release_infra" },
		/* (#3, 5083) how msb was installed, said in passing, is not what
		 * is at fault */
		{ "Memory snapshot keeps origin secrets in template forks",
		  "A memory snapshot restored into a fork keeps the original sandbox's --secret values in agentd's "
		  "memory. Reproduced in our staging cluster (bare-metal nodes, msb installed from the release "
		  "tarballs) and again on a developer's workstation.", "core" },
		{ "agentd accepts frames larger than the limit", "The guest agent and the VMM disagree on the frame size.", "core" },
		/* a platform binary package the release never published, which
		 * anybody could have claimed (round 244) */
		{ "unpublished optional dependency of the npm package",
		  "microsandbox@0.12.3 on npm declares microsandbox-linux-riscv64-gnu as an optional dependency, but it\n"
		  "was never published, so anybody could have published microsandbox-linux-riscv64-gnu@0.12.3 and the\n"
		  "Node SDK's loader would run it.", "release_infra" },
		/* the writer's own release job and the version from "whatever
		 * your apt repo had" are the setting, not the component (round 242) */
		{ "msb ps shows other users' secret values",
		  "msb ps --all --no-trunc lists the full msb run command line with --secret values, so any dev on the box\n"
		  "can read the deploy key our release job passes in. msb is whatever your apt repo had in october.",
		  "core" },
		/* the hosted API's auth endpoint (round 248) */
		{ "removed member keeps CLI access",
		  "Removing a member revokes the access tokens but not the refresh token:\n"
		  "$ curl -s -X POST https://api.msb.superrad.company/v1/auth/refresh -d '{}'\n"
		  "$ msb exec etl-nightly -- id\n", "cloud" },
		/* (#3, 3655, 60) "supply chain risk" in a list of impacts is what
		 * the bug leads to, not the release side at fault */
		{ "Egress policy bypass via UDP/443",
		  "msb-netd lets a sandbox with --net-allow-host send UDP/443 to any host.\n\n## Impact\n\n"
		  "- **Supply Chain Risk:** AI agents executing untrusted code may leak proprietary data.\n", "core" },
		/* the network daemon by its name (round 238) */
		{ "proxy treats user@host authority as the allowed host",
		  "msb-netd's HTTP proxy cuts the authority at the first '@' and dials the IP after it.", "core" },
		/* the writer's own CI that runs msb is the setting, not the component (1529, 1534) */
		{ "msb trace output shows --secret values in our GitLab CI job log",
		  "Our pipeline runs msb with MSB_LOG=trace and the secret appears hex-encoded in the job output.", "core" },
		{ "Token reaches untrusted code in my GitHub Actions workflow",
		  "My workflow hands the deploy token to msb run --secret and the sandbox runs the fork's tests.", "core" },
		{ "Secreto visible en nuestro workflow de GitHub Actions",
		  "Nuestro workflow pasa el token a msb run y el log lo muestra.", "core" },
		/* ... but the project's own release workflow is the release pipeline (1524) */
		{ "Your publish workflow runs fork code with the npm token",
		  "The publish-npm.yml workflow checks out the pull request head and runs its scripts.", "release_infra" },
		{ "Release job log shows secrets",
		  "Your GitHub Actions release run printed the signing key into a public log.", "release_infra" },
		/* the package named after the project on npm is the Node SDK, not the release pipeline */
		{ "microsandbox npm package: postinstall runs a file from /tmp", "Its install script executes what a local user put there.", "node_sdk" },
		/* (#3) a published package's install hook that downloads from a
		 * domain nobody has registered: whoever registers it runs code on
		 * every install, the release side's choice (round 211) */
		{ "npm microsandbox 0.12.1 postinstall pulls from unregistered domain",
		  "The microsandbox npm package has a postinstall that downloads a helper from msb-dl.example, "
		  "which isn't registered by anyone right now.", "release_infra" },
		/* round 37: the website's install command said to have changed is
		 * the publishing side; installing with it says nothing about it */
		{ "the install command on your website now downloads from another site",
		  "Somebody has changed the script on your website.", "release_infra" },
		/* round 39: "your npm package" used "from node" is the Node SDK; the
		 * Python SDK in prose with a typo and pip's answer; the published
		 * container image replaced under its tag is release infrastructure,
		 * pulling an image to run it is not */
		{ "tar warning from github in your npm package",
		  "We only use microsandbox from node in our app.", "node_sdk" },
		/* issue #3: the SDK named only as how the writer uses msb in a
		 * project of theirs, the flaw in the VM: core; the same
		 * introduction before a flaw in the SDK's own call stays the SDK */
		{ "guest fills its disk and the VM dies",
		  "I use microsandbox through the Node SDK for a build farm project.\n"
		  "Inside the guest, filling the rootfs with dd kills the microVM; msb run shows it too.", "core" },
		{ "sandbox crashes on big memory",
		  "We run msb via the Python SDK in our CI pipeline. The guest kernel panics inside the\n"
		  "microVM when it fills a tmpfs; agentd dies with it and msb run alone does the same.", "core" },
		{ "copyToHost follows symlinks",
		  "I use microsandbox through the Node SDK for an agent project. The Node SDK's copyToHost()\n"
		  "follows a symlink the guest planted and writes outside the target directory.", "node_sdk" },
		/* (#3, 3261) the SDK as what starts a tool's sandboxes, in German
		 * and English; the flaw in the SDK's own call stays the SDK */
		{ "netd lässt 100.64.0.0/10 durch",
		  "Ein KI-Agent (unser Framework, das die Sandboxen über das Python-SDK startet) hat unser Gitea\n"
		  "gefunden: msb-netd hält 100.64.0.0/10 für öffentlich und lässt es trotz deny-private durch.", "core" },
		{ "tailnet reachable from the guest",
		  "Our agent framework starts its sandboxes via the Node SDK. msb-netd classifies 100.64.0.0/10\n"
		  "as public, so the guest reaches every device on the tailnet.", "core" },
		{ "SDK puts secrets in argv",
		  "Our framework starts the sandboxes through the Python SDK, and the Python SDK's exec()\n"
		  "passes the secrets= values on the msb command line, where ps shows them.", "python_sdk" },
		/* (#3, 3293) the writer's own release files and publish token as
		 * what the volumes a runtime flaw shares hold: core; a published
		 * package that carries the publish token stays the release side */
		{ "Named volumes shared between namespaces",
		  "Team leads create named volumes for build caches, and some of those caches hold signed release\n"
		  "artifacts and an .npmrc with a publish token. A named volume is not scoped to its namespace:\n"
		  "msb run --namespace team-search -v build-cache:/cache alpine -- cat /cache/secret.txt", "core" },
		{ "npm tarball ships the publish token",
		  "The 0.12.6 npm tarball contains the .npmrc of the release runner with a live publish token.", "release_infra" },
		/* (#3, 3288) the old install domain registered anew by a stranger
		 * and serving a backdoored install.sh is the publishing side */
		{ "compromised hosts via old install command",
		  "The wiki copied the install one-liner from the README of early 2025, which piped an install.sh from\n"
		  "get.msbx.example into sh as root. As far as we can tell msbx.example was microsandbox's own install\n"
		  "domain at the time. WHOIS shows it was registered anew on 2 October 2026 by a privacy-protected\n"
		  "registrant. The script it served installed the genuine msb and a systemd timer that beacons to\n"
		  "203.0.113.66 from the host.", "release_infra" },
		/* (#3, 3302) a company's cloud team in the credit is not the cloud */
		{ "snapshot restore maps memory.bin shared",
		  "Clones restored from one snapshot with msb snapshot restore read each other's tmpfs pages on the host.\n"
		  "For the advisory, please credit \"Tarang Cloud Platform Security Team\".", "core" },
		/* (#3, 3303) the account that publishes the SDK's npm package
		 * taken over through its maintainer's expired domain */
		{ "URGENT: microsandbox npm package can be taken over (maintainer e-mail domain expired)",
		  "Your Node SDK package microsandbox on npm can currently be taken over by anyone who registers one\n"
		  "expired domain. One of the two accounts with publish rights on the package has its e-mail there.", "release_infra" },
		/* (#3, 3322) a Homebrew tap's maintainer passing on a user's report
		 * of a bug "in microsandbox itself, not in my formula" */
		{ "Forwarding a tap user's report: macOS sandboxes can reach each other",
		  "I maintain a third-party Homebrew tap that ships bottles for microsandbox. A user opened what I\n"
		  "believe is a security bug in microsandbox itself, not in my formula. The bottle is built from your\n"
		  "unmodified v0.12.6 release tarball. Sandboxes started by one user reach each other's unpublished\n"
		  "ports: msb exec agent -- redis-cli -h 192.168.64.3 PING", "core" },
		/* (3245) the SDK a downstream project pins, said not to matter */
		{ "image label makes msb mount host paths",
		  "Our own version numbers (tallowjar 2.3.0 and the microsandbox Python SDK it pins) don't\n"
		  "matter here: the plain `msb run` in her PoC bind-mounts the host's home directory.", "core" },
		/* issue #3: the SDK named with the network policy the sandbox runs
		 * under, its calls in the snippet that shows the guest getting
		 * through: the policy is the runtime's, core; in Portuguese too;
		 * a flaw in the SDK's own call after the same opening stays the
		 * SDK, and so does the SDK with a setting of its own */
		{ "guest reaches a host-only redis",
		  "We use the Python SDK with the default egress policy.\nfrom microsandbox import PythonSandbox\n"
		  "async with PythonSandbox.create(name='r') as sb: await sb.run('redis-cli -h 10.0.2.2 ping')\n"
		  "The guest gets PONG from redis bound to 127.0.0.1 on the host.", "core" },
		{ "rede do host alcançável",
		  "Uso o SDK Python com a política de rede padrão.\nfrom microsandbox import PythonSandbox\n"
		  "O guest abre 10.0.2.2:6379 pelo gateway e fala com o redis do host; msb run faz o mesmo.", "core" },
		{ "sandboxes reach the host's loopback",
		  "I am starting sandboxes via the Node SDK with networking set to none, and the guest\n"
		  "kernel still connects to 10.0.2.2:8080 through the gateway; msb run does the same.", "core" },
		{ "secrets written to a world-readable file",
		  "I use the Python SDK with the default network policy. The Python SDK's copy_to_host()\n"
		  "writes the secrets= values to a world-readable file in /tmp; pip show microsandbox: 0.9.1.", "python_sdk" },
		{ "SDK logs the API key",
		  "I use the Python SDK with the default logging settings.\nfrom microsandbox import PythonSandbox\n"
		  "The SDK prints the API key in its debug log.", "python_sdk" },
		{ "api key shows up in sandbox log",
		  "i use the python libary to run my students code.\nfrom microsandbox import PythonSandbox\npip says microsandbox 0.8.3", "python_sdk" },
		{ "your docker image is mining crypto??",
		  "Looks like someone pushed a new image to the tag, so everyone pulling latest gets it.", "release_infra" },
		{ "sandbox runs out of memory",
		  "I pulled the latest python image with msb pull and the guest kernel kills the process.", "core" },
		{ "Clients' sandboxes see each other's processes",
		  "We installed microsandbox in March with the install script from your website; msb exec in one\n"
		  "sandbox lists the processes of the other.", "core" },		/* (#3) the product a report is about, not the tool seen around it:
		 * an SDK named hyphenated or in another language's word order; the
		 * SDK as the client a hosted API is called through; the writer's
		 * own team or business named after a cloud; a chain's link the
		 * writer says is not microsandbox's; the sandbox's allowlist flag */
		{ "Node-SDK hands every secret to msb as an argument",
		  "Anyone on the machine sees the values in ps.", "node_sdk" },
		{ "El SDK de Python guarda el token en /tmp",
		  "El archivo queda legible para todos los usuarios de la máquina.", "python_sdk" },
		{ "fuite de clé",
		  "Le SDK Python écrit la clé dans le journal de débogage.", "python_sdk" },
		{ "usage figures of other teams",
		  "We query your hosted API via the Node client and get another org's usage figures.", "cloud" },
		{ "guest symlink read by msb cp",
		  "I'm on the Cloud Platform team of a logistics firm. msb cp copies the host file a guest\n"
		  "symlink points at.", "core" },
		{ "one sandbox reads another's /proc",
		  "We are a small SaaS for dentists. msb exec in one sandbox lists the other's processes.", "core" },
		{ "chain: a postinstall hook, then msb snapshot export reads host files",
		  "Step one (not a microsandbox issue): a typosquatted package in our CI pipeline ran code in\n"
		  "the job.\n\nStep two: msb snapshot export follows guest symlinks on the host.", "core" },
		{ "sandbox gets past its allowlist",
		  "msb run --allow-host api.shop.example lets the guest post to every other web site too.", "core" },
		/* (#3) the installer working in a fixed /tmp directory is the
		 * published installer's, though msbd is what gets replaced; msbd's
		 * own fixed path is core.  The policy's list of components recited
		 * names no release side; sandboxes said to run in the cloud name
		 * the cloud, the SDK they were reached through is the client */
		{ "installer race in /tmp",
		  "The installer unpacks the archive into a predictable temp directory /tmp/msb-setup, so\n"
		  "another local account can replace the msbd binary before the root copy step.", "release_infra" },
		{ "msbd predictable socket path",
		  "I installed with install.sh. msbd creates its socket in a fixed /tmp path that another\n"
		  "local user can create first.", "core" },
		{ "is my finding in scope?",
		  "The scope in your policy covers the SDKs and the release infrastructure; msbd crashes when\n"
		  "the guest sends an oversized vsock frame.", "core" },
		{ "our cloud sandbox is restarted after a big write",
		  "Through the Python SDK 0.11.1 a job writes 3 GB to stderr and the sandbox is killed.\n"
		  "from microsandbox import Sandbox\nsb = Sandbox.create(image='alpine')", "cloud" },
		/* ... and what must stay: the SDK at fault however the sandbox was
		 * made, "your SaaS", the cloud platform itself, a pipeline's own
		 * token with no disclaimer */
		{ "secrets= ends up in a world-readable temp file",
		  "When I create a sandbox through the Python SDK, the SDK writes the secrets to a JSON file\n"
		  "in /tmp that every user can read.", "python_sdk" },
		{ "Your SaaS lists other orgs' sandboxes",
		  "Any org admin sees every tenant's sandboxes.", "cloud" },
		{ "The cloud platform returns other tenants' sandboxes",
		  "Changing the id in the request is enough.", "cloud" },
		{ "release workflow prints the npm publish token",
		  "The release pipeline echoes the publish token into the public CI log.", "release_infra" },
		/* (#3) the apt repository named as where msb came from is no
		 * finding in it; the repository itself at fault still is */
		{ "Clones keep the old API token",
		  "Every clone of a template keeps the token it was made with, ignoring the one we pass.\n"
		  "We run msb 0.10.4 from your apt repo on Ubuntu 24.04.", "core" },
		{ "apt repository served without a signature",
		  "Your apt repository has no InRelease file, so apt takes any package it is served.", "release_infra" },
		/* (#3) the managed cloud named in Russian, Ukrainian, Polish and
		 * Turkish; a cloud server the writer runs msb on is not the cloud */
		{ "\u0443\u0442\u0435\u0447\u043a\u0430 \u043b\u043e\u0433\u043e\u0432",
		  "\u0412 \u043e\u0431\u043b\u0430\u0447\u043d\u043e\u043c \u0441\u0435\u0440\u0432\u0438\u0441\u0435 "
		  "\u043b\u044e\u0431\u043e\u0439 \u043a\u043b\u0438\u0435\u043d\u0442 "
		  "\u0447\u0438\u0442\u0430\u0435\u0442 \u0447\u0443\u0436\u0438\u0435 \u0436\u0443\u0440\u043d\u0430\u043b\u044b.",
		  "cloud" },
		{ "stale pages",
		  "\u0423 \u043a\u0435\u0440\u043e\u0432\u0430\u043d\u0456\u0439 \u0445\u043c\u0430\u0440\u0456 "
		  "\u043d\u043e\u0432\u0430 \u043f\u0456\u0441\u043e\u0447\u043d\u0438\u0446\u044f "
		  "\u0431\u0430\u0447\u0438\u0442\u044c \u0434\u0430\u043d\u0456 \u043f\u043e\u043f\u0435\u0440\u0435\u0434\u043d\u044c\u043e\u0457.",
		  "cloud" },
		{ "cudze klucze",
		  "W konsoli us\u0142ugi chmurowej ka\u017cdy cz\u0142onek organizacji widzi klucze innych.", "cloud" },
		{ "ba\u015fka kiracinin loglari",
		  "Y\u00f6netilen bulut s\u00fcr\u00fcm\u00fcnde ba\u015fka bir organizasyonun loglar\u0131 okunabiliyor.", "cloud" },
		{ "\u043f\u043e\u0431\u0435\u0433 \u0438\u0437 \u043f\u0435\u0441\u043e\u0447\u043d\u0438\u0446\u044b",
		  "\u0417\u0430\u043f\u0443\u0441\u043a\u0430\u044e msb \u043d\u0430 \u043e\u0431\u043b\u0430\u0447\u043d\u043e\u043c "
		  "\u0441\u0435\u0440\u0432\u0435\u0440\u0435 (VPS); \u0433\u043e\u0441\u0442\u044c "
		  "\u043f\u0438\u0448\u0435\u0442 \u0437\u0430 \u043f\u0440\u0435\u0434\u0435\u043b\u044b virtio-fs.", "core" },
		{ "ucieczka z piaskownicy",
		  "Uruchamiam msb na chmurowym serwerze (VPS); go\u015b\u0107 pisze poza udzia\u0142em virtio-fs.", "core" },
		/* an SDK's own file or the cloud's console is not the CLI's */
		{ "Python SDK caches the key in /tmp",
		  "The Python SDK writes the API key to /tmp/microsandbox-cache.json, world-readable.", "python_sdk" },
		{ "console shows other orgs' keys",
		  "In the cloud dashboard any org admin sees every tenant's API keys.", "cloud" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = classify(rules, cases[i][0], cases[i][1], TRUE);
		if (g_strcmp0(a->component, cases[i][2]) != 0)
			g_error("\"%s\": want component %s, got %s (%s)", cases[i][0], cases[i][2],
				a->component, a->component_evidence);
	}
}

/* The CLI's own credential and config files where each system keeps a
 * program's settings, and its login and config commands, name the CLI
 * (core) by a pattern the word model does not overrule: a cloud key the
 * CLI keeps is the CLI's, whoever calls it. */
static void
test_component_cli_files(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const cases[][2] = {
		{ "cloud API key kept in plain text",
		  "After msb login the backend API key sits in ~/.config/msb/credentials.toml, readable by\n"
		  "anything that runs as me, a plain text file and no keychain." },
		{ "token in AppData",
		  "On Windows the key ends up in %APPDATA%\\microsandbox\\auth.json with no DPAPI." },
		{ "key kept beside other apps' settings",
		  "The CLI writes the token to ~/Library/Application Support/microsandbox/token in clear." },
		{ "key printed in full",
		  "msb config show prints the whole cloud API key instead of its last four characters." },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = classify(rules, cases[i][0], cases[i][1], FALSE);
		if (g_strcmp0(a->component, "core") != 0 || g_strcmp0(a->component_source, "patterns") != 0 ||
		    a->component_evidence == NULL || g_str_has_prefix(a->component_evidence, "default"))
			g_error("\"%s\": want core by pattern, got %s (%s, %s)", cases[i][0], a->component,
				a->component_source, a->component_evidence);
	}
	/* a path of another program, or msb named without the command */
	static const char *const other[][2] = {
		{ "editor stores its token in clear",
		  "Our editor plugin keeps a token in ~/.config/acme-editor/credentials.json." },
		{ "login page", "The msb documentation's login page loads a script over plain http." },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(other); i++) {
		g_autoptr(StAnalysis) a = classify(rules, other[i][0], other[i][1], FALSE);
		if (g_strcmp0(a->component, "core") == 0 && a->component_evidence != NULL &&
		    !g_str_has_prefix(a->component_evidence, "default"))
			g_error("\"%s\": core by a CLI-file pattern (%s)", other[i][0], a->component_evidence);
	}
}

/* The signature block is not read for the class or the component; the
 * lines after its blank line are. */
static void
test_signature_not_read(void)
{
	static const char sig_rules[] =
		"[classify]\ncomponent_min = 8\ndefault_component = core\ncomponent_words = never\n"
		"quoted_percent = 100\n"
		"[component.release_infra]\nweight = 10\nmatch.named = release engineering\n"
		"[component.cloud]\nweight = 10\nmatch.named = managed cloud\n";
	g_autoptr(StRules) rules = tu_rules_text(sig_rules);
	g_autoptr(StAnalysis) a = classify(rules, "odd", "The guest reads host files.\n\n-- \n"
					   "Kim | release engineering\n", TRUE);
	g_assert_cmpstr(a->component, ==, "core");
	/* a quoted line ends the block */
	g_autoptr(StAnalysis) b = classify(rules, "odd", "The guest reads host files.\n--\nKim\n"
					   "> our release engineering found it\n", TRUE);
	g_assert_cmpstr(b->component, ==, "release_infra");
	/* text after the block's blank line */
	g_autoptr(StAnalysis) c = classify(rules, "odd", "See below.\n-- \nKim\n\n"
					   "The managed cloud shows other keys.\n", TRUE);
	g_assert_cmpstr(c->component, ==, "cloud");
	/* "--" inside a fence is code */
	g_autoptr(StAnalysis) d = classify(rules, "odd", "```\n--\nrelease engineering\n```\n", TRUE);
	g_assert_cmpstr(d->component, ==, "release_infra");
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/component-needs-claim", test_component_needs_claim);
	g_test_add_func("/classify/component-cloud-through-sdk", test_component_cloud_through_sdk);
	g_test_add_func("/classify/component-poc-attachment", test_component_poc_attachment);
	g_test_add_func("/classify/platform-na", test_platform_na);
	g_test_add_func("/classify/component-sdk-path", test_component_sdk_path);
	g_test_add_func("/classify/components", test_components);
	g_test_add_func("/classify/component-cli-files", test_component_cli_files);
	g_test_add_func("/classify/signature-not-read", test_signature_not_read);
	return g_test_run();
}
