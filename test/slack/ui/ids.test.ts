import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  askerValue,
  goAction,
  readAsker,
  readLang,
  SHARE_INPUT,
  tickBlock,
} from '../../../src/slack/ui/ids.js';
import { WIRE } from '../../helpers/wire-ids.js';

describe('wire ids', () => {
  it('are the ones on the buttons people already have', () => {
    expect(goAction('start', 'biometrics')).toBe(WIRE.start('biometrics'));
    expect(goAction('option', 'till')).toMatch(WIRE.option);
    expect(goAction('answer', 0)).toMatch(WIRE.answer);
    expect(goAction('asker', 'manager')).toBe(WIRE.asker('manager'));
    expect(goAction('change-asker')).toBe(WIRE.changeAsker);
    expect(goAction('unknown')).toBe(WIRE.unknown);
    expect([goAction('back'), goAction('restart')]).toEqual([WIRE.back, WIRE.restart]);
    expect([ACTIONS.pick, ACTIONS.tick, ACTIONS.share, ACTIONS.menu, ACTIONS.lang, ACTIONS.link]).toEqual([
      WIRE.pick,
      WIRE.tick,
      WIRE.share,
      WIRE.menu,
      WIRE.lang,
      WIRE.link,
    ]);
    expect(`${ACTIONS.asker}.manager`).toBe(WIRE.askerMenu('manager'));
    expect([SHARE_INPUT.colleague.action, SHARE_INPUT.channel.action]).toEqual([
      WIRE.shareColleague,
      WIRE.shareChannel,
    ]);
  });

  it('carry small values that read back safely, whatever arrives', () => {
    expect(readAsker(askerValue('en', 'works_council'))).toEqual({ lang: 'en', asker: 'works_council' });
    expect(readAsker('xx:ceo')).toEqual({ lang: 'nl', asker: 'employee' });
    expect(readLang(undefined)).toBe('nl');
    expect(tickBlock('a')).toMatch(/^mw\.tick\.[\w-]{8}$/);
  });
});
