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

import http from 'node:http';
import https from 'node:https';
import { HttpMethod, RequestContext } from '@kubernetes/client-node';
import { ConnectionPool } from './ConnectionPool';

/** A request as client-node prepares it: a fresh agent with the cluster's TLS settings. */
function requestWith(options: https.AgentOptions) {
  const context = new RequestContext(
    'https://127.0.0.1:6443/apis',
    HttpMethod.GET,
  );
  context.setAgent(new https.Agent(options));
  return context;
}

describe('ConnectionPool', () => {
  const pool = new ConnectionPool();
  afterAll(() => pool.close());

  const agentAfterPool = async (options: https.AgentOptions) =>
    (await pool.middleware.pre(requestWith(options))).getAgent() as https.Agent;

  it('gives requests with the same TLS settings one keep-alive agent', async () => {
    const first = await agentAfterPool({ ca: 'CA-1' });
    const second = await agentAfterPool({ ca: 'CA-1' });
    expect(second).toBe(first);
    expect(first.options.keepAlive).toBe(true);
    expect(first.options.ca).toBe('CA-1');
  });

  it('keeps agents apart when the CA or the client certificate differs', async () => {
    const byCa = await agentAfterPool({ ca: 'CA-1' });
    const otherCa = await agentAfterPool({ ca: 'CA-2' });
    const withCert = await agentAfterPool({ ca: 'CA-1', cert: 'C', key: 'K' });
    const otherCert = await agentAfterPool({
      ca: 'CA-1',
      cert: 'C2',
      key: 'K2',
    });
    expect(new Set([byCa, otherCa, withCert, otherCert]).size).toBe(4);
  });

  it('keeps TLS verification settings', async () => {
    const insecure = await agentAfterPool({
      ca: 'CA-1',
      rejectUnauthorized: false,
    });
    expect(insecure.options.rejectUnauthorized).toBe(false);
    expect(insecure).not.toBe(await agentAfterPool({ ca: 'CA-1' }));
  });

  it('leaves plain HTTP requests alone', async () => {
    const context = new RequestContext('http://127.0.0.1/x', HttpMethod.GET);
    const agent = new http.Agent();
    context.setAgent(agent);
    expect((await pool.middleware.pre(context)).getAgent()).toBe(agent);
  });
});
