/**
 * Per control, how its evaluated time split between operating and exception, as stacked bars.
 * Loaded on demand because the chart library is large.
 */
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { ControlEffectiveness } from '@vigil/api';

const share = (x: number) => Math.round(x * 1000) / 10;

export default function EffectivenessChart({ controls }: { controls: ControlEffectiveness[] }) {
  return (
    <BarChart
      h={Math.max(160, controls.length * 32 + 60)}
      data={controls.map((c) => ({
        control: c.code,
        Operating: share(c.operatingShare),
        Exception: share(1 - c.operatingShare),
      }))}
      dataKey="control"
      type="stacked"
      orientation="vertical"
      series={[
        { name: 'Operating', color: 'teal.6' },
        { name: 'Exception', color: 'red.6' },
      ]}
      xAxisProps={{ domain: [0, 100] }}
      yAxisProps={{ width: 70 }}
      valueFormatter={(v) => `${v}%`}
      withLegend
      role="img"
      aria-label="Share of each control's evaluated time operating and in exception, in percent, worst first"
    />
  );
}
