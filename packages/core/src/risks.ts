/**
 * Risk register rules: the organization's risk matrix (likelihood levels × impact levels, and a
 * grid saying which risk level each cell is), the presets an owner starts from, and what an
 * acceptance needs. Levels are numbered from 1 (lowest); a grid row is one likelihood, a column one
 * impact, and each cell holds the index (from 1) of a risk level.
 */
import { RISK_CATEGORIES } from '@vigil/catalog';
import { z } from 'zod';
import { isIsoDate } from './days.ts';
import { invalid } from './errors.ts';

/** What kind of risk it is; fraud answers CC3.3, vendor and change answer CC3.4. */
export const RiskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategorySchema>;

/** How the organization answers a risk. */
export const RiskTreatmentSchema = z.enum(['mitigate', 'accept', 'transfer', 'avoid']);
export type RiskTreatment = z.infer<typeof RiskTreatmentSchema>;

/** Where a risk stands; `accepted` lasts until its acceptance expires, then it is open again. */
export const RiskStatusSchema = z.enum(['open', 'treating', 'accepted', 'closed']);
export type RiskStatus = z.infer<typeof RiskStatusSchema>;

/** Whether an annual assessment snapshot waits for its approver or is approved. */
export const RiskAssessmentStatusSchema = z.enum(['pending', 'approved']);
export type RiskAssessmentStatus = z.infer<typeof RiskAssessmentStatusSchema>;

/** One level of a scale: its name, and a colour for the risk levels (never the only cue). */
export interface MatrixLevel {
  label: string;
  colour?: string;
}

/** An organization's risk matrix. */
export interface RiskMatrix {
  likelihood: MatrixLevel[];
  impact: MatrixLevel[];
  levels: MatrixLevel[];
  /** grid[likelihood-1][impact-1] = risk level (from 1). */
  grid: number[][];
}

const LOW = { label: 'Low', colour: '#2e7d32' };
const MEDIUM = { label: 'Medium', colour: '#f9a825' };
const HIGH = { label: 'High', colour: '#ef6c00' };
const CRITICAL = { label: 'Critical', colour: '#c62828' };

/** Cell level from the product of likelihood and impact, cut at the given thresholds. */
function productGrid(size: number, cuts: number[]): number[][] {
  return Array.from({ length: size }, (_, l) =>
    Array.from({ length: size }, (_, i) => {
      const score = (l + 1) * (i + 1);
      return 1 + cuts.filter((c) => score >= c).length;
    }),
  );
}

/** The matrices an owner may start from. */
export const RISK_MATRIX_PRESETS = {
  '3x3': {
    likelihood: [{ label: 'Unlikely' }, { label: 'Possible' }, { label: 'Likely' }],
    impact: [{ label: 'Minor' }, { label: 'Moderate' }, { label: 'Severe' }],
    levels: [LOW, MEDIUM, HIGH],
    grid: productGrid(3, [3, 6]),
  },
  '4x4': {
    likelihood: [{ label: 'Rare' }, { label: 'Unlikely' }, { label: 'Likely' }, { label: 'Almost certain' }],
    impact: [{ label: 'Minor' }, { label: 'Moderate' }, { label: 'Major' }, { label: 'Severe' }],
    levels: [LOW, MEDIUM, HIGH, CRITICAL],
    grid: productGrid(4, [3, 6, 12]),
  },
  '5x5': {
    likelihood: [
      { label: 'Rare' },
      { label: 'Unlikely' },
      { label: 'Possible' },
      { label: 'Likely' },
      { label: 'Almost certain' },
    ],
    impact: [
      { label: 'Negligible' },
      { label: 'Minor' },
      { label: 'Moderate' },
      { label: 'Major' },
      { label: 'Severe' },
    ],
    levels: [LOW, MEDIUM, HIGH, CRITICAL],
    grid: productGrid(5, [5, 10, 17]),
  },
} as const satisfies Record<string, RiskMatrix>;
export type RiskMatrixPreset = keyof typeof RISK_MATRIX_PRESETS;
export const RiskMatrixPresetSchema = z.enum(['3x3', '4x4', '5x5']);

