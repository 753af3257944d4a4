/// <reference lib="dom" />
// The page is read with a DOM implementation (linkedom), typed with the DOM library.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MarkupRole, type PageLine, squash } from './page-lines';

/** What a publisher declares about a page: JSON-LD, Open Graph and `article:*` meta, `<time>`, `<html lang>`. */
export interface DeclaredMetadata {
  readonly headline: string | null;
  /** The document's `<title>`, often "Headline | Site". */
  readonly documentTitle: string | null;
  readonly siteName: string | null;
  readonly publisher: string | null;
  readonly authors: readonly string[];
  /** Publication and modification times as written (ISO 8601 in practice). */
  readonly published: string | null;
  readonly modified: string | null;
  readonly language: string | null;
  readonly canonicalUrl: string | null;
}

export interface HtmlPage {
  readonly lines: readonly PageLine[];
  readonly declared: DeclaredMetadata;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'select', 'option', 'canvas', 'video', 'audio', 'object']);
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'pre',
  'td',
  'th',
  'caption',
  'address',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'form',
  'fieldset',
  'legend',
  'button',
  'label',
  'body',
  'html',
  'hr',
  'time',
]);

const CONTAINERS = new Set(['div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'body', 'form']);

/** Class and id words that say what an element is, by role. */
const CLASS_ROLES: readonly [RegExp, MarkupRole][] = [
  [/caption|credit/, MarkupRole.CAPTION],
  [/breadcrumb|^nav$|navbar|^menu$|skip/, MarkupRole.NAVIGATION],
  [/byline|author|contributor|writer|reporter/, MarkupRole.BYLINE],
  [/^date|timestamp|^time$|published|updated|dateline|^meta$/, MarkupRole.DATE],
  [/^share|sharing|social|^follow/, MarkupRole.SHARE],
  [/related|recommend|read-?more|readnext|trending|most-?read|popular|outbrain|taboola|more-?from|also/, MarkupRole.RELATED],
  [/^ads?$|advert|sponsor|^dfp|^gpt|^promo/, MarkupRole.ADVERTISEMENT],
  [/footer|sidebar|masthead|cookie|consent|newsletter|subscri|paywall|signup|comments?$|site-?header|^header$|^tags?$|topics/, MarkupRole.CHROME],
];

function classWords(element: Element): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.filter(Boolean).flatMap((name) => [name, ...name.split(/[-_]+/)]);
}

/** The roles an element gives the lines inside it. */
function rolesOf(element: Element, insideArticle: boolean): MarkupRole[] {
  const tag = element.tagName.toLowerCase();
  const role = element.getAttribute('role') ?? '';
  const itemprop = element.getAttribute('itemprop') ?? '';
  const roles: MarkupRole[] = [];
  if (tag === 'figcaption' || tag === 'figure') roles.push(MarkupRole.CAPTION);
  if (tag === 'nav' || role === 'navigation' || role === 'search') roles.push(MarkupRole.NAVIGATION);
  if (tag === 'footer' || tag === 'aside' || tag === 'form' || role === 'contentinfo' || role === 'complementary' || role === 'dialog')
    roles.push(MarkupRole.CHROME);
  // A page's banner is chrome; an article's own header holds its headline and byline.
  if ((tag === 'header' && !insideArticle) || role === 'banner') roles.push(MarkupRole.CHROME);
  if (/^h[1-6]$/.test(tag)) roles.push(MarkupRole.HEADING);
  if (tag === 'li') roles.push(MarkupRole.LIST_ITEM);
  if (tag === 'time' || /date(Published|Modified|Created)/.test(itemprop)) roles.push(MarkupRole.DATE);
  if (itemprop === 'author' || element.getAttribute('rel') === 'author') roles.push(MarkupRole.BYLINE);
  if (tag === 'button') roles.push(MarkupRole.SHARE);
  for (const word of classWords(element)) {
    for (const [pattern, classRole] of CLASS_ROLES) if (pattern.test(word)) roles.push(classRole);
  }
  return roles;
}

function hidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
  );
}

/**
 * The page's text as lines, in document order: a line per block element (paragraph,
 * heading, list item, caption…) or `<br>`, with the roles its element and ancestors give it.
 */
