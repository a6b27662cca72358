/** Readiness score per category as a bar chart; loaded on demand because the chart library is large. */
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { CategoryReadiness } from '@vigil/api';

export default function ReadinessChart({ categories }: { categories: CategoryReadiness[] }) {
  return (
    <BarChart
      h={240}
      data={categories.map((c) => ({ category: c.name, Readiness: Math.round(c.score) }))}
      dataKey="category"
      series={[{ name: 'Readiness', color: 'indigo.6' }]}
      yAxisProps={{ domain: [0, 100] }}
      valueFormatter={(v) => `${v}%`}
      withBarValueLabel
      role="img"
      aria-label="Readiness score by category, in percent"
    />
  );
}
