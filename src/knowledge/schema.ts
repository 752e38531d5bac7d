import * as z from 'zod';

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

/** Who is asking: the guide words its questions and answers for them. */
export const ASKERS = [
  'employee',
  'manager',
  'confidential_counsellor',
  'works_council',
  'applicant',
  'platform_worker',
] as const;
export const Asker = z.enum(ASKERS);
export type Asker = z.infer<typeof Asker>;

export const Verdict = z.enum(['allowed', 'allowed_with_conditions', 'likely_not_allowed', 'not_allowed', 'depends']);
export type Verdict = z.infer<typeof Verdict>;

/** Variants of some texts, per asker; what a variant leaves out is the same for everyone. */
const perAsker = <T extends z.ZodType>(variant: T) => z.partialRecord(Asker, variant);

/** Where a flow goes next: one node for everyone, or a node per asker with a default for the others. */
export const Next = z.union([
  Id,
  z.strictObject({
    default: Id,
    employee: Id.optional(),
    manager: Id.optional(),
    confidential_counsellor: Id.optional(),
    works_council: Id.optional(),
    applicant: Id.optional(),
    platform_worker: Id.optional(),
  }),
]);
export type Next = z.infer<typeof Next>;

/** Words in someone's question that state this answer, per language ("in de kantine", "niet aangekondigd"). */
const Cues = z.strictObject({
  nl: z.array(nonEmpty(80)).optional(),
  en: z.array(nonEmpty(80)).optional(),
});
export type Cues = z.infer<typeof Cues>;

export const Option = z.strictObject({
  id: Id,
  label: Label,
  next: Next,
  /** What is missing when this is the answer; collected for an outcome's `if_gaps` checklist. */
  gap: ShortText.optional(),
  cues: Cues.optional(),
  for: perAsker(z.strictObject({ label: Label })).optional(),
});
export type Option = z.infer<typeof Option>;

/** Where "weet ik niet" leads, and how the person can find out (whom to ask, where to look). */
export const Unknown = z.strictObject({
  next: Next,
  find_out: Text,
  /** The button's words, when "Weet ik niet" does not fit the question ("Nog niet besloten"). */
  label: Label.optional(),
  for: perAsker(z.strictObject({ find_out: Text.optional(), label: Label.optional() })).optional(),
});
export type Unknown = z.infer<typeof Unknown>;

