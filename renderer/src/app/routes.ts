import { useEffect, useState } from 'react';

/** The screens behind the lock, in navigation order. Only screens that exist are listed. */
export const routes = [{ path: '/caseload', label: 'Caseload' }] as const;

export type RoutePath = (typeof routes)[number]['path'];

const DEFAULT_ROUTE: RoutePath = '/caseload';

export function routeFromHash(hash: string): RoutePath {
  const path = hash.replace(/^#/, '');
  return routes.find((route) => route.path === path)?.path ?? DEFAULT_ROUTE;
}

export function hrefFor(path: RoutePath): string {
  return `#${path}`;
}

/** A hash router small enough to read: the hash names the screen, nothing else. */
export function useHashRoute(): RoutePath {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
