import { explorerPlugin } from '@graphiql/plugin-explorer';
import { pick, ToolbarButton, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { createGraphiQLFetcher, type Fetcher, isAsyncIterable } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { type DocumentNode, type ExecutionResult, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LiveSubscriptions } from './live-subscriptions';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './playground.css';

/** Written into the page by the server (see playground.page.ts). */
interface PlaygroundConfig {
  endpoint: string;
  /** The schema's introspection, as a file the browser caches. */
  schema: string;
  tabs: { query: string; headers?: string }[];
  /** Headers of a new tab: the development editor key in development, nothing otherwise. */
  defaultHeaders: string;
  /** Monaco's web workers, by the label Monaco asks for. */
  workers: { editor: string; json: string; graphql: string };
}

const config = JSON.parse(document.getElementById('playground-config')!.textContent!) as PlaygroundConfig;
const origin = window.location.origin;

// Monaco asks for a worker per language service; each is a script served by Dossier.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    new Worker(label === 'json' ? config.workers.json : label === 'graphql' ? config.workers.graphql : config.workers.editor),
};

const graphiqlFetcher = createGraphiQLFetcher({
  url: new URL(config.endpoint, origin).toString(),
  subscriptionUrl: new URL(config.endpoint, origin.replace(/^http/, 'ws')).toString(),
  schemaFetcher: async () => (await fetch(config.schema)).json(),
});
const live = new LiveSubscriptions();

/**
 * After a tab switch GraphiQL can pass the previous tab's operation name and parsed
 * document, and the toolkit picks WebSocket or HTTP by them: send what this tab defines.
 * Subscriptions run on in their tab while other tabs are used (see `LiveSubscriptions`).
 */
const fetcher: Fetcher = (params, options) => {
  let documentAST: DocumentNode;
  try {
    documentAST = parse(params.query);
  } catch {
    return graphiqlFetcher(params, options); // the server reports the syntax error
  }
  const operations = documentAST.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((definition) => definition.name?.value === params.operationName) ?? operations[0];
  const request = { ...params, operationName: operation?.name?.value ?? null };
  if (operation?.operation !== 'subscription') return graphiqlFetcher(request, { ...options, documentAST });
  const key = JSON.stringify([request, options?.headers ?? {}]);
  return live.subscribe(key, async () => {
    const result = await graphiqlFetcher(request, { ...options, documentAST });
    if (!isAsyncIterable(result)) throw new Error('The subscription did not start');
    return result[Symbol.asyncIterator]() as AsyncIterator<ExecutionResult>;
  });
};

/** `?query=…&variables=…` in the address: the operation of a share link. */
const shared = new URLSearchParams(window.location.search);
let sharedOperation = shared.has('query') ? { query: shared.get('query')!, variables: shared.get('variables') ?? '' } : undefined;

function shareLink(query: string, variables: string): string {
  const params = new URLSearchParams({ query });
  if (variables.trim()) params.set('variables', variables);
  return `${origin}/?${params.toString()}`;
}

/** Connects GraphiQL's state to the live subscriptions and opens a shared operation in a tab. */
function PlaygroundBridge() {
  const { run, addTab } = useGraphiQLActions();
  const { tabs, activeTabIndex, queryEditor, variableEditor, headerEditor, responseEditor } = useGraphiQL(
    pick('tabs', 'activeTabIndex', 'queryEditor', 'variableEditor', 'headerEditor', 'responseEditor'),
  );
  useEffect(() => {
    live.runActiveTab = run;
  }, [run]);
  useEffect(() => live.setInitialTab({ tabs, activeTabIndex }), [tabs, activeTabIndex]);
  const editorsReady = Boolean(queryEditor && variableEditor && headerEditor && responseEditor);
  useEffect(() => {
    if (!editorsReady || !sharedOperation) return;
    const { query, variables } = sharedOperation;
    sharedOperation = undefined;
    addTab();
    queryEditor!.setValue(query);
    variableEditor!.setValue(variables);
    // A reload shows the tabs as they are, without opening the link again.
    window.history.replaceState(null, '', window.location.pathname);
  }, [editorsReady]); // once, when the editors exist
  return null;
}

/**
 * Copies a link that opens this tab's operation and variables (never its headers). Where the
 * clipboard is out of reach (a page not on localhost or HTTPS), the link goes in the address bar.
 */
function ShareButton() {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const [shared, setShared] = useState<string | undefined>();
  const share = async () => {
    const link = shareLink(queryEditor?.getValue() ?? '', variableEditor?.getValue() ?? '');
    try {
      await navigator.clipboard.writeText(link);
      setShared('Link copied');
    } catch {
      window.history.replaceState(null, '', link);
      setShared('Link in the address bar');
    }
    setTimeout(() => setShared(undefined), 4_000);
  };
  return (
    <ToolbarButton onClick={() => void share()} label={shared ?? 'Copy a link that opens this operation'}>
      <svg className="graphiql-toolbar-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
      </svg>
    </ToolbarButton>
  );
}

const plugins = [HISTORY_PLUGIN, explorerPlugin()];

/**
 * GraphiQL's storage, less the last-edited query, variables and headers: GraphiQL reopens
 * those in a tab of their own on load whenever they differ from every tab's (another
 * tab's headers are enough), adding a tab at each reload. The tabs keep them anyway.
 */
const LAST_EDITED = /^graphiql:(query|variables|headers)$/;
const storage = {
  getItem: (key: string) => (LAST_EDITED.test(key) ? null : localStorage.getItem(key)),
  setItem: (key: string, value: string) => localStorage.setItem(key, value),
  removeItem: (key: string) => localStorage.removeItem(key),
  clear: () => localStorage.clear(),
  get length() {
    return localStorage.length;
  },
};

createRoot(document.getElementById('playground')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={config.tabs}
    defaultHeaders={config.defaultHeaders}
    defaultEditorToolsVisibility="headers"
    shouldPersistHeaders
    storage={storage}
    plugins={plugins}
    onTabChange={(state) => live.onTabChange(state)}
  >
    <GraphiQL.Logo>Dossier</GraphiQL.Logo>
    <GraphiQL.Toolbar>
      {({ prettify, merge, copy }) => (
        <>
          {prettify}
          {merge}
          {copy}
          <ShareButton />
        </>
      )}
    </GraphiQL.Toolbar>
    <PlaygroundBridge />
  </GraphiQL>,
);
