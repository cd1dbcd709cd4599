import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', '', 'feed'],
    ['<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', '', 'feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', '', 'feed'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', '', 'feed'],
    ['<!doctype html><html><body>x</body></html>', '', 'html'],
    ['<div><p>fragment</p></div>', '', 'html'],
    ['Plain advisory\nwith lines', 'note.txt', 'text'],
    ['{"not": "a feed"}', 'x.json', 'text'],
  ])('%j → %s', (input, hint, expected) => {
    expect(detectFormat(input, hint)).toBe(expected);
  });
});
