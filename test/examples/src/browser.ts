import { ArticlesDocument, createBaseClient } from '@dossier/sdk';

const dossier = createBaseClient({ url: '/graphql' });
const searchBox = document.querySelector<HTMLInputElement>('#search')!;
const results = document.querySelector<HTMLUListElement>('#results')!;
let inFlight: AbortController | undefined;

searchBox.addEventListener('input', async () => {
  inFlight?.abort(); // a new keystroke cancels the search it replaces
  const controller = new AbortController();
  inFlight = controller;
  try {
    const { articles } = await dossier.request(ArticlesDocument, { filter: { search: searchBox.value }, first: 20 }, { signal: controller.signal });
    results.replaceChildren(...articles.edges.map(({ node }) => Object.assign(document.createElement('li'), { textContent: node.title })));
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  }
});
