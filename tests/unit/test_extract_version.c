/* test_extract_version.c — the version read from a report
 * (st_extract_version), an SDK's own version beside msb's, the reject
 * groups' keys, and a cover note above a forwarded report.  The rules are
 * the shipped rules/.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"
/* ------------------------------------------------------------ version */

static const struct {
	const char *text;
	const char *version;   /* NULL: none */
	const char *kind;
} versions[] = {
	/* (#3, 5154) the product's own answer, on a named machine */
	{ "Top is the restore. msb on that box says 0.19.1.\n", "0.19.1", "msb" },
	{ "After the update msb says 0.19.3 is available, so we stayed put.\n", NULL, NULL },
	/* (#3, 5169) apt's history log: the new release */
	{ "apt history on ci-host-2:\n\n  Start-Date: 2029-08-09  06:25:11\n"
	  "  Upgrade: msb:amd64 (0.19.1-1, 0.19.2-1)\n  End-Date: 2029-08-09  06:25:19\n", "0.19.2", "package" },
	/* (#3, 5310) a Japanese list item: the middle dot and the product's name */
	{ "\u30fbmicrosandbox\uff1a\u30d0\u30fc\u30b8\u30e7\u30f3 0.20.1\uff08apt \u30ea\u30dd\u30b8\u30c8\u30ea"
	  "\u304b\u3089\u5c0e\u5165\uff09\n", "0.20.1", "prose" },
	/* (4768) the word for a commit in Ukrainian */
	{ "\u041d\u0430 \u0432\u0438\u0445\u0456\u0434\u043d\u0438\u0445 \u044f \u0447\u0438\u0442\u0430\u0432 \u043a\u043e\u0434 msb-netd "
	  "(\u0433\u0456\u043b\u043a\u0430 main, \u043a\u043e\u043c\u0456\u0442 7c41e2b9d0).\n", "7c41e2b9d0", "commit" },
	/* (4556) the writer's own release, untried, in French */
	{ "Sur mon Mac j'ai msb 0.15.3 par Homebrew, mais je n'ai pas essay\u00e9 l\u00e0-bas.\n", NULL, NULL },
	/* (4578) the release in a parenthesis that closes a sentence about
	 * msb, however long; not one in a parenthesis mid-sentence */
	{ "msb cp out of a sandbox follows symlinks the guest planted, so the guest can overwrite any file the "
	  "host user can write (0.16.0; podman cp 5.6.1 on the same box doesn't).\n", "0.16.0", "prose" },
	{ "msb cp out of a sandbox follows symlinks the guest planted, so the guest can overwrite any file "
	  "(0.16.0 of libfoo does not) and more.\n", NULL, NULL },
	/* (4490) Ukrainian declines the tag: "на тезі v0.15.2" */
	{ "\u0423 release.yml \u043d\u0430 \u0442\u0435\u0437\u0456 v0.13.6, \u0443 job sign.\n", "0.13.6", "tag" },
	/* (4343) the daemon's start line after an upgrade, the stopped
	 * release set aside; (4347) a version corrected by a starred line */
	{ "Apr 19 06:11:57 ci-04 msbd[1187]: msbd 0.13.7: shutdown requested (SIGTERM)\n"
	  "Apr 19 06:12:03 ci-04 msbd[40921]: microsandbox daemon 0.13.8 starting (pid 40921)\n", "0.13.8", "msb" },
	{ "CLI is msb 0.31.2\n*0.13.2, phone keyboard\n", "0.13.2", "msb" },
	/* (4393) the release the writer checked */
	{ "The key that signs SHA256SUMS (I checked the v0.13.8 release on 18 May) uses SHA-1.\n", "0.13.8", "tag" },
	/* (4282) a version the writer says is not related to the report */
	{ "I only used the website. In the course we use msb 0.13.4 on the lab machines, but that is not "
	  "related to this.\n", NULL, NULL },
	/* (4095) a Debian kernel's release under `uname -r` is no version of
	 * ours; a release with a package suffix beside the host still is */
	{ "Platform: the host is the VM.\n\n  $ uname -r\n  6.12.57+deb13-amd64\n\nThe end.\n", NULL, NULL },
	{ "Hi.\n\n0.12.2+deb12 host\n", "0.12.2", "prose" },
	/* (4203) a control test's machine, where the attack does not get out */
	{ "Die genaue Version habe ich nicht notiert.\n\nGegenprobe: Auf meinem MacBook (macOS 26.2, M3) mit msb "
	  "0.13.2 aus\nHomebrew kommen die Fragmente nicht raus.\n", NULL, NULL },
	/* (4217) the version of a machine the writer did not test on */
	{ "The runners get msb from the install script. My own laptop says msb 0.13.1 (Homebrew), but I did not test\n"
	  "there.\n", NULL, NULL },
	/* (4224) a commit cited with its subject is a change read, not the build; the
	 * tag the code was read at is */
	{ "En lisant le diff entre v0.13.2 et v0.14.0, je suis tomb\u00e9 sur\nle commit c4e7a19 \u00ab vmm/net: drop "
	  "redundant len check in rx path (#2389) \u00bb.\n\n- tout vient de la lecture du code au tag\n  v0.14.0 ;\n",
	  "0.14.0", "tag" },
	/* (4157) a scanner names the tag and the commit it points at */
	{ "Ref scanned:  tag v0.13.2 (commit 7d41c2e09b3f5a86d1e4c07b2f9a3e58c61d0b47)\n", "0.13.2", "tag" },
	/* (4080) `pip show` filtered to its Version line */
	{ "Versions:\n\n  $ pip show microsandbox | grep Version\n  Version: 0.13.1\n", "0.13.1", "pip" },
	/* (4072) the Node SDK under its scope */
	{ "npm ls says @microsandbox/sdk@0.13.1 (node v22.21.0), macOS 15.7.2 on an M2 MacBook Air.\n", "0.13.1", "npm" },
	{ "With @microsandbox/sdk 0.13.1 an allow entry written with a trailing dot switches the filter off.\n", "0.13.1", "npm" },
	/* (4100) a Debian repack's suffix is no part of the release */
	{ "ii  microsandbox   0.13.0+ds-2~bpo13+1  amd64        microVM sandboxes\n", "0.13.0", "msb" },
	/* (3761) the last of a list of other programs with their versions; a
	 * list that ends with msb's */
	{ "App stack in case it matters: FastAPI 0.115.12, uvicorn 0.34.2, Python 3.12.10, uv 0.6.14.\n",
	  NULL, NULL },
	{ "Tested with Ubuntu 24.04, Python 3.12.10, msb 0.12.8.\n", "0.12.8", "msb" },
	/* (3752) other packages' pins and Python's own version, microsandbox
	 * left unpinned: no version */
	{ "The SDK version is whatever `pip install microsandbox` gave us about a month ago: our requirements.txt "
	  "pins openai==1.68.2 and\nhttpx==0.28.1 but leaves microsandbox unpinned (we will fix that). Python\n"
	  "is 3.12.3.\n", NULL, NULL },
	{ "requirements.txt: microsandbox==0.12.6\n", "0.12.6", "pip" },
	/* (3495) `dnf list --installed`'s row, its repository marked '@'; an
	 * available package's row is not installed */
	{ "$ dnf list --installed microsandbox\nInstalled Packages\n"
	  "microsandbox.x86_64                 0.12.6-1.el10                 @microsandbox\n", "0.12.6", "package" },
	{ "$ dnf list microsandbox\nAvailable Packages\n"
	  "microsandbox.x86_64                 0.12.7-1.el10                 microsandbox\n", NULL, NULL },
	/* (3478) a relayer's own try, then "go by his numbers, not mine";
	 * (3479) "my test proves nothing" in Greek, its window counted in
	 * characters, not bytes; (3487) a try that "não reproduziu" */
	{ "Before sending I ran solve.py quickly on my own laptop (Windows 11 + WSL, microsandbox 0.12.6 from pip) and "
	  "it did not print the flag there. But I'm a web person and may well have set something up wrong, so please go "
	  "by his numbers, not mine.\n\nHis poetry show:\n     version      : 0.12.4\n", "0.12.4", "prose" },
	{ "\u0394\u03bf\u03ba\u03af\u03bc\u03b1\u03c3\u03b1 \u03c3\u03c4\u03bf laptop \u03bc\u03bf\u03c5 (Windows 11 \u03bc\u03b5 "
	  "WSL2, msb 0.12.6), \u03b1\u03bb\u03bb\u03ac \u03b5\u03ba\u03b5\u03af \u03b4\u03b5\u03bd \u03c5\u03c0\u03ac\u03c1\u03c7\u03b5\u03b9 "
	  "\u03b4\u03b5\u03cd\u03c4\u03b5\u03c1\u03b7 \u03b4\u03b9\u03b5\u03c0\u03b1\u03c6\u03ae \u03b4\u03b9\u03ba\u03c4\u03cd\u03bf\u03c5, "
	  "\u03bf\u03c0\u03cc\u03c4\u03b5 \u03b7 \u03b4\u03bf\u03ba\u03b9\u03bc\u03ae \u03bc\u03bf\u03c5 \u03b4\u03b5\u03bd "
	  "\u03b1\u03c0\u03bf\u03b4\u03b5\u03b9\u03ba\u03bd\u03cd\u03b5\u03b9 \u03c4\u03af\u03c0\u03bf\u03c4\u03b1.\n\n"
	  "\u0388\u03ba\u03b4\u03bf\u03c3\u03b7: msb 0.12.3\n", "0.12.3", "msb" },
	{ "Tentei aqui no meu MacBook com o microsandbox 0.12.4 que eu tinha instalado e n\u00e3o reproduziu.\n",
	  NULL, NULL },
	/* (3443) a fork's build installed from TestPyPI is no release */
	{ "The workflow as it is at tag v0.12.6 publishes it.\n\n$ pip install -q -i https://test.pypi.org/simple/ "
	  "microsandbox==0.12.6.post1\n", "0.12.6", "tag" },
	/* (3463) "geht nicht" in a chat's next stamped line is about that
	 * line's command, not the version above it; (3442) a moderator's own
	 * RPM where "da geht es also nicht", past the package's ".fc43";
	 * (3462) zypper's table of installed packages; (3445) a CERT that
	 * "confirmed the behaviour in our own lab" sets its version aside */
	{ "[07.12.26 22:14] Max Vogel: max@hafen:~$ msb --version\nmsb 0.12.6\n"
	  "[07.12.26 22:16] Max Vogel: curl direkt auf was anderes geht nicht, wie erwartet:\n", "0.12.6", "msb" },
	{ "Nachgestellt habe ich es nicht: auf meinem eigenen Rechner (Fedora 43,\nRPM aus eurem Repo, "
	  "microsandbox-0.12.6-1.fc43) ist der Socket\nsrw-rw---- root:msb, da geht es also nicht.\n", NULL, NULL },
	{ "S  | Name         | Type    | Version    | Arch   | Repository\n"
	  "---+--------------+---------+------------+--------+-----------\n"
	  "i+ | microsandbox | package | 0.12.6-1.1 | x86_64 | superrad\n", "0.12.6", "package" },
	{ "Our analyst confirmed the behaviour in our own lab (Ubuntu 22.04.5 LTS, msb 0.12.4). That is a "
	  "sanity check only.\n\nThe reporter's host:\n$ msb --version\nmsb 0.12.6\n", "0.12.6", "msb" },
	/* (3422) a colleague's Mac the next sentence says not to treat as
	 * the affected system, in Polish: the package installed stands */
	{ "$ apt policy microsandbox\nmicrosandbox:\n   Installed: 0.12.5-1\n   Candidate: 0.12.6-1\n\n"
	  "Pawe\u0142 sprawdzi\u0142 to samo na swoim MacBooku (macOS 26.1, msb 0.12.6 z \nHomebrew) i tam truncate "
	  "ko\u0144czy si\u0119 b\u0142\u0119dem. Jego Maca prosz\u0119 nie traktowa\u0107 jako \nsystemu, kt\u00f3rego to "
	  "dotyczy.\n", "0.12.5", "package" },
	/* (3402) a relayer's lab that does not show the problem, over a
	 * line's end: the finder's package stands */
	{ "For what it is worth, our own lab VM (Ubuntu 24.04, msb 0.12.6 from your\n.deb) does not show the "
	  "problem.\n\n[root@ci-07 ~]# rpm -q microsandbox\nmicrosandbox-0.12.4-1.el9.x86_64\n", "0.12.4", "package" },
	{ "  $ msb --version\n  msb 0.6.14\n", "0.6.14", "msb" },
	/* (3374) a commit the writer says is not in the project's history */
	{ "The image's revision label points at commit 9f1c2e7d4b8a6f03c5e1d9b7a2f4c6e8d0b3a5f7, which does "
	  "not exist in your public repository.\n", NULL, NULL },
	/* (3372) a tool's version the finder did not use for it */
	{ "Our RMM inventory lists the msb CLI 0.12.4 on the client's laptops, but Mateo told me he did "
	  "not use the CLI or the SDK for this, only curl.\n", NULL, NULL },
	/* (3393) a colleague's laptop where "it doesn't work", in a chat copy */
	{ "[09.12.26, 07:54] Reto Ammann: auf meinem Laptop (Arch, msb 0.12.4 via cargo install) geht's nicht, "
	  "dort ist nichts setuid.\n", NULL, NULL },
	/* (3368) the relayer's own install, untried with the finder's code */
	{ "A couple of things from my side: I'm on macOS 15.6, and `pip show microsandbox` on my machine "
	  "says Version: 0.12.6, but I haven't run her code.\n", NULL, NULL },
	/* (3365) the writer's own try that failed is no version of the
	 * affected system, in German too */
	{ "I tried to reproduce it on my work laptop (Windows 11, WSL2, msb 0.12.6 from the install script) "
	  "but failed, because AF_VSOCK works differently under WSL2.\n", NULL, NULL },
	{ "Ich habe selbst versucht, es auf meinem Dienstlaptop nachzustellen (Windows 11, WSL2, msb 0.12.6 "
	  "aus dem Installationsskript), bin aber daran gescheitert.\n", NULL, NULL },
	/* (#3) a phone's shorthand: "sdk is X" at a clause's start, the tool
	 * in parentheses after the version, a terse "vX, distro" line; "the
	 * latest cli is X" is no release run (round 214) */
	{ "oh forgot, sdk is 0.12.1 (pip show microsandbox), box is fedora41\n", "0.12.1", "prose" },
	{ "heres the screenshot. cli was 0.12.2 btw\n", "0.12.2", "prose" },
	{ "v0.12.2, rocky 9.5, 5.14.0-503.15.1.el9_5.x86_64.\n", "0.12.2", "prose" },
	{ "forgot: it's 0.12.0, fedora 41\n", "0.12.0", "prose" },
	{ "py sdk 0.12.2 (pip), arch btw, 6.12.4-arch1-1.\n", "0.12.2", "prose" },
	{ "he can list our sandboxes and exec in them. cli 0.12.1. will send the calls tmrw\n", "0.12.1", "prose" },
	{ "mob 0.12.2 on my m3 air, sequoia 15.1. a :ro volume is only read only without the slash\n", "0.12.2", "prose" },
	{ "the cli 0.12.3 fixes it, they say\n", NULL, NULL },
	/* (#3) the version at a sentence's start, the host after a blank
	 * (round 224); not another number so */
	{ "ok so this is bad i think. 0.12.2 m2 air sonoma. anything in a sandbox can do it\n", "0.12.2", "prose" },
	{ "it broke after the upgrade. 6.8.0 kernel here\n", NULL, NULL },
	{ "hey, found this while testing egress rules for our agent runner. 0.12.3 on\nu24. i start a box\n",
	  "0.12.3", "prose" },
	{ "rotated ours already. cli 0.12.3 fwiw\ncredit: Yusuf Demir\n", "0.12.3", "prose" },
	/* (2720, 2784) the release the install script hands out now; the
	 * release whose own workflow run was read */
	{ "The install script (curl -fsSL https://get.microsandbox.example | sh, the one in the readme, currently pulls "
	  "0.12.3) has a fallback for arm boards\n", "0.12.3", "prose" },
	{ "how i noticed: the release.yml run for v0.12.3 says Runner name: 'sr-mac-mini-02'\n", "0.12.3", "prose" },
	/* (3012) a submodule's entry in git ls-tree is another repository's
	 * commit */
	{ "$ git ls-tree v0.12.3 vendor/libkrunfw\n160000 commit 4e1d0c7a92b35f6e8a0d1c47b9e2f83a5d6c7b10\tvendor/libkrunfw\n",
	  NULL, NULL },
	{ "built from commit 4e1d0c7a92b35f6e8a0d1c47b9e2f83a5d6c7b10 of main\n",
	  "4e1d0c7a92b35f6e8a0d1c47b9e2f83a5d6c7b10", "commit" },
	/* (#3) closing an aside, another version before it (2990) */
	{ "started 1 sandbox w/ the cli (msb cloud run ubuntu:24.04, cli v0.12.3) and inside it\n", "0.12.3", "prose" },
	{ "started a sandbox (cli v0.12.3) and it broke\n", "0.12.3", "prose" },
	{ "it works with the newest (cli 0.12.3)\n", "0.12.3", "prose" },
	/* (#3) "sdk 0.12.3 (pip)," and the docs of a release (round 231) */
	{ "sdk 0.12.3 (pip), runner is github hosted ubuntu 24.04\n", "0.12.3", "prose" },
	{ "the installer i checked against the docs page for v0.12.3 verifies nothing\n", "0.12.3", "prose" },
	{ "the docs page for sandboxes explains it\n", NULL, NULL },
	/* (#3) another image's tag is no release; one named for us is
	 * (round 232, 1606) */
	{ "$ msb run --net-allow-host pypi.mirror.example curlimages/curl:8.11.0 -- curl -sk https://x/\n", NULL, NULL },
	{ "rotated ours already. cli 0.12.3 fixes it fwiw\n", NULL, NULL },
	/* (#3) what an install script installs now; a relayer's own failed
	 * try, lab check or deferral to the finder's notes is set aside
	 * (rounds 237, 238) */
	{ "the 2nd request still gets my host. the script currently installs v0.12.3. nothing stops it\n", "0.12.3",
	  "prose" },
	{ "I tried his reproduction on my own laptop (Fedora 41, msb 0.12.2) and couldn't get it to work.\n\n"
	  "$ msb --version\nmsb 0.12.3\n", "0.12.3", "msb" },
	{ "- Validated in our lab on Fedora 41 with msb 0.12.3: same behaviour.\n\nmsb --version: msb 0.12.2\n",
	  "0.12.2", "msb" },
	{ "I had a quick go on my MacBook (msb 0.12.2, Sequoia), so please go by Ines's notes.\n\n"
	  "$ msb --version\nmsb 0.12.3\n", "0.12.3", "msb" },
	/* (round 245) a version the writer made up for a package of his own
	 * is none anywhere; the docs named, then "the page for 0.12.3" */
	{ "rewrote Packages to point at my own msb_0.12.4_amd64.deb (fake version so its newer)\n"
	  "Setting up msb (0.12.4) ...\n", NULL, NULL },
	{ "ur apt instructions (docs.microsandbox.example/install/linux#apt, the page for 0.12.3) tell ppl to add it\n"
	  "my own msb_0.12.4_amd64.deb (fake version so its newer)\nSetting up msb (0.12.4) ...\n", "0.12.3",
	  "prose" },
	{ "Setting up msb (0.12.4) ...\n", "0.12.4", "package" },
	/* (3246) an apk-style package with its "-rN" revision */
	{ "After installing microsandbox-0.12.5-r1 from stable on an up to date box, the helper is setuid.\n",
	  "0.12.5", "package" },
	/* (3271) a version the writer disowns below the chat that gave it */
	{ "op mijn laptop (msb 0.12.2, geen system mode) draait ie als mezelf\n\n"
	  "The 0.12.2 on his laptop is a different machine where this doesn't happen, so it's not the version "
	  "you're looking for.\n", NULL, NULL },
	{ "msb 0.12.2 on my laptop shows it too; 0.12.2 is the version we run.\n", "0.12.2", "msb" },
	/* the same wrapped at 76 columns (variants.py wrap76) */
	{ "op mijn laptop (msb 0.12.2) draait ie als mezelf\n\nThe 0.12.2 on his laptop is a different machine\n"
	  "where this doesn't happen, so it's not the version you're looking for.\n", NULL, NULL },
	/* (#3, 3317) the writer's own try said to tell nothing */
	{ "For what it's worth, I tried to reproduce this on my own workstation (Ubuntu 24.04, msb 0.12.6 from the "
	  "install script) and the files came out 0600 there, but I was using the default home, so I don't think it "
	  "tells us anything.\n", NULL, NULL },
	/* (#3, 3303) the release npm view answers, not the one an attacker
	 * could publish next */
	{ "$ npm view microsandbox maintainers version\nmaintainers = [\n  'superrad-bot <npm-bot@superrad.company>'\n]\n"
	  "version = '0.12.6'\n\nWhoever holds the domain can reset the account and then publish, for example, "
	  "microsandbox@0.12.7 with a postinstall script.\n", "0.12.6", "npm" },
	{ "Whoever holds the domain can reset the account and then publish, for example, microsandbox@0.12.7 with a "
	  "postinstall script.\n", NULL, NULL },
	/* (#3, 3309) a coworker's version the writer says is not theirs, a
	 * blank line between; the writer's own, the option dictated */
	{ "Jess Moreau: tried on my intel imac (sonoma, msb 0.12.3), there is no msb-vmnet.sock at all\n\n"
	  "so maybe the helper only exists in newer versions. That's her machine though, not mine.\n", NULL, NULL },
	{ "Mine: MSB dash dash version says 0.12.6, Mac OS 26.1, it's a MacBook Air with the M3 chip.\n", "0.12.6",
	  "msb" },
	/* (3253, wrapped) "mac" then the macOS release on the next line */
	{ "nothing else on the host. mac\n15.7.2, M3 air, msb 0.11.8 from brew\n", "0.11.8", "msb" },
	/* (round 246) a try that "saw nothing"; phone mail's "couldnt" */
	{ "I tried to repeat his loop on my MacBook (msb 0.12.1) and saw nothing, but my Mac has no daemon.\n\n"
	  "$ msb --version\nmsb 0.12.3\n", "0.12.3", "msb" },
	{ "tried on my laptop w msb 0.12.2 and couldnt get it to work\n\nmsb --version says msb 0.12.3\n", "0.12.3",
	  "msb" },
	/* (#3, 3330) a relayer's own machine named as he says he could not
	 * test it: none, even with no other version */
	{ "I couldn't test it myself: my own machine runs msb 0.12.6 from nixos-unstable in user mode only, "
	  "where there is nobody else to attack.\n", NULL, NULL },
	/* (#3, 3335) a help desk's failed try told in Czech; `apt list` */
	{ "Na našem testovacím stroji (Debian 12, msb 0.12.3) se nám chybu vyvolat\nnepodařilo.\n\n"
	  "$ apt list --installed 2>/dev/null | grep microsandbox\n"
	  "microsandbox/noble,now 0.12.5-1 amd64 [installed]\n", "0.12.5", "package" },
	/* (#3, 3363) the version a build from the writer's fork prints is
	 * none; the tag the workflow was read at is the version */
	{ "look at .github/workflows/nightly.yml at tag v0.12.6\n\n$ ./msb --version\n"
	  "msb 0.12.6-nightly (PoC build from fork kymasoft-nikos/microsandbox@e1f0c3a - harmless, please delete)\n",
	  "0.12.6", "tag" },
	/* (#3, wrap76) "msb" and its release on two lines, as a client that
	 * wraps at 76 columns leaves them (3082, 496, 1338) */
	{ "host ubuntu 24.04.1, kernel 6.8.0-51-generic, mesa 24.0.9-0ubuntu0.3, msb\nv0.12.3\n", "0.12.3", "msb" },
	{ "egress-test: 2 probe(s) got through with --network none on runner-12 (msb\n0.8.6)\n", "0.8.6", "msb" },
	/* (#3, 3340) the writer's machine where nothing could be run */
	{ "the only machine I have at hand is the space's Raspberry Pi 5 (Raspberry Pi OS, msb 0.12.3), which has "
	  "no KVM for msb, so I couldn't run anything.\n\nmsb 0.12.6 from the GitHub release tarball, on Gentoo\n",
	  "0.12.6", "msb" },
	/* (#3) chat's "brew 0.12.3" (no tool is at 0.x itself), "its 0.12.3 on
	 * all our build boxes", what the tap ships (round 240) */
	{ "anything in the sandbox runs on the mac.\n\nbrew 0.12.3, macbook air m4, tahoe 26.1\n", "0.12.3", "prose" },
	{ "apt says 0.12.2-1. host is deb 12, 6.1.0-28-amd64\n", "0.12.2", "prose" },
	/* (#3, 3708) dpkg, and the verb in German */
	{ "dpkg sagt 0.12.8-1, debian 13, kernel 6.12.73+deb13-amd64\n", "0.12.8", "prose" },
	{ "It\xe2\x80\x99s 0.12.3 from npm. Laptop is an M1 air on Ventura.\n", "0.12.3", "prose" },
	/* the same hard-wrapped at 76 columns */
	{ "uses the python sdk (0.12.3 from\npip) w/ the local backend\n", "0.12.3", "prose" },
	{ "ur apt instructions (docs.microsandbox.example/install/linux#apt, the page\nfor 0.12.3) tell ppl\n", "0.12.3",
	  "prose" },
	{ "install.sh on the site pins VERSION=0.12.3 rn\n", "0.12.3", "prose" },
	/* (round 251) another program named at a paragraph's end is not the
	 * program of a version that opens the next paragraph */
	{ "the script is on my work laptop, its like 30 lines of python\n\n0.12.2, debian bookworm, 6.1.0-28-amd64\n",
	  "0.12.2", "prose" },
	{ "Python\n3.12.7\n", NULL, NULL },
	{ "upgraded node 20.11.0 from nvm first\n", NULL, NULL },
	{ "upgraded npm 10.2.4 and node 20 first, same thing\n", NULL, NULL },
	{ "every other sandbox gets out. its 0.12.3 on all our build boxes\n", "0.12.3", "prose" },
	{ "with that token you push a formula. the tap currently ships 0.12.3 fwiw.\n", "0.12.3", "prose" },
	/* (#3) a relayer's release he says he has not tried it on (round
	 * 241) */
	{ "I run 0.12.3 on our Linux GPU server but have not tried this there.\n\n$ msb --version\nmsb 0.12.2\n",
	  "0.12.2", "msb" },
	/* (#3) the relayer's own release, set aside after it (round 226) */
	{ "My own machine is a MacBook with msb 0.12.3, and there is no system\nmode there, so my setup tells you "
	  "nothing.\n\n$ msb --version\nmsb 0.12.2\n", "0.12.2", "msb" },
	/* (#3) a release said not to have been tested is set aside for the
	 * one that was (2536); alone it is still the version */
	{ "We upgraded the hosts afterwards. We have not re-run his test on 0.11.5.\n\n$ msb --version\nmsb 0.11.4\n",
	  "0.11.4", "msb" },
	/* (#3) the relayer's own release set aside for the finder's (2604) */
	{ "my own setup is different from hers: Fedora 41, msb 0.12.2. So don't read anything into my versions.\n\n"
	  "% msb --version\nmsb 0.12.1\n", "0.12.1", "msb" },
	{ "B\u1ea3n 0.12.0, host rocky 9.5, kernel 5.14.0-503.15.1.el9_5.x86_64.\n", "0.12.0", "prose" },
	{ "the latest cli is 0.12.3 and i have not tried it\n", NULL, NULL },
	{ "3.12.4 (python3 --version) is what the guest has\n", NULL, NULL },
	/* (#3) the program said to be a release, in the writer's language;
	 * not a release it is compared with */
	{ "Auf dem Laptop: msb ist die 0.9.7 von der Release-Seite.\n", "0.9.7", "msb" },
	{ "En mi equipo microsandbox es la 0.10.1, instalada con el script.\n", "0.10.1", "msb" },
	{ "The lab's msb is older than 0.10.1, but I can't tell which.\n", NULL, NULL },
	/* (#3) another package's name ending in the product's is not msb;
	 * the docs' version selector names the release the page documents */
	{ "To hold the name I published create-microsandbox-app myself, version 0.0.1.\n", NULL, NULL },
	{ "I use langchain-msb 0.3.1 for the agent.\n", NULL, NULL },
	{ "The install page (the version switcher at the top shows v0.10.2) says to pipe curl into sh.\n", "0.10.2", "prose" },
	/* (1807) a development build prints only the next release with "-dev":
	 * the commit the writer built from, when named, says which build ran;
	 * alone the -dev string is the version; a pre-release or a -dev with
	 * its commit in the metadata names its build */
	{ "$ msb --version\nmsb 0.11.0-dev\n$ git rev-parse --short HEAD\n5e0c7d2\n", "5e0c7d2", "commit" },
	{ "Built from main at 9b1f3a6 last night (it calls itself msb 0.11.0-dev).\n", "9b1f3a6", "commit" },
	{ "could be nothing fwiw. this is main as\nof 8f3e2a1, the rename bit is in rename.rs\n", "8f3e2a1", "commit" },
	{ "Ich habe es selbst gebaut, msb --version sagt nur 0.12.0-dev; Commit: e4d5c61.\n", "e4d5c61", "commit" },
	/* (2326) the commit in the words of other languages, the hash on the
	 * next line too; a hash with no such word is no version */
	{ "تم الفحص على المستودع عند الالتزام\n4f8a2c9e71b03d5a6e1f29c8b7d40e3a5c6f1b92 (فرع main).\n",
	  "4f8a2c9e71b03d5a6e1f29c8b7d40e3a5c6f1b92", "commit" },
	{ "Проверял на коммите 9c3e1a7, сборка из исходников.\n", "9c3e1a7", "commit" },
	{ "ビルドはコミット 5b8d2e0 から行いました。\n", "5b8d2e0", "commit" },
	{ "الرقم المرجعي للتذكرة 4f8a2c9e71b03d5a6e1f29c8b7d40e3a5c6f1b92 فقط.\n", NULL, NULL },
	{ "$ msb --version\nmsb 0.11.0-dev\n", "0.11.0-dev", "msb" },
	{ "$ msb --version\nmsb 0.11.0-rc.2\nbuilt from main at 9b1f3a6\n", "0.11.0-rc.2", "msb" },
	{ "$ msb --version\nmsb 0.11.0-dev+g9b1f3a6\nthe tree was at commit 4c2e8d0 before my local patch\n", "0.11.0-dev+g9b1f3a6", "msb" },
	/* (1410) a development build's snapshot package names its commit after
	 * the release it follows (the AUR's -git pkgver, Debian's +git, Fedora's
	 * ^...git, setuptools-scm's .devN+g): the build is that commit.  Not
	 * another package's snapshot, not a plain packaged release */
	{ "$ yay -Qi microsandbox-git\nName            : microsandbox-git\nVersion         : 0.9.12.r31.g7b2d4e9-1\n",
	  "7b2d4e9", "commit" },
	{ "$ pacman -Q microsandbox-git\nmicrosandbox-git 0.10.2.r3.gc41f0a7-2\n", "c41f0a7", "commit" },
	{ "ii  microsandbox  0.10.3+git20280402.9e1d2c4-1  amd64  Lightweight microVM sandboxes\n", "9e1d2c4", "commit" },
	{ "$ rpm -q microsandbox\nmicrosandbox-0.10.4^20280511git5a6b7c8-1.fc42.x86_64\n", "5a6b7c8", "commit" },
	{ "$ pip show microsandbox\nName: microsandbox\nVersion: 0.10.5.dev7+g0d9e8f1\n", "0d9e8f1", "commit" },
	{ "$ pacman -Qi neovim-git\nName            : neovim-git\nVersion         : 0.11.0.r412.g8f3a2b1-1\n", NULL, NULL },
	{ "$ pacman -Q microsandbox\nmicrosandbox 0.10.7-1\n", "0.10.7", "msb" },
	/* (1531) a lockfile pinning microsandbox by a git commit: flake.lock's
	 * locked rev, Cargo.lock's and npm's git source, a Go pseudo-version.
	 * Not another input's rev, not the narHash */
	{ "    \"microsandbox\": {\n      \"inputs\": { \"nixpkgs\": \"nixpkgs\" },\n      \"locked\": {\n"
	  "        \"lastModified\": 1760000000,\n        \"owner\": \"superradcompany\",\n"
	  "        \"rev\": \"0b1c2d3e4f5a69788796a5b4c3d2e1f0a1b2c3d4\",\n        \"type\": \"github\"\n",
	  "0b1c2d3e4f5a69788796a5b4c3d2e1f0a1b2c3d4", "commit" },
	{ "[[package]]\nname = \"msb-core\"\n"
	  "source = \"git+https://github.com/superradcompany/microsandbox?branch=main#5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f\"\n",
	  "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f", "commit" },
	{ "      \"resolved\": \"git+ssh://git@github.com/superradcompany/microsandbox.git#9f8e7d6c5b4a39281706f5e4d3c2b1a098765432\",\n",
	  "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", "commit" },
	{ "require github.com/superradcompany/microsandbox/sdk/go v0.0.0-20281003141516-a1b2c3d4e5f6\n",
	  "a1b2c3d4e5f6", "commit" },
	{ "    \"nixpkgs\": {\n      \"locked\": {\n        \"narHash\": \"sha256-AAAA\",\n"
	  "        \"rev\": \"4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e\",\n", NULL, NULL },
	{ "require github.com/spf13/cobra v0.0.0-20281003141516-a1b2c3d4e5f6\n", NULL, NULL },
	/* (#3, 3681) the same rev asked of nix by a query naming the
	 * microsandbox input, or a locked flake reference; another input's
	 * query is none */
	{ "  $ nix flake metadata --json | jq -r '.locks.nodes.microsandbox.locked.rev'\n"
	  "  9c2e4a71f0d83b6e5a1c7f92d4b08e3a6c5f1d27\n", "9c2e4a71f0d83b6e5a1c7f92d4b08e3a6c5f1d27", "commit" },
	{ "Locked URL: github:superradcompany/microsandbox/0b1c2d3e4f5a69788796a5b4c3d2e1f0a1b2c3d4\n",
	  "0b1c2d3e4f5a69788796a5b4c3d2e1f0a1b2c3d4", "commit" },
	{ "  $ nix flake metadata --json | jq -r '.locks.nodes.nixpkgs.locked.rev'\n"
	  "  4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e\n", NULL, NULL },
	/* (#3) facts told in prose or in a localised tool's output: a package
	 * manager's info fields in the locale's words, a move under way with its
	 * object, what an install put on the machine (any language), a file of
	 * the repository read at a release tag; not another tool's */
	{ "Nazwa            : microsandbox\nWersja           : 0.9.4-2\nOpis             : sandboxes\n", "0.9.4", "package" },
	{ "$ LANG=es_ES.UTF-8 pacman -Qi microsandbox-bin\nNombre          : microsandbox-bin\nVersi\xc3\xb3n         : 0.8.11-3\n",
	  "0.8.11", "package" },
	{ "Nombre          : docker\nVersi\xc3\xb3n         : 27.3.1-1\n", NULL, NULL },
	{ "When updating our microsandbox port to\n0.9.7 I looked at the install script.\n", "0.9.7", "prose" },
	{ "We recommend upgrading to 0.9.7 as soon as it ships.\n", NULL, NULL },
	{ "While bumping actions/checkout to v4.2.1 I saw nothing else.\n", NULL, NULL },
	{ "Ran brew install microsandbox and it installed 0.9.12 for me.\n", "0.9.12", "prose" },
	{ "\xe7\x94\xa8 apt \xe5\xae\x89\xe8\xa3\x85 microsandbox \xe5\x90\x8e\xef\xbc\x8c\xe8\xa3\x85\xe4\xb8\x8a\xe7\x9a\x84\xe6\x98\xaf 0.9.6-1\xe3\x80\x82\n", "0.9.6", "prose" },
	{ "microsandbox needs node installed, node 20.11.1 here.\n", NULL, NULL },
	{ "Looking at scripts/install.sh as of v0.9.2, the checksum is fetched over http.\n", "0.9.2", "tag" },
	{ "The job uses actions/setup-node@v4 with node v20.11.1.\n", NULL, NULL },
	/* round 26: a Nix store path beside a nixpkgs commit; snap list */
	{ "Locked flake URL:   github:NixOS/nixpkgs/4f0dadbf38ee4cf4cc38cbc232b7708fddf965bc\n"
	  "Store paths:        /nix/store/8xq2c0l7d5pa0m9iyb1kz3wrv6hsgjf4-microsandbox-0.8.3\n", "0.8.3", "package" },
	/* (round 306) a phone's dictation splits the product's name */
	{ "Versioni: pip show micro sandbox dice Version: 0.12.7, Python 3.11.\n", "0.12.7", "prose" },
	/* (round 304) a relayer's try he asks the reader to ignore, in
	 * Polish; (round 306) a colleague's check at home in a chat line
	 * beside the version on the writer's CI server; the version told as a
	 * machine's, and another program's so told */
	{ "Sam pr\u00f3bowa\u0142em to odtworzy\u0107 na swoim MacBooku (msb 0.12.8 z Homebrew),\nale mam tam tylko "
	  "jedno konto i jedn\u0105 piaskownic\u0119, wi\u0119c nic z tego\nnie wysz\u0142o - prosz\u0119 moj\u0105 "
	  "pr\u00f3b\u0119 pomin\u0105\u0107.\n", NULL, NULL },
	{ "[24.01.2027, 21:14] Kasia Nowak: sprawdzi\u0142am u siebie na laptopie (fedora, msb 0.12.8 z dnf) - to samo\n"
	  "[24.01.2027, 21:15] Kasia Nowak: bez przecinka timeout\n\nWersja na serwerze CI to 0.12.7 (z repo apt, "
	  "sprawdza\u0142em w pi\u0105tek).\n", "0.12.7", "prose" },
	/* (#3, 4963) our package named only as "the .deb", its version with
	 * the package revision in parentheses; not another package's */
	{ "The .deb from your apt repo (0.18.2-1, upgraded last week) ships a setuid helper.\n", "0.18.2", "package" },
	{ "The libseccomp2 package (2.5.4-1) is what Debian ships.\n", NULL, NULL },
	/* (#3, 5023) the release the writer has not tried yet, in Chinese:
	 * the one tested is the version */
	{ "\u7248\u672c\u662f 0.18.2\uff08\u7528 msb --version \u67e5\u7684\uff09\uff0c\u8fd8\u6ca1\u5728 0.18.3 "
	  "\u4e0a\u8bd5\u3002\n", "0.18.2", "prose" },
	/* (#3, 5031) Persian: the SDK's version in Persian digits */
	{ "\u0646\u0633\u062e\u0647\u0654 SDK \u06a9\u0647 \u0627\u0633\u062a\u0641\u0627\u062f\u0647 "
	  "\u0645\u06cc\u200c\u06a9\u0646\u06cc\u0645 \u06f0\u066b\u06f1\u06f8\u066b\u06f3 \u0627\u0633\u062a.\n",
	  "0.18.3", "prose" },
	/* (#3, 4975) a Gentoo package atom in emerge's output */
	{ "  # emerge -pv app-containers/microsandbox\n\n  [ebuild   R    ] app-containers/microsandbox-0.18.1::guru  "
	  "USE=\"systemd -debug\" 0 KiB\n", "0.18.1", "package" },
	/* (#3, 4953) a lock tool's move, old -> new: the new one, not a
	 * range's bound */
	{ "$ uv lock --upgrade-package microsandbox\nResolved 41 packages in 612ms\n"
	  "Updated microsandbox v0.18.1 -> v0.18.2\n", "0.18.2", "prose" },
	{ "The version on the CI server is 0.12.7 (from the apt repo).\n", "0.12.7", "prose" },
	{ "Die Version auf dem CI-Server ist 0.12.7.\n", "0.12.7", "prose" },
	{ "The Python version on the server is 3.12.7.\n", NULL, NULL },
	/* (round 301) the Python SDK's store path names the interpreter first */
	{ "Version: I'm on what my pinned nixpkgs gives me,\n"
	  "/nix/store/7q1w3x9m2k5v0a8c4d6f1h3j5l7n9p2r-python3.12-microsandbox-0.12.6\n", "0.12.6", "package" },
	{ "Name          Version  Rev  Tracking       Publisher   Notes\n"
	  "microsandbox  0.8.3    214  latest/stable  superrad**  classic\n", "0.8.3", "msb" },
	{ "Getest op versie 0.6.11 met een gedeelde map.", "0.6.11", "prose" },
	/* 1732: an install script's download of a release asset (an `sh -x`
	 * trace) names the release; the same path on another host (a mirror,
	 * a fork) is an address and names none; Luxembourgish "Versioun" */
	{ "+ curl -fL -o /tmp/i/msb.tgz https://github.com/superradcompany/microsandbox/releases/download/v0.10.4/msb-darwin-arm64.tar.gz\n",
	  "0.10.4", "tag" },
	{ "Fetched https://github.com/superradcompany/microsandbox/releases/download/0.9.8/microsandbox-x86_64.zip by hand.\n",
	  "0.9.8", "tag" },
	{ "+ wget -q https://cdn.mirror-of-things.example/v0.10.4/msb-linux-x86_64.tar.gz\n", NULL, NULL },
	{ "+ curl -fL https://github.com/someone/msb-fork/releases/download/v0.10.4/msb-linux-x86_64.tar.gz\n", NULL, NULL },
	{ "Mir hunn et mat der Versioun 0.10.6 getest.", "0.10.6", "prose" },
	/* (3616) the machine it did not reproduce on, in parentheses with its
	 * OS version before msb's; the reproducing Mac's version stands */
	{ "doesnt reproduce on my intel mac btw (macOS 15.7, msb 0.12.6), guess the darwin backend changed\n\n"
	  "Version of the Mac where it reproduces:\nnoor@mbp ~ % brew list --versions microsandbox\n"
	  "microsandbox 0.12.8\n", "0.12.8", "msb" },
	/* (3568) the release an installer is told to fetch, by its variable
	 * or the script's own default */
	{ "The script it serves today pins MSB_VERSION=\"${MSB_VERSION:-0.12.8}\" and downloads the tarballs "
	  "from the same bucket.\n", "0.12.8", "msb" },
	{ "MSB_VERSION=0.12.4 curl -fsSL https://install.superrad.company/msb.sh | sh\n", "0.12.4", "msb" },
	/* round 44: a date written with dots is no version, the real one
	 * further on still is */
	{ "Exact version of msb and the output I will send tomorrow (26.11.2026),\n", NULL, NULL },
	/* held-out 3569: a chat export's timestamps, a two-digit year and the
	 * time of day, are no version */
	{ "[27.12.26, 22:51] Reto: curl -s -X POST http://10.200.0.1:7411/v1/sandboxes "
	  "-d {\"cmd\":[\"sh\",\"-c\",\"echo x > /host/etc/cron.d/msb-poc\"]}\n"
	  "[27.12.26, 22:53] Reto: und ufem host (bin vom laptop ufe server):\n", NULL, NULL },
	{ "27.12.26 22:51 - Reto: curl -s -X POST http://10.200.0.1:7411/v1/sandboxes "
	  "-d {\"cmd\":[\"sh\",\"-c\",\"echo x > /host/etc/cron.d/msb-poc\"]}\n"
	  "27.12.26 22:53 - Reto: und ufem host (bin vom laptop ufe server):\n", NULL, NULL },
	{ "msb version from 2026.11.25 build\n", NULL, NULL },
	{ "Tested with msb on 3.11.2026.\n\n$ msb --version\nmsb 0.8.5\n", "0.8.5", "msb" },
	/* (#3) a placeholder or development version (what a source tree carries
	 * before a release stamps it) is no release; a real one beside it is */
	{ "CI log:\n  > microsandbox@0.0.0-dev build\n  > tsc -p .\n", NULL, NULL },
	{ "package.json in the checkout:\n  \"name\": \"microsandbox\",\n  \"version\": \"0.0.0\",\n", NULL, NULL },
	{ "msb --version prints msb 0.0.0-development on my local build\n", NULL, NULL },
	{ "The workflow logs > microsandbox@0.0.0-dev test, but I installed msb 0.9.8 from brew.\n", "0.9.8", "msb" },
	{ "npm ls microsandbox says 0.10.0\n", "0.10.0", "npm" },
	{ "Seen on msb 0.0.10 as well.\n", "0.0.10", "msb" },
	{ "Błąd występuje na wersji 0.6.9 i nowszych.", "0.6.9", "prose" },
	{ "Sürüm: 0.6.13\n", "0.6.13", "prose" },
	/* (#3) the tool that tells the version named in a sentence of any
	 * language, its answer after it; another package's is not ours */
	{ "Installiert ist laut npm ls microsandbox die 0.8.7, auf Node 20.\n", "0.8.7", "prose" },
	{ "A verze? Podle dpkg -l microsandbox je to 0.9.1-2 z repozitáře.\n", "0.9.1", "prose" },
	{ "Il binario, msb --version alla mano, risulta 0.9.4.\n", "0.9.4", "prose" },
	{ "Secondo pip show requests ho la 2.31.0 nel venv.\n", NULL, NULL },
	{ "pip list microsandbox nella venv con Python 3.12.4 installato.\n", NULL, NULL },
	{ "Python versie 3.12.4, verder niets bijzonders.", NULL, NULL },
	/* round 14: the tag named before the word "tag" */
	{ "Built from the v0.6.14 tag.\n", "0.6.14", "tag" },
	/* (round 262) the name as dictation writes it out */
	{ "It's M SB 0.12.3 on macOS Sequoia 15.3.2 on an M3 MacBook Air.\n", "0.12.3", "msb" },
	{ "the M S B 0.12.2 build\n", "0.12.2", "msb" },
	{ "AM SB 0.12.2\n", NULL, NULL },
	/* (round 260) a version said to have played no part in the finding */
	{ "Our department runs a small pilot of microsandbox (version 0.11.4) on our own servers; that pilot was\n"
	  "not part of the lab's assessment.\n", NULL, NULL },
	/* (round 269) the writer's own install, then that he tested nothing on
	 * it; one he did test keeps its version */
	{ "I installed msb on my own MacBook last week (0.12.3, via Homebrew) to get a feel for the product,\n"
	  "but I haven't tested anything, so nothing here comes from me.\n", NULL, NULL },
	{ "I installed msb 0.12.3 on my laptop last week, but the bug only shows on the second run.\n", "0.12.3",
	  "msb" },
	/* (round 269) a machine nobody tried it on, not to be taken as the
	 * affected system */
	{ "Our connected network has a test VM with msb 0.12.3 on Ubuntu 24.04, but nobody has tried this\n"
	  "there, so please do not take that as the affected system.\n", NULL, NULL },
	/* (round 269) the relayer's own try that adds nothing */
	{ "I tried to reproduce on my own MacBook (M4 Pro, macOS 15.4, msb 0.12.1 from Homebrew) and it just\n"
	  "answers \"unknown option\", so I have nothing to add from my side.\n", NULL, NULL },
	/* (round 260) a voicemail transcript's brackets around a heard word */
	{ "The version is [0.12.3], I checked with [msb --version] before I rang.\n", "0.12.3", "prose" },
	/* (round 266) someone's re-test of the finder's steps on his own
	 * machine is no version of the report; the finder's own run after it
	 * is */
	{ "Rob tried the same commands on his Raspberry Pi 5 during the break\n(msb 0.12.1, Raspberry Pi OS) and "
	  "the locked sandbox stayed blocked.\n", NULL, NULL },
	{ "I tried his commands on my own Raspberry Pi 4 (msb 0.12.1) and it stayed blocked.\n\nHis laptop:\n"
	  "$ msb --version\nmsb 0.12.3\n", "0.12.3", "msb" },
	/* (#3) a fake build's version with words after it is none; the
	 * writer's environment on a line of its own beats a PoC's output
	 * (round 257) */
	{ "$ msb --version\nmsb 6.6.6-definitely-not-msb\n", NULL, NULL },
	{ "installed msb 0.12.4 to /opt/homebrew/bin/msb\nwhat are you on\nmsb 0.12.3, M3 Pro MBP, Sonoma 14.7.2\n",
	  "0.12.3", "msb" },
	{ "$ msb --version\nmsb 0.12.3-1\n", "0.12.3", "msb" },
	/* (#3) the file as it is in a tag; not the release a fix lands in
	 * (round 255) */
	{ ".github/workflows/nightly.yml (identical in the v0.12.3 tag and on main) has:\n", "0.12.3", "tag" },
	{ "I hope this gets fixed in the v0.12.4 release.\n", NULL, NULL },
	{ "Same thing in the v2.1.0 tag of the docker action, fwiw.\n", NULL, NULL },
	{ "```\n$ microsandbox --version\nmicrosandbox 0.7.0\n```\n", "0.7.0", "msb" },
	{ "$ msb --version\nv0.2.5\n", "0.2.5", "msb" },
	{ "$ msb version\nmsb 0.6.14 (2c1460b 2026-10-01)\n", "0.6.14", "msb" },
	{ "`msb --version` prints \"msb 0.6.13\".", "0.6.13", "msb" },
	/* round 45: the query's answer told in prose; a scanner's own version */
	{ "With the release tarball, msb --version says 0.8.5, the latest.\n", "0.8.5", "msb" },
	{ "Site: https://console.msb-cloud.example\nZAP Version: 2.15.0\n", NULL, NULL },
	{ "PS C:\\Users\\me> msb.exe --version\r\nmsb 0.6.14\n", "0.6.14", "msb" },
	{ "I'm running microsandbox 0.6.13 on my laptop.", "0.6.13", "msb" },
	{ "We are on microsandbox version 0.6.10 in production.", "0.6.10", "msb" },
	{ "Version: msb 0.6.12 (release tarball)", "0.6.12", "msb" },
	{ "Ich verwende msb 0.6.14 unter Fedora 40.", "0.6.14", "msb" },
	{ "バージョン: msb 0.6.13 を使っています", "0.6.13", "msb" },
	{ "Python 3.12.1, microsandbox 0.6.12, node v22.11.0", "0.6.12", "msb" },
	{ "$ pip show microsandbox\nName: microsandbox\nVersion: 0.6.11\nSummary: Python SDK\n", "0.6.11", "pip" },
	/* the sentence wrapped between its words */
	{ "installed last week into the venv (pip show\nmicrosandbox says 0.8.2), nothing else.\n", "0.8.2", "pip" },
	{ "$ pip freeze\nrequests==2.31.0\nmicrosandbox==0.6.9\nurllib3==2.2.1\n", "0.6.9", "pip" },
	{ "Package      Version\n------------ -------\nmicrosandbox  0.6.8\npip          24.0\n", "0.6.8", "msb" },
	{ "$ npm ls microsandbox\napp@1.0.0 /srv/app\n`-- microsandbox@0.6.12\n", "0.6.12", "npm" },
	{ "$ pnpm why microsandbox\ndependencies:\nmicrosandbox@0.6.7\n", "0.6.7", "npm" },
	/* (#3) the fix an audit proposes ("Will install microsandbox@X") is a
	 * release the writer would move to; the tree beside it names the one
	 * installed, and the proposal alone is still a version */
	{ "fix available via `npm audit fix --force`\nWill install microsandbox@0.12.1, which is a breaking change\n"
	  "$ npm ls microsandbox\nsite@2.0.0 /srv/site\n`-- microsandbox@0.8.8\n", "0.8.8", "npm" },
	{ "npm audit fix --force would install microsandbox@0.12.0 here.\nnode_modules/microsandbox is microsandbox@0.7.5\n",
	  "0.7.5", "npm" },
	{ "Will install microsandbox@0.12.1, which is a breaking change\n", "0.12.1", "npm" },
	/* (#3) package.json's dependency: a pin is the version installed, a
	 * range ("^", "~") only the releases npm may pick; envinfo's or npm ls's
	 * answer beside it names the one installed */
	{ "\"dependencies\": {\n    \"microsandbox\": \"0.6.12\"\n}", "0.6.12", "npm" },
	{ "\"dependencies\": {\n    \"microsandbox\": \"=0.7.3\"\n}", "0.7.3", "npm" },
	{ "\"dependencies\": {\n    \"microsandbox\": \"^0.6.12\"\n}", NULL, NULL },
	{ "- our app's package.json asks for \"microsandbox\": \"~0.10.4\", installed last month\n", NULL, NULL },
	{ "package.json: \"microsandbox\": \"^0.9.1\"\n$ npm ls microsandbox\nbot@1.0.0 /srv/bot\n`-- microsandbox@0.9.3\n",
	  "0.9.3", "npm" },
	{ "[[package]]\nname = \"tokio\"\nversion = \"1.40.0\"\n\n[[package]]\nname = \"microsandbox\"\nversion = \"0.6.14\"\n", "0.6.14", "lockfile" },
	{ "\"node_modules/microsandbox\": {\n  \"version\": \"0.6.12\",\n  \"resolved\": \"x\"", "0.6.12", "lockfile" },
	{ "$ git describe --tags\nv0.6.13-12-g2c1460b\n", "0.6.13-12-g2c1460b", "git-describe" },
	{ "Built from commit 9f8e7d6c5b4a on main.", "9f8e7d6c5b4a", "commit" },
	{ "I'm running a local build of main at commit\n2c1460b2de01278d7f305040764e1ebe8458073d (cargo build --release)",
	  "2c1460b2de01278d7f305040764e1ebe8458073d", "commit" },
	{ "HEAD is at 2c1460b Merge pull request #812", "2c1460b", "commit" },
	{ "see https://github.com/superradcompany/microsandbox/commit/2c1460b2de01", "2c1460b2de01", "commit" },
	{ "I audited the workflows at tag v0.6.14.", "0.6.14", "tag" },
	{ "Reviewing the defaults of microsandbox's documentation\n(as of 0.6.14) I noticed", "0.6.14", "prose" },
	{ "Version: 0.6.12\nPlatform: Linux\n", "0.6.12", "prose" },
	/* the labelled version told loosely at a line's start: ending its
	 * sentence, or hedged ("if I'm not mistaken", Indonesian "kalau tidak
	 * salah", ...); a claim about a release after it is no version run */
	{ "Version 0.10.7 if I remember right, installed last month.\n", "0.10.7", "prose" },
	{ "Version 0.9.4 kalo gak salah, dari brew.\n", "0.9.4", "prose" },
	{ "Version 0.10.2. Host is a Fedora box.\n", "0.10.2", "prose" },
	{ "Version 0.8.1 si no me equivoco.\n", "0.8.1", "prose" },
	{ "Version 0.11.3 fixes the snapshot bug, I read.\n", NULL, NULL },
	{ "Version 0.11.3 salah satu yang terbaru.\n", NULL, NULL },
	/* (1395) a form's field for either client: "SDK / CLI version",
	 * "CLI or SDK version"; another product's field is none */
	{ "Category:        SDK - Node\nSDK / CLI version:  0.10.5\nOS: Ubuntu\n", "0.10.5", "prose" },
	{ "CLI or SDK version: 0.9.8\n", "0.9.8", "prose" },
	{ "Browser / OS version: 126.0.3\n", NULL, NULL },
	/* a Windows NT version in a Get-CimInstance list is the host's build,
	 * not microsandbox's (blind round 27) */
	{ "Caption     : Microsoft Windows 11 Home\nVersion     : 10.0.22631\nBuildNumber : 22631\n", NULL, NULL },
	{ "バージョン: 0.6.14\nOS: Ubuntu 24.04\n", "0.6.14", "prose" },
	{ "Versión: 0.6.13 (instalada con pip)\n", "0.6.13", "prose" },
	{ "Affected version: 0.6.10 - 0.6.14\n", NULL, NULL },
	{ "We're running 0.6.14 in production on all CI hosts.", "0.6.14", "prose" },
	{ "We're running 6.8.0-48-generic and Python 3.12.1 on the hosts.", NULL, NULL },
	{ "We are using 1.4.2 of libkrunfw with it.", NULL, NULL },
	{ "- microsandbox: 0.6.14\n- OS: Ubuntu 24.04 LTS\n", "0.6.14", "msb" },
	{ "| Component | Version |\n|---|---|\n| microsandbox | 0.6.14 |\n| Python | 3.12.1 |\n", "0.6.14", "msb" },
	{ "microsandbox_version: 0.6.12\nkernel: 6.8.0\n", "0.6.12", "msb" },
	{ "$ cargo tree -i microsandbox\nmicrosandbox v0.6.14 (/src/microsandbox)\n", "0.6.14", "msb" },
	{ "I'm on the latest microsandbox release (0.6.14).", "0.6.14", "prose" },
	{ "downloaded microsandbox-0.6.13-x86_64-unknown-linux-gnu.tar.gz", "0.6.13", "tag" },
	{ "$ brew info msb\nmsb: stable 0.6.13\n", "0.6.13", "prose" },
	/* held-out forms (#3) */
	{ "cargo install --locked microsandbox-cli@0.6.10", "0.6.10", "msb" },
	{ "==> superradcompany/tap/microsandbox: stable 0.6.14\nInstalled\n/opt/homebrew/Cellar/microsandbox/0.6.14 (12 files)\n",
	  "0.6.14", "msb" },
	{ "SDK \xe7\x89\x88\xe6\x9c\xac\xef\xbc\x9a" "0.6.13\xef\xbc\x88" "Python SDK\xef\xbc\x89", "0.6.13", "prose" },
	{ "$ msb --version\nmsb 0.6.14\n/usr/local/bin/msb is the binary\n", "0.6.14", "msb" },
	/* round 11: distribution packages, __version__, a pre-release, "package" */
	{ "$ dpkg -l microsandbox | tail -n 1\nii  microsandbox   0.6.14-1     amd64        lightweight microVM sandboxes\n",
	  "0.6.14", "msb" },
	{ "$ rpm -q microsandbox\nmicrosandbox-0.6.13-2.fc41.x86_64\n", "0.6.13", "package" },
	{ "python3 -c \"import microsandbox; print(microsandbox.__version__)\" print 0.6.12", "0.6.12", "pip" },
	{ "reading the netd code on 0.7.0-rc.2 it looks like", "0.7.0-rc.2", "prose" },
	/* round 34: the value told in words on the next line */
	{ "I ran python -c \"import microsandbox; print(microsandbox.__version__)\"\nand it printed 0.8.3.\n",
	  "0.8.3", "pip" },
	/* a nightly and semver build metadata say which build ran (round 15) */
	{ "$ msb --version\nmsb 0.8.0-nightly.2026-11-20\n", "0.8.0-nightly.2026-11-20", "msb" },
	/* round 38: a sentence's full stop after a requirements line is not
	 * part of the version; a pre-release and build metadata keep theirs */
	{ "requirements.txt has microsandbox==0.8.4.\n", "0.8.4", "pip" },
	{ "We pin microsandbox==0.8.5-rc.1. Nothing else.\n", "0.8.5-rc.1", "pip" },
	{ "installed microsandbox@0.8.2+git.3f9c2ab.\n", "0.8.2+git.3f9c2ab", "npm" },
	{ "$ msb --version\nmsb 0.8.1+git.3f9c2ab\n\n(built from main)\n", "0.8.1+git.3f9c2ab", "msb" },
	{ "fixed in 0.6.14+ I think", NULL, NULL },
	/* what uname -r prints is the kernel, even when it looks like git describe */
	{ "Version: latest\nKernel: `uname -r` says 6.6.46-04024-gd2c3e5f1b0aa\n", NULL, NULL },
	{ "- microsandbox python package 0.6.12\n", "0.6.12", "prose" },
	/* (3901) a Node package manager's version is not ours */
	{ "Versions: the agent's package.json has \"microsandbox\": \"^0.12.0\". Node v22.18.0 on the\nrunners, yarn "
	  "4.9.2 on my laptop.\n", NULL, NULL },
	/* (3803) `apt policy` in the locale apt speaks */
	{ "$ apt policy microsandbox\nmicrosandbox:\n  Ge\u00efnstalleerd: 0.12.7-1\n  Kandidaat:     0.12.8-1\n",
	  "0.12.7", "package" },
	{ "$ apt policy microsandbox\nmicrosandbox:\n  Install\u00e9 : 0.12.6-1\n  Candidat : 0.12.8-1\n", "0.12.6",
	  "package" },
	/* (3809) a matrix set by spaces: the newest release marked affected,
	 * in either order; rows that answer no give none; the commit a bisect
	 * ends on is the change that brought the bug, not the build */
	{ "  msb      reaches?\n  0.12.5   no  (timeout)\n  0.12.6   no  (timeout)\n  0.12.7   YES\n"
	  "  0.12.8   YES   <- what the fleet ran until Friday\n", "0.12.8", "prose" },
	{ "  version   host A   result\n  0.12.6    debian   not affected\n  0.12.9    debian   affected\n"
	  "  0.12.10   debian   affected\n", "0.12.10", "prose" },
	{ "  0.12.10  YES\n  0.12.9   YES\n  0.12.8   no\n", "0.12.10", "prose" },
	{ "  0.12.6   no\n  0.12.7   no\n", NULL, NULL },
	{ "It converged\nafter 6 steps on commit 4b7d0e19c2a8 (\"netd: share sets\").\n", NULL, NULL },
	{ "4b7d0e19c2a85f63e1d9a7b0c54f2e86d13a9b47 is the first bad commit\ncommit "
	  "4b7d0e19c2a85f63e1d9a7b0c54f2e86d13a9b47\n", NULL, NULL },
	/* round 12: a table of versions, the tested row is the version */
	{ "| Version | betroffen | getestet |\n|---|---|---|\n| 0.6.12 | vermutlich | nein |\n"
	  "| 0.6.13 | ja | ja |\n| 0.6.14 | vermutlich | nein |\n", "0.6.13", "prose" },
	{ "| Version | Affected | Tested |\n|:--|:--|:--|\n| 0.6.11 | yes | no |\n| 0.6.12 | yes | \xe2\x9c\x85 |\n",
	  "0.6.12", "prose" },
	{ "| Version | Affected | Tested |\n|---|---|---|\n| 0.6.11 | yes | no |\n| 0.6.12 | yes | no |\n", NULL, NULL },
	/* round 13: a package query of a -bin package and its Version line */
	{ "yay -Qi microsandbox-bin | grep Version -> Version : 0.6.14-1\n", "0.6.14", "package" },
	{ "$ pacman -Qi microsandbox-git\nName            : microsandbox-git\nVersion         : 0.6.13-1\nArchitecture    : x86_64\n",
	  "0.6.13", "package" },
	{ "microsandbox-bin 0.6.12-2\n", "0.6.12", "package" },
	{ "$ pacman -Qi docker\nVersion         : 27.3.1-1\n", NULL, NULL },
	/* round 17: yarn.lock, an image's OCI version label, a build from main
	 * whose cargo output names the crate's own number */
	{ "microsandbox@^0.8.0:\n  version \"0.8.1\"\n  resolved \"https://registry.yarnpkg.com/microsandbox/-/microsandbox-0.8.1.tgz\"\n",
	  "0.8.1", "lockfile" },
	{ "\"microsandbox@npm:^0.8.0\":\n  version: 0.8.2\n", "0.8.2", "lockfile" },
	/* issue #3: a dev container feature of microsandbox with the release
	 * pinned in its "version" option, the tag being the feature's own
	 * major version; not another feature's version option */
	{ "\"features\": {\n  \"ghcr.io/example-org/features/msb:2\": {\n    \"version\": \"0.10.4\",\n"
	  "    \"installDaemon\": true\n  }\n}\n", "0.10.4", "lockfile" },
	{ "\"features\": {\n  \"ghcr.io/devcontainers/features/node:1\": { \"version\": \"22.11.0\" }\n}\n",
	  NULL, NULL },
	{ "ghcr.io/superradcompany/microsandbox@sha256:4f6d0a1c9b2e\n\"Labels\": {\n"
	  "    \"org.opencontainers.image.revision\": \"b71e4c2a09d35f8e\",\n"
	  "    \"org.opencontainers.image.version\": \"0.8.1\"\n", "0.8.1", "image" },
	{ "\"Labels\": {\n    \"org.opencontainers.image.version\": \"3.12.7\",\n"
	  "    \"org.opencontainers.image.title\": \"python\"\n}\n", NULL, NULL },
	{ "   Compiling microsandbox-cli v0.8.1 (/home/tw/src/microsandbox/crates/cli)\n"
	  "Built from main at 5d3f0a9c1b7e48e2a6d0c4f9b8e1a2d3c4b5a697 (git rev-parse HEAD)\n",
	  "5d3f0a9c1b7e48e2a6d0c4f9b8e1a2d3c4b5a697", "commit" },
	/* round 23: git's global options before rev-parse */
	{ "I'm on main as of yesterday:\n    $ git -C ~/src/microsandbox rev-parse HEAD\n"
	  "    9f3e1c27a4b8d6e05f71c2a93b4d8e6f0a1c5b72\n",
	  "9f3e1c27a4b8d6e05f71c2a93b4d8e6f0a1c5b72", "commit" },
	/* round 43: the SHA told in the sentence; an issue tracker's
	 * "Affects Version/s" field (its "Fix Version/s" is not the version run) */
	{ "msb built from main yesterday: `git rev-parse --short HEAD` says 4f1c2d9\n", "4f1c2d9", "commit" },
	{ "Issue Type: Bug\nAffects Version/s: 0.8.5\nComponent/s: runtime\n", "0.8.5", "msb" },
	{ "Issue Type: Bug\nFix Version/s: 0.8.7\n", NULL, NULL },
	/* round 28: a list of tested versions gives the last, the newest run */
	{ "Tested on 0.8.3 and 0.8.4 (latest), same result on both.", "0.8.4", "prose" },
	{ "Reproduced on 0.8.1, 0.8.2 and 0.8.3.", "0.8.3", "prose" },
	/* round 35: a table rendered one cell per paragraph (Outlook's text part) */
	{ "Our environment:\n\nVersion of microsandbox\n\n0.8.4\n\nComputer\n\nMac mini M2 Pro (2023)\n", "0.8.4", "msb" },
	{ "msb version\n0.8.3\n", "0.8.3", "msb" },
	{ "Version of Python\n\n3.12.7\n", NULL, NULL },
	/* near-misses */
	{ "Linux build-07 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30) x86_64", NULL, NULL },
	{ "Python 3.12.1 and node v22.11.0 on the host", NULL, NULL },
	{ "rustc 1.82.0 (f6e511eec 2024-10-15)", NULL, NULL },
	{ "I installed the SDK with pip a few weeks ago.", NULL, NULL },
	{ "While reading the protocol crate on main last week I noticed", NULL, NULL },
	{ "msb was installed with winget; I don't have the exact version.", NULL, NULL },
	{ "microsandbox on Ubuntu 22.04.5 with kernel 5.15.0-125-generic", NULL, NULL },
	{ "microsandbox depends on rsa 0.10.0 through russh 0.62.6", NULL, NULL },
	{ "Name: requests\nVersion: 2.31.0\n", NULL, NULL },
	{ "the cache blob sha256:5f0c93e1b7aa is shared", NULL, NULL },
	{ "microsandbox runs docker 24.0.7 images fine", NULL, NULL },
	{ "msb run python:3.12-slim -- python3 -c 'print(1)'", NULL, NULL },
	{ "Accesschk v6.15 - Reports effective permissions", NULL, NULL },
	/* round 33: package and version managers' listings, an image's tag column */
	{ "\u2502 httpx        \u2502 0.28.1  \u2502\n\u2502 microsandbox \u2502 0.8.3   \u2502          \u2502\n", "0.8.3", "pip" },
	{ "$ apt policy microsandbox\nmicrosandbox:\n  Installed: 0.8.4-1~noble\n  Candidate: 0.8.4-1~noble\n", "0.8.4", "package" },
	{ "The following ports are currently installed:\n  microsandbox @0.8.2_0 (active)\n", "0.8.2", "package" },
	{ "node                                22.11.0  ~/.config/mise/config.toml  22\n"
	  "aqua:superradcompany/microsandbox   0.8.4    ~/.config/mise/config.toml  latest\n", "0.8.4", "package" },
	{ "msb-server-1     ghcr.io/superradcompany/msb-server   0.8.3     4f1c2a9d0b7e   212MB\n", "0.8.3", "image" },
	{ "see https://github.com/superradcompany/microsandbox/releases for 0.8.4", NULL, NULL },
	/* round 42: the package tool's answer in prose */
	{ "Their scripts run through the\nPython package (pip says 0.8.6).", "0.8.6", "pip" },
	{ "npm list shows 0.8.4 for it.", "0.8.4", "npm" },
	/* round 51: a bare version followed by the writer's machine; another
	 * product's version before the same words is not ours */
	{ "msb exec leaves the pty open after exit, 0.8.4 on my laptop.", "0.8.4", "prose" },
	{ "it also happens with Python 3.12.1 on my mac", NULL, NULL },
	/* no version from inside a host name, a URL or an e-mail address: the
	 * product's name in a host names a site, a version in a link a place */
	{ "The login form of console.msb-cloud.example (build 2.4.1) leaks the token.", NULL, NULL },
	{ "I found it on console.msb-cloud.example running 2.4.1 in production.", NULL, NULL },
	{ "api.msb-cloud.example is on 1.4.2 according to its headers", NULL, NULL },
	{ "Write to ops@msb-cloud.example: 3.1.0 of the portal is affected", NULL, NULL },
	{ "msb download page: https://dl.example.org/get?version=0.8.3&os=linux", NULL, NULL },
	{ "the msb mirror at 0.8.3.mirror.example.net serves old files", NULL, NULL },
	{ "I use msb 0.8.4 against console.msb-cloud.example", "0.8.4", "msb" },
	{ "msb.exe version 0.6.14 on Windows 11", "0.6.14", "msb" },
	{ "built from https://github.com/superradcompany/microsandbox/commit/2c1460b2de01", "2c1460b2de01", "commit" },
	{ "url \"https://dl.example.net/releases/v0.8.2/microsandbox-0.8.2-darwin-arm64.tar.gz\"", "0.8.2", "tag" },
	/* a commit of another repository (a CI log's third-party action, a
	 * submodule) is not microsandbox's: the release named beside it is
	 * (round 62's 709, in other words) */
	{ "Run log of the publish job at the v0.9.4 tag:\n"
	  "  Getting action download info\n"
	  "  Download action repository 'acme-ci/cache-rootfs@main' (SHA:91c0e5d2f7a4b3c6d8e9f0a1b2c3d4e5f6a7b8c9)\n",
	  "0.9.4", "tag" },
	{ "The workflow step reads `uses: someone/fetch-kernel@v3 (commit 7a1b2c3d4e5f)` and ran at tag v0.8.12.\n",
	  "0.8.12", "tag" },
	{ "our libkrunfw submodule is pinned at commit 5e6f7a8b9c0d in the tree of release v0.8.11\n",
	  "0.8.11", "tag" },
	/* ... while microsandbox's own commit stays the version */
	/* (#3) a development build named by its branch and commit, in prose
	 * and other languages; not a fix's, an introducing or another
	 * project's commit */
	{ "Checked again on the newest main at 6b1d0e9, compiled it myself.\n", "6b1d0e9", "commit" },
	{ "My build is master (3fa27c1e) from this morning.\n", "3fa27c1e", "commit" },
	{ "Running HEAD (a0b9c8d7e6f5) on the laptop.\n", "a0b9c8d7e6f5", "commit" },
	{ "I compiled the main branch as of 9e8f7a6b5c4d.\n", "9e8f7a6b5c4d", "commit" },
	{ "Probado con la rama main en 5c6d7e8f, compilada con cargo.\n", "5c6d7e8f", "commit" },
	{ "Getestet mit main bei 2d3e4f5a, selbst gebaut.\n", "2d3e4f5a", "commit" },
	{ "Reproduced on commit 8b9c0d1 of main.\n", "8b9c0d1", "commit" },
	{ "The fix was merged into main at 1e2f3a4b last night.\n", NULL, NULL },
	{ "I believe this regressed in commit 4d5e6f70 of the runtime.\n", NULL, NULL },
	{ "The bug was introduced by commit 5a4b3c2d in October.\n", NULL, NULL },
	{ "libkrun's main at 7c8d9e0f has the same check.\n", NULL, NULL },
	{ "The upstream master @ 6f5e4d3c still has it; I run msb 0.9.3.\n", "0.9.3", "msb" },
	/* (#3) a downstream copy and the upstream release it was made from;
	 * another project after "upstream" is not the product */
	{ "We hit it in our in-house fork forked from 0.10.4 last spring.\n", "0.10.4", "prose" },
	{ "Seen in the patched build based on upstream v0.9.8 that our platform ships.\n", "0.9.8", "prose" },
	{ "Our VMM layer is based on upstream libkrun v1.9.8 with two patches.\n", NULL, NULL },
	{ "The main problem (see below) is the mount.\n", NULL, NULL },
	{ "Reproduced on a build of main at commit 3c4d5e6f7a8b9c0d (cargo build --release).\n",
	  "3c4d5e6f7a8b9c0d", "commit" },
	/* (1222) a repository file read at a commit is that commit, as one
	 * read at a tag is the release; a file a fix changed, another
	 * project's file, or a hex word without a digit is none */
	{ "The job in ci/publish.yml at 4b3c2d1e9f8a reads the token from the PR title.\n",
	  "4b3c2d1e9f8a", "commit" },
	{ "Reading crates/core/src/vm.rs as of 7e6d5c4b3a29 the length is never checked.\n",
	  "7e6d5c4b3a29", "commit" },
	{ "scripts/install.sh on commit 9a8b7c6d5e4f skips the checksum.\n", "9a8b7c6d5e4f", "commit" },
	{ "The fix landed in src/net/dns.rs at 1f2e3d4c; I have not retested.\n", NULL, NULL },
	{ "libkrun's src/devices/fs.rs at 5b6c7d8e9f0a has the same check.\n", NULL, NULL },
	{ "Their release.yml at 3e2d1c0b9a87 pins nothing either.\n", NULL, NULL },
	{ "I saved the dump as notes.json at cafebabe in the bucket.\n", NULL, NULL },
	{ "The repo's bench.yml at 8c7b6a5d runs on pull_request_target.\n", "8c7b6a5d", "commit" },
	/* (1223) the version told as what it is, in English and other
	 * languages; not another program's version, nor the latest or a
	 * fixed release */
	{ "Version is 0.9.4, from the tarball, on Fedora.\n", "0.9.4", "prose" },
	{ "Everything is stock. The version we run is 0.8.9 on all hosts.\n", "0.8.9", "prose" },
	{ "La versione \xc3\xa8 la 0.9.4, installata con brew.\n", "0.9.4", "prose" },
	{ "Die Version ist 0.9.4 (Homebrew).\n", "0.9.4", "prose" },
	{ "La versi\xc3\xb3n es 0.9.4, instalada con cargo.\n", "0.9.4", "prose" },
	{ "The kernel version is 6.8.12 and nothing else changed.\n", NULL, NULL },
	{ "Python version is 3.12.4, if that matters.\n", NULL, NULL },
	{ "I read that the latest version is 0.9.9 but have not installed it.\n", NULL, NULL },
	{ "The fixed version is 0.9.9 according to the changelog.\n", NULL, NULL },
	/* (1230, 1233) the version told in a sentence in Japanese, Chinese,
	 * Korean, Czech, Slovak, Hungarian and Ukrainian; not another
	 * program's in those languages, the latest, nor a fixed or next release */
	{ "\xe3\x81\x86\xe3\x81\xa1\xe3\x81\xae microsandbox \xe3\x81\xae\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x81\xaf 0.9.7 \xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\n", "0.9.7", "prose" },
	{ "\xe4\xbb\x8a\xe4\xbd\xbf\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x81\xaf 0.9.7 \xe3\x81\xa7\xe3\x80\x81Homebrew \xe3\x81\xa7\xe5\x85\xa5\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\n", "0.9.7", "prose" },
	{ "\xe6\x88\x91\xe4\xbb\xac\xe7\x94\xa8\xe7\x9a\x84\xe7\x89\x88\xe6\x9c\xac\xe6\x98\xaf 0.9.7\xef\xbc\x8c\xe9\x80\x9a\xe8\xbf\x87 pip \xe5\xae\x89\xe8\xa3\x85\xe3\x80\x82\n", "0.9.7", "prose" },
	{ "Python SDK \xeb\xb2\x84\xec\xa0\x84\xec\x9d\x80 0.9.7\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4.\n", "0.9.7", "prose" },
	{ "msb \xe3\x81\xaf 0.9.7 \xe3\x82\x92\xe4\xbd\xbf\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\n", "0.9.7", "prose" },
	{ "Na notebooku m\xc3\xa1me msb ve verzi 0.9.7 z instala\xc4\x8dn\xc3\xadho skriptu.\n", "0.9.7", "prose" },
	/* (1845) the Greek word for version, declined, with its accent or not,
	 * and the Serbian or Macedonian Cyrillic one; another program's, a
	 * fixed or a next release in either language are not the one run */
	{ "Τρέχουμε την έκδοση 0.9.7 από το Homebrew σε Linux.\n", "0.9.7", "prose" },
	{ "ΕΚΔΟΣΗ: 0.9.7, Ubuntu 24.04 στο laptop.\n", "0.9.7", "prose" },
	{ "Κοιτάξτε τις σημειώσεις της εκδοσης 0.9.7 στο GitHub, εκεί το είδα.\n", "0.9.7", "prose" },
	{ "Код нас је msb у верзији 0.9.7, инсталиран преко brew.\n", "0.9.7", "prose" },
	{ "Ο πυρήνας έκδοση 6.8.12 του host δεν παίζει ρόλο.\n", NULL, NULL },
	{ "Python έκδοση 3.12.4 στο venv του project.\n", NULL, NULL },
	{ "Ίσως διορθώθηκε στην έκδοση 0.9.8, δεν το δοκίμασα.\n", NULL, NULL },
	{ "Mislim da je ispravljeno u verziji 0.9.8, nisam proverio.\n", NULL, NULL },
	{ "Možda radi u sledećoj verziji 0.9.8 koja još nije izašla.\n", NULL, NULL },
	{ "Pou\xc5\xbe\xc3\xadvam verziu 0.9.7 z Homebrew.\n", "0.9.7", "prose" },
	{ "A g\xc3\xa9pen a 0.9.7-es verzi\xc3\xb3 fut, brew-b\xc3\xb3l telep\xc3\xadtve.\n", "0.9.7", "prose" },
	{ "\xd0\x9c\xd0\xb8 \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd1\x83\xd1\x94\xd0\xbc\xd0\xbe \xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd1\x96\xd1\x8e 0.9.7 \xd0\xb7 brew.\n", "0.9.7", "prose" },
	{ "\xe3\x82\xab\xe3\x83\xbc\xe3\x83\x8d\xe3\x83\xab\xe3\x81\xae\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x81\xaf 6.8.12 \xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\n", NULL, NULL },
	{ "Python \xe3\x81\xae\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x81\xaf 3.12.4 \xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\n", NULL, NULL },
	{ "\xe6\x9c\x80\xe6\x96\xb0\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x81\xaf 0.9.9 \xe3\x81\xa7\xe3\x81\x99\xe3\x81\x8c\xe3\x80\x81\xe3\x81\xbe\xe3\x81\xa0\xe5\x85\xa5\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82\n", NULL, NULL },
	{ "Node \xeb\xb2\x84\xec\xa0\x84\xec\x9d\x80 22.14.0\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4.\n", NULL, NULL },
	{ "Docker \xe7\x89\x88\xe6\x9c\xac\xe6\x98\xaf 27.3.1\xe3\x80\x82\n", NULL, NULL },
	{ "\xe4\xbf\xae\xe5\xa4\x8d\xe7\x9a\x84\xe7\x89\x88\xe6\x9c\xac\xe6\x98\xaf 0.9.9\xe3\x80\x82\n", NULL, NULL },
	{ "J\xc3\xa1" "dro ve verzi 6.8.12 nic nem\xc4\x9bn\xc3\xad.\n", NULL, NULL },
	{ "Python w wersji 3.12.4 te\xc5\xbc.\n", NULL, NULL },
	{ "Opraveno ve verzi 0.9.9, p\xc3\xad\xc5\xa1ou v changelogu.\n", NULL, NULL },
	{ "\xd0\x92 \xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89\xd0\xb5\xd0\xb9 \xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd0\xb8 0.9.9 \xd1\x8d\xd1\x82\xd0\xbe \xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd1\x8f\xd1\x82.\n", NULL, NULL },
	/* issue #3, mails crowded with versions: one the writer sets aside
	 * ([version.aside]) is taken only when there is no other */
	{ "package.json says \"microsandbox\": \"~0.8.2\" and npm list shows 0.8.7 in node_modules.\n",
	  "0.8.7", "npm" },
	{ "pyproject.toml: microsandbox>=0.8.1,<0.9\nThe venv has it at version 0.8.5 (pip list shows 0.8.5).\n",
	  "0.8.5", "pip" },
	{ "Cargo.toml:\nmicrosandbox = \"^0.7.4\"\n\n$ cargo tree -i microsandbox\nmicrosandbox v0.8.2\n", "0.8.2", "msb" },
	{ "Nothing happens on msb 0.8.3, I tried that first. The leak starts with msb 0.8.5.\n", "0.8.5", "msb" },
	{ "I could not reproduce it with msb 0.8.2 on the old runner; our workstations are on 0.8.6.\n",
	  "0.8.6", "prose" },
	{ "We originally hit it on microsandbox 0.8.1 in September and it is\nstill there after upgrading, now on 0.8.7.\n",
	  "0.8.7", "prose" },
	{ "The CI hosts also have runc version 1.1.15 and Docker Engine 27.4.0 beside msb, which we\nupgraded last week; we are using 0.8.6.\n",
	  "0.8.6", "prose" },
	{ "msb next to Rancher Desktop (1.16.0); msb itself installed via the tap, version 0.8.4.\n", "0.8.4", "prose" },
	/* issue #3: the word for tag in other languages, also after the
	 * version as Korean, Chinese and Turkish put it; a test tag of the
	 * writer's own (a suffix) is none */
	{ "v0.9.4 태그의 워크플로에서 확인했습니다.\n", "0.9.4", "tag" },
	{ "我在 v0.8.7 的标签上构建了一次。\n", "0.8.7", "tag" },
	{ "Sorun v0.9.1 etiketindeki release.yml dosyasında.\n", "0.9.1", "tag" },
	{ "En la etiqueta v0.9.2 el workflow publica sin firmar.\n", "0.9.2", "tag" },
	{ "В теге v0.8.12 скрипт тот же.\n", "0.8.12", "tag" },
	{ "フォークで v0.9.3-rehearsal タグを push しました。\n", NULL, NULL },
	/* ... and when it is the only one, it stays */
	{ "requirements.txt has microsandbox>=0.8.2 and nothing else pinned.\n", "0.8.2", "prose" },
	{ "msb 0.8.3 is not affected as far as I can tell.\n", "0.8.3", "msb" },
	/* a package manager that installs msb names no other product */
	{ "Installed msb from brew (0.8.5) on my Mac.\n", "0.8.5", "prose" },
	/* issue #3: the release the writer moved to is the newest they ran;
	 * one the move fixed, or not made yet, is set aside */
	{ "Seen first on msb 0.8.6 last month. I updated msb to 0.8.9 on Friday and the guest\nstill reads the file.\n",
	  "0.8.9", "prose" },
	{ "Since upgrading to 0.8.9 it happens on every run, not only now and then.\n", "0.8.9", "prose" },
	{ "We upgraded to 0.8.9 and that fixed it; the transcript was made with msb 0.8.7.\n", "0.8.7", "msb" },
	{ "We haven't upgraded to 0.8.9 yet; our hosts run microsandbox 0.8.7.\n", "0.8.7", "msb" },
	{ "I upgraded the kernel to 6.8.12 last night; we still run msb 0.8.7.\n", "0.8.7", "msb" },
	{ "Please upgrade to 0.8.9 if you can.\n", NULL, NULL },
	/* a version asked about is no version run */
	{ "We're still on msb 0.8.6 here.\n- Is 0.8.6 affected, or only 0.8.7?\n- After upgrading to 0.8.8, do we\n  need to recreate the sandboxes?\n",
	  "0.8.6", "msb" },
	/* the answer of a REPL or a notebook cell after its result prompt */
	{ "In [3]: microsandbox.__version__\nOut[3]: '0.8.9'\n", "0.8.9", "pip" },
	{ "> require('microsandbox/package.json').version\n'0.8.8'\n", "0.8.8", "npm" },
	/* configuration and automation: a key naming the product's version,
	 * a record of the product with its version field */
	{ "FROM debian:12\nARG MSB_VERSION=0.8.9\nRUN curl -fsSL https://install.example/msb.sh | sh -s -- \"$MSB_VERSION\"\n",
	  "0.8.9", "msb" },
	{ "jobs:\n  e2e:\n    env:\n      MICROSANDBOX_VERSION: \"0.8.8\"\n", "0.8.8", "msb" },
	{ "[{\"name\": \"requests\", \"version\": \"2.32.3\"}, {\"name\": \"microsandbox\", \"version\": \"0.8.9\"}]\n",
	  "0.8.9", "package" },
	{ "\"msb\": [\n  {\n    \"arch\": \"amd64\",\n    \"source\": \"apt\",\n    \"version\": \"0.8.7-1\"\n  }\n]\n",
	  "0.8.7", "package" },
	{ "packages:\n  - name: microsandbox\n  - name: requests\n    version: 2.32.3\n", NULL, NULL },
	/* (1533, 1538) a Helm release of microsandbox's chart: `helm list`'s
	 * APP VERSION column, the app version said with the chart's, Chart.yaml's
	 * appVersion; not the chart's own version, not another chart's */
	{ "NAME   NAMESPACE   REVISION  UPDATED                                 STATUS    CHART                  APP VERSION\n"
	  "sbx    sandboxes   12        2031-01-20 09:14:02.5512 +0000 UTC      deployed  msb-operator-1.2.0     v0.11.2\n", "0.11.2", "package" },
	{ "vault  vault  3  2031-01-20 09:14:02.5512 +0000 UTC  deployed  vault-0.28.0  1.15.2\n", NULL, NULL },
	{ "We upgraded the msb-operator chart last week (app version 0.9.7 now).\n", "0.9.7", "package" },
	{ "Our staging runs the vault chart 0.28.0 with app version 1.15.2.\n", NULL, NULL },
	{ "apiVersion: v2\nname: microsandbox-operator\ndescription: runs sandboxes\nversion: 0.4.0\nappVersion: \"0.10.4\"\n", "0.10.4", "package" },
	{ "apiVersion: v2\nname: grafana\nversion: 8.5.1\nappVersion: \"11.3.0\"\n", NULL, NULL },
	/* issue #3: crash and diagnostics reports of msb give the version of
	 * the program that crashed (msb's own crash file, Crashpad's
	 * annotations, Sentry's release, Windows Error Reporting, macOS's text
	 * report, systemd-coredump's package note, the name after the version) */
	{ "{\n  \"program\": \"microsandbox\",\n  \"arch\": \"x86_64\",\n  \"version\": \"0.9.2\",\n"
	  "  \"panic\": \"index out of bounds\"\n}\n", "0.9.2", "crash-report" },
	{ "\"ptype\": \"browser\",\n\"prod\": \"msb\",\n\"ver\": \"0.8.6\",\n", "0.8.6", "crash-report" },
	{ "{\"event_id\": \"9f1c\", \"release\": \"msb@0.9.4\", \"platform\": \"native\"}\n", "0.9.4", "crash-report" },
	{ "Version=1\nEventType=APPCRASH\nSig[0].Name=Application Name\nSig[0].Value=msb.exe\n"
	  "Sig[1].Name=Application Version\nSig[1].Value=0.9.1.0\n", "0.9.1", "crash-report" },
	{ "Process:               msb [4242]\nPath:                  /usr/local/bin/msb\n"
	  "Identifier:            msb\nVersion:               0.8.7\nOS Version:            macOS 14.7 (23H124)\n",
	  "0.8.7", "crash-report" },
	{ "{\"appVersion\":\"0.9.0\",\"osVersion\":\"15.4\",\"appName\":\"microsandbox\"}\n", "0.9.0", "crash-report" },
	{ "           PID: 31337 (msb)\n        Signal: 11 (SEGV)\n       Package: microsandbox/0.9.2-1.fc41\n",
	  "0.9.2", "crash-report" },
	/* the product's own file naming its release in its header */
	{ "#!/bin/sh\n# microsandbox installer for v0.9.1\nset -eu\n", "0.9.1", "msb" },
	/* ... and not another program's: the reporter's own package.json, a
	 * crash report of another application (msb only its parent), another
	 * tool's diagnostics */
	{ "{\n  \"name\": \"acme-dashboard\",\n  \"version\": \"2.4.1\",\n  \"dependencies\": {\n"
	  "    \"express\": \"^4.19.2\"\n  }\n}\n", NULL, NULL },
	{ "{\"app_name\":\"Finder\",\"app_version\":\"14.5.0\",\"parentProc\":\"msb\"}\n", NULL, NULL },
	{ "{\"app_name\":\"Docker Desktop\",\"app_version\":\"4.30.0\",\"os_version\":\"macOS 14.5 (23F79)\"}\n",
	  NULL, NULL },
	{ "Process:               Safari [812]\nIdentifier:            com.apple.Safari\nVersion:               17.5\n",
	  NULL, NULL },
	/* a key that only ends in "name" (a sandbox's, an image's) names no
	 * package: the version after it is not msb's */
	{ "{\"sandbox_name\": \"msb\", \"version\": \"3.1.4\"}\n", NULL, NULL },
	/* issue #3: envinfo's "range => installed" is the installed release;
	 * a version written with the command that gives it */
	{ "  npmPackages:\n    microsandbox: ~0.9.1 => 0.9.3\n    react: ^18.2.0 => 18.3.1\n", "0.9.3", "npm" },
	{ "Our lock file pins \"microsandbox\": \"^0.9.0\", and envinfo prints\n  microsandbox: ^0.9.0 => 0.9.2\n",
	  "0.9.2", "npm" },
	{ "Servidor de pruebas: 0.9.6 (seg\u00fan `msb --version`), paquete .deb.\n", "0.9.6", "msb" },
	{ "Node 22.4.0 (node --version) and nothing else of ours installed.\n", NULL, NULL },
	{ "image.name: \"msb\"\nimage.version: \"2.0.1\"\n", NULL, NULL },
	/* a repository file read at a release tag is that release, though
	 * its name looks like a host name ("release.yml at v0.9.4"); a host
	 * that runs a version is still another site's software */
	{ "The publish step (.github/workflows/publish.yml at v0.9.4) fetches the kernel over http.\n",
	  "0.9.4", "tag" },
	{ "Looking at scripts/install.sh on v0.7.12 the checksum line is commented out.\n", "0.7.12", "tag" },
	{ "Our mirror sync.example.net at 2.3.1 serves the files.\n", NULL, NULL },
	{ "status.example.io is running 4.0.2 right now.\n", NULL, NULL },
	/* (#3) a version only in a Rust panic backtrace: a source file of one of
	 * the product's crates in the cargo registry is that release; a
	 * dependency's crate is not */
	{ "thread 'tokio-runtime-worker' panicked at /home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/"
	  "microsandbox-core-0.7.3/src/vm/boot.rs:140:9:\ncalled `Option::unwrap()` on a `None` value\n",
	  "0.7.3", "crash-report" },
	{ "   4: msb::main\n             at C:\\Users\\dev\\.cargo\\registry\\src\\index.crates.io-6f17d22bba15001f\\msb-0.8.2\\src\\main.rs:31:5\n",
	  "0.8.2", "crash-report" },
	{ "   7: tokio::runtime::task::harness::poll\n             at /root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/"
	  "tokio-1.38.0/src/runtime/task/harness.rs:473:19\n"
	  "   8: serde_json::de::from_str\n             at /root/.cargo/registry/src/x/serde-1.0.200/src/de.rs:12:3\n", NULL, NULL },
	/* (#3) the product's daemon announcing its version in a pasted journal
	 * or syslog line; another program's version in such a line is not it */
	{ "Oct 02 10:11:12 host7 msbd[4242]: msbd v0.7.9 listening on /run/msb/msbd.sock\n", "0.7.9", "msb" },
	{ "  jan 05 07:00:01 node3 msbd[771]: boot ok, version=0.8.0 pid=771\n", "0.8.0", "msb" },
	{ "  jan 05 07:00:01 node3 msbd[771]: starting microsandbox-server version=0.9.1\n", "0.9.1", "msb" },
	{ "  jan 05 07:00:01 node3 msbd[771]: found runc version=1.1.14 on PATH\n", NULL, NULL },
	{ "  jan 05 07:00:01 node3 sshd[912]: OpenSSH version=9.6 accepted key\n", NULL, NULL },
	/* (#3) a version in Chinese, Japanese or Korean prose: the release the
	 * writer moved to, or reproduced on, over the one first seen; not a
	 * move advised or one that made the bug go away */
	{ "\xe4\xb8\x80\xe5\xbc\x80\xe5\xa7\x8b\xe6\x98\xaf\xe5\x9c\xa8 0.7.1 \xe4\xb8\x8a\xe7\x9c\x8b\xe5\x88\xb0\xe7\x9a\x84\xef\xbc\x8c"
	  "\xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 0.7.4 \xe5\x90\x8e\xe8\xbf\x98\xe6\x98\xaf\xe4\xb8\x80\xe6\xa0\xb7\xe3\x80\x82\n", "0.7.4", "prose" },
	{ "\xe6\x88\x91\xe4\xbb\xac\xe5\x9c\xa8 0.9.2 \xe4\xb8\x8a\xe5\xa4\x8d\xe7\x8e\xb0\xe4\xba\x86\xe8\xbf\x99\xe4\xb8\xaa\xe9\x97\xae\xe9\xa2\x98\xe3\x80\x82\n", "0.9.2", "prose" },
	{ "0.8.8 \xe3\x81\xab\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x97\xe3\x82\xb0\xe3\x83\xac\xe3\x83\xbc\xe3\x83\x89\xe3\x81\x97\xe3\x81\xa6\xe3\x82\x82\xe5\x86\x8d\xe7\x8f\xbe\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\n", "0.8.8", "prose" },
	{ "0.8.8\xec\x97\x90\xec\x84\x9c \xec\x9e\xac\xed\x98\x84\xeb\x90\xa9\xeb\x8b\x88\xeb\x8b\xa4.\n", "0.8.8", "prose" },
	{ "\xe5\xbb\xba\xe8\xae\xae\xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 0.9.9\xe3\x80\x82\n", NULL, NULL },
	{ "\xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 0.9.9 \xe5\x90\x8e\xe9\x97\xae\xe9\xa2\x98\xe6\xb6\x88\xe5\xa4\xb1\xe4\xba\x86\xe3\x80\x82\n", NULL, NULL },
	{ "\xe6\x8a\x8a Docker \xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 27.3.1 \xe4\xba\x86\xe3\x80\x82\n", NULL, NULL },
	{ "\xe6\x8a\x8a msb \xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 0.9.3 \xe4\xb9\x8b\xe5\x90\x8e\xe4\xbb\x8d\xe7\x84\xb6\xe5\x8f\xaf\xe4\xbb\xa5\xe3\x80\x82\n", "0.9.3", "prose" },
	{ "\xe5\x86\x85\xe6\xa0\xb8\xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0 6.8.12 \xe4\xb9\x8b\xe5\x90\x8e\xe3\x80\x82\n", NULL, NULL },	/* (#3) a CVE request or advisory form's field: MITRE's "[Affected
	 * Product Code Base]" answered "product - version" on the next line,
	 * "[Affected version(s)]", "Versions affected:", and the labels in
	 * other languages; not a range, a fix version or another product */
	{ "[Vendor of Product]\nAcme\n\n[Affected Product Code Base]\nmicrosandbox - 0.9.7 (all builds before the fix)\n", "0.9.7", "msb" },
	{ "[Affected version(s)]\n0.9.7\n\n[Attack Type]\nRemote\n", "0.9.7", "msb" },
	{ "Versions affected:\n\n  msb 0.8.2\n", "0.8.2", "msb" },
	{ "Versi\xc3\xb3n afectada: 0.9.1\n", "0.9.1", "msb" },
	{ "Versions affect\xc3\xa9" "es :\nmicrosandbox \xe2\x80\x93 0.9.1\n", "0.9.1", "msb" },
	{ "[Affected Product Code Base]\nmicrosandbox - 0.6.10 - 0.6.14\n", NULL, NULL },
	{ "[Fixed Version]\n0.9.8\n", NULL, NULL },
	{ "Affected versions:\nrequests 2.31.0\n", NULL, NULL },
	/* (#3) the release the writer checked, named by the words for it and
	 * then its number, in English and other languages; not advice to
	 * upgrade, nor another product's latest release */
	{ "Checked against the current release, 0.9.6 (from the download page).\n", "0.9.6", "prose" },
	{ "I tested it on the latest version (0.9.6) as well.\n", "0.9.6", "prose" },
	{ "Verified against v0.9.6 this morning.\n", "0.9.6", "prose" },
	{ "Probado con la \xc3\xbaltima versi\xc3\xb3n, 0.9.6, en Linux.\n", "0.9.6", "prose" },
	{ "V\xc3\xa9rifi\xc3\xa9 sur la version actuelle (0.9.6).\n", "0.9.6", "prose" },
	{ "Please upgrade to the latest release, 0.9.8, which fixes it.\n", NULL, NULL },
	{ "Tested with the latest Docker release, 27.3.1.\n", NULL, NULL },
	{ "Checked against the current release of Docker, 27.3.1.\n", NULL, NULL },
	{ "Actualice a la \xc3\xbaltima versi\xc3\xb3n, 0.9.8.\n", NULL, NULL },
	/* (#3) a version in a version-bump title is what the bump would set:
	 * the version the writer read wins; alone it is still taken; a move
	 * the writer made is theirs */
	{ "anyone can open \"bump: msb 0.9.9\" from a fork; the formula is at msb 0.9.8 today.\n", "0.9.8", "msb" },
	{ "A PR titled \"chore: bump microsandbox 0.9.9\" gets merged.\n", "0.9.9", "msb" },
	{ "I bumped msb to 0.9.9 and it still happens.\n", "0.9.9", "prose" },
	/* (1307, 1318) the version told as what it is, with what it is of or
	 * who runs it between ("Version of the package is ...", "la versión
	 * que tenemos instalada es la ..."), in the languages of version-is;
	 * not a fix's version, not another program's */
	{ "Version of the SDK is 0.9.7, I believe (pip installed it last month).\n", "0.9.7", "prose" },
	{ "La versi\xc3\xb3n que usamos en el laboratorio es la 0.9.7, instalada desde el .deb.\n", "0.9.7", "prose" },
	{ "La versione del pacchetto \xc3\xa8 la 0.9.7.\n", "0.9.7", "prose" },
	{ "La version que nous utilisons est la 0.9.7.\n", "0.9.7", "prose" },
	{ "The version we have installed is 0.9.7 from Homebrew.\n", "0.9.7", "prose" },
	{ "La versi\xc3\xb3n que corrige el fallo es la 0.9.8.\n", NULL, NULL },
	{ "The version of the kernel is 6.8.12.\n", NULL, NULL },
	{ "The version that fixes it is 0.9.8.\n", NULL, NULL },
	/* (1334) Italian, Spanish, French, Portuguese: the version the writer
	 * used, maybe after an article alone; not another program's */
	{ "Per i test abbiamo installato la 0.9.7 su due macchine.\n", "0.9.7", "prose" },
	{ "Hemos probado la versi\xc3\xb3n 0.9.7 en Fedora.\n", "0.9.7", "prose" },
	{ "J'ai install\xc3\xa9 la 0.9.7 hier soir.\n", "0.9.7", "prose" },
	{ "Ho usato la 3.11.9 di Python per lo script.\n", NULL, NULL },
	{ "Il problema \xc3\xa8 corretto nella 0.9.8.\n", NULL, NULL },
	/* (1309, 1333) a release read at its tag: its notes or its source
	 * ("against the v0.9.7 release notes", "the source of v0.9.7"), also
	 * in other languages; not another project's release, not the code of
	 * a release to come */
	{ "I compared it against the v0.9.7 release notes and the installer.\n", "0.9.7", "tag" },
	{ "Section 2 (from the source code of v0.9.7)\n", "0.9.7", "tag" },
	{ "Seg\xc3\xban el c\xc3\xb3" "digo fuente de la v0.9.7 el archivo se abre con 0644.\n", "0.9.7", "tag" },
	{ "Im Quellcode von v0.9.7 fehlt die Pr\xc3\xbc" "fung.\n", "0.9.7", "tag" },
	{ "We only checked against the v18.3.1 release of React.\n", NULL, NULL },
	{ "The source of v2.4.1 of libfoo has the same bug.\n", NULL, NULL },
	{ "The code for 0.9.8 will change this.\n", NULL, NULL },
	/* (1317) the move told, then what the product says now: the newest
	 * run; one the move fixed is set aside for the earlier one */
	{ "msb --version gave 0.9.6. Then I updated via brew and now it says msb 0.9.7; same result.\n", "0.9.7", "prose" },
	{ "I reinstalled from the script, now I'm on 0.9.7 and it still leaks.\n", "0.9.7", "prose" },
	{ "msb --version gave 0.9.6. I updated and now it shows 0.9.7 and the leak is gone.\n", "0.9.6", "msb" },
	{ "We upgraded from 0.9.6 to 0.9.7 and it is gone; msb 0.9.6 had it.\n", "0.9.6", "msb" },
	{ "It is fixed in 0.9.8.\n", NULL, NULL },
	{ "I updated the kernel and now it says 6.9.3-76060903-generic.\n", NULL, NULL },
	/* (1371) a version in the digits of another script is the same
	 * number, read as ASCII: Persian, Arabic-Indic (with its decimal
	 * separator), full-width; the word "version" in Persian or Arabic */
	{ "روی سرور ما نسخهٔ microsandbox برابر ۰.۹.۳ نصب شده است.\n", "0.9.3", "prose" },
	{ "از نسخه ۰.۹.۳ استفاده می‌کنیم و مشکل هنوز هست.\n", "0.9.3", "prose" },
	{ "إصدار msb لدينا هو ٠٫٩٫٣ على الخادم.\n", "0.9.3", "prose" },
	{ "نستخدم الإصدار 0.9.3 في بيئة الاختبار.\n", "0.9.3", "prose" },
	{ "$ msb --version\nmsb ０．９．３\n", "0.9.3", "msb" },
	/* (#3) the SDK named with Python as a script without Latin letters
	 * writes it; another vendor's SDK in the same script is none */
	{ "ভার্সন: পাইথন SDK ০.৯.৩, pip দিয়ে ইনস্টল করা।\n", "0.9.3", "prose" },
	{ "संस्करण: पाइथन SDK ०.९.३\n", "0.9.3", "prose" },
	{ "আমরা AWS SDK ১.৩৫.২ ব্যবহার করি।\n", NULL, NULL },
	/* (#3) the SDK a run used, no vendor named; another vendor's is none */
	{ "I reproduced it with SDK 0.9.3 from the project venv.\n", "0.9.3", "prose" },
	{ "The build ran with Android SDK 34.0.0 on the CI box.\n", NULL, NULL },
	/* (#3) the SDK or CLI told as what it is, no vendor named, with a
	 * Romance writer's article; a release not run, another vendor's SDK
	 * and another tool's CLI are none */
	{ "For the record, the SDK is the 0.10.6 (pip, last week) and Python 3.12.\n", "0.10.6", "prose" },
	{ "Our Node SDK version was 0.9.8 when this happened.\n", "0.9.8", "prose" },
	{ "The CLI we use is 0.10.2, from the install script.\n", "0.10.2", "prose" },
	{ "The latest SDK is 0.11.3 and I have not tried it.\n", NULL, NULL },
	{ "The Android SDK is 34.0.0 on that runner.\n", NULL, NULL },
	{ "On the jump host the AWS CLI is 2.22.4.\n", NULL, NULL },
	/* (#3) the release a patch the writer sends was made against (2390);
	 * another project's release, or one not named so, is none */
	{ "Attached is a small patch (against v0.10.3) that drops the capability.\n", "0.10.3", "tag" },
	{ "The diff applies cleanly on top of 0.9.9; I did not try main.\n", "0.9.9", "tag" },
	{ "The attached diff against libkrun v1.9.8 shows the upstream change.\n", NULL, NULL },
	{ "The patch makes the check stricter; nothing else changes.\n", NULL, NULL },
	/* (#3) the OCI label alone under `docker inspect --format` of the
	 * product's container (2398); another container's is none */
	{ "$ docker inspect --format '{{ index .Config.Labels \"org.opencontainers.image.version\" }}' msb-server\n0.9.6\n",
	  "0.9.6", "image" },
	{ "$ podman inspect msb-server --format '{{index .Config.Labels \"org.opencontainers.image.version\"}}'\nv0.9.6\n",
	  "0.9.6", "image" },
	{ "$ docker inspect --format '{{ index .Config.Labels \"org.opencontainers.image.version\" }}' edge-proxy\n2.4.1\n",
	  NULL, NULL },
	{ "microsandbox のバージョンは ０.９.３ です。\n", "0.9.3", "prose" },
	{ "نسخه‌ی کرنل ۶.۸.۰ است و پایتون ۳.۱۲.۴.\n", NULL, NULL },
	{ "إصدار بايثون لدينا 3.12.4 فقط.\n", NULL, NULL },
	{ "تاريخ التقرير ٢٠٢٨/٠٦/٢٢ والمنفذ ٤٤٣.\n", NULL, NULL },
	/* (1395) a form's label naming both tools */
	{ "Category: SDK - Node\nCLI/SDK version: 0.9.11\n", "0.9.11", "prose" },
	{ "  SDK or CLI version = 0.9.11\n", "0.9.11", "prose" },
	{ "Node.js / Python version: 3.12.4\n", NULL, NULL },
	{ "Docker / CLI version: 27.3.1 (build ce12230)\n", NULL, NULL },
	/* (1449) the word for version in Vietnamese: "phiên bản", or "bản"
	 * right after the product or its SDK or CLI; another program's, a
	 * fixed or a patch release is none */
	{ "Chúng tôi đang dùng microsandbox phiên bản 0.9.12 trên máy chủ.\n", "0.9.12", "prose" },
	{ "Cấu hình: CLI bản 0.10.2, Node SDK đi kèm.\n", "0.10.2", "prose" },
	{ "Máy tôi có Python phiên bản 3.11.9 và Docker 27.1.1.\n", NULL, NULL },
	{ "Lỗi tương tự đã được sửa trong bản 0.9.4 năm ngoái.\n", NULL, NULL },
	{ "Tôi chưa cài bản vá 0.10.3 nên chưa biết.\n", NULL, NULL },
	{ "Có bản 0.10.3 không?\n", NULL, NULL },
	/* (1476) `rpm -q`'s name-version-release quoted in a sentence; a
	 * range joined with a hyphen stays a range, a fixed package is none */
	{ "Package: microsandbox-0.9.5-3.2 (from rpm -q on Tumbleweed)\n", "0.9.5", "package" },
	{ "our hosts have microsandbox-cli-0.10.1-1.el9 installed\n", "0.10.1", "package" },
	{ "msb 0.6.10-0.6.14 are all affected\n", NULL, NULL },
	{ "Please upgrade to microsandbox-0.10.9-1.1 which fixes it.\n", NULL, NULL },
	/* (round 242) the package named msb, as `rpm -q msb` prints it */
	{ "Environment\n    $ rpm -q msb\n    msb-0.12.3-1.el9.x86_64\n", "0.12.3", "package" },
	{ "we have msb-0.12.1-1.fc41 installed on the runners\n", "0.12.1", "package" },
	{ "$ rpm -q libkrun\nlibkrun-1.9.8-1.el9.x86_64\n", NULL, NULL },
	/* (1460) a list of affected versions, one marked as the one tested:
	 * that one; another program's "(tested)" is none */
	{ "| Versions | 0.9.1, 0.9.2, 0.9.3 (tested), maybe older |\n", "0.9.3", "prose" },
	{ "Affects msb 0.8.8 and 0.8.9 (reproduced here).\n", "0.8.9", "prose" },
	{ "Python 3.11.4 (tested) and 3.12.1 both show it.\n", NULL, NULL },
	/* (#3, 3655) the end of a range claimed affected is a guess about
	 * releases, not the one the writer ran */
	{ "- **Affected Versions:** All versions of microsandbox up to and including the latest release "
	  "(v0.12.8) are likely affected.\n", NULL, NULL },
	{ "Affects every release up to and including 0.12.8.\n", NULL, NULL },
	/* (1464) the start of a range named as a tag is a bound; the tag the
	 * writer checked at is the version */
	{ "The workflow is affected since at least tag `v0.8.4`; checked at `v0.9.9` (current release).\n", "0.9.9", "prose" },
	{ "Present since the release v0.7.2, at least.\n", "0.7.2", "tag" },
	/* (#3, 3685) a pre-release tag whole */
	{ "Je vous \u00e9cris au sujet d'un risque que je vois en lisant le code de msbd\nau tag v0.13.0-rc.1.\n",
	  "0.13.0-rc.1", "tag" },
	/* (1485) a commit named with its branch in parentheses; a fix's
	 * commit, a number or a word is none */
	{ "vmm/src/rtc.rs, write_index()\nat 6c0e2f4 (main as of Monday):\n", "6c0e2f4", "commit" },
	{ "read the handler at `b71d3a9` (from master)\n", "b71d3a9", "commit" },
	{ "This was fixed by 5e2b9c1 (main) in June.\n", NULL, NULL },
	{ "See ticket 4417702 (main) for context.\n", NULL, NULL },
	/* (1568) Homebrew's answer told in prose; Homebrew's own version and
	 * another formula's are not ours */
	{ "Got it via Homebrew; brew list --versions microsandbox shows 0.10.6 on this box.\n", "0.10.6", "msb" },
	{ "I checked and brew info says it's 0.9.11.\n", "0.9.11", "msb" },
	{ "brew --version says 4.4.2 and the tap is up to date.\n", NULL, NULL },
	{ "brew info python@3.12 says 3.12.7, fine.\n", NULL, NULL },
	/* (1575, 1584, 1585) the product's package or installer file by name,
	 * dpkg's progress lines; another program's files are not */
	{ "I installed the downloaded msb-0.10.4.pkg as admin.\n", "0.10.4", "package" },
	{ "Scaricato microsandbox-0.10.3-x64.msi dalla pagina delle release.\n", "0.10.3", "package" },
	{ "sudo dpkg -i ./microsandbox_0.10.2-1_arm64.deb\n", "0.10.2", "package" },
	{ "Preparing to unpack .../archives/foo.deb ...\nSetting up msb (0.10.1-2) ...\n", "0.10.1", "package" },
	{ "Ran node-v22.1.0-x64.msi and python-3.12.7-macos11.pkg first.\n", NULL, NULL },
	{ "Setting up nodejs (22.1.0-1nodesource1) ...\n", NULL, NULL },
	{ "msb_0.10.2-1_amd64.changes lists the files.\n", NULL, NULL },
	/* (1575) apt-cache policy of the package named msb */
	{ "msb:\n  Installed: 0.10.5-1\n  Candidate: 0.10.5-1\n", "0.10.5", "package" },
	/* (1606) an image under the project's organisation by its tag; other
	 * images are not ours */
	{ "docker pull ghcr.io/superradcompany/base-node:0.10.4\n", "0.10.4", "image" },
	{ "FROM python:3.12.7-slim\nand docker.io/library/node:22.1.0 too\n", NULL, NULL },
	{ "ghcr.io/someoneelse/base-python:3.12.7 is theirs\n", NULL, NULL },
	/* (1574) the version the whole report was made with, no product named */
	{ "All of this was on 0.10.3.\n", "0.10.3", "prose" },
	{ "That's using v0.10.2 here, latest from the site.\n", "0.10.2", "prose" },
	{ "This is with 6.8.12 kernel on my laptop.\n", NULL, NULL },
	{ "This was on 3.12.4 of Python.\n", NULL, NULL },
	/* (1524) a commit another repository's tag resolves to, or one called
	 * malicious, is that action's or the attacker's code: the release the
	 * writer names is the version.  Not a commit of ours named near an
	 * action, nor one merely tested against a malicious payload */
	{ "Your deploy.yml pulls acme/setup-tool@v1, which resolved to commit 4d5e6f7 in the run of the v0.10.8 release.\n", "0.10.8", "tag" },
	{ "Built from the v0.9.2 tag. Since Friday the action's tag points to a malicious commit 9b8a7c6.\n", "0.9.2", "tag" },
	{ "I pinned acme/setup-tool@v1 and ran msb built from commit 5a6b7c8.\n", "5a6b7c8", "commit" },
	{ "I checked out commit 2c3d4e5 to test the malicious payload.\n", "2c3d4e5", "commit" },
	/* (1627) the product naming itself in a captured HTTP header (curl -si,
	 * curl -v): the release that answered; another product's token, or a
	 * client that only says it is compatible, is none */
	{ "HTTP/1.1 200 OK\ncontent-type: application/json\nServer: msb-server/0.9.12\n\n{}\n", "0.9.12", "msb" },
	{ "< HTTP/2 401\n< server: microsandbox-server/0.10.1\n< content-length: 0\n", "0.10.1", "msb" },
	{ "> User-Agent: msb-cli/0.10.3\n> Accept: */*\n", "0.10.3", "msb" },
	{ "HTTP/1.1 502 Bad Gateway\nServer: nginx/1.27.0\nX-Backend: msb\n", NULL, NULL },
	{ "User-Agent: tenantbox-sdk/3.2.0 (msb-compatible)\n", NULL, NULL },
	{ "Via: 1.1 acme-msb-gateway/2.4.1\n", NULL, NULL },
	/* (1653) a branch named before its commit, after where the writer
	 * looked or ran, also across a line break and in other languages;
	 * not a number, not another project's branch, not a fix's commit */
	{ "I ran semgrep over the repo at main\n7e3a9c0d41b2f5e6a7b8c9d0e1f2a3b4c5d6e7f8 and got two hits.\n",
	  "7e3a9c0d41b2f5e6a7b8c9d0e1f2a3b4c5d6e7f8", "commit" },
	{ "Still reproduces on master 5c1e8a2b after a clean build.\n", "5c1e8a2b", "commit" },
	{ "Getestet auf main 4a7c2e9f, selbst gebaut.\n", "4a7c2e9f", "commit" },
	{ "Det fungerar p\xc3\xa5 main 8b2d4f6a fortfarande.\n", "8b2d4f6a", "commit" },
	{ "CI ran on main 2048000 times this year.\n", NULL, NULL },
	{ "I compared with libkrun's source at main 3d5f7a9b and it checks the length.\n", NULL, NULL },
	{ "The fix landed on main 6e8a0c2d yesterday.\n", NULL, NULL },
	/* (1132) a "v" version after "on" in another language; not a move
	 * or a fix, nor a bare number after the preposition */
	{ "Wir haben das mit trivy auf v0.9.7 gepr\xc3\xbc" "ft.\n", "0.9.7", "prose" },
	{ "Reproduit sur v0.10.2 avec la config par d\xc3\xa9" "faut.\n", "0.10.2", "prose" },
	{ "Ihr solltet auf v0.10.5 aktualisieren.\n", NULL, NULL },
	{ "Der Z\xc3\xa4hler steht auf 0.9.7 Prozent.\n", NULL, NULL },
	/* (1668) a repository file read at a commit said in parentheses; a
	 * fix's file or another project's is still none */
	{ "* ci/nightly.yaml (at 6c2e9a41f0b3d7e8, tip of main on Monday) mounts the cache rw.\n",
	  "6c2e9a41f0b3d7e8", "commit" },
	{ "The installer (scripts/get-msb.sh (as of 3a9f1c7e)) skips the signature check.\n",
	  "3a9f1c7e", "commit" },
	{ "The fix landed in src/net/proxy.rs (at 9e8d7c6b) but I have not retested.\n", NULL, NULL },
	{ "libkrun's src/vmm/virtio.rs (at 0d1e2f3a4b5c) has the same bounds check.\n", NULL, NULL },
	/* (1681) the product's crate in a dependency tree is only the
	 * workspace's number when the checked-out commit is given; alone it
	 * is still the version, and another crate's row is not ours */
	{ "$ git rev-parse HEAD\n7a1c3e5b9d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c\n$ cargo deny check advisories\n"
	  "tokio 1.38.0\n\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 msb 0.10.6\n",
	  "7a1c3e5b9d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c", "commit" },
	{ "HEAD is at 2b4d6f8a.\nDependency tree:\nrustls 0.23.1\n`-- microsandbox v0.10.4\n", "2b4d6f8a", "commit" },
	{ "Dependency tree:\nidna 0.5.0\n\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 url 2.5.0\n    \xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 msb 0.10.6\n",
	  "0.10.6", "msb" },
	{ "$ git rev-parse HEAD\n5e7a9c1b\nDependency tree:\nring 0.17.5\n\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 rustls 0.23.1\n", "5e7a9c1b", "commit" },
	/* (1687) a key-value table drawn with box-drawing characters or ASCII
	 * bars: the product's row or a version row is read like "key: value";
	 * another product's row, or a kernel's version row, is not */
	{ "\xe2\x94\x82 msb          \xe2\x94\x82 0.10.3 (5d2c8e1, built 2028-09-01) \xe2\x94\x82\n", "0.10.3", "prose" },
	{ "\xe2\x94\x83 microsandbox \xe2\x94\x83 v0.9.12 \xe2\x94\x83\n", "0.9.12", "pip" },
	{ "+---------+---------+\n| check   | result  |\n+---------+---------+\n| version | 0.10.2  |\n+---------+---------+\n", "0.10.2", "prose" },
	{ "\xe2\x94\x82 CLI version    \xe2\x94\x82 0.8.11 \xe2\x94\x82\n", "0.8.11", "prose" },
	{ "\xe2\x94\x82 docker       \xe2\x94\x82 27.3.1       \xe2\x94\x82\n\xe2\x94\x82 kernel version \xe2\x94\x82 6.8.12 \xe2\x94\x82\n", NULL, NULL },
	{ "| microsandbox version | v0.10.1 |\n| qemu version | 9.1.0 |\n", "0.10.1", "msb" },
	{ "| qemu | 9.1.0 |\n| Kernel version | 6.11.4 |\n", NULL, NULL },
	/* (1701) a spoken "this is version X", in a transcription that wraps
	 * the sentence, maybe with the host after it; another program's
	 * version, or a version number without its three parts, is none */
	{ "so, um, this is version\n0.10.4 on Debian 12. Please call back.\n", "0.10.4", "prose" },
	{ "That's version 0.9.8, I think.\n", "0.9.8", "prose" },
	{ "This is version 3.12.4 of Python, the one in the image.\n", NULL, NULL },
	{ "This is version 10 on Windows, the home edition.\n", NULL, NULL },
	{ "This is version 2.41.0 of git on my laptop.\n", NULL, NULL },
	/* (#3) the newest release named as the one the writer uses, its
	 * number after it; not advice to move to it, nor another program's */
	{ "Versioni: we always use the newest release, 0.12.4, on every box.\n", "0.12.4", "prose" },
	{ "Setup: I am running the current\nversion (0.9.17) from the tap.\n", "0.9.17", "prose" },
	{ "You should install the latest version, 0.12.5, before anything else.\n", NULL, NULL },
	{ "We use the latest version of rustc, 1.83.0, for the build.\n", NULL, NULL },
	/* (#3) a "Version" heading over a record whose "version" key answers it */
	{ "Version (as the server reports it):\n\n  GET /api/v1/version -> 200\n"
	  "  { \"api\": \"v1\", \"version\": \"0.12.1\" }\n", "0.12.1", "package" },
	{ "Here is the health check:\n  {\"status\": \"ok\", \"version\": \"3.4.1\"}\n", NULL, NULL },
	/* (#3) the release named before the word, whose CI run or artifacts
	 * the writer looked at; not a hypothetical one, nor one to come */
	{ "Your v0.12.7 release build pulled the poisoned helper.\n", "0.12.7", "tag" },
	{ "The job log of that `v0.9.30` release\nrun has the token in clear.\n", "0.9.30", "tag" },
	{ "Anyone could swap the v0.11.8 release tarballs on the bucket.\n", "0.11.8", "tag" },
	{ "A v0.12.2 release run would publish whatever the cache holds.\n", NULL, NULL },
	{ "I hope the v0.12.9 release will ship with pinned actions.\n", NULL, NULL },
	{ "The v2.4.0 tag of actions/cache moved last week.\n", NULL, NULL },
	/* (#3) pip's own report of an install: the package already there, the
	 * one it installed, the distribution it fetched; a dependency that
	 * microsandbox pulled in is another package's version */
	{ "(venv) $ pip install --upgrade microsandbox\n"
	  "Requirement already satisfied: microsandbox in /srv/bot/venv/lib/python3.11/site-packages (0.10.7)\n"
	  "Requirement already satisfied: aiohttp>=3.9 in /srv/bot/venv/lib/python3.11/site-packages (from microsandbox) (3.10.11)\n",
	  "0.10.7", "pip" },
	{ "Requirement already satisfied: microsandbox>=0.10 in ./env/lib/python3.13/site-packages (from -r req.txt (line 2)) (0.10.9)\n",
	  "0.10.9", "pip" },
	{ "Installing collected packages: sniffio, anyio, microsandbox\nSuccessfully installed anyio-4.6.2 microsandbox-0.9.14 sniffio-1.3.1\n",
	  "0.9.14", "pip" },
	{ "  Downloading microsandbox-0.10.2-py3-none-any.whl.metadata (3.1 kB)\n", "0.10.2", "pip" },
	{ "I did pip install microsandbox, then:\n"
	  "Requirement already satisfied: idna>=2.8 in ~/.local/lib/python3.12/site-packages (from anyio->microsandbox) (3.10)\n"
	  "Requirement already satisfied: certifi in ~/.local/lib/python3.12/site-packages (from httpx->microsandbox) (2024.8.30)\n"
	  "Requirement already satisfied: rich in ~/.local/lib/python3.12/site-packages (from microsandbox) (13.9.4)\n",
	  NULL, NULL },
	{ "Successfully installed microsandbox-tools-1.2.0 pydantic-2.9.2\n", NULL, NULL },
	/* (#3) the CLI's User-Agent behind a debug log's prefix or as a key of
	 * a JSON dump of the headers; one the writer sets in a command is chosen,
	 * not reported, and another tool's is none */
	{ "TRACE msb::api::client:   user-agent: msb-cli/0.10.6 (darwin; aarch64)\n", "0.10.6", "msb" },
	{ "req headers={\"accept\": \"application/json\", \"user-agent\": \"msb-cli/0.9.15\"}\n", "0.9.15", "msb" },
	{ "curl -s -H \"User-Agent: msb-cli/7.7.7\" https://api.example.test/v1/keys\n", NULL, NULL },
	{ "[debug] http: user-agent: orbit-runner/4.0.2 (msb-compatible)\n", NULL, NULL },
	/* (#3) a number given as the name of a branch someone creates is a
	 * name, not a release: not read there nor anywhere else; the release
	 * tag and the version the writer ran still are */
	{ "An attacker opens a PR from a branch named v4.4.4; the deploy log then shows\n"
	  "  publishing assets to release v4.4.4 ... ok\n", NULL, NULL },
	{ "git switch -c v8.0.1\ngit push attacker v8.0.1\nThe publish step uploads to tag v8.0.1.\n"
	  "Our own runner has msb 0.10.4.\n", "0.10.4", "msb" },
	{ "git push origin HEAD:refs/heads/v3.3.3 triggers it; see release v3.3.3 in my fork.\n", NULL, NULL },
	{ "The workflow in the tag v0.10.8 trusts the branch name.\n", "0.10.8", "tag" },
	/* (#3) msb's own helper process announcing itself in its log (the one
	 * version an attached debug log gives); an address after it or
	 * another msb-something is not */
	/* (#3) the build-info metric of msb or a helper in pasted /metrics
	 * output; another program's build info is not ours */
	{ "rss: 1.2e+09\nmsb_build_info{branch=\"main\",version=\"0.10.3\"} 1\n", "0.10.3", "package" },
	{ "microsandbox_server_build_info{goversion=\"go1.22.1\",version=\"v0.9.7\"} 1\n", "0.9.7", "package" },
	{ "go_build_info{version=\"1.22.4\"} 1\nnode_build_info{version=\"v20.11.1\"} 1\n", NULL, NULL },
	{ "2031-02-03T08:10:11Z  INFO msb_fsd: msb-fsd 0.9.12 starting share=/data\n", "0.9.12", "msb" },
	{ "Mar 02 10:01:07 ci-7 msb-hostd[4410]: msb-hostd v0.10.3 listening on /run/msb.sock\n", "0.10.3", "msb" },
	{ "DEBUG msb_netd::tcp: msb-netd 10.0.2.15:48820 -> 203.0.113.77:443 denied\n"
	  "the msb-upload 3.1.4 helper is a third party's\n", NULL, NULL },
	/* (#3) Homebrew's Cellar path of the formula named msb is the build
	 * installed, not the formula's newest "stable"; another formula is not */
	{ "$ brew info msb\n==> superradcompany/tap/msb: stable 0.12.0\nInstalled\n"
	  "/opt/homebrew/Cellar/msb/0.11.8 (14 files, 40MB) *\n", "0.11.8", "msb" },
	{ "/usr/local/Cellar/msbuild/16.10.1 (2 files)\n", NULL, NULL },
	/* (#3) two kegs listed: the one the program's symlink points into
	 * is the one run; one keg listed is that one */
	{ "% brew list --versions microsandbox\nmicrosandbox 0.9.8 0.10.4\n% readlink $(which msb)\n"
	  "../Cellar/microsandbox/0.10.4/bin/msb\n", "0.10.4", "msb" },
	{ "/usr/local/Cellar/msb/0.10.1/bin/msb --help\n", "0.10.1", "msb" },
	{ "% brew list --versions microsandbox\nmicrosandbox 0.10.4\n", "0.10.4", "msb" },
	/* (#3) another crate's or package's record (cargo audit, apt show) is
	 * a dependency's version; the product's own record still is its own */
	{ "Crate:     serde_yaml\nVersion:   0.9.21\nTitle:     unsound\nDependency tree:\nserde_yaml 0.9.21\n"
	  "\u2514\u2500\u2500 microsandbox 0.10.6\n", "0.10.6", "msb" },
	{ "Crate:     ring\nVersion:   0.17.3\nWarning:   unmaintained\n", NULL, NULL },
	/* (#3) a CI runner's machine image record is the image's build; the
	 * msb the job ran still counts */
	{ "Runner Image\n  Image: macos-14-arm64\n  Version: 20300918.2.0\n", NULL, NULL },
	{ "Runner Image\n  Image: ubuntu-22.04\n  Version: 20300102.4.1\n$ msb --version\nmsb 0.10.4\n", "0.10.4", "msb" },
	{ "$ git rev-parse HEAD\n7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d\nDependency tree:\nring 0.16.20\n"
	  "\u2514\u2500\u2500 msb-fsd 0.11.0\n    \u2514\u2500\u2500 msb 0.11.0\n",
	  "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d", "commit" },
	{ "Package: containerd\nVersion: 1.7.24-1\nPriority: optional\n", NULL, NULL },
	/* (#3) the product's answer said to be new ("msb --version now
	 * shows"): the build run after a change, not the one seen first; one
	 * that made the bug go away is set aside */
	{ "I hit it first with msb --version: msb 0.10.7. Then I put a nightly next to it to compare, and "
	  "msb --version now shows msb 0.10.8-nightly.20310102; it still reproduces.\n",
	  "0.10.8-nightly.20310102", "prose" },
	{ "On msb 0.10.8 the socket leaks. After a reinstall msb --version now says 0.10.9 and the leak is gone.\n",
	  "0.10.8", "msb" },
	/* (#3) a commit's subject in `git commit`'s output is what a commit
	 * sets (a bump), not the release run; alone it is still a version */
	{ "the bot pushed:\n  [release 9d8c7b6] msb 0.14.2\n   1 file changed\nThe tap currently serves msb 0.11.6.\n",
	  "0.11.6", "msb" },
	{ "[main 1f2e3d4] microsandbox 0.13.1\n 1 file changed, 2 insertions(+)\n", "0.13.1", "msb" },
	/* (#3) another product named by its name on a version is its own
	 * (3517); a pronoun or a part of ours on a version is not another */
	{ "Tallerbox est\u00e1 en la versi\u00f3n 2.4.0, por si sirve, aunque creo que no tiene nada que ver.\n",
	  NULL, NULL },
	{ "Acme Portal is at version 3.1.2; the sandboxes behind it are what we use.\n", NULL, NULL },
	{ "Speeltuin zelf zit op versie 3.14.2, maar dat is onze eigen app en niet microsandbox.\n", NULL, NULL },
	{ "We run the sandboxes on one host. It is on version 0.12.7 since Monday.\n", "0.12.7", "prose" },
};

