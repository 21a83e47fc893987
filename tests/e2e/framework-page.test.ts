import { describe, expect, inject, test } from 'vitest';
import { htmlToText } from '../support/html-text';
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

  test('names each archetype on a page of its own and answers 404 for unknown ones', async () => {
    const archetype = await fetch(`${baseUrl}/archetypes/head-of-engineering`);
    expect(archetype.status).toBe(200);
    expect(htmlToText(await archetype.text())).toMatch(/Head of Engineering Archetype/);
    expect((await fetch(`${baseUrl}/archetypes/no-such-role`)).status).toBe(404);
  });

  test('answers an unknown address with a 404 page that keeps the navigation', async () => {
    const response = await fetch(`${baseUrl}/no-such-page`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(htmlToText(html)).toMatch(/Page not found/);
    expect(html).toMatch(/<nav aria-label="Main"/);
    expect(html).toMatch(/href="\/framework"/);
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
