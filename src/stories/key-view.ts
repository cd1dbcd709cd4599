import { keyId, keyKind, keyKinds, type KeyKind } from './event-keys.js';
import type { EventFeatures } from './features.js';

/** Keys as compared: id → kind (the heaviest kind any document gave it) and whether it is salient. */
export interface KeyView {
  kinds: Map<string, KeyKind>;
  salient: Set<string>;
  /** Ids named in the title. */
  titled: Set<string>;
  /** Per kind, the ids named and the ids named saliently. */
  byKind: Map<KeyKind, { all: Set<string>; salient: Set<string> }>;
}

const weight = (kind: KeyKind): number => keyKinds[kind].weight;

function emptyView(): KeyView {
  return { kinds: new Map(), salient: new Set(), titled: new Set(), byKind: new Map() };
}

function add(view: KeyView, id: string, kind: KeyKind, salient: boolean): void {
  const known = view.kinds.get(id);
  const chosen = known !== undefined && weight(known) > weight(kind) ? known : kind;
  if (known !== undefined && known !== chosen) {
    view.byKind.get(known)?.all.delete(id);
    view.byKind.get(known)?.salient.delete(id);
  }
  view.kinds.set(id, chosen);
  if (salient) view.salient.add(id);
  let entry = view.byKind.get(chosen);
  if (!entry) {
    entry = { all: new Set(), salient: new Set() };
    view.byKind.set(chosen, entry);
  }
  entry.all.add(id);
  if (view.salient.has(id)) entry.salient.add(id);
}

const cache = new WeakMap<EventFeatures, KeyView>();

/** The key view of one document, computed once per features object. */
export function documentView(doc: EventFeatures): KeyView {
  const cached = cache.get(doc);
  if (cached) return cached;
  const view = emptyView();
  const salient = new Set(doc.salient);
  for (const key of doc.keys) add(view, keyId(key), keyKind(key), salient.has(key));
  for (const key of doc.titled ?? []) view.titled.add(keyId(key));
  cache.set(doc, view);
  return view;
}

/**
 * Several documents' views read together without merging them (a story's candidate documents):
 * merging every name of a long story for each new report was the correlator's hot spot.
 */
export interface StoryKeys {
  /** The heaviest kind any document gives the id, and whether any names it saliently. */
  get(id: string): { kind: KeyKind; salient: boolean; titled: boolean } | undefined;
  has(id: string): boolean;
  /** Each document's titled ids (read without building their union). */
  titled(): readonly ReadonlySet<string>[];
  /** Ids of one kind, all and salient (built on demand for the conflict kinds). */
  ofKind(kind: KeyKind): { all: ReadonlySet<string>; salient: ReadonlySet<string> } | undefined;
}

/** The keys of one document as a story's: read straight from its view, nothing copied. */
function singleKeys(view: KeyView): StoryKeys {
  return {
    get(id) {
      const kind = view.kinds.get(id);
      return kind === undefined
        ? undefined
        : { kind, salient: view.salient.has(id), titled: view.titled.has(id) };
    },
    has: (id) => view.kinds.has(id),
    titled: () => [view.titled],
    ofKind: (kind) => view.byKind.get(kind),
  };
}

/** The keys of several documents taken together. */
export function storyKeys(docs: readonly EventFeatures[]): StoryKeys {
  const only = docs.length === 1 ? docs[0] : undefined;
  if (only) return singleKeys(documentView(only));
  const views = docs.map(documentView);
  const kinds = new Map<KeyKind, { all: Set<string>; salient: Set<string> } | undefined>();
  return {
    get(id) {
      let heaviest: KeyKind | undefined;
      let salient = false;
      let titled = false;
      for (const view of views) {
        const kind = view.kinds.get(id);
        if (kind === undefined) continue;
        if (heaviest === undefined || weight(kind) >= weight(heaviest)) heaviest = kind;
        salient ||= view.salient.has(id);
        titled ||= view.titled.has(id);
      }
      return heaviest === undefined ? undefined : { kind: heaviest, salient, titled };
    },
    has: (id) => views.some((view) => view.kinds.has(id)),
    titled: () => views.map((view) => view.titled),
    ofKind(kind) {
      if (kinds.has(kind)) return kinds.get(kind);
      let merged: { all: Set<string>; salient: Set<string> } | undefined;
      for (const view of views) {
        const entry = view.byKind.get(kind);
        if (!entry) continue;
        merged ??= { all: new Set(), salient: new Set() };
        for (const id of entry.all) merged.all.add(id);
        for (const id of entry.salient) merged.salient.add(id);
      }
      kinds.set(kind, merged);
      return merged;
    },
  };
}