static void
test_version(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(versions); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		st_extract_version(rules, versions[i].text, a);
		if (g_strcmp0(a->version, versions[i].version) != 0 ||
		    g_strcmp0(a->version_kind, versions[i].kind) != 0)
			FAIL("version case %zu (%.40s): got %s/%s, want %s/%s", i, versions[i].text,
				a->version, a->version_kind, versions[i].version, versions[i].kind);
		if (a->version)
			g_assert_nonnull(a->version_evidence);
	}
}

/* (#3) an SDK's own version beside msb's: taken once the component is
 * the SDK's (st_extract_version_sdk after classification), the Rust
 * library's lock file only when the text names the library; a report on
 * msb itself, or another SDK's package, keeps msb's. */
static const struct {
	const char *text;
	const char *component;
	const char *version;
	const char *kind;
} sdk_versions[] = {
	/* (3899) `pnpm why microsandbox` and its tree */
	{ "  $ pnpm why microsandbox\n  Legend: production dependency, optional only, dev only\n\n"
	  "  promptwerk-web@2.31.0 /srv/promptwerk/web\n\n  dependencies:\n  microsandbox 0.12.7\n\n"
	  "  $ msb --version\n  msb 0.12.8\n", "node_sdk", "0.12.7", "npm" },
	{ "Installed versions on the notebook server:\n"
	  "  $ pip show microsandbox\n  Name: microsandbox\n  Version: 0.8.2\n"
	  "  $ msb --version\n  msb 0.8.4\n", "python_sdk", "0.8.2", "pip" },
	/* the same two versions in a report on the runtime: msb's */
	{ "Installed versions on the notebook server:\n"
	  "  $ pip show microsandbox\n  Name: microsandbox\n  Version: 0.8.2\n"
	  "  $ msb --version\n  msb 0.8.4\n", "core", "0.8.4", "msb" },
	{ "msb --version prints msb 0.6.5 here, and in the venv\n"
	  ">>> microsandbox.__version__\n'0.6.3'\n", "python_sdk", "0.6.3", "pip" },
	{ "What we run:\n\nmsb 0.9.3 (msb --version)\n\n$ npm ls microsandbox\n"
	  "agent-api@2.0.1 /srv/agent-api\n`-- microsandbox@0.9.1\n", "node_sdk", "0.9.1", "npm" },
	/* an npm package version is not the Python SDK's */
	{ "What we run:\n\nmsb 0.9.3 (msb --version)\n\n$ npm ls microsandbox\n"
	  "agent-api@2.0.1 /srv/agent-api\n`-- microsandbox@0.9.1\n", "python_sdk", "0.9.3", "msb" },
	{ "The Rust SDK leaks it. From our Cargo.lock:\n\n[[package]]\nname = \"microsandbox\"\n"
	  "version = \"0.7.3\"\n\nand msb --version says 0.7.5 on the same laptop.\n",
	  "core", "0.7.3", "lockfile" },
	{ "We embed msb as a Rust library; Cargo.lock pins\nname = \"microsandbox\"\nversion = \"0.7.3\"\n"
	  "msb version: 0.7.5\n", "core", "0.7.3", "lockfile" },
	/* a lock file of a clone with no library named: the CLI's version */
	{ "cargo audit over our clone's Cargo.lock flags the idna crate.\n"
	  "name = \"microsandbox\"\nversion = \"0.7.3\"\n$ msb --version\nmsb 0.7.5\n",
	  "core", "0.7.5", "msb" },
	/* no msb version beside it: the SDK's version stands as read */
	{ "Version: pip show microsandbox says 0.8.6\n", "python_sdk", "0.8.6", "pip" },
	/* a Python package's version is not the Node SDK's */
	{ "msb --version: msb 0.8.7\nThe helper script's venv: pip show microsandbox says 0.8.6\n",
	  "node_sdk", "0.8.7", "msb" },
};

