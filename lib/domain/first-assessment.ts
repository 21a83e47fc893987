import { frameworkContent } from '@/lib/content/framework-content';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (count: number) => NUMBER_WORDS[count] ?? String(count);

const [areas, behaviours] = frameworkContent.sections;

/** What an assessment covers, in words, counted from the framework itself. */
export const FRAMEWORK_SCOPE = `${inWords(areas?.items.length ?? 0)} focus areas and ${inWords(behaviours?.items.length ?? 0)} behaviours`;

/** How long a first assessment takes: reading each item's levels, choosing one and writing a line of evidence. */
export const ASSESSMENT_DURATION = 'about 30 to 45 minutes';
