import type { Page } from 'playwright-core';

export type Focus = {
  onBody: boolean;
  tag: string;
  type: string | null;
  checked: boolean;
  /** The element's name as a screen reader would start to read it: aria-labelledby, its label, aria-label or its text. */
  name: string;
  /** The heading of the nearest labelled section or dialog around it. */
  within: string;
  /** An outline or a box shadow is drawn around it. */
  visible: boolean;
  inDialog: boolean;
  box: { top: number; bottom: number; height: number };
};

/** Where keyboard focus is, as a person using a screen reader or looking at the page would tell it. */
export function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      const none = { top: 0, bottom: 0, height: 0 };
      return { onBody: true, tag: 'body', type: null, checked: false, name: '', within: '', visible: false, inDialog: false, box: none };
    }
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    const name =
      text(element.getAttribute('aria-labelledby')) ||
      (labels?.[0]?.textContent ?? '').trim() ||
      element.getAttribute('aria-label') ||
      (element.textContent ?? '').trim();
    const region = element.closest('dialog, section[aria-labelledby]');
    const within = region ? text(region.getAttribute('aria-labelledby')) : '';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = element.getBoundingClientRect();
    return {
      onBody: false,
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      checked: element instanceof HTMLInputElement && element.checked,
      name,
      within,
      visible: outline || shadow,
      inDialog: element.closest('dialog') !== null,
      box: { top: rect.top, bottom: rect.bottom, height: rect.height },
    };
  });
}
