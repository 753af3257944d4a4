import type { PlaygroundTab } from './example-tabs';

/** The playground's HTML: everything it loads comes from this server. */
export function playgroundPage(endpoint: string, tabs: readonly PlaygroundTab[]): string {
  // `<` escaped so that no example text can close the script element.
  const config = JSON.stringify({ endpoint, subscriptionEndpoint: endpoint, tabs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dossier playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/playground/app.css" />
    <style>body { margin: 0; height: 100vh; } #playground { height: 100vh; }</style>
  </head>
  <body>
    <div id="playground"></div>
    <script id="playground-config" type="application/json">${config}</script>
    <script src="/playground/app.js"></script>
  </body>
</html>
`;
}
