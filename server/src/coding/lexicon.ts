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
  /** Proposes only when no other row matches the sentence and a known actor is its subject. */
  readonly alone?: boolean;
  /**
   * Which of its kind's distinct acts the row reports ("summons" or "protest note" of a
   * diplomatic protest): reports of different acts are different records, however alike their words.
   */
  readonly act?: string;
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
const any = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((pattern) => pattern.source).join('|'), 'i');

const ENVOY = "ambassadors?|envoys?|diplomats?|chargés? d['’]affaires|charge d['’]affaires|(?:deputy )?chiefs? of mission|consuls?(?: general)?|attachés?";
const SANCTIONS =
  'sanctions|tariffs?|duties|levies|export controls?|asset freezes?|travel bans?|import bans?|export bans?|embargo(?:es)?|penalties|punitive measures|restrictive measures|anti-dumping measures|anti-subsidy (?:duties|measures)';
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
const measure = (
  kind: MeasureKind,
  plover: PloverType,
  strength: number,
  roles: RoleShape,
  pattern: RegExp,
  status?: MeasureStatus,
  act?: string,
): MeasureTrigger => ({
  family: 'measure',
  kind,
  plover,
  strength,
  roles,
  pattern,
  ...(status ? { status } : {}),
  ...(act ? { act } : {}),
});

/**
 * The trigger table, one row per way news copy reports a kind: verbs in every tense and
 * their nominalisations ("imposed sanctions", "the imposition of sanctions"). Rows that
 * need an object ("summoned … ambassador") look for it within the same clause. Earlier
 * rows win when two rows of one family match the same words. Nouns that only refer back
 * to a happening ("condemned the attack") are told apart in the coder, not here.
 */
