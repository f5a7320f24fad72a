/**
 * The Kratix tabs in a throwaway app that also has Backstage's Kubernetes
 * plugins: a Resource's entity comes from catalog ingestion, its tabs show its live status and its Manage form from
 * the simulated platform, and the Kubernetes plugin's own tab is still there
 * for an entity that asks for it.
 */
import { expect, test } from '@playwright/test';
import {
  ACID_DB,
  catalogAuthorization,
  entityRefOf,
  untilSeeded,
} from '../../../e2e/tests/seededCatalog';

test('the Kratix tabs work beside the Kubernetes plugin', async ({ page }) => {
  test.setTimeout(240_000);
  // The request's entity comes from catalog ingestion, after the backend starts.
  await untilSeeded(page, await catalogAuthorization(page), [
    entityRefOf(ACID_DB),
  ]);

  await page.goto(`${ACID_DB}/kratix-resource`);
  await expect(page.getByTestId('ske-field-namespace')).toHaveText('team-a');
  await expect(page.getByTestId('ske-status')).toContainText('Reconciled');

  await page.goto(`${ACID_DB}/kratix-manage`);
  await expect(
    page.getByRole('textbox', { name: 'Namespace', exact: true }),
  ).toHaveValue('team-a');
  await expect(page.getByRole('textbox', { name: /Storage GB/ })).toHaveValue(
    /\d+/,
  );

  await page.goto('/catalog/default/component/kubernetes-neighbour');
  await expect(
    page
      .getByRole('tab', { name: 'Kubernetes' })
      .or(page.getByRole('link', { name: 'Kubernetes', exact: true })),
  ).toBeVisible();
});
