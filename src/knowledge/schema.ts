import { z } from 'zod';

/**
 * How long a text may be: an option label fits on a button and a text in one block on every surface the guide is
 * shown on (Slack's are the tightest: 75 characters on a button, 3000 in a section; a test holds the two in step).
 */
export const CONTENT_LIMITS = { label: 75, text: 3000, shortText: 300 } as const;

/** The most questions one path through a flow may ask: the conversation state carries at most this many answers. */
export const MAX_ANSWERS = 40;

export const LANGS = ['nl', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const nonEmpty = (max: number) => z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);

/** Every user-visible text exists in Dutch and English. */
const localized = (max: number) =>
  z.strictObject(
    {
      nl: nonEmpty(max),
      en: nonEmpty(max),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'must be a text in both languages: { nl: ..., en: ... }' : undefined,
    },
  );

export const Text = localized(CONTENT_LIMITS.text);
export type Text = z.infer<typeof Text>;
export const Label = localized(CONTENT_LIMITS.label);
export const ShortText = localized(CONTENT_LIMITS.shortText);

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lowercase letters, digits, "-" or "_" (for example "avg-9")')
  .max(60, 'is longer than 60 characters');

/** A calendar date written as YYYY-MM-DD. */
export const IsoDate = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });

export const OfficialUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

export const TimeSensitive = z.strictObject({
  note: Text,
  recheck: IsoDate,
});

/** A statutory provision or regulator rule, cited as people write it ("AVG art. 9"). */
export const Ground = z.strictObject({
  id: Id,
  citation: nonEmpty(80),
  title: ShortText,
  summary: Text,
  url: OfficialUrl,
  reviewed: IsoDate,
  /** For authors, not shown: what was checked on the `reviewed` date, against which official source. */
  checked: nonEmpty(800).optional(),
  time_sensitive: TimeSensitive.optional(),
});
export type Ground = z.infer<typeof Ground>;

/** A court ruling (ECLI or case number) or a regulator decision. */
export const Ruling = z.strictObject({
  id: Id,
  citation: nonEmpty(120),
  body: ShortText,
  date: IsoDate,
  holding: Text,
  url: OfficialUrl,
  reviewed: IsoDate,
  /** For authors, not shown: what was checked on the `reviewed` date, against which official source. */
  checked: nonEmpty(800).optional(),
  time_sensitive: TimeSensitive.optional(),
});
export type Ruling = z.infer<typeof Ruling>;

/** Organisation contacts a route can be filled in with. */
export const ContactKey = z.enum(['or', 'vertrouwenspersoon', 'fg', 'hr']);
export type ContactKey = z.infer<typeof ContactKey>;

/** Somewhere to go next: a body inside or outside the organisation. */
export const Route = z.strictObject({
  id: Id,
  name: ShortText,
  purpose: Text,
  when: Text,
  how: Text,
  url: OfficialUrl.optional(),
  contact: ContactKey.optional(),
});
export type Route = z.infer<typeof Route>;

/** A file under knowledge/: any mix of grounds, rulings and routes. */
export const KnowledgeFile = z.strictObject({
  grounds: z.array(Ground).optional(),
  rulings: z.array(Ruling).optional(),
  routes: z.array(Route).optional(),
});
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

export const Audience = z.enum(['employee', 'manager', 'confidential_counsellor', 'works_council']);
export type Audience = z.infer<typeof Audience>;

export const Verdict = z.enum(['allowed', 'allowed_with_conditions', 'likely_not_allowed', 'not_allowed', 'depends']);
export type Verdict = z.infer<typeof Verdict>;

export const Option = z.strictObject({
  id: Id,
  label: Label,
  next: Id,
  /** What is missing when this is the answer; collected for an outcome's `if_gaps` checklist. */
  gap: ShortText.optional(),
});
export type Option = z.infer<typeof Option>;

export const Question = z.strictObject({
  question: Text,
  help: Text.optional(),
  options: z
    .array(Option)
    .min(2, 'a question needs at least 2 options')
    .max(10, 'a question can have at most 10 options'),
});
export type Question = z.infer<typeof Question>;

/** The fields a letter may name: `{organisation}`, `{date}` and `{answer:<question id>}`. */
export const LETTER_FIELDS = ['organisation', 'date', 'answer'] as const;
/** A `{field}` or `{field:argument}` placeholder in a letter body. */
export const LETTER_PLACEHOLDER = /\{([a-z_]+)(?::([a-z0-9_-]+))?\}/g;

/** A ready-to-send letter an outcome offers; {placeholders} are filled from the answers and the organisation. */
export const Letter = z.strictObject({
  title: ShortText,
  body: Text,
});
export type Letter = z.infer<typeof Letter>;

const refs = (what: string) => z.array(Id).min(1, `an outcome needs at least one ${what}`);

export const Outcome = z
  .strictObject({
    verdict: Verdict,
    summary: ShortText,
    reasoning: Text,
    conditions: z.array(Text).optional(),
    actions: z.array(Text).min(1, 'an outcome needs at least one "what you can do now" action'),
    grounds: refs('legal ground'),
    rulings: z.array(Id).optional(),
    routes: refs('escalation route'),
    letter: Letter.optional(),
    /** The outcome shown instead when any answer on the way recorded a gap; it lists every gap as a checklist. */
    if_gaps: Id.optional(),
  })
  .refine(
    (o) => !(o.verdict === 'depends' || o.verdict === 'allowed_with_conditions') || (o.conditions?.length ?? 0) > 0,
    {
      message: 'a "depends" or "allowed_with_conditions" outcome must list its conditions (what it depends on)',
      path: ['conditions'],
    },
  );
export type Outcome = z.infer<typeof Outcome>;

const words = z.array(nonEmpty(60)).min(1, 'list at least one keyword');

export const Flow = z.strictObject({
  id: Id,
  title: ShortText,
  description: ShortText,
  /** The flow a manager walks to check a monitoring tool before it is rolled out (Slack's "check a tool" shortcut). */
  tool_check: z.literal(true).optional(),
  audiences: z.array(Audience).min(1, 'list at least one audience'),
  keywords: z.strictObject({ nl: words, en: words }),
  start: Id,
  questions: z.record(Id, Question),
  outcomes: z.record(Id, Outcome),
});
export type Flow = z.infer<typeof Flow>;

const Contact = z.strictObject({
  name: nonEmpty(120),
  how: nonEmpty(300).optional(),
});
export type Contact = z.infer<typeof Contact>;

/** The organisation's own settings: who to contact, and whether there is an OR or PVT. */
export const Organisation = z.strictObject({
  name: nonEmpty(120),
  representation: z.enum(['or', 'pvt', 'none']),
  contacts: z.partialRecord(ContactKey, Contact).default({}),
});
export type Organisation = z.infer<typeof Organisation>;