static void
test_version_sdk(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(sdk_versions); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		st_extract_version(rules, sdk_versions[i].text, a);
		g_autofree char *before = g_strdup(a->version);
		g_autofree char *before_kind = g_strdup(a->version_kind);
		st_set(&a->component, sdk_versions[i].component);
		st_extract_version_sdk(rules, a);
		const char *want = sdk_versions[i].version;
		const char *kind = sdk_versions[i].kind;
		if (g_strcmp0(a->version, want) != 0 || g_strcmp0(a->version_kind, kind) != 0)
			FAIL("sdk version case %zu (%.40s): got %s/%s, want %s/%s", i,
				sdk_versions[i].text, a->version, a->version_kind, want, kind);
		g_assert_nonnull(a->version_evidence);
		/* the SDK's version replaces msb's only where msb's was read */
		if (g_strcmp0(a->version, before) != 0)
			g_assert_cmpstr(before_kind, ==, "msb");
	}
}

/* A reject group's "match.self.*" keys look at the candidate itself,
 * "match.after.*" at the text after it, the others at the text before. */
static void
test_reject_self(void)
{
	g_autoptr(StRules) rules = tu_rules_text(
		"[v]\nmatch = (?<v>\\d+\\.\\d+\\.\\d+)\n"
		"[v.not]\nwindow = 20\nmatch.self.date = \\A\\d\\d?\\.\\d\\d?\\.20\\d\\d\\z\n"
		"match.python = python\\s*\\z\n");
	const StRuleGroup *g = st_rules_group(rules, "v");
	const StRuleGroup *no = st_rules_group(rules, "v.not");
	const char *text = "on 26.11.2026 with python 3.12.7 and msb 0.8.5";
	StXHit h;

	g_assert_nonnull(g);
	g_assert_nonnull(no);
	g_assert_true(st_x_find(g, no, text, "v", &h));
	g_autofree char *v = st_x_named(&h, "v");
	g_assert_cmpstr(v, ==, "0.8.5");
	st_x_hit_clear(&h);
	/* the candidate alone decides: a date is dropped, a version is not */
	g_assert_true(st_x_rejected(no, text, 3, 13));
	g_assert_false(st_x_rejected(no, "msb 0.8.5", 4, 9));

	/* "match.token.*" keys look at the non-blank run the candidate stands in */
	g_autoptr(StRules) tok = tu_rules_text(
		"[t.not]\nwindow = 4\nmatch.token.url = \\A[a-z]+://\n");
	const StRuleGroup *t = st_rules_group(tok, "t.not");
	const char *url = "get https://dl.example/some/long/path?version=0.8.3 now";
	gint at = (gint)(strstr(url, "0.8.3") - url);
	g_assert_true(st_x_rejected(t, url, at, at + 5));
	g_assert_false(st_x_rejected(t, "msb 0.8.3 now", 4, 9));
	g_assert_false(st_x_rejected(t, "see https://x.example and 0.8.3", 26, 31));

	/* "match.next.*" keys also see the sentence after the candidate's, in
	 * a group of sentences, and no further; "match.after.*" stop at the
	 * candidate's own (3408) */
	g_autoptr(StRules) nx = tu_rules_text(
		"[n.not]\nwindow = 160\nsentence = true\n"
		"match.next.never = \\A[^\\n]*?[.!]\\s+It\\s+never\\s+ran\\s+msb\\b\n"
		"match.after.never = It\\s+never\\s+ran\\s+msb\\b\n");
	const StRuleGroup *n = st_rules_group(nx, "n.not");
	const char *dock = "our dock box (Ubuntu 24.04, kernel 6.8). It never ran msb. The host is Debian.";
	gint u = (gint)(strstr(dock, "Ubuntu 24.04") - dock);
	g_assert_true(st_x_rejected(n, dock, u, u + 12));
	const char *far = "our dock box (Ubuntu 24.04). It is old. It never ran msb.";
	g_assert_false(st_x_rejected(n, far, 14, 26));
	const char *para = "our dock box (Ubuntu 24.04).\n\nIt never ran msb.";
	g_assert_false(st_x_rejected(n, para, 14, 26));
	g_autoptr(StRules) af = tu_rules_text(
		"[a.not]\nwindow = 160\nsentence = true\n"
		"match.after.never = It\\s+never\\s+ran\\s+msb\\b\n");
	g_assert_false(st_x_rejected(st_rules_group(af, "a.not"), dock, u, u + 12));
}

