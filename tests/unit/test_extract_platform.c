/* test_extract_platform.c — the host a report names (st_extract_platform):
 * OS, distribution, kernel, macOS version, chip; from full-width text, an
 * image's alt text and the Subject.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

/* ------------------------------------------------------------ platform */

static const struct {
	const char *text;
	const char *os, *distro, *kernel, *macos, *chip;
} platforms[] = {
	/* (#3, 5202) a French "c'est", the line wrapped before it */
	{ "Version: la derniere. Le serveur\nc'est un Ubuntu, je ne sais pas quelle version.\n", "linux",
	  "Ubuntu", NULL, NULL, NULL },
	/* (#3, 5212) the machine in German, the distribution in parentheses */
	{ "L\u00e4uft auf unserem Build-Server (Debian), Node 22.\n", "linux", "Debian", NULL, NULL, NULL },
	/* (#3, 5159) the writer's Macs, in the plural */
	{ "We use msb on our MacBooks to run notebooks.\n", "macos", NULL, NULL, NULL, NULL },
	/* (#3, 5146) kubectl describe node: the OS image, not the family "linux" */
	{ "  Kernel Version:             6.12.88\n  OS Image:                   Bottlerocket OS 1.58.0 "
	  "(aws-k8s-1.44)\n  Operating System:           linux\n  Architecture:               amd64\n",
	  "linux", "Bottlerocket OS 1.58.0 (aws-k8s-1.44)", "6.12.88", NULL, NULL },
	/* (#3, 5143) Amazon Linux 2023's release with its date stamp */
	{ "The agents run Amazon Linux 2023.9.20290714 with kernel 6.12.40-64.114.amzn2023.x86_64.\n", "linux",
	  "Amazon Linux 2023.9.20290714", "6.12.40-64.114.amzn2023.x86_64", NULL, NULL },
	/* (#3, 5145) the system a scanner finds in a container image */
	{ "The Dockerfile pins an old base (Trivy says debian 12.1):\n\n"
	  "    ghcr.io/superradcompany/msbd:0.19.2 (debian 12.1)\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 5233) a system named as an example of a kind */
	{ "On ENOSYS (kernel < 5.6, e.g. the 4.18 kernels on RHEL 8 and clones) it falls back to lstat.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3, 5190) msb runs inside the VM: the Mac under it is only its host */
	{ "Inside the Ubuntu VM:\n\n$ ls /dev/kvm\n$ msb run --name modB alpine:3.20 -- true\n\n"
	  "The VM is Ubuntu 24.04 in Parallels Desktop 20. The Mac under it:\n\n"
	  "ProductName:\t\tmacOS\nProductVersion:\t\t29.6\nBuildVersion:\t\t28G72\n", "linux", "Ubuntu 24.04",
	  NULL, NULL, NULL },
	/* (#3, 4924) a testbed table whose Mac row says msb is not used there */
	{ "  fuzz-01    test host    AMD EPYC 9354P, 256 GB\n  mbp-ishi   analysis laptop   MacBook Pro (M4 Max), "
	  "macOS 29.3, msb \u672a\u4f7f\u7528\n\n    $ grep PRETTY_NAME /etc/os-release\n"
	  "    PRETTY_NAME=\"Fedora Linux 49 (Server Edition)\"\n    $ uname -r\n    7.17.5-200.fc49.x86_64\n",
	  "linux", "Fedora Linux 49 (Server Edition)", "7.17.5-200.fc49.x86_64", NULL, NULL },
	/* (#3, 4877) the VMs' system, not the hypervisor cluster they run on */
	{ "The runners are Fedora Server VMs on our Proxmox VE 9.3 cluster.\n", "linux", "Fedora Server", NULL, NULL,
	  NULL },
	/* (#3, 4817) the distribution named before WSL */
	{ "Setup: Ubuntu in WSL2 on my Windows 11 laptop (a ThinkPad T14, nothing special).\n", "linux", "Ubuntu",
	  NULL, NULL, NULL },
	{ "Host: openSUSE Tumbleweed under WSL on Windows 11 Pro.\n", "linux", "openSUSE Tumbleweed", NULL, NULL,
	  NULL },
	/* (#3, 4823, 177) Get-ComputerInfo: OsName over the stale
	 * WindowsProductName, the release from OsDisplayVersion */
	{ "  WindowsProductName : Windows 10 Home\n  OsName             : Microsoft Windows 11 Famille\n"
	  "  OsDisplayVersion   : 26H1\n  OsBuildNumber      : 28000\n\n  Microsoft Windows [version 10.0.28000.1450]\n",
	  "windows", "Windows 11 Famille 26H1", "10.0.28000.1450", NULL, NULL },
	{ "WindowsProductName : Windows 11 Pro\nWindowsEditionId   : Professional\nOSDisplayVersion   : 24H2\n"
	  "Microsoft Windows [Version 10.0.26100.2314]\n", "windows", "Windows 11 Pro 24H2", "10.0.26100.2314", NULL,
	  NULL },
	/* (#3, 4734) whose Mac it is between the model and the chip */
	{ "Como reproduzir (no meu MacBook Pro do trabalho, M3 Pro):\n", "macos", NULL, NULL, NULL, "Apple M3 Pro" },
	/* (#3, 5002) the word for "with" between the Mac and its chip */
	{ "Versio ja kone: msb 0.18.2, macOS 29.4.1, MacBook Pro, jossa M4 Pro.\n", "macos", NULL, NULL, "29.4.1",
	  "Apple M4 Pro" },
	{ "Ich teste auf einem MacBook Air mit M3.\n", "macos", NULL, NULL, NULL, "Apple M3" },
	/* (#3, 4974) hostnamectl's "Hardware Model" of a Mac running Asahi */
	{ "   Operating System: Fedora Linux Asahi Remix 49 (Forty Nine)\n"
	  "             Kernel: Linux 7.15.4-400.asahi.fc49.aarch64+16k\n"
	  "     Hardware Model: Apple MacBook Pro (14-inch, M2 Pro, 2023)\n", "linux",
	  "Fedora Linux Asahi Remix 49 (Forty Nine)", "7.15.4-400.asahi.fc49.aarch64+16k", NULL, "Apple M2 Pro" },
	/* (#3, 4979) a toolbox container's os-release is not the host's */
	{ "Host is Fedora Silverblue 49; I work inside a toolbox.\n\n    [dana@toolbx ~]$ grep PRETTY /etc/os-release\n"
	  "    PRETTY_NAME=\"Fedora Linux 49 (Container Image)\"\n", "linux", "Fedora Silverblue 49", NULL, NULL, NULL },
	/* (#3, 4980) ChromeOS around its "penguin" Linux container, and
	 * ChromeOS's kernel with its build number and commit */
	{ "I am doing this from the Linux development environment on my Chromebook (Acer Chromebook Plus 516 GE, "
	  "ChromeOS 147), the default penguin container which is Debian 13; uname -r says "
	  "6.12.58-22519-g5f2e8d1c0a7b.\n", "linux", "Debian 13", "6.12.58-22519-g5f2e8d1c0a7b", NULL, NULL },
	/* (#3, 4981) a NAS system by name */
	{ "Uso microsandbox sul mio NAS, un TrueNAS Community Edition 28.10.1 (uname -r: 6.18.23-production+truenas).\n",
	  "linux", "TrueNAS Community Edition 28.10.1", "6.18.23-production+truenas", NULL, NULL },
	/* (#3, 4684) machines the writer says have nothing to do with it */
	{ "No necesitan ninguna plataforma nuestra: nuestros runners son Rocky Linux 9, pero no tienen nada "
	  "que ver.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4676) the analysis VM, in Turkish */
	{ "(Bunu yal\u0131t\u0131lm\u0131\u015f analiz VM'imizde yapt\u0131k; Ubuntu 22.04, a\u011f "
	  "\u00e7\u0131k\u0131\u015f\u0131 kapal\u0131.)\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4681, 4677) no host involved; a machine only read on */
	{ "There's no local platform involved; my laptop (Ubuntu 24.04) and the VPS (Debian 12) only ran the "
	  "client.\n", NULL, NULL, NULL, NULL, NULL },
	{ "The runner is GitHub's, and I only read the logs, from my Fedora laptop.\n", NULL, NULL, NULL, NULL,
	  NULL },
	/* (#3, 4700, 4704) the CI named with a note in parentheses; a Mac
	 * only written or read on, in Portuguese and French */
	{ "Servidor: o CI \u00e9 um Ubuntu (n\u00e3o sei a vers\u00e3o exata). Escrevi o c\u00f3digo no meu "
	  "MacBook Air M2, mas n\u00e3o testei l\u00e1.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "MacBook Air M1 sous macOS 15.6, qui m'a servi uniquement \u00e0 lire le code.\n", NULL, NULL, NULL,
	  NULL, NULL },
	/* (#3, 4517) the machines named in one sentence, "they" in the next */
	{ "I don't know which msb version the runners have, Eirik upgraded them in June. They're Ubuntu, "
	  "can't remember which release.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "We pulled the images last week. They're Ubuntu.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4546) a fleet's nodes */
	{ "Our nodes run Rocky Linux.\n", "linux", "Rocky Linux", NULL, NULL, NULL },
	/* (#3, 4519) a machine the writer looked at and found nothing on */
	{ "- macOS: the .pkg builds do not ship msb-nethelper. I checked on my MacBook Air (M2, macOS 26.5): no\n"
	  "  such binary, nothing to see there.\n\n    $ grep PRETTY_NAME /etc/os-release\n"
	  "    PRETTY_NAME=\"openSUSE Tumbleweed\"\n    $ uname -r\n    6.15.8-1-default\n",
	  "linux", "openSUSE Tumbleweed", "6.15.8-1-default", NULL, NULL },
	/* (#3, 4552) in Turkish: macOS not affected, later in the sentence */
	{ "Ayn\u0131 ad\u0131mlar\u0131 MacBook'umda da (M1 Pro, macOS 26.5) denedim; orada DAX yok, yani macOS "
	  "etkilenmiyor gibi g\u00f6r\u00fcn\u00fcyor.\n\nPRETTY_NAME=\"AlmaLinux 10.0 (Purple Lion)\"\n$ uname -r\n"
	  "6.12.0-55.32.1.el10_0.x86_64\n", "linux", "AlmaLinux 10.0 (Purple Lion)", "6.12.0-55.32.1.el10_0.x86_64",
	  NULL, NULL },
	/* (#3, 4521) in French: the office iMac "where msb is not installed" */
	{ "Je n'ai pas essay\u00e9 sur l'iMac du bureau (macOS 15.7.4), o\u00f9 msb n'est pas install\u00e9.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4527) a release followed by a Korean, Japanese or Chinese
	 * particle */
	{ "\uac1c\ubc1c \uc11c\ubc84 OS\ub294 Rocky Linux 9\uc785\ub2c8\ub2e4.\n", "linux", "Rocky Linux 9", NULL,
	  NULL, NULL },
	{ "\u30db\u30b9\u30c8\u306f Ubuntu 24.04\u3067\u3059\u3002\n", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	/* (#3, 4558) Debian testing by its codename over sid */
	{ "Debian GNU/Linux duke/sid, kernel 6.19.11-amd64, msb 0.15.3 built from the tag\n", "linux",
	  "Debian GNU/Linux duke/sid", "6.19.11-amd64", NULL, NULL },
	/* (#3, 4579) the image of a command is no host; the writer's own
	 * parenthesis after it is */
	{ "msb run --image ubuntu:24.04 -- sh -c 'yes'\n", NULL, NULL, NULL, NULL, NULL },
	{ "msbd opens `msb run --log-file` as root: any msb group user -> root (msb 0.16.0, Ubuntu 24.04.3 LTS, "
	  "6.14.0-29-generic)\n", "linux", "Ubuntu 24.04.3 LTS", "6.14.0-29-generic", NULL, NULL },
	/* (#3, 4509) Kali's rolling release by its os-release name */
	{ "OS: Kali GNU/Linux Rolling (PRETTY_NAME from /etc/os-release)\nKernel: 6.12.9+kali-amd64 (uname -r)\n",
	  "linux", "Kali GNU/Linux Rolling", "6.12.9+kali-amd64", NULL, NULL },
	/* (#3, 4509) an image in a listing's columns before its age is no
	 * distribution */
	{ "NAME      STATUS    IMAGE    CREATED\nvictim    stopped   alpine   2 minutes ago\n", NULL, NULL, NULL,
	  NULL, NULL },
	/* (#3, 4406) a labelled platform line naming only the distribution */
	{ "\u041f\u043b\u0430\u0442\u0444\u043e\u0440\u043c\u0430: \u0431\u0456\u043b\u0434-\u0441\u0435\u0440\u0432\u0435\u0440 "
	  "\u043d\u0430 Debian.\n", "linux", "Debian", NULL, NULL, NULL },
	/* (#3, 4328) Spanish: a machine where it does not happen */
	{ "En la Pi s\u00ed pasa. El notebook es un ThinkPad T14 con Ubuntu 24.04; ah\u00ed no pasa.\n", NULL, NULL,
	  NULL, NULL, NULL },
	/* (#3, 4333) French: could not test it, the Mac named is no host */
	{ "Je n'ai pas pu la tester : on m'interdit d'installer des outils sur mon Mac personnel.\n", NULL, NULL,
	  NULL, NULL, NULL },
	/* (#3, 4346) the machine the writer used because msb was not tested */
	{ "I have not tested this against msb itself as I do not have a Linux machine right now (I did the "
	  "above on my MacBook Air M3, macOS 26.4).\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4304, 4293, 4301, 4315) a distribution's name as a phone
	 * misspells it; one in parentheses after the one machine, or named
	 * for the runners; a Korean "... is a Linux server" */
	{ "msb 0.14.1, host ubnutu 24.04 LTS kernel 6.8.0-106-generic\n", "linux", "Ubuntu 24.04 LTS",
	  "6.8.0-106-generic", NULL, NULL },
	{ "I saw it on our staging server (Debian) last week.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "It installs the helper on musl arm64 machines (Alpine) only.\n", NULL, NULL, NULL, NULL, NULL },
	{ "box is one of the debian runners, details later\n", "linux", "debian", NULL, NULL, NULL },
	{ "- \ucc44\uc810 \uc11c\ubc84\ub294 \ud559\uacfc\uac00 \uad00\ub9ac\ud558\ub294 "
	  "\ub9ac\ub205\uc2a4 \uc11c\ubc84\uc785\ub2c8\ub2e4.\n", "linux", NULL, NULL, NULL, NULL },
	/* (#3, 4282, 4294) the machine of a browser, its version between;
	 * one the writer says msb never ran on */
	{ "I only used the website (Firefox 139 on my Windows laptop), not the CLI.\n", NULL, NULL, NULL, NULL,
	  NULL },
	{ "solo tengo mi port\u00e1til con Windows 11, as\u00ed que nunca he ejecutado msb.\n", NULL, NULL,
	  NULL, NULL, NULL },
	/* (#3, 4171) a distribution the rules do not know, opening a list item:
	 * its release is no kernel */
	{ "Environment\n-----------\n\n- Fennick Linux 3.2 (our current stable release), x86_64 test machine\n"
	  "- package microsandbox 0.13.2-1\n", "linux", "Fennick Linux 3.2", NULL, NULL, NULL },
	/* (#3, 4172, 4181) the host named only as Linux: tested on it, or on a
	 * labelled line */
	{ "The reporter tested on a Linux host. His notes are part of the case material.\n",
	  "linux", NULL, NULL, NULL, NULL },
	{ "Server: a Linux evaluation server of the company intranet, the specific distribution later.\n",
	  "linux", NULL, NULL, NULL, NULL },
	/* (#3, 4173) the writer's employer's Mac, without a possessive */
	{ "I'll check the exact version when I get my laptop back (corporate MacBook, it's being re-imaged).\n",
	  "macos", NULL, NULL, NULL, NULL },
	/* (#3, 4180, 4209) a comparison host where the same step is refused */
	{ "The Linux build does check: on a Linux box with msb 0.13.1 (Ubuntu 24.04.3 LTS, 6.8.0-90-generic) the same "
	  "exec is refused with \"permission denied\".\n\nEnvironment\n\n  $ sw_vers\n  ProductName:\t\tmacOS\n"
	  "  ProductVersion:\t\t26.2\n  $ sysctl -n machdep.cpu.brand_string\n  Apple M4 Pro\n",
	  "macos", NULL, NULL, "26.2", "Apple M4 Pro" },
	{ "Our on-prem host (a Dell PowerEdge R760 with Ubuntu 22.04.5 LTS, 5.15.0-164-generic) has vhost_vsock loaded, "
	  "and there the same script gets \"connection reset\", so it is only the fallback path.\n\nThe affected host:\n\n"
	  "Operating System: Ubuntu 24.04.3 LTS\n          Kernel: Linux 6.14.0-1021-gcp\n",
	  "linux", "Ubuntu 24.04.3 LTS", "6.14.0-1021-gcp", NULL, NULL },
	/* (#3, 4215) the os-release read inside the sandbox, its -msb kernel
	 * below; the host told in Portuguese */
	{ "Plataforma, tirei de dentro do sandbox:\n\n$ cat /etc/os-release | head -1\nPRETTY_NAME=\"Alpine Linux v3.22\"\n"
	  "$ uname -r\n6.12.58-msb\n\nO host \u00e9 o meu port\u00e1til com Linux.\n", "linux", NULL, NULL, NULL, NULL },
	/* (#3, 4272) Rust's u16 in code is no Ubuntu 16 */
	{ "read_body() then does\n\n    let n = hdr.len as u16;\n\nfor the copy into the pooled buffer.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3, 4276) a chip taken back with interjections piled up, the Mac
	 * that ran it told in a relative clause */
	{ "Setup: this is on my MacBook Pro with the M3 Pro -- no wait, scratch that, I did it on the Mac mini at "
	  "home, which is an M2 (2023). The Mac mini is on macOS Tahoe 26.3.1.\n", "macos", NULL, NULL, "26.3.1",
	  "Apple M2" },
	/* (#3, 4274) reportbug on Debian testing */
	{ "-- System Information:\nDebian Release: forky/sid\n  APT prefers testing\nArchitecture: amd64 (x86_64)\n\n"
	  "Kernel: Linux 6.18.12-amd64 (SMP w/16 CPU threads; PREEMPT)\n", "linux", "Debian forky/sid", "6.18.12-amd64",
	  NULL, NULL },
	/* (#3, 4159) "on arch" right after the release that ran */
	{ "got it to overwrite my ~/.ssh/authorized_keys from inside the guest. 0.13.2 on arch\n",
	  "linux", "arch", NULL, NULL, NULL },
	/* (#3, 4085) msb run inside WSL2: the Windows edition around it is
	 * no platform; Linux, its fields not given */
	{ "Our setup: I run msb inside WSL2 on my work laptop (Windows 11 Enterprise 24H2, OS build 26100.4946).\n",
	  "linux", NULL, NULL, NULL, NULL },
	/* (#3, 4089) the guest's release, told "in der Sandbox", is no host's */
	{ "Zur Plattform: betroffen ist die Azure-VM.\n\n   Operating System: Ubuntu 24.04.3 LTS\n"
	  "             Kernel: Linux 6.14.0-1014-azure\n\nIn der Sandbox selbst sieht man nat\u00fcrlich Alpine "
	  "(PRETTY_NAME=\"Alpine \nLinux v3.22\", uname -r 6.12.44-msb) \u2013 das ist nur das Gast-Image, nicht \n"
	  "der Host.\n", "linux", "Ubuntu 24.04.3 LTS", "6.14.0-1014-azure", NULL, NULL },
	/* (#3, 3869) the machine outside the sandbox reaches, where the
	 * listener runs, is not the host */
	{ "External test machine (our own Ubuntu 22.04 on a public cloud, 203.0.113.77):\n\n  # nc -klu 53\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "\u5916\u90e8\u6d4b\u8bd5\u673a\uff08\u6211\u4eec\u81ea\u5df1\u5728\u516c\u6709\u4e91\u4e0a\u7684"
	  "\u4e00\u53f0 Ubuntu 22.04\uff0c\u516c\u7f51\u5730\u5740 203.0.113.77\uff09\uff1a\n", NULL, NULL, NULL,
	  NULL, NULL },
	/* (#3, 3814) a matrix's header names every machine tested; the one
	 * the writer says it happens on is told by its own lines */
	{ "Versions et machines test\u00e9es\n   msb      Fedora 42 (atelier)     MacBook Air M2, macOS 15.5\n"
	  "   0.12.7   PANIC                   pas de plantage\n\nLa machine o\u00f9 le probl\u00e8me existe "
	  "vraiment est\ndonc mon poste Fedora :\n   Operating System: Fedora Linux 42 (Workstation Edition)\n"
	  "             Kernel: Linux 6.14.5-300.fc42.x86_64\n", "linux", "Fedora Linux 42 (Workstation Edition)",
	  "6.14.5-300.fc42.x86_64", NULL, NULL },
	/* (#3, 3833) msb said not to run on the Mac but in a Linux VM on it:
	 * Linux, though nothing more of the VM is known, not the Mac's fields */
	{ "My setup is a bit layered, sorry. I don't run msb on macOS directly. I run\nit inside the Linux VM "
	  "that Colima manages on my work MacBook Pro (M4 Pro,\nmacOS 26.5).\n", "linux", NULL, NULL, NULL, NULL },
	/* (#3, 3779) `msb exec ... uname -r` prints the guest's kernel */
	{ "$ msb exec kt -- uname -r\n6.1.62\n$ msb exec kt -- id\nuid=1000 gid=1000 groups=1000\n\n$ hostnamectl\n"
	  "Operating System: Ubuntu 22.04.5 LTS\n          Kernel: Linux 6.8.0-60-generic\n",
	  "linux", "Ubuntu 22.04.5 LTS", "6.8.0-60-generic", NULL, NULL },
	/* (#3, 4027) an appliance's own image is the host's system, a guest
	 * image is not */
	{ "  - The Runner appliance image is Debian GNU/Linux 12 (bookworm) with\n    kernel 6.1.0-40-amd64.\n",
	  "linux", "Debian GNU/Linux 12 (bookworm)", "6.1.0-40-amd64", NULL, NULL },
	{ "The guest image is Debian 12.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3953, 4020) the writer's Linux compute nodes; a server with
	 * its system in parentheses, in Japanese */
	{ "The sandboxes run on our Linux compute nodes (the hub itself is only the web front end).\n", "linux",
	  NULL, NULL, NULL, NULL },
	{ "\u793e\u5185\u306e\u5171\u6709\u30d3\u30eb\u30c9\u30b5\u30fc\u30d0\u30fc\uff08Linux\uff09"
	  "\u3067\u3059\u3002\n", "linux", NULL, NULL, NULL, NULL },
	/* (#3, 3958) "not tried anywhere else": the host named is the one
	 * tried, not one left untested */
	{ "The login nodes run RHEL 9; I have not tried it anywhere else.\n", "linux", "RHEL 9", NULL, NULL,
	  NULL },
	/* (#3, 3981) `msb ls`'s image column, its CPU count and memory after
	 * it: a guest's image, not the host's distribution */
	{ "  $ msb ls\n  NAME       STATUS    IMAGE    CPUS  MEMORY   UPTIME\n"
	  "  dos-test   running   alpine   1     512 MiB  4m12s\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3741) a sandbox table's image and CPU use is no release */
	{ "$ msb ps\nNAME     STATUS     IMAGE    CPU   MEM\ntest1    running    ubuntu   99%   1.9 GiB\n\n"
	  "OS: Ubuntu 22.04.5 LTS\n", "linux", "Ubuntu 22.04.5 LTS", NULL, NULL, NULL },
	/* (#3, 3737) the machine written on named first, its system after, in
	 * Bengali and in the English machine translation beside it */
	{ "\u0986\u09ae\u09bf \u09af\u09c7 \u09b2\u09cd\u09af\u09be\u09aa\u099f\u09aa "
	  "\u09a5\u09c7\u0995\u09c7 \u09b2\u09bf\u0996\u099b\u09bf \u09b8\u09c7\u099f\u09be Windows 11, "
	  "\u0993\u0996\u09be\u09a8\u09c7 \u0995\u09bf\u099b\u09c1 \u09aa\u09b0\u09c0\u0995\u09cd\u09b7\u09be "
	  "\u0995\u09b0\u09be \u09b9\u09af\u09bc\u09a8\u09bf\u0964\n", NULL, NULL, NULL, NULL, NULL },
	{ "The laptop from which I am writing is Windows 11, nothing was tested there.\n", NULL, NULL, NULL, NULL,
	  NULL },
	{ "The laptop I'm writing this from runs macOS 26.1.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3748) Roman Urdu: "the OS is the server's Linux", the Mac the
	 * mail is sent from not tried */
	{ "OS: server Linux pe hai, exact distro aur kernel kal office ja ke check kar ke bataoon ga. Main yeh "
	  "email apne MacBook Air (M2) se phone ke hotspot pe bhej raha hoon, test us pe nahi kiya.\n",
	  "linux", NULL, NULL, NULL, NULL },
	/* (#3, 3710) "this is arch." in a sentence of its own, in Russian */
	{ "$ msb --version; uname -r\nmsb 0.12.8\n6.19.4-arch1-1\n\n\u044d\u0442\u043e arch. \u0443 "
	  "\u0434\u0440\u0443\u0433\u0430 \u043d\u0430 fedora \u0432\u0440\u043e\u0434\u0435 \u0442\u043e \u0436\u0435.\n",
	  "linux", "arch", "6.19.4-arch1-1", NULL, NULL },
	/* (#3, 3679) msb said to run inside WSL2: the Linux there, not the
	 * Windows around it, even told in fewer fields */
	{ "Platform: this is my Windows laptop, and everything (msb, Python, the\nagent) runs inside WSL2:\n\n"
	  "    C:\\Users\\nikhil> systeminfo\n    OS Name:                   Microsoft Windows 11 Pro\n"
	  "    OS Version:                10.0.26100 N/A Build 26100\n\n    nikhil@XPS:~$ uname -a\n"
	  "    Linux XPS 5.15.167.4-microsoft-standard-WSL2 #1 SMP Tue Nov 5 00:21:55 UTC 2024 x86_64 GNU/Linux\n",
	  "linux", NULL, "5.15.167.4-microsoft-standard-WSL2", NULL, NULL },
	/* (#3, 3683) the container's release given in parentheses after its
	 * name */
	{ "The job container is Alpine (cat /etc/os-release prints Alpine Linux v3.21) on our GitLab runners.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3669) a Slavic sentence names the distribution declined and
	 * no release: the writer's server "with Debian", msb "on Debian"; a
	 * container with it is none */
	{ "Node v22.13.1. B\u011b\u017e\u00ed to na na\u0161em serveru s Debianem.\n", "linux", "Debian", NULL, NULL,
	  NULL },
	{ "Dzia\u0142a na naszym serwerze z Debianem.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "V kontejneru s Debianem to nejde.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3656) an image scanner's heading names the system inside the
	 * image; the machine the scan ran on is not where msb runs */
	{ "$ trivy image ghcr.io/superradcompany/microsandbox:0.12.8\n\n"
	  "ghcr.io/superradcompany/microsandbox:0.12.8 (debian 12.13)\n"
	  "==========================================================\nTotal: 2 (HIGH: 1, CRITICAL: 1)\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "El escaneo corre en nuestro runner de GitLab (Ubuntu 22.04), por si les sirve el dato.\n", NULL, NULL,
	  NULL, NULL, NULL },
	{ "The scan runs on our GitLab runner (Ubuntu 22.04).\n", NULL, NULL, NULL, NULL, NULL },
	/* (3485) the CI runners named Ubuntu, in Polish; (3501) a field's
	 * colon before "it is an Ubuntu", in Italian */
	{ "Dok\u0142adny numer i szczeg\u00f3\u0142y systemu (runnery to Ubuntu, wersj\u0119 kernela sprawdz\u0119) "
	  "odeśl\u0119 jutro.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "Server: \u00e8 un Ubuntu; versione precisa e kernel li deve guardare Marco.\n", "linux", "Ubuntu", NULL,
	  NULL, NULL },
	/* (3473) the relayer's own try, nothing happened there; (3498) the
	 * same in Turkish, "it did not happen there" */
	{ "This evening I tried to follow her steps on my own MacBook (I installed microsandbox with Homebrew, it "
	  "says 0.12.6) and nothing happened to my clipboard.\n", NULL, NULL, NULL, NULL, NULL },
	{ "MacBook'umda da denedim (M2 Air, macOS 26.1), orada olmad\u0131, msbd orada root de\u011fil.\n", NULL,
	  NULL, NULL, NULL, NULL },
	/* (3487) the relayer's own try that did not reproduce, and a try he
	 * says not to count, in Portuguese: not the finder's host */
	{ "Tentei aqui no meu MacBook (macOS 15.6, M2) com a 0.12.4 que eu tinha instalada e n\u00e3o reproduziu.\n\n"
	  "Rodei no notebook do laborat\u00f3rio, que usa Linux Mint 22.\n", "linux", "Linux Mint 22", NULL, NULL, NULL },
	{ "Rodei aqui no meu MacBook (macOS 15.6, M2) com a 0.12.4 que eu tinha instalada. N\u00e3o leve o meu teste em "
	  "conta.\n\nRodei no notebook do laborat\u00f3rio, que usa Linux Mint 22.\n", "linux", "Linux Mint 22", NULL, NULL,
	  NULL },
	/* (3461) the build server said to be Linux, in Korean */
	{ "\ube4c\ub4dc \uc11c\ubc84\ub294 \ub9ac\ub205\uc2a4\uc785\ub2c8\ub2e4.\n", "linux", NULL, NULL, NULL, NULL },
	/* (3467) Kylin's server edition with its service pack; (3443) a
	 * relayer's triage VM is not the affected host */
	{ "\u7cfb\u7edf\uff1adev-03 \u662f Kylin Linux Advanced Server V10 SP3\uff0c\u5185\u6838 "
	  "4.19.90-89.11.v2401.ky10.x86_64\u3002\n", "linux", "Kylin Linux Advanced Server V10 SP3",
	  "4.19.90-89.11.v2401.ky10.x86_64", NULL, NULL },
	{ "For what it's worth, I did not reproduce this myself. Our triage VM is Windows 11 with Python 3.13 and I "
	  "only read the workflow files.\n", NULL, NULL, NULL, NULL, NULL },
	/* (3369) the relayer's own test box, the next sentence says so */
	{ "I tried the probe on one of our own internal test boxes (Debian 12, msb 0.12.6) and the gateway answered "
	  "there as well. That box is ours, not the customer's.\n\nTheir host:\nOS: AlmaLinux 9.6 (Sage Margay) x86_64\n",
	  "linux", "AlmaLinux 9.6 (Sage Margay)", NULL, NULL, NULL },
	/* (3427) the machines it was seen on, all Linux, in a parenthesis */
	{ "CI'da ve geli\u015ftirici bilgisayarlar\u0131nda (hepsi Linux) ayn\u0131 davran\u0131\u015f.\n", "linux", NULL, NULL,
	  NULL, NULL },
	{ "Same on the CI runners and our laptops (all Linux).\n", "linux", NULL, NULL, NULL, NULL },
	/* (3405) the relayer's own machine, its parenthesis closed, "has no
	 * microsandbox"; (3408) the same said in the next sentence */
	{ "Pour information, je n'ai rien test\u00e9 moi-m\u00eame : mon poste (un MacBook Air sous macOS 15.6, "
	  "puce M2) n'a pas microsandbox.\n\nLa version install\u00e9e est la 0.12.3, sur notre serveur sous "
	  "Rocky Linux 9.6, noyau\n5.14.0-570.42.2.el9_6.x86_64.\n", "linux", "Rocky Linux 9.6",
	  "5.14.0-570.42.2.el9_6.x86_64", NULL, NULL },
	/* (3581, 3583, 3589) the relayer's own machine set aside: the error
	 * it printed there (Dutch), "don't read much into it" in the next
	 * sentence, "has nothing to do with this" */
	{ "Zelf heb ik het vanochtend nagedaan op mijn Chromebook (de Linux-omgeving,\nDebian 12, msb 0.12.8 via het "
	  "installatiescript), maar daar krijg ik bij de\nhead alleen \"No such file or directory\".\n", NULL, NULL, NULL,
	  NULL, NULL },
	{ "Kestrel runs it on a Fedora server.\n\nI tried a quick check on the MacBook Air I record the show on (M3, "
	  "macOS 26.2, msb 0.12.8 from Homebrew): plain ping from a deny sandbox got no replies. But I didn't try a "
	  "tunnel, and it's not the machine Kestrel is talking about, so please don't read much into it.\n",
	  "linux", "Fedora", NULL, NULL, NULL },
	{ "(In case it matters: our instance server is Debian 12 running Mastodon v4.5.2 and has nothing to do with "
	  "this.)\n\nsetup: my Mac mini, macOS 26.2.\n", "macos", NULL, NULL, "26.2", NULL },
	/* (3550) the same in Czech, msb named before the verb */
	{ "S\u00e1m jsem to zkou\u0161el na sv\u00e9m MacBooku (macOS 15.7, M1), ale tam microsandbox v\u016fbec "
	  "nem\u00e1m, tak\u017ee to pros\u00edm neberte v \u00favahu.\n\nRunnery b\u011b\u017e\u00ed na Debianu 12.\n",
	  "linux", "Debian 12", NULL, NULL, NULL },
	{ "For the record: the bench laptop in his note is our own forensic dock machine (Ubuntu 24.04, kernel "
	  "6.8). It has nothing to do with microsandbox and never ran it.\n\n$ grep PRETTY_NAME /mnt/etc/os-release\n"
	  "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n", "linux", "Debian GNU/Linux 12 (bookworm)", NULL, NULL,
	  NULL },
	/* (3386) an aside in parentheses about an idea not tried leaves the
	 * host the writer names */
	{ "The SDK leaves the secrets file in /tmp. (I also thought about a symlink, but "
	  "fs.protected_symlinks is on, so I did not try that.)\n\nThe server is a shared Linux VM.\n",
	  "linux", NULL, NULL, NULL, NULL },
	/* (3365) the writer's own try that failed is not the platform */
	{ "I tried to reproduce it on my work laptop (Windows 11 Enterprise 24H2, WSL2, msb 0.12.6) "
	  "but failed, because AF_VSOCK works differently under WSL2.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) a phone's shorthand for the distribution, run together or not;
	 * a package's ".deb", a kernel's ".fc41" or "u2" are none (round 214) */
	{ "deb12, whole history below:\n\n$ uname -r\n6.1.0-28-amd64\n", "linux", "Debian 12", "6.1.0-28-amd64", NULL, NULL },
	{ "running 0.12.2 on u24.04 fwiw\n", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	/* (#3) `ver` told, not pasted (round 237) */
	{ "Windows 11 pro 23H2, ver says 10.0.22631.4602\n", "windows", "Windows 11 pro 23H2", "10.0.22631.4602", NULL,
	  NULL },
	/* (#3) a host the writer tried and could not make it happen on is a
	 * second choice (round 240) */
	{ "tried on my m2 air w 0.12.2 and couldnt get it, but it happens on our ubuntu 24.04 build box\n", "linux",
	  "ubuntu 24.04", NULL, NULL, NULL },
	/* (#3) sw_vers's answer after an arrow; Guix System and its
	 * linux-libre kernel (round 239) */
	{ "  sw_vers -productVersion  ->  15.7.1\n  MacBook Pro 14\" (2023), Apple M2 Pro\n", "macos", NULL, NULL, "15.7.1",
	  "Apple M2 Pro" },
	{ "Tested on Guix System, uname -r 6.11.8-gnu.\n", "linux", "Guix System", "6.11.8-gnu", NULL, NULL },
	/* (#3) Oracle Linux's PRETTY_NAME with "Server" (round 241) */
	{ "Oracle Linux Server 9.5 (from /etc/os-release PRETTY_NAME)\nkernel 5.15.0-302.167.6.el9uek.x86_64 (uname -r)\n",
	  "linux", "Oracle Linux Server 9.5", "5.15.0-302.167.6.el9uek.x86_64", NULL, NULL },
	/* (#3) Proxmox VE, a hypervisor's own Debian (2970); a
	 * distribution's project is no host (2975) */
	{ "The host is a Proxmox VE 8.3 box, msb is installed directly on the PVE host.\n", "linux", "Proxmox VE 8.3",
	  NULL, NULL, NULL },
	{ "What I did on the Debian side: the package now builds against vm-memory 0.16.2.\n", NULL, NULL, NULL, NULL,
	  NULL },
	{ "built for x86_64-linux-gnu with gcc 12.2.0-gnu\n", NULL, NULL, NULL, NULL, NULL },
	{ "box is fedora41 w/ 6.11.10-300.fc41.x86_64\n", "linux", "Fedora 41", "6.11.10-300.fc41.x86_64", NULL, NULL },
	{ "i installed the .deb 12 times and u2 played in the background\n", NULL, NULL, NULL, NULL, NULL },
	{ "msb --version is 0.12.1, on my arch box, msbd from the aur package.\n", "linux", "arch", NULL, NULL, NULL },
	/* (#3) chat's terse hosts: the kernel right after the distribution,
	 * "arch btw" in a list, a macOS release's name beside the chip, the
	 * model's shorthand before the chip, "win11" (round 217) */
	{ "nixos 24.11, 6.6.63. msb from nixpkgs\n", "linux", "nixos 24.11", "6.6.63", NULL, NULL },
	{ "Ubuntu 24.04, 3.12 from deadsnakes\n", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "py sdk 0.12.2 (pip), arch btw, 6.12.4-arch1-1.\n", "linux", "arch", "6.12.4-arch1-1", NULL, NULL },
	{ "msb 12.1 from brew, sonoma m1\n", "macos", NULL, NULL, "sonoma", "Apple M1" },
	/* (#3) the chip, the model, then the release; an LTS's "u24" (round
	 * 224); "U21" is no release */
	{ "ok so this is bad i think. 0.12.2 m2 air sonoma. more soon\n", "macos", NULL, NULL, "sonoma", "Apple M2" },
	{ "found this testing egress. 0.12.3 on u24. i start a box\n", "linux", "Ubuntu 24", NULL, NULL, NULL },
	{ "our U21 team found this in the lab\n", NULL, NULL, NULL, NULL, NULL },
	{ "our shared build mac (mbp m1 pro, sonoma 14.6.1)\n", "macos", NULL, NULL, "14.6.1", "Apple M1 pro" },
	{ "tested on win11 + wsl, non-admin account\n", "windows", "Windows 11", NULL, NULL, NULL },
	{ "we won 11 games and i play win 11 games a week\n", NULL, NULL, NULL, NULL, NULL },
	{ "msb 0.12.1, win11 pro 24h2 (10.0.26100.2605)\n", "windows", "Windows 11 Pro 24h2", "10.0.26100.2605", NULL, NULL },
	/* (#3) the relayer's own machine, said not to be the report's,
	 * before or after it: the finder's host (round 219) */
	{ "I have NOT reproduced it. I'm on a Mac (macOS 15.2, M3) where our msb setup is different, so please don't take "
	  "my machine as the environment.\n\n$ grep PRETTY /etc/os-release; uname -r\nPRETTY_NAME=\"Pop!_OS 22.04 LTS\"\n"
	  "6.9.3-76060903-generic\n", "linux", "Pop!_OS 22.04 LTS", "6.9.3-76060903-generic", NULL, NULL },
	{ "For what it's worth my own setup is different from hers: Fedora Linux 41 (Workstation Edition), kernel "
	  "6.11.10-300.fc41.x86_64.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) "arch" opening a terse line before its kernel; "one of our
	 * linux ci runners" (round 229); the architecture is no distribution */
	{ "arch, 6.12.4-arch1-1, msb from the aur (msb-bin)\n", "linux", "arch", "6.12.4-arch1-1", NULL, NULL },
	{ "arch x86_64 only, the arm build is fine\n", NULL, NULL, NULL, NULL, NULL },
	{ "the box is one of our linux ci runners, dont know the distro\n", "linux", NULL, NULL, NULL, NULL },
	/* (round 266) someone's re-test of the finder's steps is not the
	 * finder's host */
	{ "Rob tried the same commands on his Raspberry Pi 5 during the break\n(msb 0.12.1, Raspberry Pi OS) and the "
	  "locked sandbox stayed blocked.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 301) a dotted package name in the re-test's setup is no
	 * sentence end */
	{ "I tried their steps on my own laptop with nixpkgs-unstable\n(python3Packages.microsandbox 0.12.8; NixOS 25.11, "
	  "kernel 6.12.63) and\nthe header reached my listener too.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 266) the relayer's own machine, named as he says he did not
	 * try it; a colleague's run after the same words stays the host */
	{ "I have not tried it myself: I still have an older msb on my\nown MacBook (0.11-something, macOS 15).\n", NULL,
	  NULL, NULL, NULL, NULL },
	{ "I have not tried it myself; Dana ran it on Debian 12 with 6.1.0-31-amd64.\n", "linux", "Debian 12",
	  "6.1.0-31-amd64", NULL, NULL },
	/* (round 266) a place's machine the writer uses; the writer's own
	 * machine where it works as the docs say is a control, no host */
	{ "On our university's Debian server (no desktop, no keyring) the key is stored in plain text.\n", "linux",
	  "Debian", NULL, NULL, NULL },
	{ "On my own Fedora laptop with GNOME Keyring the key does go into the keychain as the docs say.\n", NULL, NULL,
	  NULL, NULL, NULL },
	/* (round 269) the writer's own machine, then that he tested nothing
	 * on it */
	{ "I installed msb on my own MacBook last week (0.12.3, via Homebrew), but I haven't tested anything.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (round 269) a machine nobody tried it on */
	{ "Our connected network has a test VM with msb 0.12.3 on Ubuntu 24.04, but nobody has tried this\n"
	  "there, so please do not take that as the affected system.\n", NULL, NULL, NULL, NULL, NULL },
	/* (3521, 3510) the machine the mail is written from, or one said to
	 * matter in nothing */
	{ "Te\u010f p\u00ed\u0161u z notebooku s Windows 11 mimo kancel\u00e1\u0159 a na server se p\u0159es VPN "
	  "nedostanu.\n", NULL, NULL, NULL, NULL, NULL },
	{ "I'm writing this from my laptop with Windows 11, away from the office.\n", NULL, NULL, NULL, NULL, NULL },
	{ "My own laptop is a firm-issued Windows 11 Enterprise machine without developer tools, so nothing about "
	  "it is relevant to the report.\n", NULL, NULL, NULL, NULL, NULL },
	{ "We ran gh from a throwaway Ubuntu 24.04 VPS, which doesn't matter here since the bug is in your CI.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (3753) "Can't reproduce on my MacBook (...)": "can't" is can + 't,
	 * not can + n't as the patterns read it */
	{ "Can\u2019t reproduce on my MacBook (macOS 26.3, M3 Pro, msb 0.12.8 via brew), but that\u2019s a "
	  "single-user setup.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Can't reproduce on my MacBook (macOS 26.3, M3 Pro), so it may be Linux only.\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (3742) a VPS "not related to microsandbox" */
	{ "(The server for the domain is a small VPS with Debian 12 and nginx 1.22.1; it is only my side, not "
	  "related to microsandbox.)\n", NULL, NULL, NULL, NULL, NULL },
	/* (3692) in Dutch and German: makes no difference to the cloud API */
	{ "Het script draait op Python 3.12.8 (Windows 11-laptop van een collega; dat maakt voor de cloud-API niet "
	  "uit).\n", NULL, NULL, NULL, NULL, NULL },
	{ "Das Skript lief auf dem Laptop eines Kollegen mit Windows 11, was f\u00fcr die Cloud-API keine Rolle "
	  "spielt.\n", NULL, NULL, NULL, NULL, NULL },
	/* (3517, 3514) a relayer's own try, then in the next sentence not
	 * to be counted */
	{ "Yo prob\u00e9 algo parecido en mi notebook (macOS 15.7, M1) y el segundo curl me dio timeout. No tomen "
	  "en cuenta mi prueba.\n", NULL, NULL, NULL, NULL, NULL },
	{ "S\u00e1m jsem to zkusil na sv\u00e9m MacBooku (macOS 15.6, M1) s msb 0.12.7 a hook se mi nespustil. "
	  "M\u016fj pokus pros\u00edm neberte v potaz.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 269) a try on the writer's own laptop that failed there is
	 * not the host; machines said to come with a distribution are */
	{ "I tried to reproduce at home on my laptop (Pop!_OS 24.04, kernel 6.12.10-76061203-generic), but there\n"
	  "the socket() call in the guest fails, so I can neither confirm nor rule anything out.\n", NULL, NULL,
	  NULL, NULL, NULL },
	{ "They were Hetzner Cloud VMs with\nDebian; I'd have to guess the exact release.\n", "linux", "Debian", NULL,
	  NULL, NULL },
	{ "I tried it on my laptop (Fedora 41) and there it leaks the key too.\n", "linux", "Fedora 41", NULL, NULL,
	  NULL },
	/* (round 269) Void Linux's kernel, its package revision after an
	 * underscore */
	{ "My build host is Void Linux x86_64 (glibc), kernel 6.12.25_1, cargo 1.86.0.\n", "linux", "Void Linux",
	  "6.12.25_1", NULL, NULL },
	/* (round 269) the relayer's own try that adds nothing */
	{ "I tried to reproduce on my own MacBook (M4 Pro, macOS 15.4, msb 0.12.1 from Homebrew) and it just\n"
	  "answers \"unknown option\", so I have nothing to add from my side.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 260) a terse environment line set apart with middle dots */
	{ "msb 0.12.3 \xc2\xb7 nixos 24.11 \xc2\xb7 6.6.69\n", "linux", "nixos 24.11", "6.6.69", NULL, NULL },
	/* (round 265) the web console in a browser on the writer's Mac */
	{ "same on chrome on my mac\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 263) the Romance word order, the system after the machine */
	{ "Il server \xc3\xa8 una VPS Linux presso un provider italiano, con Python 3.12.\n", "linux", NULL, NULL, NULL,
	  NULL },
	{ "Il server \xc3\xa8 una VM Linux guest.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 268) the writer's workers or servers "run on Linux" */
	{ "The workers run on Linux, some GKE node image; I don't know the kernel.\n", "linux", NULL, NULL, NULL, NULL },
	{ "The staging hosts run our standard Linux build.\n", "linux", NULL, NULL, NULL, NULL },
	{ "I have asked them. The staging\nhosts run our standard Linux build.\n", "linux", NULL, NULL, NULL, NULL },
	{ "workers run on Linux\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 263) a relayer's own try that did not work for him is no
	 * host, the line wrapped inside it */
	{ "For what it's worth, I tried her steps on my own laptop (Fedora 41, msb\n0.12.3) and pkexec asked for my "
	  "password, so it didn't work for me.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 256, 258) the machine said to be Linux in a clause of its
	 * own, or the writer's desktop "at home, linux"; not a kernel bug,
	 * not "Linux-only" */
	{ "It is a Linux machine. I will send the exact details when it is back.\n", "linux", NULL, NULL, NULL, NULL },
	{ "The server is Linux but I don't know the distribution.\n", "linux", NULL, NULL, NULL, NULL },
	{ "its on my desktop at home, linux\n", "linux", NULL, NULL, NULL, NULL },
	{ "it is a Linux kernel bug, not ours\n", NULL, NULL, NULL, NULL, NULL },
	{ "It's Linux-only, macOS builds are fine.\n", NULL, NULL, NULL, NULL, NULL },
	/* (round 245) someone else's machine said to be Linux; not a guest */
	{ "The hub is some linux VM the platform team runs, I don't know the distro.\n", "linux", NULL, NULL, NULL,
	  NULL },
	{ "the guest is a linux VM and it sees the share\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3304) the writer's work laptop said to be a Linux machine */
	{ "The laptop is a work Linux machine (whatever IT installed), I don't know the release or the kernel.\n",
	  "linux", NULL, NULL, NULL, NULL },
	/* (#3, 3253 wrapped at 76 columns) "mac" at a line's end, the release
	 * on the next */
	{ "so it's only the sandbox you're in that dies, nothing else on the host. mac\n15.7.2, M3 air, msb 0.11.8\n",
	  "macos", NULL, NULL, "15.7.2", "Apple M3" },
	/* (#3, 3290) a ticket's asset field naming the requester's laptop is
	 * not the host the description gives */
	{ "Configuration item:   LT-04417 (requester's laptop) - Windows 11 Enterprise 24H2, build 26100.7171\n\n"
	  "The runners are Red Hat Enterprise Linux 9.6, uname -r is 5.14.0-570.62.1.el9_6.x86_64.\n",
	  "linux", "Red Hat Enterprise Linux 9.6", "5.14.0-570.62.1.el9_6.x86_64", NULL, NULL },
	/* (round 244) the cloud it runs in after the host's distribution */
	{ "Our server is Ubuntu on AWS EC2, Python 3.11.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	/* (round 243) Debian 13's kernel, its package revision after a plus;
	 * the Mac said to be a chip */
	{ "msb 0.12.3, debian 13 (trixie), 6.12.57+deb13-amd64\n", "linux", "debian 13 (trixie)",
	  "6.12.57+deb13-amd64", NULL, NULL },
	{ "the mac is an m3 pro on tahoe 26.1\n", "macos", NULL, NULL, "26.1", "Apple M3 pro" },
	{ "built from main @ 4c7e91a yesterday, m4 mini on sequoia 15.2\n", "macos", NULL, NULL, "15.2", "Apple M4" },
	{ "the guest image is Ubuntu on AWS\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) an issue template's example left unfilled is no host; an
	 * abbreviation's dots end no sentence (round 227) */
	{ "**Environment:**\n - OS: [e.g. Ubuntu 22.04]\n - msb version: [e.g. 0.12.0]\n", NULL, NULL, NULL, NULL, NULL },
	{ "**Environment:**\n - OS: Ubuntu 22.04, kernel 6.8.0-49-generic\n", "linux", "Ubuntu 22.04",
	  "6.8.0-49-generic", NULL, NULL },
	{ "It only shows on the build host, i.e. Fedora 41 with kernel 6.11.11-300.fc41.x86_64, not on our laptops.\n",
	  "linux", "Fedora 41", "6.11.11-300.fc41.x86_64", NULL, NULL },
	/* (#3) the relayer's machine that "tells you nothing", his own run
	 * that "does nothing there" (round 226) */
	{ "My own machine is a MacBook (macOS 15.1, M3 Pro) with msb 0.12.3, and there is no system\n"
	  "mode there, so my setup tells you nothing.\n", NULL, NULL, NULL, NULL, NULL },
	{ "I ran the script on my laptop (macOS 15.2 on an M3) and it does nothing there, because msb runs in\n"
	  "user mode on macOS.\n", NULL, NULL, NULL, NULL, NULL },
	{ "I ran the script on my laptop (macOS 15.2 on an M3) and it prints the other user's files.\n",
	  "macos", NULL, NULL, "15.2", "Apple M3" },
	/* (#3) chat's "mac 15.2" (round 221); a model year is none */
	{ "microsandbox@0.12.2 (npm ls), mac 15.2 on an m2 pro. no credit needed thx\n", "macos", NULL, NULL, "15.2", "Apple M2 pro" },
	{ "my old mac 2019 is slow\n", "macos", NULL, NULL, NULL, NULL },
	/* (#3) a host table whose last column says which host was used: the
	 * rows marked "no" are listed, not tested (round 222) */
	{ "  Host         OS / kernel                                  Used\n"
	  "  lab-kvm-01   Ubuntu 24.04.1 LTS, 6.8.0-50-generic x86_64  yes, all output\n"
	  "  mbp-ml-07    macOS 15.2, Apple M3 Max                     no, other backend\n",
	  "linux", "Ubuntu 24.04.1 LTS", "6.8.0-50-generic", NULL, NULL },
	{ "  mbp-ml-07    macOS 15.2, Apple M3 Max                     yes\n", "macos", NULL, NULL, "15.2", "Apple M3 Max" },
	/* (#3) "arch" before its kernel's -arch release, "w11 home 23H2"
	 * (round 218) */
	{ "msb 0.12.2, arch, 6.12.4-arch1-1\n", "linux", "arch", "6.12.4-arch1-1", NULL, NULL },
	{ "Microsoft Windows [Versione 10.0.22631.4602]\n\nw11 home 23H2.\n", "windows", "Windows 11 Home 23H2", "10.0.22631.4602", NULL, NULL },
	/* (1868) the kernel "of the server", and a version that ends the line
	 * above is not the kernel the next line names */
	{ "    msb 0.11.1\n\nKernel of the server is 6.11.4-301.fc41.x86_64 (Fedora 41).\n",
	  "linux", "Fedora 41", "6.11.4-301.fc41.x86_64", NULL, NULL },
	{ "The kernel of my laptop is 6.8.0-49-generic.\n", "linux", NULL, "6.8.0-49-generic", NULL, NULL },
	{ "Installed 0.10.9\nkernel hardening is off on purpose.\n", NULL, NULL, NULL, NULL, NULL },
	{ "Host runs a 6.1.0-27-amd64 kernel.\n", "linux", NULL, "6.1.0-27-amd64", NULL, NULL },
	/* (#3) the writer's CI runners said to be Linux, their image named
	 * (2164); guests or containers they start are none */
	{ "Runners are our usual Linux image, nothing special.\n", "linux", NULL, NULL, NULL, NULL },
	{ "Our build agents run Linux, the job is the same everywhere.\n", "linux", NULL, NULL, NULL, NULL },
	{ "The runners start Linux guests through the SDK.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) Pardus, a Debian-based distribution, with its release */
	{ "My workstation runs Pardus 21.5 with the default kernel.\n", "linux", "Pardus 21.5", NULL, NULL, NULL },
	/* (#3) a release read inside the guest or a container, so said
	 * earlier in its sentence, is not the host's (2513); one read "in my
	 * VM" is (msb may run in a VM), as is the host's named between */
	{ "Host:\n  Operating System: Ubuntu 24.04.1 LTS\n\nInside the container\n/etc/os-release says "
	  "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\", which is just your image's base.\n",
	  "linux", "Ubuntu 24.04.1 LTS", NULL, NULL, NULL },
	{ "In the sandbox, cat /etc/os-release gives PRETTY_NAME=\"Alpine Linux v3.20\".\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "In my VM the /etc/os-release says PRETTY_NAME=\"Fedora Linux 41 (Server Edition)\".\n",
	  "linux", "Fedora Linux 41 (Server Edition)", NULL, NULL, NULL },
	/* (#3) a release file printed by a command run in a container is the
	 * container's; the host's own, after the host's prompt, is the host */
	{ "$ docker exec api-1 cat /etc/os-release\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
	  "$ cat /etc/os-release\nPRETTY_NAME=\"Fedora Linux 41 (Server Edition)\"\n",
	  "linux", "Fedora Linux 41 (Server Edition)", NULL, NULL, NULL },
	{ "$ kubectl exec -n msb deploy/msb-server -- cat /etc/os-release\nPRETTY_NAME=\"Alpine Linux v3.20\"\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "$ cat /etc/os-release\nPRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\n$ docker exec web-1 uname -r\n6.8.0-49-generic\n",
	  "linux", "Ubuntu 24.04.1 LTS", "6.8.0-49-generic", NULL, NULL },
	/* (#3) the command run in the container may go on over lines ending
	 * in a backslash; the host's own release file after it still counts */
	{ "$ podman run --rm -v data:/d \\\n    registry.example/tools:1 \\\n    sh -c 'cat /etc/os-release'\n"
	  "PRETTY_NAME=\"openSUSE Tumbleweed\"\n$ grep PRETTY /etc/os-release\nPRETTY_NAME=\"Linux Mint 22\"\n",
	  "linux", "Linux Mint 22", NULL, NULL, NULL },
	{ "$ msb run --image alpine:3.20 -- \\\n   grep PRETTY_NAME /etc/os-release\nPRETTY_NAME=\"Alpine Linux v3.20\"\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* ... and a shell opened over two lines is the guest's too */
	{ "me@ws:~$ msb run -it --image fedora:41 -- \\\n  /bin/bash\n[root@sb /]# cat /etc/os-release\nPRETTY_NAME=\"Fedora Linux 41 (Container Image)\"\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3) a machine said in the same sentence not to have msb at all is
	 * named beside the hosts, not one of them; one that has it is a host */
	{ "The jump hosts run Oracle Linux 9.3 and don't have msb. The build boxes are Fedora 40.\n",
	  "linux", "Fedora 40", NULL, NULL, NULL },
	{ "Los servidores de correo son Debian 11 y no tienen microsandbox; las estaciones usan Ubuntu 24.04.\n",
	  "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "Our bastion runs CentOS Stream 9; msb is not installed on it. Testing was done on Arch Linux.\n",
	  "linux", "Arch Linux", NULL, NULL, NULL },
	/* (#3) ... with its kernel or release between the machine and the
	 * clause that says msb never ran there */
	{ "The prover ran on our CI box (Debian 12, kernel 6.1.0-28-amd64), which has never had msb installed.\n",
	  NULL, NULL, NULL, NULL, NULL },
	{ "The lab servers run Rocky Linux 9.4 and have msb 0.12.0 installed.\n",
	  "linux", "Rocky Linux 9.4", NULL, NULL, NULL },
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
	/* (#3) a notice's key/value field naming system and architecture;
	 * not an image's platform with a slash */
	{ "Engine:   libFuzzer\nPlatform: linux-aarch64\nCrash:    SEGV\n", "linux", NULL, NULL, NULL, NULL },
	{ "Image:    alpine:3.20\nPlatform: linux/arm64\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) the writer on a machine named any way, the distribution after
	 * "with"/"running" closing the clause; not one with more after it,
	 * nor a thing that is no machine */
	{ "Most evenings I'm on a battered Dell Latitude running Pop!_OS.\n", "linux", "Pop!_OS", NULL, NULL, NULL },
	{ "We are using a shared Hetzner box with Debian, if that matters.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "I'm on a ThinkPad with Ubuntu in a VM for the tests.\n", NULL, NULL, NULL, NULL, NULL },
	{ "I'm on a call with Fedora people all afternoon.\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) the machines said to have the distribution, a place maybe
	 * between; not with more after the name */
	{ "The office machines have Debian, nobody knows which release.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Los servidores del taller tienen Ubuntu, no s\xc3\xa9 la versi\xc3\xb3n.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "The build machines have Ubuntu images cached for the guests.\n", NULL, NULL, NULL, NULL, NULL },
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
	/* the host said to be a distribution, then where it stands ("at the
	 * office", Indonesian "di kantor"); not one followed by other words */
	{ "My box is Debian at home, nothing special.\n", "linux", "Debian", NULL, NULL, NULL },
	{ "Mesinnya biasa saja. Server is Fedora di rumah.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "The server is Ubuntu in our office.\n", "linux", "Ubuntu", NULL, NULL, NULL },
	{ "The server is Ubuntu at home users' request, the guest is Alpine.\n", NULL, NULL, NULL, NULL, NULL },
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
	/* (2341) uname -r said to run in the sandbox or at a prompt named after
	 * the guest prints the guest's kernel whatever its release looks like;
	 * uname -r on the host, or on the writer's own machine, is the host's */
	{ "Inside a\nsandbox, `uname -r` prints 6.6.12 which is old.\n\nhost is Debian 12 (kernel 6.1.0-27-amd64).\n",
	  "linux", "Debian 12", "6.1.0-27-amd64", NULL, NULL },
	{ "The sandbox's `uname -r` gives 6.1.44; host: Ubuntu 24.04, kernel 6.8.0-49-generic.\n",
	  "linux", "Ubuntu 24.04", "6.8.0-49-generic", NULL, NULL },
	{ "root@sandbox:/# uname -r\n6.1.44\n\nHost: Fedora 40, kernel 6.10.3-200.fc40.x86_64\n",
	  "linux", "Fedora 40", "6.10.3-200.fc40.x86_64", NULL, NULL },
	{ "I ran it in the sandbox and on the host `uname -r` gives 6.8.0-49-generic.\n", "linux", NULL, "6.8.0-49-generic", NULL, NULL },
	{ "On my laptop, uname -r prints 6.8.0-49-generic.\n", "linux", NULL, "6.8.0-49-generic", NULL, NULL },
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
	/* (round 304) a bounty platform's triage Mac is not where it was
	 * found */
	{ "We reproduced it on our triage Mac (macOS 26.2, M1, msb 0.12.8\nfrom Homebrew) with the same result.\n", NULL,
	  NULL, NULL, NULL, NULL },
	/* (round 306) a phone's dictation splits "MacBook" */
	{ "Lo uso sul mio Mac book Air M3 con macOS 26.2.\n", "macos", NULL, NULL, "26.2", "Apple M3" },
	/* (round 301) reportbug's system information */
	{ "-- System Information:\nDebian Release: 13.2\n  APT prefers stable-security\nArchitecture: amd64 (x86_64)\n\n"
	  "Kernel: Linux 6.12.57+deb13-amd64 (SMP w/16 CPU threads; PREEMPT)\n", "linux", "Debian 13.2",
	  "6.12.57+deb13-amd64", NULL, NULL },
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
	{ "host: laptop, arch, kernel 6.10.2-arch1-2, 32 GB", "linux", "arch", "6.10.2-arch1-2", NULL, NULL },
	{ "it depends on the cpu, arch, kernel config and the guest image", NULL, NULL, NULL, NULL, NULL },
	{ "it depends on arch, kernel config and the guest image", NULL, NULL, NULL, NULL, NULL },
	{ ".50 is my vps. 0.12.3, arch w/ zen kernel 6.12.4-zen1-1-zen\n", "linux", "arch", "6.12.4-zen1-1-zen",
	  NULL, NULL },
	{ "it depends on arch w/ the guest image\n", NULL, NULL, NULL, NULL, NULL },
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
	/* (#3) words between Windows and the machine; a guest's are none */
	{ "We run msb on our Windows Remote Desktop session hosts.", "windows", NULL, NULL, NULL, NULL },
	{ "I tried it on my Windows dev laptop too.", "windows", NULL, NULL, NULL, NULL },
	{ "Our Windows guest VM hosts the build agent.", NULL, NULL, NULL, NULL, NULL },
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
	/* (#3) a template's or a setup list's host field naming Linux alone
	 * is the system (no distro, no kernel); not a list of systems, an
	 * image's platform or a guest's field */
	{ "### Environment\n- SDK: 0.11.0\n- OS: Linux (it runs on an old NUC in the closet)\n", "linux", NULL, NULL,
	  NULL, NULL },
	{ "**Host OS:** linux\n**Node:** 22.3.0\n", "linux", NULL, NULL, NULL, NULL },
	{ "OS: Linux, macOS and Windows are all supported by the SDK.\n", NULL, NULL, NULL, NULL, NULL },
	{ "OS: linux/arm64\nDigest: sha256:0f1e\n", NULL, NULL, NULL, NULL, NULL },
	{ "Guest OS: Linux\n", NULL, NULL, NULL, NULL, NULL },
	/* (#3) a table with "name" and "version" columns whose row names a
	 * distribution (osquery's os_version, a Markdown table), and osquery's
	 * kernel_info; a table of packages names none */
	{ "  osquery> select name, version from os_version;\n  +--------+---------------------+\n"
	  "  | name   | version             |\n  +--------+---------------------+\n"
	  "  | Debian GNU/Linux | 12 (bookworm) |\n  +--------+---------------------+\n"
	  "  osquery> select version from kernel_info;\n  +---------+\n  | version |\n  +---------+\n"
	  "  | 6.1.119 |\n  +---------+\n", "linux", "Debian GNU/Linux 12 (bookworm)", "6.1.119", NULL, NULL },
	{ "| Name | Version |\n|---|---|\n| Fedora Linux | 41 |\n", "linux", "Fedora Linux 41", NULL, NULL, NULL },
	{ "| Name | Version |\n|---|---|\n| microsandbox | 0.10.8 |\n| tokio | 1.40.0 |\n", NULL, NULL, NULL,
	  NULL, NULL },
	/* (#3) the system token of the AWS SDKs' user agent ("os/linux#KERNEL")
	 * is where that client ran (a guest, a CI job), not the host */
	{ "The canary fired. User agent: aws-cli/2.15.0 md/awscrt#0.19.1 ua/2.0 os/linux#6.8.0-45-generic "
	  "md/arch#x86_64\nThe hosts run Ubuntu 24.04.", "linux", "Ubuntu 24.04", NULL, NULL, NULL },
	{ "botocore/1.34 ua/2.0 os/macos#23.6.0 md/arch#arm64 lang/python#3.12\n", NULL, NULL, NULL, NULL, NULL },
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
	/* (#3) the digits of another script read as ASCII digits, as the
	 * version's are: Bengali, Devanagari; a kernel's number in them is
	 * not a macOS version */
	{ "আমার মেশিন: macOS ১৪.৬, Apple M2 চিপ।\n", "macos", NULL, NULL, "14.6", "Apple M2" },
	{ "मशीन: macOS १५.१ (MacBook Pro, M4)\n", "macos", NULL, NULL, "15.1", "Apple M4" },
	{ "কার্নেল ৬.৮.০ সার্ভারে চলছে।\n", NULL, NULL, NULL, NULL, NULL },
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
	/* (2411) a lab's or a team's machines, and the distribution's long name,
	 * also in a host table's cell; not a lab's test images */
	{ "| Item | Value |\n|---|---|\n| Host | the Debian GNU/Linux lab workstations, amd64 |\n",
	  "linux", "Debian GNU/Linux", NULL, NULL, NULL },
	{ "Reproduced on two Fedora team servers.\n", "linux", "Fedora", NULL, NULL, NULL },
	{ "The lab keeps Fedora test images for the students.\n", NULL, NULL, NULL, NULL, NULL },
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
	/* (#3, 3330) a distribution's configuration module is no host */
	{ "I co-maintain the microsandbox package in nixpkgs (and the\nservices.microsandbox NixOS module).\n",
	  NULL, NULL, NULL, NULL, NULL },
	/* (#3, 3331) a relayer's try that was blocked there, in Portuguese */
	{ "Tentei reproduzir no meu MacBook (macOS 26.1, Apple M4, msb 0.12.6) e lá a\nconexão foi bloqueada.\n\n"
	  "Operating System: Fedora Linux 43 (Workstation Edition)\n          Kernel: Linux 6.17.7-300.fc43.x86_64\n",
	  "linux", "Fedora Linux 43 (Workstation Edition)", "6.17.7-300.fc43.x86_64", NULL, NULL },
	/* (#3, 3332) a try the writer cannot confirm anything from; the
	 * affected server only said to be a Linux machine */
	{ "I tried to see the same thing on my own laptop (Windows 11, Python SDK\n0.12.6), but I don't know how to "
	  "look at process arguments on Windows, so I can't confirm anything myself. The server was a Linux machine "
	  "the venue lent us for the weekend.\n", "linux", NULL, NULL, NULL, NULL },
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
	/* (3755) a correction further on naming another system: the host
	 * from the correction on; (3751) one naming the same system (a
	 * version corrected "on this MacBook") keeps the whole text's */
	{ "snapshot restore skips the owner check", "Umgebung: msb 0.12.8 auf macOS 26.3 (MacBook Air M2)\n\n"
	  "Problem: restore.\n\nPS, Korrektur zur \u201eUmgebung\u201c ganz oben: Quatsch, das ist der Rechner, auf "
	  "dem ich diese Mail schreibe. Betroffen ist der Kunden-Host sb-host-03, ein Debian 12.\n",
	  "linux", "Debian 12", NULL, NULL, NULL },
	{ "snapshot restore skips the owner check", "Environment: msb 0.12.8 on macOS 26.3 (MacBook Air M2)\n\n"
	  "PS, a correction to the environment above: that is the computer I am writing this mail on. The "
	  "affected host is sb-host-03, a Debian 12.\n", "linux", "Debian 12", NULL, NULL, NULL },
	{ "agent signs with any key", "sw_vers: ProductVersion 26.3.1, chip Apple M4 Pro, msb 0.12.8.\n\n"
	  "Correction, sorry: I wrote msb 0.12.8 above, but that is the version on my other Mac. On this "
	  "MacBook it says msb 0.12.7.\n", "macos", NULL, NULL, "26.3.1", "Apple M4 Pro" },
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


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/platform", test_platform);
	g_test_add_func("/extract/platform_fullwidth_evidence", test_platform_fullwidth_evidence);
	g_test_add_func("/extract/image-alt-platform", test_image_alt_platform);
	g_test_add_func("/extract/subject-platform", test_subject_platform);
	return g_test_run();
}
