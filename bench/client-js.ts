// Client JavaScript per route, measured from what the server sends: the gzip
// size of every script the HTML loads (Next 16's build no longer prints it).
import { gzipSync } from 'node:zlib';
import { commonScripts, isRechartsChunk, listScriptSources } from './html-scripts';

export type RouteScripts = { route: string; scripts: string[]; gzipBytes: number; loadsRecharts: boolean };
export type ClientJs = { routes: RouteScripts[]; runtimeBytes: number; rechartsChunks: string[] };

export async function measureClientJs(baseUrl: string, routes: { route: string; path: string; cookie?: string }[]): Promise<ClientJs> {
  const sizes = new Map<string, { gzipBytes: number; recharts: boolean }>();
  const sizeOf = async (url: string) => {
    let known = sizes.get(url);
    if (!known) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const source = Buffer.from(await response.arrayBuffer());
      known = { gzipBytes: gzipSync(source, { level: 9 }).length, recharts: isRechartsChunk(source.toString('utf8')) };
      sizes.set(url, known);
    }
    return known;
  };

  const measured: RouteScripts[] = [];
  for (const { route, path, cookie } of routes) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}, expected the page itself`);
    const scripts = listScriptSources(await response.text(), `${baseUrl}${path}`);
    let gzipBytes = 0;
    let loadsRecharts = false;
    for (const script of scripts) {
      const size = await sizeOf(script);
      gzipBytes += size.gzipBytes;
      loadsRecharts ||= size.recharts;
    }
    measured.push({ route, scripts, gzipBytes, loadsRecharts });
  }

  const runtime = commonScripts(measured.map((route) => route.scripts));
  let runtimeBytes = 0;
  for (const script of runtime) runtimeBytes += (await sizeOf(script)).gzipBytes;
  const rechartsChunks = [...sizes].filter(([, size]) => size.recharts).map(([url]) => new URL(url).pathname);
  return { routes: measured, runtimeBytes, rechartsChunks };
}
