/** Reduces HTML to clean article text: one block per line, tables as rows, boilerplate removed. */

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};
type DomElement = DomNode & {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  contains(other: DomElement): boolean;
  remove(): void;
};

const blockTags = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P SECTION TABLE THEAD TBODY UL'.split(
    ' ',
  ),
);
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'FORM',
]);

/** Elements that are page furniture, never article content. */
const boilerplateSelector = [
  'nav',
  'footer',
  'aside',
  'form',
  'script',
  'style',
  'noscript',
  'iframe',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
].join(',');
/** Class or id fragments that mark furniture: share bars, cookie banners, related rails, sign-ups. */
const boilerplateWords =
  /(?:^|[\s_-])(?:share|sharing|social|cookie|consent|gdpr|related|recommended|newsletter|subscribe|signup|promo|advert|ads|sponsor|breadcrumbs?|comments?|sidebar|menu|navbar|nav|footer|masthead|site-header|popup|modal|tags|author-bio)(?:$|[\s_-])/i;

/**
 * Removes page furniture in place, except elements that contain `keep` (the article itself).
 */
export function removeBoilerplate(root: DomElement, keep?: DomElement | null): void {
  const doomed = new Set<DomElement>();
  for (const element of Array.from(root.querySelectorAll(boilerplateSelector))) doomed.add(element);
  for (const element of Array.from(root.querySelectorAll('[class],[id]'))) {
    const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (boilerplateWords.test(marker)) doomed.add(element);
  }
  for (const element of doomed) {
    if (keep && (element === keep || element.contains(keep))) continue;
    element.remove();
  }
}

const lineBreak = '\u0001';
const paragraphBreak = '\u0002';
// eslint-disable-next-line no-control-regex -- the two private break markers above, never in input text
const breakRuns = /[\u0001\u0002]+/g;
const paragraphTags = new Set(['P', 'PRE', 'TABLE', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'FIGURE']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function walk(node: DomNode, out: string[], inPre: boolean): void {
  if (node.nodeType === 3) {
    out.push(inPre ? (node.textContent ?? '') : collapse(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (skippedTags.has(tag)) return;
  if (tag === 'BR') {
    out.push(lineBreak);
    return;
  }
  const pre = inPre || tag === 'PRE';
  const block = blockTags.has(tag) || tag === 'PRE' || tag === 'TR';
  const paragraph = paragraphTags.has(tag) || /^H[1-6]$/.test(tag);
  if (block) out.push(paragraph ? paragraphBreak : lineBreak);
  if (tag === 'TD' || tag === 'TH') out.push(' | ');
  for (const child of Array.from(node.childNodes)) walk(child, out, pre);
  if (block) out.push(paragraph ? paragraphBreak : lineBreak);
}

/**
 * Text of a DOM subtree: blocks on their own lines, paragraphs separated by a blank line, table
 * rows as `cell | cell`, `<pre>` kept verbatim.
 */
export function domToText(node: DomNode): string {
  const out: string[] = [];
  walk(node, out, false);
  return out
    .join('')
    .replace(breakRuns, (run) => (run.includes(paragraphBreak) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.trim().replace(/^\|[ \t]*/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type { DomElement, DomNode };
