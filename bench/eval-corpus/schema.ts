/**
 * The labelled evaluation corpus (bench/eval-corpus/events/*.json): one file per event, each with
 * its articles and their labels. Checked by `npx tsx bench/eval-corpus/check.ts`.
 */
import { z } from 'zod';
import { claimFields, incidentTypeIds, indicatorRoles, indicatorTypes } from '../../src/core/facts.js';

const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const roles = Object.keys(indicatorRoles) as [
  keyof typeof indicatorRoles,
  ...(keyof typeof indicatorRoles)[],
];

export const figureLabel = z.object({
  field: z.enum(claimFields),
  /** A number for quantities (people, records, USD, Tbps…), an ISO date for dates. */
  value: z.union([z.number(), isoDate]),
  /** The sentence of the article that states it, copied exactly. */
  sentence: z.string().min(10),
});

export const articleLabels = z.object({
  type: z.enum(incidentTypeIds as [string, ...string[]]),
  iocs: z.array(z.object({ value: z.string(), type: z.enum(indicatorTypes), role: z.enum(roles) })),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)),
  techniques: z.array(
    z.object({ id: z.string().regex(/^T\d{4}(?:\.\d{3})?$/), sentence: z.string().min(10) }),
  ),
  actors: z.array(z.string()),
  malware: z.array(z.string()),
  victims: z.array(z.string()),
  figures: z.array(figureLabel),
  /** Numbers that are not impact figures (arrests, servers seized, employees, funding…), for the record. */
  notFigures: z.array(z.object({ text: z.string(), why: z.string() })).default([]),
});

export const article = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string(),
  published: z.iso.datetime({ offset: true }),
  title: z.string().min(10),
  /** Path segment of the article's URL on its publisher's site. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the article this one is a syndicated copy of (same text, new title), if any. */
  copyOf: z.string().nullable().default(null),
  /** Paragraphs of the article body, in the publisher's voice; list items and table rows allowed. */
  paragraphs: z.array(z.string().min(1)).min(3),
  labels: articleLabels,
});

export const eventFigure = z.object({
  field: z.enum(claimFields),
  status: z.enum(['agreed', 'disputed', 'revised']),
  /** Every value the reports give, in the order published. */
  values: z.array(z.union([z.number(), isoDate])).min(1),
  /** The value that stands (revised, agreed), null when disputed. */
  standing: z.union([z.number(), isoDate]).nullable(),
  note: z.string(),
});

export const eventFile = z.object({
  event: z.string().regex(/^[a-z0-9-]+$/),
  /** Events easy to confuse with each other share a group; the split is by group. */
  group: z.string().regex(/^[a-z0-9-]+$/),
  type: z.enum(incidentTypeIds as [string, ...string[]]),
  summary: z.string(),
  /** Which confuser classes this event exercises, in words. */
  confusers: z.array(z.string()).default([]),
  figures: z.array(eventFigure).default([]),
  articles: z.array(article).min(1),
});
export type EventFile = z.infer<typeof eventFile>;
export type EventArticle = z.infer<typeof article>;
