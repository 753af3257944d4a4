/**
 * The direction of dependencies in the server's sources (`npm run lint` checks it).
 *
 * Plumbing folders know no domain. Domains come in one order, each using only those
 * before it: a domain that extends another's type with a relation (Actor.events) lives
 * after it. The composition layer (schema, HTTP, seeding, command-line tools) may use all.
 */
const PLUMBING = ['auth', 'config', 'context', 'dates', 'db', 'errors', 'limits', 'logging', 'metrics', 'node', 'pagination', 'review', 'validation'];
const DOMAINS = ['evidence', 'actors', 'articles', 'events', 'measures', 'ingestion', 'coding', 'timeline', 'retraction', 'merging', 'history'];
const COMPOSITION = ['cli', 'composition', 'http', 'playground', 'schema', 'seeding', 'app\\.ts', 'main\\.ts', 'index\\.ts'];

const under = (names) => `^src/(${names.join('|')})(/|$)`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules that import each other, directly or not.',
      severity: 'error',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'plumbing-knows-no-domain',
      comment: 'Plumbing (db, errors, pagination, …) must not import a domain or the composition layer.',
      severity: 'error',
      from: { path: under(PLUMBING) },
      to: { path: under([...DOMAINS, ...COMPOSITION]) },
    },
    ...DOMAINS.map((domain, index) => ({
      name: `domain-order-${domain}`,
      comment: `${domain}/ may use only the domains before it (${DOMAINS.slice(0, index).join(', ') || 'none'}) and plumbing.`,
      severity: 'error',
      from: { path: under([domain]) },
      to: { path: under([...DOMAINS.slice(index + 1), ...COMPOSITION]) },
    })),
  ],
  options: {
    // TypeScript 7 has no compiler API: swc reads the sources, type-only imports included.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'src/playground/browser' },
  },
};
