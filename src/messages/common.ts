import { defineMessages } from './catalogue.js';

/** Words every surface shows around the knowledge's own texts: verdicts, headings, progress, notices. Dutch first. */
export const common = defineMessages({
  verdict: {
    allowed: { nl: 'Toegestaan', en: 'Allowed' },
    allowed_with_conditions: { nl: 'Toegestaan onder voorwaarden', en: 'Allowed under conditions' },
    likely_not_allowed: { nl: 'Waarschijnlijk niet toegestaan', en: 'Likely not allowed' },
    not_allowed: { nl: 'Niet toegestaan', en: 'Not allowed' },
    depends: { nl: 'Hangt ervan af', en: 'It depends' },
  },
  asker: {
    employee: { nl: 'Werknemer', en: 'Employee' },
    manager: { nl: 'Leidinggevende of HR', en: 'Manager or HR' },
    confidential_counsellor: { nl: 'Vertrouwenspersoon', en: 'Confidential counsellor' },
    works_council: { nl: 'OR-lid', en: 'Works council member' },
    applicant: { nl: 'Sollicitant', en: 'Job applicant' },
    platform_worker: {
      nl: 'Platformwerker (bezorger, chauffeur via een app)',
      en: 'Platform worker (courier, driver via an app)',
    },
  },
  whoAsks: {
    nl: 'Wie stelt de vraag? Dan krijg je de uitleg die bij jou past.',
    en: 'Who is asking? Then you get the explanation that fits you.',
  },
  askingAs: { nl: 'Je vraagt als: {asker}', en: 'You are asking as: {asker}' },
  unknown: { nl: 'Weet ik niet', en: "I don't know" },
  fromQuestion: { nl: 'Uit je vraag', en: 'From your question' },
  change: { nl: 'Wijzig', en: 'Change' },
  severalAnswers: { nl: 'Kies alles wat van toepassing is.', en: 'Choose everything that applies.' },
  continue: { nl: 'Verder', en: 'Continue' },
  open: {
    nl: 'Wat nog onzeker is, en hoe je erachter komt',
    en: 'What is still uncertain, and how to find out',
  },
  practices: { nl: 'Per onderdeel', en: 'Per practice' },
  goFirst: { nl: 'Waar je eerst heen kunt', en: 'Where to go first' },
  detailsWhy: { nl: 'Waarom en bronnen', en: 'Why, and sources' },
  detailsRoutes: { nl: 'Alle routes', en: 'All routes' },
  detailsLetter: { nl: 'Voorbeeldbrief', en: 'Sample letter' },
  noLetter: { nl: 'Bij dit antwoord hoort geen voorbeeldbrief.', en: 'This answer comes without a sample letter.' },
  clarify: { nl: 'Gaat je vraag over een van deze onderwerpen?', en: 'Is your question about one of these topics?' },
  progress: { nl: 'vraag {current} van ongeveer {total}', en: 'question {current} of about {total}' },
  conditions: {
    depends: { nl: 'Waar het van afhangt', en: 'What it depends on' },
    other: { nl: 'Voorwaarden en aandachtspunten', en: 'Conditions and points to watch' },
  },
  why: { nl: 'Waarom', en: 'Why' },
  topicsFor: { nl: 'Onderwerpen voor: {asker}', en: 'Topics for: {asker}' },
  allTopics: { nl: 'Alle onderwerpen', en: 'All topics' },
  matches: { nl: 'Deze onderwerpen passen bij je vraag:', en: 'These topics fit your question:' },
  gaps: { nl: 'Wat nog ontbreekt', en: 'What is still missing' },
  actions: { nl: 'Wat je nu kunt doen', en: 'What you can do now' },
  grounds: { nl: 'Wettelijke grondslag', en: 'Legal grounds' },
  rulings: { nl: 'Uitspraken en besluiten', en: 'Rulings and decisions' },
  routes: { nl: 'Waar kun je terecht', en: 'Where to go' },
  yourAnswers: { nl: 'Jouw antwoorden', en: 'Your answers' },
  letter: { nl: 'Voorbeeldbrief om te kopiëren', en: 'Sample letter to copy' },
  reviewed: { nl: 'Bronnen laatst nagekeken op {date}.', en: 'Sources last reviewed on {date}.' },
  recheck: { nl: 'Let op, dit kan veranderen: {note}', en: 'Note, this may change: {note}' },
  disclaimer: {
    nl: 'Dit is algemene informatie, geen juridisch advies voor jouw situatie.',
    en: 'This is general information, not legal advice for your situation.',
  },
  orgContact: { nl: 'Bij {organisation}: {name}', en: 'At {organisation}: {name}' },
  helpSite: { nl: 'Meer hulp van {organisation}', en: 'More help from {organisation}' },
  noWorksCouncil: {
    nl: 'Volgens de instellingen heeft {organisation} geen OR{pvt}.',
    en: 'According to the settings, {organisation} has no works council{pvt}.',
  },
  pvtNote: {
    nl: ' maar een PVT; een PVT heeft geen instemmingsrecht over monitoring',
    en: ' but a PVT (staff representation), which has no consent right over monitoring',
  },
  noMatch: {
    nl: 'Ik vond geen onderwerp dat goed past bij je vraag. Kies een onderwerp uit de lijst:',
    en: 'I found no topic that fits your question well. Choose a topic from the list:',
  },
  stateErrors: {
    outdated: {
      nl: 'Deze uitleg is bijgewerkt sinds je begon. Begin opnieuw om de actuele versie te zien.',
      en: 'This guidance was updated since you started. Start again to see the current version.',
    },
    unknown: {
      nl: 'Dit onderwerp bestaat niet (meer). Kies een onderwerp uit de lijst.',
      en: 'This topic does not exist (any more). Choose a topic from the list.',
    },
    invalid: {
      nl: 'Deze knop werkt niet meer. Begin opnieuw.',
      en: 'This button no longer works. Please start again.',
    },
  },
});
