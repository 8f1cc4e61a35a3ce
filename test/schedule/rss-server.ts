import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const paragraph = (what: string) =>
  `${what} The Harbour Gazette understands that the council of the fictional town of Merrowby met on Tuesday evening ` +
  'to discuss the plan, and that the vote is expected next month. "We have waited long enough," said Councillor Ada Penhallow, ' +
  'who chairs the transport committee. Residents of the Quayside ward said the works would close the old footbridge for ' +
  'eleven weeks. The contractor, Brightwater Civils, said the budget stood at 4.2 million pounds and would not rise.';

/** A fictional outlet's RSS: two items about one local story, each with its full text. */
export function rss(base: string): string {
  const item = (n: number, title: string, body: string) => `<item><title>${title}</title><link>${base}/story-${n}</link>
    <pubDate>Tue, 09 Jun 2026 0${n}:00:00 GMT</pubDate><description>${body}</description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}/</link>
    ${item(1, 'Merrowby council weighs new footbridge', paragraph('A new footbridge for Merrowby harbour is back on the table.'))}
    ${item(2, 'Quayside residents question footbridge closure', paragraph('Quayside residents questioned the closure of the old footbridge.'))}
    </channel></rss>`;
}

/** A real HTTP server on 127.0.0.1: /good.xml is the feed, /broken.xml answers 500. `hits` lists requested paths. */
export async function startRssServer(): Promise<{ base: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/good.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base));
    else if (req.url === '/broken.xml') res.writeHead(500, { 'content-type': 'text/plain' }).end('the printing press is jammed');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
