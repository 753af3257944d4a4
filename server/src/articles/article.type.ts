import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../dates/partial-date.type';
import { RetractableNode, retractionOf } from '../review/retraction.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { MentionKind, type MentionValue } from '../actors/mention-finder';
import { ArticleFlag, DateSource, PageFormat, type ArticleDocument, type RemovedLineValue } from './article.document';

registerEnumType(MentionKind, {
  name: 'MentionKind',
  description: 'How a text names an actor.',
  valuesConfig: {
    NAME: { description: 'By its canonical name.' },
    ALIAS: { description: 'By another name proper: a spelling, an abbreviation, a formal name.' },
    METONYM: { description: 'By a name that stands for it: a capital or seat of government ("Seoul", "the Kremlin").' },
    DEMONYM: { description: 'By a word of nationality ("Russian officials").' },
  },
});

registerEnumType(PageFormat, {
  name: 'PageFormat',
  description: 'How a page was received.',
  valuesConfig: { HTML: { description: 'As HTML.' }, TEXT: { description: 'As text.' } },
});

registerEnumType(ArticleFlag, {
  name: 'ArticleFlag',
  description: 'A problem found while ingesting an article.',
  valuesConfig: {
    HEADER_DATE_CONTRADICTED: { description: 'The page header shows a date the text rules out (typically the scrape date); the text won.' },
    NO_BODY: { description: 'The page has a headline but no paragraph of text.' },
    DATE_SOURCES_CONFLICT: {
      description: 'The sources of a date on the page (metadata, byline, dateline, address) disagree; the strongest won (see `publishedAtNote`).',
    },
    NOT_ENGLISH: { description: 'The page is not in English (see `language`): stored as received, its dates, actors and names not read with English rules.' },
  },
});

registerEnumType(DateSource, {
  name: 'DateSource',
  description: 'How a publication date was determined.',
  valuesConfig: {
    METADATA: { description: 'Declared by the publisher in the HTML (JSON-LD `datePublished`, `article:published_time`, `<time>`).' },
    BYLINE: { description: 'The date line under the headline or in the byline ("Published March 25, 2024 5:12 PM").' },
    DATELINE: { description: 'The dateline opening the text ("SEOUL, Oct. 12 (Yonhap) --"), its year completed from other evidence when it gives none.' },
    URL: { description: "A date in the page's address (`/2024/03/25/`)." },
    PAGE_HEADER: {
      description: 'Printed at the top of the page and consistent with the text.',
      deprecationReason: 'Recorded by earlier versions only; new articles say BYLINE.',
    },
    TEXT: { description: 'Stated in the article text ("reported on Sept. 15").' },
    INFERRED: { description: 'Worked out from relative dates in the text ("last month", "said Saturday") and the events they refer to.' },
    PROVIDED: { description: 'Given by the editor who ingested the article.' },
    UNKNOWN: { description: 'Not determined.' },
  },
});

@ObjectType({ description: 'Where an article names an actor, with the words used and their character offsets in the body.' })
export class ActorMention {
  actorId!: string;

  @Field({ description: 'The words as written in the body ("N. Korea", "Pyongyang").' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the first character in `Article.body`.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character in `Article.body`.' })
  end!: number;

  @Field(() => MentionKind, { nullable: true, description: 'How the words name the actor; null on mentions recorded before kinds were.' })
  kind!: MentionKind | null;

  static from(value: MentionValue): ActorMention {
    return Object.assign(new ActorMention(), { ...value, kind: value.kind ?? null });
  }
}

@ObjectType({ description: 'A line of the page left out of the body, and why.' })
export class RemovedLine {
  @Field({ description: 'The line as it was on the page.' })
  text!: string;

  @Field({ description: '`META` for bylines, date lines and credits (read for what they say), `JUNK` for everything else.' })
  kind!: string;

  @Field({ description: 'What the line was taken for ("photo caption", "share or print widget", "byline").' })
  reason!: string;

  static from(value: RemovedLineValue): RemovedLine {
    return Object.assign(new RemovedLine(), value);
  }
}

@ObjectType({
  implements: Node,
  description: 'A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions.',
})
export class Article extends RetractableNode {
  key!: string;
  syndicationClusterId!: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the page, when known. Unique.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The publication that ran it, when the page names it.' })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'The news agency the text credits (e.g. Yonhap), when it credits one.' })
  agency!: string | null;

  @Field({ description: 'Headline.' })
  title!: string;

  @Field(() => [String], { description: 'People the byline or the page metadata name as its authors.' })
  authors!: string[];

  @Field(() => Date, { nullable: true, description: 'When the page was fetched, when the editor said.' })
  fetchedAt!: Date | null;

  @Field(() => PageFormat, { description: 'Whether the page came as HTML or as text (see `rawText`).' })
  rawFormat!: PageFormat;

  @Field(() => [RemovedLine], { description: 'Every line of the page left out of the body, with why, in page order.' })
  removedLines!: RemovedLine[];

  @Field(() => PartialDate, { nullable: true, description: 'Publication date, with the precision it really has.' })
  publishedAt!: PartialDate | null;

  @Field(() => DateSource, { description: 'How `publishedAt` was determined.' })
  publishedAtSource!: DateSource;

  @Field(() => String, { nullable: true, description: 'Why the publication date is what it is, when it took reasoning.' })
  publishedAtNote!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'A date printed in the page header that is not the publication date (often the scrape date).' })
  pageHeaderDate!: PartialDate | null;

  @Field({ description: 'Language of the body (BCP 47, e.g. `en`).' })
  language!: string;

  @Field({ description: 'Cleaned body: the article paragraphs without page furniture. Evidence offsets point into it.' })
  body!: string;

  @Field({ description: 'SHA-256 of the raw text (hex); the same page ingested twice is one article.' })
  contentHash!: string;

  @Field(() => [ActorMention], { description: 'Every place the body names a known actor, in order.' })
  mentions!: ActorMention[];

  @Field(() => [ArticleFlag], { description: 'Problems found while ingesting, for an editor to look at.' })
  flags!: ArticleFlag[];

  @Field(() => [String], { description: 'Names in the body that look like people or organizations not yet known as actors, for an editor to review.' })
  candidateNames!: string[];

  @Field(() => Int, { description: 'Version of the record: 1 when it was recorded, one more at every change.' })
  version!: number;

  static from(doc: ArticleDocument): Article {
    return Object.assign(new Article(), {
      ...retractionOf(doc),
      key: doc._id,
      id: toGlobalId('Article', doc._id),
      version: doc.version,
      syndicationClusterId: doc.syndicationClusterId ?? null,
      url: doc.url,
      outlet: doc.outlet,
      agency: doc.agency,
      title: doc.title,
      authors: doc.authors ?? [],
      fetchedAt: doc.fetchedAt ?? null,
      rawFormat: doc.rawFormat ?? PageFormat.TEXT,
      removedLines: (doc.removedLines ?? []).map(RemovedLine.from),
      publishedAt: PartialDate.from(doc.publishedAt),
      publishedAtSource: doc.publishedAtSource,
      publishedAtNote: doc.publishedAtNote,
      pageHeaderDate: PartialDate.from(doc.pageHeaderDate),
      language: doc.language,
      body: doc.body,
      contentHash: doc.contentHash,
      mentions: doc.mentions.map(ActorMention.from),
      flags: doc.flags ?? [],
      candidateNames: doc.candidateNames ?? [],
    });
  }
}

export const ArticleConnection = ConnectionType(Article, 'Article');
