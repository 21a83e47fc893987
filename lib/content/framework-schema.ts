import { z } from 'zod';

// A stable key survives wording changes between framework versions, so
// assessments and goals made on one version can be matched on the next.
const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Keys are lower-case words joined by hyphens');

const prose = z.string().trim().min(1);

// A level is a whole number from 1 up: every scale starts at level 1 (the
// database holds to that), and how far it runs is the content's own `scale`,
// against which the refinement below checks every level the content names.
const levelSchema = z.number().int().positive();

// A level as a reviewer can check it: a one-line summary to rate from, the
// full description, what someone could point to (signals) and what evidence
// of it looks like. The rule for meeting only some signals is stated with them.
const descriptorSchema = z
  .object({
    summary: prose.max(160).regex(/^[^\n]+$/, 'A summary is one line'),
    text: prose,
    signals: z.array(prose).min(2, 'Give 2 to 4 observable signals').max(4, 'Give 2 to 4 observable signals'),
    examples: z.array(prose).min(1, 'Give 1 or 2 examples of evidence').max(2, 'Give 1 or 2 examples of evidence'),
  })
  .strict();

// One descriptor per level of the scale, keyed by the level.
const descriptorsSchema = z.record(z.string().regex(/^[1-9][0-9]*$/, 'Descriptors are keyed by their level'), descriptorSchema);

// Two targets per item: "ready to step up" is what a credible Head of
// Engineering candidate shows, "effective in the role" what the role asks once
// in post. A must-have is an item the role cannot do without.
const targetsSchema = z
  .object({
    stepUp: levelSchema,
    inRole: levelSchema,
    mustHave: z.boolean(),
    // Why these levels: a reviewer should be able to disagree with a reason, not a number.
    why: prose,
  })
  .strict()
  .refine((targets) => targets.stepUp <= targets.inRole, { message: 'The step-up target cannot be above the in-role target', path: ['stepUp'] });

const itemContentSchema = z
  .object({
    key: keySchema,
    // Areas have their name in the source; behaviours are one sentence each, so
    // their short title is written content.
    title: prose.max(80),
    description: prose,
    targets: targetsSchema,
    // Shown beside the evidence box: questions that turn a rating into evidence.
    reflectionPrompts: z.array(prose).min(2).max(3),
    // For "no opportunity yet": the stretch assignment that would let the EM show
    // the item, and the question to put to their manager or sponsor.
    opportunity: z.object({ stretch: prose, question: prose }).strict(),
    // Where the source's list has no resource of its own for the item, say so rather than stretch one.
    resourceNote: prose.optional(),
    descriptors: descriptorsSchema,
  })
  .strict();

const sectionContentSchema = z
  .object({
    key: keySchema,
    title: prose,
    summary: prose,
    // The section's weight in the overall readiness figure.
    weight: z.number().int().min(1).max(10),
    items: z.array(itemContentSchema).min(1),
  })
  .strict();

const resourceContentSchema = z
  .object({
    key: keySchema,
    kind: z.enum(['BOOK', 'PROGRAMME']),
    title: prose,
    // The source's own sentence on why the resource matters.
    why: prose,
    // Written content: which items the resource helps with, and how.
    helps: z
      .array(
        z
          .object({
            itemKey: keySchema,
            how: prose,
            // The level it helps reach, and the part of it that does where that is known.
            level: levelSchema,
            part: prose.optional(),
          })
          .strict(),
      )
      .min(1, 'Every resource helps with at least one item'),
  })
  .strict();

// Headway's reading of what each role shows, item by item: a level per item
// key, or "in-role" for the framework's in-role targets.
const archetypeContentSchema = z
  .object({
    key: keySchema,
    name: prose,
    href: z.string().startsWith('/'),
    summary: prose,
    levels: z.union([z.literal('in-role'), z.record(keySchema, levelSchema)]),
  })
  .strict();

export const frameworkContentSchema = z
  .object({
    name: prose,
    introduction: prose,
    scale: z.array(z.object({ level: levelSchema, name: prose, summary: prose }).strict()).min(2, 'A scale has at least two levels'),
    sections: z.array(sectionContentSchema).min(1),
    resources: z.array(resourceContentSchema),
    archetypes: z
      .object({ line: prose, links: z.array(archetypeContentSchema).min(1) })
      .strict(),
  })
  .strict()
  .superRefine((content, ctx) => {
    const itemKeys = content.sections.flatMap((section) => section.items.map((item) => item.key));
    const unique = (keys: string[], what: string) => {
      const seen = new Set<string>();
      for (const key of keys) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `Duplicate ${what} key "${key}"` });
        seen.add(key);
      }
    };
    unique(itemKeys, 'item');
    unique(content.sections.map((section) => section.key), 'section');
    unique(content.resources.map((resource) => resource.key), 'resource');
    content.scale.forEach((step, index) => {
      if (step.level !== index + 1) {
        ctx.addIssue({ code: 'custom', message: `Scale step ${index + 1} must be level ${index + 1}` });
      }
    });
    const levels = content.scale.map((step) => step.level);
    const checkLevel = (level: number, where: string) => {
      if (!levels.includes(level)) ctx.addIssue({ code: 'custom', message: `${where}: level ${level} is not on the scale` });
    };
    for (const item of content.sections.flatMap((section) => section.items)) {
      checkLevel(item.targets.stepUp, `Item "${item.key}" step-up target`);
      checkLevel(item.targets.inRole, `Item "${item.key}" in-role target`);
      const described = Object.keys(item.descriptors).map(Number);
      for (const level of levels.filter((level) => !described.includes(level))) {
        ctx.addIssue({ code: 'custom', message: `Item "${item.key}" has no descriptor for level ${level}` });
      }
      for (const level of described.filter((level) => !levels.includes(level))) {
        ctx.addIssue({ code: 'custom', message: `Item "${item.key}" describes level ${level}, which is not on the scale` });
      }
    }
    for (const resource of content.resources) {
      for (const help of resource.helps) checkLevel(help.level, `Resource "${resource.key}" on "${help.itemKey}"`);
    }
    for (const link of content.archetypes.links) {
      if (link.levels === 'in-role') continue;
      for (const [key, level] of Object.entries(link.levels)) checkLevel(level, `Archetype "${link.key}" on "${key}"`);
      const keys = Object.keys(link.levels);
      for (const key of itemKeys.filter((key) => !keys.includes(key))) {
        ctx.addIssue({ code: 'custom', message: `Archetype "${link.key}" gives no level for item "${key}"` });
      }
      for (const key of keys.filter((key) => !itemKeys.includes(key))) {
        ctx.addIssue({ code: 'custom', message: `Archetype "${link.key}" points at unknown item "${key}"` });
      }
    }
    const withBook = new Set(content.resources.filter((resource) => resource.kind === 'BOOK').flatMap((resource) => resource.helps.map((help) => help.itemKey)));
    for (const key of itemKeys.filter((key) => !withBook.has(key))) {
      ctx.addIssue({ code: 'custom', message: `Item "${key}" has no book that helps with it` });
    }
    for (const resource of content.resources) {
      for (const { itemKey } of resource.helps) {
        if (!itemKeys.includes(itemKey)) {
          ctx.addIssue({ code: 'custom', message: `Resource "${resource.key}" points at unknown item "${itemKey}"` });
        }
      }
    }
  });

export type FrameworkContent = z.infer<typeof frameworkContentSchema>;
export type ItemContent = z.infer<typeof itemContentSchema>;
export type DescriptorContent = z.infer<typeof descriptorSchema>;
