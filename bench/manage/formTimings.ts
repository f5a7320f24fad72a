/**
 * What the Manage form figure measures, in the page with the Performance API
 * (the functions passed to `evaluate` run in Chromium, not in Node, so they
 * only use browser globals and no named inner functions):
 *
 * - navigation: `performance.now()` just before a click on the entity's
 *   Manage tab (an in-app navigation, its code chunk already loaded by a
 *   warm-up visit) until the first animation frame in which the form's first
 *   field and its Update button are in the document and enabled
 *   (interactive), and until the frame in which its last field is too
 *   (complete). Both include fetching the resource and its Promise.
 * - keystroke: for each key typed into one text field, `performance.now()` at
 *   `keydown` (capture, on window) until its `input` event reaches window
 *   (bubbling, after React's handler and the synchronous render and commit it
 *   triggers), after forcing layout: the handlers, React's render and commit of
 *   what the key changed, style and layout. Paint is not included.
 * - key to next task: from the same `keydown` until a task queued then runs.
 *   Chromium usually draws a frame first, so this adds the frame's style,
 *   layout and paint of the whole page, which grows with the page.
 * - form catch-up: a text field shows each key from its own state and the
 *   form takes the text once typing pauses (useTypedText), in one task that
 *   recomputes and re-renders the whole form. Measured as the longest time
 *   between two animation frame callbacks in the second after the last key:
 *   about one frame (16.7 ms) means nothing was held up.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    skeKeystrokes?: { work: number[]; toNextTask: number[]; t0: number };
  }
}

/** A link of the entity page's tabs ("Content navigation"). */
export const entityTab = (page: Page, title: string) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: title, exact: true });

export interface NavigationTiming {
  /** To the first frame with the first field and Update enabled. */
  interactive: number;
  /** To the first frame with the last field drawn too. */
  complete: number;
}

/**
 * Milliseconds from a click on the Manage tab to an interactive form (its
 * first field and its Update button present and enabled), and to a complete
 * one (its last field present too: a large form draws the fields below its
 * first screen in the background, in slices that yield to input).
 */
export async function timeNavigation(
  page: Page,
  fields: { first: string; last: string },
): Promise<NavigationTiming> {
  const tab = await entityTab(page, 'Manage').elementHandle();
  return page.evaluate(
    async ({ tabElement, first, last }) => {
      const t0 = performance.now();
      (tabElement as HTMLElement).click();
      let interactive: number | undefined;
      for (;;) {
        await new Promise(r => requestAnimationFrame(r));
        const [firstInput, lastInput] = [first, last].map(name =>
          document.querySelector<HTMLInputElement>(`[name="${name}"]`),
        );
        const submit = document.querySelector<HTMLButtonElement>(
          'form button[type="submit"]',
        );
        if (
          interactive === undefined &&
          firstInput &&
          !firstInput.disabled &&
          submit &&
          !submit.disabled
        ) {
          interactive = performance.now() - t0;
        }
        if (interactive !== undefined && lastInput && !lastInput.disabled) {
          return { interactive, complete: performance.now() - t0 };
        }
      }
    },
    { tabElement: tab, ...fields },
  );
}

export interface KeystrokeTimings {
  /** Milliseconds of main-thread work for each key, up to its input event. */
  keystrokes: number[];
  /** Milliseconds from each key until a task queued then runs. */
  toNextTask: number[];
  /** The longest gap between frames while the form took the text, in ms. */
  catchUpFrame: number;
}

/** Types `count` keys into the field, then waits for the form to take them. */
export async function timeKeystrokes(
  page: Page,
  fieldName: string,
  count: number,
): Promise<KeystrokeTimings> {
  await page.evaluate(() => {
    if (window.skeKeystrokes) return;
    const timings = { work: [] as number[], toNextTask: [] as number[], t0: 0 };
    window.skeKeystrokes = timings;
    window.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        timings.t0 = t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          void document.body.offsetHeight;
          timings.toNextTask.push(performance.now() - t0);
        };
        channel.port2.postMessage(undefined);
      },
      { capture: true },
    );
    window.addEventListener('input', () => {
      void document.body.offsetHeight;
      timings.work.push(performance.now() - timings.t0);
    });
  });
  const field = page.locator(`[name="${fieldName}"]`);
  await field.click();
  await field.press('End');
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    window.skeKeystrokes!.work = [];
    window.skeKeystrokes!.toNextTask = [];
  });
  const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(Math.ceil(count / 26));
  // A pause between keys, so each key's work is its own.
  await field.pressSequentially(text.slice(0, count), { delay: 40 });
  const { work: keystrokes, toNextTask } = await page.evaluate(() => ({
    work: window.skeKeystrokes!.work,
    toNextTask: window.skeKeystrokes!.toNextTask,
  }));
  // performance.now() in each callback, not the callbacks' frame times, which
  // Chromium aligns to its frame grid.
  const catchUpFrame = await page.evaluate(async () => {
    const frames: number[] = [];
    const end = performance.now() + 1000;
    while (performance.now() < end) {
      await new Promise(r => requestAnimationFrame(r));
      frames.push(performance.now());
    }
    return Math.max(...frames.slice(1).map((t, i) => t - frames[i]));
  });
  return { keystrokes, toNextTask, catchUpFrame };
}
