/** Global ids of seed records, the way clients see them. */
const globalId = (type: string, key: string): string => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');

export const actorId = (key: string): string => globalId('Actor', key);
export const eventId = (key: string): string => globalId('Event', key);
export const measureId = (key: string): string => globalId('Measure', key);
export const articleId = (key: string): string => globalId('Article', key);

/** The seed articles by their file number. */
export const SEED_ARTICLES = {
  '000': 'b084aa0000be96b1',
  '001': '4a91b9a51b849720',
  '002': '4020b87eb3abf4a1',
  '003': '22093cf0b140bd2f',
  '004': '5e7d7d47d571bc47',
} as const;
