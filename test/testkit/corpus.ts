import fs from 'node:fs';
import path from 'node:path';
import { buildSeedDocuments, SEEDS_DIR, type KnownActor, type PartialDateValue } from '@dossier/server';
import { dataOf, postGraphQL } from './graphql-client';
import { actorId } from './ids';
import { EDITOR_KEY } from './test-server';

/** The development corpus of news pages (test/corpus/README.md). */
export const CORPUS_PAGES = path.resolve(__dirname, '../../corpus/pages');

export interface CorpusPage {
  readonly html: string | null;
  readonly text: string | null;
  readonly expected: {
    readonly url: string | null;
    readonly fetchedAt: string | null;
    readonly title: string;
    readonly junkLines: readonly string[];
    readonly metaLines: readonly string[];
  };
  /** The text copy's lines that are article prose: neither title, junk nor meta. */
  readonly prose: readonly string[];
}

/** A corpus page by its number ("01"). */
export function corpusPage(number: string): CorpusPage {
  const stem = fs
    .readdirSync(CORPUS_PAGES)
    .find((file) => file.startsWith(`${number}-`) && file.endsWith('.expected.json'))!
    .replace(/\.expected\.json$/, '');
  const read = (extension: string) =>
    fs.existsSync(path.join(CORPUS_PAGES, `${stem}.${extension}`)) ? fs.readFileSync(path.join(CORPUS_PAGES, `${stem}.${extension}`), 'utf8') : null;
  const expected = JSON.parse(read('expected.json')!) as CorpusPage['expected'];
  const text = read('txt');
  const other = new Set([expected.title, ...expected.junkLines, ...expected.metaLines]);
  // Bodies keep a page's words with its runs of white space (no-break spaces included) as one space.
  const prose = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !other.has(line))
    .map((line) => line.replace(/\s+/g, ' '));
  return { html: read('html'), text, expected, prose };
}

/** An actor as a corpus lists it in its `actors*.json` files. */
interface CorpusActor {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
  metonyms?: string[];
  demonyms?: string[];
  hosts?: string[];
  /** The corpus or seed id of the state a person or body acts for. */
  affiliation?: string;
}

/** The seeds' actors, plus every `actors*.json` in or beside each folder (a corpus's own known actors). */
export function corpusActors(folders: readonly string[]): KnownActor[] {
  const { actors } = buildSeedDocuments();
  const byId = new Map<string, KnownActor>(actors.map((actor) => [actor._id, actor]));
  const files = new Set(
    folders.flatMap((folder) =>
      [folder, path.dirname(folder)].flatMap((dir) =>
        fs
          .readdirSync(dir)
          .filter((file) => /^actors(\..+)?\.json$/.test(file))
          .map((file) => path.join(dir, file)),
      ),
    ),
  );
  for (const file of files) {
    if (path.resolve(file) === path.join(SEEDS_DIR, 'actors.json')) continue;
    for (const actor of JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusActor[]) {
      byId.set(actor.id, {
        _id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases ?? [],
        metonyms: actor.metonyms ?? [],
        demonyms: actor.demonyms ?? [],
        hosts: actor.hosts ?? [],
        // An actor listed by several corpora keeps the affiliation any of them gives.
        affiliationId: actor.affiliation ?? byId.get(actor.id)?.affiliationId ?? null,
      });
    }
  }
  return [...byId.values()];
}

/** A date as the expected files write it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), without the approximate mark. */
export const dateText = (date: PartialDateValue | null | undefined): string | null =>
  date
    ? [date.year, date.month, date.day].flatMap((part, index) => (part == null ? [] : [index === 0 ? String(part) : String(part).padStart(2, '0')])).join('-')
    : null;

const CREATE_ACTOR = 'mutation CorpusActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }';

/** Creates on a server the corpus actors the seeds do not hold: what it needs to know to read the corpus pages. */
export async function createCorpusActors(url: string, folders: readonly string[]): Promise<void> {
  const created = new Map(buildSeedDocuments().actors.map((actor) => [actor._id, actorId(actor._id)]));
  // Affiliated actors last, so the state they act for exists when they are created.
  const pending = corpusActors(folders)
    .filter((actor) => !created.has(actor._id))
    .sort((a, b) => Number(Boolean(a.affiliationId)) - Number(Boolean(b.affiliationId)));
  for (const { _id, name, kind, aliases, metonyms, demonyms, hosts, affiliationId } of pending) {
    const affiliation = affiliationId ? created.get(affiliationId) : undefined;
    const input = {
      name,
      kind,
      aliases,
      metonyms: metonyms ?? [],
      demonyms: demonyms ?? [],
      hosts: hosts ?? [],
      ...(affiliation ? { affiliationId: affiliation } : {}),
    };
    const data = dataOf<{ createActor: { actor: { id: string } } }>(await postGraphQL(url, CREATE_ACTOR, { input }, { apiKey: EDITOR_KEY }), CREATE_ACTOR);
    created.set(_id, data.createActor.actor.id);
  }
}

/** The pages of a folder that have an `.expected.json`, by file stem, in order. */
export const annotatedStems = (folder: string): string[] =>
  fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.replace(/\.expected\.json$/, ''))
    .sort();
