/* test_extract_credit.c — the credit a reporter asks for
 * (st_extract_credit), an answer to a credit question, the writer's own
 * name.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

/* ------------------------------------------------------------ credit */

static const struct {
	const char *text;
	gboolean found, anonymous;
	const char *name, *link;
} credits[] = {
	/* (#3, 5278, 5148) the finder's name asked for as such; the credit put
	 * down to a team */
	{ "As finder please name \"Nordwind Logistik CSIRT\".\n", TRUE, FALSE, "Nordwind Logistik CSIRT", NULL },
	{ "If you credit, please put it down to the Wattle Ledger platform team.\n", TRUE, FALSE,
	  "Wattle Ledger platform team", NULL },
	/* (#3, 5296) Italian, asked politely, the link on the next line */
	{ "Se pubblicate qualcosa, vi chiederei di citarmi come Giulia Ferraro\n"
	  "(https://github.com/giuliaferraro-dev).\n", TRUE, FALSE, "Giulia Ferraro",
	  "https://github.com/giuliaferraro-dev" },
	/* (#3, 5256) the credit asked as a favour, for a team */
	{ "Si publican un aviso, agradecer\u00edamos el cr\u00e9dito para el \"CSIRT de Andina Cloud\" "
	  "(https://andinacloud.example/csirt).\n", TRUE, FALSE, "CSIRT de Andina Cloud", "https://andinacloud.example/csirt" },
	/* (#3, 5283) no acknowledgement required, said formally */
	{ "We do not require any public acknowledgement for this report.\n", TRUE, TRUE, NULL, NULL },
	/* (#3, 5169) the company's name not wanted in what is published */
	{ "We do not want our company name to appear in an advisory or any other publication.\n",
	  TRUE, TRUE, NULL, NULL },
	/* (#3, 5317) a link a mail gateway defanged */
	{ "For credit: Chiamaka Obi, hxxps://github[.]com/chiamaka-o\n", TRUE, FALSE, "Chiamaka Obi",
	  "https://github.com/chiamaka-o" },
	/* (4914) the organisers' own wish not to be named is theirs: the
	 * writer's request for the team stands */
	{ "If you credit us, please use \"Lachlan Pereira (Southern Overflow)\" with\na link to "
	  "https://southernoverflow.example/ . The organisers said they\ndon't need to be named.\n", TRUE, FALSE,
	  "Lachlan Pereira (Southern Overflow)", "https://southernoverflow.example/" },
	/* (4918) French "merci de cr\u00e9diter l'\u00e9tudiant et non moi : \u00ab NAME \u00bb" */
	{ "merci de cr\u00e9diter\nl'\u00e9tudiant et non moi : \u00ab Hugo Lefebvre (Universit\u00e9 de Saint-Aubin) "
	  "\u00bb,\navec le lien https://hlefebvre.github.example/ .\n", TRUE, FALSE,
	  "Hugo Lefebvre (Universit\u00e9 de Saint-Aubin)", "https://hlefebvre.github.example/" },
	/* (4921) Italian, the finder's wish relayed: "chiede di essere citato
	 * come \"HANDLE (TEAM)\"" */
	{ "- Il merito della scoperta \u00e8 suo, non nostro: chiede di essere citato\n  come \"nyancat (pwnocchio)\" con "
	  "il link https://pwnocchio.example/ .\n  Noi come staff non abbiamo bisogno di essere citati.\n", TRUE, FALSE,
	  "nyancat (pwnocchio)", "https://pwnocchio.example/" },
	/* (4868) Chinese "请署名 NAME" */
	{ "\u5982\u679c\u53d1\u5e03\u516c\u544a\uff0c\u8bf7\u7f72\u540d Lin Haoran\uff08GitHub: "
	  "https://github.com/linhaoran-sec\uff09\u3002\n", TRUE, FALSE, "Lin Haoran", "https://github.com/linhaoran-sec" },
	/* (4870) Dutch "the credit goes to my colleague NAME, who came
	 * across it" under a Credits heading */
	{ "Credits\n-------\n\nDe eer komt toe aan mijn collega Sanne de Vries, die de workflow tegenkwam toen ze onze "
	  "eigen taps doorlichtte. Zonder link graag.\n", TRUE, FALSE, "Sanne de Vries", NULL },
	/* (4875) Romanian "a\u0219 aprecia s\u0103 fiu men\u021bionat\u0103 ca NAME" */
	{ "Dac\u0103 se dovede\u0219te c\u0103 e o problem\u0103 real\u0103, a\u0219 aprecia s\u0103 fiu "
	  "men\u021bionat\u0103 ca Ioana Stoica.\n", TRUE, FALSE, "Ioana Stoica", NULL },
	/* (4926) the company "or any of us" declined */
	{ "Please do not credit Halvard Financial or any of us by\nname in an advisory \u2014 company policy for "
	  "red-team work.\n", TRUE, TRUE, NULL, NULL },
	/* (4928) "credit our organisation \"NAME\" (URL)" */
	{ "Kindly credit our\norganisation \"Sahyadri Cyber Labs\" (https://sahyadricyber.example) in\nthe security "
	  "advisory.\n", TRUE, FALSE, "Sahyadri Cyber Labs", "https://sahyadricyber.example" },
	/* (4883) Spanish "os pedimos que figuremos como \u00abNAMES (FIRM)\u00bb" */
	{ "Para el aviso, si lo public\u00e1is, os pedimos que figuremos como \u00abLuc\u00eda Ben\u00edtez y Marta "
	  "Ibarra (Tramonta Anal\u00edtica)\u00bb, con enlace a https://tramonta.example/seguridad\n", TRUE, FALSE,
	  "Luc\u00eda Ben\u00edtez y Marta Ibarra (Tramonta Anal\u00edtica)", "https://tramonta.example/seguridad" },
	/* (4792) to be "on there" when the advisories carry names: the
	 * request, the name the From's */
	{ "My name\u2019s Cody Rawlins by the way. If you guys put names on these advisories I\u2019d love to be on "
	  "there.\n", TRUE, FALSE, NULL, NULL },
	/* (4778) Portuguese: "agradecia que me creditassem como NAME" */
	{ "Se publicarem um aviso, agradecia que me creditassem como In\u00eas Carvalho, \n"
	  "https://ciberlab.example/@ines\n", TRUE, FALSE, "In\u00eas Carvalho", "https://ciberlab.example/@ines" },
	/* (4839) "Quero ser creditada como NAME, URL" */
	{ "Quero ser creditada como Luana Ferreira dos Santos, https://github.com/luanafsantos\n\nObrigada!\n", TRUE,
	  FALSE, "Luana Ferreira dos Santos", "https://github.com/luanafsantos" },
	/* (4807) Persian: "with the name NAME and the link URL, mention me" */
	{ "\u0627\u06af\u0631 \u0645\u0634\u0627\u0648\u0631\u0647\u200c\u0646\u0627\u0645\u0647 \u0645\u0646\u062a\u0634\u0631 "
	  "\u0634\u062f\u060c \u0644\u0637\u0641\u0627 \u0628\u0627 \u0646\u0627\u0645 Mahdi Rahimi \u0648 \u0644\u064a\u0646\u06a9 "
	  "https://mrahimi.example \u0627\u0632 \u0645\u0646 \u0646\u0627\u0645 \u0628\u0628\u0631\u064a\u062f.\n", TRUE, FALSE,
	  "Mahdi Rahimi", "https://mrahimi.example" },
	/* (4808) Swahili: "give credit to my colleague NAME (URL)", the
	 * writer needing no mention */
	{ "Mkichapisha taarifa ya usalama, tafadhali mpeni sifa mwenzangu Achieng Odhiambo "
	  "(https://github.com/achieng-o), ndiye aliyeligundua. Mimi sihitaji kutajwa.\n", TRUE, FALSE,
	  "Achieng Odhiambo", "https://github.com/achieng-o" },
	/* (4812) Greek: "for the mention in the advisory:" over the name */
	{ "\u0393\u03b9\u03b1 \u03c4\u03b7\u03bd \u03b1\u03bd\u03b1\u03c6\u03bf\u03c1\u03ac \u03c3\u03c4\u03bf advisory:\n"
	  "Dimitris Karagiannis, https://users.csd.thessuni.example/~dkarag\n", TRUE, FALSE, "Dimitris Karagiannis",
	  "https://users.csd.thessuni.example/~dkarag" },
	/* (4836) Italian: the quoted name, then "va benissimo" */
	{ "Se volete citarmi, \u201cChiara Lombardi (ITIS Belmeloro)\u201d va benissimo,\nsenza link.\n", TRUE, FALSE,
	  "Chiara Lombardi (ITIS Belmeloro)", NULL },
	/* (4834) Japanese: the condition, then the quoted name and the link */
	{ "\u3082\u3057\u8a18\u8f09\u3057\u3066\u3044\u305f\u3060\u3051\u308b\u5834\u5408\u306f\u300cYuma Sasaki\u300d\u3001"
	  "\u30ea\u30f3\u30af\u306f\nhttps://yuma-sasaki.example \u3067\u304a\u9858\u3044\u3057\u307e\u3059\u3002\n", TRUE, FALSE,
	  "Yuma Sasaki", "https://yuma-sasaki.example" },
	/* (4760) Swedish: "if you want to credit someone, it is NAME" */
	{ "Om ni vill kreditera n\u00e5gon \u00e4r det Oskar Berg (https://github.com/oskarberg-sec) som ska ha "
	  "\u00e4ran, inte jag.\n", TRUE, FALSE, "Oskar Berg", "https://github.com/oskarberg-sec" },
	/* (4843) "from our side" from the finder's own company declines;
	 * (2922) above a forwarded report it is the relayer's alone */
	{ "We rated this P1 internally because of the public logs. No credit needed from our side.\n", TRUE, TRUE,
	  NULL, NULL },
	{ "We don't need any credit for this on our side.\n\n---------- Forwarded message ---------\n"
	  "From: Tomas Ruiz <tomas@example.org>\nSubject: bundle\n\nHi, found something.\n", FALSE, FALSE, NULL, NULL },
	/* (4663) a distribution's own decline over the reporter's request */
	{ "F\u00fcr uns als Distribution braucht es keine Nennung.\n\n> Credit: if there is an advisory, please "
	  "credit me as Priya Raghunathan (https://github.com/priyaraghu).\n", TRUE, FALSE, "Priya Raghunathan",
	  "https://github.com/priyaraghu" },
	/* (4648) Portuguese "podem creditar-nos aos dois: NAME e NAME (FIRM)" */
	{ "Se quiserem mencionar-nos, podem creditar-nos aos dois: Tiago Moura e In\u00eas Sobral (Ribeira Labs). "
	  "N\u00e3o \u00e9 preciso link.\n", TRUE, FALSE, "Tiago Moura e In\u00eas Sobral (Ribeira Labs)", NULL },
	/* (4670) Norwegian: the finder's wish relayed by name, the CSIRT's own
	 * decline beside it */
	{ "Eirik \u00f8nsker \u00e5 bli kreditert som \u00abEirik Sandvold (Brekkedal Energi)\u00bb. NordEnergi-CSIRT "
	  "trenger ikke \u00e5 nevnes.\n", TRUE, FALSE, "Eirik Sandvold (Brekkedal Energi)", NULL },
	/* (4642) Japanese: the English spelling, the link after "\u3001" */
	{ "\u82f1\u8a9e\u8868\u8a18\u306f\u300cYamabuki Giken Co., Ltd.\u300d\u3001\u30ea\u30f3\u30af\u306f "
	  "https://yamabuki-giken.example/ \u3067\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002\n", TRUE, FALSE,
	  "Yamabuki Giken Co., Ltd.", "https://yamabuki-giken.example/" },
	/* (4717) a "who analysed" clause ends the name */
	{ "If you give credit, please name my colleague Seo-yeon Park (KAIROS Computing Center), who analysed the "
	  "logs.\n", TRUE, FALSE, "Seo-yeon Park (KAIROS Computing Center)", NULL },
	/* (4691) "please name my colleague NAME" */
	{ "For the credit, please name my colleague Mihkel Saar, who found this and wrote the program: "
	  "https://github.com/mihkelsaar\n", TRUE, FALSE, "Mihkel Saar", "https://github.com/mihkelsaar" },
	/* (4645, 4623) Italian "per i crediti:", and a colleague's own decline
	 * beside the team's request */
	{ "Per i crediti negli advisory: Davide Ferraro, https://dferraro.example\n", TRUE, FALSE, "Davide Ferraro",
	  "https://dferraro.example" },
	{ "Per i crediti: \"Ponteverde Cloud SRE team\", con link https://ponteverde.example/security. Il collega "
	  "che ha scritto la pipeline di scansione, Davide Russo, preferisce non essere nominato.\n", TRUE, FALSE,
	  "Ponteverde Cloud SRE team", "https://ponteverde.example/security" },
	/* (4618) Korean: the name's English spelling */
	{ "\ud06c\ub808\ub527\uc740 \uc774 \uacbd\uace0\ub97c \ucc98\uc74c \ubd84\uc11d\ud55c \uc2e0\uc720\uc9c4 "
	  "\ub2d8\uaed8 \ub4dc\ub9ac\uace0 \uc2f6\uc2b5\ub2c8\ub2e4. \uc601\ubb38 \ud45c\uae30 \"Yujin Shin\", "
	  "\ub9c1\ud06c https://github.com/yujin-shin-sec \uc73c\ub85c \ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.\n",
	  TRUE, FALSE, "Yujin Shin", "https://github.com/yujin-shin-sec" },
	/* (4727) French "as for the credit", a clause, then the name after a
	 * colon on the next line */
	{ "Pour le cr\u00e9dit, c'est ma coll\u00e8gue qui a trouv\u00e9 la cause :\n\u00ab No\u00e9mie C\u00f4t\u00e9 "
	  "(Pipeline Bor\u00e9al) \u00bb, https://github.com/ncote-sre\n", TRUE, FALSE,
	  "No\u00e9mie C\u00f4t\u00e9 (Pipeline Bor\u00e9al)", "https://github.com/ncote-sre" },
	/* (4729) Japanese "if you list it, as \u300cNAME\u300d please" */
	{ "\u63b2\u8f09\u3057\u3066\u3044\u305f\u3060\u3051\u308b\u306a\u3089\u300cMorimoto Haruka (Kirin Lab)\u300d"
	  "\u3067\u304a\u9858\u3044\u3057\u307e\u3059\u3002\n", TRUE, FALSE, "Morimoto Haruka (Kirin Lab)", NULL },
	/* (4732) "Found by NAME" under a credit heading */
	{ "Credit\n------\n\nFound by Sven Aalders (https://aalders.example). If the vendor publishes an advisory "
	  "after all, please credit that name.\n", TRUE, FALSE, "Sven Aalders", "https://aalders.example" },
	/* (4626) Spanish, the credit wished in the subjunctive */
	{ "Si publican un aviso, les pedimos que el cr\u00e9dito sea para Tom\u00e1s Giraudo "
	  "(https://github.com/tgiraudo).\n", TRUE, FALSE, "Tom\u00e1s Giraudo", "https://github.com/tgiraudo" },
	/* (4569) Polish, the name after a colon */
	{ "Je\u015bli zg\u0142oszenie si\u0119 potwierdzi, prosz\u0119 o wymienienie mnie w biuletynie: Bartosz "
	  "Wr\u00f3bel, https://github.com/bwrobel-dev\n", TRUE, FALSE, "Bartosz Wr\u00f3bel",
	  "https://github.com/bwrobel-dev" },
	/* (4597, 4599, 4598) "nos gustar\u00eda que figurara", "Para o aviso:",
	 * Turkish "isim yaz\u0131lacaksa" */
	{ "Si public\u00e1is un aviso, nos gustar\u00eda que figurara \u00abLuc\u00eda Ferr\u00e1ndiz y Jordi Peris "
	  "(Ribera Datos)\u00bb, sin enlace.\n", TRUE, FALSE, "Luc\u00eda Ferr\u00e1ndiz y Jordi Peris (Ribera Datos)",
	  NULL },
	{ "Para o aviso: \u00abGon\u00e7alo Antunes\u00bb, com liga\u00e7\u00e3o para https://goncaloantunes.example\n",
	  TRUE, FALSE, "Gon\u00e7alo Antunes", "https://goncaloantunes.example" },
	{ "G\u00fcvenlik b\u00fclteninde isim yaz\u0131lacaksa \"Emre Y\u0131ld\u0131r\u0131m (Anadolu Yaz\u0131l\u0131m)\" "
	  "ve https://emreyildirim.example ba\u011flant\u0131s\u0131n\u0131 rica ederim.\n", TRUE, FALSE,
	  "Emre Y\u0131ld\u0131r\u0131m (Anadolu Yaz\u0131l\u0131m)", "https://emreyildirim.example" },
	/* (4676) Turkish: the thanks section as where, the name quoted */
	{ "Yay\u0131nlarsan\u0131z, te\u015fekk\u00fcr k\u0131sm\u0131nda \"Kalkan Tehdit \u0130stihbarat\u0131 "
	  "Ara\u015ft\u0131rma Ekibi\" (https://kalkan.example/arastirma) olarak an\u0131lmak isteriz.\n", TRUE, FALSE,
	  "Kalkan Tehdit \u0130stihbarat\u0131 Ara\u015ft\u0131rma Ekibi", "https://kalkan.example/arastirma" },
	/* (4698) Italian: the student who noticed it, named after a comma */
	{ "Riconoscimenti: vorremmo che fosse citato lo studente che l\u2019ha notato per primo, Tommaso Rinaldi "
	  "(https://github.com/trinaldi-dev). Io non ho bisogno di essere citata.\n", TRUE, FALSE,
	  "Tommaso Rinaldi", "https://github.com/trinaldi-dev" },
	/* (4581) a clause on what the person did, with no comma before it */
	{ "Credit should go to my colleague Chidi Okafor who spotted it in the logs, not me.\n", TRUE, FALSE,
	  "Chidi Okafor", NULL },
	/* (4447) Spanish, asked in the plural of politeness */
	{ "Les pedimos acreditar a nuestra compa\u00f1era Luc\u00eda Ferro, quien encontr\u00f3 el problema: "
	  "https://github.com/lferro.\n", TRUE, FALSE, "Luc\u00eda Ferro", "https://github.com/lferro" },
	/* (4511, 4440) who the person is, in apposition, and what to name
	 * them as end the name */
	{ "For the advisory, please credit Rui Costa (Tinta Code), our on-call SRE who traced it: "
	  "https://github.com/ruicosta-tc\n", TRUE, FALSE, "Rui Costa (Tinta Code)", "https://github.com/ruicosta-tc" },
	{ "Bitte nennen Sie Jonas Egger als Finder, ohne Link.\n", TRUE, FALSE, "Jonas Egger", NULL },
	/* (4405, 4424, 4407, 4425, 4492) Swedish "if you want to mention me:
	 * NAME"; Spanish "pueden ponerme como"; a colleague "who was on call";
	 * another's name with the writer's declined; an Arabic comma after
	 * a Latin name */
	{ "Om ni vill n\u00e4mna mig: Sara Lind, https://saralind.example\n", TRUE, FALSE, "Sara Lind",
	  "https://saralind.example" },
	{ "Si lo publican, pueden ponerme como \"Ana Ruiz (Estudio Nopal)\" con el enlace "
	  "https://nopal.example\n", TRUE, FALSE, "Ana Ruiz (Estudio Nopal)", "https://nopal.example" },
	{ "If you credit anyone, please credit Kai Moana, who was on call and found it: https://github.com/kaimoana\n",
	  TRUE, FALSE, "Kai Moana", "https://github.com/kaimoana" },
	{ "Please don't put the station's name or mine in anything public.\n", TRUE, TRUE, NULL, NULL },
	{ "\u0623\u0631\u062c\u0648 \u0630\u0643\u0631 \u0627\u0633\u0645\u064a: Omar Nasser\u060c "
	  "\u0645\u0639 \u0627\u0644\u0631\u0627\u0628\u0637 https://nasser.example\n", TRUE, FALSE, "Omar Nasser",
	  "https://nasser.example" },
	/* (4303, 4316, 4319, 4356) the credit pointed at someone else, in
	 * English, Italian, Spanish and Catalan */
	{ "If you credit anyone for this, it should be Marek Nowicki, not me.\n", TRUE, FALSE, "Marek Nowicki",
	  NULL },
	{ "Se volete ringraziare qualcuno, va\nbene \u00abLuca Bernardi\u00bb, senza link.\n", TRUE, FALSE,
	  "Luca Bernardi", NULL },
	{ "Si public\u00e1is un aviso, poned por favor: Ane Etxeberria\n(Itsas Labs), con enlace a "
	  "https://itsaslabs.example\n", TRUE, FALSE, "Ane Etxeberria (Itsas Labs)", "https://itsaslabs.example" },
	{ "Si ho publiqueu, podeu esmentar el grup com a \"Grup de Xarxes, Universitat de Ponent\"; no cal el meu "
	  "nom.\n", TRUE, FALSE, "Grup de Xarxes, Universitat de Ponent", NULL },
	/* (4335, 4343, 4364) no need to be named, in Italian, French and
	 * Catalan */
	{ "Non mi serve essere citato.\n", TRUE, TRUE, NULL, NULL },
	{ "On ne tient pas \u00e0 \u00eatre nomm\u00e9s dans un \u00e9ventuel avis.\n", TRUE, TRUE, NULL, NULL },
	{ "No cal que ens esmenteu a l'av\u00eds.\n", TRUE, TRUE, NULL, NULL },
	/* (4281) the merit said to be a colleague's, Spanish */
	{ "Si public\u00e1is un aviso, el m\u00e9rito es de mi compa\u00f1ero Jorge Vidal Mas "
	  "(https://github.com/jvidalmas), que lo encontr\u00f3.\n", TRUE, FALSE, "Jorge Vidal Mas",
	  "https://github.com/jvidalmas" },
	/* (3864) the credit said to go to a team, the quoted name over a line */
	{ "Si publican algo, el cr\u00e9dito puede ir a \"Equipo de Seguridad de\nAplicaciones de Cordillera Pagos\" "
	  "(https://cordillerapagos.example/seguridad).\n", TRUE, FALSE,
	  "Equipo de Seguridad de Aplicaciones de Cordillera Pagos", "https://cordillerapagos.example/seguridad" },
	{ "If you publish something, credit can go to Ana Ruiz.\n", TRUE, FALSE, "Ana Ruiz", NULL },
	/* (3904) the finder named between commas, his wish relayed */
	{ "El estudiante que lo encontr\u00f3, Tom\u00e1s Fuentes, pidi\u00f3 que, si corresponde,\nle den "
	  "cr\u00e9dito con su nombre.\n", TRUE, FALSE, "Tom\u00e1s Fuentes", NULL },
	{ "The student who found it, Maria Lopez, asked to be credited by name.\n", TRUE, FALSE, "Maria Lopez", NULL },
	/* (3875) the quoted name, then "链接：" and the link */
	{ "\u5982\u679c\u53d1\u5e03\u5b89\u5168\u516c\u544a\u65f6\u65b9\u4fbf\u7f72\u540d\uff0c\u8bf7\u5199 "
	  "\"Zhou Yifan\"\uff0c\u94fe\u63a5\uff1ahttps://github.com/zhouyf-dev\n", TRUE, FALSE, "Zhou Yifan",
	  "https://github.com/zhouyf-dev" },
	/* (3803) Dutch: the mention and its verdict apart */
	{ "Een vermelding in een advisory of iets dergelijks is niet nodig, het gaat mij erom dat het "
	  "opgelost wordt.\n", TRUE, TRUE, NULL, NULL },
	/* (3814) a condition that we publish, a colon, the name and its link;
	 * a sentence after the colon is none */
	{ "Si vous publiez quelque chose \u00e0 ce sujet : \u00c9lodie Marchand,\nhttps://mastodon.example/@emarchand\n",
	  TRUE, FALSE, "\u00c9lodie Marchand", "https://mastodon.example/@emarchand" },
	{ "If you publish a fix: This affects 0.9 too.\n", FALSE, FALSE, NULL, NULL },
	/* (3900) the condition that we mention the finding */
	{ "Si vous mentionnez ces suggestions quelque part : Camille Girard,\nhttps://camillegirard.example\n", TRUE,
	  FALSE, "Camille Girard", "https://camillegirard.example" },
	/* (3798) a condition about crediting, then "I'm NAME (link)";
	 * (3799) the question, then the name; (3808) the verb, then the name
	 * in brackets */
	{ "If this turns out to be a real bug and you do the credits thing, I'm dustbunny_labs "
	  "(github.com/dustbunny-labs). If it's not, sorry for the noise!\n", TRUE, FALSE, "dustbunny_labs",
	  "https://github.com/dustbunny-labs" },
	{ "If you credit people, I'm happy either way.\n", FALSE, FALSE, NULL, NULL },
	{ "Se for um problema de verdade, voc\u00eas podem colocar meu nome nos agradecimentos? Larissa Gomes. "
	  "Meu professor vai ficar impressionado haha.\n", TRUE, FALSE, "Larissa Gomes", NULL },
	{ "Falls das wirklich ein Sicherheitsproblem ist:\nSie d\u00fcrfen mich gern nennen (Lena "
	  "Brandst\u00e4tter).\n", TRUE, FALSE, "Lena Brandst\u00e4tter", NULL },
	/* (3743) the one to credit named by role, not the writer, under a
	 * "(credit):" label */
	{ "Thanks (credit): please credit the finder, not me:\nNadeesha Perera (LankaLedger) - "
	  "https://github.com/nadeesha-p\n", TRUE, FALSE, "Nadeesha Perera (LankaLedger)", "https://github.com/nadeesha-p" },
	/* (3757) the infinitive: "you may mention me as NAME", in Swedish and
	 * Norwegian */
	{ "Om ni publicerar n\u00e5got f\u00e5r ni g\u00e4rna n\u00e4mna mig som Elin Sj\u00f6berg.\n", TRUE, FALSE,
	  "Elin Sj\u00f6berg", NULL },
	{ "Hvis dere publiserer noe, kan dere gjerne nevne meg som Ola Nordmann.\n", TRUE, FALSE, "Ola Nordmann",
	  NULL },
	/* (3728) not to appear in the advisory, in Spanish and Portuguese */
	{ "Preferimos no aparecer en el aviso de seguridad.\n", TRUE, TRUE, NULL, NULL },
	{ "Preferimos n\u00e3o aparecer no aviso de seguran\u00e7a.\n", TRUE, TRUE, NULL, NULL },
	/* (3489) "my name need not be mentioned anywhere" in Greek; (3490)
	 * an intern named, then "cite her (URL), not me" after a condition,
	 * in Italian and English; (3508) a link quoted with the name is no
	 * part of it */
	{ "\u0394\u03b5\u03bd \u03c7\u03c1\u03b5\u03b9\u03ac\u03b6\u03b5\u03c4\u03b1\u03b9 \u03bd\u03b1 "
	  "\u03b1\u03bd\u03b1\u03c6\u03b5\u03c1\u03b8\u03b5\u03af \u03c0\u03bf\u03c5\u03b8\u03b5\u03bd\u03ac \u03c4\u03bf "
	  "\u03cc\u03bd\u03bf\u03bc\u03ac \u03bc\u03bf\u03c5.\n", TRUE, TRUE, NULL, NULL },
	{ "Il problema l'ha trovato la nostra stagista, Giulia Ferraro: se pubblicate un advisory, citate lei "
	  "(https://github.com/giulia-ferraro), non me n\u00e9 l'azienda.\n", TRUE, FALSE, "Giulia Ferraro",
	  "https://github.com/giulia-ferraro" },
	{ "It was found by our intern, Giulia Ferraro: if you publish an advisory, credit her "
	  "(https://github.com/giulia-ferraro), not me.\n", TRUE, FALSE, "Giulia Ferraro",
	  "https://github.com/giulia-ferraro" },
	{ "Our intern Giulia Ferraro set up the runner. Please ask her for the logs.\n", FALSE, FALSE, NULL, NULL },
	{ "\u30af\u30ec\u30b8\u30c3\u30c8\u306b\u3064\u3044\u3066: advisory \u306b\u306f\u300c\u677e\u5c3e \u5065\u592a "
	  "(Kenta Matsuo)  https://github.com/kenta-matsuo\u300d\u3068\u8f09\u305b\u3066\u3044\u305f\u3060\u3051\u308b\u3068"
	  "\u5b09\u3057\u3044\u3067\u3059\u3002\n", TRUE, FALSE, "\u677e\u5c3e \u5065\u592a (Kenta Matsuo)",
	  "https://github.com/kenta-matsuo" },
	/* (rounds 289-291) requests and declines in Spanish, Vietnamese,
	 * German, Romanian, Catalan, Dutch, Finnish and Bulgarian: a firm's
	 * wish in the third person (3440), "mong được ghi tên là" with a
	 * no-page note after the name (3452), "bitten wir um:" (3454), "aș
	 * vrea să fiu menționat:" (3441), "m'agradaria que em mencionéssiu
	 * com a" (3460), "de eer gaat naar mijn collega" (3458); "brauchen
	 * wir nicht" (3463), "Minua ei tarvitse mainita" (3466), "не ме
	 * споменавайте" (3447) */
	/* (#3, 3710) Russian with the object first */
	{ "\u0432 \u0431\u043b\u0430\u0433\u043e\u0434\u0430\u0440\u043d\u043e\u0441\u0442\u044f\u0445 "
	  "\u043c\u0435\u043d\u044f \u043d\u0435 \u0443\u043f\u043e\u043c\u0438\u043d\u0430\u0439\u0442\u0435, "
	  "\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430.\n", TRUE, TRUE, NULL, NULL },
	{ "4.6 Cr\u00e9dito\nBrasa Incident Response desea figurar en el aviso de seguridad como \u00abBrasa Incident "
	  "Response\u00bb, https://brasa-ir.example/avisos\n", TRUE, FALSE, "Brasa Incident Response",
	  "https://brasa-ir.example/avisos" },
	{ "N\u1ebfu \u0111\u00e2y \u0111\u01b0\u1ee3c t\u00ednh l\u00e0 l\u1ed7 h\u1ed5ng, em mong \u0111\u01b0\u1ee3c ghi "
	  "t\u00ean l\u00e0 Nguy\u1ec5n Minh Anh (em kh\u00f4ng c\u00f3 trang c\u00e1 nh\u00e2n).\n", TRUE, FALSE,
	  "Nguy\u1ec5n Minh Anh", NULL },
	{ "F\u00fcr die Nennung in einem Advisory bitten wir um: \u201eCERT der Kessler & \nVoss AG\u201c, "
	  "https://kessler-voss.example/cert\n", TRUE, FALSE, "CERT der Kessler & Voss AG",
	  "https://kessler-voss.example/cert" },
	{ "Dac\u0103 se confirm\u0103 \u0219i apare \u00eentr-un anun\u021b de securitate, a\u0219 vrea s\u0103 fiu "
	  "men\u021bionat: Radu Ionescu.\n", TRUE, FALSE, "Radu Ionescu", NULL },
	{ "Si publiqueu un av\u00eds, m'agradaria que em mencion\u00e9ssiu com a Jordi Puigdom\u00e8nech "
	  "(https://jpuig.example).\n", TRUE, FALSE, "Jordi Puigdom\u00e8nech", "https://jpuig.example" },
	{ "Als jullie hier een advisory over publiceren: de eer gaat naar mijn collega Sanne de Vries "
	  "(https://github.com/sannedevries-uw), zij zag het als eerste. Mijzelf hoeft u niet te vermelden.\n",
	  TRUE, FALSE, "Sanne de Vries", "https://github.com/sannedevries-uw" },
	{ "Eine Nennung im Advisory brauchen wir nicht, weder ich noch Max.\n", TRUE, TRUE, NULL, NULL },
	{ "Avain on jo vaihdettu. Minua ei tarvitse mainita miss\u00e4\u00e4n.\n", TRUE, TRUE, NULL, NULL },
	{ "\u041c\u043e\u043b\u044f, \u043d\u0435 \u043c\u0435 \u0441\u043f\u043e\u043c\u0435\u043d\u0430\u0432\u0430"
	  "\u0439\u0442\u0435 \u043f\u043e \u0438\u043c\u0435, \u0430\u043a\u043e \u043f\u0443\u0431\u043b\u0438"
	  "\u043a\u0443\u0432\u0430\u0442\u0435 \u043d\u0435\u0449\u043e.\n", TRUE, TRUE, NULL, NULL },
	/* (3422) Polish: thank the colleague by name, the writer needs no
	 * mention; (3432) Swedish: thank a colleague, a relative clause after
	 * the name; (3433) Indonesian: "I want to be listed as:"; (3410) a
	 * relayer gives the finder's wish in the third person; (3430) "for
	 * the credit, if possible:" before two names and their company */
	{ "Je\u017celi b\u0119dzie advisory, prosz\u0119 podzi\u0119kowa\u0107 Paw\u0142owi, bo to on to \nzauwa\u017cy\u0142: "
	  "Paw\u0142 Zieli\u0144ski, https://github.com/pzielinski-ops. Mnie nie \ntrzeba wymienia\u0107.\n", TRUE, FALSE,
	  "Paw\u0142 Zieli\u0144ski", "https://github.com/pzielinski-ops" },
	{ "Om ni publicerar n\u00e5got, tacka g\u00e4rna Oskar Berg, som hittade felet: \nhttps://oskarberg.example\n",
	  TRUE, FALSE, "Oskar Berg", "https://oskarberg.example" },
	{ "Kalau laporan ini dianggap valid, saya ingin dicantumkan sebagai: Rizky Pratama, "
	  "https://github.com/rizkyp-sec\n", TRUE, FALSE, "Rizky Pratama", "https://github.com/rizkyp-sec" },
	{ "Credit\nMs. Raman requests that any advisory credit her as: Priya Raman (Lumen Forge Labs), "
	  "https://lumenforge.example/security\n", TRUE, FALSE, "Priya Raman (Lumen Forge Labs)",
	  "https://lumenforge.example/security" },
	{ "Pour le cr\u00e9dit, si c'est possible : Camille Fabre et Hugo Martin (Kestrel Fret), "
	  "https://github.com/cfabre-sec\n", TRUE, FALSE, "Camille Fabre et Hugo Martin (Kestrel Fret)",
	  "https://github.com/cfabre-sec" },
	/* (3402) a relayer's wish for the coordination is not the finder's,
	 * who declines with her employer named before "me" */
	{ "If you credit the coordination anywhere, \"Bastion Threat Response\" would\nbe appreciated.\n\n"
	  "----- Forwarded by Gareth Pryce -----\n\nRoot cause below.\n\nPlease keep Northwind Mutual and me out "
	  "of any advisory or credit line; our legal team was clear on that.\n", TRUE, TRUE, NULL, NULL },
	{ "Please credit me as Jane Doe (https://github.com/jdoe).", TRUE, FALSE, "Jane Doe", "https://github.com/jdoe" },
	/* (3366) the name quoted straight after a Korean condition; (3383) a
	 * Korean sentence read as the name gives way to the quoted one */
	{ "[\ud06c\ub808\ub527]\n\ubcf4\uc548 \uad8c\uace0\ubb38\uc5d0 \uc774\ub984\uc744 \ub123\uc5b4 "
	  "\uc8fc\uc2e0\ub2e4\uba74 \"Park Jihoon\", \ub9c1\ud06c\ub294 https://github.com/jhpark-dlx \ub85c "
	  "\ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.\n", TRUE, FALSE, "Park Jihoon", "https://github.com/jhpark-dlx" },
	{ "5. \ud06c\ub808\ub527: \uc774 \ubb38\uc81c\ub97c \ucc98\uc74c \ubc1c\uacac\ud55c \uc0ac\ub78c\uc740 "
	  "\uc778\ud504\ub77c\ud300 \ubc15\uc9c0\ud6c8 \ub2d8\uc785\ub2c8\ub2e4. \uad8c\uace0\ubb38\uc5d0 "
	  "\uc62c\ub9ac\uc2e0\ub2e4\uba74 \"Park Jihoon\"\uc73c\ub85c, \ub9c1\ud06c \uc5c6\uc774 \uae30\uc7ac "
	  "\ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.\n", TRUE, FALSE, "Park Jihoon", NULL },
	/* (3381) the team's request, the finder's decline for himself after a
	 * dash in the same sentence */
	{ "Credit: please credit \"Corvid Labs Product Security\" with a link to https://corvidlabs.example/security "
	  "- the engineer who found it prefers not to be named individually.\n", TRUE, FALSE,
	  "Corvid Labs Product Security", "https://corvidlabs.example/security" },
	/* (3372) the condition in Spanish, "if you give credit" */
	{ "Si dan cr\u00e9dito a quien lo encontr\u00f3: Mateo Ib\u00e1\u00f1ez, sin enlace.\n", TRUE, FALSE,
	  "Mateo Ib\u00e1\u00f1ez", NULL },
	/* (3393) the writer sets himself aside in the request and declines
	 * for himself: the colleague he names stands; (3376) a request whose
	 * name is read as a piece of its sentence takes the name in
	 * quotation marks */
	{ "F\u00fcr das Advisory bitte Reto nennen, nicht mich: Reto Ammann, https://github.com/rammann-ch\n"
	  "Ich selbst brauche keine Erw\u00e4hnung.\n", TRUE, FALSE, "Reto Ammann", "https://github.com/rammann-ch" },
	{ "Zur Nennung: Frau Brandst\u00e4tter m\u00f6chte gern im Advisory genannt werden, und zwar als "
	  "\"Lea Brandst\u00e4tter\" mit dem Link https://github.com/lbrandstaetter.\n",
	  TRUE, FALSE, "Lea Brandst\u00e4tter", "https://github.com/lbrandstaetter" },
	/* (#3) the relayer declining for themselves above a forwarded mail in
	 * which the finder asks to be named: the finder's request stands;
	 * with no request below, the decline does (round 213) */
	{ "Forwarding Lukas's report. No need to mention me anywhere.\n\n"
	  "---------- Forwarded message ---------\nFrom: Lukas Brenner <lb@example.org>\n\n"
	  "The bridge has no ARP filter.\n\nIf it is accepted, I'd like to be credited as Lukas Brenner, "
	  "https://github.com/lbrenner\n", TRUE, FALSE, "Lukas Brenner", "https://github.com/lbrenner" },
	{ "We don't need to be mentioned.\n\n-----Original Message-----\nFrom: Ana Ruiz\nSent: Monday\n\n"
	  "Please credit me as Ana Ruiz.\n", TRUE, FALSE, "Ana Ruiz", NULL },
	/* (round 263) the decline's own sentence names the finder: the
	 * notes pasted below give her request */
	{ "Please don't put my name on anything; she's the one who found it.\n\n----- begin: notes.txt -----\n"
	  "The allow-list matches by suffix.\n\nCredit if they do credits: Amara Reinholt, https://amara.example\n"
	  "----- end: notes.txt -----\n", TRUE, FALSE, "Amara Reinholt", "https://amara.example" },
	{ "Forwarding Lukas's report. No need to mention me anywhere.\n\n"
	  "---------- Forwarded message ---------\nFrom: Lukas Brenner <lb@example.org>\n\n"
	  "The bridge has no ARP filter.\n", TRUE, TRUE, NULL, NULL },
	/* (rounds 304, 305) a finder's wish relayed in Polish in the third
	 * person; an Italian "if you feel like citing me" */
	{ "Kacper prosi, aby w advisory wymieni\u0107 go jako \u201eKacper Wr\u00f3blewski\u201d, z\nlinkiem "
	  "https://github.com/kwroblewski-sec. Nasz zesp\u00f3\u0142 nie musi by\u0107\nnigdzie wymieniany.\n", TRUE,
	  FALSE, "Kacper Wr\u00f3blewski", "https://github.com/kwroblewski-sec" },
	{ "Se vi va di citarmi: Davide Marchetti, https://github.com/dmarchetti\n", TRUE, FALSE, "Davide Marchetti",
	  "https://github.com/dmarchetti" },
	/* (round 306) two names joined by "&" after an Indonesian condition;
	 * a German verb before the link in brackets ends the name */
	{ "Kalau mau dicantumkan di advisory: Rizky Pratama & Dimas Saputra,\nhttps://t.me/rizkyprtm\n", TRUE, FALSE,
	  "Rizky Pratama & Dimas Saputra", "https://t.me/rizkyprtm" },
	{ "Falls ihr das in einem Advisory erw\u00e4hnt: bitte Jonas Weber nennen (https://github.com/jweber-dev), er "
	  "hat's gefunden, ich hab's nur weitergegeben.\n", TRUE, FALSE, "Jonas Weber", "https://github.com/jweber-dev" },
	/* (round 301) a voicemail's conditional request, the name after
	 * "make it", its account spelt out by the relayer below; a link below
	 * that spells no such account is not it */
	{ "\"If they credit anybody, make it Kestrel, and the link is my fedi account. Thanks, love the show.\"\n\n"
	  "--- end of transcript ---\n\nKestrel's fedi account is https://fedi.example/@kestrel and the callback "
	  "address they left is kestrel-ops@proton.me.\n", TRUE, FALSE, "Kestrel", "https://fedi.example/@kestrel" },
	{ "\"If they credit anybody, make it Kestrel, and the link is my fedi account.\"\n\n--- end of transcript ---\n\n"
	  "The episode notes are at https://nullroute.example/episodes/212 if you want them.\n", TRUE, FALSE, "Kestrel",
	  NULL },
	/* (round 301) Finnish: the finder's consent to be named inside his
	 * pasted report; the relayer's decline below it says the credit is
	 * the finder's */
	{ "-------- Eetun raportti --------\n\nJos teette tiedotteen, minut saa mainita: Eetu Lahtinen,\n"
	  "https://github.com/eetulahtinen\n\n-------------------------------\n\nItse kirjoitan t\u00e4t\u00e4 "
	  "omalta koneeltani. Minua ei tarvitse mainita miss\u00e4\u00e4n, kunnia kuuluu Eetulle.\n", TRUE, FALSE,
	  "Eetu Lahtinen", "https://github.com/eetulahtinen" },
	/* (#3) chat's "pls" after the name, a slash before its link, and a
	 * bounty form's "Credit link:" field under "Credit name:" end the
	 * name (round 211, 213) */
	{ "credit me as @hollowpine pls (x)", TRUE, FALSE, "@hollowpine", NULL },
	{ "credit: quillmoth / github.com/quillmoth", TRUE, FALSE, "quillmoth", "https://github.com/quillmoth" },
	{ "--- Disclosure preferences ---\nCredit name: Janos Varga\nCredit link: https://github.com/jpvarga-sec\n",
	  TRUE, FALSE, "Janos Varga", "https://github.com/jpvarga-sec" },
	{ "Please credit Ana Pleasence and Bo Thanksley.", TRUE, FALSE, "Ana Pleasence and Bo Thanksley", NULL },
	/* (#3) chat's requests and declines: "put me down as", "handle's
	 * NAME on gh" with the profile that ends in it, a personal site's
	 * bare domain after the name, "no credit thx" (round 217) */
	{ "kernel's 6.1.0-29-amd64, forgot sry. put me down as Jonah R if u do credits", TRUE, FALSE, "Jonah R", NULL },
	{ "handle's mkovac on gh if u credit, github.com/mkovac", TRUE, FALSE, "mkovac", "https://github.com/mkovac" },
	{ "credit: Sam Okafor, okafor.example", TRUE, FALSE, "Sam Okafor", "https://okafor.example" },
	{ "credit: Jordan Pike, hachyderm.example/@jpike", TRUE, FALSE, "Jordan Pike", "https://hachyderm.example/@jpike" },
	{ "lmk if u need more. nah skip the credit \U0001F44D\n", TRUE, TRUE, NULL, NULL },
	{ "nah dont need credit, just fix it pls \U0001F64F\n", TRUE, TRUE, NULL, NULL },
	/* (round 243) a credit said to be optional, then a handle with the
	 * site it is on: the profile there */
	{ "shoutout optional lol, @kai_builds on x\n", TRUE, FALSE, "@kai_builds", "https://x.com/kai_builds" },
	/* (round 242) a colleague named, then "please credit him" */
	{ "About credit: the person who actually noticed this is my colleague Jonas\nReiter, who saw the key in the "
	  "network tab while debugging the badge. If you\ncredit anyone, please credit him; I only wrote it up.\n",
	  TRUE, FALSE, "Jonas Reiter", NULL },
	{ "My colleague Jonas Reiter set up the runner. Please ask him if you need the logs.\n", FALSE, FALSE,
	  NULL, NULL },
	{ "credit: @hexwren on gh\n", TRUE, FALSE, "@hexwren", "https://github.com/hexwren" },
	{ "credit: R4ZOR (t.me/r4zor_sec)\n", TRUE, FALSE, "R4ZOR", "https://t.me/r4zor_sec" },
	{ "if it turns out real pls credit Anneke de Groot \U0001F643\n", TRUE, FALSE, "Anneke de Groot", NULL },
	{ "I asked @kai_builds on x about it first.\n", FALSE, FALSE, NULL, NULL },
	{ "cred pls \u2192 Ana Ferreira, github.com/anaferreira\n", TRUE, FALSE, "Ana Ferreira",
	  "https://github.com/anaferreira" },
	{ "skip the credit card form in the console\n", FALSE, FALSE, NULL, NULL },
	{ "credit: Sam Okafor, poc.py has the details", TRUE, FALSE, "Sam Okafor, poc.py has the details", NULL },
	{ "no credit thx, just fix pls", TRUE, TRUE, NULL, NULL },
	{ "Ch\u01b0a th\u1ea5y ai exploit. Kh\u00f4ng c\u1ea7n credit \u0111\u00e2u \u1ea1.", TRUE, TRUE, NULL, NULL },
	{ "no credit card is needed to sign up, thx", FALSE, FALSE, NULL, NULL },
	/* (#3) chat's handles with their site, "anon pls", "no cred", an
	 * emoji after the name; a shoutout to a tool is none (round 224) */
	{ "shoutout @tiffcodes on x (x.com/tiffcodes) if u do credits \U0001F64F", TRUE, FALSE, "@tiffcodes",
	  "https://x.com/tiffcodes" },
	{ "mbp m3 max sequoia 15.2\ngh ottoh if u want a name on it (github.com/ottoh)\n", TRUE, FALSE, "ottoh",
	  "https://github.com/ottoh" },
	{ "0.12.2, deb12 6.1.0-28-amd64\nanon pls\n", TRUE, TRUE, NULL, NULL },
	{ "anon pls, dont want my name on anything \U0001F64F\n", TRUE, TRUE, NULL, NULL },
	{ "I don't want my name in the advisory.\n", TRUE, TRUE, NULL, NULL },
	{ "I don't want my name misspelled in the advisory.\n", FALSE, FALSE, NULL, NULL },
	{ "no cred needed fr just fix it", TRUE, TRUE, NULL, NULL },
	{ "put me in the advisory as Tom\u00e1s Quiroga \U0001FAE1\n", TRUE, FALSE, "Tom\u00e1s Quiroga", NULL },
	{ "shoutout to the tcpdump folks, saved my day", FALSE, FALSE, NULL, NULL },
	{ "the anon pls flag of the form was left empty", FALSE, FALSE, NULL, NULL },
	/* (#3) relayed: the finder's request by her name, then the relayer's
	 * own "I don't need a mention"; a professor's decline above the
	 * student's text with her request; German with the verb at the end
	 * (round 226) */
	{ "Credit: Yuna asks to be credited as \"Seo Yuna\" (family name first), no link. I don't need a mention.\n",
	  TRUE, FALSE, "Seo Yuna", NULL },
	{ "Dana would be glad to be credited; her wording is at the end of her text. Please do not mention me.\n\n"
	  "---- Dana's write-up ----\n\nThe restore skips the owner check.\n\n"
	  "Please credit \"Dana Okonkwo\" with a link to https://github.com/dana-okonkwo.\n", TRUE, FALSE,
	  "Dana Okonkwo", "https://github.com/dana-okonkwo" },
	{ "I don't need a mention.\n", TRUE, TRUE, NULL, NULL },
	/* (#3) "with the project link above", the link far up the mail
	 * (round 230) */
	{ "I maintain tinkerloom (https://github.com/tinkerloom/tinkerloom), an agent framework.\n\n"
	  "The cache key is only the sandbox name, so one tenant gets another tenant's sandbox and runs code in it.\n\n"
	  "Credit would be nice: Lena Hartmann, with the project link above.\n", TRUE, FALSE, "Lena Hartmann",
	  "https://github.com/tinkerloom/tinkerloom" },
	{ "If it counts for anything, credit to Arjun Mehta is cool \U0001F642\n", TRUE, FALSE, "Arjun Mehta", NULL },
	/* (round 269) "linking to my profile" with the profile written out in
	 * a platform's header above: the link that ends with the handle, no
	 * other link of the mail */
	{ "Researcher: nullglyph (https://bountyloft.example/hackers/nullglyph)\n\n"
	  "The export route skips the org check:\n\n  curl -s https://api.example.com/v1/orgs/o2/exports\n\n"
	  "Credit: \"nullglyph\", linking to my Bountyloft profile.\n", TRUE, FALSE, "nullglyph",
	  "https://bountyloft.example/hackers/nullglyph" },
	{ "The export route skips the org check:\n\n  curl -s https://api.example.com/v1/orgs/o2/exports\n\n"
	  "Credit: \"nullglyph\", linking to my Bountyloft profile.\n", TRUE, FALSE, "nullglyph", NULL },
	/* (#3) "use my handle X", a URL's colon no frame, "if u credit",
	 * "if this ends up in an advisory:" and a lower-case handle its link
	 * ends with (rounds 236, 237) */
	{ "For credit please use my handle r4f with a link to\nhttps://bugcrowd.example/r4f\n", TRUE, FALSE, "r4f",
	  "https://bugcrowd.example/r4f" },
	{ "if u credit ppl: @tomwalsh_sec on x, https://x.example/tomwalsh_sec\n", TRUE, FALSE, "@tomwalsh_sec",
	  "https://x.example/tomwalsh_sec" },
	{ "if this ends up in an advisory: oskar-l on github (github.com/oskar-l)\n", TRUE, FALSE, "oskar-l",
	  "https://github.com/oskar-l" },
	{ "the script's download is https://get.example/install.sh: no checksum step\n", FALSE, FALSE, NULL, NULL },
	/* (#3) "neither my name nor our company's name appears in any
	 * advisory"; a coordinator's member that asks not to be identified;
	 * names that merely do not appear are no wish (round 238) */
	{ "We would prefer that neither my name nor our company's name appears in\nany advisory.\n", TRUE, TRUE,
	  NULL, NULL },
	{ "The member organisation asks not to be identified in any advisory or\nacknowledgement.\n", TRUE, TRUE,
	  NULL, NULL },
	{ "Neither my name nor my address appears in the crash dump.\n", FALSE, FALSE, NULL, NULL },
	/* (#3) chat's "cred -> NAME (URL)" (round 240) */
	{ "cred -> hexwren (github.com/hexwren) \U0001FAE1\n", TRUE, FALSE, "hexwren", "https://github.com/hexwren" },
	/* (#3) a report pasted below the writer's line in "> " quotes is the
	 * one passed on, its credit the finder's (round 238) */
	{ "Moving this here. Pasting his text below with the key cut out.\n\n"
	  "> The SDK puts the API key in the error message.\n>\n"
	  "> If this ends up in an advisory, crediting me as Anselm Rautenberg is fine.\n", TRUE, FALSE,
	  "Anselm Rautenberg", NULL },
	/* (#3) a decline the relayer scopes to their own part: the finder's
	 * request below stands, and without one there is no credit; the same
	 * decline unscoped is the writer's; the finder's mail said to be
	 * quoted below is the one passed on (round 246) */
	{ "We don't need any credit for this on our side.\n\n---------- Forwarded message ---------\n"
	  "From: Dev <dev@contractor.example>\n\nThe bundle copies secrets.json.\n", FALSE, FALSE, NULL, NULL },
	{ "We don't need any credit for this.\n", TRUE, TRUE, NULL, NULL },
	/* (2104, hard-wrapped) the company declined, the writer asking for
	 * himself on the paragraph's next line */
	{ "Please don't name our company anywhere. If you credit someone, you can\n"
	  "credit me personally as Mei-Lin Tan.\n", TRUE, FALSE, "Mei-Lin Tan", NULL },
	/* (3518) a colleague named with the writer's "me"; a company alone
	 * is no decline of the writer's */
	{ "No need to credit Halvorsen or me anywhere.\n", TRUE, TRUE, NULL, NULL },
	{ "No need to mention Merlion in the advisory.\n", FALSE, FALSE, NULL, NULL },
	/* (3515) scoped by the relayer's role */
	{ "Wir als Rechenzentrum brauchen keine Nennung.\n\n---------- Forwarded message ---------\n"
	  "From: Malte <malte@example.org>\n\nDie Zugangsdaten liegen im Klartext auf der Platte.\n",
	  FALSE, FALSE, NULL, NULL },
	/* (round 249) "Attribution: none."; a relayer named only as the
	 * tip's source declines for himself alone */
	{ "Attribution: none. Please do not name our organisation or any of our\nstaff in advisories or credits.\n",
	  TRUE, TRUE, NULL, NULL },
	{ "My comment: the talk will be public in March.\n\nPlease don't mention me or the conference as the source;"
	  " reviewers are\nnot supposed to contact third parties.\n", FALSE, FALSE, NULL, NULL },
	{ "Please don't mention me in the advisory.\n", TRUE, TRUE, NULL, NULL },
	/* (round 249) the maintainers named in the condition, the condition
	 * after "credit", the name put as a question */
	{ "If the microsandbox folks credit reporters: Priya Raman,\nhttps://github.com/priyaraman-sec\n", TRUE, FALSE,
	  "Priya Raman", "https://github.com/priyaraman-sec" },
	{ "credit if they do that: pixelquill (https://github.com/pixelquill)\n", TRUE, FALSE, "pixelquill",
	  "https://github.com/pixelquill" },
	/* (round 257) a handle with an aside against the real name; the
	 * condition, then the handle said to be the writer's */
	{ "credit: gpuwrangler (no real name pls)\n", TRUE, FALSE, "gpuwrangler", NULL },
	{ "if u credit people, quietkoala on github is me (github.com/quietkoala)\n", TRUE, FALSE, "quietkoala",
	  "https://github.com/quietkoala" },
	{ "if you credit people, the bug is mine too\n", FALSE, FALSE, NULL, NULL },
	/* (round 265) the label, a condition, then the name; "credit please
	 * to" a quoted team name */
	{ "credit: only if this turns into an advisory, then Kalani Brooks, github.com/kbrooks-dev. otherwise "
	  "don't bother\n", TRUE, FALSE, "Kalani Brooks", "https://github.com/kbrooks-dev" },
	{ "Credit please to \"Kelpline Platform Team\", no link.\n", TRUE, FALSE, "Kelpline Platform Team", NULL },
	/* (round 266) "do an advisory" is English, not a Polish "do" */
	{ "if you do an\nadvisory, credit Priyanka Raghunathan, github.com/priyar-dev\n", TRUE, FALSE,
	  "Priyanka Raghunathan", "https://github.com/priyar-dev" },
	/* (round 266) "to be called NAME"; called back, or on a day, is no name */
	{ "If you send it and they write about it, I'd like to be called Emil\nS\xc3\xb8rby (no link, I don't have "
	  "a website).\n", TRUE, FALSE, "Emil S\xc3\xb8rby", NULL },
	{ "I'd like to be called back tomorrow.\n", FALSE, FALSE, NULL, NULL },
	{ "I'd like to be called Monday by someone from the team.\n", FALSE, FALSE, NULL, NULL },
	/* (round 268) a phone's curly apostrophe; the company left out, the
	 * writer credited personally */
	{ "Please don\xe2\x80\x99t put my name or the company\xe2\x80\x99s name in anything public.\n", TRUE, TRUE, NULL,
	  NULL },
	{ "Please don't name our company anywhere. If you credit someone, you can credit me personally as Mei-Lin "
	  "Tan.\n", TRUE, FALSE, "Mei-Lin Tan", NULL },
	/* (round 268) the finder named with who she is to the writer */
	{ "If this counts as a vuln at all the credit goes to my flatmate Ines Carvalho, she found it.\n", TRUE, FALSE,
	  "Ines Carvalho", NULL },
	/* (#3, 3285, 3291) the finder's wish not to be named, passed on */
	{ "He asked me not to give his name.\n", TRUE, TRUE, NULL, NULL },
	{ "He does not want his name in the advisory or anywhere else.\n", TRUE, TRUE, NULL, NULL },
	{ "My source has asked me to make sure that neither their name nor their\nemployer appears anywhere, "
	  "including in any advisory credit.\n", TRUE, TRUE, NULL, NULL },
	/* (#3, 3287) "credit NAME, LINK" as an order after a colon; a third
	 * party one could credit is none */
	{ "if this gets an advisory: credit xor_otter, https://xorotter.example\n", TRUE, FALSE, "xor_otter",
	  "https://xorotter.example" },
	{ "We could credit Docker, https://docker.example for the idea.\n", FALSE, FALSE, NULL, NULL },
	/* (#3, 3312) German: five words between the pronoun and the verb */
	{ "Falls ihr etwas davon übernehmt und jemanden nennen wollt: Holger Brandtner, https://brandtner-it.example\n",
	  TRUE, FALSE, "Holger Brandtner", "https://brandtner-it.example" },
	/* (#3, 3311) Polish: the advisory and "ani" between the order and the
	 * name */
	{ "Bardzo proszę: nie podawajcie w advisory ani mojego nazwiska, ani nazwy firmy.\n", TRUE, TRUE, NULL, NULL },
	/* (#3, 3326) a case block's credit fields marked optional */
	{ "  Reporter:                     Chidinma Eze <chidinma.eze@fastmail.example>\n"
	  "  Credit name (optional):       Chidinma Eze\n  Credit link (optional):       https://chidinma.example\n",
	  TRUE, FALSE, "Chidinma Eze", "https://chidinma.example" },
	/* (#3, 3281) a wish not told yet is no request */
	{ "The researcher has not told us yet whether or how they would like to be credited.\n", FALSE, FALSE, NULL, NULL },
	/* (#3, 3242) "credit for the find can go to me, NAME" */
	{ "If the vendor publishes an advisory, credit for the find can go to me, Hamid Rostami; no link.\n", TRUE, FALSE,
	  "Hamid Rostami", NULL },
	/* (round 262) a label whose answer opens with a condition, the name
	 * after "use the name as in the programme" */
	{ "Credit: if the maintainers credit reporters, please use the name as in\nthe programme, Piet Oosterhuis-Kamara.\n",
	  TRUE, FALSE, "Piet Oosterhuis-Kamara", NULL },
	/* (round 253) the company left out while a person is credited is no
	 * wish of the writer's not to be named */
	{ "If you publish an advisory, please credit her\nby name; the company does not need to be named.\n", FALSE, FALSE,
	  NULL, NULL },
	/* (round 253) a relayed answer: a condition on an advisory, a lower
	 * case handle the finder says will do; a condition alone is none */
	{ "Their answer about credit was: \"if they do an advisory, parsnip_otter is\nfine, no link\". For me no credit "
	  "needed, I just moved it along.\n", TRUE, FALSE, "parsnip_otter", NULL },
	{ "If you do an advisory, let me know.\n", FALSE, FALSE, NULL, NULL },
	/* (round 262) a handle, its site bare in brackets */
	{ "credit: wrenfield (fosstodon.example/@wrenfield)\n", TRUE, FALSE, "wrenfield",
	  "https://fosstodon.example/@wrenfield" },
	/* (round 262) the one to credit said short before the name; a
	 * decline, the finder named, the name a pronoun stands for */
	{ "credit goes to lena not me: Lena Sorokina, github.com/lsorokina\n", TRUE, FALSE, "Lena Sorokina",
	  "https://github.com/lsorokina" },
	{ "Please don't credit me, Marta found it. Credit her as Marta Kowalska (she has no github).\n", TRUE, FALSE,
	  "Marta Kowalska", NULL },
	{ "Please don't credit me, Marta found it. Thanks for the quick reply.\n", TRUE, TRUE, NULL, NULL },
	/* (rounds 258, 260) the condition, then the wish with the name */
	{ "If they credit reporters I'd like \"In\xc3\xaas Barros\" with\nhttps://codeberg.org/inesb as the link.\n",
	  TRUE, FALSE, "In\xc3\xaas Barros", "https://codeberg.org/inesb" },
	{ "If they credit reporters, please use Tomasz\nWierzbicki, https://github.com/twierzbicki\n", TRUE, FALSE,
	  "Tomasz Wierzbicki", "https://github.com/twierzbicki" },
	{ "Oh and if anyone wants to credit somebody, just say Devika, no surname. Okay, thanks.\n", TRUE, FALSE,
	  "Devika", NULL },
	{ "If you credit people, use the name on my GitHub profile.\n", TRUE, FALSE, NULL, NULL },
	/* (round 260) the label, its condition, then the name */
	{ "Credit: if you credit people, \"Bastian Oyelaran\", https://github.com/boyelaran\nwould be great.\n", TRUE, FALSE,
	  "Bastian Oyelaran", "https://github.com/boyelaran" },
	{ "If they give credit for this kind of thing, could it be \"Jonas W.\"\n(https://github.com/jonasw-dev)? "
	  "My parents said that is fine.\n", TRUE, FALSE, "Jonas W.", "https://github.com/jonasw-dev" },
	{ "If they give credit for this kind of thing, could it be that the bug is in libkrun?\n", FALSE, FALSE,
	  NULL, NULL },
	{ "She would like to appear as Ximena Alvarez in the advisory.\n", TRUE, FALSE, "Ximena Alvarez", NULL },
	{ "Credit: I would like to appear as Ximena Alvarez.\n", TRUE, FALSE, "Ximena Alvarez", NULL },
	{ "The guest wants to appear as a normal user to the host.\n", FALSE, FALSE, NULL, NULL },
	{ "No credit is needed for the translation.\n\n=== Translation of her report ===\n\n"
	  "The error object carries the key.\n\nCredit: she would like to appear as Ximena Alvarez,\n"
	  "https://github.com/xalvarez-dev\n", TRUE, FALSE, "Ximena Alvarez", "https://github.com/xalvarez-dev" },
	{ "The researcher asked us to coordinate with you; their message is quoted in\nfull below.\n\n"
	  "CERT-SV need not be named in any advisory; the researcher's credit wish\nis in their message.\n\n"
	  "> The build helper name is unclaimed on PyPI.\n>\n"
	  "> Please credit \"ferrule\" with a link to https://ferrule.example/ if you\n> publish an advisory.\n",
	  TRUE, FALSE, "ferrule", "https://ferrule.example/" },
	/* (#3) a coordinator deferring to the finder's own request (round
	 * 232) */
	{ "Please credit the researcher as she requests in the report.\n", FALSE, FALSE, NULL, NULL },
	{ "Two requests from our side: please credit Oskar as he asks below, and leave us out.\n",
	  FALSE, FALSE, NULL, NULL },
	/* (#3) "no need to credit anything" (round 227) */
	{ "this is more a request than a vulnerability. No need to credit anything for this.\n", TRUE, TRUE, NULL, NULL },
	{ "No need to credit anything we sent you before, but please credit me as Ana Ruiz for this one.\n",
	  TRUE, FALSE, "Ana Ruiz", NULL },
	{ "Falls daraus ein Advisory wird, bitte als \"Lena Vogt\" mit Link auf\nhttps://lenavogt.example nennen.\n",
	  TRUE, FALSE, "Lena Vogt", "https://lenavogt.example" },
	/* (#3) a chat thread the writer pasted in, with the finder's request,
	 * above the writer's own decline: the finder's request (round 219) */
	{ "My colleague found this; I'm pasting his messages as they were.\n\n----- pasted from Slack -----\n\n"
	  "Dmitri Volkov  11:02\nyes pls. if they do credits: Dmitri Volkov is fine, no link needed\n\n"
	  "----- end of paste -----\n\nI don't need to be mentioned anywhere.\n", TRUE, FALSE, "Dmitri Volkov", NULL },
	{ "Please credit me as Ana Ruiz.\n\nOn second thought, I don't need to be mentioned anywhere.\n",
	  TRUE, TRUE, NULL, NULL },
	/* (#3) an initial inside the name, and the wish asked as one's own
	 * question with the handle its profile link ends with (round 219) */
	{ "If you publish an advisory, I would like to be credited as Thiago N. Reis,\nwith a link to https://github.com/tnreis.",
	  TRUE, FALSE, "Thiago N. Reis", "https://github.com/tnreis" },
	{ "if it's real can i get credited? kazmiro on github\n(https://github.com/kazmiro)\n", TRUE, FALSE, "kazmiro",
	  "https://github.com/kazmiro" },
	{ "if it's real can i get credited? see the repo\n(https://github.com/acme/tool)\n", FALSE, FALSE, NULL, NULL },
	/* (#3) relayed: the relayer's decline above the finder's advisory text
	 * set off by a marker, the finder's role after the name; a company and
	 * the writer not to be named (round 213) */
	{ "We don't need to be mentioned.\n\n---------- advisory text as he filed it ----------\n\n"
	  "The hook re-adds the key.\n\n### Credits\n\nKofi Mensah (finder), https://github.com/kmensah-sec\n",
	  TRUE, FALSE, "Kofi Mensah", "https://github.com/kmensah-sec" },
	{ "One request: please don't name Halvorsen Freight or me in any advisory, we'd rather stay out of it.",
	  TRUE, TRUE, NULL, NULL },
	{ "Please don't name the file after me, credit me as Ana Ruiz.", TRUE, FALSE, "Ana Ruiz", NULL },
	{ "If they fix it, a thank-you to Tom\u00e1s Aguirre would be nice, no link needed.", TRUE, FALSE,
	  "Tom\u00e1s Aguirre", NULL },
	{ "I sent a thank-you to Ana Ruiz for the hint yesterday.", FALSE, FALSE, NULL, NULL },
	/* (#3) a name a hard-wrapped line broke is one name */
	{ "If this leads to an advisory, I would appreciate an acknowledgement as Noa\nPeretz (Systems Security Lab).",
	  TRUE, FALSE, "Noa Peretz (Systems Security Lab)", NULL },
	/* (#3) the name and link in a footnote the request points to, by a
	 * superscript, [N] or (*); a marker with no footnote, and a footnote
	 * no request points to, give nothing of their own */
	{ "If there is an advisory we'd like to be credited\u00b2 for this.\n\nThanks,\nOla\n\n"
	  "\u00b2 Ola Brekke, https://brekke.example/sec\n", TRUE, FALSE, "Ola Brekke", "https://brekke.example/sec" },
	{ "Please credit [3] in the advisory.\n\n[1] https://docs.example/vsock\n[3] Tallis Research Group\n",
	  TRUE, FALSE, "Tallis Research Group", NULL },
	{ "Si sale un aviso, nos gustar\u00eda aparecer como (*).\n\n(*) \u00abGrupo de Redes UVX\u00bb, con el enlace https://redes-uvx.example\n",
	  TRUE, FALSE, "Grupo de Redes UVX", "https://redes-uvx.example" },
	{ "The race is in the vsock handshake\u00b9 and needs two hosts.\n\n\u00b9 See the attached trace.\n",
	  FALSE, FALSE, NULL, NULL },
	/* (#3) the wish to appear under a name, in Romance languages */
	{ "Gostar\u00edamos de aparecer como Equipe Vermelha, https://vermelha.example.", TRUE, FALSE, "Equipe Vermelha", "https://vermelha.example" },
	{ "Nous aimerions appara\u00eetre sous le nom Cellule S\u00e9cu Nantes.", TRUE, FALSE, "Cellule S\u00e9cu Nantes", NULL },
	{ "Vorremmo comparire come Laboratorio Sicurezza Pavia.", TRUE, FALSE, "Laboratorio Sicurezza Pavia", NULL },
	{ "El bug aparece como un fallo de permisos en el log.", FALSE, FALSE, NULL, NULL },
	/* (#3) a name in a parenthesis cut at its comma keeps no parenthesis */
	{ "We would like to be credited (Tove Arnesen, https://arnesen.example) if you publish.", TRUE, FALSE, "Tove Arnesen", "https://arnesen.example" },
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
	/* (#3) German with the credit noun first: no need of it; a thing
	 * the writer does not need is none */
	{ "Eine Erwähnung brauchen wir nicht, Hauptsache es wird behoben.", TRUE, TRUE, NULL, NULL },
	{ "Die Logs brauche ich nicht mehr, die sind gelöscht.", FALSE, FALSE, NULL, NULL },
	{ "クレジットについては特に希望はございません。", FALSE, FALSE, NULL, NULL },
	{ "ファイル名は表示されますが、内容は出力されません。", FALSE, FALSE, NULL, NULL },
	{ "ログにシークレットの名前を出さないでほしいです。", FALSE, FALSE, NULL, NULL },
	{ "私の名前を載せないでください。", TRUE, TRUE, NULL, NULL },
	{ "掲載の際、私の名前は出さなくて大丈夫です。", TRUE, TRUE, NULL, NULL },
	/* (3546) the kind of body to be named as is no name; the finder's
	 * own request below it is */
	{ "Die Steinbruck Security GmbH w\u00fcrde sich freuen, im Advisory als Unternehmen genannt zu werden.",
	  FALSE, FALSE, NULL, NULL },
	{ "Die Steinbruck Security GmbH w\u00fcrde sich freuen, im Advisory als Unternehmen genannt zu werden.\n\n"
	  "----- Befund -----\nNennung (Wunsch des Testers): Bitte nennen Sie mich im Advisory als Jonas Ebner, "
	  "https://jebner.example\n", TRUE, FALSE, "Jonas Ebner", "https://jebner.example" },
	/* (#3, 3940) a heading that says whose credit and what, the name
	 * and link its one line below */
	{ "Thanks for reading.\n\nResearcher's credit preference\nSof\u00eda Casta\u00f1o - "
	  "https://github.com/scastano-sec\n\n====\n", TRUE, FALSE, "Sof\u00eda Casta\u00f1o",
	  "https://github.com/scastano-sec" },
	/* (#3, 3969) the name straight after "pongan", the advisory the
	 * condition, in Spanish */
	{ "Si lo publican en el aviso pongan Andr\u00e9s Felipe Rojas, github.com/afrojas-dev\n\nGracias\n", TRUE,
	  FALSE, "Andr\u00e9s Felipe Rojas", "https://github.com/afrojas-dev" },
	/* (#3, 3939) the name and link in the paragraph below the colon that
	 * ends the request */
	{ "Please add me to your Hall of Fame / security acknowledgements:\n\nArjun Menon - "
	  "https://arjunmenon.example\n\nThanks and regards,\nArjun\n", TRUE, FALSE, "Arjun Menon",
	  "https://arjunmenon.example" },
	/* (#3, 3971) the finder asked for by her short name, the full one
	 * after the colon */
	{ "Credit: please use Kat's name, she found it: Katrina Villanueva, github.com/katvillanueva. I don't need "
	  "to be mentioned.\n", TRUE, FALSE, "Katrina Villanueva", "https://github.com/katvillanueva" },
	/* (#3, 3959) the one credited as a pronoun, the name and link on the
	 * line after the colon */
	{ "So if you publish an advisory, please credit him:\nKadri Tamm, https://github.com/kadritamm\n",
	  TRUE, FALSE, "Kadri Tamm", "https://github.com/kadritamm" },
	/* (3565, 3572, 3574) the credit said to belong or go to a colleague,
	 * in English, Dutch, Portuguese and Spanish; "please credit my
	 * colleague NAME" names the colleague, not the writer */
	{ "If the project writes an advisory, the credit belongs to my colleague Even Lunde, who noticed it.",
	  TRUE, FALSE, "Even Lunde", NULL },
	{ "If you publish an advisory, please credit my colleague Even Lunde, who noticed it.",
	  TRUE, FALSE, "Even Lunde", NULL },
	/* (#3, 3674) the plural, a consultant and her firm in quotes */
	{ "Credits graag voor \u201cFemke Jansen (Havenlicht Security)\u201d, zonder link.", TRUE, FALSE,
	  "Femke Jansen (Havenlicht Security)", NULL },
	/* (#3, 3697) Portuguese and Spanish: the credit said to be someone's */
	{ "Se houver advisory, o cr\u00e9dito \u00e9 do Tiago Meireles.", TRUE, FALSE, "Tiago Meireles", NULL },
	{ "Si publican un aviso, el cr\u00e9dito es de Ana Ruiz.", TRUE, FALSE, "Ana Ruiz", NULL },
	{ "Gostar\u00edamos que o laborat\u00f3rio fosse mencionado, mas o cr\u00e9dito \u00e9 da Tha\u00eds.", FALSE, FALSE,
	  NULL, NULL },
	{ "Credit graag aan Daan Visser (https://github.com/daanvisser-dev), hij heeft het gevonden.",
	  TRUE, FALSE, "Daan Visser", "https://github.com/daanvisser-dev" },
	{ "Se publicarem um aviso, o cr\u00e9dito deve ir para o meu colega Rui Matos "
	  "(https://masto.example/@ruimatos), foi ele que encontrou.", TRUE, FALSE, "Rui Matos",
	  "https://masto.example/@ruimatos" },
	{ "Si publican un aviso, el cr\u00e9dito es para mi compa\u00f1era Luc\u00eda G\u00f3mez.",
	  TRUE, FALSE, "Luc\u00eda G\u00f3mez", NULL },
	/* (3610, 3613) the name for the mention in Dutch, a colleague's in
	 * Finnish; (3614) a link that starts near the end of the window, after
	 * a request in Devanagari, is taken whole */
	{ "Voor de vermelding graag \"Sanne de Vries en Daan Mulder\", link: https://github.com/sannedv",
	  TRUE, FALSE, "Sanne de Vries en Daan Mulder", "https://github.com/sannedv" },
	{ "Kiitoksiin voi merkit\u00e4 Aino Laaksosen nimell\u00e4 \"Aino Laaksonen\", h\u00e4n t\u00e4m\u00e4n "
	  "l\u00f6ysi. Linkki\u00e4 ei tarvita.", TRUE, FALSE, "Aino Laaksonen", NULL },
	{ "Credit: \u092f\u0939 bug \u0930\u094b\u0939\u093f\u0924 \u0928\u0947 \u0922\u0942\u0901\u0922\u093e "
	  "\u0925\u093e, \u092e\u0948\u0902\u0928\u0947 \u0938\u093f\u0930\u094d\u092b\u093c report \u0932\u093f\u0916\u0940 "
	  "\u0939\u0948\u0964 Advisory \u092e\u0947\u0902 \u0915\u0943\u092a\u092f\u093e \"Rohit Verma\" \u0914\u0930 "
	  "https://github.com/rohitverma-sec \u0932\u093f\u0916\u093f\u090f\u0964", TRUE, FALSE, "Rohit Verma",
	  "https://github.com/rohitverma-sec" },
	/* (3552, 3571) not to be named, in Hebrew and Arabic */
	{ "אם זה מגיע ל-advisory, אני מעדיפה שלא יזכירו את שמי.", TRUE, TRUE, NULL, NULL },
	{ "אין צורך לציין את שמי או את שם החברה בהודעה.", TRUE, TRUE, NULL, NULL },
	{ "أفضل عدم ذكر اسمي في الإعلان.", TRUE, TRUE, NULL, NULL },
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
	/* (round 304) "keep anonymity", a lawyer for a client */
	{ "Notre client souhaite conserver l'anonymat : nous vous remercions de ne mentionner ni son nom, ni celui "
	  "de son employeur.", TRUE, TRUE, NULL, NULL },
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
	/* (#3) the rest of a group after the name names no one more; a team
	 * or a person named after "and" goes on */
	{ "Please credit Ravi Menon and the rest of the team at Harbor Labs.", TRUE, FALSE, "Ravi Menon", NULL },
	{ "Please credit Ravi Menon and everyone else on the Harbor Labs red team.", TRUE, FALSE, "Ravi Menon", NULL },
	{ "Please credit Ravi Menon and the Harbor Labs team.", TRUE, FALSE, "Ravi Menon and the Harbor Labs team", NULL },
	{ "Please credit Ravi Menon and Otis Restrepo.", TRUE, FALSE, "Ravi Menon and Otis Restrepo", NULL },
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
	/* ... or in the one line of the paragraph after the heading */
	{ "Disclosure\nWe plan to publish in 90 days.\n\nAcknowledgements\n\nJoanna Sieber, Rafe Okonkwo and Lin Hartmann, Copperline Research (https://copperline.example/lab)\n\nRegards,\nJoanna\n",
	  TRUE, FALSE, "Joanna Sieber, Rafe Okonkwo and Lin Hartmann, Copperline Research", "https://copperline.example/lab" },
	{ "Billing\nWe were charged twice.\n\nCredit\n\nThe free tier credit ran out after the second run, see the invoice.\n\nThanks\n",
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
	 * a non-credit "please use" is none, and a declined naming is the
	 * anonymous answer */
	{ "If you credit, please use the handle \"Quillback\" only, no real name.", TRUE, FALSE, "Quillback", NULL },
	{ "If you credit it, please use my nickname Tarn7.", TRUE, FALSE, "Tarn7", NULL },
	{ "If you credit, please use the handle field of the form.", FALSE, FALSE, NULL, NULL },
	{ "If you mention it, please use the latest build.", FALSE, FALSE, NULL, NULL },
	{ "يرجى ذكر اسمي كـ Sandpiper في الإعلان.", TRUE, FALSE, "Sandpiper", NULL },
	{ "أرجو أن تنسبوا الاكتشاف إلى Night Heron.", TRUE, FALSE, "Night Heron", NULL },
	{ "يرجى عدم ذكر اسمي في الإعلان.", TRUE, TRUE, NULL, NULL },
	{ "أرجو أن ترسلوا التقرير إلى the team.", FALSE, FALSE, NULL, NULL },
	{ "Noem mij als Fleur Jansen.\nGroet,\nFleur", TRUE, FALSE, "Fleur Jansen", NULL },
	{ "Proszę o podanie mnie jako Kasia Nowak.", TRUE, FALSE, "Kasia Nowak", NULL },
	/* round 27: Slovak, Czech, Swahili */
	/* (3511, 3522) Korean: the link in a clause of its own after the
	 * quoted name; (3528) Hebrew: a condition before the colon */
	{ "6. \ud06c\ub808\ub527\nadvisory\uc5d0\ub294 \"\uae40\uc11c\uc5f0 (Seoyeon Kim)\", \ub9c1\ud06c\ub294 "
	  "https://github.com/seoyeon-kim-dev \ub85c \ud45c\uae30\ud574 \uc8fc\uc2dc\uba74 "
	  "\uac10\uc0ac\ud558\uaca0\uc2b5\ub2c8\ub2e4.\n", TRUE, FALSE, "\uae40\uc11c\uc5f0 (Seoyeon Kim)",
	  "https://github.com/seoyeon-kim-dev" },
	{ "\uad8c\uace0\ubb38(advisory)\uc5d0 \uc81c\ubcf4\uc790\ub97c \ud45c\uae30\ud558\uc2e4 \uacbd\uc6b0 "
	  "\uac1c\uc778 \uc774\ub984 \ub300\uc2e0 \"Hanul Pay Security Team\" \uc73c\ub85c, \ub9c1\ud06c\ub294 "
	  "https://security.hanul-pay.example \uc73c\ub85c \ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.\n", TRUE, FALSE,
	  "Hanul Pay Security Team", "https://security.hanul-pay.example" },
	{ "\u05d0\u05e9\u05de\u05d7 \u05dc\u05e7\u05e8\u05d3\u05d9\u05d8 \u05d0\u05dd \u05ea\u05e4\u05e8\u05e1\u05de\u05d5 "
	  "\u05e2\u05dc \u05d6\u05d4 \u05de\u05e9\u05d4\u05d5: Noa Barak, https://noabarak.example\n", TRUE, FALSE,
	  "Noa Barak", "https://noabarak.example" },
	/* (3512) Dutch: "nergens" for "niet" */
	{ "Mijn naam hoeft nergens genoemd te worden, het gaat mij erom dat het opgelost wordt.", TRUE, TRUE,
	  NULL, NULL },
	/* (3514) the name quoted right after the verb */
	{ "Kredit: pokud z toho bude advisory, uve\u010fte pros\u00edm \"Ond\u0159ej Vl\u010dek\" s odkazem "
	  "https://gitlab.com/ovlcek .", TRUE, FALSE, "Ond\u0159ej Vl\u010dek", "https://gitlab.com/ovlcek" },
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
	/* (#3, 3655) the heading's paragraph labelled with who found it:
	 * the name after the label; a placeholder left in it names no one */
	{ "## Credit\n\nDiscovered by: Minh Tran\n", TRUE, FALSE, "Minh Tran", NULL },
	{ "## Credit\n\nDiscovered by: [Your Name]\n\n---\n", FALSE, FALSE, NULL, NULL },
	{ "Credit as \"sl4te\" please, no link.", TRUE, FALSE, "sl4te", NULL },
	{ "I do not wish to be credited.", TRUE, TRUE, NULL, NULL },
	{ "Credit: none needed.", TRUE, TRUE, NULL, NULL },
	{ "Credit: anonymous", TRUE, TRUE, NULL, NULL },
	/* (#3, 3696) a mail gateway's rewritten link: the address it stands
	 * for (Safe Links, URL Defense v3, Google's redirect) */
	{ "Credit: Mateo Ruiz, https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fgithub.com%2Fmruiz-bh"
	  "&data=05%7C02%7Cdana%40harbor.example&reserved=0", TRUE, FALSE, "Mateo Ruiz", "https://github.com/mruiz-bh" },
	{ "Credit: Mateo Ruiz, https://urldefense.com/v3/__https://github.com/mruiz-bh__;!!G3vK!abcDEF$", TRUE, FALSE,
	  "Mateo Ruiz", "https://github.com/mruiz-bh" },
	{ "Credit: Mateo Ruiz, https://www.google.com/url?q=https://github.com/mruiz-bh&sa=D&source=editors", TRUE,
	  FALSE, "Mateo Ruiz", "https://github.com/mruiz-bh" },
	/* (#3, 3659) a template's credit field answered "N/A" is a field
	 * left unfilled, as in a credits section (1459): no credit, no
	 * decline */
	{ "Bounty: kindly let me know the amount.\n\nCredit Name: N/A\n", FALSE, FALSE, NULL, NULL },
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
	/* (#3, 5003) words between "I ask for no" and "mention", and the name
	 * that should not appear */
	{ "Köszönöm, de nem kérek név szerinti említést: kérem, hogy a közleményben ne szerepeljen a nevem.", TRUE,
	  TRUE, NULL, NULL },
	/* (#3, 5006, 5007) the advisory or the credit named with a condition,
	 * then the name */
	{ "For the advisory, if they do one: Bongani Dlamini, https://bongani.example (my own site, not the "
	  "company one).", TRUE, FALSE, "Bongani Dlamini", "https://bongani.example" },
	{ "if you credit this: please use Kestrel (the only name I use for security stuff), with a link to "
	  "https://infosec.example/@kestrel . not my legal name please.", TRUE, FALSE, "Kestrel",
	  "https://infosec.example/@kestrel" },
	/* (#3, 4978, 4988, 4993, 5032) "can u put my gamertag NAME lol",
	 * "kindly mention", the Greek condition then "please as NAME", the
	 * Indonesian passive "please be credited under the name NAME"; and
	 * "kindly acknowledge the receipt" names nobody */
	{ "if u do credits can u put my gamertag Dingoflip lol", TRUE, FALSE, "Dingoflip", NULL },
	{ "For credit, kindly mention \"Harika Reddy Bandari (Deccan Analytics)\", LinkedIn: "
	  "https://www.linkedin.com/in/harika-bandari-da", TRUE, FALSE, "Harika Reddy Bandari (Deccan Analytics)",
	  "https://www.linkedin.com/in/harika-bandari-da" },
	{ "Kindly acknowledge the receipt and let me know about any reward.", FALSE, FALSE, NULL, NULL },
	{ "\u0391\u03bd \u03b1\u03c0\u03bf\u03c6\u03b1\u03c3\u03af\u03c3\u03b5\u03c4\u03b5 \u03bd\u03b1 "
	  "\u03b1\u03bd\u03b1\u03c6\u03ad\u03c1\u03b5\u03c4\u03b5 \u03cc\u03c3\u03bf\u03c5\u03c2 \u03c4\u03bf "
	  "\u03b2\u03c1\u03ae\u03ba\u03b1\u03bd, \u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb\u03ce \u03c9\u03c2 "
	  "Stelios \nMavridis, https://github.com/smavridis\n", TRUE, FALSE, "Stelios Mavridis",
	  "https://github.com/smavridis" },
	{ "Kalau boleh, tolong dikreditkan atas nama Rizky Pratama \n(https://github.com/rizkypratama-id).", TRUE,
	  FALSE, "Rizky Pratama", "https://github.com/rizkypratama-id" },
	/* (#3, 5053, 5081, 5087, 5100) "as X wrote: NAME", "credited as:
	 * NAME", German "bitten wir um \"NAME\"", and a third party's own
	 * wish not to be named beside the writer's request */
	{ "Credit as In\u00eas wrote: Farah Al-Masri, https://github.com/falmasri-sec", TRUE, FALSE, "Farah Al-Masri",
	  "https://github.com/falmasri-sec" },
	{ "8. Credit\n\n   The reporter asks to be credited as: Tom\u00e1s Ibarguren\n   (https://ibarguren.example)\n",
	  TRUE, FALSE, "Tom\u00e1s Ibarguren", "https://ibarguren.example" },
	{ "F\u00fcr eine Nennung im Advisory bitten wir um \"Brandt & Kessler Systemtechnik GmbH - PSIRT\" mit Link auf "
	  "https://www.brandt-kessler.example/psirt\n", TRUE, FALSE, "Brandt & Kessler Systemtechnik GmbH - PSIRT",
	  "https://www.brandt-kessler.example/psirt" },
	{ "Credit: if you publish an advisory, please credit \"MerlionPay Security Engineering\" with "
	  "https://merlionpay.example/security. The pentest firm has told us they do not need to be named.", TRUE, FALSE,
	  "MerlionPay Security Engineering", "https://merlionpay.example/security" },
	/* (#3, 5021) a name field under the credit heading, in Japanese */
	{ "\u25a0 \u30af\u30ec\u30b8\u30c3\u30c8\n\n\u30a2\u30c9\u30d0\u30a4\u30b6\u30ea\u306b\u63b2\u8f09"
	  "\u3044\u305f\u3060\u3051\u308b\u306e\u3067\u3042\u308c\u3070\u3001\n  \u540d\u524d: Takumi Matsumoto "
	  "(Naniwa Cloud)\n  \u30ea\u30f3\u30af: https://github.com/tmatsumoto-nc\n", TRUE, FALSE,
	  "Takumi Matsumoto (Naniwa Cloud)", "https://github.com/tmatsumoto-nc" },

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
	/* the conditional, then "my handle is": the handle as written */
	{ "If you credit reporters, my handle is mossrunner on GitHub (github.com/mossrunner).",
	  TRUE, FALSE, "mossrunner", "https://github.com/mossrunner" },
	{ "If you thank people, my nickname is tidewalker_7.", TRUE, FALSE, "tidewalker_7", NULL },
	{ "My handle is duskmoth on the forum where I first saw this mentioned.", FALSE, FALSE, NULL, NULL },
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
	/* (2953) the link known by the comma before it marks a name in
	 * lower case as written; a lower-case answer with no link declines */
	{ "credit: jordan pike, hachyderm.example/@jpike ? idk if u do that", TRUE, FALSE, "jordan pike",
	  "https://hachyderm.example/@jpike" },
	{ "credit: not needed, thanks", TRUE, TRUE, NULL, NULL },
	/* (2977) a decline for oneself, then the name offered in one's
	 * place on a condition, in English and German; a condition with no
	 * name leaves the decline */
	{ "Please do not name me personally. If you want to name someone, then please \"Computing Centre of Nordau\".",
	  TRUE, FALSE, "Computing Centre of Nordau", NULL },
	{ "Mich selbst bitte nicht namentlich nennen. Wenn Sie jemanden nennen m\xc3\xb6" "chten, dann bitte "
	  "\"Rechenzentrum der Hochschule Nordau\".", TRUE, FALSE, "Rechenzentrum der Hochschule Nordau", NULL },
	{ "Please do not name me. If you want to name someone, it is fine to leave it out.", TRUE, TRUE, NULL, NULL },
	{ "And if you credit people, Kwame Asante / asante-it.example please.", TRUE, FALSE, "Kwame Asante",
	  "https://asante-it.example" },
	{ "So, das war's. Credit brauchen wir keins, danke!", TRUE, TRUE, NULL, NULL },
	/* (3021) the relayer only passed it on, the finder's request above
	 * the decline, the nearest one; (3020) a pasted report's credit
	 * section ends at a rule */
	{ "Her report says: If you mention this in an advisory, please write my name: Oleksandra Hnatiuk.\n\n"
	  "=== End of translation ===\n\nFrom me: I don't need any credit, I am only the translator here.\n",
	  TRUE, FALSE, "Oleksandra Hnatiuk", NULL },
	{ "I don't need any credit, I am only the translator here.", FALSE, FALSE, NULL, NULL },
	{ "Impact\nAny candidate can see code.\n\nCredit\nAksel Varga - https://akselv.example\n"
	  "------------------------------------------------------------------------\n", TRUE, FALSE, "Aksel Varga",
	  "https://akselv.example" },
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
	/* (#3) two names kept out, the second a party's name */
	{ "Kindly leave my name and the hospital's name out of the release notes.", TRUE, TRUE, NULL, NULL },
	{ "We keep our name and the vendor's name out of the logs by default.", FALSE, FALSE, NULL, NULL },
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
	/* (round 242) what the name is written for, after it */
	{ "Please if possible write my name as Budi Santoso for credit. No link, I do not have a blog.", TRUE,
	  FALSE, "Budi Santoso", NULL },
	{ "Please credit me as Lena Voss for the acknowledgements.", TRUE, FALSE, "Lena Voss", NULL },
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
	/* ... and so is one after a last "of", "from" or "at" that starts and
	 * ends with a capital */
	{ "For the advisory: Marta Kowalczyk, Tobias Lindqvist and Ayo Bankole of\nHarrowgate Labs please, "
	  "linking https://harrowgate.example/advisories", TRUE, FALSE,
	  "Marta Kowalczyk, Tobias Lindqvist and Ayo Bankole of Harrowgate Labs",
	  "https://harrowgate.example/advisories" },
	{ "Please credit Priya Nair, Leon Brandt and Sofia Reyes from Quillfeather Research Group.", TRUE, FALSE,
	  "Priya Nair, Leon Brandt and Sofia Reyes from Quillfeather Research Group", NULL },
	/* ... and a group named after the people, "and the" then capitalised
	 * words up to a comma, counts as one word of names (also after "of
	 * the"); a lower-case clause there, or a group longer than
	 * affiliation_words, counts in full */
	{ "Please credit Ada Moss, Bo Chen and the Applied Cryptography Group, Tallinn Polytechnic "
	  "(https://acg.tallinn-poly.example).", TRUE, FALSE,
	  "Ada Moss, Bo Chen and the Applied Cryptography Group, Tallinn Polytechnic", "https://acg.tallinn-poly.example" },
	{ "Credit: Noor Haddad, Emil Sorensen and the Embedded Systems Trust Lab", TRUE, FALSE,
	  "Noor Haddad, Emil Sorensen and the Embedded Systems Trust Lab", NULL },
	{ "You may credit Ines Duarte and Pavel Horak of the Distributed Systems Lab.", TRUE, FALSE,
	  "Ines Duarte and Pavel Horak of the Distributed Systems Lab", NULL },
	{ "Please credit Ines Duarte and Pavel Horak of the lab that hosts our cluster and pays for it.", TRUE, FALSE,
	  "Ines Duarte and Pavel Horak", NULL },
	{ "Please credit Ada Moss, Bo Chen and the Very Long Named Open Source Security Research Collective Of "
	  "Europe.", FALSE, FALSE, NULL, NULL },
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
	/* (#3, 3669) the verb first, then the clitic */
	{ "Uvádět mě nemusíte.\n\nS pozdravem\n", TRUE, TRUE, NULL, NULL },
	{ "U nás prosím neuvádějte heslo v konfiguraci.", FALSE, FALSE, NULL, NULL },
	{ "Token prosím neuvádějte do logu, démon ho ukládá.", FALSE, FALSE, NULL, NULL },
	/* (#3) credit under a handle, nickname or alias instead of the real
	 * name: the one word after it is the name, lower case or not; a
	 * capitalised request is unchanged */
	{ "Please credit me under my handle quillfox instead of my real name.", TRUE, FALSE, "quillfox", NULL },
	{ "Credit me as my nick zephyr_x please.", TRUE, FALSE, "zephyr_x", NULL },
	{ "크레딧은 실명 대신 제 닉네임 hanbit 로 표기해 주세요.", TRUE, FALSE, "hanbit", NULL },
	/* (round 301) Slovak: someone asks to be listed as NAME */
	{ "Marek prosí, aby bol v prípadnom bezpečnostnom oznámení uvedený ako\nMarek Horváth (bez odkazu).", TRUE,
	  FALSE, "Marek Horváth", NULL },
	/* (round 303) the link alone after the quoted name, "to put up" */
	{ "이 문제는 박지훈 님이 찾았습니다. 권고문에는 제 이름 대신 \"박지훈 (Park Jihoon)\", "
	  "https://github.com/jihoon-park 으로 올려 주세요.", TRUE, FALSE, "박지훈 (Park Jihoon)",
	  "https://github.com/jihoon-park" },
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
	/* (#3) a bounty platform's disclosure preferences: the credit's name
	 * field, its link in the field under it; declined there; a field
	 * naming the reporter alone stays none */
	{ "Disclosure preferences\n  Public credit:  Yes\n  Credit name:    Tove Lindahl\n  Credit link:    https://tlindahl.example/\n",
	  TRUE, FALSE, "Tove Lindahl", "https://tlindahl.example/" },
	{ "  Credit name:    Anonymous\n  Credit link:    -\n", TRUE, TRUE, NULL, NULL },
	{ "  Researcher name:    Tove Lindahl\n  Severity:    Medium\n", FALSE, FALSE, NULL, NULL },
	/* (#3) a name not wanted written or published, as second-language
	 * English says it; a manner of writing the name is none */
	{ "We don't want our names to be published anywhere, it is our duty.", TRUE, TRUE, NULL, NULL },
	{ "I do not wish my name mentioned in the advisory, thanks.", TRUE, TRUE, NULL, NULL },
	{ "I don't need my name written in full, the initials are enough.", FALSE, FALSE, NULL, NULL },
	{ "We don't want our names listed separately; one line for the lab is fine.", FALSE, FALSE, NULL, NULL },
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
	/* (#3, 3262) the pronoun joined to the verb with a hyphen */
	{ "Crèdit: si publiqueu un avís, m'agradaria aparèixer-hi com a Núria Vilalta (https://github.com/nvilalta).", TRUE, FALSE, "Núria Vilalta", "https://github.com/nvilalta" },
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
	/* a lower-case handle after a word for a handle, no link after it
	 * (4032) */
	{ "Если будут благодарности в бюллетене — указывайте только ник zlydzen, без ссылок и без настоящего имени.",
	  TRUE, FALSE, "zlydzen", NULL },
	{ "If you credit reporters in the advisory - use only the nick zlydzen, no links.",
	  TRUE, FALSE, "zlydzen", NULL },
	/* (4128) a label's topic whose frame gives no name gives way to the
	 * next topic of its sentence, whose "as" ends the line above the
	 * names */
	{ "Credit: my co-authors and I would like all four of us to be named in the \nadvisory, as\n\n   Tariq Haddad, "
	  "Mei-Ling Sato, Oluwaseun Adeyemi and Katarzyna Nowicka (Kingsbridge University)\n   "
	  "https://ssl.cs.kingsbridge.example\n\nThanks\n",
	  TRUE, FALSE, "Tariq Haddad, Mei-Ling Sato, Oluwaseun Adeyemi and Katarzyna Nowicka (Kingsbridge University)",
	  "https://ssl.cs.kingsbridge.example" },
	/* (1506, 2536) the profile named after the name is none of it */
	{ "For the Hall of\nFame please mention my name Rohit Kumar Sahu and my LinkedIn profile\n"
	  "https://www.linkedin.example/in/rohit-sahu-sec\n", TRUE, FALSE, "Rohit Kumar Sahu",
	  "https://www.linkedin.example/in/rohit-sahu-sec" },
	{ "Dragan asked me to say that he would like to be credited as Dragan Petrovi\u0107, with his site "
	  "https://dpetrovic.example. Nothing is needed for Kestrel.", TRUE, FALSE, "Dragan Petrovi\u0107",
	  "https://dpetrovic.example" },
	/* (4218) the naming verb as the subject, the quoted name and its link */
	{ "If this ends up in an advisory, crediting \"ktamm\" with\nhttps://codeberg.org/ktamm is fine.\n", TRUE,
	  FALSE, "ktamm", "https://codeberg.org/ktamm" },
	/* (4188) no need to name the writer, in Thai */
	{ "6. \u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e40\u0e04\u0e23\u0e14\u0e34\u0e15\n"
	  "\u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e23\u0e30\u0e1a\u0e38\u0e0a\u0e37\u0e48\u0e2d"
	  "\u0e14\u0e34\u0e09\u0e31\u0e19\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e01\u0e32\u0e28\u0e04\u0e48\u0e30\n",
	  TRUE, TRUE, NULL, NULL },
	/* (4259) a "Credit:" label over a sentence about the finder; the name
	 * is asked for after the colon further on */
	{ "Credit: Jaya found this while writing the allowlist for the spring exams, so please credit her and not "
	  "me: Jaya Raman, https://github.com/jayaraman-dev\n", TRUE, FALSE, "Jaya Raman",
	  "https://github.com/jayaraman-dev" },
	/* (4030) the credit asked in the Spanish passive, for someone else */
	{ "Finvera pide que en el aviso se acredite a \"Daniela Ortiz (Finvera)\",\nsin enlace. Nubaria no necesita "
	  "ninguna menci\u00f3n.\n", TRUE, FALSE, "Daniela Ortiz (Finvera)", NULL },
	/* (4044) the initials asked for, their full stops kept */
	{ "I have not told anyone else about it. If you mention it somewhere, the\ninitials T. K. are enough.\n",
	  TRUE, FALSE, "T. K.", NULL },
	/* (4081) a decline for the writer alone */
	{ "No credit for me, please - I didn't find anything, the libkrun people\ndid.", TRUE, TRUE, NULL, NULL },
	/* (4076) "only" after the name is no part of it */
	{ "Credit: please use my handle d3vnull only (no real name, no link).", TRUE, FALSE, "d3vnull", NULL },
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
	/* (3234) neither of two parties wishes to be named */
	{ "We will pass anything you need on to the customer. Neither Brightwater nor the customer wishes to be "
	  "named in any advisory.\n", TRUE, TRUE, NULL, NULL },
	/* (3280) the writer's own request for someone else, then the
	 * writer's decline for themselves */
	{ "For the advisory please credit Sander Visser (https://github.com/svisser-nl), he found it. No need "
	  "to mention me or the company.\n", TRUE, FALSE, "Sander Visser", "https://github.com/svisser-nl" },
	{ "I'd like to be credited as Ana Ruiz. Actually, no need to mention me.\n", TRUE, TRUE, NULL, NULL },
	/* (3263) "him" before the name */
	{ "On credit: Jonas did the real work, so please credit him as Jonas Lindqvist, https://github.com/jlindq. "
	  "I don't need to be mentioned.\n", TRUE, FALSE, "Jonas Lindqvist", "https://github.com/jlindq" },
	/* (3245) a relayer's decline above a forwarded report set off by a
	 * marker */
	{ "About credit: please credit In\u00eas, not tallowjar. We don't need to be\nmentioned anywhere.\n\n"
	  "-------- Forwarded advisory report --------\nSubmitted by: inescarv\n\n### Credit\n\n"
	  "If an advisory is published, I'd like to be credited as In\u00eas Carvalho,\n"
	  "https://github.com/inescarv\n", TRUE, FALSE, "In\u00eas Carvalho", "https://github.com/inescarv" },
	/* (3270) Korean, the link in parentheses after the name */
	{ "\ud06c\ub808\ub527\uc740 Park Ji-hoon (https://github.com/jhpark-sec) \uc73c\ub85c "
	  "\ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.", TRUE, FALSE, "Park Ji-hoon", "https://github.com/jhpark-sec" },
	/* (3211) Indonesian, the passive: "my name be listed: NAME (URL)" */
	{ "Kalau laporan ini valid, saya senang sekali kalau nama saya dicantumkan: Rizky Pratama "
	  "(https://github.com/rizkyp-sec).", TRUE, FALSE, "Rizky Pratama", "https://github.com/rizkyp-sec" },
	/* (3243) a closing quote with no opening one is no part of the link */
	{ "I would like to be credited as Tobi Okafor, https://github.com/tobiok\u201d", TRUE, FALSE,
	  "Tobi Okafor", "https://github.com/tobiok" },
	/* (3331) Portuguese: the form the credit may take, after the credit
	 * named, the name wrapped */
	{ "Se o pessoal do microsandbox quiser dar cr\u00e9dito, pode ser como Tha\u00eds\nNogueira, "
	  "https://github.com/thaisnog.", TRUE, FALSE, "Tha\u00eds Nogueira", "https://github.com/thaisnog" },
	/* (3339) a source who asked not to be identified: anonymous, the
	 * journalist's wish for her paper's mention set aside; (1403) an
	 * organisation not to be named outside a TLP label is no decline */
	{ "A source, who has asked me not to identify them to you or to anyone\nelse, contacted me last week. "
	  "If you publish an advisory, a mention of\nThe Stack Ledger would be appreciated, but that is entirely "
	  "up to you.", TRUE, TRUE, NULL, NULL },
	{ "One of our member organisations (a hospital group, they asked us not to name them outside TLP:AMBER) "
	  "reported a problem to us.", FALSE, FALSE, NULL, NULL },
	/* (3150 and 2781 wrapped at 76 columns) a bare domain at the start of
	 * the next line is the link */
	{ "If this gets an advisory please credit \u201cLumenfold Security\u201d,\nlumenfold.example/security\n\n"
	  "Thanks!", TRUE, FALSE, "Lumenfold Security", "https://lumenfold.example/security" },
	{ "And if you credit people, Kwame Asante /\nasante-it.example works.", TRUE, FALSE, "Kwame Asante",
	  "https://asante-it.example" },
	/* (3345) a disclosure platform's field, "Yes - " before the name */
	{ "Public credit:          Yes - \"Kay Okafor\" (https://kayokafor.example)\n", TRUE, FALSE, "Kay Okafor",
	  "https://kayokafor.example" },
	/* (3346) the writer sets himself aside after a first name given in
	 * full on the next line */
	{ "If you do credit people in the advisory, please credit Ingvild, not me:\n"
	  "Ingvild Haugen, https://github.com/ihaugen-sec\n", TRUE, FALSE, "Ingvild Haugen",
	  "https://github.com/ihaugen-sec" },
	/* (3350) Italian: "citarmi ... va bene \"NAME\"" */
	{ "Se vi sembra utile citarmi da qualche parte, va bene \"Marco Ferlini\",\nsenza link (non ho un sito).",
	  TRUE, FALSE, "Marco Ferlini", NULL },
	/* (3351) "no need to mention Merlion" declines for a company, not "me" */
	{ "Credit: please credit Hafiz Rahman, who found it. He has no public\nprofile, so his name only, and there "
	  "is no need to mention Merlion.", TRUE, FALSE, "Hafiz Rahman", NULL },
	/* (3361) Chinese: the list named, "please write" and a Latin name */
	{ "\u5982\u679c\u6709\u81f4\u8b1d\u540d\u55ae\uff0c\u8acb\u5beb Lin Yu-Ting\uff0c\u9023\u7d50 "
	  "https://github.com/ytlin-tw", TRUE, FALSE, "Lin Yu-Ting", "https://github.com/ytlin-tw" },
	/* (3362) Polish "Do podzi\u0119kowa\u0144: NAME", a colleague's decline after it */
	{ "Do podzi\u0119kowa\u0144: Katarzyna Wr\u00f3bel, https://kwrobel.example\n(Tomek nie chce by\u0107 "
	  "wymieniany.)", TRUE, FALSE, "Katarzyna Wr\u00f3bel", "https://kwrobel.example" },
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
	/* (3013) a chat transcript's lines, time and speaker first */
	{ "[09:18] Support bot: Would you like to be credited if the team confirms it?\n"
	  "[09:19] Bao Tran: yes pls, Bao Tran, quillstack.example\n", NULL, TRUE, FALSE, "Bao Tran",
	  "https://quillstack.example" },
	/* (3081) a chat copied by hand, the speaker alone before the answer */
	{ "me: credit?\nola: yes, Aleksandra Wrona. no link pls\n", NULL, TRUE, FALSE, "Aleksandra Wrona", NULL },
	{ "me: credit?\nola: nah\n", NULL, TRUE, TRUE, NULL, NULL },
	/* (#3, 3672) our question answered in the writer's language */
	{ "If you would like to be credited, tell us the name and\nlink to use.\n"
	  "Oui, volontiers : \u00ab Julien Dethier \u00bb, lien https://github.com/jdethier\n",
	  "Oui, volontiers : \u00ab Julien Dethier \u00bb, lien https://github.com/jdethier\n", TRUE, FALSE,
	  "Julien Dethier", "https://github.com/jdethier" },
	{ "Do you want to be credited?\nJa, gerne: Jonas Weber\n", NULL, TRUE, FALSE, "Jonas Weber", NULL },
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
	/* (#3) a hard-wrapped line that breaks the writer's name: two of
	 * the writer's words either side of the line end are one name; a
	 * capitalised word that only opens the next line is not the name */
	{ "For the credit, if you will write advisory, please put my name Bereket\nAlemu. Name only is enough.",
	  "Bereket Alemu", "bereket@example.org", TRUE, "Bereket Alemu", NULL },
	{ "Kama mtatoa sifa kwenye advisory, tumieni jina Juma\r\nMwinyi na https://x.com/jumamwinyi\n",
	  "Juma Mwinyi", "juma@example.org", TRUE, "Juma Mwinyi", "https://x.com/jumamwinyi" },
	{ "For the advisory you can use Ama\nThanks for the quick reply.", NULL, "ama@example.org", FALSE, NULL,
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

/* (3373) a decline of the writer's own beside a request that names
 * someone who is not the sender (the From header's name): the request
 * stands; the sender's own name in it is taken back by the decline */
static void
test_credit_sender(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const struct {
		const char *from, *body, *name;
	} cases[] = {
		{ "Jana Nov\u00e1kov\u00e1", "Pod\u011bkov\u00e1n\u00ed:\nPokud uv\u00e1d\u00edte jm\u00e9na, "
		  "pros\u00edm \"Vojt\u011bch Nov\u00e1k\", odkaz https://github.com/vojta-novak-dev\n\n"
		  "M\u011b pros\u00edm nikde neuv\u00e1d\u011bjte, je to Vojt\u016fv n\u00e1lez.\n",
		  "Vojt\u011bch Nov\u00e1k" },
		{ "Jane Doe", "Please credit Jane Doe, https://jd.example.\n\nActually, no need to mention me.\n", NULL },
		/* (3526) the finder named after "as the finder", a colleague's */
		{ "Petr Novotn\u00fd", "Chyby si v\u0161iml m\u016fj kolega. Pokud to uzn\u00e1te jako zranitelnost, "
		  "uve\u010fte pros\u00edm jako n\u00e1lezce jeho: Tom\u00e1\u0161 Dvo\u0159\u00e1k, "
		  "https://github.com/tdvorak-jtu. M\u011b uv\u00e1d\u011bt nemus\u00edte.\n",
		  "Tom\u00e1\u0161 Dvo\u0159\u00e1k" },
		/* (3970) the sender's name written without capitals: spelt as
		 * the From header spells it */
		{ "Aroha Ngata", "credit: aroha ngata, no link pls\n", "Aroha Ngata" },
		/* (4083) the name and link the signature gives */
		{ "Lucas A.", "If you credit anyone, please use the name and link from my signature below.\n\n"
		  "Abra\u00e7o,\n\n-- \nLucas Andrade\nhttps://lucasandrade.example\n", "Lucas Andrade" },
		/* (4511) a request whose line ends with a link, the writer's
		 * decline on the next line: the link ends the sentence */
		{ "Ana Lopes", "For the advisory, please credit Rui Costa (Tinta Code): https://github.com/ruicosta-tc\n"
		  "I don't need to be named.\n", "Rui Costa (Tinta Code)" },
		/* (3196) a condition after the name is no part of it */
		{ "Marisol Ortega", "If this ends up in an advisory you can use my name, Marisol Ortega, but only if my "
		  "employer isn\u2019t mentioned. No link.\n", "Marisol Ortega" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *mail = g_strdup_printf("From: %s <x@example.org>\nTo: security@superrad.company\n"
							"Subject: bug\nContent-Type: text/plain; charset=utf-8\n\n"
							"The SDK writes the env to a world-readable file.\n\n%s",
							cases[i].from, cases[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_extract_credit(rules, a->msg->body_text, a);
		if (g_strcmp0(a->credit_name, cases[i].name) != 0 || a->credit_anonymous != (cases[i].name == NULL))
			FAIL("credit sender case %zu: got %d/%s", i, a->credit_anonymous, a->credit_name);
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


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/credit", test_credit);
	g_test_add_func("/extract/credit-sender", test_credit_sender);
	g_test_add_func("/extract/credit-answer", test_credit_answer);
	g_test_add_func("/extract/credit-own", test_credit_own);
	return g_test_run();
}
