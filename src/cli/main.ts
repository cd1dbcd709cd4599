#!/usr/bin/env node
import { Command, Option } from 'commander';
import { loadConfig } from '../config/load.js';
import { NewsroomError, describeError } from '../core/errors.js';
import { incidentTypeIds } from '../core/facts.js';
import { severities } from '../assess/types.js';
import { loadKb } from '../kb/load.js';
import { type StorySort, storySorts } from '../stories/query.js';
import { reliabilityIds, sourceKinds, tierIds } from '../sources/registry.js';
import {
  extractCommand,
  ingestCommand,
  serveCommand,
  sourcesAddCommand,
  storiesCommand,
  storyCommand,
  withRuntime,
} from './commands.js';
import { type CorrectionOptions, attribution, correctionCommand, parseId } from './corrections.js';
import { ensureDemo } from './demo.js';
import { parseSourcesSet, sourcesListCommand, sourcesSetCommand } from './sources.js';

const program = new Command('newsroom')
  .description('threat-newsroom: a cyber threat intelligence newsroom')
  .option('--data-dir <dir>', 'PGlite data directory (env NEWSROOM_DATA_DIR, default ./.newsroom)')
  .option('--kb-dir <dir>', 'reference data directory (env NEWSROOM_KB_DIR)')
  .showHelpAfterError();

function config(extra: { port?: string | undefined } = {}) {
  const globals = program.opts<{ dataDir?: string; kbDir?: string }>();
  return loadConfig(process.env, { dataDir: globals.dataDir, kbDir: globals.kbDir, port: extra.port });
}

program
  .command('ingest')
  .description('ingest feeds (RSS, Atom, RDF, JSON Feed), HTML pages, text files, directories or URLs')
  .argument('<locations...>', 'files, directories or http(s) URLs')
  .option('--json', 'print the summary as JSON')
  .action(async (locations: string[], options: { json?: boolean }) => {
    process.exitCode = await withRuntime(config(), (runtime) =>
      ingestCommand(runtime, locations, options.json === true),
    );
  });

program
  .command('extract')
  .description('extract facts from one file (HTML or text) or stdin ("-")')
  .argument('<file>', 'a file, or - for stdin')
  .option('--json', 'print JSON')
  .action(async (file: string, options: { json?: boolean }) => {
    const settings = config();
    await extractCommand(file, options.json === true, settings.kbDir ? loadKb(settings.kbDir) : undefined);
  });

program
  .command('stories')
  .description('list stories, newest first (or highest priority first with --sort priority)')
  .addOption(new Option('--severity <level>', 'only this severity').choices(severities))
  .addOption(new Option('--type <type>', 'only this incident type').choices(incidentTypeIds))
  .option('-q, --query <text>', 'full-text search')
  .addOption(
    new Option('--sort <order>', 'newest first, or priority: highest first, then newest')
      .choices(storySorts)
      .default('newest'),
  )
  .option('--limit <n>', 'at most n stories', '100')
  .option('--json', 'print JSON')
  .action(
    async (options: {
      severity?: string;
      type?: string;
      query?: string;
      sort: StorySort;
      limit: string;
      json?: boolean;
    }) => {
      await withRuntime(config(), (runtime) =>
        storiesCommand(
          runtime,
          {
            severity: options.severity,
            type: options.type,
            q: options.query,
            sort: options.sort,
            limit: Number(options.limit),
          },
          options.json === true,
        ),
      );
    },
  );

const story = program
  .command('story')
  .description('one story as its full brief; or correct grouping: story move|merge|split');
story
  .command('show', { isDefault: true })
  .description('one story as its full brief (`newsroom story <id>` is the same)')
  .argument('<id>', 'story id')
  .option('--json', 'print the brief as JSON (default)')
  .option('--markdown', 'print the brief as Markdown')
  .action(async (id: string, options: { json?: boolean; markdown?: boolean }) => {
    const storyId = parseId(id, 'story id');
    await withRuntime(config(), (runtime) =>
      storyCommand(runtime, storyId, options.markdown ? 'markdown' : 'json'),
    );
  });

/** The options every correction takes: who, why, and JSON output. */
function correction(name: string, description: string): Command {
  return story
    .command(name)
    .description(description)
    .option('--by <name>', 'who makes the correction (default: the OS user name)')
    .option('--reason <text>', 'why (required; shown in the change log)')
    .option('--json', 'print the result as JSON');
}

correction('move', 'move a document to another story, or to a new one ("new")')
  .argument('<document>', 'document id')
  .argument('<story>', 'target story id, or "new"')
  .action(async (document: string, target: string, options: CorrectionOptions) => {
    const who = attribution('move', options);
    const to = target === 'new' ? 'new' : parseId(target, 'target story id');
    const request = { kind: 'move', documentId: parseId(document, 'document id'), to, ...who } as const;
    await withRuntime(config(), (runtime) => correctionCommand(runtime, request, options.json === true));
  });

