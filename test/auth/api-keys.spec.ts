import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const CREATE = graphql(`
  mutation ApiKeysCreateOrganization($name: String!) { createActor(input: { name: $name, kind: ORGANIZATION }) { actor { name kind } } }
`);

const ACTOR_COUNT = graphql(`
  query ApiKeysActorCount { actors(first: 1) { totalCount } }
`);

const READER_ORG_COUNT = graphql(`
  query ApiKeysReaderOrgCount { actors(filter: { search: "Reader Org" }) { totalCount } }
`);

describe('API keys', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('lets anyone read without a key', async () => {
    assert.deepEqual(await api.query(ACTOR_COUNT), { actors: { totalCount: 30 } });
  });

  it('refuses a write without a key as UNAUTHENTICATED', async () => {
    const error = await api.expectError(CREATE, { name: 'No Key Org' }, {}, 'UNAUTHENTICATED');
    assert.equal(error.message, 'createActor needs an API key with the editor role');
  });

  it('refuses any request with a key that matches none, even a read, with HTTP 401', async () => {
    const response = await api.request(ACTOR_COUNT, {}, { apiKey: 'not-a-real-key-at-all' });
    assert.equal(response.status, 401);
    assert.deepEqual(
      response.errors?.map((error) => [error.extensions?.code, error.message]),
      [['UNAUTHENTICATED', 'The API key is not valid']],
    );
    await api.expectError(CREATE, { name: 'Wrong Key Org' }, { apiKey: `${EDITOR_KEY}x` }, 'UNAUTHENTICATED');
  });

  it('refuses a write with a reader key as FORBIDDEN', async () => {
    const error = await api.expectError(CREATE, { name: 'Reader Org' }, { apiKey: READER_KEY }, 'FORBIDDEN');
    assert.equal(error.message, 'createActor needs the editor role; this key has the reader role');
    assert.deepEqual(await api.query(READER_ORG_COUNT, {}, { apiKey: READER_KEY }), { actors: { totalCount: 0 } });
  });

  it('accepts a write with an editor key, in the Authorization or the x-api-key header', async () => {
    assert.deepEqual(await api.query(CREATE, { name: 'Editor Org' }, { apiKey: EDITOR_KEY }), {
      createActor: { actor: { name: 'Editor Org', kind: 'ORGANIZATION' } },
    });
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': EDITOR_KEY },
      body: JSON.stringify({ query: CREATE.toString(), variables: { name: 'Header Org' } }),
    });
    assert.deepEqual(await response.json(), { data: { createActor: { actor: { name: 'Header Org', kind: 'ORGANIZATION' } } } });
  });
});
