import type { IndicatorType } from '../core/facts.js';

/**
 * An indicator made safe to display: not clickable, not auto-linked by mail or chat clients.
 * @example defang('url', 'https://evil.com/a') // 'hxxps://evil[.]com/a'
 */
export function defang(type: IndicatorType, value: string): string {
  switch (type) {
    case 'url':
      return value
        .replace(/^http/i, 'hxxp')
        .replace(/^hxxps?:\/\/[^/]*/i, (host) => host.replace(/\./g, '[.]'));
    case 'domain':
      return value.replace(/\./g, '[.]');
    case 'email':
      return value.replace('@', '[at]').replace(/\.(?=[^.@[\]]+$)/, '[.]');
    case 'ipv4':
      return value.replace(/\.(?=\d+$)/, '[.]');
    case 'ipv6':
      return value.replace(/:(?=[^:]*$)/, '[:]');
    default:
      return value;
  }
}
