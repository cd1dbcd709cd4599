import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would reach the network switched off. */
export function launchChromium(
  userDataDir: string,
  viewport?: { width: number; height: number },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...(viewport ? { viewport } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The headings an item page must show, in the seed page's order. */
export const itemPageSections = [
  'Severity',
  'CVSS',
  'Priority',
  'Executive Summary',
  'Technical Analysis',
  'Incident Record',
  'Action Checklist',
  'Recovery Guidance',
  'Key Forensic Artifacts',
  'Detection Guidance',
  'Indicators of Compromise',
  'MITRE ATT&CK Mapping',
  'Compliance Framework Mappings',
  'Sources',
  'Guidance Disclaimer',
  'Where Sources Disagree',
  'Change Log',
] as const;