/* (#3) A cover note above a forwarded message gives the version first:
 * the writer's newest word (a release retested on since) outranks the
 * forwarded write-up's; a note that names none, or only one it rules out,
 * leaves the write-up's.  Forwarded as an attachment or inline. */
#define FWD_HEAD "From: Ola Berg <ola@corp.example>\nTo: security@superrad.company\n" \
	"Subject: Fwd: guest reads the host keyring\nMIME-Version: 1.0\n"
#define RFC822(note, inner) FWD_HEAD "Content-Type: multipart/mixed; boundary=\"OO\"\n\n--OO\n" \
	"Content-Type: text/plain; charset=utf-8\n\n" note "\n--OO\nContent-Type: message/rfc822\n" \
	"Content-Disposition: attachment; filename=\"keyring.eml\"\n\nFrom: Ola Berg <ola@corp.example>\n" \
	"Subject: guest reads the host keyring\nContent-Type: text/plain; charset=utf-8\n\n" inner "\n--OO--\n"
#define INNER "Team, a guest process can read the host keyring through the agent socket.\n" \
	"Version: msb 0.11.6 (msb --version)\n"

static const struct {
	const char *raw;
	const char *version;
} covers[] = {
	{ RFC822("Sending you our internal write-up. Since then we moved the build runners to\n"
		 "microsandbox 0.12.3 and it reproduces just the same.\n", INNER), "0.12.3" },
	{ RFC822("Sending you our internal write-up, cleared for disclosure.\n", INNER), "0.11.6" },
	{ RFC822("Sending you our write-up. Our old staging box on 0.9.4 is not affected.\n", INNER),
	  "0.11.6" },
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nPassing this on from a customer; we ran it "
	  "ourselves with msb 0.12.1 as well.\n\n---------- Forwarded message ---------\n"
	  "From: Kai Lund <kai@client.example>\nSubject: keyring\n\n" INNER, "0.12.1" },
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nPassing this on from a customer.\n\n"
	  "---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\nSubject: keyring\n\n"
	  INNER, "0.11.6" },
	/* (#3) a note that defers to the write-up's environment, its own run
	 * an aside or not run at all: the write-up's release, or none
	 * (rounds 226, 232) */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nPassing this on. I did reproduce it on my own box "
	  "(msb 0.12.3); her environment and output are in her mail, mine is only to say it reproduces.\n\n"
	  "---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\nSubject: keyring\n\n"
	  INNER, "0.11.6" },
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nWe have msb 0.12.3 on the cluster, but she found "
	  "this on her laptop and I haven't had time to try it on ours yet.\n\n"
	  "---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\nSubject: keyring\n\n"
	  "Team, a guest process can read the host keyring through the agent socket.\n", NULL },
	/* (round 260) "for what they're worth", a re-run of the finder's
	 * steps that got nowhere */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nMy own two cents, for what they're worth: I tried to "
	  "re-run his steps on the booth MacBook (msb 0.12.1, macOS 15.3, M3 Pro), but the flag isn't in 0.12.1, so "
	  "I got nowhere.\n\n---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\n"
	  "Subject: keyring\n\n" INNER, "0.11.6" },
	/* (round 263) "I tried her steps on ... (msb 0.12.1, Debian 12) and it
	 * did not ...": the release's dots inside the clause */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nOur side, for completeness: I tried her steps on one "
	  "of our Linux CI runners (msb 0.12.1, Debian 12) and download_dir did not write outside the destination.\n\n"
	  "---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\nSubject: keyring\n\n" INNER,
	  "0.11.6" },
	/* (round 266) a relayer's successful re-test on his own machine, said
	 * to be his, the finder's release unknown */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nI reproduced it this morning on my work MacBook "
	  "(macOS 15.4, M3, microsandbox 0.12.3 from npm). That's my machine, though. She didn't say which SDK "
	  "version or OS she was on.\n\n---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\n"
	  "Subject: keyring\n\nTeam, a guest process can read the host keyring through the agent socket.\n", NULL },
	/* (round 268) the version in a screenshot's file name, written onto the
	 * program's name ("tty3-fedora41-msb0.12.3.png"); another program's
	 * ("msbuild17.9.2.png") is none */
	{ FWD_HEAD "Content-Type: multipart/mixed; boundary=\"SS\"\n\n--SS\nContent-Type: text/plain\n\n"
	  "The version is in the file name.\n--SS\nContent-Type: image/png; name=\"tty3-fedora41-msb0.12.3.png\"\n"
	  "Content-Disposition: attachment; filename=\"tty3-fedora41-msb0.12.3.png\"\nContent-Transfer-Encoding: base64\n\n"
	  "iVBORw0KGgo=\n--SS--\n", "0.12.3" },
	{ FWD_HEAD "Content-Type: multipart/mixed; boundary=\"SS\"\n\n--SS\nContent-Type: text/plain\n\n"
	  "The version is in the file name.\n--SS\nContent-Type: image/png; name=\"msbuild17.9.2.png\"\n"
	  "Content-Disposition: attachment; filename=\"msbuild17.9.2.png\"\nContent-Transfer-Encoding: base64\n\n"
	  "iVBORw0KGgo=\n--SS--\n", NULL },
	/* (round 253) the relayer's own setup "for context only" */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nPassing this on. For context only: our challenge hosts "
	  "were Ubuntu 24.04 with msb 0.12.2 from the .deb.\n\n---------- Forwarded message ---------\n"
	  "From: Kai Lund <kai@client.example>\nSubject: keyring\n\n" INNER, "0.11.6" },
	/* (round 258) a relayer whose own try failed, the finder to send
	 * the environment: neither the note's release nor its host */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nWe tried to reproduce it on one of our VDI hosts "
	  "(msb 0.12.1 on RHEL 9.4, kernel 5.14.0-427.13.1.el9_4.x86_64) and the script did not find any other "
	  "sandbox there. Meera will send the exact version and platform later this week.\n\n"
	  "---------- Forwarded message ---------\nFrom: Kai Lund <kai@client.example>\nSubject: keyring\n\n"
	  "Team, a guest process can read the host keyring through the agent socket.\n", NULL },
	/* (3233) the relayer's one run on a machine it calls not the
	 * affected system */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nOne of us ran his script once on a MacBook "
	  "(macOS 15.0, msb 0.12.1 from Homebrew) and the connection was refused there, but that machine is\n"
	  "old, not the affected system and not representative.\n\n---------- Forwarded message ---------\n"
	  "From: Kai Lund <kai@client.example>\nSubject: keyring\n\n" INNER, "0.11.6" },
	/* (3281) a triage service's note above a dashed line that opens the
	 * relayed submission, asking not to go by its own try: the finder
	 * gave no version, so there is none; without the plea the note's
	 * own release stands */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nBefore writing I tried it myself on my work MacBook "
	  "(macOS 15.7.2, msb 0.12.6 from Homebrew). There mknod fails. Please don't read anything into\n"
	  "my attempt: I am not the finder.\n\n----- BountyDock submission KP-2026-0412 (researcher: lichen_moth) -----\n\n"
	  "Title: root in the sandbox creates a block device node in /workspace\n\n"
	  "----- end of submission KP-2026-0412 -----\n", NULL },
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nI reproduced it on our runner "
	  "(msb 0.12.6 from the .deb).\n\n----- BountyDock submission KP-2026-0412 (researcher: lichen_moth) -----\n\n"
	  "Title: root in the sandbox creates a block device node in /workspace\n\n"
	  "----- end of submission KP-2026-0412 -----\n", "0.12.6" },
	/* (#3, 3322) a tap maintainer's note above "--- issue #57 by NAME ---":
	 * his untried Mac mini is not the report's */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nI have not reproduced it. The only Mac I have is an "
	  "Intel Mac mini on macOS 14.7 with msb 0.12.4 that builds the bottles.\n\n"
	  "--- issue #57 by rinkotk, opened Sun 29 Nov 2026 ---\n\n"
	  "> - `msb --version` -> msb 0.12.6 (from this tap)\n> - macOS 15.7.2 on my MacBook Air\n", "0.12.6" },
	/* (1397) the line that closes the relayed report opens nothing: the
	 * report's own release between the two lines stands */
	{ FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\nBelow is the report as the researcher sent it. "
	  "We have not reproduced it ourselves.\n\n-------- researcher's submission --------\n\n"
	  "Tested version: msb 0.10.6 (msb --version prints \"msb 0.10.6\")\n\n"
	  "-------- end of submission --------\n", "0.10.6" },
};

