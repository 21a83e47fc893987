// A page's body as plain data, for the bare app to render as React elements
// (bench/bare/app/weight): what Next itself costs for that much markup.
import { writeFileSync } from 'node:fs';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';

export type MarkupNode = string | [tag: string, attributes: Record<string, string | true>, children: MarkupNode[]];

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

// React's names for the HTML attributes it spells otherwise; inline styles are
// strings in HTML and objects in React, and the pages set none that matter here.
const REACT_NAMES: Record<string, string | null> = { class: 'className', for: 'htmlFor', tabindex: 'tabIndex', style: null };
// A form control's initial state, as React spells it for an uncontrolled control.
const CONTROL_STATE: Record<string, string> = { value: 'defaultValue', checked: 'defaultChecked' };
// Present means on: React leaves out a boolean attribute whose value is the empty string.
const BOOLEAN_ATTRIBUTES = new Set(['checked', 'disabled', 'hidden', 'open', 'required', 'readonly', 'selected', 'multiple', 'novalidate', 'formnovalidate']);

// React spells the hyphenated attributes of SVG and HTML (stroke-width,
// http-equiv) in camel case, all but aria-* and data-*.
const reactName = (name: string) => (/^(aria|data)-/.test(name) ? name : name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()));

const isElement = (node: ChildNode): node is Element => defaultTreeAdapter.isElementNode(node);
const isScript = (node: ChildNode) => isElement(node) && node.tagName === 'script';

function toNode(element: Element): MarkupNode {
  const attributes: Record<string, string | true> = {};
  const isControl = ['input', 'textarea', 'select'].includes(element.tagName);
  for (const { name, value } of element.attrs) {
    const renamed = (isControl ? CONTROL_STATE[name] : undefined) ?? (name in REACT_NAMES ? REACT_NAMES[name] : reactName(name));
    if (renamed) attributes[renamed] = value === '' && BOOLEAN_ATTRIBUTES.has(name) ? true : value;
  }
  const children: MarkupNode[] = [];
  for (const child of element.childNodes) {
    if (defaultTreeAdapter.isTextNode(child)) children.push(child.value);
    else if (isElement(child) && !isScript(child)) children.push(toNode(child));
  }
  return [element.tagName, attributes, children];
}

/** The body of `html`, without its scripts, as a tree the bare app renders. */
export function markupTree(html: string): MarkupNode {
  const document = parse(html);
  const htmlElement = document.childNodes.find(isElement);
  const body = htmlElement?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'body');
  if (!body) throw new Error('The page has no body');
  return ['div', {}, body.childNodes.filter((node): node is Element => isElement(node) && !isScript(node)).map(toNode)];
}

export function writeMarkupTree(html: string, file: string): void {
  writeFileSync(file, JSON.stringify(markupTree(html)));
}
