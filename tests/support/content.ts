import { frameworkContent } from '@/lib/content/framework-content';
import type { DescriptorContent, ItemContent } from '@/lib/content/framework-schema';

/** The levels of the committed content's scale, lowest first. */
export const contentLevels: readonly number[] = frameworkContent.scale.map((step) => step.level);

/** An item's descriptor for one level; the content schema guarantees one for every level of the scale. */
export function descriptorAt(item: ItemContent, level: number): DescriptorContent {
  const descriptor = item.descriptors[level];
  if (!descriptor) throw new Error(`Item "${item.key}" has no descriptor for level ${level}`);
  return descriptor;
}

/** An item's descriptors with their levels, lowest first, as the database holds them. */
export function describedLevels(item: ItemContent): (DescriptorContent & { level: number })[] {
  return contentLevels.map((level) => ({ level, ...descriptorAt(item, level) }));
}
