import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Tokens at rest: AES-256-GCM with a fresh 96-bit nonce per value, bound to the row it belongs to (the
 * additional data), so a sealed token copied onto another installation's row does not open. A sealed
 * value names its key by a short fingerprint: keys can be rotated by putting a new key first; the old
 * ones still open what they sealed, and everything written from then on uses the new one.
 *
 * Sealed form: `v1.<key fingerprint>.<nonce>.<tag>.<ciphertext>`, each part base64url.
 */

const VERSION = 'v1';
export const KEY_BYTES = 32;

export interface Keyring {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
  /** Sealed with a key other than the newest: worth sealing again. */
  isStale(sealed: string): boolean;
}

/** A key as configured (MONITORWIJZER_SECRET_KEY): 32 bytes in base64, or nothing if it is not one. */
export function parseKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}

const fingerprint = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);

/** The newest key first: it seals; every key opens what it sealed. */
export function keyring(keys: readonly Buffer[]): Keyring {
  const [newest] = keys;
  if (!newest) throw new Error('a keyring needs at least one key');
  const byFingerprint = new Map(keys.map((key) => [fingerprint(key), key]));
  const newestId = fingerprint(newest);
  return {
    seal(plain, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', newest, nonce).setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, newestId, nonce, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed, context) {
      const [version, keyId, nonce, tag, ciphertext] = sealed.split('.');
      const key = byFingerprint.get(keyId ?? '');
      if (version !== VERSION || !key || nonce === undefined || tag === undefined || ciphertext === undefined)
        throw new Error('a stored secret was sealed with a key that is not configured (MONITORWIJZER_SECRET_KEY)');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'))
        .setAAD(Buffer.from(context))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    isStale: (sealed) => sealed.split('.')[1] !== newestId,
  };
}
