import { useEffect, useState } from 'react';

/**
 * Screens behind the lock, addressed by the URL hash (`#/clients/<id>/jobs`), so Back, reload and links
 * from report drill-downs all work. The hash names the screen and its record, nothing else.
 */
export type Route =
  | { screen: 'caseload' }
  | { screen: 'client-new' }
  | { screen: 'client'; id: string; tab?: string }
  | { screen: 'employers' }
  | { screen: 'reports' }
  | { screen: 'returns' }
  | { screen: 'data-quality' }
  | { screen: 'settings'; tab?: string };

export type ScreenName = Route['screen'];

const DEFAULT_ROUTE: Route = { screen: 'caseload' };

/** Main navigation, in order. Only screens that exist are listed. */
export const navItems: { screen: ScreenName; label: string; href: string }[] = [
  { screen: 'caseload', label: 'Caseload', href: '#/caseload' },
  { screen: 'employers', label: 'Employers and contacts', href: '#/employers' },
  { screen: 'reports', label: 'Reports', href: '#/reports' },
  { screen: 'returns', label: 'Returns', href: '#/returns' },
  { screen: 'data-quality', label: 'Data quality', href: '#/data-quality' },
  { screen: 'settings', label: 'Settings', href: '#/settings' },
];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  switch (first) {
    case 'caseload':
      return { screen: 'caseload' };
    case 'clients':
      if (second === 'new') return { screen: 'client-new' };
      return second ? { screen: 'client', id: second, ...(third ? { tab: third } : {}) } : DEFAULT_ROUTE;
    case 'employers':
      return { screen: 'employers' };
    case 'reports':
      return { screen: 'reports' };
    case 'returns':
      return { screen: 'returns' };
    case 'data-quality':
      return { screen: 'data-quality' };
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
    case 'settings':
      return `#/settings${route.tab ? `/${encodeURIComponent(route.tab)}` : ''}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}

/** The nav item a route belongs to (a client record sits under Caseload). */
export function sectionOf(route: Route): ScreenName {
  return route.screen === 'client' || route.screen === 'client-new' ? 'caseload' : route.screen;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
