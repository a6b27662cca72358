import { describe, expect, it } from 'vitest';
import {
  assertOnMatrix,
  checkAcceptance,
  heatMap,
  levelInk,
  matrixFromPreset,
  RISK_MATRIX_PRESETS,
  riskLevel,
  scaleLevel,
  validateMatrix,
} from './risks.ts';

describe('risk matrix', () => {
  it('ships three valid presets whose corners are the lowest and highest level', () => {
    for (const key of ['3x3', '4x4', '5x5'] as const) {
      const m = matrixFromPreset(key);
      expect(() => validateMatrix(m)).not.toThrow();
      expect(riskLevel(m, 1, 1)).toBe(1);
      expect(riskLevel(m, m.likelihood.length, m.impact.length)).toBe(m.levels.length);
    }
  });

  it('gives an editable copy that leaves the preset untouched', () => {
    const m = matrixFromPreset('3x3');
    m.grid[0]![0] = 3;
    expect(RISK_MATRIX_PRESETS['3x3'].grid[0]![0]).toBe(1);
  });

  it('refuses a grid with a missing cell, naming the cell', () => {
    const m = matrixFromPreset('4x4');
    m.grid[2] = [1, 2, 3];
    expect(() => validateMatrix(m)).toThrow(expect.objectContaining({ field: 'grid.2' }));
    const n = matrixFromPreset('3x3');
    n.grid.pop();
    expect(() => validateMatrix(n)).toThrow(expect.objectContaining({ field: 'grid' }));
  });

  it('refuses a cell naming a level that does not exist', () => {
    const m = matrixFromPreset('3x3');
    m.grid[1]![2] = 4;
    expect(() => validateMatrix(m)).toThrow(/likelihood "Possible" and impact "Severe"/);
  });

  it('writes on any level colour in black or white with at least AA contrast', () => {
    let worst = 21;
    for (let r = 0; r < 256; r += 5)
      for (let g = 0; g < 256; g += 5)
        for (let b = 0; b < 256; b += 5) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          worst = Math.min(worst, levelInk(hex).ratio);
        }
    expect(worst).toBeGreaterThanOrEqual(4.5);
    expect(levelInk('#fff59d').ink).toBe('#000000');
    expect(levelInk('#1a237e').ink).toBe('#ffffff');
  });

  it('refuses a likelihood or impact outside the matrix, naming the field', () => {
    const m = matrixFromPreset('3x3');
    expect(() => assertOnMatrix(m, 'currentImpact', 'impact', 4)).toThrow(
      expect.objectContaining({ field: 'currentImpact' }),
    );
    expect(() => assertOnMatrix(m, 'currentImpact', 'impact', 3)).not.toThrow();
  });

  it('maps 5-level suggestions onto smaller scales', () => {
    expect([1, 2, 3, 4, 5].map((v) => scaleLevel(v, 5, 3))).toEqual([1, 2, 2, 3, 3]);
    expect(scaleLevel(5, 5, 4)).toBe(4);
    expect(scaleLevel(1, 5, 4)).toBe(1);
  });

  it('counts risks per cell with every cell present', () => {
    const m = matrixFromPreset('3x3');
    const cells = heatMap(m, [
      { likelihood: 3, impact: 3 },
      { likelihood: 3, impact: 3 },
      { likelihood: 1, impact: 2 },
    ]);
    expect(cells).toHaveLength(9);
    expect(cells.find((c) => c.likelihood === 3 && c.impact === 3)?.count).toBe(2);
    expect(cells.reduce((s, c) => s + c.count, 0)).toBe(3);
  });
});

describe('risk acceptance', () => {
  const base = {
    ownerId: 'o',
    approverId: 'a',
    justification: 'cost',
    expiresOn: '2027-01-01',
    today: '2026-06-01',
  };
  it('accepts a complete acceptance', () => expect(() => checkAcceptance(base)).not.toThrow());
  it('refuses the owner as approver, a missing justification or expiry, naming the field', () => {
    expect(() => checkAcceptance({ ...base, approverId: 'o' })).toThrow(
      expect.objectContaining({ field: 'approverId' }),
    );
    expect(() => checkAcceptance({ ...base, justification: ' ' })).toThrow(
      expect.objectContaining({ field: 'justification' }),
    );
    expect(() => checkAcceptance({ ...base, expiresOn: null })).toThrow(
      expect.objectContaining({ field: 'expiresOn' }),
    );
    expect(() => checkAcceptance({ ...base, expiresOn: '2026-06-01' })).toThrow(
      expect.objectContaining({ field: 'expiresOn' }),
    );
  });
});
