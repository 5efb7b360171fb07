import { ApolloServerPlugin } from '@apollo/server';
import { Refusal, RequestContext, inTransaction, writeAudit } from '@rollcall/api-core';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

/**
 * Writes the request's audit trail (every child's record it read) before the response leaves. If the trail
 * cannot be written, the data is withheld: nobody reads a child's record unrecorded.
 */
export function auditPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const entries = contextValue.audit.drain();
          const principal = contextValue.principal;
          if (entries.length === 0 || !principal) return;
          try {
            await inTransaction(dataSource, principal.scope, (tx) => writeAudit(tx, principal.scope, entries));
          } catch (error) {
            console.error(`[${contextValue.requestId}] audit trail not written; response withheld`, error);
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  new GraphQLError('The record of who looked at this could not be saved, so it is not shown. Try again.', {
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  }).toJSON(),
                ],
              };
            }
          }
        },
      };
    },
  };
}

/** Logs unexpected faults with the request id the client was given; clients see them masked (errors.ts). */
export function faultLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (error.originalError instanceof Refusal) continue;
            const code = error.extensions?.['code'];
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              console.error(`[${contextValue.requestId}]`, error.originalError ?? error);
            }
          }
        },
      };
    },
  };
}
