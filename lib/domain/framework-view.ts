import type { ResourceKind } from '@/lib/domain/vocabulary';

// The framework version as the framework page shows it. lib/data returns it;
// components take it as props and never see the database's own types.

/** One level of the rating scale. */
export type ScaleLevelView = { level: number; name: string; summary: string };

/** An item of a framework version with its two targets: what every view of an item starts from. */
export type ItemWithTargets = {
  id: string;
  key: string;
  title: string;
  description: string;
  /** "Effective in the role". */
  expectedLevel: number;
  /** "Ready to step up"; null on versions made before there were two targets. */
  stepUpLevel: number | null;
};

export type FrameworkItemView = ItemWithTargets & {
  mustHave: boolean;
  targetsWhy: string;
  resourceNote: string;
  reflectionPrompts: string[];
  /** Summary, signals and examples are empty on versions made before descriptors had them. */
  descriptors: { level: number; text: string; summary: string; signals: string[] }[];
};

export type ResourceView = {
  id: string;
  kind: ResourceKind;
  title: string;
  why: string;
  /** The items it helps with, how, and the level it helps reach where that is known. */
  items: { how: string; level: number | null; part: string | null; item: { key: string; title: string; position: number } }[];
};

export type FrameworkView = {
  number: number;
  name: string;
  introduction: string;
  archetypeLine: string;
  levels: ScaleLevelView[];
  sections: { id: string; key: string; title: string; summary: string; weight: number; items: FrameworkItemView[] }[];
  resources: ResourceView[];
  archetypes: { key: string; name: string; href: string }[];
};
