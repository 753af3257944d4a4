import type { DeclaredMetadata } from './html-page';
import type { KnownActor } from './knowledge';
import { outletOfHost } from './news-hosts';
import type { LaidOutLine } from './page-layout';
import { WIRE_AGENCIES } from './wire-agencies';

/** How the outlet was found. */
export type OutletSource = 'METADATA' | 'HOST' | 'PAGE';

export interface Outlet {
  readonly name: string;
  readonly source: OutletSource;
}

/** Names compare without case, punctuation or a leading "The". */
const keyOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The publishers Dossier knows, by every name they go by, to their canonical names. */
function publishers(actors: readonly KnownActor[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind !== 'MEDIA') continue;
    for (const name of [actor.name, ...actor.aliases]) names.set(keyOf(name), actor.name);
  }
  return names;
}

const hostOf = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

/** "© 2024 The Albion Review Ltd or its affiliated companies. All rights reserved." → "The Albion Review". */
function copyrightHolder(line: string): string | null {
  const match = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?(.+)/i.exec(line);
  if (!match) return null;
  let holder = match[1]!
    .split(/\.\s|\.$|\s[|–—-]\s|,\s(?!Ltd|Inc)|\s+all rights reserved|\s+or its affiliated/i)[0]!
    .replace(/\s*\d{4}\s*$/, '')
    .trim();
  // "The Albion Review Ltd", "Al Jazeera Media Network": the company's words come off the end.
  for (;;) {
    const shorter = holder.replace(
      /[\s,]+(Ltd|Limited|Inc|LLC|plc|Pvt|Private|Co|Corp|Corporation|K\.K|GmbH|S\.A|SA|AG|SpA|Publishers|Publishing|Media|Group|Holdings|Network|Company|Broadcasting|Communications|Enterprises)\.?$/i,
      '',
    );
    if (shorter === holder) break;
    holder = shorter.trim();
  }
  holder = holder.replace(/[\s,.&]+$/, '');
  return holder.length >= 2 && holder.length <= 60 ? holder : null;
}

/** Words a page uses about itself ("Support the Sentinel", "not edited by Briefwire staff", "Caliber.Az reprints the article"). */
const SELF_REFERENCE =
  /\b(edited by|consider supporting|support|supporting|is funded by|aggregates|distributes|reprints|republishes|print edition of|published by|account|app|staff|is an independent|is committed|not of|produced by|newsletter|is not responsible)\b/i;

/**
 * The publication a page belongs to: the publisher a known host belongs to, what the page
 * declares (JSON-LD publisher, `og:site_name`, the document title's suffix), the shipped
 * table of news hosts, and last what the page says about itself (masthead, copyright,
 * "edited by … staff"), preferring publishers Dossier knows.
 */
export function findOutlet(
  url: string | null | undefined,
  declared: DeclaredMetadata | null,
  lines: readonly LaidOutLine[],
  actors: readonly KnownActor[],
  agency: string | null,
): Outlet | null {
  const known = publishers(actors);
  const canonical = (name: string): string => known.get(keyOf(name)) ?? name;
  const host = hostOf(url) ?? hostOf(declared?.canonicalUrl);
  const actorHosts = actors.flatMap((actor) => (actor.hosts ?? []).map((actorHost) => [actorHost, actor.name] as const));
  if (host) {
    const byActor = outletOfHost(host, actorHosts);
    if (byActor && actorHosts.some(([, name]) => name === byActor)) return { name: byActor, source: 'HOST' };
  }
  const declaredName = declared?.publisher ?? declared?.siteName ?? titleSuffix(declared);
  if (declaredName) return { name: canonical(declaredName), source: 'METADATA' };
  if (host) {
    const shipped = outletOfHost(host);
    if (shipped) return { name: canonical(shipped), source: 'HOST' };
  }
  const fromPage = selfNamed(lines, known, agency);
  return fromPage ? { name: fromPage, source: 'PAGE' } : null;
}

/** "Headline | The Site" → "The Site", when the document title adds one. */
function titleSuffix(declared: DeclaredMetadata | null): string | null {
  const title = declared?.documentTitle;
  if (!title || !declared?.headline) return null;
  const match = /\s[|–—-]\s([^|–—-]{2,60})$/.exec(title);
  return match && !declared.headline.includes(match[1]!.trim()) ? match[1]!.trim() : null;
}

