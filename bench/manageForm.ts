/**
 * Figure 4: the Manage form in Chromium for a Promise schema with 10, with
 * 200 (nested objects and arrays included) and with 1,000 properties nested
 * five levels deep: time from a click on
 * the Manage tab to an interactive form, and the main-thread work of each
 * keystroke typed into one field (see manage/formTimings.ts for exactly what
 * is measured). Starts its own e2e stack on SKE_E2E_BACKEND_PORT /
 * SKE_E2E_PLATFORM_PORT with generated Promises; the app must be built
 * (e2e/app/dist).
 */
import { chromium, Page } from '@playwright/test';
import playwrightConfig from '../e2e/playwright.config';
import { signInAsGuest } from '../e2e/tests/signIn';
import { startE2eStack } from './manage/e2eStack';
import {
  entityTab,
  timeKeystrokes,
  timeNavigation,
} from './manage/formTimings';
import { GeneratedForm, generateForm } from './manage/generatedPromise';
import type { Figure } from './report';
import { ms, ratio, summarise } from './stats';

const NAVIGATION_GOAL_MS = 300;
const FRAME_MS = 1000 / 60;

interface FormTimings {
  form: GeneratedForm;
  navigation: number[];
  complete: number[];
  keystrokes: number[];
  toNextTask: number[];
  catchUpFrame: number;
}

const median = (samples: number[]) => summarise(samples).median;
const p95 = (samples: number[]) => summarise(samples).p95;

async function measureForm(
  page: Page,
  form: GeneratedForm,
  o: { navigations: number; keystrokes: number },
): Promise<FormTimings> {
  const entityPath = `/catalog/default/component/${form.name}`;
  const lastField = `root_${form.lastText}_0_hostname`;
  // Warm-up: the catalog has read the entity, the Manage chunk is loaded.
  await page.goto(`${entityPath}/kratix-manage`);
  await page
    .locator(`[name="${lastField}"]`)
    .waitFor({ state: 'visible', timeout: 120_000 });
  const navigation: number[] = [];
  const complete: number[] = [];
  for (let i = 0; i < o.navigations; i++) {
    await entityTab(page, 'Resource').click();
    await page.getByTestId('ske-field-namespace').waitFor();
    const timing = await timeNavigation(page, {
      first: `root_${form.firstText}`,
      last: lastField,
    });
    navigation.push(timing.interactive);
    complete.push(timing.complete);
  }
  const typing = await timeKeystrokes(
    page,
    `root_${form.firstText}`,
    o.keystrokes,
  );
  return { form, navigation, complete, ...typing };
}

function figures([small, ...larger]: FormTimings[]): Figure[] {
  const nav = (t: FormTimings) =>
    `median ${ms(median(t.navigation))}, p95 ${ms(p95(t.navigation))} (${
      t.navigation.length
    } navigations); every field drawn: median ${ms(
      median(t.complete),
    )}, p95 ${ms(p95(t.complete))}`;
  const keys = (t: FormTimings) =>
    `median ${ms(median(t.keystrokes))}, p95 ${ms(p95(t.keystrokes))}, max ${ms(
      Math.max(...t.keystrokes),
    )} (${
      t.keystrokes.length
    } keys); key to next task, frame included: median ${ms(
      median(t.toNextTask),
    )}, p95 ${ms(p95(t.toNextTask))}`;
  const againstSmall = (
    t: FormTimings,
    samples: (t: FormTimings) => number[],
  ) =>
    t === small
      ? '—'
      : `${ratio(median(samples(t)) / median(samples(small)))} the ${
          small.form.label
        } form`;
  const all = [small, ...larger];
  return [
    ...all.map(t => ({
      figure: `Manage form: tab click to interactive form, ${t.form.label}`,
      measured: nav(t),
      against: againstSmall(t, x => x.navigation),
      goal: t === small ? '—' : `median < ${NAVIGATION_GOAL_MS} ms`,
      holds:
        t === small ? undefined : median(t.navigation) < NAVIGATION_GOAL_MS,
    })),
    ...all.map(t => ({
      figure: `Manage form: work per keystroke, ${t.form.label}`,
      measured: keys(t),
      against: againstSmall(t, x => x.keystrokes),
      goal: `p95 < ${ms(FRAME_MS)} (one frame)`,
      holds: p95(t.keystrokes) < FRAME_MS,
    })),
    ...all.map(t => ({
      figure: `Manage form: longest frame while the form takes typed text, ${t.form.label}`,
      measured: ms(t.catchUpFrame),
      against: `one frame is ${ms(FRAME_MS)}`,
      goal: '—',
      holds: undefined,
    })),
  ];
}

export async function manageForm(o: { quick?: boolean }): Promise<Figure[]> {
  const forms = [
    generateForm(10),
    generateForm(200),
    generateForm(1000, { deep: true }),
  ];
  const stack = await startE2eStack(forms, {
    backend: Number(process.env.SKE_E2E_BACKEND_PORT ?? 7017),
    platform: Number(process.env.SKE_E2E_PLATFORM_PORT ?? 16443),
  });
  const browser = await chromium.launch(
    playwrightConfig.use?.launchOptions ?? {},
  );
  try {
    const timings: FormTimings[] = [];
    for (const form of forms) {
      const page = await browser.newPage({ baseURL: stack.baseUrl });
      await signInAsGuest(page);
      timings.push(
        await measureForm(page, form, {
          navigations: o.quick ? 3 : 15,
          keystrokes: o.quick ? 10 : 60,
        }),
      );
      await page.close();
    }
    return figures(timings);
  } finally {
    await browser.close();
    await stack.stop();
  }
}
