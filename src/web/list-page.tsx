import { severities } from '../assess/types.js';
import { incidentTypes, type IncidentType } from '../core/facts.js';
import { storySorts, type StoryCard, type StoryFilter } from '../stories/query.js';
import { Empty, Layout, Severity } from './layout.js';

function label(type: string): string {
  return incidentTypes[type as IncidentType];
}

export function ListPage(props: { stories: StoryCard[]; filter: StoryFilter }) {
  const { filter, stories } = props;
  return (
    <Layout title="Stories">
      <form class="filters" method="get" action="/" role="search">
        <input
          type="search"
          name="q"
          value={filter.q ?? ''}
          placeholder="Search stories (CVE, actor, victim, words)"
          aria-label="Search"
        />
        <select name="severity" aria-label="Severity">
          <option value="">All severities</option>
          {severities.map((level) => (
            <option value={level} selected={filter.severity === level}>
              {level}
            </option>
          ))}
        </select>
        <select name="type" aria-label="Incident type">
          <option value="">All types</option>
          {Object.entries(incidentTypes).map(([id, name]) => (
            <option value={id} selected={filter.type === id}>
              {name}
            </option>
          ))}
        </select>
        <select name="sort" aria-label="Sort">
          {storySorts.map((sort) => (
            <option value={sort} selected={(filter.sort ?? 'newest') === sort}>
              {sort === 'priority' ? 'Highest priority first' : 'Newest first'}
            </option>
          ))}
        </select>
        <button type="submit">Filter</button>
      </form>
      {stories.length === 0 ? (
        <Empty>
          {filter.q || filter.severity || filter.type
            ? 'No story matches these filters.'
            : 'No stories yet. Ingest feeds, pages or directories with `newsroom ingest <location>`, or subscribe to a feed with `newsroom sources add <feed-url>`.'}
        </Empty>
      ) : (
        <ol class="stories" style="list-style:none;padding:0">
          {stories.map((story) => (
            <li class="story" data-story-id={String(story.id)}>
              <Severity level={story.severity} /> <span class="tag">{label(story.incidentType)}</span>
              <span class="tag">
                {story.reports} source{story.reports === 1 ? '' : 's'}
              </span>
              <span class="meta">priority {story.priority.toFixed(3)}</span>
              <h2>
                <a href={`/stories/${story.id}`}>{story.title}</a>
              </h2>
              <div class="meta">
                {story.lastPublished ? story.lastPublished.slice(0, 10) : 'undated'} ·{' '}
                {story.sources.join(', ')}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
