/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { promiseFixture } from './PromiseFixture';

/** 50 allowed values: drawn as a Select. */
const REGIONS = Array.from(
  { length: 50 },
  (_, i) => `region-${String(i + 1).padStart(2, '0')}`,
);

const CERTIFICATE =
  '-----BEGIN CERTIFICATE-----\nMIIB1zCCAX2gAwIBAgIUJ\n  indented line\n-----END CERTIFICATE-----\n';

/**
 * A web application stack: every kind of field a real Promise carries.
 * Arrays of objects, string maps, free-form values, multi-line strings,
 * enums of 2 and 50 values, defaults, patterns, bounded integers, an
 * optional object with required children, int-or-string.
 */
export const appStack = promiseFixture({
  name: 'app-stack',
  kind: 'AppStack',
  schema: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        required: ['appName', 'replicas'],
        properties: {
          appName: {
            type: 'string',
            title: 'Application name',
            description: 'DNS-safe name of the application',
            pattern: '^[a-z][a-z0-9-]{1,30}$',
          },
          replicas: { type: 'integer', minimum: 1, maximum: 10, default: 2 },
          tier: { type: 'string', enum: ['standard', 'premium'] },
          region: { type: 'string', enum: REGIONS, default: 'region-01' },
          publicAccess: { type: 'boolean', default: false },
          port: { 'x-kubernetes-int-or-string': true },
          startupScript: {
            type: 'string',
            description: 'Run before the app starts',
          },
          caBundle: { type: 'string', format: 'pem' },
          labels: {
            type: 'object',
            additionalProperties: { type: 'string' },
          },
          helmValues: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
          tls: {
            type: 'object',
            description: 'Serve over TLS',
            required: ['secretName'],
            properties: {
              secretName: { type: 'string' },
              minVersion: {
                type: 'string',
                enum: ['1.2', '1.3'],
                default: '1.3',
              },
            },
          },
          monitoring: {
            type: 'object',
            required: ['dashboard'],
            properties: {
              dashboard: { type: 'string' },
              scrapeIntervalSeconds: {
                type: 'integer',
                minimum: 5,
                maximum: 300,
              },
            },
          },
          extensions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name'],
              properties: {
                name: { type: 'string' },
                version: { type: 'string', pattern: '^\\d+\\.\\d+$' },
              },
            },
          },
          allowedCidrs: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
  spec: {
    appName: 'shop',
    replicas: 3,
    tier: 'premium',
    region: 'region-07',
    publicAccess: true,
    port: 8080,
    startupScript: '#!/bin/sh\r\nset -e\r\necho ready\r\n',
    caBundle: CERTIFICATE,
    labels: { team: 'payments', 'cost-centre': 'cc-42' },
    helmValues: { image: { tag: '1.2.3' }, resources: [{ cpu: '500m' }] },
    monitoring: { dashboard: 'shop-overview' },
    extensions: [
      { name: 'pg_stat_statements', version: '1.10' },
      { name: 'postgis' },
    ],
    allowedCidrs: ['10.0.0.0/8'],
  },
});
