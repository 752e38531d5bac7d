import { defineMessages } from './catalogue.js';

/** What the web pages say around the guide: the start page, search, navigation and the letter. Dutch first. */
export const web = defineMessages({
  siteTitle: { nl: 'monitorwijzer: mag je werkgever dat?', en: 'monitorwijzer: may your employer do that?' },
  intro: {
    nl: 'Wat mag een werkgever in Nederland wel en niet controleren? Vingerafdrukken, camera’s, trackers op je laptop, klantbeoordelingen en meer. Beantwoord een paar korte vragen en krijg uitleg met de wetsartikelen en uitspraken erbij, en waar je terechtkunt.',
    en: 'What may an employer in the Netherlands monitor, and what not? Fingerprints, cameras, trackers on your laptop, customer ratings and more. Answer a few short questions and get an explanation with the legal provisions and rulings behind it, and where to go next.',
  },
  privacy: {
    nl: 'Je antwoorden blijven in deze pagina en in het adres erachter (na de #): ze gaan naar geen enkele server.',
    en: 'Your answers stay in this page and in the address after the #: they go to no server at all.',
  },
  searchLabel: { nl: 'Typ je vraag in je eigen woorden', en: 'Type your question in your own words' },
  searchExample: {
    nl: 'bijvoorbeeld: mag mijn baas mijn vingerafdruk gebruiken voor de kassa',
    en: 'for example: may my boss use my fingerprint for the till',
  },
  search: { nl: 'Zoek', en: 'Search' },
  startByAsker: { nl: 'Of begin bij wie je bent', en: 'Or start with who you are' },
  otherLanguage: { nl: 'English', en: 'Nederlands' },
  otherLanguageName: { nl: 'Read this in English', en: 'Lees dit in het Nederlands' },
  skipToContent: { nl: 'Naar de inhoud', en: 'Skip to content' },
  stepsNav: { nl: 'Verder in de uitleg', en: 'Moving through the explanation' },
  back: { nl: 'Terug', en: 'Back' },
  restart: { nl: 'Opnieuw', en: 'Start again' },
  allTopics: { nl: 'Alle onderwerpen', en: 'All topics' },
  changeAsker: { nl: 'Iemand anders vraagt', en: 'Someone else is asking' },
  print: { nl: 'Afdrukken', en: 'Print' },
  copy: { nl: 'Kopieer de brief', en: 'Copy the letter' },
  copied: { nl: 'De brief staat op je klembord.', en: 'The letter is on your clipboard.' },
  copyFailed: {
    nl: 'Kopiëren lukte niet: de brief is geselecteerd, kopieer hem met Ctrl+C.',
    en: 'Copying did not work: the letter is selected, copy it with Ctrl+C.',
  },
  letterNote: {
    nl: 'Vul aan wat tussen [ ] staat en stuur de brief zelf: deze pagina verstuurt niets.',
    en: 'Fill in what is between [ ] and send the letter yourself: this page sends nothing.',
  },
  tickOne: {
    nl: 'Vink minstens één antwoord aan, of kies ‘Weet ik niet’.',
    en: 'Tick at least one answer, or choose “I don’t know”.',
  },
  sources: { nl: 'Bronnen', en: 'Sources' },
  overview: { nl: 'Alle vragen en uitkomsten van dit onderwerp', en: 'Every question and outcome of this topic' },
  overviewNote: {
    nl: 'Zonder JavaScript zie je hier alle vragen en uitkomsten op een rij. Met JavaScript leidt de pagina je er vraag voor vraag doorheen.',
    en: 'Without JavaScript you see every question and outcome here at once. With JavaScript the page guides you through them one question at a time.',
  },
  questions: { nl: 'Vragen', en: 'Questions' },
  outcomes: { nl: 'Uitkomsten', en: 'Outcomes' },
  leadsTo: { nl: 'leidt naar', en: 'leads to' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  verdict: { nl: 'Oordeel', en: 'Verdict' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  noScriptSearch: {
    nl: 'Zoeken werkt met JavaScript; kies anders hieronder een onderwerp.',
    en: 'Search needs JavaScript; otherwise choose a topic below.',
  },
});
