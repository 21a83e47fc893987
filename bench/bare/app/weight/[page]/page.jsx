import { readFileSync } from 'node:fs';
import path from 'node:path';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { toElement } from '../markup-element';

// Markup as a tree of [tag, attributes, children], one file per Headway page
// (gap.json, others.json), written by `npm run bench` from that page
// (bench/markup-tree.ts): read on a page's first request and kept, so each
// request costs Next only the rendering.
const trees = new Map();
const loadTree = (page) => {
  if (!trees.has(page)) trees.set(page, JSON.parse(readFileSync(path.join(process.env.BARE_WEIGHT_DIR, `${page}.json`), 'utf8')));
  return trees.get(page);
};

// As many elements, attributes and words as the Headway page, rendered on
// every request by Next alone: no session, no database, no proxy.
export default async function WeightPage({ params }) {
  await connection();
  const { page } = await params;
  if (!/^[a-z]+$/.test(page)) notFound();
  return toElement(loadTree(page), 'page');
}
