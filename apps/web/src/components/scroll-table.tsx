/**
 * The horizontal scroll box around a wide table. While its table is wider than the box (phones), it
 * is a named region in the tab order so a keyboard can scroll it (WCAG 2.1.1); when everything
 * fits it adds no tab stop.
 */
import { type BoxProps, Table } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function ScrollTable({
  label,
  minWidth,
  children,
  ...box
}: BoxProps & { label: string; minWidth: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <Table.ScrollContainer
      ref={ref}
      type="native"
      minWidth={minWidth}
      {...box}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </Table.ScrollContainer>
  );
}
