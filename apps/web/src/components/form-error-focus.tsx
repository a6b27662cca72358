/**
 * After a form is sent and comes back with fields marked invalid (by the page's own checks or by
 * the server), focus goes to the first of them and the count is announced (WCAG 3.3.1, 4.1.3).
 * It listens to every form of the app, so forms need nothing of their own for it.
 */
import { VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';

/** How long after sending a form an answer from the server may still mark its fields. */
const ANSWER_WAIT_MS = 15_000;
const INVALID = '[aria-invalid="true"]';

export function FormErrorFocus() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    const watching = new Map<HTMLFormElement, () => void>();

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      watching.get(form)?.();
      let done = false;
      const check = () => {
        if (done) return;
        const invalid = [...form.querySelectorAll<HTMLElement>(INVALID)];
        const first = invalid[0];
        if (!first) return;
        stop();
        first.focus();
        const count = invalid.length;
        // Emptied first so the same message twice in a row is announced again.
        setMessage('');
        requestAnimationFrame(() =>
          setMessage(count === 1 ? '1 field needs correcting' : `${count} fields need correcting`),
        );
      };
      const observer = new MutationObserver(check);
      observer.observe(form, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-invalid'],
      });
      // The page's own checks mark fields in the render right after the submit.
      requestAnimationFrame(() => requestAnimationFrame(check));
      const timer = setTimeout(() => stop(), ANSWER_WAIT_MS);
      const stop = () => {
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        watching.delete(form);
      };
      watching.set(form, stop);
    };

    document.addEventListener('submit', onSubmit, true);
    return () => {
      document.removeEventListener('submit', onSubmit, true);
      for (const stop of [...watching.values()]) stop();
    };
  }, []);

  return (
    <VisuallyHidden role="alert" data-testid="form-error-announcement">
      {message}
    </VisuallyHidden>
  );
}
