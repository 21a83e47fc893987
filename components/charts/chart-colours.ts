// Series colours chosen to keep at least 3:1 contrast on both the light and the
// dark canvas; each series also differs in line style, so colour is never the
// only thing that tells them apart.
export const SERIES = {
  current: { stroke: '#3f6fd8', dash: undefined },
  target: { stroke: '#868c97', dash: '6 4' },
  previous: { stroke: '#c0661c', dash: '2 3' },
} as const;

export const SECTION_STROKES = ['#3f6fd8', '#c0661c', '#868c97'] as const;
export const SECTION_DASHES = [undefined, '6 4', '2 3'] as const;
