/**
 * What page furniture looks like, by kind. Each pattern recognises a line by what it is
 * (a share widget, a photo credit, a membership appeal), not by how it ends, so that short
 * prose lines and attributions are left alone. Context (what precedes and follows a line)
 * is the page layout's business (`page-layout.ts`).
 */

/** A line that is not article prose: JUNK is dropped; META (bylines, dates, credits) is dropped too but read. */
export type FurnitureKind = 'JUNK' | 'META';

export interface Furniture {
  readonly kind: FurnitureKind;
  readonly reason: string;
}

const whole = (words: string): RegExp => new RegExp(`^(?:${words})[\\s.:!…]*$`, 'iu');

const SHARE = whole(
  'share|share (this|the) (article|story|page|post)|share on \\w+|shares?|tweet|x|facebook|twitter|linkedin|email|e-mail|mail|whatsapp|telegram|viber|reddit|pinterest|flipboard|messenger|line|kakaotalk|kakao|weibo|wechat|threads|bluesky|print|print this (article|page)|copy|copy link|copy link to this post|copy url|link|link copied|copied|save|save (article|story|for later)|saved|bookmark|gift( this)? article|listen|listen to (this|the) (article|story)|follow|follow us|font size|text size|a\\+?|a-|aa|send|more|comment',
);
const ADVERT = whole(
  'advertisement|advertisements|advertising|ad|ads|scroll to continue|advertisement ?[·|-] ?scroll to continue|story continues below( advertisement)?|article continues (below|after advertisement)|continue reading below|skip advert|remove ads|ad feedback|report this ad',
);
/** A label over sponsored links. */
const SPONSORED = whole(
  'sponsored|sponsored content|sponsored links|sponsored stories|promoted|promoted content|promoted stories|paid content|paid post|partner content|around the web|from our partners|recommended by',
);
const NAVIGATION = whole(
  "show key events( only)?|key events|skip to (main )?content|skip to (main )?navigation|skip navigation|skip to footer|jump to( main content)?|menu|main menu|open menu|close menu|close|search|home|homepage|sign in|sign out|log in|log out|login|logout|register|subscribe|subscribe now|my account|account|profile|edition|editions|newsletters?|podcasts?|videos?|live|live tv|watch live|watch|back to top|scroll to top|top|arrow up|home icon|no image|previous|next|prev|older|newer|load more|show more|see more|view more|view all( \\w+)?|see all( \\w+)?|more stories|accept|accept all|accept cookies|reject|reject all|decline|agree|i agree|manage (preferences|cookies|consent)|cookie settings|settings|about us|contact us|contact|careers|jobs|advertise( with us)?|privacy|privacy policy|terms|terms of use|terms and conditions|sitemap|site map|rss|help|faq|corrections|ethics|archive|archives|e-paper|epaper|print edition|today'?s paper|english|español|français|deutsch|한국어|日本語|中文",
);
const COMMENTS =
  /^(\d+\s+)?comments?(\s*\(\d+\))?$|^\(\d+\)\s*comments?$|^leave a (comment|reply)$|comments are (moderated|closed)|join the (discussion|conversation)|^(show|view|hide|read|see) (all )?comments$|^post a comment$/i;
const TRANSCRIPT =
  /^\((begin|end) [a-z -]+\)$|^\((commercial break|break|crosstalk|laughter|applause|inaudible|on camera|voice-over)\)$|^\[(music|applause|crosstalk|inaudible|laughter)[^\]]*\]$|transcripts? (was|were|has|have|is|are) (prepared|produced|not been|checked|made)|\btranscripts? (are|is) produced by\b|^to order a (video|transcript|copy)|rush transcript|may not be in (its|their) final form/i;
