import type { Confidence } from '../core/facts.js';

/**
 * Our own lexicon of behaviour phrases → ATT&CK technique IDs. A rule describes what the attacker
 * did, never who did it: no rule fires on an actor or malware name. `ids` lists the technique and,
 * where ATT&CK renumbered it, older/newer IDs; the first one present in the caller's catalog wins.
 * "X … Y" gaps are `[^.]{0,N}?`: bounded and inside one sentence, so matching stays linear.
 */
export interface LexiconRule {
  key: string;
  ids: readonly [string, ...string[]];
  pattern: RegExp;
  confidence: Confidence;
  /** A match is skipped when its sentence matches this ("no evidence it was exploited"). */
  unless?: RegExp;
}

const rule = (
  key: string,
  ids: LexiconRule['ids'],
  pattern: RegExp,
  confidence: Confidence = 'medium',
  unless?: RegExp,
): LexiconRule => ({ key, ids, pattern, confidence, ...(unless ? { unless } : {}) });

/**
 * Internet-facing products, by kind and by the best-known names: where Exploit Public-Facing
 * Application (T1190) happens. A client program ("Word", "a browser") is not one.
 */
const edge = String.raw`(?:(?:SSL[- ])?VPNs?(?: appliances?| gateways?| servers?)?(?! client)|firewalls?|web servers?|appliances?|(?:public|internet|web)-facing|publicly (?:exposed|facing|accessible)|edge devices?|gateways?|(?:Exchange|SharePoint|WebLogic|Confluence) servers?|load balancers?|(?:managed )?file[- ]transfer|MOVEit|GoAnywhere|NetScaler|Connect Secure|Pulse Secure|GlobalProtect|PAN-OS|FortiOS|FortiGate|Log4Shell)`;
/** A class of server-side flaw an attacker can use from the network. */
const flawClass = String.raw`(?:authentication bypass|auth bypass|(?:OS |remote )?command injection|(?:remote|arbitrary) code execution|RCE|SQL injection|(?:path|directory) traversal|(?:insecure )?deserialization|server-side request forgery|SSRF|zero-days?|0-days?|vulnerabilit(?:y|ies)|flaws?|bugs?)`;
/** The attacker using a flaw: "chained an authentication bypass", "abused two zero-days". */
const usedFlaw = String.raw`(?:chain(?:ed|ing)|combin(?:ed|ing)|abus(?:ed|ing)|leverag(?:ed|ing)|weaponi[sz](?:ed|ing)|us(?:ed|ing)) (?:an? |the |two |three |several |multiple )?(?:[\w-]+ ){0,2}?${flawClass}`;
/** A sentence that says exploitation did not, or only could, happen. */
const hypothetical =
  /\b(?:no (?:evidence|sign|indication)s?|(?:not|never) (?:been |yet |known to (?:have )?been )?(?:observed|seen|exploited)|(?:could|may|might|can|would) (?:be )?(?:exploit|abus|us|leverag|chain))/i;

