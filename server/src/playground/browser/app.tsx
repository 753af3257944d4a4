import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { Kind, parse, type DocumentNode } from 'graphql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

/** Written into the page by the server (see playground.page.ts). */
interface PlaygroundConfig {
  endpoint: string;
  subscriptionEndpoint: string;
  tabs: { query: string; headers?: string }[];
}

const config = JSON.parse(document.getElementById('playground-config')!.textContent!) as PlaygroundConfig;
const origin = window.location.origin;

const graphiqlFetcher = createGraphiQLFetcher({
  url: new URL(config.endpoint, origin).toString(),
  subscriptionUrl: new URL(config.subscriptionEndpoint, origin.replace(/^http/, 'ws')).toString(),
});

/**
 * After a tab switch GraphiQL can pass the previous tab's operation name and parsed
 * document, and the toolkit picks WebSocket or HTTP by them: send what this tab defines.
 */
const fetcher: Fetcher = (params, options) => {
  let documentAST: DocumentNode;
  try {
    documentAST = parse(params.query);
  } catch {
    return graphiqlFetcher(params, options); // the server reports the syntax error
  }
  const names = documentAST.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
  );
  const operationName = params.operationName && names.includes(params.operationName) ? params.operationName : (names[0] ?? null);
  return graphiqlFetcher({ ...params, operationName }, { ...options, documentAST });
};

createRoot(document.getElementById('playground')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={config.tabs} defaultEditorToolsVisibility="headers" shouldPersistHeaders={false} />,
);
