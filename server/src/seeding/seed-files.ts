import fs from 'node:fs';
import path from 'node:path';

/** The repository's `seeds/` folder: the verbatim articles and the curated JSON. */
export const SEEDS_DIR = path.resolve(__dirname, '../../../seeds');

export interface SeedEvidence {
  readonly article: string;
  readonly quote: string;
}

export interface SeedArticle {
  readonly id: string;
  readonly file: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly agency: string | null;
  readonly title: string;
  readonly language: string;
  readonly publishedAt: string | null;
  readonly publishedAtSource: string;
  readonly publishedAtNote: string | null;
  readonly pageHeaderDate: string | null;
  /** Lines of the page that are not the article, each with why. */
  readonly removedLines: readonly { text: string; reason: string }[];
}

export interface SeedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly metonyms?: readonly string[];
  readonly demonyms?: readonly string[];
  /** Web hosts, as stored: lower-case, without scheme, "www.", port or path. */
  readonly hosts?: readonly string[];
  readonly affiliation?: string;
  readonly description: string | null;
  readonly roles?: readonly { title: string; organization: string; sources: readonly SeedEvidence[] }[];
  readonly sources: readonly SeedEvidence[];
}

export interface SeedEvent {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly date: string | null;
  readonly dateClaims: readonly { date: string; source: SeedEvidence }[];
  readonly location: string | null;
  readonly description: string | null;
  readonly participants: readonly { actor: string; role: string }[];
  readonly sources: readonly SeedEvidence[];
}

export interface SeedMeasure {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly status: string;
  readonly issuers: readonly string[];
  readonly targets: readonly string[];
  readonly date: string | null;
  readonly respondsTo: readonly string[];
  readonly legalBasis: readonly string[];
  readonly details: string | null;
  readonly sources: readonly SeedEvidence[];
}

export interface SeedSet {
  readonly articles: readonly SeedArticle[];
  readonly actors: readonly SeedActor[];
  readonly events: readonly SeedEvent[];
  readonly measures: readonly SeedMeasure[];
  /** Raw page text by article id. */
  readonly rawTexts: ReadonlyMap<string, string>;
}

const readJson = <T>(dir: string, name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;

export function readSeeds(dir = SEEDS_DIR): SeedSet {
  const articles = readJson<SeedArticle[]>(dir, 'articles.json');
  return {
    articles,
    actors: readJson<SeedActor[]>(dir, 'actors.json'),
    events: readJson<SeedEvent[]>(dir, 'events.json'),
    measures: readJson<SeedMeasure[]>(dir, 'measures.json'),
    rawTexts: new Map(articles.map((article) => [article.id, fs.readFileSync(path.join(dir, article.file), 'utf8')])),
  };
}

/**
 * The article body: every line of the page except the title, blank lines and the listed
 * page furniture, one paragraph per line.
 */
export function curatedBody(rawText: string, article: SeedArticle): string {
  const removed = new Set(article.removedLines.map((line) => line.text));
  return rawText
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim().length > 0 && line !== article.title && !removed.has(line))
    .join('\n\n');
}
