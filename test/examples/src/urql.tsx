import { MeasuresDocument } from '@dossier/sdk/documents';
import { createRoot } from 'react-dom/client';
import { Client, cacheExchange, fetchExchange, Provider, useQuery } from 'urql';

// urql sends short queries as GET by default; the server refuses GET (its CSRF protection).
const client = new Client({ url: '/graphql', exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });

function ImplementedMeasures() {
  const [{ data, error }] = useQuery({ query: MeasuresDocument, variables: { filter: { statuses: ['IMPLEMENTED'] }, orderBy: 'TITLE_ASC', first: 10 } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <ul>
      {data.measures.edges.map(({ node }) => (
        <li key={node.id}>{node.title}</li>
      ))}
    </ul>
  );
}

createRoot(document.querySelector('#root')!).render(
  <Provider value={client}>
    <ImplementedMeasures />
  </Provider>,
);
