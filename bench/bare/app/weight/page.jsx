import { readFileSync } from 'node:fs';
import { connection } from 'next/server';
import { toElement } from './markup-element';

// Markup as a tree of [tag, attributes, children], written by `npm run bench`
// from one of Headway's pages (bench/markup-tree.ts): read on the first
// request and kept, so each request costs Next only the rendering.
let tree;
const loadTree = () => (tree ??= JSON.parse(readFileSync(process.env.BARE_WEIGHT_TREE, 'utf8')));

// As many elements, attributes and words as the Headway page, rendered on
// every request by Next alone: no session, no database, no proxy.
export default async function WeightPage() {
  await connection();
  return toElement(loadTree(), 'page');
}
