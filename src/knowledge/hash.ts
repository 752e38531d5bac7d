/**
 * A short, stable fingerprint of a value, the same in Node and in a browser (no crypto module needed). It marks
 * content versions and catches edited or truncated state values; it is not a defence against forgery: a state
 * value holds nothing secret, and it is checked against the knowledge whenever it is read.
 */
export function shortHash(value: unknown, length = 8): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  let out = '';
  for (let seed = 0; out.length < length; seed++) out += hash64(text, seed);
  return out.slice(0, length);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 64 bits from two seeded 32-bit FNV-1a lanes with a final avalanche, as 11 url-safe characters. */
function hash64(text: string, seed: number): string {
  let a = 0x811c9dc5 ^ seed;
  let b = 0x9747b28c ^ Math.imul(seed, 0x27d4eb2f);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const words = [mix(a ^ Math.imul(b, 0x9e3779b1)), mix(b ^ a)];
  let out = '';
  let bits = 0;
  let pending = 0;
  for (const word of words) {
    for (let shift = 24; shift >= 0; shift -= 8) {
      pending = (pending << 8) | ((word >>> shift) & 0xff);
      bits += 8;
      while (bits >= 6) {
        bits -= 6;
        out += ALPHABET[(pending >>> bits) & 63];
      }
    }
  }
  return out + ALPHABET[(pending << (6 - bits)) & 63];
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function mix(value: number): number {
  const a = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  const b = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (b ^ (b >>> 16)) >>> 0;
}
