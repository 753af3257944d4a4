import { EventKind } from '../events/event.document';
import { MeasureKind, MeasureStatus } from '../measures/measure.document';

/** PLOVER event types (https://github.com/openeventdata/PLOVER): the coarse verb class of a proposal. */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** How the actors of a trigger's clause divide: who acts and who is acted upon, or everyone taking part alike. */
export type RoleShape = 'DIRECTED' | 'JOINT';

interface TriggerBase {
  /** Matched case-insensitively within one sentence; the match marks where the verb is for the actors' roles. */
  readonly pattern: RegExp;
  readonly plover: PloverType;
  /** 0–1: how surely the words mean this kind ("summoned the ambassador" is sure; "talks" less so). */
  readonly strength: number;
  readonly roles: RoleShape;
}

export interface EventTrigger extends TriggerBase {
  readonly family: 'event';
  readonly kind: EventKind;
}

export interface MeasureTrigger extends TriggerBase {
  readonly family: 'measure';
  readonly kind: MeasureKind;
  /** The status when the clause's modality says nothing more (the verb's own tense usually does). */
  readonly status?: MeasureStatus;
}

export type Trigger = EventTrigger | MeasureTrigger;

/** A short gap inside one clause: a few words, no sentence or clause punctuation. */
const GAP = '[^.;:!?]{0,80}?';
const near = (...parts: string[]): RegExp => new RegExp(`\\b(?:${parts.join(`)\\b${GAP}\\b(?:`)})`, 'i');
const words = (...alternatives: string[]): RegExp => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');

const ENVOY = "ambassadors?|envoys?|diplomats?|chargés? d['’]affaires|charge d['’]affaires|(?:deputy )?chiefs? of mission|consuls?(?: general)?|attachés?";
const SANCTIONS = 'sanctions|tariffs?|duties|levies|export controls?|asset freezes?|travel bans?|import bans?|export bans?|embargo(?:es)?|penalties';
const WEAPONS =
  'weapons|arms|munitions|ammunition|shells|missiles|rockets|drones|tanks|jets|fighter jets|air defen[cs]e systems?|artillery|howitzers|warships|military equipment|military aid';
const PACT = 'treaty|treaties|agreements?|pacts?|accords?|deals?|memorand(?:um|a)(?: of understanding)?|declarations?|communiqués?';

const event = (kind: EventKind, plover: PloverType, strength: number, roles: RoleShape, pattern: RegExp): EventTrigger => ({
  family: 'event',
  kind,
  plover,
  strength,
  roles,
  pattern,
});
const measure = (kind: MeasureKind, plover: PloverType, strength: number, roles: RoleShape, pattern: RegExp, status?: MeasureStatus): MeasureTrigger => ({
  family: 'measure',
  kind,
  plover,
  strength,
  roles,
  pattern,
  ...(status ? { status } : {}),
});

/**
 * The trigger table, one row per way news copy reports a kind: verbs in every tense and
 * their nominalisations ("imposed sanctions", "the imposition of sanctions"). Rows that
 * need an object ("summoned … ambassador") look for it within the same clause. Earlier
 * rows win when two rows of one family match the same words.
 */