function selfNamed(lines: readonly LaidOutLine[], known: Map<string, string>, agency: string | null): string | null {
  const scores = new Map<string, number>();
  const add = (name: string, points: number) => scores.set(name, (scores.get(name) ?? 0) + points);
  const titleAt = lines.findIndex((line) => line.kind === 'TITLE');
  const knownPattern =
    known.size > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:the\\s+)?(${[...known.keys()]
            .map((key) => [...known.entries()].find(([k]) => k === key)![1])
            .map((name) => name.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;
  lines.forEach((line, index) => {
    const furniture = line.kind === 'JUNK' || line.kind === 'META';
    const caption = /caption|credit/.test(line.reason);
    if (caption) return;
    const holder = /©|copyright/i.test(line.text) ? copyrightHolder(line.text) : null;
    if (holder) add(known.get(keyOf(holder)) ?? holder, 3);
    if (!knownPattern) return;
    if (!furniture) {
      // "Caliber.Az reprints the article": the name right before the phrase.
      const reprint = /\b(reprints|republishes) (the|this) (article|story|report)\b/i.exec(line.text);
      const subject = reprint ? [...line.text.slice(0, reprint.index).matchAll(knownPattern)].pop() : undefined;
      if (subject && line.text.slice(subject.index + subject[0].length, reprint!.index).trim() === '') add(known.get(keyOf(subject[1]!))!, 3);
      return;
    }
    for (const match of line.text.matchAll(knownPattern)) {
      const name = known.get(keyOf(match[1]!));
      if (name) add(name, index < titleAt ? 3 : SELF_REFERENCE.test(line.text) ? 2 : 1);
    }
  });
  // The credited agency's name shows up in credits and copyright notices of the outlets running its copy.
  if (agency && scores.size > 1) scores.delete(agency);
  const [best] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : null;
}

/** Each way a credit can name an agency, to the agency's name (a known publisher's canonical name when there is one). */
function agencyCredits(actors: readonly KnownActor[]): Map<string, string> {
  const known = publishers(actors);
  const credits = new Map<string, string>();
  for (const agency of WIRE_AGENCIES) {
    const name = agency.credits.map((credit) => known.get(keyOf(credit))).find(Boolean) ?? known.get(keyOf(agency.name)) ?? agency.name;
    for (const credit of [agency.name, ...agency.credits]) credits.set(credit, name);
  }
  return credits;
}

function creditPattern(credits: Map<string, string>): RegExp {
  const alternatives = [...credits.keys()].sort((a, b) => b.length - a.length).map((credit) => credit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The agency credited for the story: a dateline credit ("MANILA, March 25 (Reuters) -"),
 * a credit line ("AFP", "By: PTI", "This story was supplied by Reuters", "Story by …,
 * Associated Press"), an agency's copyright notice, a closing "— Reuters", or the text
 * attributing the report ("Yonhap reported", "according to AFP"). A source being quoted
 * ("told Reuters") is not a credit.
 */
export function findAgency(lines: readonly LaidOutLine[], paragraphs: readonly string[], actors: readonly KnownActor[]): string | null {
  const credits = agencyCredits(actors);
  const known = publishers(actors);
  const lookup = (credit: string): string | null => credits.get(credit) ?? known.get(keyOf(credit)) ?? null;
  const pattern = creditPattern(credits);
  const first = paragraphs[0] ?? '';
  const dateline = /^[^()]{0,80}?\(([^)]{2,40})\)\s*[-–—:]/.exec(first);
  if (dateline) {
    const named = lookup(dateline[1]!.trim());
    if (named) return named;
  }
  for (const line of lines) {
    if (line.kind !== 'META' || /date/.test(line.reason)) continue;
    if (/^\(?(reporting|editing|writing|additional reporting) by\b/i.test(line.text) && !pattern.test(line.text)) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(line.text);
    if (match) return lookup(match[1]!);
  }
  for (const line of lines) {
    if (line.reason !== 'copyright or legal notice') continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(line.text);
    if (match && /©|copyright/i.test(line.text)) return lookup(match[1]!);
  }
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const closing = /[-–—]\s*([\p{L} .-]{2,40})\.?$/u.exec(last) ?? /\(([^)]{2,40})\)\.?$/.exec(last);
  if (closing) {
    const named = lookup(closing[1]!.trim());
    if (named) return named;
  }
  const text = paragraphs.join('\n');
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    // "told Reuters", "in an interview with AFP": a source quoted, not a credit.
    if (/\b(told|with|speaking to|spoke to|said to)\s+(the\s+)?$/i.test(before)) continue;
    if (
      /\b(according to|citing|cited by|quoted by|reported by|via)\s+(the\s+)?$/i.test(before) ||
      /^\s+(news agency\s+)?(reported|reports|said in a report|quoted)\b/i.test(after)
    ) {
      return lookup(match[1]!);
    }
  }
  return null;
}