const COUNTER = /^(\d+\s*(\/|of)\s*\d+|\d+)$/i;
const READING_TIME =
  /^(listen to (this|the) (article|story)\b.*|listen\b.{0,12}\d+\s*(min|mins|minutes?)\.?|\d+\s*(min|mins|minutes?)(\s+(read|de lecture|lesezeit))?|(estimated )?(reading time|temps de lecture|lesezeit|tiempo de lectura)\s*:?\s*\d+\s*(min|mins|minutes?)?\.?)$/i;
const LOADING = /^(like\s*loading\.*|loading\.*|please wait\.*|javascript (is )?(required|disabled).*|(please )?(turn on|enable) javascript\b.*)$/i;

const APPEAL =
  /\b(subscribe (now|today|to|for|and)|subscribe\b.*\b(newsletter|access|month|year|inbox)|our newsletters?|newsletters? (may|from)|sign up (for|to|now|here)|sign in (or|to)|create (an|your) [\w ]*account|log in to|already (a subscriber|a member|have an account|registered)|consider (supporting|a contribution|making a contribution|subscribing|a donation)|support (independent|quality|our|public-interest) journalism|support the [\p{Lu}][\p{L}]+ from|funded by (its|our) readers|(make|please) a (donation|contribution)|donate (today|now)|become a (member|subscriber|supporter|patron)|unlock (unlimited|full|this|all)|free trial|cancel (at )?any ?time|unlimited (digital )?access|full digital access|access through your (company|university|school|organisation|organization|employer)|download (the|our) [\w ]*app|get the app|stay (updated|informed) with|\b(get|receive|sign up for|turn on) (instant |breaking |the latest |our )?(news )?(alerts|notifications|push notifications)\b|\b(get|receive|sign up|subscribe)\b[^.]{0,60}\bnewsletters?\b|\b(aggregates|curates) (headlines|news|stories|content)\b|\bour (daily |weekly |monthly |morning |evening )?newsletter\b|^newsletter\b|\bcatch up on (our|the)\b|\ball in one place\b|your email address will not be published|required fields are marked|^follow (us|[\p{Lu}][\p{L}'. ]{0,40}) on [\p{Lu}][\p{L} ]{1,30}$|in your inbox|(this|the) (article|story|content) is (for|available to|only available to|reserved for) (subscribers|members)|for subscribers only|subscribers only|to continue reading|log in to continue|read the full (article|story)|we'?d like to hear what you think|letters? to the editor)\b/iu;
/** A newsletter's description: "…, every weekday.", "Every Monday." */
const NEWSLETTER_RHYTHM = /\bevery (weekday|day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;
const LEGAL =
  /(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|may not be (published|reproduced|redistributed|broadcast)|without (prior )?(written )?permission|reproduction (without|prohibited|in whole)|republication (permitted|prohibited)|\btrademarks? of\b|terms (of|and) (use|service|conditions)|privacy (policy|notice|settings)|cookie (policy|settings|preferences)|(we|this site|this website) uses? cookies|(use|our use) of cookies|\buse cookies\b|\bcookies (to|and similar)\b|not responsible for the content|^disclaimer\b|community (standards|guidelines)|we reserve the right|views expressed (in comments|in the comments)|quotes (are )?delayed|delayed (by )?(a minimum of )?\d+ minutes|is not responsible for|does not verify (their|the) content)/i;
const CONTACT =
  /^(media )?contacts?\s*:|^press (office|contact)|^(tel|phone|fax|email|e-mail|mobile)\s*[:.]|^#{3,}$|^-*\s*ends\s*-*$|^view original content|^https?:\/\/\S+$|^www\.\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$/i;

/** A photo credit alone: "Photo: UN Photo", "© Anouk Verlinden / AFP", "Dov Halpern/Reuters", "Credit...Associated Press". */
const PHOTO_CREDIT =
  /^((file )?(photo|photos|photograph|image|images|picture|pic|illustration|graphic|video|footage|credit|courtesy|foto|fotos|bild|imagen)\s*(:|…|\.\.\.|\bby\b|\bcourtesy\b)|©\s*(?!\d{4}|copyright)[^/]{2,40}\/|(ap|afp|reuters|epa|epa-efe|yonhap|xinhua|kyodo|aap|pa|pti|anadolu|bloomberg|handout) (photo|images|via getty images)$|getty images$|shutterstock$|pa (media|wire)$|alamy$|epa(-efe)?$|\((ap|afp|reuters|epa|getty images|yonhap|xinhua|kyodo|pti)( photo)?\)$|[\p{L}]+=연합뉴스$|^연합뉴스$)/iu;
const CREDIT_PAIR = /^[\p{L}.' -]{2,40}\s?\/\s?(reuters|afp|ap|epa|getty images|handout|pool|yonhap|xinhua|kyodo|anadolu|[\p{Lu}][\p{L} .'-]{1,30})$/u;
/** A caption that carries its own credit or file marker. */
const CAPTION_WITH_CREDIT =
  /(\((ap|afp|reuters|epa|getty|xinhua|yonhap|kyodo|anadolu|aap|pa|bloomberg)?\s*(photo|images?|file)\b[^)]*\)|\[(photo|image|picture)[^\]]*\]|\b(photo|photograph|picture|image|credit)\s*:\s*[^.]+|\((afp|ap|reuters|epa|getty images|file photo)\)|getty images|\/(reuters|afp|ap|epa|handout)|\bvia (reuters|afp|ap|epa|getty images)|[.!]\s*(file photo|file)|\[[^[\]]*\/[^[\]]*\]|\([^()]*\/[^()]{1,40}\)|\b(foto|bild|photo)\s*:\s*[^.]+|\|\s*[\p{Lu}][\p{Lu} .&'-]{1,30}|=연합뉴스|[=/](뉴시스|뉴스1|로이터|ap|afp))\s*\.?$|^file\s*(photo)?\s*[-–—:]\s|,\s((second|third|fourth|far)\s)?(from\s)?(left|right|centre|center)[,)]|\(사진=[^)]*\)$/iu;
/** "（2023年11月、ロイター）": a Japanese or Chinese caption's closing credit. */
const EAST_ASIAN_CAPTION = /[（(][^（()）]*(ロイター|共同|時事|AP|AFP|EPA|新華社|撮影)[^（()）]*[）)]$/u;

/** A caption ending with its agency's name: "Pakistani Rangers at the Wagah border post on Thursday. AFP", "… on Wednesday. — AFP". */
const CAPTION_WITH_AGENCY =
  /[.!]\s*[-–—]?\s*(AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Xinhua|PTI|ANI|Yonhap|Kyodo|Bloomberg|Anadolu)(\/[\p{L} .'-]{2,40})?$/u;

/** A label over a list of links to other stories. */
export const RELATED_LABEL = whole(
  "read more|read also|also read|more to read|see also|related|related (stories|articles|coverage|content|news|topics|links|galleries|videos)|more (on this|on this story|from|stories|analysis|news|galleries|videos|on|in|coverage)( [\\p{L}' ]{1,40})?|read next|up next|next up|what to read next|recommended|recommended (for you|stories|reading)|you (may|might) also like|most (read|popular|viewed|shared|watched)|trending|trending (now|stories|news)|top stories|latest|latest (news|stories|headlines)|editor'?s picks|on the same topic|in other news|explore more|don'?t miss|popular|popular now|also from this source|watch the full episode|more transcripts|view all galleries|keep reading|elsewhere|further reading|around the web|from our partners|explainer|analysis|opinion|in depth|in pictures|in photos|watch|video|listen|podcast|topics|tags|related tags|related topics|more galleries",
);
/** "Read also: …", "Explainer | …", "Analysis: …": a link to another story, with its label. */
export const RELATED_PREFIX =
  /^(read|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|lee también|leer más|te puede interesar|leia também|leggi anche|read (also|more|next)|also read|see also|related|more|explainer|explained|analysis|opinion|comment|watch|listen|video|live|in photos|in pictures|photos|gallery|exclusive|factbox|fact box|timeline|q&a|fact check|editorial|podcast)\s*[:|]\s*\S/i;

/** "The new security pact, explained", "What we know so far": the way links to explainers end. */
export const RELATED_SUFFIX =
  /[,:|–—-]\s*(explained|what we know( so far)?|what you need to know|what to know|in (pictures|photos|maps|charts|numbers)|live( updates)?|timeline)$/i;

/** Wire-desk codes and agency names standing alone at the end of a story: "sah-gd/phz", "PTI SH ZH AMS", "AFP". */
const WIRE_CODE =
  /^([a-z]{2,4}(-[a-z]{2,4})?\/[a-z]{2,4}(\/[a-z]{2,4})*|(PTI|ANI|IANS|UNI|AFP|AP|Reuters)( [A-Z]{2,4}){1,5}|AFP|AP|PTI|ANI|IANS|UNI|Reuters|Yonhap|Kyodo|Xinhua|TASS|dpa|Agencies|With agencies|With agency inputs)$/;
const CREDIT =
  /^[-–—]\s*([\p{Lu}][\p{L}.&'-]*)(\s[\p{Lu}][\p{L}.&'-]*){0,3}\.?$|^[-–—]\s*(with )?(staff and )?(agencies|wires)\.?$|^\(?(reporting|additional reporting|writing|written|editing|edited|compiled|produced|translated|translation|research|graphics|fact-checked|verification|production) by\b|contributed (to )?(this|the) (report|story)|^\(?with (inputs|reporting) from\b|^\(?(this|the) (story|article|report|copy) (was|has|is) (supplied|provided|published|originally|first|auto|generated|not been|been)|(originally|first) (published|appeared) (on|in|by)\b|has not been edited by|auto-(generated|published) from a (syndicated|wire)|^\(?except for the headline|^(source|sources|via)\s*:\s*\S|^source\s+[\p{Lu}]|^news provided by\b|\bwith (afp|reuters|ap|agencies|wires|agency inputs)$/iu;
const BYLINE =
  /^((by|par|por|von|di|door|av|af|от|story by|words by|written by|text by|photos? by|video by|interview by|report by)\s*:?\s+\S|\S.{0,30}\s?기자(\s|$))/i;

/** "19.20 BST G7 leaders condemn attack": a live blog's list of key posts. */
const POST_LINK = /^\d{1,2}[.:]\d{2}\s*([A-Z]{2,4}\s+)?[\p{Lu}\d][^.!?]*\s\S+\s\S+/u;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}/i;
const PAGE_ID = /^(news|article|story|post|content)\s*(id|no\.?|number|#)\s*:?\s*[\w-]+$/i;
const TRUST =
  /^(why you can trust\b|(our )?editorial (standards|policy|policies|guidelines)\b|how we (report|verify|work)\b|(read )?our (ethics|standards|corrections) policy)/i;
/** Words of share bars and reading tools; a line made only of them is a widget ("Copy Link copied", "Font size A- A A+"). */
const WIDGET_WORDS = new Set(
  'share shares copy copied link links email e-mail mail print facebook twitter x linkedin whatsapp telegram reddit pinterest flipboard messenger threads bluesky tweet save saved bookmark gift font text size a a- a+ aa listen comment comments more this article story page'.split(
    ' ',
  ),
);
const isWidgetLine = (line: string): boolean => {
  const words = line
    .toLowerCase()
    .split(/[\s|·•/]+/)
    .filter((word) => word && !/^\(?\d+\)?$/.test(word));
  return words.length >= 2 && words.length <= 12 && words.every((word) => WIDGET_WORDS.has(word));
};

/** A stored copy's stamp: a section, the time the copy was taken to the second, a counter ("World 2024-09-03 14:22:10 3318"). */
export const COPY_STAMP = /^[^\d]{0,30}\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\s+\d+)?$/;

const EDITORS_NOTE = /^(editor['’]?s note|editor['’]?s notes|note to readers|correction|clarification)\b[^:]{0,40}:/i;

/** Furniture a line is by itself, whatever surrounds it; undefined when it may be prose. */
export function furnitureOf(line: string): Furniture | undefined {
  const junk = (reason: string): Furniture => ({ kind: 'JUNK', reason });
  const meta = (reason: string): Furniture => ({ kind: 'META', reason });
  if (COPY_STAMP.test(line)) return meta('stored copy stamp');
  if (SHARE.test(line)) return junk('share or print widget');
  if (ADVERT.test(line)) return junk('advertisement');
  if (SPONSORED.test(line)) return junk('label of a list of other stories');
  if (NAVIGATION.test(line)) return junk('site navigation');
  if (COMMENTS.test(line)) return junk('comments widget');
  if (TRANSCRIPT.test(line)) return junk('transcript marker or notice');
  if (COUNTER.test(line)) return junk('counter');
  if (READING_TIME.test(line)) return junk('reading time');
  if (LOADING.test(line)) return junk('widget placeholder');
  if (WIRE_CODE.test(line)) return meta('agency credit or desk code');
  if (CREDIT.test(line)) return meta('credit or syndication note');
  if (EDITORS_NOTE.test(line)) return meta("editor's note or correction");
  if (PHOTO_CREDIT.test(line) || (CREDIT_PAIR.test(line) && line.split(/\s+/).length <= 6)) return junk('photo credit');
  if (CAPTION_WITH_CREDIT.test(line) || EAST_ASIAN_CAPTION.test(line)) return junk('photo caption');
  // A last paragraph may end "— Reuters" too; a caption is short and reports no one.
  if (CAPTION_WITH_AGENCY.test(line) && line.split(/\s+/).length <= 30 && !/\b(said|says|told|according to|announced|reported)\b/.test(line))
    return junk('photo caption');
  if (POST_LINK.test(line) && !MONTH.test(line)) return junk('link to a post further down');
  if (PAGE_ID.test(line)) return junk('page identifier');
  if (TRUST.test(line)) return junk("link to the publication's policies");
  if (isWidgetLine(line)) return junk('share or print widget');
  if (LEGAL.test(line)) return junk('copyright or legal notice');
  if (APPEAL.test(line) || (NEWSLETTER_RHYTHM.test(line) && line.split(/\s+/).length <= 25)) return junk('appeal to readers');
  if (CONTACT.test(line)) return junk('contact details');
  if (RELATED_LABEL.test(line)) return junk('label of a list of other stories');
  if ((RELATED_PREFIX.test(line) || RELATED_SUFFIX.test(line)) && !/[.!]["”’]?$/.test(line)) return junk('link to another story');
  if (BYLINE.test(line) && line.split(/\s+/).length <= 20) return meta('byline');
  return undefined;
}

/** A credit line that follows a photo: the line before it is the caption. */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT.test(line) || (CREDIT_PAIR.test(line) && line.split(/\s+/).length <= 6);
}

/** Authors a byline names: "By Carla Mendoza and Paolo Reyes" → both. */
export function bylineAuthors(line: string): string[] {
  const names = line
    .replace(/^(by|par|por|von|di|door|av|af|story by|words by|written by|text by)\s*:?\s+/i, '')
    .replace(/\s*[|,]\s*(\d|[\p{Lu}][\p{L}]+ \d).*$/u, '')
    .split(/\s*(?:,|&|\band\b|\bet\b|\by\b|\bund\b|\|)\s*/)
    .map((name) => name.replace(/\s*[/|].*$/, '').trim())
    .filter((name) => /^[\p{Lu}][\p{L}'’.-]+(\s[\p{Lu}][\p{L}'’.-]+){1,3}$/u.test(name));
  return names;
}
