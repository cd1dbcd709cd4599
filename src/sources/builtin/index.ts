import type { Publisher } from '../registry.js';
import { governmentPublishers } from './government.js';
import { mediaPublishers } from './media.js';
import { vendorPublishers } from './vendors.js';

/**
 * The curated built-in registry: well-known agencies, vendors, press, researchers, aggregators and
 * social platforms, keyed by source domain (a registrable domain, or a sub-domain that is a
 * publisher of its own, like `cert.europa.eu`). Written by us from public knowledge of who runs
 * each site; tier and reliability are editorial defaults, overridable in config and the CLI.
 */
export const builtinPublishers: ReadonlyMap<string, Publisher> = new Map([
  ...governmentPublishers,
  ...vendorPublishers,
  ...mediaPublishers,
]);
