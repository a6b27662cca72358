/**
 * One month of activities as a table: a column per weekday (Monday first), a row per week, each
 * activity a link that opens it. A table so screen readers announce the day with each item.
 */
import { Badge, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { Activity } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import classes from './calendar-month.module.css';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The month's weeks, Monday to Sunday, as dates (days of the neighbouring months fill the edges). */
function weeksOf(month: string): Date[][] {
  const first = new Date(`${month}-01T00:00:00Z`);
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const weeks: Date[][] = [];
  for (let d = start; weeks.length < 6; ) {
    const week = Array.from({ length: 7 }, (_, i) => new Date(d.getTime() + i * 86_400_000));
    if (week[0]!.toISOString().slice(0, 7) > month) break;
    weeks.push(week);
    d = new Date(d.getTime() + 7 * 86_400_000);
  }
  return weeks;
}

/** "December 2026" for `2026-12`. */
export const monthLabel = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

export function ActivityStatus({ a }: { a: Activity }) {
  if (a.status === 'completed')
    return (
      <Badge size="xs" variant="light" color={a.late ? 'orange' : 'green'}>
        {a.late ? 'Done late' : 'Done'}
      </Badge>
    );
  if (a.overdue)
    return (
      <Badge size="xs" variant="filled" color="red">
        Overdue
      </Badge>
    );
  return (
    <Badge size="xs" variant="light" color="blue">
      Open
    </Badge>
  );
}

export function CalendarMonth({
  month,
  today,
  activities,
}: {
  month: string;
  today: string;
  activities: Activity[];
}) {
  const byDay = new Map<string, Activity[]>();
  for (const a of activities) byDay.set(a.dueDate, [...(byDay.get(a.dueDate) ?? []), a]);
  return (
    // Focusable, like a scrolling ScrollTable: at phone width a month with nothing to click in it must
    // still be scrollable from the keyboard.
    <div
      className={classes.scroll}
      {...{ tabIndex: 0, role: 'region', 'aria-label': `Activities due in ${monthLabel(month)}` }}
    >
      <table className={classes.grid}>
        <caption className={classes.caption}>Activities due in {monthLabel(month)}</caption>
        <thead>
          <tr>
            {DAYS.map((d) => (
              <th key={d} scope="col" abbr={d}>
                {d.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={iso(week[0]!)}>
              {week.map((day) => {
                const date = iso(day);
                const items = byDay.get(date) ?? [];
                const outside = date.slice(0, 7) !== month;
                return (
                  <td
                    key={date}
                    className={classes.day}
                    data-outside={outside || undefined}
                    data-today={date === today || undefined}
                    aria-current={date === today ? 'date' : undefined}
                  >
                    <Text size="xs" fw={date === today ? 700 : 400} c={outside ? 'dimmed' : undefined}>
                      <span aria-hidden="true">{day.getUTCDate()}</span>
                      <VisuallyHidden>{dayName.format(day)}</VisuallyHidden>
                    </Text>
                    {items.length > 0 && (
                      <Stack gap={4} component="ul" className={classes.items}>
                        {items.map((a) => (
                          <li key={a.id}>
                            <AnchorLink
                              from="/calendar"
                              to="/calendar"
                              search={(prev) => ({ ...prev, activity: a.id })}
                              size="xs"
                              className={classes.item}
                              data-status={a.status === 'completed' ? 'done' : a.overdue ? 'overdue' : 'open'}
                            >
                              {a.title} for {a.controlCode}
                              <VisuallyHidden>
                                {a.status === 'completed' ? ', done' : a.overdue ? ', overdue' : ', open'}
                              </VisuallyHidden>
                            </AnchorLink>
                          </li>
                        ))}
                      </Stack>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
