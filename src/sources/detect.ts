export const inputFormats = ['feed', 'html', 'text'] as const;
export type InputFormat = (typeof inputFormats)[number];

/**
 * What a piece of input is: a feed (RSS, Atom, RDF, JSON Feed), an HTML page, or plain text.
 * Decided from the content; the file name or content type only breaks ties.
 * @example detectFormat('<rss version="2.0">…') // 'feed'
 */
export function detectFormat(text: string, hint = ''): InputFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') && /"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head)) return 'feed';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (head.startsWith('<?xml') && /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^<(?:!doctype html|html|head|body|article|div|p[\s>])/i.test(head)) return 'html';
  if (/\.x?html?$/i.test(hint) || hint.includes('text/html')) return 'html';
  if (/\.(?:rss|atom|rdf|xml)$/i.test(hint) || /rss|atom|xml|feed/i.test(hint)) {
    return head.startsWith('<') ? 'feed' : 'text';
  }
  return 'text';
}
