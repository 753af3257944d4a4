import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { EventsDocument } from '@dossier/sdk/documents';
import { createRoot } from 'react-dom/client';

const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });

function Meetings() {
  const { data, error } = useQuery(EventsDocument, { variables: { filter: { kinds: ['MEETING'] }, orderBy: 'TITLE_ASC', first: 10 } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <ul>
      {data.events.edges.map(({ node }) => (
        <li key={node.id}>{node.title}</li>
      ))}
    </ul>
  );
}

createRoot(document.querySelector('#root')!).render(
  <ApolloProvider client={client}>
    <Meetings />
  </ApolloProvider>,
);
