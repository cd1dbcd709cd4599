/**
 * Records the split of every group not yet in split.json, by the rule of `splitOfGroup`. Groups
 * already recorded never move. Run once when new events are added.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { splitOfGroup } from '../accuracy-corpus.js';
import { loadEvents } from './check.js';

const file = new URL('./split.json', import.meta.url);
const split = JSON.parse(readFileSync(file, 'utf8')) as { _note?: string; dev: string[]; test: string[] };
const known = new Set([...split.dev, ...split.test]);
for (const group of new Set(loadEvents().events.map((e) => e.group)))
  if (!known.has(group)) split[splitOfGroup(group)].push(group);
split.dev.sort();
split.test.sort();
writeFileSync(file, `${JSON.stringify(split, null, 2)}\n`);
console.log(`dev ${split.dev.length} groups, test ${split.test.length} groups`);
