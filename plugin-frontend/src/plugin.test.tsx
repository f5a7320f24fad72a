import type { Entity } from '@backstage/catalog-model';
import type { JsonArray } from '@backstage/types';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import alphaPlugin from './alpha';
import { skeEntityExtensionTable } from './extensionTable';
import defaultPlugin from './index';
import { skeApiRef } from './api';
import { FakeSkeApi } from './testing/fakeSkeApi';

const postgresPromise: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'postgresql-promise',
    annotations: { 'kratix.io/promise-name': 'postgresql' },
  },
  spec: { type: 'kratix-promise' },
};

const skeApi = new FakeSkeApi([
  {
    name: 'postgresql',
    group: 'marketplace.kratix.io',
    kind: 'postgresql',
    status: { conditions: [], pipelines: [], extra: {} },
  },
]);

function renderPluginOn(entity: Entity, extensionsConfig: JsonArray = []) {
  return renderTestApp({
    features: [defaultPlugin],
    extensions: [createTestEntityPage({ entity })],
    apis: [[skeApiRef, skeApi]],
    config: { app: { extensions: extensionsConfig } },
  });
}

describe('the ske plugin', () => {
  it('is the default export of both . and ./alpha', () => {
    expect(defaultPlugin).toBe(alphaPlugin);
    expect(defaultPlugin.pluginId).toBe('ske');
  });

  it('provides exactly one extension per row of the extension table, plus its API', () => {
    const ids = skeEntityExtensionTable.map(
      row => `entity-${row.kind}:ske/${row.name}`,
    );
    for (const id of ids) {
      expect(defaultPlugin.getExtension(id as never).$$type).toBe(
        '@backstage/ExtensionDefinition',
      );
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never claims the catalog Overview path', () => {
    const paths = skeEntityExtensionTable.flatMap(row =>
      row.kind === 'content' ? [row.path] : [],
    );
    expect(paths).not.toContain('/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('shows the Promise tab on a Promise entity', async () => {
    renderPluginOn(postgresPromise);
    expect(
      await screen.findByText('marketplace.kratix.io'),
    ).toBeInTheDocument();
  });

  it('can be switched off from app-config', async () => {
    renderPluginOn(postgresPromise, [
      { 'entity-content:ske/promise-overview': false },
    ]);
    expect(
      await screen
        .findByTestId('test-entity-page', {}, { timeout: 500 })
        .catch(() => null),
    ).toBeNull();
    expect(screen.queryByText('marketplace.kratix.io')).not.toBeInTheDocument();
  });

  it('honours a filter override from app-config', async () => {
    renderPluginOn(postgresPromise, [
      {
        'entity-content:ske/promise-overview': {
          config: { filter: { 'metadata.name': 'other' } },
        },
      },
    ]);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.queryByText('marketplace.kratix.io')).not.toBeInTheDocument();
  });
});