export const TRIGGERS: readonly Trigger[] = [
  // Measures
  measure(
    MeasureKind.DIPLOMATIC_PROTEST,
    'PROTEST',
    0.95,
    'DIRECTED',
    near('summon(?:s|ed|ing)?|summons(?:ed|ing)?', ENVOY),
    MeasureStatus.IMPLEMENTED,
    'summons',
  ),
  measure(
    MeasureKind.DIPLOMATIC_PROTEST,
    'PROTEST',
    0.9,
    'DIRECTED',
    near(`(?:${ENVOY})`, 'was summoned|were summoned|had been summoned'),
    MeasureStatus.IMPLEMENTED,
    'summons',
  ),
  measure(
    MeasureKind.DIPLOMATIC_PROTEST,
    'PROTEST',
    0.85,
    'DIRECTED',
    words(
      'lodg(?:e|es|ed|ing)(?: an?)?(?: formal| strong| diplomatic)* protests?',
      'fil(?:e|es|ed|ing)(?: an?)?(?: formal| strong| diplomatic)* protests?',
      '(?:handed|delivered|issued)(?: an?)?(?: formal| strong| diplomatic)* protests?',
      'diplomatic protests?',
      'démarches?',
    ),
    MeasureStatus.IMPLEMENTED,
    'protest note',
  ),
  measure(
    MeasureKind.EXPULSION,
    'SANCTION',
    0.95,
    'DIRECTED',
    any(
      near('expel(?:s|led|ling)?|expulsions? of|ordered out|declared', `(?:${ENVOY}|staff|personnel|officials|advisers|advisors|attachés|persona non grata)`),
      words('persona non grata'),
    ),
    MeasureStatus.IMPLEMENTED,
    'expulsion',
  ),
  measure(
    MeasureKind.EXPULSION,
    'SANCTION',
    0.95,
    'DIRECTED',
    near('recall(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)', '(?:its |their |the )?(?:ambassadors?|envoys?|high commissioners?)'),
    MeasureStatus.IMPLEMENTED,
    'recall',
  ),
  measure(
    MeasureKind.EXPULSION,
    'SANCTION',
    0.95,
    'DIRECTED',
    any(
      words(
        'downgrad(?:e|es|ed|ing) (?:its |their )?(?:diplomatic )?(?:ties|relations)',
        'sever(?:s|ed|ing)? (?:its |their )?(?:diplomatic )?(?:ties|relations)',
        'cut(?:s|ting)? (?:off )?(?:its |their )?diplomatic (?:ties|relations)',
        'reduc(?:e|es|ed|ing) (?:the )?(?:size|strength) of (?:its |their |the )?(?:embassy|mission|high commission)',
      ),
      near('cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?', '(?:staff|strength|size)', '(?:missions?|high commissions?|embassy|embassies)'),
    ),
    MeasureStatus.IMPLEMENTED,
    'downgrade',
  ),
  measure(
    MeasureKind.CONDEMNATION,
    'ACCUSE',
    0.9,
    'DIRECTED',
    any(
      words('condemn(?:s|ed|ing)?', 'condemnations?', 'denounc(?:e|es|ed|ing)', 'deplor(?:e|es|ed|ing)', 'criticis(?:e|es|ed|ing)', 'criticiz(?:e|es|ed|ing)'),
      near('call(?:s|ed|ing)?', '(?:a disgrace|an outrage|shameful|unacceptable|irresponsible|appalling|deplorable)'),
    ),
    MeasureStatus.ANNOUNCED,
  ),
  measure(
    MeasureKind.SANCTION,
    'SANCTION',
    0.9,
    'DIRECTED',
    any(
      near(
        'impos(?:e|es|ed|ing)|re-?impos(?:e|es|ed|ing)|imposition of|slap(?:s|ped|ping)?|levy|levied|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|tighten(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|unveil(?:s|ed|ing)?|confirm(?:s|ed|ing)?|new|fresh|additional|further',
        `(?:${SANCTIONS})`,
      ),
      words(
        '(?<!(?:those|the|people|entities|individuals|companies) )sanction(?:ed|ing)',
        'sanctions (?:on|against)',
        'blacklist(?:s|ed|ing)?',
        'fr(?:oze|eeze|eezes|eezing|ozen) (?:the |their |its )?assets',
        'asset freezes?',
        'export controls?',
        'entity list',
        'restrictive measures',
        'ban(?:s|ned|ning)? (?:the |all )?(?:imports?|exports?|sales?)',
        '(?:import|export|trade) bans?',
        'anti-dumping (?:duties|measures)',
        'countervailing duties',
        'provisional duties',
        'tariffs',
        'not renew',
        'revok(?:e|es|ed|ing) (?:the |its )?licen[cs]es?',
        'no longer (?:be allowed to )?travel',
      ),
      near('clos(?:e|es|ed|ing|ure of)|shut(?:s|ting)?|seal(?:s|ed|ing)?', '(?:airspace|border|crossing|check post|land route|ports?|border post)'),
      near(
        'suspend(?:s|ed|ing)?|suspension of|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|cut(?:s|ting)? off|ban(?:s|ned|ning)?',
        '(?:trade|imports?|exports?|transit|shipments|purchases|visas?|aquatic products|seafood)',
      ),
      near('visas?', 'cancel+(?:ed|led)|revoked|suspended'),
    ),
  ),
  measure(
    MeasureKind.SUSPENSION,
    'SANCTION',
    0.8,
    'DIRECTED',
    any(
      near(
        'suspend(?:s|ed|ing)?|suspensions? of|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|end(?:s|ed|ing)?|pull(?:s|ed|ing)? out of|withdr(?:aw|aws|ew|awn|awing) from|skip(?:s|ped|ping)?',
        `(?:${PACT}|talks|cooperation|aid|assistance|dialogue|negotiations|participation|membership|programmes?|programs?|sharing|meetings|funding)`,
      ),
      words(
        '(?:hold|holds|held|holding|put|puts|putting|placed) [^.;]{0,60}in abeyance',
        'in abeyance',
        'on hold',
        'stop(?:s|ped|ping)? sharing',
        'cooperation [^.;]{0,40}(?:was|is) over',
      ),
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
      'take (?:the matter|the case|the dispute|\\w+) to (?:the )?(?:court|World Bank|Permanent Court|International Court|tribunal|arbitration)',
      'brought (?:a |an )?case',
      'case brought',
      'arbitral tribunal',
      'International Court of Justice',
      'International Criminal Court',
      'arrest warrants?',
      'indict(?:s|ed|ing|ment)?',
    ),
  ),
  measure(
    MeasureKind.WARNING,
    'THREATEN',
    0.85,
    'DIRECTED',
    words(
      'warn(?:s|ed|ing)?',
      'threat(?:en|ens|ened|ening) (?:to|retaliation|reprisals|sanctions|action|countermeasures|force|military|war)',
      'st(?:and|ands|ood) ready to',
      'reserv(?:e|es|ed|ing) the right to',
      'vow(?:s|ed|ing)? to',
      'promis(?:e|es|ed|ing) (?:that )?(?:those|the attackers)',
      'act of war',
      '(?:will|would) be answered',
      '(?:will|would) (?:respond|retaliate|take countermeasures|take (?:further|additional) measures|pursue)',
      'make \\w+ pay',
      'remind(?:s|ed|ing)? \\w+ that',
      'would invoke',
      'hunted down',
      '(?:clear|serious|severe|grave) consequences',
      '(?:would|will) (?:seriously )?(?:undermine|damage|harm)',
      '(?:would|will) (?:constitute|be) (?:a|an) (?:clear )?(?:violation|breach)',
      'serious threat',
    ),
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
      '(?<!(?:that|which|resolution|text) )call(?:s|ed)? on',
      '(?<!(?:that|which|resolution|text) )call(?:s|ed)? for',
      'insist(?:s|ed|ing)? that',
      'press(?:es|ed|ing)? (?:\\w+ )?to',
      'ask(?:s|ed|ing)? \\w+ to',
      '(?:told|tell|tells|telling) [^.;]{0,60}\\bmust\\b',
    ),
    MeasureStatus.ANNOUNCED,
  ),
  measure(
    MeasureKind.REVIEW,
    'CONCEDE',
    0.7,
    'DIRECTED',
    near(
      'review(?:s|ed|ing)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|look(?:s|ed|ing)? into|investigat(?:e|es|ed|ing|ion)',
      '(?:additional|further|possible|new|retaliatory|countermeasures|measures|steps|options|responses?|imports?|dumping|requests|applications)',
    ),
    MeasureStatus.CONSIDERED,
  ),
  measure(
    MeasureKind.MONITORING,
    // PLOVER has no watching of its own; a heightened watch is closest to a raised alert.
    'MOBILIZE',
    0.6,
    'DIRECTED',
    words(
      '(?:clos(?:e|ely) )?monitor(?:s|ed|ing)? (?:the )?(?:trends?|situation|developments|movements|activities)',
      'clos(?:e|ely) monitor(?:s|ed|ing)?',
      'keep(?:s|ing)? a close (?:eye|watch) on',
    ),
    MeasureStatus.IMPLEMENTED,
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
    any(
      // A launch at a target is an attack, not a test.
      new RegExp(
        `${near('launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|test(?:s|ed|ing)?|test-fir(?:e|es|ed|ing)', '(?:ballistic |cruise |hypersonic |intercontinental )?missiles?|ICBMs?|rockets?|satellite').source}(?![^.;]{0,60}\\b(?:at|against|towards?|into|on)\\s+(?:[A-Z]|the|its|Israeli|positions|targets))`,
      ),
      words('missile (?:launch|launches|test|tests)', 'nuclear tests?', 'weapons? tests?', 'test-fired'),
    ),
  ),
  event(
    EventKind.TREATY_SIGNING,
    'AGREE',
    0.9,
    'JOINT',
    any(
      near('sign(?:s|ed|ing)?|signing of|ink(?:s|ed|ing)?|signatures? to', `(?:${PACT})`),
      near(`(?:${PACT})`, 'was signed|were signed|signed'),
      words('instrument of (?:accession|ratification)', 'became (?:a|the \\w+) (?:full )?member'),
    ),
  ),
  event(
    EventKind.VOTE,
    'AGREE',
    0.85,
    'DIRECTED',
    any(
      words(
        'veto(?:ed|ing)',
        'vetoes (?:a|the)',
        'cast (?:a |its |their )?veto',
        'vot(?:e|es|ed|ing) (?:for|against|in favou?r|to|on)',
        'ratif(?:y|ies|ied|ying)',
        'abstain(?:s|ed|ing)?',
        'adopt(?:s|ed|ing)? (?:a |the )?resolution',
        'pass(?:es|ed|ing)? (?:a |the )?resolution',
      ),
      near('approv(?:e|es|ed|ing)', '(?:membership|bid|accession|resolution|ratification)'),
    ),
  ),
  // A seizure of power is a coup, not a detention.
  event(EventKind.MILITARY_ACTION, 'ASSAULT', 0.85, 'DIRECTED', words('seiz(?:e|es|ed|ing) power', 'coups?', 'overthr(?:ew|own|ow|ows)', 'topple[ds]?')),
  event(
    EventKind.DETENTION,
    'COERCE',
    0.85,
    'DIRECTED',
    words(
      'arrest(?:s|ed|ing)?',
      'detain(?:s|ed|ing)?',
      'detentions?',
      'seiz(?:e|es|ed|ing)(?! power)',
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
    any(
      words(
        'deploy(?:s|ed|ing|ment|ments)?',
        'station(?:s|ed|ing)? (?:troops|forces|soldiers)',
        'sen(?:d|ds|t|ding) (?:more |additional )?(?:troops|soldiers|forces)',
        'reinforc(?:e|es|ed|ing|ements)',
        'r[au]n [^.;]{0,60}aground',
        'grounded (?:an? |the |its )?(?:old |ageing |aging )?(?:navy |naval )?(?:ship|vessel|transport)',
        'pushed out of',
      ),
      near('withdr(?:aw|aws|ew|awn|awing|awal)|pull(?:s|ed|ing)? (?:back|out)|leave|left|depart(?:s|ed|ure)?', '(?:troops|forces|soldiers)'),
      near('(?:troops|forces|soldiers)', 'withdr(?:aw|aws|ew|awn|awing|awal)|will leave|would leave|left|depart'),
    ),
  ),
  event(
    EventKind.ARMS_TRANSFER,
    'AID',
    0.85,
    'DIRECTED',
    any(
      near(
        'deliver(?:s|ed|ing|y|ies)?|suppl(?:y|ies|ied|ying)|sen(?:d|ds|t|ding)|ship(?:s|ped|ping|ments?)?|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold|sale of|sales of|receiv(?:e|es|ed|ing)',
        `(?:${WEAPONS})`,
      ),
      words(
        // "an arms deal", "arms supplies" name a transfer talked about; deliveries are sent.
        'arms (?:shipments?|deliveries)',
        'made (?:such )?a deliver(?:y|ies)',
        'weapons (?:deliveries|shipments|transfers|package)',
        'military aid package',
        '\\$[\\d.]+ (?:million|billion) [\\w-]+ package',
      ),
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
    any(
      words(
        'attack(?:s|ed|ing)?',
        'strikes?',
        'struck',
        'air ?strikes?',
        'bomb(?:s|ed|ing|ings)?',
        'shell(?:ed|ing)',
        'fired (?:water cannon|on|at|upon)',
        'turn(?:s|ed|ing)? (?:their|its) water cannons? on',
        'block(?:s|ed|ing)? (?:its|their|the) (?:path|way|passage)',
        'board(?:s|ed|ing) (?:\\w+ )?(?:\\w+ )?(?:boats?|vessels?|ships?)',
        'hit by (?:a |the )?water cannon',
        'ramm(?:ed|ing)',
        'clash(?:es|ed|ing)?',
        'exchanged fire',
        'blockad(?:e|es|ed|ing)',
        'invad(?:e|es|ed|ing)',
        'invasion',
        'shot down',
        'intercept(?:ed|ing)',
        'harass(?:ed|ing)',
        'assault(?:s|ed|ing)?',
        'killed',
        'barrage',
      ),
      near('launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)', '(?:drones|missiles|rockets|projectiles|shells)', '(?:at|against|towards?|into)'),
    ),
  ),
  event(
    EventKind.MEETING,
    'CONSULT',
    0.8,
    'JOINT',
    words(
      '(?<!be |been )met(?! (?:the|its|their) (?:terms|conditions|demands|targets|deadline))(?! with (?:a|an)\\b)',
      'meet(?:s|ing)? with',
      '(?:will|to|would) meet',
      'held (?:\\w+ )?talks',
      'hold(?:s|ing)? (?:\\w+ )?talks',
      'talks with',
      'summit (?:with|talks)',
      'held (?:a |their )?(?:\\w+ )?summit',
      'sp(?:oke|eak|eaks|eaking) (?:by (?:tele)?phone )?(?:to|with) (?!reporters|journalists|the press|media)',
      'spoke by (?:tele)?phone',
      '(?:held|had|in) (?:a |an )?(?:\\w+ )?(?:phone|telephone|video) (?:call|conference)',
      'video conference',
      'meet(?:s)? in',
      'meeting (?:of|in|between)',
      'summit between',
      '(?:hold|holds|held|holding|convene[ds]?|convening|summon(?:s|ed)|call(?:s|ed)) (?:an? )?(?:\\w+ )?meeting',
      '(?:phone|telephone|video) call (?:of|between|with)',
      'conferred',
    ),
  ),
  event(
    EventKind.VISIT,
    'CONSULT',
    0.75,
    'DIRECTED',
    words(
      'visit(?:s|ed)?',
      '(?:is|are|was|were) visiting',
      'arriv(?:e|es|ed|ing) in',
      'trip to',
      '(?<!(?:longer|allowed to|able to|not|cannot) )travel(?:s|ed|led|ling)? to',
    ),
  ),
  event(
    EventKind.PROPOSAL,
    'REQUEST',
    0.65,
    'DIRECTED',
    words(
      'propos(?:e|es|ed|ing)',
      'offer(?:s|ed|ing)? to',
      'offer of',
      'draft(?:s|ed|ing) (?:a |the )?(?:resolution|text)',
      'which \\w+ drafted',
      'invit(?:e|es|ed|ing) (?!\\w+ (?:comment|questions))',
      'put forward',
      'tabled',
    ),
  ),
  event(EventKind.STATEMENT, 'ACCUSE', 0.6, 'DIRECTED', words('(?<!(?:that|which|whom) (?:it|they) )accus(?:e|es|ed|ing)', 'accusations? (?:that|of|against)')),
  event(
    EventKind.STATEMENT,
    'ACCUSE',
    0.6,
    'DIRECTED',
    words(
      'confirm(?:s|ed|ing)? that',
      'disclos(?:e|es|ed|ing|ure)',
      'reveal(?:s|ed|ing)',
      'identifi(?:ed|es) [^.;]{0,60}\\bas\\b',
      'declar(?:ed|es|ation of) [^.;]{0,60}\\bas\\b',
    ),
  ),
  event(EventKind.STATEMENT, 'REJECT', 0.6, 'DIRECTED', words('reject(?:s|ed|ing)?', 'den(?:y|ies|ied|ying)', 'dismiss(?:es|ed|ing)')),
  // The weakest row: a known actor saying something is news only where nothing else in the sentence is (see the coder).
  {
    ...event(
      EventKind.STATEMENT,
      'ACCUSE',
      0.4,
      'DIRECTED',
      words('(?:said|says|told|announced|confirmed|disclosed|declared|stated|insisted|claimed)(?! (?:in a statement|reporters|journalists))'),
    ),
    alone: true,
  },
  event(
    EventKind.STATEMENT,
    'SUPPORT',
    0.6,
    'DIRECTED',
    words(
      'welcom(?:e|es|ed|ing)(?! to)',
      'express(?:es|ed|ing)? (?:its |their )?(?:full )?(?:solidarity|support)',
      'reaffirm(?:s|ed|ing)? (?:its |their )?(?:full )?(?:solidarity|support|commitment)',
    ),
  ),
];
