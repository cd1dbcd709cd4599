/**
 * English function words plus the generic vocabulary of security news ("attack", "said",
 * "researchers"): words that every report shares and that say nothing about which event it is.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although among an and another any are around as
  at be because been before being below between both but by can could did do does doing down during
  each either else even ever every few for from further had has have having he her here hers him his
  how however i if in into is it its itself just last least less like made make many may me might
  more most much must my near neither next no nor not now of off often on once one only or other our
  out over own per perhaps quite rather same several she should since so some still such than that
  the their them then there these they this those though through thus to too under until up upon us
  very via was we well were what when where whether which while who whom whose why will with within
  without would yet you your new first second third two three four five six seven eight nine ten
  year years month months week weeks day days today yesterday tuesday monday wednesday thursday friday
  saturday sunday time times said says say told according reported reports report reporting statement
  added including include includes included based least later earlier early late part number across
  attack attacks attacker attackers attacked threat threats actor actors security cyber cybersecurity
  company companies organisation organisations organization organizations researchers researcher
  research firm firms customers customer users user data systems system network networks access
  incident incidents group groups campaign campaigns activity malicious malware victims victim
  vulnerability vulnerabilities flaw flaws exploit exploited exploitation exploiting patch patched
  patches update updates updated advisory advisories agency agencies government officials official
  public publicly information services service software version versions product products affected
  impact impacted known unknown used use using uses use including devices device servers server
  operations operation team teams article news blog post posted week's published publishes publish
  sources source analysis analysts analyst investigation investigators investigating confirmed
  confirm confirms disclosed disclose disclosure issued issue issues recommend recommends recommended
  urged urges organisations' customers' mr ms dr inc ltd corp llc co plc gmbh`.split(/\s+/),
);