/** A fresh, editable copy of a preset. */
export function matrixFromPreset(preset: RiskMatrixPreset): RiskMatrix {
  return structuredClone(RISK_MATRIX_PRESETS[preset]) as RiskMatrix;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/**
 * The text colour (black or white) that contrasts more with a level's colour, and that ratio. The
 * better of the two is never below 4.58:1 (where both are equal), so any colour an owner picks keeps
 * the heat map's text at WCAG AA as long as the text is drawn in this ink.
 */
export function levelInk(hex: string): { ink: '#000000' | '#ffffff'; ratio: number } {
  const y = luminance(hex);
  const onBlack = (y + 0.05) / 0.05;
  const onWhite = 1.05 / (y + 0.05);
  return onBlack >= onWhite ? { ink: '#000000', ratio: onBlack } : { ink: '#ffffff', ratio: onWhite };
}

/** Refuses a matrix with missing or out-of-range cells, empty labels or bad colours, naming the field. */
export function validateMatrix(m: RiskMatrix): void {
  for (const [field, list] of [
    ['likelihood', m.likelihood],
    ['impact', m.impact],
    ['levels', m.levels],
  ] as const) {
    if (list.length < 2 || list.length > 10) throw invalid(field, `${field}: between 2 and 10 levels`);
    list.forEach((l, i) => {
      if (!l.label.trim()) throw invalid(`${field}.${i}.label`, `${field} level ${i + 1} needs a name`);
      if (l.colour !== undefined && !COLOUR.test(l.colour))
        throw invalid(`${field}.${i}.colour`, `${field} level ${i + 1}: colour must look like #1a2b3c`);
    });
  }
  if (m.grid.length !== m.likelihood.length)
    throw invalid(
      'grid',
      `grid: needs one row per likelihood level (${m.likelihood.length}), has ${m.grid.length}`,
    );
  m.grid.forEach((row, l) => {
    if (row.length !== m.impact.length)
      throw invalid(
        `grid.${l}`,
        `grid: the row of likelihood "${m.likelihood[l]?.label}" needs ${m.impact.length} cells, has ${row.length}`,
      );
    row.forEach((cell, i) => {
      if (!Number.isInteger(cell) || cell < 1 || cell > m.levels.length)
        throw invalid(
          `grid.${l}.${i}`,
          `grid: the cell of likelihood "${m.likelihood[l]?.label}" and impact "${m.impact[i]?.label}" must be a risk level from 1 to ${m.levels.length}`,
        );
    });
  });
}

/** Refuses a likelihood or impact outside the matrix, naming the field. */
export function assertOnMatrix(m: RiskMatrix, field: string, kind: 'likelihood' | 'impact', value: number) {
  const n = m[kind].length;
  if (!Number.isInteger(value) || value < 1 || value > n)
    throw invalid(field, `${field}: must be a ${kind} level from 1 to ${n} of the risk matrix`);
}

/** The risk level (from 1) of a likelihood and impact on the matrix. */
export function riskLevel(m: RiskMatrix, likelihood: number, impact: number): number {
  return m.grid[likelihood - 1]?.[impact - 1] ?? 1;
}

/** Maps a level on a 1..from scale to the nearest level on a 1..to scale (library suggestions are on 5). */
export function scaleLevel(value: number, from: number, to: number): number {
  if (from === to) return value;
  return Math.min(to, Math.max(1, Math.round(((value - 1) * (to - 1)) / (from - 1)) + 1));
}

/** What an acceptance needs: an approver other than the owner, a justification and a future expiry. */
export function checkAcceptance(a: {
  ownerId: string | null;
  approverId: string | null | undefined;
  justification: string | null | undefined;
  expiresOn: string | null | undefined;
  today: string;
}): void {
  if (!a.approverId) throw invalid('approverId', 'approverId: an acceptance needs an approver');
  if (a.ownerId && a.approverId === a.ownerId)
    throw invalid('approverId', 'approverId: the approver must be someone other than the risk owner');
  if (!a.justification?.trim()) throw invalid('justification', 'justification: say why the risk is accepted');
  if (!a.expiresOn || !isIsoDate(a.expiresOn))
    throw invalid('expiresOn', 'expiresOn: an acceptance needs an expiry date');
  if (a.expiresOn <= a.today) throw invalid('expiresOn', 'expiresOn: the expiry date must be in the future');
}

/** One heat-map cell: how many risks sit at this likelihood and impact. */
export interface HeatCell {
  likelihood: number;
  impact: number;
  level: number;
  count: number;
}

/** Counts risks per cell of the matrix, every cell present (zero when empty). */
export function heatMap(m: RiskMatrix, points: { likelihood: number; impact: number }[]): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let l = 1; l <= m.likelihood.length; l++)
    for (let i = 1; i <= m.impact.length; i++)
      cells.push({
        likelihood: l,
        impact: i,
        level: riskLevel(m, l, i),
        count: points.filter((p) => p.likelihood === l && p.impact === i).length,
      });
  return cells;
}
