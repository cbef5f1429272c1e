import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

let initialScreenShown = false;

/**
 * The screen's <h1>. After a screen change it takes focus, so keyboard and screen-reader users start
 * at the top of the new screen; on the very first screen focus stays where the browser put it.
 * Also sets the window title (WCAG 2.4.2).
 */
export function ScreenHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – IPS Desk`;
    if (initialScreenShown) ref.current?.focus();
    initialScreenShown = true;
  }, [title]);
  return (
    <Typography variant="h1" component="h1" ref={ref} tabIndex={-1} sx={{ mb: 2 }}>
      {children}
    </Typography>
  );
}
