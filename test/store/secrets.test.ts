import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyring, parseKey } from '../../src/store/secrets.js';

const TOKEN = 'xoxb-1111-2222-SeCrEtToKeN';

describe('tokens sealed at rest', () => {
  const old = randomBytes(32);
  const fresh = randomBytes(32);

  it('opens what it sealed, and the sealed form shows nothing of the token', () => {
    const ring = keyring([old]);
    const sealed = ring.seal(TOKEN, 'T0001');
    expect(sealed).not.toContain('SeCrEt');
    expect(sealed).not.toBe(ring.seal(TOKEN, 'T0001'));
    expect(ring.open(sealed, 'T0001')).toBe(TOKEN);
  });

  it('refuses a sealed token moved to another row, or changed by one bit', () => {
    const ring = keyring([old]);
    const sealed = ring.seal(TOKEN, 'T0001');
    expect(() => ring.open(sealed, 'T0002')).toThrow();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4]!, 'base64url');
    body[0]! ^= 1;
    parts[4] = body.toString('base64url');
    expect(() => ring.open(parts.join('.'), 'T0001')).toThrow();
  });

  it('after rotation opens what the old key sealed, seals with the new key, and knows what to seal again', () => {
    const before = keyring([old]).seal(TOKEN, 'T0001');
    const rotated = keyring([fresh, old]);
    expect(rotated.open(before, 'T0001')).toBe(TOKEN);
    expect(rotated.isStale(before)).toBe(true);
    const after = rotated.seal(TOKEN, 'T0001');
    expect(rotated.isStale(after)).toBe(false);
    expect(() => keyring([old]).open(after, 'T0001')).toThrow(/not configured/);
  });

  it('takes a key only as 32 bytes of base64', () => {
    expect(parseKey(old.toString('base64'))).toEqual(old);
    expect(parseKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(parseKey('correct horse battery staple')).toBeUndefined();
  });
});
