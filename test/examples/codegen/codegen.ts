import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'node_modules/@dossier/sdk/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Documents as strings (no GraphQL parser in the app); imports ending in `.js` for Node's ESM.
      config: { documentMode: 'string', emitLegacyCommonJSImports: false },
    },
  },
};
export default config;
