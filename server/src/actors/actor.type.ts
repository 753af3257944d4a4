import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence } from '../evidence/evidence.type';
import { RetractableNode, retractionOf } from '../review/retraction.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { ActorKind, type ActorDocument, type ActorRoleValue } from './actor.document';

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What sort of actor this is.',
  valuesConfig: {
    STATE: { description: 'A country, also named by its capital or government ("Seoul", "the Kremlin").' },
    PERSON: { description: 'A named individual.' },
    GOVERNMENT_BODY: { description: 'A ministry, agency or office of a state.' },
    MILITARY_UNIT: { description: 'A unit of armed forces.' },
    ORGANIZATION: { description: 'Any other organization.' },
    INTERNATIONAL_ORGANIZATION: { description: 'A body of several states (UN Security Council).' },
    MEDIA: { description: 'A news outlet or agency.' },
  },
});

@ObjectType({ description: 'A position an actor holds: Park Jin, Foreign Minister of South Korea.' })
export class ActorRole {
  organizationId!: string | null;

  @Field({ description: 'The title as the sources give it ("Foreign Minister").' })
  title!: string;

  @Field(() => [Evidence], { description: 'Quotes that give the title.' })
  sources!: Evidence[];

  static from(value: ActorRoleValue): ActorRole {
    return Object.assign(new ActorRole(), {
      title: value.title,
      organizationId: value.organizationId,
      sources: value.sources.map(Evidence.from),
    });
  }
}

@ObjectType({ implements: Node, description: 'A state, person or organization that acts or is acted upon.' })
export class Actor extends RetractableNode {
  key!: string;
  affiliationId!: string | null;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names proper the sources use: spellings, abbreviations, formal names ("N. Korea", "DPRK").' })
  aliases!: string[];

  @Field(() => [String], {
    description: 'Names that stand for the actor without being its name: a capital or seat of government ("Pyongyang", "the Kremlin", "Downing Street").',
  })
  metonyms!: string[];

  @Field(() => [String], { description: 'Adjectives and nouns of nationality that name the actor ("North Korean", "Russian").' })
  demonyms!: string[];

  @Field(() => [String], { description: 'Web hosts the actor publishes on, lower-case, without scheme, "www.", port or path ("yna.co.kr").' })
  hosts!: string[];

  @Field(() => [ActorRole], { description: 'Positions held, with the quotes that give them.' })
  roles!: ActorRole[];

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => [Evidence], { description: 'Quotes about this actor.' })
  sources!: Evidence[];

  @Field(() => [ID], { description: 'The actors merged into this one (see `mergeActors`): their ids resolve to it.' })
  mergedFrom!: string[];

  @Field(() => Int, { description: 'Version of the record: 1 when it was recorded, one more at every change.' })
  version!: number;

  static from(doc: ActorDocument): Actor {
    return Object.assign(new Actor(), {
      ...retractionOf(doc),
      mergedFrom: (doc.mergedFrom ?? []).map((key) => toGlobalId('Actor', key)),
      key: doc._id,
      id: toGlobalId('Actor', doc._id),
      version: doc.version,
      affiliationId: doc.affiliationId,
      name: doc.name,
      kind: doc.kind,
      aliases: doc.aliases,
      metonyms: doc.metonyms,
      demonyms: doc.demonyms,
      hosts: doc.hosts,
      roles: doc.roles.map(ActorRole.from),
      description: doc.description,
      sources: doc.sources.map(Evidence.from),
    });
  }
}

export const ActorConnection = ConnectionType(Actor, 'Actor');
