/**
 * What keyboards and screen readers need when the page changes without a reload: the tab title
 * follows the page's heading ("Controls · Vigil", WCAG 2.4.2), and on a move to another page focus
 * goes to its heading and the new page is announced (2.4.3, 4.1.3). It reads the heading from the
 * page itself, so every page, including ones added later, is covered without registering a title.
 */
import { VisuallyHidden } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

const APP_NAME = 'Vigil';
/** How long a page may take to show its heading (it may be loading) before focus is left alone. */
const HEADING_WAIT_MS = 5_000;

function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
}

/** The title for a heading: "Controls · Vigil", or just the name while the page has none. */
export function documentTitle(heading: string | null | undefined) {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text ? `${text} · ${APP_NAME}` : APP_NAME;
}

/**
 * Focus moves only when it would otherwise be lost or left behind: on the page, in the header or
 * navigation, or on a link the new page removed. A field the new page focused itself, or an open
 * dialog, keeps it.
 */
function focusWasLeftBehind(active: Element | null) {
  if (!active || active === document.body || !active.isConnected) return true;
  if (active.closest('[role="dialog"]')) return false;
  const main = document.querySelector('main');
  return !main || active === main || !main.contains(active);
}

export function RouteAnnouncer() {
  const pathname = useRouterState({ select: (s) => s.resolvedLocation?.pathname });
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<string | undefined>(undefined);

  useEffect(() => {
    let frame = 0;
    const sync = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const title = documentTitle(pageHeading()?.textContent);
        if (document.title !== title) document.title = title;
      });
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    if (!pathname) return;
    const from = previous.current;
    previous.current = pathname;
    // The first page of a visit is announced by the browser itself; only moves need help.
    if (from === undefined || from === pathname) return;
    let done = false;
    const arrive = () => {
      const heading = pageHeading();
      if (done || !heading) return;
      done = true;
      observer.disconnect();
      if (focusWasLeftBehind(document.activeElement)) {
        heading.tabIndex = -1;
        heading.focus();
      }
      setAnnouncement(heading.textContent?.trim() ?? '');
    };
    const observer = new MutationObserver(arrive);
    observer.observe(document.body, { childList: true, subtree: true });
    arrive();
    const timer = setTimeout(() => {
      done = true;
      observer.disconnect();
    }, HEADING_WAIT_MS);
    return () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);

  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="route-announcement">
      {announcement}
    </VisuallyHidden>
  );
}