correction('merge', 'merge story <b> into story <a>: <a> survives, <b> redirects to it')
  .argument('<a>', 'the story that stays')
  .argument('<b>', 'the story folded into it')
  .action(async (a: string, b: string, options: CorrectionOptions) => {
    const who = attribution('merge', options);
    const request = {
      kind: 'merge',
      into: parseId(a, 'story id'),
      from: parseId(b, 'story id'),
      ...who,
    } as const;
    await withRuntime(config(), (runtime) => correctionCommand(runtime, request, options.json === true));
  });

correction('split', 'move some documents of a story to a new story that keeps its history')
  .argument('<id>', 'story id')
  .argument('<documents...>', 'ids of the documents to split off')
  .action(async (id: string, documents: string[], options: CorrectionOptions) => {
    const who = attribution('split', options);
    const request = {
      kind: 'split',
      storyId: parseId(id, 'story id'),
      documentIds: documents.map((doc) => parseId(doc, 'document id')),
      ...who,
    } as const;
    await withRuntime(config(), (runtime) => correctionCommand(runtime, request, options.json === true));
  });

program
  .command('serve')
  .description('serve the news center and JSON API')
  .option('--port <n>', 'HTTP port (env PORT, default 3000)')
  .action(async (options: { port?: string }) => {
    await withRuntime(config({ port: options.port }), (runtime) => serveCommand(runtime, { poll: false }));
  });

program
  .command('run')
  .description('serve the news center and poll the configured sources on their schedule')
  .option('--port <n>', 'HTTP port (env PORT, default 3000)')
  .action(async (options: { port?: string }) => {
    await withRuntime(config({ port: options.port }), (runtime) => serveCommand(runtime, { poll: true }));
  });

program
  .command('start')
  .description('first run: ingest the bundled demo corpus if the database is empty, then serve')
  .option('--port <n>', 'HTTP port (env PORT, default 3000)')
  .action(async (options: { port?: string }) => {
    await withRuntime(config({ port: options.port }), async (runtime) => {
      const demo = await ensureDemo(runtime);
      if (demo)
        process.stderr.write(
          `demo corpus: ${demo.ingested.length} documents, ${demo.stories.length} stories, ${demo.errors.length} errors\n`,
        );
      await serveCommand(runtime, { poll: true });
    });
  });

const sources = program
  .command('sources')
  .description('list sources with their health and feeds, add a feed, or set a source profile');
sources
  .command('list', { isDefault: true })
  .description(
    'sources with their kind, tier, reliability and health (flagged first); feeds with their state',
  )
  .option('--json', 'print JSON')
  .action(async (options: { json?: boolean }) => {
    await withRuntime(config(), (runtime) => sourcesListCommand(runtime, options.json === true));
  });
sources
  .command('add')
  .description('subscribe to a feed, polled by `newsroom run`')
  .argument('<feed-url>', 'RSS, Atom, RDF or JSON Feed URL')
  .addOption(new Option('--kind <kind>', 'source kind').choices(sourceKinds))
  .addOption(new Option('--tier <tier>', 'authority tier').choices(tierIds))
  .addOption(new Option('--reliability <letter>', 'Admiralty reliability').choices(reliabilityIds))
  .option('--poll-minutes <n>', 'minutes between polls')
  .action(
    async (
      url: string,
      options: { kind?: string; tier?: string; reliability?: string; pollMinutes?: string },
    ) => {
      await withRuntime(config(), (runtime) =>
        sourcesAddCommand(runtime, url, {
          kind: options.kind,
          tier: options.tier,
          reliability: options.reliability,
          pollMinutes: options.pollMinutes ? Number(options.pollMinutes) : undefined,
        }),
      );
    },
  );

sources
  .command('set')
  .description('set a source profile; wins over NEWSROOM_SOURCES_FILE and the built-in registry')
  .argument('<domain>', 'source domain (or a URL of the source)')
  .option('--name <name>', 'display name')
  .addOption(new Option('--kind <kind>', 'source kind').choices(sourceKinds))
  .addOption(new Option('--tier <tier>', 'authority tier').choices(tierIds))
  .addOption(new Option('--reliability <letter>', 'Admiralty reliability').choices(reliabilityIds))
  .action(
    async (
      domain: string,
      options: { name?: string; kind?: string; tier?: string; reliability?: string },
    ) => {
      const request = parseSourcesSet(domain, options);
      await withRuntime(config(), (runtime) => sourcesSetCommand(runtime, request));
    },
  );

// A closed pipe (`newsroom stories | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`newsroom: ${describeError(error)}\n`);
  process.exitCode = error instanceof NewsroomError ? error.exitCode : 1;
}
