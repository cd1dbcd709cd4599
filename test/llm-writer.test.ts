import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmWriter } from '../src/brief/llm/client.js';
import type { Brief } from '../src/brief/types.js';
import type { Database } from '../src/db/connect.js';
import { runPipeline } from '../src/pipeline/index.js';
import { getBrief } from '../src/stories/query.js';
import { createApp } from '../src/web/app.js';
import { backends, freshDatabase, testDeps } from './db.js';

const northwind = `Northwind Clinics hit by ransomware; 4.2 million patients affected

Northwind Clinics, a US hospital group, said on Monday 4 March 2024 that a ransomware attack by the ALPHV gang had encrypted systems at its hospitals in three states. The attackers got in through CVE-2023-4966 in a Citrix NetScaler gateway that had not been patched. The company said the personal data of about 4.2 million patients was stolen and that it paid a ransom of $22 million to the criminals.`;

const contoso = `Contoso Freight halts shipments after LockBit attack

Contoso Freight, a logistics company based in Rotterdam, said on 2 June 2024 that LockBit ransomware had encrypted 1,200 servers and stopped its shipments for five days. The company said it had not paid the ransom and was restoring systems from backups.`;

const rewrite = [
  'Northwind Clinics said on Monday 4 March 2024 that an ALPHV ransomware attack encrypted systems at its hospitals in three states [1].',
  'The attackers got in through CVE-2023-4966 in an unpatched Citrix NetScaler gateway [1].',
  'The company claims that data of about 4.2 million patients was stolen and that it paid a $22 million ransom [1].',
  'BlackCat affiliates later sold the data for $5 million [1].',
].join(' ');

describe.each(backends)('the LLM writer in the pipeline on %s', (backend) => {
  let database: Database;
  let server: Server;
  let url: string;
  let status = 200;
  const logs: { msg: string; reason?: string; storyId?: number }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line) as never) });

  beforeAll(async () => {
    database = await freshDatabase(backend);
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          status === 200
            ? JSON.stringify({
                model: 'stub',
                choices: [{ message: { role: 'assistant', content: rewrite } }],
              })
            : '{"error":"unavailable"}',
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  const ingest = async (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-llm-'));
    writeFileSync(join(dir, name), text);
    const writer = createLlmWriter({ url, model: 'stub-model', timeoutMs: 5000 });
    const summary = await runPipeline([dir], testDeps(database, { writer, log }));
    expect(summary.errors).toEqual([]);
    const [storyId] = summary.stories;
    return { storyId: storyId ?? 0, brief: (await getBrief(database.db, storyId ?? 0)) as Brief };
  };

  it('stores the verified rewrite, its rejected sentence, and shows the note on the item page', async () => {
    const { storyId, brief } = await ingest('northwind.txt', northwind);
    expect(brief.summary).toEqual([
      {
        text: 'Northwind Clinics said on Monday 4 March 2024 that an ALPHV ransomware attack encrypted systems at its hospitals in three states.',
        cites: [1],
      },
      {
        text: 'The attackers got in through CVE-2023-4966 in an unpatched Citrix NetScaler gateway.',
        cites: [1],
      },
      {
        text: 'The company claims that data of about 4.2 million patients was stolen and that it paid a $22 million ransom.',
        cites: [1],
      },
    ]);
    expect(brief.summaryWriter).toEqual({
      kind: 'llm',
      model: 'stub-model',
      rejected: [
        {
          sentence: 'BlackCat affiliates later sold the data for $5 million [1].',
          reason: 'name "BlackCat" is not in the ledger; number "$5 million" is not in the ledger',
        },
      ],
    });
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'summary rewritten by the LLM writer', storyId }),
    );
    const page = await (await createApp({ db: database.db }).request(`/stories/${storyId}`)).text();
    expect(page).toContain('Rewritten by stub-model from the fact ledger; 1 sentence rejected');
  });

  it('keeps the deterministic summary and logs why when the writer fails', async () => {
    status = 500;
    const { storyId, brief } = await ingest('contoso.txt', contoso);
    expect(brief.title).toMatch(/Contoso Freight/);
    expect(brief.summary[0]?.text).toMatch(/^Contoso Freight, a logistics company based in Rotterdam/);
    expect(brief.summaryWriter).toEqual({
      kind: 'deterministic',
      rejected: [],
      reason: 'the writer failed: HTTP 500: {"error":"unavailable"}',
    });
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: 'LLM summary not used; deterministic summary kept',
        storyId,
        reason: 'the writer failed: HTTP 500: {"error":"unavailable"}',
      }),
    );
    const page = await (await createApp({ db: database.db }).request(`/stories/${storyId}`)).text();
    expect(page).not.toContain('Rewritten by');
  });
});
