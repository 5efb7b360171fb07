import { ApolloServerPlugin } from '@apollo/server';
import { Refusal, RequestContext, inTransaction, writeAudit } from '@rollcall/api-core';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

const AUDIT_BUDGET_MS = 2_000;

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
            // Reads that used the whole execution budget are still recorded: the trail has a short budget of its own.
            const scope = { ...principal.scope, deadline: Math.max(principal.scope.deadline ?? 0, Date.now() + AUDIT_BUDGET_MS) };
            await inTransaction(dataSource, scope, (tx) => writeAudit(tx, scope, entries));
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
