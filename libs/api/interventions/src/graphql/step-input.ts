import { Refusal, laCodeOf, withoutNulls } from '@rollcall/api-core';
import type { Scope } from '@rollcall/api-core';
import type { InterventionKind, InterventionOf } from '../intervention-record';
import type { InterventionStep } from '../intervention-step';
import { InterventionService } from '../intervention.service';
import { InterventionView, interventionView } from './intervention.type';

/**
 * Takes one step on an intervention of the given kind (the service refuses another kind): the GraphQL view of the
 * result. `inputNames` maps a rules field the step needs to the input field that carries it (e.g. `to` ← `escalateTo`),
 * so a refusal names the field the caller sent.
 */
export async function takeStep<K extends InterventionKind>(
  service: InterventionService,
  scope: Scope,
  kind: K,
  input: { readonly laCode?: string | null; readonly id: string; readonly occurredOn: string },
  action: string,
  data: object,
  inputNames: Readonly<Record<string, string>> = {},
): Promise<InterventionView> {
  const step = { action, data: withoutNulls(data) } as InterventionStep;
  try {
    const result: InterventionOf<K> = await service.applyKindTransition(scope, kind, {
      laCode: laCodeOf(scope, input.laCode),
      interventionId: input.id,
      occurredOn: input.occurredOn,
      ...step,
    });
    return interventionView(result);
  } catch (error) {
    const field = error instanceof Refusal ? (error.detail as { field?: unknown } | undefined)?.field : undefined;
    if (error instanceof Refusal && typeof field === 'string' && field.startsWith('data.')) {
      const name = field.slice('data.'.length);
      const message = inputNames[name] ? error.message.replace(` ${name} `, ` ${inputNames[name]} `) : error.message;
      throw new Refusal(error.code, message, { ...(error.detail as object), field: inputNames[name] ?? name });
    }
    throw error;
  }
}
