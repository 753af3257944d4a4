import { BadUserInputError, truncated } from '../errors/errors';
import { LIMITS, requiredText } from './input';

/** Labels of letters, digits and inner hyphens, at most 63 characters each, joined by dots: at least two labels. */
const HOST_NAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

/**
 * A web host as stored and compared: lower-case, without scheme, user, "www.", port, path,
 * query or fragment, so that "https://www.Yna.co.kr:443/view/AKR" and "yna.co.kr" are one
 * host. Null when what is left does not read as a host name.
 */
export function normalisedHost(text: string): string | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return HOST_NAME.test(host) ? host : null;
}

/** A host given as input, normalised (see `normalisedHost`); anything else is refused, naming the field. */
export function hostName(value: string, field: string): string {
  const text = requiredText(value, field, LIMITS.name);
  const host = normalisedHost(text);
  if (!host) {
    throw new BadUserInputError(
      field,
      `"${truncated(text)}" is not a web host: expected a host name such as "yna.co.kr" (labels of letters, digits and hyphens joined by dots), or an address on it`,
    );
  }
  return host;
}
