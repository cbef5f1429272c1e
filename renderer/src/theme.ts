import { createTheme } from '@mui/material/styles';

/**
 * NHS identity colours (service-manual palette). Every text/background pair used here meets WCAG 2.2 AA:
 * #212B32 on #F0F4F5 ≈ 13:1, #4C6272 on #FFFFFF ≈ 6.2:1, #005EB8 on #FFFFFF ≈ 6.1:1, white on #005EB8 / #003087,
 * #D5281B on #FFFFFF ≈ 5.1:1.
 */
export const nhsColours = {
  blue: '#005EB8',
  darkBlue: '#003087',
  text: '#212B32',
  secondaryText: '#4C6272',
  background: '#F0F4F5',
  white: '#FFFFFF',
  red: '#D5281B',
  green: '#007F3B',
  warmYellow: '#FFB81C',
  focus: '#FFEB3B',
  focusText: '#212B32',
  border: '#AEB7BD',
  inputBorder: '#4C6272',
} as const;

/**
 * NHS focus style: a yellow ring with a dark outer ring, so it shows on the blue app bar and on white cards.
 * `outline` paints above the `box-shadow`, giving yellow inside and near-black outside.
 */
const focusRing = {
  outline: `3px solid ${nhsColours.focus}`,
  outlineOffset: 0,
  boxShadow: `0 0 0 6px ${nhsColours.focusText}`,
} as const;

/**
 * Someone who has asked their system for less motion (WCAG 2.3.3) gets none: dialogs, menus and panels appear
 * and go at once. Read once at start-up, as the theme is built once.
 */
const prefersReducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
const noMotion = {
  create: () => 'none',
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};

export const theme = createTheme({
  ...(prefersReducedMotion ? { transitions: noMotion } : {}),
  // MUI's own ring on every ButtonBase (buttons, checkboxes, links rendered as buttons): the NHS one.
  focusVisible: { outlineStyle: 'solid', outlineColor: nhsColours.focus, outlineWidth: 3, outlineOffset: 0, boxShadow: focusRing.boxShadow },
  palette: {
    primary: { main: nhsColours.blue, dark: nhsColours.darkBlue, contrastText: nhsColours.white },
    secondary: { main: nhsColours.darkBlue, contrastText: nhsColours.white },
    error: { main: nhsColours.red, contrastText: nhsColours.white },
    success: { main: nhsColours.green, contrastText: nhsColours.white },
    warning: { main: nhsColours.warmYellow, contrastText: nhsColours.text },
    info: { main: nhsColours.blue, contrastText: nhsColours.white },
    text: { primary: nhsColours.text, secondary: nhsColours.secondaryText },
    background: { default: nhsColours.background, paper: nhsColours.white },
    divider: nhsColours.border,
  },
  typography: {
    // System fonts only: the app works offline and the build fetches nothing.
    fontFamily: 'Arial, Helvetica, sans-serif',
    fontSize: 15,
    h1: { fontSize: '2rem', fontWeight: 700, lineHeight: 1.25 },
    h2: { fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3 },
    h3: { fontSize: '1.25rem', fontWeight: 700 },
    button: { textTransform: 'none', fontWeight: 700, fontSize: '1rem' },
  },
  shape: { borderRadius: 4 },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        body: { backgroundColor: nhsColours.background, color: nhsColours.text },
        // Native elements (links, the skip link, native selects) get the ring from :focus-visible.
        ':focus-visible': focusRing,
        // Text fields show focus on their outlined wrapper; the inner <input> must not draw a second ring.
        '.MuiOutlinedInput-root.Mui-focused': { ...focusRing, borderRadius: 4 },
        '.MuiInputBase-input:focus-visible': { outline: 'none', boxShadow: 'none' },
        '.MuiCheckbox-root input:focus-visible': { outline: 'none', boxShadow: 'none' },
        // Text links only: a button that is a link (MUI's ButtonBase with an href) keeps its button colours,
        // visited or not. :where() adds no specificity, so a component's own link colours still win.
        'a:where(:not(.MuiButtonBase-root))': { color: nhsColours.blue },
        'a:where(:not(.MuiButtonBase-root)):visited': { color: '#330072' },
        'a:where(:not(.MuiButtonBase-root)):hover': { color: '#7C2855' },
        'a:where(:not(.MuiButtonBase-root)):focus-visible': {
          ...focusRing,
          boxShadow: 'none',
          backgroundColor: nhsColours.focus,
          color: nhsColours.focusText,
          textDecoration: 'none',
        },
      },
    },
    MuiButtonBase: { defaultProps: { disableRipple: true } },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { paddingInline: 20, minHeight: 44 } },
    },
    MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
    // Labels sit above their fields (NHS pattern), never inside the border where the focus ring would cover them.
    MuiInputLabel: {
      defaultProps: { shrink: true },
      styleOverrides: {
        root: {
          position: 'static',
          transform: 'none',
          fontWeight: 700,
          fontSize: '1rem',
          lineHeight: 1.4,
          marginBottom: 6,
          whiteSpace: 'normal',
          overflow: 'visible',
          maxWidth: 'none',
          color: nhsColours.text,
          '&.Mui-focused': { color: nhsColours.text },
          '&.Mui-error': { color: nhsColours.red },
        },
      },
    },
    MuiOutlinedInput: {
      defaultProps: { notched: false },
      styleOverrides: {
        notchedOutline: { borderColor: nhsColours.inputBorder, borderWidth: 2 },
      },
    },
    MuiFormHelperText: { styleOverrides: { root: { fontSize: '0.9rem', marginInline: 0 } } },
    // A field given a fixed width never makes a narrow window (320 px, or 400 % zoom) scroll sideways.
    MuiFormControl: { styleOverrides: { root: { maxWidth: '100%' } } },
    // Table cells wrap long words and, on a narrow window, pad less, so most tables fit without scrolling.
    MuiTableCell: {
      styleOverrides: {
        root: ({ theme: t }) => ({ overflowWrap: 'anywhere', [t.breakpoints.down('sm')]: { paddingLeft: 6, paddingRight: 6 } }),
      },
    },
    MuiFormLabel: { styleOverrides: { root: { color: nhsColours.text } } },
    MuiAlert: { styleOverrides: { root: { fontSize: '1rem' } } },
  },
});
