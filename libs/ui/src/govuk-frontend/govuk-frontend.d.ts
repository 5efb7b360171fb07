// govuk-frontend ships JavaScript without type declarations; these cover the part Rollcall calls.
declare module 'govuk-frontend' {
  export interface InitAllConfig {
    scope?: Element | Document | null;
    onError?: (error: unknown, context: unknown) => void;
  }

  export function initAll(config?: InitAllConfig): void;
}
