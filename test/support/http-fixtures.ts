import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1 with whatever routes a test gives, plus the usual bad ones:
 * /missing (404), /slow (headers, then never finishes), /huge (an endless body), /image (image/png).
 */
export async function httpFixtures(routes: Record<string, { type: string; body: string } | Handler>) {
  const hits: string[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = routes[req.url ?? ''];
    if (typeof route === 'function') return route(req, res);
    if (route) return void res.writeHead(200, { 'content-type': route.type }).end(route.body);
    switch (req.url) {
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>'); // and nothing more until the client gives up
        return;
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'word '.repeat(2000)}</p>`;
        const pump = () => { while (!res.destroyed && res.write(chunk)); };
        res.on('drain', pump);
        return pump();
      }
      case '/image':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64));
      default:
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    hits,
    close: () => new Promise<void>((resolve) => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** An RSS 2.0 document with the given items. */
export function rss(items: { title: string; link: string; date: string; html: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fixture Wire</title><link>http://127.0.0.1/</link><description>test</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate><description>${esc(i.html)}</description></item>`).join('\n')}
</channel></rss>`;
}

/** An Atom document with the given entries. */
export function atom(entries: { title: string; link: string; date: string; html: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fixture Atom</title><id>urn:fixture</id><updated>2026-11-10T00:00:00Z</updated>
${entries.map((e) => `<entry><title>${esc(e.title)}</title><link href="${esc(e.link)}"/><id>${esc(e.link)}</id><published>${e.date}</published><updated>${e.date}</updated><content type="html">${esc(e.html)}</content></entry>`).join('\n')}
</feed>`;
}
