import type { MouseEvent } from 'react';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * First focusable element on every screen. Moves focus itself rather than following the href,
 * because the hash is the router's and must not change to "#main-content".
 */
export function SkipLink() {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }
  return (
    <a href={`#${MAIN_CONTENT_ID}`} onClick={skip} className="skip-link">
      Skip to main content
    </a>
  );
}
