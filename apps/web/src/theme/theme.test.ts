import { describe, expect, it } from 'vitest';
import { PALETTES } from './theme.ts';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string) {
  const luminance = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const [r, g, bl] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';
const STRIPE = PALETTES.gray[0];
const HOVER = PALETTES.gray[1];

describe('theme colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    // Mantine's stock dimmed grey on white, the failure the theme replaces.
    expect(contrast('#868e96', WHITE)).toBeCloseTo(3.32, 2);
  });

  for (const [name, shades] of Object.entries(PALETTES)) {
    it(`${name}: text shades 6–9 read at 4.5:1 on white, striped and hovered rows, and white on them`, () => {
      for (const shade of [6, 7, 8, 9] as const) {
        for (const background of [WHITE, STRIPE, HOVER]) {
          expect(
            contrast(shades[shade], background),
            `${name}.${shade} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${name}: a light badge (shade 9 on shade 1) reads at 4.5:1`, () => {
      expect(contrast(shades[9], shades[1])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('draws form control borders (gray 6) at 3:1 on white (1.4.11)', () => {
    expect(contrast(PALETTES.gray[6], WHITE)).toBeGreaterThanOrEqual(3);
  });
});