export const lexicon: readonly LexiconRule[] = [
  // Impact: denial of service
  rule('ddos', ['T1498'], /\b(?:DDoS|distributed denial[- ]of[- ]service)\b/gi, 'low'),
  rule(
    'direct-flood',
    ['T1498.001'],
    /\bflood(?:ed|ing|s)?\b[^.]{1,60}?\b(?:UDP|SYN|TCP|ICMP|GRE) (?:traffic|packets|floods?)/gi,
  ),
  rule('volumetric', ['T1498.001'], /\bvolumetric (?:DDoS(?: attacks?)?|attacks?|floods?|traffic)\b/gi),
  rule('udp-flood', ['T1498.001'], /\b(?:UDP|SYN|ICMP|GRE) floods?\b/gi),
  rule(
    'reflection-amplification',
    ['T1498.002'],
    /\b(?:reflection|amplification|reflected|amplified)(?:[- ]amplification)? (?:DDoS |attacks?|vectors?|floods?)/gi,
  ),
  rule(
    'dns-amplification',
    ['T1498.002'],
    /\b(?:DNS|NTP|memcached|SSDP|CLDAP) (?:amplification|reflection)\b/gi,
  ),
  rule(
    'http-flood',
    ['T1499.002'],
    /\b(?:HTTP(?:\/2)? floods?|application[- ]layer (?:DDoS|attacks?|floods?)|layer[- ]7 (?:DDoS|attacks?))/gi,
  ),
  // Impact: ransomware, destruction, extortion
  rule(
    'encrypted-files',
    ['T1486'],
    /\bencrypt(?:ed|ing|s)\b[^.]{1,40}?\b(?:files|systems|servers|data|machines|hosts|network|virtual machines|VMs|ESXi)\b/gi,
  ),
  rule(
    'ransomware-deployed',
    ['T1486'],
    /\b(?:deploy(?:ed|ing|s)?|detonat(?:ed|ing)|launch(?:ed|ing)?) (?:the |an? )?(?:ransomware|encryptor)\b/gi,
  ),
  rule(
    'shadow-copies',
    ['T1490'],
    /\b(?:delet(?:ed|ing|es?)|wip(?:ed|ing)|remov(?:ed|ing)|purg(?:ed|ing))\b[^.]{1,30}?\bshadow cop(?:y|ies)\b/gi,
  ),
  rule('vssadmin', ['T1490'], /\bvssadmin(?:\.exe)? delete\b|\bdisabl(?:ed|ing) (?:system )?recovery\b/gi),
  rule(
    'wiper',
    ['T1485'],
    /\bwiper (?:malware|attacks?)\b|\b(?:wiped|destroyed|erased) (?:the )?(?:data|disks?|systems|files)\b/gi,
  ),
  rule(
    'mbr-wipe',
    ['T1561.002'],
    /\b(?:overwr(?:ote|ites?|iting)|corrupt(?:ed|s)?|wip(?:ed|es)) (?:the )?(?:MBR|master boot record|disk partitions?)\b/gi,
  ),
  rule(
    'defacement',
    ['T1491.002'],
    /\bdefac(?:ed|ing|ement of) (?:the |their |its )?(?:websites?|web ?pages?|home ?pages?)/gi,
  ),
  rule('extortion', ['T1657'], /\b(?:double|data) extortion\b|\bleak sites?\b/gi, 'low'),
  rule('bec', ['T1657'], /\bbusiness email compromise\b|\bfraudulent (?:wire )?transfers?\b/gi),
  rule(
    'cryptomining',
    ['T1496.001', 'T1496'],
    /\bcrypto-?(?:mining|miners?|jacking)\b|\bmin(?:ed|ing) (?:Monero|cryptocurrency)\b/gi,
  ),
  // Initial access
  rule(
    'exploit-public-facing',
    ['T1190'],
    new RegExp(String.raw`\bexploit(?:ed|ing|s|ation of)?\b[^.]{1,80}?\b${edge}`, 'gi'),
    'medium',
    hypothetical,
  ),
  rule(
    'chained-exploit',
    ['T1190'],
    new RegExp(
      String.raw`\b${usedFlaw}\b[^.]{1,60}?\b(?:on|in|against|of|affecting|targeting) (?:the |an? |their |its )?(?:[\w-]+ ){0,3}?${edge}`,
      'gi',
    ),
    'medium',
    hypothetical,
  ),
  rule(
    'compromised-public-facing',
    ['T1190'],
    /\b(?:compromis(?:ed|ing)|infiltrat(?:ed|ing)|breach(?:ed|ing)) (?:the |an? |their |its |vulnerable |unpatched ){0,2}(?:internet|web|public)-facing\b/gi,
    'medium',
    hypothetical,
  ),
  rule(
    'default-credentials',
    ['T1078.001'],
    /\b(?:default|factory(?: default)?|vendor-default) (?:credentials|passwords?|accounts?|logins?)\b/gi,
  ),
  rule('hardcoded-credentials', ['T1078.001'], /\bhard-?coded (?:credentials|passwords?)\b/gi, 'low'),
  rule(
    'valid-accounts',
    ['T1078'],
    /\b(?:stolen|compromised|valid|legitimate|leaked|purchased) (?:user )?(?:credentials|accounts|logins|passwords)\b/gi,
  ),
  rule(
    'cloud-accounts',
    ['T1078.004'],
    /\bcompromised (?:cloud|Microsoft 365|Azure|Entra ID|Okta|AWS|SaaS) (?:accounts?|tenants?|identities)\b/gi,
  ),
  rule(
    'external-remote',
    ['T1133'],
    /\b(?:exposed|internet-facing|unprotected) (?:RDP|remote desktop|VPN|Citrix|SSH)\b|\bexternal remote services\b/gi,
  ),
  rule(
    'spearphishing-attachment',
    ['T1566.001'],
    /\b(?:spear-?phishing|malicious|weaponi[sz]ed|booby-trapped) (?:email )?(?:attachments?|Word documents?|Office documents?|PDFs?|macros?)\b/gi,
  ),
  rule('phishing-link', ['T1566.002'], /\b(?:phishing|malicious|spear-?phishing) (?:links?|URLs?)\b/gi),
  rule('phishing', ['T1566'], /\bphishing (?:emails?|campaigns?|messages?|attacks?)\b/gi, 'low'),
  rule(
    'vishing',
    ['T1566.004'],
    /\b(?:vishing|voice phishing|phone-based phishing|called (?:the )?(?:IT )?help ?desk)\b/gi,
  ),
  rule('drive-by', ['T1189'], /\b(?:drive-by (?:download|compromise)s?|watering[- ]hole|malvertising)\b/gi),
  rule(
    'supply-chain-update',
    ['T1195.002'],
    /\b(?:trojani[sz]ed|backdoored|compromised|poisoned|malicious) (?:software )?(?:updates?|installers?|builds?|versions? of)\b/gi,
  ),
  rule(
    'malicious-package',
    ['T1195.001'],
    /\b(?:malicious|typosquat(?:ted|ting)?|trojani[sz]ed) (?:npm |PyPI |Python |open-source )?(?:packages?|libraries|dependencies)\b/gi,
  ),
  rule(
    'trusted-relationship',
    ['T1199'],
    /\b(?:through|via|by compromising) (?:a |an |its )?(?:managed service provider|MSP|IT service provider|third-party (?:vendor|provider|contractor))\b/gi,
  ),
  rule(
    'malicious-link-click',
    ['T1204.001'],
    /\bclick(?:ed|ing)? (?:on )?(?:a |the )?(?:malicious |phishing )?links?\b/gi,
    'low',
  ),
  rule(
    'malicious-file-run',
    ['T1204.002'],
    /\b(?:tricked|lured|convinced) (?:\w+ ){0,3}?into (?:opening|running|executing|launching)\b/gi,
  ),
  // Execution, persistence, privilege escalation
  rule('powershell', ['T1059.001'], /\bPowerShell\b/g),
  rule('cmd', ['T1059.003'], /\bcmd\.exe\b|\bbatch (?:scripts?|files?)\b/gi),
  rule('unix-shell', ['T1059.004'], /\b(?:bash|shell) scripts?\b/gi, 'low'),
  rule('web-shell', ['T1505.003'], /\bweb ?shells?\b/gi),
  rule('scheduled-task', ['T1053.005'], /\bscheduled tasks?\b|\bschtasks(?:\.exe)?\b/gi),
  rule(
    'windows-service',
    ['T1543.003'],
    /\b(?:install(?:ed|s)?|creat(?:ed|es)) (?:a |as a )?(?:new |malicious )?(?:Windows )?service\b/gi,
    'low',
  ),
  rule('run-keys', ['T1547.001'], /\b(?:registry )?run keys?\b/gi),
  rule(
    'new-account',
    ['T1136'],
    /\bcreat(?:ed|ing|es) (?:new |rogue |additional )?(?:local |domain )?(?:admin(?:istrator)?|privileged|backdoor) accounts?\b/gi,
  ),
  rule(
    'privilege-escalation-exploit',
    ['T1068'],
    /\bprivilege[- ]escalation (?:flaws?|bugs?|vulnerabilit(?:y|ies)|exploits?)\b/gi,
  ),
  rule('dll-sideloading', ['T1574.002', 'T1574.001'], /\bDLL side-?loading\b/gi),
  rule(
    'process-injection',
    ['T1055'],
    /\bprocess (?:injection|hollowing)\b|\binject(?:ed|s|ing)? (?:itself|code|shellcode) into\b/gi,
  ),
  // Defence evasion
  rule(
    'disable-security',
    ['T1562.001'],
    /\b(?:disabl(?:ed|ing|es?)|kill(?:ed|ing|s)?|terminat(?:ed|ing|es?)|tamper(?:ed|ing)? with) (?:the )?(?:antivirus|anti-virus|EDR|endpoint (?:detection|protection|security)|security (?:tools|software|products)|Windows Defender|Microsoft Defender)\b/gi,
  ),
  rule('byovd', ['T1562.001'], /\bbring your own vulnerable driver\b|\bBYOVD\b|\bEDR killers?\b/gi),
  rule(
    'clear-event-logs',
    ['T1070.001'],
    /\bclear(?:ed|ing|s)? (?:the )?(?:Windows )?event logs?\b|\bwevtutil(?:\.exe)? cl\b/gi,
  ),
  rule(
    'indicator-removal',
    ['T1070'],
    /\b(?:delet(?:ed|ing)|wip(?:ed|ing)|clear(?:ed|ing)) (?:the |their )?(?:logs|forensic (?:evidence|artifacts)|traces)\b/gi,
  ),
  rule(
    'obfuscation',
    ['T1027'],
    /\b(?:heavily )?obfuscated (?:code|scripts?|payloads?|JavaScript|PowerShell)\b/gi,
    'low',
  ),
  // Credential access
  rule('brute-force', ['T1110'], /\bbrute-?forc(?:e|ed|ing)\b/gi),
  rule('password-spraying', ['T1110.003'], /\bpassword[- ]spray(?:ing|s)?\b/gi),
  rule('credential-stuffing', ['T1110.004'], /\bcredential[- ]stuffing\b/gi),
  rule(
    'lsass',
    ['T1003.001'],
    /\b(?:dump(?:ed|ing)?|read(?:ing)?|access(?:ed|ing)?) (?:credentials from )?(?:the )?LSASS(?: process| memory)?\b/gi,
  ),
  rule('ntds', ['T1003.003'], /\bNTDS\.dit\b/gi),
  rule(
    'credential-dumping',
    ['T1003'],
    /\bcredential[- ]dump(?:ing|ed)?\b|\bdump(?:ed|ing) (?:the )?credentials\b/gi,
  ),
  rule(
    'browser-credentials',
    ['T1555.003'],
    /\b(?:passwords|credentials|cookies) (?:stored|saved) in (?:web )?browsers\b|\bbrowser (?:stored )?(?:passwords|credentials)\b/gi,
  ),
  rule(
    'session-cookies',
    ['T1539'],
    /\b(?:st(?:ole|ealing|eal)|hijack(?:ed|ing)?|theft of) (?:session )?(?:cookies|session tokens)\b/gi,
  ),
  rule(
    'mfa-fatigue',
    ['T1621'],
    /\bMFA (?:fatigue|bombing|spamming)\b|\bpush (?:bombing|notification spam)\b/gi,
  ),
  rule(
    'forged-tokens',
    ['T1606.002', 'T1606'],
    /\bforg(?:ed|ing|e) (?:SAML |authentication |access )?tokens\b|\bGolden SAML\b/gi,
  ),
  rule('stolen-tokens', ['T1550.001'], /\b(?:stolen|hijacked) (?:OAuth |access |API )?tokens\b/gi),
  // Lateral movement, C2, collection, exfiltration
  rule(
    'rdp-lateral',
    ['T1021.001'],
    /\b(?:lateral(?:ly)?|mov(?:ed|ing|e) laterally)\b[^.]{1,50}?\b(?:RDP|Remote Desktop)\b|\b(?:RDP|Remote Desktop)\b[^.]{1,40}?\blateral(?:ly)?\b/gi,
  ),
  rule('psexec', ['T1569.002'], /\bPsExec\b/gi),
  rule(
    'remote-access-software',
    ['T1219'],
    /\bremote (?:access|monitoring and management) (?:software|tools?)\b|\bRMM (?:software|tools?)\b/gi,
  ),
  rule('dns-tunnelling', ['T1071.004'], /\bDNS tunnell?ing\b/gi),
  rule('tunnelling', ['T1572'], /\b(?:reverse|SSH) tunnels?\b|\btunnell?ing tools?\b/gi, 'low'),
  rule(
    'proxy-network',
    ['T1090'],
    /\b(?:residential proxies|proxy networks?|operational relay box(?:es)?|ORB networks?)\b/gi,
  ),
  rule(
    'email-collection',
    ['T1114'],
    /\b(?:accessed|read|stole|exfiltrated) (?:\w+ ){0,2}?(?:emails|mailboxes|email accounts)\b/gi,
  ),
  rule(
    'exfil-cloud',
    ['T1567.002'],
    /\bexfiltrat(?:ed|ing|ion)\b[^.]{1,60}?\b(?:cloud storage|Mega|Dropbox|Google Drive|OneDrive|S3 buckets?)\b|\brclone\b/gi,
  ),
  rule(
    'exfil-c2',
    ['T1041'],
    /\bexfiltrat(?:ed|ing|ion)\b[^.]{1,40}?\b(?:over|via|through) (?:the |its )?(?:C2|command[- ]and[- ]control) (?:channel|server|infrastructure)\b/gi,
  ),
  rule(
    'archive-data',
    ['T1560.001'],
    /\b(?:archived|compressed|packed) (?:the )?(?:stolen )?(?:data|files) (?:with|using) (?:WinRAR|7-Zip|RAR|ZIP)\b/gi,
  ),
  // Resource development
  rule(
    'botnet-compromised-devices',
    ['T1584.005'],
    /\bbotnets? (?:of|made up of|built from) (?:\w+ ){0,3}?(?:compromised|infected|hijacked|vulnerable) (?:\w+ ){0,2}?(?:devices|routers|cameras|servers|hosts)\b|\b(?:ensnar|conscript|enslav|recruit)(?:ed|ing|s)? (?:\w+ ){0,5}?(?:devices|routers|cameras)\b/gi,
  ),
  rule(
    'botnet-for-hire',
    ['T1583.005'],
    /\b(?:DDoS|botnet)[- ](?:for[- ]hire|as[- ]a[- ]service)\b|\brent(?:ed|ing|s)? (?:out )?(?:\w+ ){0,3}?(?:botnets?|attack capacity)\b|\b(?:booter|stresser) services?\b/gi,
  ),
  rule(
    'vulnerability-scanning',
    ['T1595.002'],
    /\bscann(?:ed|ing) (?:the internet |the web )?for (?:vulnerable|exposed|unpatched)\b/gi,
  ),
];
