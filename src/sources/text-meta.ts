import { isoDate } from './html.js';

const dateLine = /^[ \t]*(?:date|published|issued|released|posted)[ \t]*:[ \t]*([^\n]{4,60})$/im;

/**
 * The publication date a plain-text report states in its header ("Date: 11 July 2025",
 * "Published: 2025-07-11"), looked for in its first 15 lines; null when there is none.
 * @example textPublished('Title\nDate: 11 July 2025\n…') // '2025-07-11T00:00:00.000Z'
 */
export function textPublished(text: string): string | null {
  const head = text.split('\n', 15).join('\n');
  const raw = dateLine.exec(head)?.[1]?.trim();
  if (!raw) return null;
  const day = /^(\d{1,2}) ([A-Z]+) (\d{4})$/i.exec(raw);
  // "11 July 2025" as a UTC date, whatever the machine's time zone.
  return isoDate(day ? `${day[2]} ${day[1]}, ${day[3]} 00:00:00 UTC` : raw);
}
