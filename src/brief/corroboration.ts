import { corroborationOf, corroborationStates, independentSources } from '../stories/corroboration.js';
import type { StoryBundle } from '../stories/types.js';
import type { Brief } from './types.js';

/**
 * How well the story is established: a T1 authority among its sources, or how many independent
 * publishers report it (copies and several articles of one publisher count once).
 * @example storyCorroboration(bundle).label // 'Corroborated by independent sources'
 */
export function storyCorroboration(bundle: StoryBundle): Brief['corroboration'] {
  const state = corroborationOf(bundle.documents, bundle.documents);
  const independent = independentSources(bundle.documents, bundle.documents).length;
  const authorities = [
    ...new Set(bundle.documents.filter((d) => d.source.tier === 'T1').map((d) => d.source.name)),
  ];
  const copies = bundle.documents.filter((d) => d.nearDuplicateOf !== null).length;
  const reason = [
    `${independent} independent source${independent === 1 ? '' : 's'}`,
    ...(authorities.length ? [`primary authority: ${authorities.join(', ')}`] : []),
    ...(copies ? [`${copies} cop${copies === 1 ? 'y' : 'ies'} of other reports not counted`] : []),
  ].join('; ');
  return { state, label: corroborationStates[state], independentSources: independent, reason };
}
