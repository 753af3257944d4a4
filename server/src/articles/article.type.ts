import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../dates/partial-date.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import type { MentionValue } from '../actors/mention-finder';
import { ArticleFlag, DateSource, type ArticleDocument } from './article.document';

registerEnumType(ArticleFlag, {
  name: 'ArticleFlag',
  description: 'A problem found while ingesting an article.',
  valuesConfig: {
    HEADER_DATE_CONTRADICTED: { description: 'The page header shows a date the text rules out (typically the scrape date); the text won.' },
    NO_BODY: { description: 'The page has a headline but no paragraph of text.' },
  },
});

registerEnumType(DateSource, {
  name: 'DateSource',
  description: 'How a publication date was determined.',
  valuesConfig: {
    PAGE_HEADER: { description: 'Printed in the page header and consistent with the text.' },
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

  static from(value: MentionValue): ActorMention {
    return Object.assign(new ActorMention(), value);
  }
}

@ObjectType({
  implements: Node,
  description: 'A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions.',
})
export class Article extends Node {
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
      key: doc._id,
      id: toGlobalId('Article', doc._id),
      version: doc.version,
      syndicationClusterId: doc.syndicationClusterId ?? null,
      url: doc.url,
      outlet: doc.outlet,
      agency: doc.agency,
      title: doc.title,
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
