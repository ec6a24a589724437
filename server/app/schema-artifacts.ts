// The files printed from the server's schema: the API contract and the web client's typings of it.
import { fileURLToPath } from 'node:url';
import { outputIntrospectionFile } from '@gql.tada/internal';
import { introspectionFromSchema, printSchema } from 'graphql';
import { buildSchema } from './schema.js';

export interface SchemaArtifact {
  file: string;
  text: string;
}

export function schemaArtifacts(): SchemaArtifact[] {
  const schema = buildSchema();
  return [
    {
      file: fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)),
      text: `${printSchema(schema)}\n`,
    },
    {
      // gql.tada types every client document from this introspection.
      file: fileURLToPath(new URL('../../client/src/graphql-env.d.ts', import.meta.url)),
      text: outputIntrospectionFile(introspectionFromSchema(schema), { fileType: '.d.ts' }),
    },
  ];
}
