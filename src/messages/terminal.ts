import { defineMessages } from './catalogue.js';

/** What the terminal guide and the command line say around the shared views. Dutch first. */
export const terminal = defineMessages({
  intro: {
    nl: 'monitorwijzer: wat mag je werkgever wel en niet controleren?\nKies wie je bent met een nummer, of typ je vraag in je eigen woorden.',
    en: 'monitorwijzer: what may your employer monitor, and what not?\nChoose who you are by number, or type your question in your own words.',
  },
  keys: {
    nl: '(nummer = kiezen, ? = weet ik niet, b = terug, r = opnieuw, m = menu, q = stoppen)',
    en: '(number = choose, ? = I don’t know, b = back, r = restart, m = menu, q = quit)',
  },
  severalHint: {
    nl: 'Meerdere antwoorden? Typ hun nummers met komma’s, bijvoorbeeld 1,3.',
    en: 'Several answers? Type their numbers with commas, for example 1,3.',
  },
  changeAskerKey: { nl: 'a = wijzig', en: 'a = change' },
  starting: { nl: 'Onderwerp: {title}', en: 'Topic: {title}' },
  notUnderstood: {
    nl: 'Dat begreep ik niet. Typ een nummer uit de lijst (of meerdere, zoals 1,3), ? of een letter: b, r, m of q.',
    en: 'I did not understand that. Type a number from the list (or several, such as 1,3), ? or a letter: b, r, m or q.',
  },
  done: {
    nl: 'u = waarom en bronnen, h = alle routes, l = voorbeeldbrief · r = opnieuw, b = laatste antwoord wijzigen, m = menu, q = stoppen.',
    en: 'u = why, and sources, h = all routes, l = sample letter · r = restart, b = change the last answer, m = menu, q = quit.',
  },
  bye: { nl: 'Tot ziens.', en: 'Goodbye.' },
  askNoMatch: {
    nl: 'Geen onderwerp past goed. Zie `monitorwijzer flows` voor de lijst.',
    en: 'No topic fits well. See `monitorwijzer flows` for the list.',
  },
});
