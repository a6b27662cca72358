/**
 * Vigil's Mantine theme. Mantine's stock shades 6–9, which it uses for text, links, outlines and
 * filled buttons, are too light to read on white (indigo 4.3:1, yellow 1.9:1): here they are
 * darkened until every one reaches at least 5.3:1 on white and 4.5:1 on the pale greys of striped
 * and hovered rows (WCAG 2.1 1.4.3). Shades 0–5 (backgrounds, tints) are Mantine's own.
 * theme.test.ts holds these ratios.
 */
import {
  createTheme,
  Drawer,
  FileInput,
  type MantineColorsTuple,
  Modal,
  MultiSelect,
  Notification,
  Select,
} from '@mantine/core';

const tuple = (colors: string[]) => colors as unknown as MantineColorsTuple;

/** The colours the app uses, with readable dark shades. */
export const PALETTES = {
  gray: tuple([
    '#f8f9fa',
    '#f1f3f5',
    '#e9ecef',
    '#dee2e6',
    '#ced4da',
    '#adb5bd',
    '#666c72',
    '#495057',
    '#343a40',
    '#212529',
  ]),
  red: tuple([
    '#fff5f5',
    '#ffe3e3',
    '#ffc9c9',
    '#ffa8a8',
    '#ff8787',
    '#ff6b6b',
    '#be3e3e',
    '#ba3030',
    '#b02626',
    '#a42222',
  ]),
  grape: tuple([
    '#f8f0fc',
    '#f3d9fa',
    '#eebefa',
    '#e599f7',
    '#da77f2',
    '#cc5de8',
    '#a140ba',
    '#9937b1',
    '#8f31a6',
    '#842d9a',
  ]),
  indigo: tuple([
    '#edf2ff',
    '#dbe4ff',
    '#bac8ff',
    '#91a7ff',
    '#748ffc',
    '#5c7cfa',
    '#4361d9',
    '#3b59d3',
    '#3552c6',
    '#324aba',
  ]),
  blue: tuple([
    '#e7f5ff',
    '#d0ebff',
    '#a5d8ff',
    '#74c0fc',
    '#4dabf7',
    '#339af0',
    '#1b6eb6',
    '#1766ad',
    '#155ea2',
    '#155796',
  ]),
  teal: tuple([
    '#e6fcf5',
    '#c3fae8',
    '#96f2d7',
    '#63e6be',
    '#38d9a9',
    '#20c997',
    '#0c7a59',
    '#087252',
    '#076a4b',
    '#066146',
  ]),
  green: tuple([
    '#ebfbee',
    '#d3f9d8',
    '#b2f2bb',
    '#8ce99a',
    '#69db7c',
    '#51cf66',
    '#297a37',
    '#237231',
    '#1f6a2e',
    '#1e612c',
  ]),
  yellow: tuple([
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#fcc419',
    '#8d6303',
    '#8a5a00',
    '#884f00',
    '#844400',
  ]),
  orange: tuple([
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ff922b',
    '#a8540d',
    '#a84605',
    '#a03d08',
    '#99330b',
  ]),
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 6,
  defaultRadius: 'md',
  colors: PALETTES,
  // Mantine's close and clear buttons are an icon alone: each needs a name (WCAG 4.1.2).
  // A field's own clearButtonProps, naming what it clears, replace these.
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close panel' } } }),
    FileInput: FileInput.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Remove the file' } } }),
    Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Clear' } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Clear all' } } }),
  },
});

/**
 * Light-scheme variables Mantine points at pale greys: secondary ("dimmed") text, placeholders and
 * links take readable shades instead.
 */
export const cssVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-7)',
  },
  dark: {},
});
