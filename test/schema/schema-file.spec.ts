import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLObjectType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLEnumType, GraphQLUnionType } from 'graphql';
import { SCHEMA_FILE, schemaText } from '@dossier/server';

describe('server/schema.graphql', () => {
  it('is what the code emits (run `npm run emit-schema` after changing the schema)', async () => {
    assert.equal(fs.readFileSync(SCHEMA_FILE, 'utf8'), await schemaText(), 'server/schema.graphql is stale: run `npm run emit-schema`');
  });

  it('describes every type, field, argument and enum value for the playground', () => {
    const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (type instanceof GraphQLEnumType) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (type instanceof GraphQLUnionType && !type.description) missing.push(type.name);
    }
    assert.deepEqual(missing, []);
  });
});
