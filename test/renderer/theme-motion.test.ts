import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

/** The theme is built once at start-up from the system's motion setting: load it afresh under each setting. */
async function themeWhenReducedMotionIs(reduce: boolean) {
  vi.resetModules();
  vi.stubGlobal('window', { matchMedia: (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' }) });
  return (await import('../../renderer/src/theme')).theme;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Test files share a worker's modules (isolate: false): leave no theme built under a stubbed window behind.
afterAll(() => {
  vi.resetModules();
});

describe('the theme and the system’s reduced-motion setting', () => {
  it('has no transitions, and dialogs no enter or leave time, when less motion is asked for', async () => {
    const theme = await themeWhenReducedMotionIs(true);
    expect(theme.transitions.create(['opacity', 'transform'])).toBe('none');
    expect(theme.transitions.duration.enteringScreen).toBe(0);
    expect(theme.transitions.duration.leavingScreen).toBe(0);
  });

  it('keeps MUI’s usual motion otherwise', async () => {
    const theme = await themeWhenReducedMotionIs(false);
    expect(theme.transitions.create(['opacity'])).toContain('opacity');
    expect(theme.transitions.duration.enteringScreen).toBeGreaterThan(0);
  });
});
