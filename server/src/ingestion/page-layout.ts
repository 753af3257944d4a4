import { readDateLine, type NumericOrder } from './date-reading';
import { bylineAuthors, furnitureOf, isPhotoCredit, RELATED_LABEL, RELATED_PREFIX, RELATED_SUFFIX, type Furniture, type FurnitureKind } from './furniture';
import { MarkupRole, type PageLine, squash } from './page-lines';

export type LineKind = 'TITLE' | 'PROSE' | FurnitureKind;

/** A line of the page with what it was taken for, and why. */
export interface LaidOutLine {
  readonly text: string;
  readonly kind: LineKind;
  readonly reason: string;
}

export interface PageLayout {
  /** The headline, or null when no line reads as one. */
  readonly title: string | null;
  /** Every line, in page order. */
  readonly lines: readonly LaidOutLine[];
  readonly paragraphs: readonly string[];
  /** People the bylines name. */
  readonly authors: readonly string[];
}

export interface LayoutHints {
  /** The headline the publisher declares, when the page is HTML. */
  readonly declaredTitle?: string | null;
  readonly declaredAuthors?: readonly string[];
  /** ISO 639-1 code of the page's language. */
  readonly language: string;
  readonly numericOrder: NumericOrder;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words in a line; for scripts written without spaces, about one word per two characters. */
function wordCount(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  const cjk = (text.match(new RegExp(CJK.source, 'gu')) ?? []).length;
  return cjk > text.length / 3 ? Math.round(cjk / 2) : spaced;
}

const endsSentence = (text: string): boolean => /[.!?…。！？][\s"”’')\]」』]*$/.test(text);
/** Reads as article prose by its shape: a sentence of some length, or a long run of words. */
const proseShaped = (text: string): boolean => (wordCount(text) >= 8 && endsSentence(text)) || wordCount(text) >= 20;
/** Reads as a headline: several words, not ending in a full stop. */
const headlineShaped = (text: string): boolean => {
  const words = wordCount(text);
  return words >= 3 && words <= 40 && !/[.。]["”’)]?$/.test(text);
};

const STOPWORDS = new Set(
  'the a an and or of to in on at for from by with as is are was were be been has have had it its this that these those after before over under into about says said will would could new not but than'.split(
    ' ',
  ),
);

/** Content words (or, for scripts without spaces, character pairs) for comparing a headline with the text. */
function terms(text: string): Set<string> {
  if (CJK.test(text)) {
    const letters = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
    return new Set(letters.slice(0, -1).map((letter, index) => letter + letters[index + 1]));
  }
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 2 && !STOPWORDS.has(word)).map((word) => word.slice(0, 5)));
}

const shareOf = (part: Set<string>, whole: Set<string>): number => (part.size === 0 ? 0 : [...part].filter((term) => whole.has(term)).length / part.size);

const normalisedTitle = (text: string): string =>
  squash(text)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"');

/** Share of a line's letters in the page's main script: a stray line in another script scores low. */
function sameScriptShare(text: string, mainScriptIsLatin: boolean): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 1;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length / letters.length;
  return mainScriptIsLatin ? latin : 1 - latin;
}

/**
 * Where the headline is: the line matching the declared headline, or else the line before
 * the article's first paragraph that reads like a headline and shares the most words with
 * the opening paragraphs. Navigation, section names and date stamps never qualify.
 */