export const TRIGGERS: readonly Trigger[] = [
  // Measures
  measure(MeasureKind.DIPLOMATIC_PROTEST, 'PROTEST', 0.95, 'DIRECTED', near('summon(?:s|ed|ing)?|summons(?:ed|ing)?', ENVOY), MeasureStatus.IMPLEMENTED),
  measure(
    MeasureKind.DIPLOMATIC_PROTEST,
    'PROTEST',
    0.9,
    'DIRECTED',
    near(`(?:${ENVOY})`, 'was summoned|were summoned|had been summoned'),
    MeasureStatus.IMPLEMENTED,
  ),
  measure(
    MeasureKind.DIPLOMATIC_PROTEST,
    'PROTEST',
    0.85,
    'DIRECTED',
    words(
      'lodg(?:e|es|ed|ing)(?: an?)?(?: formal| strong| diplomatic)* protests?',
      'fil(?:e|es|ed|ing)(?: an?)?(?: formal| strong| diplomatic)* protests?',
      'diplomatic protests?',
      'démarches?',
    ),
    MeasureStatus.IMPLEMENTED,
  ),
  measure(
    MeasureKind.EXPULSION,
    'SANCTION',
    0.95,
    'DIRECTED',
    new RegExp(
      `${near('expel(?:s|led|ling)?|expulsions? of|ordered out', `(?:${ENVOY}|staff|personnel|officials)`).source}|${near('recall(?:s|ed|ing)?', 'ambassadors?|envoys?').source}|${words('persona non grata', 'downgrad(?:e|es|ed|ing) (?:diplomatic )?(?:ties|relations)', 'sever(?:s|ed|ing)? (?:diplomatic )?(?:ties|relations)', 'cut(?:s|ting)? (?:off )?diplomatic (?:ties|relations)', 'expulsions?', 'expel(?:s|led|ling)').source}`,
      'i',
    ),
    MeasureStatus.IMPLEMENTED,
  ),
  measure(
    MeasureKind.CONDEMNATION,
    'ACCUSE',
    0.9,
    'DIRECTED',
    words('condemn(?:s|ed|ing)?', 'condemnations?', 'denounc(?:e|es|ed|ing)', 'deplor(?:e|es|ed|ing)'),
    MeasureStatus.IMPLEMENTED,
  ),
  measure(
    MeasureKind.SANCTION,
    'SANCTION',
    0.9,
    'DIRECTED',
    new RegExp(
      `${near('impos(?:e|es|ed|ing)|imposition of|slap(?:s|ped|ping)?|levy|levied|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|tighten(?:s|ed|ing)?|announc(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|unveil(?:s|ed|ing)?|new|fresh|additional|further', `(?:${SANCTIONS})`).source}|${words('sanction(?:s|ed|ing)?', 'blacklist(?:s|ed|ing)?', 'fr(?:oze|eeze|eezes|eezing|ozen) (?:the )?assets', 'asset freezes?', 'export controls?', 'entity list', 'ban(?:s|ned|ning)? (?:the )?(?:imports?|exports?|sales?)', '(?:import|export|trade) bans?', 'anti-dumping duties', 'provisional duties', 'tariffs').source}`,
      'i',
    ),
  ),
  measure(
    MeasureKind.SUSPENSION,
    'SANCTION',
    0.8,
    'DIRECTED',
    words(
      'suspend(?:s|ed|ing)?',
      'suspensions? of',
      'halt(?:s|ed|ing)? (?:talks|cooperation|aid|imports|exports|flights|trade)',
      'pull(?:s|ed|ing)? out of',
      'withdr(?:aw|aws|ew|awn|awing) from the (?:treaty|agreement|accord|pact)',
      'clos(?:e|es|ed|ing) (?:its )?airspace',
      'shut(?:s|ting)? (?:its )?airspace',
    ),
  ),
  measure(
    MeasureKind.AID,
    'AID',
    0.7,
    'DIRECTED',
    words('humanitarian (?:aid|assistance)', 'relief supplies', 'emergency (?:aid|assistance)', 'pledg(?:e|es|ed|ing) \\$?[\\d.,]+ (?:million|billion)'),
  ),
  measure(
    MeasureKind.LEGAL_ACTION,
    'ACCUSE',
    0.85,
    'DIRECTED',
    words(
      'fil(?:e|es|ed|ing) (?:a |an )?(?:case|lawsuit|suit|complaint)',
      'brought (?:a |an )?case',
      'case brought',
      'arbitral tribunal',
      'International Court of Justice',
      'International Criminal Court',
      'arrest warrants?',
      'indict(?:s|ed|ing|ment)?',
      'su(?:e|es|ed|ing) ',
    ),
  ),
  measure(
    MeasureKind.WARNING,
    'THREATEN',
    0.85,
    'DIRECTED',
    words('warn(?:s|ed|ing)?', 'threat(?:en|ens|ened|ening) to', 'warnings?'),
    MeasureStatus.THREATENED,
  ),
  measure(
    MeasureKind.DEMAND,
    'REQUEST',
    0.75,
    'DIRECTED',
    words(
      'demand(?:s|ed|ing)?',
      'urg(?:e|es|ed|ing)',
      'call(?:s|ed|ing)? on',
      'call(?:s|ed|ing)? for',
      'insist(?:s|ed|ing)? that',
      'press(?:es|ed|ing)? (?:\\w+ )?to',
    ),
    MeasureStatus.ANNOUNCED,
  ),
  measure(
    MeasureKind.REVIEW,
    'CONCEDE',
    0.7,
    'DIRECTED',
    near(
      'review(?:s|ed|ing)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|look(?:s|ed|ing)? into',
      '(?:additional|further|possible|new|retaliatory|countermeasures|measures|steps|options|responses?)',
    ),
    MeasureStatus.CONSIDERED,
  ),
  measure(
    MeasureKind.AGREEMENT,
    'AGREE',
    0.6,
    'JOINT',
    words('agreed to', 'agreed on', 'reached (?:an )?agreement', 'struck (?:a |an )?(?:deal|agreement)'),
    MeasureStatus.AGREED,
  ),

  // Events
  event(
    EventKind.WEAPONS_TEST,
    'THREATEN',
    0.9,
    'DIRECTED',
    new RegExp(
      `${near('launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|test(?:s|ed|ing)?|test-fir(?:e|es|ed|ing)', '(?:ballistic |cruise |hypersonic |intercontinental )?missiles?|ICBMs?|rockets?|satellite').source}|${words('missile (?:launch|launches|test|tests)', 'nuclear tests?', 'weapons? tests?', 'test-fired').source}`,
      'i',
    ),
  ),
  event(
    EventKind.TREATY_SIGNING,
    'AGREE',
    0.9,
    'JOINT',
    new RegExp(
      `${near('sign(?:s|ed|ing)?|signing of|ink(?:s|ed|ing)?', `(?:${PACT})`).source}|${near(`(?:${PACT})`, 'was signed|were signed|signed').source}`,
      'i',
    ),
  ),
  event(
    EventKind.VOTE,
    'AGREE',
    0.85,
    'DIRECTED',
    words(
      'veto(?:es|ed|ing)?',
      'vot(?:e|es|ed|ing)',
      'ratif(?:y|ies|ied|ying|ication)',
      'abstain(?:s|ed|ing)?',
      'adopt(?:s|ed|ing)? (?:a |the )?resolution',
      'pass(?:es|ed|ing)? (?:a |the )?resolution',
    ),
  ),
  event(
    EventKind.DETENTION,
    'COERCE',
    0.85,
    'DIRECTED',
    words(
      'arrest(?:s|ed|ing)?',
      'detain(?:s|ed|ing)?',
      'detentions?',
      'seiz(?:e|es|ed|ing)',
      'seizures?',
      'captur(?:e|es|ed|ing)',
      'impound(?:s|ed|ing)?',
      'taken into custody',
    ),
  ),
  event(
    EventKind.TROOP_DEPLOYMENT,
    'MOBILIZE',
    0.85,
    'DIRECTED',
    new RegExp(
      `${words('deploy(?:s|ed|ing|ment|ments)?', 'station(?:s|ed|ing)? (?:troops|forces|soldiers)', 'sen(?:d|ds|t|ding) (?:more |additional )?(?:troops|soldiers|forces)', 'reinforc(?:e|es|ed|ing|ements)').source}|${near('withdr(?:aw|aws|ew|awn|awing|awal)|pull(?:s|ed|ing)? (?:back|out)', '(?:troops|forces|soldiers)').source}`,
      'i',
    ),
  ),
  event(
    EventKind.ARMS_TRANSFER,
    'AID',
    0.85,
    'DIRECTED',
    new RegExp(
      `${near('deliver(?:s|ed|ing|y|ies)?|suppl(?:y|ies|ied|ying)|sen(?:d|ds|t|ding)|ship(?:s|ped|ping|ments?)?|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold|sale of|sales of', `(?:${WEAPONS})`).source}|${words('arms (?:sales?|deals?|transfers?|shipments?|deliveries|supplies)', 'weapons (?:deliveries|shipments|transfers|package)', 'military aid package').source}`,
      'i',
    ),
  ),
  event(
    EventKind.MILITARY_EXERCISE,
    'MOBILIZE',
    0.8,
    'JOINT',
    words('(?:military|joint|naval|air|live-fire|combined) (?:exercises?|drills?)', 'drills?', 'war games', 'exercises'),
  ),
  event(
    EventKind.MILITARY_ACTION,
    'ASSAULT',
    0.85,
    'DIRECTED',
    words(
      'attack(?:s|ed|ing)?',
      'strikes?',
      'struck',
      'air ?strikes?',
      'bomb(?:s|ed|ing|ings)?',
      'shell(?:s|ed|ing)',
      'fired (?:water cannon|on|at|upon)',
      'water cannon',
      'ramm(?:ed|ing)',
      'clash(?:es|ed|ing)?',
      'blockad(?:e|es|ed|ing)',
      'invad(?:e|es|ed|ing)',
      'invasion',
      'shot down',
      'incursions?',
      'intrud(?:e|es|ed|ing)',
      'harass(?:ed|ing|ment)?',
      'assault(?:s|ed|ing)?',
      'offensive',
      'killed',
      'barrage',
    ),
  ),
  event(
    EventKind.MEETING,
    'CONSULT',
    0.8,
    'JOINT',
    words(
      'met',
      'meet(?:s|ing)?(?: with)?',
      'held talks',
      'hold(?:s|ing)? talks',
      'talks with',
      'summit',
      'spoke by (?:tele)?phone',
      'phone call',
      'telephone call',
      'video call',
      'conferred',
    ),
  ),
  event(EventKind.VISIT, 'CONSULT', 0.75, 'DIRECTED', words('visit(?:s|ed|ing)?', 'arriv(?:e|es|ed|ing) in', 'trip to', 'travel(?:s|ed|led|ing)? to')),
  event(EventKind.PROPOSAL, 'REQUEST', 0.65, 'DIRECTED', words('propos(?:e|es|ed|ing|al|als)', 'offer(?:s|ed|ing)? to')),
  event(EventKind.STATEMENT, 'ACCUSE', 0.6, 'DIRECTED', words('accus(?:e|es|ed|ing)', 'accusations?', 'blam(?:e|es|ed|ing)')),
  event(EventKind.STATEMENT, 'REJECT', 0.6, 'DIRECTED', words('reject(?:s|ed|ing)?', 'den(?:y|ies|ied|ying)', 'dismiss(?:es|ed|ing)')),
];
