/** A line of the page that is not part of the article, and why. */
export interface RemovedLine {
  readonly text: string;
  readonly reason: string;
}

export interface CleanedPage {
  /** The headline, or null when the page has none. */
  readonly title: string | null;
  /** The article's paragraphs, in order. */
  readonly paragraphs: readonly string[];
  /** Every other non-empty line, with the reason it was dropped. */
  readonly removed: readonly RemovedLine[];
  /** Date-bearing lines of page furniture (a header stamp, a calendar widget), for dating. */
  readonly headerLines: readonly string[];
}

const WEEKDAY_DATE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\b/;
const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?\b/;
const TEMPERATURE = /^-?\d+(\.\d+)?\s*°\s*[CF](\s*\/\s*-?\d+(\.\d+)?\s*°\s*[CF])?$/;
const WEATHER =
  /^(clear sky|few clouds|scattered clouds|broken clouds|overcast clouds|light rain|moderate rain|heavy rain|rain|drizzle|snow|light snow|mist|haze|fog|smoke|dust|thunderstorm|sunny|cloudy|partly cloudy)$/i;
const NAVIGATION = /^(scroll to top|back to top|arrow up|home icon|no image|leave a comment|comments?|share|print|menu|search|advertisement)$/i;
const READ_ALSO = /^(read also|read more|see also|related)\s*:/i;
const APPEAL = /\b(consider supporting|support (our|independent) journalism|subscribe to our newsletter|sign up for our newsletter)\b/i;
/** A paragraph ends a sentence; headlines, buttons and widgets do not. */
const SENTENCE_END = /[.!?…"”’')\]]$|—\s*\w+$/;

/** Share of letters in Latin script: a stray line in another language scores low. */
function latinShare(line: string): number {
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length / letters.length;
}

/** Why a line is page furniture, or undefined when it may be article text. */
function furniture(line: string): string | undefined {
  if (WEEKDAY_DATE.test(line)) return 'calendar widget';
  if (TIMESTAMP.test(line) && line.split(/\s+/).length <= 6) return 'page header timestamp';
  if (TEMPERATURE.test(line) || WEATHER.test(line)) return 'weather widget';
  if (NAVIGATION.test(line)) return 'page navigation';
  if (READ_ALSO.test(line)) return '"Read also" link';
  if (APPEAL.test(line)) return 'appeal to readers';
  if (latinShare(line) < 0.5) return 'line in another language';
  return undefined;
}

/**
 * Separates an article from the page around it: the first headline-like line is the
 * title; after it, lines that read as prose (they end a sentence) are paragraphs, and
 * everything else (related headlines, widgets, navigation, appeals) is dropped.
 */
export function cleanPage(rawText: string): CleanedPage {
  const lines = rawText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  let title: string | null = null;
  const paragraphs: string[] = [];
  const removed: RemovedLine[] = [];
  const headerLines: string[] = [];
  for (const line of lines) {
    const reason = furniture(line);
    if (reason) {
      if (reason === 'calendar widget' || reason === 'page header timestamp') headerLines.push(line);
      removed.push({ text: line, reason });
    } else if (title === null) {
      if (line.split(/\s+/).length >= 4) title = line;
      else removed.push({ text: line, reason: 'page furniture before the headline' });
    } else if (SENTENCE_END.test(line) && line.split(/\s+/).length >= 6) {
      paragraphs.push(line);
    } else {
      removed.push({ text: line, reason: 'related headline or page element' });
    }
  }
  return { title, paragraphs, removed, headerLines };
}

/** The news agency the text credits: "(Yonhap)", "Yonhap News Agency reported", "according to AFP". */
export function creditedAgency(paragraphs: readonly string[]): string | null {
  const text = paragraphs.join('\n');
  const agencies: [RegExp, string][] = [
    [/\bYonhap\b/, 'Yonhap'],
    [/\bAssociated Press\b|\(AP\)/, 'AP'],
    [/\bReuters\b/, 'Reuters'],
    [/\bAgence France-Presse\b|\bAFP\b/, 'AFP'],
    [/\bKyodo\b/, 'Kyodo'],
    [/\bTASS\b/, 'TASS'],
    [/\bXinhua\b/, 'Xinhua'],
  ];
  return agencies.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
