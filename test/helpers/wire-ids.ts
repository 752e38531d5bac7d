/**
 * The ids Slack sends back to the app, as they appear on buttons in messages people already have. A test that
 * names them does so through here, and test/slack/ui/ids.test.ts holds the app's own ids to these: renaming
 * one is a deliberate change (old buttons stop working) made in two places.
 */
export const WIRE = {
  start: (flow: string) => `mw.go.start.${flow}`,
  anyStart: /^mw\.go\.start\./,
  option: /^mw\.go\.option\./,
  answer: /^mw\.go\.answer\./,
  asker: (id: string) => `mw.go.asker.${id}`,
  anyAsker: /^mw\.go\.asker\./,
  changeAsker: 'mw.go.change-asker',
  unknown: 'mw.go.unknown',
  back: 'mw.go.back',
  restart: 'mw.go.restart',
  pick: 'mw.pick',
  tick: 'mw.tick',
  share: 'mw.share',
  menu: 'mw.menu',
  askerMenu: (id: string) => `mw.asker.${id}`,
  lang: 'mw.lang',
  link: 'mw.link',
  shareColleague: 'mw.share.colleague',
  shareChannel: 'mw.share.channel',
} as const;
