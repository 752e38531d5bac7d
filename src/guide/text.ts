/** Text normalisation shared by the router's index and its queries: case, diacritics, apostrophes, simple stems. */

const STOP_WORDS = new Set(
  (
    'de het een en of van in op aan voor met door bij naar om uit over als dat die dit deze er is zijn was wordt worden ' +
    'ik mij me mijn mn jij je jou jouw u uw we wij ons onze zij ze hun hij zij haar hem wat wie waar wanneer hoe welke ' +
    'mag mogen moet moeten kan kunnen wil willen gaat gaan doen laten heeft hebben ben bent niet wel ook nog al dan maar ' +
    'baas werkgever chef leidinggevende manager zo toch even eigenlijk gewoon zomaar iets alles ' +
    'the a an and or of to in on at for with by from as that this these those is are was be been it its ' +
    'i me my mine you your we our they their he she his her what who where when how which ' +
    'may can could should must will would do does did not no also still just about boss employer company ' +
    'allowed allow toegestaan'
  ).split(/\s+/),
);

const SUFFIXES = ['ingen', 'ings', 'ing', 'en', 'es', 's', 'e'];
const MIN_STEM = 4;

/** Lowercase, without diacritics or apostrophes ("m'n" → "mn", "café" → "cafe"), split on anything else. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1);
}

/** Strips one common Dutch or English ending and a doubled final consonant ("vingerafdrukken" → "vingerafdruk"). */
export function stem(token: string): string {
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM) {
      const base = token.slice(0, -suffix.length);
      return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
    }
  }
  return token;
}

/** The distinct stemmed content words of a text. */
export function terms(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .filter((t) => !STOP_WORDS.has(t))
        .map(stem),
    ),
  ];
}

/** Damerau-Levenshtein distance (adjacent transpositions count 1), giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