function findTitle(lines: readonly PageLine[], furniture: readonly (Furniture | undefined)[], hints: LayoutHints, dateLines: readonly boolean[]): number {
  if (hints.declaredTitle) {
    const declared = normalisedTitle(hints.declaredTitle);
    const exact = lines.findIndex((line) => normalisedTitle(line.text) === declared);
    if (exact >= 0) return exact;
    const declaredTerms = terms(hints.declaredTitle);
    let best = -1;
    let bestScore = 0.6;
    lines.forEach((line, index) => {
      const lineTerms = terms(line.text);
      const score = Math.min(shareOf(declaredTerms, lineTerms), shareOf(lineTerms, declaredTerms));
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    if (best >= 0) return best;
  }
  const paragraphs = lines.flatMap((line, index) =>
    !furniture[index] && !dateLines[index] && proseShaped(line.text) && wordCount(line.text) >= 12 ? [index] : [],
  );
  // Usually the headline precedes the first paragraph; a cookie notice or a promotion reading like prose can come first.
  for (const firstProse of [...paragraphs.slice(0, 3), lines.length]) {
    const opening = terms(
      paragraphs
        .filter((index) => index >= firstProse)
        .slice(0, 3)
        .map((index) => lines[index]!.text)
        .join(' '),
    );
    const candidates: { index: number; score: number }[] = [];
    for (let index = 0; index < firstProse; index++) {
      const text = lines[index]!.text;
      if (dateLines[index] || !headlineShaped(text) || wordCount(text) < 4) continue;
      // A headline may carry a label ("Analysis: …", "… – live") that marks links to other stories.
      if (furniture[index] && !RELATED_PREFIX.test(text) && !RELATED_SUFFIX.test(text)) continue;
      if (RELATED_LABEL.test(text)) continue;
      // A tagline or a promotion sits among the site's menus; the headline is followed by its byline, date, standfirst or text.
      const following = lines[index + 1]?.text ?? '';
      const amongMenus =
        following !== '' &&
        !dateLines[index + 1] &&
        furniture[index + 1]?.kind !== 'META' &&
        (wordCount(following) === 1 || (wordCount(following) < 4 && !NAME_LINE.test(following)));
      candidates.push({ index, score: shareOf(terms(text), opening) * (amongMenus ? 0.3 : 1) });
    }
    if (candidates.length === 0) continue;
    const top = Math.max(...candidates.map((candidate) => candidate.score));
    // The headline comes before the standfirst that restates it: the first line scoring near the best.
    return candidates.find((candidate) => candidate.score >= top * 0.6 && (top === 0 || candidate.score > 0))!.index;
  }
  return -1;
}

const NAME_LINE =
  /^[\p{Lu}][\p{L}'’.-]*(\s+(and|&|in|of|the|for|with|,|[\p{Lu}][\p{L}'’.-]*,?|\/|\|))*(\s+(staff|senior|chief|foreign|political|diplomatic|special|deputy|photo|news))?(\s+(editor|correspondent|reporter|writer|staff|desk|bureau|contributor|columnist|analyst))?\s*$/u;
const ABOUT_HEADING = /^About (the |us$)?[\p{Lu}\p{N}]/u;
const BIO_VERB = /^(is|was|covers|writes|reports|has|serves|leads|edits|teaches|works|a)\b/;

/**
 * Sorts a page's lines into headline, prose, and furniture (dropped, with its reason): what
 * comes before the headline is site chrome; between the headline and the first paragraph
 * are bylines, dates, captions and the standfirst; after it, prose, with captions (a line
 * followed by a photo credit), lists of related stories (after their label), subheadings
 * (kept when prose follows them), notes about the author or the publication, and footers.
 */
