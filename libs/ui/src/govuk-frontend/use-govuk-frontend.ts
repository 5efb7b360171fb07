import { initAll } from 'govuk-frontend';
import { useEffect } from 'react';

// initAll creates each component once per element and reports elements it has already set up as an
// InitError. Running it again is how components that React adds later get their behaviour, so those
// reports are expected; so is SupportError when the page lacks the `govuk-frontend-supported` class.
function reportUnexpected(error: unknown): void {
  if (error instanceof Error && (error.name === 'InitError' || error.name === 'SupportError')) return;
  console.error(error);
}

/**
 * Runs govuk-frontend's JavaScript (initAll) on the page now and again whenever React adds elements, so
 * the service navigation menu, conditional reveals, error summary links and the rest work.
 */
export function useGovukFrontend(): void {
  useEffect(() => {
    let frame = 0;
    const run = () => {
      frame = 0;
      initAll({ scope: document.body, onError: reportUnexpected });
    };
    run();
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(run);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);
}
