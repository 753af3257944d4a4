import { MeasureStatus } from '../measures/measure.document';
import { ProposalMode } from '../review/review';

export { ProposalMode };

// Cues are read in the words just before the trigger, so "warned it would impose" is a
// warning asserted, not a hypothetical one: the "would" belongs to what was warned of.
const NEGATION =
  /\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|has not|hasn['’]t|have not|haven['’]t|had not|was not|were not|is not|are not|not|never|no longer|denied|denies|refused to|refuses to|declined to|without|prevents? \w+ from|prevented \w+ from|barred \w+ from|bars \w+ from)\s+(?:\w+\s+){0,2}$/i;
const HYPOTHESIS = /\b(?:if|unless|could|would|might|may|should|possible|possibly)\b[^,;]*$/i;
const FUTURE =
  /\b(?:will|shall|plans? to|planned to|planning to|intends? to|is to|are to|set to|is expected to|are expected to|is due to|are due to|to be|vow(?:s|ed)? to|pledg(?:es|ed) to|promis(?:es|ed) to)\s+(?:\w+\s+){0,3}$/i;

/** The window of a clause that governs a trigger: the words before it back to the last comma-free stretch. */
const leadIn = (before: string): string => before.slice(Math.max(0, before.length - 70));

/** The mode of the trigger that starts at `before.length` in its clause. */
export function modeOf(before: string): ProposalMode {
  const window = leadIn(before);
  if (NEGATION.test(window)) return ProposalMode.NEGATED;
  if (HYPOTHESIS.test(window)) return ProposalMode.HYPOTHETICAL;
  if (FUTURE.test(window)) return ProposalMode.FUTURE;
  return ProposalMode.ASSERTED;
}

const CONSIDERED =
  /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|review(?:s|ed|ing)?|look(?:s|ed|ing)? into|explor(?:e|es|ed|ing)|plans? to review)\b[^,;]*$/i;
const THREATENED =
  /\b(?:threat(?:en|ens|ened|ening) to|warn(?:s|ed|ing)? (?:that )?(?:it|they|he|she|\w+) (?:would|will|could|may|might)|reserv(?:e|es|ed|ing) the right to|vow(?:s|ed)? to|could|may|might|if)\b[^;]*$/i;
const AGREED = /\b(?:agree(?:s|d)? to|agreed on|sign(?:s|ed)|jointly)\b[^;]*$/i;
const ANNOUNCED = /\b(?:announc(?:e|es|ed|ing)|will|shall|plans? to|set to|is to|are to|would|said (?:it|they) would|intends? to|to)\s+(?:\w+\s+){0,3}$/i;
// Past verbs, and participles and nouns that share a past main verb's tense ("responded by closing", "the closure of").
const PAST = /(?:ed|ned|led|ped|ted|ze|zen|struck|froze|cut|put|sent|took|ing|ion|ure)$/i;

/**
 * A measure's status from the clause's modality: considering, threatening, announcing,
 * agreeing to or carrying out. `fallback` is the trigger's own status when the words
 * before it say nothing; otherwise a verb in the past is carried out and anything else announced.
 */
export function statusOf(before: string, trigger: string, fallback: MeasureStatus | undefined): MeasureStatus {
  const window = leadIn(before);
  if (THREATENED.test(window)) return MeasureStatus.THREATENED;
  if (CONSIDERED.test(window)) return MeasureStatus.CONSIDERED;
  if (AGREED.test(window)) return MeasureStatus.AGREED;
  if (ANNOUNCED.test(window)) return MeasureStatus.ANNOUNCED;
  if (fallback) return fallback;
  const verb = trigger.split(/\s+/)[0] ?? trigger;
  return PAST.test(verb) ? MeasureStatus.IMPLEMENTED : MeasureStatus.ANNOUNCED;
}
