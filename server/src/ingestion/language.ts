/** ISO 639-3 codes the detector may answer with, to the ISO 639-1 codes articles store. */
const LANGUAGES: Record<string, string> = {
  eng: 'en',
  kor: 'ko',
  jpn: 'ja',
  cmn: 'zh',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  rus: 'ru',
  ukr: 'uk',
  arb: 'ar',
  pes: 'fa',
  tur: 'tr',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  nob: 'no',
  dan: 'da',
  fin: 'fi',
  ces: 'cs',
  ell: 'el',
  heb: 'he',
  hin: 'hi',
  urd: 'ur',
  ben: 'bn',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  ron: 'ro',
  hun: 'hu',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  slk: 'sk',
  lit: 'lt',
  lvs: 'lv',
  ekk: 'et',
};

// franc is published as an ES module only: loaded once, on first use.
let detector: Promise<typeof import('franc')> | undefined;

/**
 * The language of a text as an ISO 639-1 code, detected from the text itself (`und` when
 * it is too short to tell). `declared` (the page's `lang`) settles short texts.
 */
export async function detectLanguage(text: string, declared: string | null | undefined): Promise<string> {
  const declaredCode = declared ? declared.toLowerCase().split(/[-_]/)[0]! : null;
  const sample = text.slice(0, 3000);
  if (sample.replace(/\s/g, '').length < 40) return declaredCode ?? 'und';
  detector ??= import('franc');
  const { franc } = await detector;
  const code = franc(sample, { only: Object.keys(LANGUAGES), minLength: 20 });
  return LANGUAGES[code] ?? declaredCode ?? 'und';
}