function linesOf(body: Element): { text: string; roles: Set<MarkupRole>; linked: boolean }[] {
  const lines: { text: string; roles: Set<MarkupRole>; linked: boolean }[] = [];
  let buffer = '';
  let linkedChars = 0;
  let roles = new Set<MarkupRole>();
  const flush = () => {
    const text = squash(buffer);
    if (text) lines.push({ text, roles, linked: linkedChars >= squash(buffer).replace(/\s/g, '').length });
    buffer = '';
    linkedChars = 0;
  };
  const walk = (node: Node, inherited: Set<MarkupRole>, insideArticle: boolean, inLink: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (buffer.trim() === '' && text.trim() !== '') roles = inherited;
      buffer += text;
      if (inLink) linkedChars += text.replace(/\s/g, '').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag) || hidden(element)) return;
    if (tag === 'br') return flush();
    // Labelled inline elements side by side in a container are separate lines: a byline, a date, a reading time.
    const parentTag = element.parentElement?.tagName.toLowerCase() ?? '';
    const isBlock =
      BLOCKS.has(tag) ||
      parentTag === 'blockquote' ||
      (CONTAINERS.has(parentTag) && (element.hasAttribute('class') || element.hasAttribute('id') || tag === 'a'));
    if (isBlock) flush();
    const inArticle = insideArticle || tag === 'article' || tag === 'main' || element.getAttribute('role') === 'main';
    const own = rolesOf(element, insideArticle);
    const next = own.length > 0 ? new Set([...inherited, ...own]) : inherited;
    for (const child of Array.from(element.childNodes)) walk(child, next, inArticle, inLink || tag === 'a');
    if (isBlock) flush();
  };
  walk(body, new Set(), false, false);
  flush();
  return lines;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Report|PressRelease|ScholarlyArticle|TechArticle)$/;

/** Every JSON-LD object on the page, `@graph`s and arrays flattened. */
function jsonLdObjects(document: Document): Record<string, Json>[] {
  const objects: Record<string, Json>[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    objects.push(value);
    if (value['@graph']) visit(value['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A malformed block declares nothing.
    }
  }
  return objects;
}

const typesOf = (object: Record<string, Json>): string[] => {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
};

/** A name from a JSON-LD value: "Ana Cruz", { name: "Ana Cruz" }, or a list of either. */
function namesIn(value: Json | undefined): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return [squash(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(namesIn);
  if (typeof value === 'object' && typeof value.name === 'string') return [squash(value.name)].filter(Boolean);
  return [];
}

const text = (value: Json | undefined): string | null => (typeof value === 'string' && squash(value) ? squash(value) : null);

function declaredMetadata(document: Document): DeclaredMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = squash(element?.getAttribute('content') ?? '');
      if (content) return content;
    }
    return null;
  };
  const objects = jsonLdObjects(document);
  const article = objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type))) ?? objects.find((object) => object.headline);
  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], header time[datetime], time[datetime]');
  const publisher = article ? namesIn(article.publisher)[0] : undefined;
  const authors = article ? namesIn(article.author) : [];
  return {
    headline: text(article?.headline) ?? meta('og:title', 'twitter:title') ?? (squash(document.querySelector('h1')?.textContent ?? '') || null),
    documentTitle: squash(document.querySelector('title')?.textContent ?? '') || null,
    siteName: meta('og:site_name', 'application-name', 'publisher'),
    publisher: publisher ?? null,
    authors:
      authors.length > 0
        ? authors
        : [meta('author', 'article:author', 'byl', 'sailthru.author')].filter((name): name is string => name !== null && !/^https?:/.test(name)),
    published:
      text(article?.datePublished) ??
      meta(
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'DC.date.issued',
        'dcterms.date',
        'sailthru.date',
        'parsely-pub-date',
      ) ??
      (squash(time?.getAttribute('datetime') ?? '') || null),
    modified: text(article?.dateModified) ?? meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'),
    language: squash(document.documentElement?.getAttribute('lang') ?? '') || text(article?.inLanguage) || meta('og:locale', 'language', 'content-language'),
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
  };
}

/**
 * Reads an HTML page: what the publisher declares, and its text as lines marked with what
 * the markup says about them, including which lines the content extractor (Readability)
 * takes for the main text.
 */
export function readHtml(html: string): HtmlPage {
  const { document } = parseHTML(html);
  const declared = declaredMetadata(document);
  const body = document.body ?? document.documentElement;
  const lines = body ? linesOf(body) : [];

  // Readability rewrites the document it reads: it runs last, on the document the lines were read from.
  let main = new Set<string>();
  try {
    const content = new Readability<Node>(document as unknown as Document, { charThreshold: 200, serializer: (node) => node }).parse()?.content;
    if (content) main = new Set(linesOf(content as Element).map((line) => line.text));
  } catch {
    // A page the extractor cannot read keeps only what its markup says.
  }
  return {
    declared,
    lines: lines.map((line) => {
      const roles = new Set(line.roles);
      if (main.has(line.text)) roles.add(MarkupRole.MAIN);
      if (line.linked) roles.add(MarkupRole.LINK);
      return { text: line.text, roles };
    }),
  };
}
