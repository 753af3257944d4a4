import fs from 'node:fs';
import path from 'node:path';

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
