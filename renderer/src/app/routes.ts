import { useEffect, useState } from 'react';
import { confirmLeave, hasUnsavedChanges } from './unsaved-changes';

/**
 * Screens behind the lock, addressed by the URL hash (`#/clients/<id>/jobs`), so Back, reload and links
 * from report drill-downs all work. The hash names the screen and its record, nothing else.
 */
export type Route =
  | { screen: 'home' }
  | { screen: 'caseload' }
  | { screen: 'client-new' }
  | { screen: 'client'; id: string; tab?: string }
  | { screen: 'employers'; view?: 'log' }
  | { screen: 'employer'; key: string }
  | { screen: 'reports' }
  | { screen: 'returns' }
  | { screen: 'data-quality' }
  | { screen: 'fidelity' }
  | { screen: 'fidelity-review'; id: string; tab?: string }
  | { screen: 'settings'; tab?: string };

export type ScreenName = Route['screen'];

/** The first screen after unlock: the week ahead. */
export const DEFAULT_ROUTE: Route = { screen: 'home' };

/** Main navigation, in order. Only screens that exist are listed. */
export const navItems: { screen: ScreenName; label: string; href: string }[] = [
  { screen: 'home', label: 'Home', href: '#/home' },
  { screen: 'caseload', label: 'Caseload', href: '#/caseload' },
  { screen: 'employers', label: 'Employers and contacts', href: '#/employers' },
  { screen: 'reports', label: 'Reports', href: '#/reports' },
  { screen: 'returns', label: 'Returns', href: '#/returns' },
  { screen: 'data-quality', label: 'Data quality', href: '#/data-quality' },
  { screen: 'fidelity', label: 'Fidelity', href: '#/fidelity' },
  { screen: 'settings', label: 'Settings', href: '#/settings' },
];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  switch (first) {
    case 'home':
      return { screen: 'home' };
    case 'caseload':
      return { screen: 'caseload' };
    case 'clients':
      if (second === 'new') return { screen: 'client-new' };
      return second ? { screen: 'client', id: second, ...(third ? { tab: third } : {}) } : DEFAULT_ROUTE;
    case 'employers':
      // #/employers (the list), #/employers/log (the contacts log), #/employers/history/<key> (one employer).
      if (second === 'history' && third) return { screen: 'employer', key: third };
      return second === 'log' ? { screen: 'employers', view: 'log' } : { screen: 'employers' };
    case 'reports':
      return { screen: 'reports' };
    case 'returns':
      return { screen: 'returns' };
    case 'data-quality':
      return { screen: 'data-quality' };
    case 'fidelity':
      return second ? { screen: 'fidelity-review', id: second, ...(third ? { tab: third } : {}) } : { screen: 'fidelity' };
    case 'settings':
      return { screen: 'settings', ...(second ? { tab: second } : {}) };
    default:
      return DEFAULT_ROUTE;
  }
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'client':
      return `#/clients/${encodeURIComponent(route.id)}${route.tab ? `/${encodeURIComponent(route.tab)}` : ''}`;
    case 'client-new':
      return '#/clients/new';
    case 'fidelity-review':
      return `#/fidelity/${encodeURIComponent(route.id)}${route.tab ? `/${encodeURIComponent(route.tab)}` : ''}`;
    case 'settings':
      return `#/settings${route.tab ? `/${encodeURIComponent(route.tab)}` : ''}`;
    case 'employers':
      return route.view ? `#/employers/${route.view}` : '#/employers';
    case 'employer':
      return `#/employers/history/${encodeURIComponent(route.key)}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}

/** The nav item a route belongs to (a client record sits under Caseload, a review under Fidelity). */
export function sectionOf(route: Route): ScreenName {
  if (route.screen === 'fidelity-review') return 'fidelity';
  if (route.screen === 'client' || route.screen === 'client-new') return 'caseload';
  return route.screen === 'employer' ? 'employers' : route.screen;
}

/**
 * The route in the address. A move away from a form holding unsaved typing (a link, Back, a tab) is held:
 * the address goes back to the screen on show while the user is asked, and moves on only if they choose
 * to leave (unsaved-changes.tsx).
 */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    let shown = window.location.hash;
    let position = stampPosition(0);
    // The one move the user has just agreed to, let through although the forms are still on screen.
    let agreed: string | null = null;
    const onChange = () => {
      const next = window.location.hash;
      if (next === shown) return;
      const stamped = positionOf(window.history.state);
      if (next === agreed || !hasUnsavedChanges()) {
        agreed = null;
        shown = next;
        position = stamped ?? stampPosition(position + 1);
        setRoute(parseRoute(next));
        return;
      }
      // Undo the move while asking: a new entry (a link) by going back to the form's; Back or Forward by
      // going the other way, as far as they went.
      const delta = stamped === undefined ? null : stamped - position;
      if (delta === null) window.history.back();
      else window.history.go(-delta);
      void confirmLeave().then((leave) => {
        if (!leave) return;
        agreed = next;
        if (delta === null) window.location.hash = next;
        else window.history.go(delta);
      });
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Where an entry stands in the window's history, kept in its state (hash links leave it blank). */
function positionOf(state: unknown): number | undefined {
  const value = (state as { ipsDeskPosition?: unknown } | null)?.ipsDeskPosition;
  return typeof value === 'number' ? value : undefined;
}

/** The current entry's position: the one stamped on it, or `fallback`, stamped now. */
function stampPosition(fallback: number): number {
  const known = positionOf(window.history.state);
  if (known !== undefined) return known;
  window.history.replaceState({ ...(window.history.state as object | null), ipsDeskPosition: fallback }, '');
  return fallback;
}