export const Question = z
  .strictObject({
    question: Text,
    help: Text.optional(),
    /** Several options may be chosen; each leads on to its own answer. */
    multiple: z.literal(true).optional(),
    unknown: Unknown.optional(),
    /** For authors, when "weet ik niet" cannot be offered: why not. */
    no_unknown: nonEmpty(300).optional(),
    options: z
      .array(Option)
      .min(2, 'a question needs at least 2 options')
      .max(10, 'a question can have at most 10 options'),
    for: perAsker(z.strictObject({ question: Text.optional(), help: Text.optional() })).optional(),
  })
  .refine((q) => !(q.unknown && q.no_unknown), {
    message: 'a question offers "weet ik niet" (unknown) or says why it cannot (no_unknown), not both',
    path: ['no_unknown'],
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

/** A route an outcome points to, with, where it helps, one line on why to go there for this answer. */
export const RouteRef = z.union([Id, z.strictObject({ id: Id, why: ShortText })]);
export type RouteRef = z.infer<typeof RouteRef>;

const refs = (what: string) => z.array(Id).min(1, `an outcome needs at least one ${what}`);
const routeRefs = z.array(RouteRef).min(1, 'an outcome needs at least one escalation route');

/** What an outcome may say differently to one asker: `letter: null` offers that asker no letter. */
const OutcomeVariant = z.strictObject({
  summary: ShortText.optional(),
  reasoning: Text.optional(),
  conditions: z.array(Text).optional(),
  actions: z.array(Text).min(1).optional(),
  routes: routeRefs.optional(),
  letter: Letter.nullable().optional(),
});
export type OutcomeVariant = z.infer<typeof OutcomeVariant>;

const outcomeFields = {
  verdict: Verdict,
  summary: ShortText,
  reasoning: Text,
  conditions: z.array(Text).optional(),
  actions: z.array(Text).min(1, 'an outcome needs at least one "what you can do now" action'),
  grounds: refs('legal ground'),
  rulings: z.array(Id).optional(),
  routes: routeRefs,
  letter: Letter.optional(),
  /** The outcome shown instead when any answer on the way recorded a gap; it lists every gap as a checklist. */
  if_gaps: Id.optional(),
  for: perAsker(OutcomeVariant).optional(),
};

const needsConditions = (o: { verdict: Verdict; conditions?: unknown[] }) =>
  !(o.verdict === 'depends' || o.verdict === 'allowed_with_conditions') || (o.conditions?.length ?? 0) > 0;
const conditionsMessage = {
  message: 'a "depends" or "allowed_with_conditions" outcome must list its conditions (what it depends on)',
  path: ['conditions'],
};

export const Outcome = z.strictObject(outcomeFields).refine(needsConditions, conditionsMessage);
export type Outcome = z.infer<typeof Outcome>;

/** A conclusion written once under knowledge/ and used by several flows, so the same facts get the same answer. */
export const Conclusion = z.strictObject({ id: Id, ...outcomeFields }).refine(needsConditions, conditionsMessage);
export type Conclusion = z.infer<typeof Conclusion>;

/** In a flow: an outcome of its own, or a shared conclusion by id. */
export const OutcomeSpec = z.union([z.strictObject({ use: Id }), Outcome]);
export type OutcomeSpec = z.infer<typeof OutcomeSpec>;

/** Words that tell who is asking ("we willen invoeren" is a manager, "mijn baas" an employee). */
export const AskerCues = z.strictObject({ id: Asker, cues: Cues });
export type AskerCues = z.infer<typeof AskerCues>;

/** An abbreviation and its long forms, which the router treats as one word: OR, ondernemingsraad, works council. */
export const Term = z.strictObject({
  forms: z.array(nonEmpty(60)).min(2, 'a term needs at least two forms'),
  /** Forms that count only as written, so the English "or" is not the Dutch OR. */
  match_case: z.array(nonEmpty(20)).optional(),
});
export type Term = z.infer<typeof Term>;

/** A file under knowledge/: any mix of grounds, rulings, routes, shared conclusions, asker cues and terms. */
export const KnowledgeFile = z.strictObject({
  grounds: z.array(Ground).optional(),
  rulings: z.array(Ruling).optional(),
  routes: z.array(Route).optional(),
  conclusions: z.array(Conclusion).optional(),
  askers: z.array(AskerCues).optional(),
  terms: z.array(Term).optional(),
});
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

const words = z.array(nonEmpty(60)).min(1, 'list at least one keyword');

/** A flow as written in flows/*.yml. */
export const FlowSpec = z.strictObject({
  id: Id,
  title: ShortText,
  description: ShortText,
  /** The flow a manager walks to check a monitoring tool before it is rolled out (Slack's "check a tool" shortcut). */
  tool_check: z.literal(true).optional(),
  askers: z.array(Asker).min(1, 'list at least one asker'),
  keywords: z.strictObject({ nl: words, en: words }),
  start: Next,
  questions: z.record(Id, Question),
  outcomes: z.record(Id, OutcomeSpec),
});
export type FlowSpec = z.infer<typeof FlowSpec>;

/** A flow with every shared conclusion filled in: what the guide walks. */
export type Flow = Omit<FlowSpec, 'outcomes'> & { outcomes: Record<string, Outcome> };

const Contact = z.strictObject({
  name: nonEmpty(120),
  how: nonEmpty(300).optional(),
});
export type Contact = z.infer<typeof Contact>;

/** A link people may follow from an answer: http(s), and nothing that would break Slack's link syntax. */
const webAddress = () =>
  z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
    .regex(/^[^\s<>|]+$/, 'must be a web address without spaces or <, > and |')
    .optional();

/** The organisation's own settings: who to contact, and whether there is an OR or PVT. */
export const Organisation = z.strictObject({
  name: nonEmpty(120),
  representation: z.enum(['or', 'pvt', 'none']),
  contacts: z.partialRecord(ContactKey, Contact).default({}),
  /** The organisation's own self-help pages (an intranet page on monitoring, the privacy statement). */
  help_url: webAddress(),
  /** Where the organisation publishes the guide's web pages (`monitorwijzer site`); shared explanations link there. */
  site_url: webAddress(),
});
export type Organisation = z.infer<typeof Organisation>;
