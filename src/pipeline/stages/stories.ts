import { assessStory } from '../../assess/assess.js';
import { buildBrief } from '../../brief/build.js';
import { rewriteSummary } from '../../brief/llm/rewrite.js';
import { playbookFor } from '../../brief/playbooks/index.js';
import { incidentTypes } from '../../core/facts.js';
import { loadStoryBundle, publishStory } from '../../stories/repo.js';
import { compactChanges } from '../../stories/changes.js';
import { storyTitle } from '../../stories/corroboration.js';
import { reconcileClaims } from '../../stories/reconcile.js';
import { briefChanges, type StoredBrief } from '../../brief/changes.js';
import { getBrief } from '../../stories/query.js';
import type { IngestContext, PipelineDeps, Stage } from '../types.js';

/** reconcile: load each touched story and merge its claims per field. */
export const reconcileStage: Stage = {
  name: 'reconcile',
  async run(context: IngestContext, deps: PipelineDeps) {
    for (const storyId of [...context.storyIds].sort((a, b) => a - b)) {
      const bundle = await loadStoryBundle(deps.db, storyId);
      if (!bundle) continue;
      const title = storyTitle(bundle.documents) ?? bundle.story.title;
      const titled = { ...bundle, story: { ...bundle.story, title } };
      context.stories.push({ bundle: titled, claimSets: reconcileClaims(titled) });
    }
  },
};

/** assess: severity, CVSS, priority and triage of each touched story. */
export const assessStage: Stage = {
  name: 'assess',
  run(context: IngestContext, deps: PipelineDeps) {
    const now = deps.now();
    const { watchVendors: vendors, watchProducts: products, watchSectors: sectors } = deps.config;
    for (const work of context.stories) {
      const escalation = playbookFor(work.bundle.story.incidentType)?.escalation ?? [];
      work.assessment = assessStory(work.bundle, deps.kb, now, escalation, { vendors, products, sectors });
    }
    return Promise.resolve();
  },
};

/**
 * brief: the item page's content for each touched story; with an LLM writer configured, its
 * summary rewritten from the fact ledger (verified sentences only, else the deterministic one).
 */
export const briefStage: Stage = {
  name: 'brief',
  async run(context: IngestContext, deps: PipelineDeps) {
    for (const work of context.stories) {
      if (!work.assessment) continue;
      work.brief = buildBrief(work.bundle, work.claimSets ?? [], work.assessment, deps.kb);
      if (!deps.writer) continue;
      const rewritten = await rewriteSummary(work.brief, deps.writer);
      work.brief = rewritten;
      const { kind, model, rejected, reason } = rewritten.summaryWriter;
      const fields = { storyId: work.bundle.story.id, model, rejected: rejected.length };
      if (kind === 'llm') deps.log.info(fields, 'summary rewritten by the LLM writer');
      else deps.log.warn({ ...fields, reason }, 'LLM summary not used; deterministic summary kept');
    }
  },
};

/** publish: persist assessment and brief, refresh search text, bump the story version. */
export const publishStage: Stage = {
  name: 'publish',
  async run(context: IngestContext, deps: PipelineDeps) {
    for (const work of context.stories) {
      const { assessment, brief } = work;
      if (!assessment || !brief) continue;
      const searchText = [
        brief.title,
        incidentTypes[brief.incidentType],
        ...brief.summary.map((s) => s.text),
        ...work.bundle.documents.map((d) => `${d.title} ${d.source.name}`),
        ...brief.vulnerabilities.map((v) => v.id),
        ...brief.actors.map((a) => a.name),
        ...brief.malware.map((m) => m.name),
        ...brief.organisations.map((o) => o.name),
        ...brief.techniques.map((t) => `${t.id} ${t.name}`),
        ...brief.indicators.map((i) => i.value),
      ].join('\n');
      const storyId = work.bundle.story.id;
      const previous = (await getBrief(deps.db, storyId)) as StoredBrief | null;
      const changes = compactChanges([
        ...(context.changes.get(storyId) ?? []),
        ...briefChanges(previous, brief),
      ]);
      await publishStory(deps.db, storyId, {
        title: brief.title,
        changes: changes.length
          ? changes
          : [{ kind: 'source', text: 'Re-analysed; nothing in the brief changed.' }],
        severity: assessment.severity,
        priority: assessment.priority.score,
        incidentType: assessment.incidentType,
        searchText,
        assessment,
        brief,
      });
    }
  },
};