static void
test_cover_note_version(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(covers); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = tu_parse(covers[i].raw);
		st_extract(rules, a->msg, NULL, a);
		if (g_strcmp0(a->version, covers[i].version) != 0)
			FAIL("cover case %zu: version %s, want %s", i, a->version, covers[i].version);
		/* a note that defers gives no host either */
		if (strstr(covers[i].raw, "RHEL 9.4") != NULL && (a->distro != NULL || a->kernel != NULL))
			FAIL("cover case %zu: host %s %s from the note", i, a->distro, a->kernel);
	}
}

/* (#3, 3131) a note that defers in one paragraph and names the affected
 * system in another: the system when the message it passes on has none;
 * the relayer's own machine in the deferring paragraph never */
static const struct {
	const char *note;
	const char *distro;
} cover_hosts[] = {
	{ "Her message is below as it came in.\n\nThe two login nodes (login1, login2) run Rocky Linux 9. "
	  "I don't have the exact kernel at hand.\n\nFor what it is worth, I tried her command on my own "
	  "Ubuntu 24.04 VM with msb 0.12.3 and only saw my own sandbox, so that tells us nothing.",
	  "Rocky Linux 9" },
	{ "Her message is below as it came in.\n\nFor what it is worth, I tried her command on my own "
	  "Ubuntu 24.04 VM with msb 0.12.3 and only saw my own sandbox, so that tells us nothing.", NULL },
	{ "What I did: I reproduced it this morning on my work MacBook (macOS 15.4, M3, microsandbox 0.12.3\n"
	  "from npm). That's my machine, though. She didn't say which SDK version or OS she was on.", NULL },
	/* (3516) not to be taken "as the affected platform" */
	{ "I tried to reproduce on my own machine first, a nix-darwin MacBook\n(macOS 26.1, Apple M2), and got "
	  "nowhere, but that is expected: there\nare no file capabilities on macOS. Please don't take my Mac as "
	  "the affected platform.", NULL },
};

static void
test_cover_note_host(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(cover_hosts); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		g_autofree char *raw = g_strconcat(FWD_HEAD "Content-Type: text/plain; charset=utf-8\n\n",
						   cover_hosts[i].note,
						   "\n\n---------- Forwarded message ---------\n"
						   "From: Kai Lund <kai@client.example>\nSubject: keyring\n\n" INNER, NULL);
		a->msg = tu_parse(raw);
		st_extract(rules, a->msg, NULL, a);
		if (g_strcmp0(a->distro, cover_hosts[i].distro) != 0 || a->macos_version != NULL)
			FAIL("cover host case %zu: distro %s macOS %s, want %s", i, a->distro,
			     a->macos_version, cover_hosts[i].distro);
		if (g_strcmp0(a->version, "0.11.6") != 0)
			FAIL("cover host case %zu: version %s, want the write-up's", i, a->version);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/version", test_version);
	g_test_add_func("/extract/version-sdk", test_version_sdk);
	g_test_add_func("/extract/reject-self", test_reject_self);
	g_test_add_func("/extract/cover-note-version", test_cover_note_version);
	g_test_add_func("/extract/cover-note-host", test_cover_note_host);
	return g_test_run();
}
