import type { PlaygroundTab } from './example-tabs';

export interface PlaygroundPageOptions {
  readonly endpoint: string;
  readonly tabs: readonly PlaygroundTab[];
  /** Headers of a tab the user opens. */
  readonly defaultHeaders: string;
  /** URL of each built file, by its logical name (`app.js`, `graphql.worker.js`). */
  readonly assetUrl: (name: string) => string;
}

/** The playground's HTML: everything it loads comes from this server. */
export function playgroundPage({ endpoint, tabs, defaultHeaders, assetUrl }: PlaygroundPageOptions): string {
  const workers = { editor: assetUrl('editor.worker.js'), json: assetUrl('json.worker.js'), graphql: assetUrl('graphql.worker.js') };
  // `<` escaped so that no example text can close the script element.
  const config = JSON.stringify({ endpoint, schema: assetUrl('schema.json'), tabs, defaultHeaders, workers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dossier playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${assetUrl('app.css')}" />
  </head>
  <body>
    <div id="playground"></div>
    <script id="playground-config" type="application/json">${config}</script>
    <script src="${assetUrl('app.js')}"></script>
  </body>
</html>
`;
}
