import { describe, expect, inject, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { contentLevels, describedLevels } from '@/tests/support/content';
import { htmlToText } from '../support/html-text';
import { signUpOverHttp } from '../support/http-session';
import { readSeedSource, seedSentences } from '../support/seed-source';

const baseUrl = inject('baseUrl');

describe('the built app on a fresh database', () => {
  test('serves every sentence of the framework source on /framework', async () => {
    const response = await fetch(`${baseUrl}/framework`);
    expect(response.status).toBe(200);
    const text = htmlToText(await response.text());
    const missing = seedSentences(readSeedSource()).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('links the home page to the framework', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    expect(html).toMatch(/href="\/framework"/);
    expect(htmlToText(html)).toMatch(/Head of Engineering framework/);
  });

  test('every archetype linked from /framework has a page with real content, and unknown ones answer 404', async () => {
    const framework = await (await fetch(`${baseUrl}/framework`)).text();
    const links = [...framework.matchAll(/href="(\/archetypes\/[a-z-]+)"/g)].map((match) => match[1]!);
    expect(links.sort()).toEqual(['/archetypes/engineering-manager', '/archetypes/head-of-engineering']);
    for (const link of links) {
      const response = await fetch(`${baseUrl}${link}`);
      expect(response.status).toBe(200);
      const text = htmlToText(await response.text());
      expect(text).not.toMatch(/has not been published|not been published|coming soon/i);
      expect(text).toMatch(/Headway’s reading of the framework/);
      // Every item with its level and the level's summary.
      expect(text.match(/Level [1-5] · /g)).toHaveLength(11);
      expect(text).toMatch(/Managing Managers\s*Level [1-5] · /);
    }
    const hoe = htmlToText(await (await fetch(`${baseUrl}/archetypes/head-of-engineering`)).text());
    expect(hoe.match(/Level 4 · Established/g)).toHaveLength(11);
    expect((await fetch(`${baseUrl}/archetypes/no-such-role`)).status).toBe(404);
  });

  test('links every item to a page of its own that describes each of its levels and the reading that helps with it', async () => {
    const overview = await (await fetch(`${baseUrl}/framework`)).text();
    const items = frameworkContent.sections.flatMap((section) => section.items);
    const links = [...overview.matchAll(/href="\/framework\/([a-z-]+)"/g)].map((match) => match[1]);
    // Each item's card links to its page first; the reading list links to the items each resource helps with.
    expect([...new Set(links)]).toEqual(items.map((item) => item.key));
    for (const item of items) {
      const response = await fetch(`${baseUrl}/framework/${item.key}`);
      expect(response.status).toBe(200);
      const text = htmlToText(await response.text());
      expect(text).toContain(item.title);
      for (const descriptor of describedLevels(item)) {
        expect(text).toContain(descriptor.summary);
        expect(text).toContain(descriptor.text);
      }
      expect(text.match(/Level [1-5] · /g)).toHaveLength(contentLevels.length);
      // Every book and programme that helps with the item, and how.
      for (const resource of frameworkContent.resources) {
        const help = resource.helps.find((entry) => entry.itemKey === item.key);
        if (help) expect(text).toContain(`${resource.title} (${resource.kind === 'BOOK' ? 'book' : 'programme'}): ${help.how}`);
      }
      // The overview names the item and what it asks, and leaves the levels to the item's page.
      expect(htmlToText(overview)).not.toContain(describedLevels(item)[0]!.text);
    }
  });

  test('ends with "Start your assessment", which leads a visitor to sign up and someone signed in to Assess', async () => {
    const text = htmlToText(await (await fetch(`${baseUrl}/framework`)).text());
    const main = text.slice(0, text.lastIndexOf('Headway · a self-assessment'));
    expect(main.trimEnd().endsWith('Start your assessment')).toBe(true);
    const start = (cookie?: string) => fetch(`${baseUrl}/start`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
    const visitor = await start();
    expect(visitor.status).toBe(303);
    expect(new URL(visitor.headers.get('location') ?? '', baseUrl).pathname).toBe('/signup');
    const { cookie } = await signUpOverHttp(baseUrl);
    expect(new URL((await start(cookie)).headers.get('location') ?? '', baseUrl).pathname).toBe('/assess');
  });

  // An address that names no page gets the global not-found; a public page's
  // unknown key gets its own, inside the public layout: both keep the header.
  test.each(['/no-such-page', '/archetypes/no-such-role', '/framework/no-such-item'])('%s answers 404 with a page that keeps the navigation', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(htmlToText(html)).toMatch(/Page not found/);
    expect(html).toMatch(/<nav aria-label="Main"/);
    expect(html).toMatch(/href="\/framework"/);
    expect(html).toMatch(/href="\/signup"/);
  });

  // Next writes each layout's not-found fallback into every page's payload, ready
  // to show: a fallback that drew the header again would send it twice more.
  test('a page carries its header once: in its markup and once in its payload', async () => {
    const LOGO_PATH = 'M4 18 10 12l4 4 6-8';
    const count = (html: string) => html.split(LOGO_PATH).length - 1;
    const { cookie } = await signUpOverHttp(baseUrl);
    for (const [path, headers] of [['/about', {}], ['/archetypes/head-of-engineering', {}], ['/', { Cookie: cookie }]] as const) {
      const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
      expect([path, count(html)]).toEqual([path, 2]);
    }
  });

  test('serves the app icon from the build, not from elsewhere', async () => {
    const response = await fetch(`${baseUrl}/icon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  test('reports a healthy database', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});
