import { defineMessages } from './catalogue.js';

/** What the app says in Slack: its intro, buttons, sharing, help and privacy notice. Dutch first. */
export const slack = defineMessages({
  intro: {
    nl: 'Mag je werkgever dat? Ik help je uitzoeken wat een werkgever in Nederland wel en niet mag controleren: vingerafdrukken, camera’s, trackers op je laptop, klantbeoordelingen en meer. Je beantwoordt een paar korte vragen en krijgt uitleg met de wetsartikelen en uitspraken erbij, en waar je terechtkunt.',
    en: 'May your employer do that? I help you find out what an employer in the Netherlands may and may not monitor: fingerprints, cameras, trackers on your laptop, customer ratings and more. You answer a few short questions and get an explanation with the legal provisions and rulings behind it, and where to go next.',
  },
  notAdvice: {
    nl: 'Ik geef algemene informatie over de regels, geen juridisch advies. Twijfel je over jouw situatie, neem dan contact op met een van de instanties die ik noem.',
    en: 'I give general information about the rules, not legal advice. If you are unsure about your own situation, contact one of the bodies I point you to.',
  },
  startByAsker: { nl: 'Begin bij wie je bent', en: 'Start with who you are' },
  settings: {
    button: { nl: 'Instellingen', en: 'Settings' },
    home: {
      nl: '*Instellingen voor je organisatie*: de naam, of er een OR of PVT is, de contactpersonen, de eigen hulppagina en de standaardtaal. Alleen wie de app installeerde en wie zij aanwijzen zien dit.',
      en: '*Settings for your organisation*: its name, whether it has a works council or PVT, the contacts, its own help page and the default language. Only whoever installed the app, and the people they name, see this.',
    },
    title: { nl: 'Instellingen', en: 'Settings' },
    save: { nl: 'Opslaan', en: 'Save' },
    intro: {
      nl: 'Antwoorden noemen deze contacten naast de algemene route. Laat leeg wat je organisatie niet heeft.',
      en: 'Answers name these contacts next to the general route. Leave empty what your organisation does not have.',
    },
    name: { nl: 'Naam van de organisatie', en: 'Name of the organisation' },
    representation: { nl: 'Medezeggenschap', en: 'Employee representation' },
    or: { nl: 'Ondernemingsraad (OR)', en: 'Works council (OR)' },
    pvt: { nl: 'Personeelsvertegenwoordiging (PVT)', en: 'Staff representation (PVT)' },
    none: { nl: 'Geen van beide', en: 'Neither' },
    contactName: { nl: '{contact}: naam', en: '{contact}: name' },
    contactHow: { nl: '{contact}: hoe bereik je ze', en: '{contact}: how to reach them' },
    contacts: {
      or: { nl: 'OR', en: 'Works council' },
      vertrouwenspersoon: { nl: 'Vertrouwenspersoon', en: 'Confidential counsellor' },
      fg: { nl: 'Functionaris gegevensbescherming', en: 'Data protection officer' },
      hr: { nl: 'HR', en: 'HR' },
    },
    helpUrl: { nl: 'Eigen hulppagina (webadres)', en: 'Own help page (web address)' },
    lang: { nl: 'Standaardtaal', en: 'Default language' },
    editors: { nl: 'Wie mogen dit ook aanpassen', en: 'Who else may change this' },
    counting: { nl: 'Jaaroverzicht', en: 'Annual overview' },
    countingOn: {
      nl: 'Tel anoniem per onderwerp voor het jaarverslag',
      en: 'Count anonymously per topic for the annual report',
    },
    countingWhat: {
      nl: 'Per kwartaal en onderwerp: gestarte gesprekken en bereikte antwoorden per soort uitkomst. Nooit wie, waar of wat. Uitzetten wist de tellingen.',
      en: 'Per quarter and topic: conversations started and answers reached by kind of outcome. Never who, where or what. Switching off deletes the counts.',
    },
    confidant: {
      nl: 'Vertrouwenspersoon in Slack (mag het jaaroverzicht zien)',
      en: 'Confidential counsellor in Slack (may see the annual overview)',
    },
    saved: {
      nl: 'Opgeslagen. Antwoorden gebruiken de nieuwe instellingen meteen.',
      en: 'Saved. Answers use the new settings right away.',
    },
    notAllowed: {
      nl: 'Alleen wie monitorwijzer installeerde, en wie zij aanwijzen, kunnen de instellingen aanpassen.',
      en: 'Only whoever installed monitorwijzer, and the people they name, can change the settings.',
    },
    required: { nl: 'Vul dit in.', en: 'Please fill this in.' },
    tooLong: { nl: 'Te lang: hoogstens {max} tekens.', en: 'Too long: at most {max} characters.' },
    url: { nl: 'Geen geldig webadres: begin met https://', en: 'Not a valid web address: start with https://' },
    invalid: { nl: 'Dit klopt niet.', en: 'This is not valid.' },
  },
  moreInDetails: { nl: 'en nog {count} onder ‘Waarom en bronnen’', en: 'and {count} more under “Why, and sources”' },
  letterCopy: {
    nl: 'Kopieer de brief, vul aan wat tussen [ ] staat en stuur hem zelf: monitorwijzer verstuurt niets.',
    en: 'Copy the letter, fill in what is between [ ] and send it yourself: monitorwijzer sends nothing.',
  },
  sharedDetails: { nl: 'De hele uitleg met alle bronnen', en: 'The whole explanation with every source' },
  tickOne: {
    nl: 'Vink minstens één antwoord aan, of kies ‘Weet ik niet’.',
    en: 'Tick at least one answer, or choose “I don’t know”.',
  },
  menuIntro: {
    nl: 'Waar gaat je vraag over? Kies een onderwerp, of typ je vraag achter /monitorwijzer.',
    en: 'What is your question about? Choose a topic, or type your question after /monitorwijzer.',
  },
  start: { nl: 'Start', en: 'Start' },
  back: { nl: 'Terug', en: 'Back' },
  restart: { nl: 'Opnieuw', en: 'Start again' },
  otherTopic: { nl: 'Ander onderwerp', en: 'Other topic' },
  share: { nl: 'Deel deze uitleg', en: 'Share this explanation' },
  close: { nl: 'Sluiten', en: 'Close' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  shareSubmit: { nl: 'Delen', en: 'Share' },
  shareIntro: {
    nl: 'Je deelt alleen de algemene uitleg van *{title}*, nooit jouw antwoorden. Kies een collega of een kanaal.',
    en: 'You share only the general explanation of *{title}*, never your answers. Choose a colleague or a channel.',
  },
  shareColleague: { nl: 'Naar een collega', en: 'To a colleague' },
  shareChannel: { nl: 'In een kanaal', en: 'In a channel' },
  shareChooseOne: {
    nl: 'Kies een collega of een kanaal (één van de twee).',
    en: 'Choose a colleague or a channel (one of the two).',
  },
  sharedBy: {
    nl: '<@{user}> deelt deze uitleg van monitorwijzer. Wil je zelf nagaan wat er in jouw situatie geldt? Typ /monitorwijzer of stuur monitorwijzer een privébericht.',
    en: '<@{user}> shares this explanation from monitorwijzer. Want to check what applies in your own situation? Type /monitorwijzer or send monitorwijzer a direct message.',
  },
  shareDone: { nl: 'De uitleg is gedeeld met {target}.', en: 'The explanation was shared with {target}.' },
  shareSending: { nl: 'Bezig met delen…', en: 'Sharing…' },
  shareNotInChannel: {
    nl: 'Ik ben geen lid van dat kanaal. Nodig me daar eerst uit (/invite @monitorwijzer) of kies een ander kanaal.',
    en: 'I am not a member of that channel. Invite me there first (/invite @monitorwijzer) or choose another channel.',
  },
  shareFailed: {
    nl: 'Delen lukte niet. Probeer het later opnieuw.',
    en: 'Sharing did not work. Please try again later.',
  },
  onlyYou: { nl: 'Alleen jij ziet dit antwoord.', en: 'Only you can see this answer.' },
  dmInvite: {
    nl: 'Liever verder in een privégesprek? Stuur me een direct bericht; daar ziet niemand anders je vraag.',
    en: 'Rather continue in private? Send me a direct message; nobody else sees your question there.',
  },
  openDm: { nl: 'Open privégesprek', en: 'Open direct message' },
  checkToolIntro: {
    nl: 'Wil je een monitoringtool invoeren? Kies het onderwerp dat er het beste bij past.',
    en: 'Planning to introduce a monitoring tool? Choose the topic that fits best.',
  },
  language: { nl: 'Taal', en: 'Language' },
  langUsage: {
    nl: 'Kies een taal met `/monitorwijzer lang nl` of `/monitorwijzer lang en`.',
    en: 'Choose a language with `/monitorwijzer lang nl` or `/monitorwijzer lang en`.',
  },
  restartFlow: { nl: 'Begin opnieuw', en: 'Start again' },
  toMenu: { nl: 'Naar de onderwerpen', en: 'To the topics' },
  slackBusy: {
    nl: 'Slack is even te druk. Probeer het over {seconds} seconden opnieuw.',
    en: 'Slack is busy right now. Please try again in {seconds} seconds.',
  },
  slackFailed: {
    nl: 'Er ging iets mis bij Slack. Probeer het opnieuw.',
    en: 'Something went wrong at Slack. Please try again.',
  },
  help: {
    nl: [
      '*Zo gebruik je monitorwijzer*',
      '• `/monitorwijzer` toont de onderwerpen, per doelgroep.',
      '• `/monitorwijzer <je vraag>`, bijvoorbeeld `/monitorwijzer vingerafdruk bij de kassa`, zoekt het onderwerp dat past.',
      '• `/monitorwijzer privacy` laat zien wat ik met je gegevens doe.',
      '• `/monitorwijzer lang en` schakelt naar het Engels, `/monitorwijzer lang nl` naar het Nederlands.',
      '• Stuur me een privébericht met je vraag, of open mijn Home-tab.',
      'In een kanaal ziet alleen jij mijn antwoorden.',
    ].join('\n'),
    en: [
      '*How to use monitorwijzer*',
      '• `/monitorwijzer` shows the topics, by audience.',
      '• `/monitorwijzer <your question>`, for example `/monitorwijzer fingerprint at the till`, finds the topic that fits.',
      '• `/monitorwijzer privacy` shows what I do with your data.',
      '• `/monitorwijzer lang en` switches to English, `/monitorwijzer lang nl` to Dutch.',
      '• Send me a direct message with your question, or open my Home tab.',
      'In a channel, only you see my answers.',
    ].join('\n'),
  },
  privacy: {
    nl: [
      '*Privacy*',
      'monitorwijzer verwerkt alleen wat nodig is om je op dat moment te antwoorden: de tekst van je vraag of van het bericht dat je aan mij voorlegt, de knoppen die je kiest, en je Slack-gebruikers-ID en kanaal-ID om het antwoord bij jou te krijgen.',
      '• Ik bewaar niets: geen gesprekken, geen antwoorden, geen profielen. Waar je bent in een uitleg staat alleen in de knoppen van je eigen bericht.',
      '• Mijn logboeken bevatten geen berichttekst, geen gebruikers- of kanaal-ID’s en geen antwoorden.',
      '• In een kanaal ziet alleen jij mijn antwoorden. Deel je een uitleg, dan deel ik alleen de algemene uitleg, nooit jouw antwoorden.',
      '• Berichten in je privégesprek met mij bewaart Slack zelf, volgens de bewaarinstellingen van je organisatie, net als andere berichten.',
    ].join('\n'),
    en: [
      '*Privacy*',
      'monitorwijzer processes only what it needs to answer you at that moment: the text of your question or of the message you ask me about, the buttons you choose, and your Slack user ID and channel ID to get the answer to you.',
      '• I store nothing: no conversations, no answers, no profiles. Where you are in an explanation lives only in the buttons of your own message.',
      '• My logs contain no message text, no user or channel IDs and no answers.',
      '• In a channel, only you see my answers. If you share an explanation, I share only the general explanation, never your answers.',
      '• Messages in your direct conversation with me are kept by Slack itself, under your organisation’s retention settings, like any other message.',
    ].join('\n'),
  },
});
