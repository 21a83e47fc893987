import type { ReactNode } from 'react';
import type { MarkupNode } from '../../../markup-tree';

export function toElement(node: MarkupNode, key: string | number): ReactNode;
