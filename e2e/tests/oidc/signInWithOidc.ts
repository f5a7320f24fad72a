import { expect, Page } from '@playwright/test';

/**
 * Signs in through the app's "OpenID Connect" sign-in card: the provider's
 * login page opens in a popup, takes the user name (any password) and asks
 * for consent; then the app shell shows.
 */
export async function signInWithOidc(page: Page, user: string) {
  // The provider's page imports a web font; there is no internet here.
  await page
    .context()
    .route('https://fonts.googleapis.com/**', route => route.abort());
  await page.goto('/');
  const card = page.locator('li', { hasText: 'OpenID Connect' });
  const popupOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Sign In' }).click();
  const popup = await popupOpened;
  await popup.getByPlaceholder('Enter any login').fill(user);
  await popup.getByPlaceholder('and password').fill('not-checked');
  await popup.getByRole('button', { name: 'Sign-in' }).click();
  await popup.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('link', { name: 'Catalog', exact: true }).first(),
  ).toBeVisible();
}

/** The signed-in user's Backstage token and OIDC ID token, as the app gets them. */
export async function sessionTokens(page: Page) {
  const response = await page.request.get(
    '/api/auth/oidc/refresh?optional&env=development',
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  expect(response.status()).toBe(200);
  const session = await response.json();
  return {
    backstageToken: session.backstageIdentity.token as string,
    idToken: session.providerInfo.idToken as string,
  };
}
