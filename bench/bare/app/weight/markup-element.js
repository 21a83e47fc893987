import { createElement } from 'react';

/**
 * A tree of [tag, attributes, children] (bench/markup-tree.ts) as React
 * elements. Plain JavaScript, as the rest of the bare app is.
 */
export function toElement(node, key) {
  if (typeof node === 'string') return node;
  const [tag, attributes, children] = node;
  return createElement(tag, { ...attributes, key }, ...children.map(toElement));
}