export function layOutPage(lines: readonly PageLine[], hints: LayoutHints): PageLayout {
  const furniture = lines.map((line) => furnitureOf(line.text));
  const dateLines = lines.map((line, index) => !furniture[index] && readDateLine(line.text, hints.language, hints.numericOrder) !== null);
  const titleIndex = findTitle(lines, furniture, hints, dateLines);
  const authors = new Set(hints.declaredAuthors ?? []);
  lines.forEach((line, index) => {
    if (furniture[index]?.reason === 'byline') for (const name of bylineAuthors(line.text)) authors.add(name);
    else if (index > titleIndex && index < titleIndex + 8 && !furniture[index] && NAME_LINE.test(line.text) && wordCount(line.text) <= 4) {
      for (const name of bylineAuthors(line.text)) authors.add(name);
    }
  });
  const mainScriptIsLatin =
    lines.map((line) => line.text.match(/\p{Script=Latin}/gu)?.length ?? 0).reduce((a, b) => a + b, 0) >
    lines.map((line) => line.text.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0).reduce((a, b) => a + b, 0);
  const gallery =
    lines.some((line) => /^\d+\s*(\/|of)\s*\d+$/.test(line.text)) || /^(in (photos|pictures)|photos|gallery|pictures)\b/i.test(lines[titleIndex]?.text ?? '');

  const out: LaidOutLine[] = [];
  const put = (index: number, kind: LineKind, reason: string) => out.push({ text: lines[index]!.text, kind, reason });
  const isCaption = (index: number): boolean => {
    if (gallery) return false;
    const line = lines[index]!;
    if (line.roles.has(MarkupRole.CAPTION) && !isPhotoCredit(line.text)) return true;
    const next = lines[index + 1];
    if (next !== undefined && isPhotoCredit(next.text) && !isPhotoCredit(line.text) && !furniture[index] && !NAME_LINE.test(line.text)) return true;
    // Some pages credit the photo above its caption: "PA Media", then the caption.
    const previous = lines[index - 1];
    return previous !== undefined && isPhotoCredit(previous.text) && !endsSentence(line.text) && wordCount(line.text) <= 30 && !furniture[index];
  };

  // Before the headline: site chrome.
  for (let index = 0; index < Math.max(titleIndex, 0); index++) {
    const known = furniture[index];
    if (dateLines[index] && !known) put(index, 'META', 'date stamp above the headline');
    else if (known) put(index, known.kind, known.reason);
    else put(index, 'JUNK', 'site navigation or section label above the headline');
  }
  if (titleIndex >= 0) put(titleIndex, 'TITLE', 'headline');

  let seenProse = false;
  let relatedList = false;
  let aboutSection = false;
  for (let index = titleIndex + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text;
    const known = furniture[index];
    if (known) {
      put(index, known.kind, known.reason);
      if (known.reason === 'label of a list of other stories') relatedList = true;
      if (known.reason === 'photo caption' && lines[index + 1] && isCreditName(lines[index + 1]!.text)) {
        put(++index, 'JUNK', 'photo credit');
      }
      continue;
    }
    if (dateLines[index]) {
      put(index, 'META', seenProse ? 'time stamp' : 'date line');
      continue;
    }
    if (ABOUT_HEADING.test(text) && !endsSentence(text) && wordCount(text) <= 10) {
      put(index, 'JUNK', 'heading of a note about the publisher or issuer');
      aboutSection = true;
      continue;
    }
    if (aboutSection) {
      put(index, 'JUNK', 'note about the publisher or issuer');
      continue;
    }
    if (isCaption(index)) {
      put(index, 'JUNK', 'photo caption');
      if (lines[index + 1] && !furniture[index + 1] && isCreditName(lines[index + 1]!.text)) put(++index, 'JUNK', 'photo credit');
      continue;
    }
    if (relatedList) {
      if (headlineShaped(text) || (/\?["”’]?$/.test(text) && wordCount(text) < 25)) {
        put(index, 'JUNK', 'link to another story');
        continue;
      }
      relatedList = false;
    }
    if (line.roles.has(MarkupRole.LINK) && !proseShaped(text)) {
      put(index, 'JUNK', 'link to another page');
      continue;
    }
    if (seenProse && isPullQuote(text, lines, index)) {
      put(index, 'JUNK', 'pull quote repeating the text');
      if (
        lines[index + 1] &&
        !furniture[index + 1] &&
        NAME_LINE.test(lines[index + 1]!.text.replace(/\s*\([^)]*\)/g, '').split(',')[0]!) &&
        !endsSentence(lines[index + 1]!.text)
      ) {
        put(++index, 'JUNK', 'attribution of a pull quote');
      }
      continue;
    }
    const next = lines[index + 1];
    if (
      next &&
      !endsSentence(text) &&
      wordCount(text) <= 8 &&
      (furniture[index + 1]?.reason === 'appeal to readers' || furniture[index - 1]?.reason === 'appeal to readers')
    ) {
      put(index, 'JUNK', 'title of a promotion');
      continue;
    }
    if (sameScriptShare(text, mainScriptIsLatin) < 0.5) {
      put(index, 'JUNK', 'line in another script');
      continue;
    }
    const author = [...authors].find((name) => text.startsWith(`${name} `) && BIO_VERB.test(text.slice(name.length + 1)));
    if (author && wordCount(text) <= 60) {
      put(index, 'JUNK', 'note about the author');
      continue;
    }
    if (/^views are (personal|the author'?s own)|^the (author|writer) is\b|^this (article|story|piece) is part of\b/i.test(text)) {
      put(index, 'JUNK', 'note about the author or series');
      continue;
    }
    // Headlines in a row are links to other stories; one heading followed by prose is a subheading.
    const nextLine = nextContent(lines, furniture, dateLines, index);
    if (seenProse && linkLike(text) && !dateLines[index - 1] && lines[nextLine] && linkLike(lines[nextLine]!.text)) {
      put(index, 'JUNK', 'link to another story');
      relatedList = true;
      continue;
    }
    if (proseShaped(text) || (seenProse && endsSentence(text) && wordCount(text) >= 2)) {
      put(index, 'PROSE', seenProse ? 'paragraph' : 'standfirst or first paragraph');
      seenProse = seenProse || (wordCount(text) >= 8 && endsSentence(text));
      continue;
    }
    if (!seenProse) {
      // Between the headline and the first paragraph: bylines and labels, or a standfirst.
      if (NAME_LINE.test(text) && wordCount(text) <= 12) put(index, 'META', 'byline or author');
      else if (headlineShaped(text) && (wordCount(text) >= 8 || proseFollows(lines, furniture, dateLines, index))) put(index, 'PROSE', 'standfirst or heading');
      else put(index, 'JUNK', 'page element under the headline');
      continue;
    }
    const besideDate = dateLines[index + 1] || dateLines[index - 1] || furniture[index + 1]?.reason === 'byline' || furniture[index - 1]?.reason === 'byline';
    if (NAME_LINE.test(text) && wordCount(text) <= 6 && besideDate) {
      put(index, 'META', 'byline or author');
      continue;
    }
    // A live blog's post heading follows the post's time: "09:30", "Good morning", then the post.
    const postHeading = dateLines[index - 1] && wordCount(text) <= 12 && !endsSentence(text);
    if ((headlineShaped(text) || postHeading) && proseFollows(lines, furniture, dateLines, index)) {
      put(index, 'PROSE', 'subheading');
      continue;
    }
    put(index, 'JUNK', 'page element');
  }

  const paragraphs = out.filter((line) => line.kind === 'PROSE').map((line) => line.text);
  return { title: titleIndex >= 0 ? lines[titleIndex]!.text : (hints.declaredTitle ?? null), lines: out, paragraphs, authors: [...authors] };
}

/** A headline, or a question standing alone: what links to other stories read like. */
const linkLike = (text: string): boolean => (headlineShaped(text) && !proseShaped(text)) || (/\?["”’]?$/.test(text) && wordCount(text) < 15);

const unquoted = (text: string): string =>
  text
    .replace(/^["“‘'«„]\s*|\s*["”’'»]$/g, '')
    .replace(/[.,!?;:]+$/, '')
    .toLowerCase();

/** A quotation standing alone that repeats words of another line of the page: a pull quote. */
function isPullQuote(text: string, lines: readonly PageLine[], index: number): boolean {
  const quoted = /^["“‘'«„]/.test(text) && /["”’'»]$/.test(text);
  // Unquoted, a repeated phrase must be long enough not to be a heading that happens to recur.
  if (!quoted && (wordCount(text) < 6 || endsSentence(text))) return false;
  const words = unquoted(text);
  return words.length >= 20 && lines.some((line, other) => other !== index && line.text.length > text.length && line.text.toLowerCase().includes(words));
}

/** A credit under a caption can be just a name: "The Kanto Herald", "Reuters". */
const isCreditName = (text: string): boolean => wordCount(text) <= 5 && NAME_LINE.test(text) && !endsSentence(text);

/** The next line after `index` that is neither furniture nor a date line. */
function nextContent(lines: readonly PageLine[], furniture: readonly unknown[], dateLines: readonly boolean[], index: number): number {
  let next = index + 1;
  while (next < lines.length && (furniture[next] || dateLines[next])) next++;
  return next;
}

/** The next line that is neither furniture nor a date is a paragraph. */
function proseFollows(lines: readonly PageLine[], furniture: readonly unknown[], dateLines: readonly boolean[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) {
    if (furniture[next] || dateLines[next]) continue;
    return proseShaped(lines[next]!.text);
  }
  return false;
}
