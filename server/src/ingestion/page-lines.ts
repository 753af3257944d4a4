/** What the markup says about a line of an HTML page. */
export enum MarkupRole {
  /** Inside the main content as the content extractor found it. */
  MAIN = 'MAIN',
  HEADING = 'HEADING',
  CAPTION = 'CAPTION',
  NAVIGATION = 'NAVIGATION',
  /** Inside a page header, footer, sidebar or form: site chrome. */
  CHROME = 'CHROME',
  BYLINE = 'BYLINE',
  DATE = 'DATE',
  SHARE = 'SHARE',
  RELATED = 'RELATED',
  ADVERTISEMENT = 'ADVERTISEMENT',
  /** All of the line's text is a link. */
  LINK = 'LINK',
  LIST_ITEM = 'LIST_ITEM',
}

/** One line of a page: a paragraph, a heading, a widget's label. */
export interface PageLine {
  readonly text: string;
  /** What the HTML said about it; empty for a text copy. */
  readonly roles: ReadonlySet<MarkupRole>;
}

const NO_ROLES: ReadonlySet<MarkupRole> = new Set();

/** Collapses runs of white space; strips zero-width and control characters. */
export function squash(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stray control characters in scraped text
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The non-empty lines of a text copy. */
export function linesOfText(text: string): PageLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(squash)
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, roles: NO_ROLES }));
}
