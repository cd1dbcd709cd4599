import { publishers } from './entry.js';

/**
 * Government agencies, CERTs, law enforcement and regulators: primary authorities (T1). Many more
 * are recognised by their domain alone (`.gov`, `.mil`, `gov.uk`-style suffixes, CERT domains); the
 * table names them and covers those whose domain does not say so (`bsi.bund.de`, `cert.europa.eu`).
 */
export const governmentPublishers = publishers('government', 'T1', [
  // United States
  ['cisa.gov', 'CISA (US Cybersecurity and Infrastructure Security Agency)', 'A'],
  ['fbi.gov', 'FBI', 'A'],
  ['ic3.gov', 'FBI Internet Crime Complaint Center (IC3)', 'A', 'FBI'],
  ['justice.gov', 'US Department of Justice', 'A'],
  ['nsa.gov', 'NSA', 'A'],
  ['nist.gov', 'NIST (incl. the National Vulnerability Database)', 'A'],
  ['treasury.gov', 'US Department of the Treasury (OFAC)', 'A'],
  ['state.gov', 'US Department of State', 'B'],
  ['dhs.gov', 'US Department of Homeland Security', 'B'],
  ['secretservice.gov', 'US Secret Service', 'B'],
  ['sec.gov', 'US Securities and Exchange Commission', 'A'],
  ['ftc.gov', 'US Federal Trade Commission', 'B'],
  ['hhs.gov', 'US Department of Health and Human Services', 'B'],
  ['whitehouse.gov', 'The White House', 'B'],
  ['defense.gov', 'US Department of Defense', 'B'],
  // United Kingdom and Ireland
  ['ncsc.gov.uk', 'UK National Cyber Security Centre', 'A'],
  ['nationalcrimeagency.gov.uk', 'UK National Crime Agency', 'A'],
  ['ico.org.uk', "UK Information Commissioner's Office", 'B'],
  ['actionfraud.police.uk', 'Action Fraud (UK)', 'B'],
  ['ncsc.gov.ie', 'Ireland National Cyber Security Centre', 'B'],
  ['dataprotection.ie', 'Irish Data Protection Commission', 'B'],
  // European Union and international
  ['europa.eu', 'European Union', 'B'],
  ['cert.europa.eu', 'CERT-EU', 'A'],
  ['enisa.europa.eu', 'ENISA (EU Agency for Cybersecurity)', 'A'],
  ['europol.europa.eu', 'Europol', 'A'],
  ['eurojust.europa.eu', 'Eurojust', 'A'],
  ['interpol.int', 'INTERPOL', 'B'],
  ['nato.int', 'NATO', 'B'],
  // Europe
  ['bsi.bund.de', 'BSI (German Federal Office for Information Security)', 'A'],
  ['bka.de', 'BKA (German Federal Criminal Police Office)', 'A'],
  ['ssi.gouv.fr', 'ANSSI (French National Cybersecurity Agency)', 'A'],
  ['cert.ssi.gouv.fr', 'CERT-FR (ANSSI)', 'A', 'ANSSI'],
  ['cnil.fr', 'CNIL (French data protection authority)', 'B'],
  ['ncsc.nl', 'NCSC-NL (Dutch National Cyber Security Centre)', 'A'],
  ['politie.nl', 'Dutch National Police', 'B'],
  ['ccb.belgium.be', 'Centre for Cybersecurity Belgium', 'B'],
  ['ncsc.admin.ch', 'Swiss National Cyber Security Centre', 'B'],
  ['cert.at', 'CERT.at (Austria)', 'B'],
  ['cert.pl', 'CERT Polska', 'B'],
  ['cert.gov.ua', 'CERT-UA (Ukraine)', 'B'],
  ['acn.gov.it', 'ACN (Italian National Cybersecurity Agency)', 'B'],
  ['incibe.es', 'INCIBE (Spanish National Cybersecurity Institute)', 'B'],
  ['ccn-cert.cni.es', 'CCN-CERT (Spain)', 'B'],
  ['cert.se', 'CERT-SE (Sweden)', 'B'],
  ['nsm.no', 'NSM (Norwegian National Security Authority)', 'B'],
  ['kyberturvallisuuskeskus.fi', 'NCSC-FI (Traficom, Finland)', 'B'],
  ['ria.ee', 'RIA (Estonian Information System Authority)', 'B'],
  ['nukib.cz', 'NÚKIB (Czech National Cyber and Information Security Agency)', 'B'],
  // Asia-Pacific and the Americas
  ['cyber.gov.au', "Australian Signals Directorate's ACSC", 'A'],
  ['ncsc.govt.nz', 'New Zealand National Cyber Security Centre', 'B'],
  ['cyber.gc.ca', 'Canadian Centre for Cyber Security', 'A'],
  ['jpcert.or.jp', 'JPCERT/CC', 'A'],
  ['nisc.go.jp', 'NISC (Japan)', 'B'],
  ['ipa.go.jp', 'IPA (Japan Information-technology Promotion Agency)', 'B'],
  ['kisa.or.kr', 'KISA / KrCERT (Korea)', 'B'],
  ['csa.gov.sg', 'Cyber Security Agency of Singapore', 'B'],
  ['cert-in.org.in', 'CERT-In (India)', 'B'],
  ['auscert.org.au', 'AusCERT', 'B'],
  ['cert.br', 'CERT.br (Brazil)', 'B'],
]);
