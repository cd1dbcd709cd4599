/**
 * File names of payloads (`invoice.pdf.exe`, `upd.bin`, `run.ps1`). A name counts when it has an
 * executable or script extension, or when its line is an IOC list or table row, or when its
 * sentence speaks of files (dropped, payload, attachment, named …). Standard system binaries
 * (`svchost.exe`, `rundll32.exe`) and library names (`Node.js`) are not payloads.
 */
import type { SentenceIndex } from '../text.js';
import { candidate, type Candidate } from './candidate.js';
import { countWords, isTableRow } from './confidence.js';
import { dottedTokenPattern } from './patterns.js';

/** Extensions that make a name a payload on their own. */
export const executableExtensions: ReadonlySet<string> = new Set([
  ...['exe', 'dll', 'scr', 'sys', 'msi', 'msix', 'appx', 'lnk', 'bat', 'cmd', 'ps1', 'psm1', 'vbs', 'vbe'],
  ...['js', 'jse', 'wsf', 'wsh', 'hta', 'jar', 'sh', 'elf', 'bin', 'iso', 'img', 'vhd', 'vhdx', 'pif'],
  ...['cpl', 'ocx', 'apk', 'dmg', 'so', 'ko', 'chm', 'msc', 'reg', 'scf', 'docm', 'xlsm', 'pptm', 'one'],
]);
/** Extensions that make a name a payload only in context (an IOC list, or a sentence about files). */
export const contextExtensions: ReadonlySet<string> = new Set([
  ...['zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'cab', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'],
  ...['rtf', 'php', 'asp', 'aspx', 'jsp', 'jspx', 'py', 'pl', 'dat', 'txt', 'log', 'html', 'htm', 'svg'],
  ...['xml', 'cfg', 'conf', 'ini', 'db', 'tmp', 'md', 'csv', 'json', 'ico', 'png', 'jpg', 'gif'],
]);

/** Windows and common tool binaries: named in reports as what payloads abuse, not as payloads. */
const systemFiles = new Set([
  ...['svchost.exe', 'explorer.exe', 'rundll32.exe', 'regsvr32.exe', 'powershell.exe', 'cmd.exe'],
  ...['mshta.exe', 'wscript.exe', 'cscript.exe', 'lsass.exe', 'winlogon.exe', 'services.exe'],
  ...['conhost.exe', 'msiexec.exe', 'certutil.exe', 'bitsadmin.exe', 'schtasks.exe', 'wmic.exe'],
  ...['notepad.exe', 'taskhost.exe', 'taskhostw.exe', 'dllhost.exe', 'spoolsv.exe', 'csrss.exe'],
  ...['smss.exe', 'wininit.exe', 'net.exe', 'whoami.exe', 'vssadmin.exe', 'ntdll.dll', 'kernel32.dll'],
  ...['user32.dll', 'advapi32.dll', 'ws2_32.dll', 'wininet.dll', 'ntoskrnl.exe', 'psexec.exe'],
]);
/** `Node.js`, `Vue.js`: a capitalised word before `.js` is a library, unless context says file. */
const libraryName = /^[A-Z][a-z\d]*\.js$/;

const fileWords =
  /\b(?:dropp(?:ed|er|ing)|drops?|payloads?|files?|filenames?|executables?|attachments?|attached|named|called|binar(?:y|ies)|loaders?|installers?|wrote|writes|saved?|creates?|created|downloads?|downloaded|renamed|masquerad\w+|samples?|script)\b/i;

/** True when a line lists indicators: a table row, or a short list item. */
function isListLine(line: string): boolean {
  return isTableRow(line) || countWords(line) <= 3;
}

/**
 * Payload file names, as written (value lower-cased), with the reason they count in `notes`.
 *
 * @example
 * findFilenames('The dropper saved upd.bin', index)[0]?.value; // 'upd.bin'
 */
export function findFilenames(text: string, index: SentenceIndex): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(dottedTokenPattern)) {
    const raw = match[0];
    const dot = raw.lastIndexOf('.');
    const extension = raw.slice(dot + 1).toLowerCase();
    const value = raw.toLowerCase();
    const executable = executableExtensions.has(extension);
    if ((!executable && !contextExtensions.has(extension)) || dot === 0 || systemFiles.has(value)) continue;
    if (/^[\d.-]+$/.test(raw.slice(0, dot))) continue;
    const start = match.index;
    const end = start + raw.length;
    const sentence = index.sentenceAt(start).text;
    const inList = isListLine(index.lineAt(start).text);
    const aboutFiles = fileWords.test(sentence);
    if (libraryName.test(raw) && !inList && !aboutFiles) continue;
    let note: string;
    if (executable) note = `executable or script extension .${extension}`;
    else if (inList) note = 'file name in an IOC list or table';
    else if (aboutFiles) note = 'sentence speaks of a file';
    else continue;
    found.push(candidate(text, 'filename', start, end, value, { notes: [note] }));
  }
  return found;
}
