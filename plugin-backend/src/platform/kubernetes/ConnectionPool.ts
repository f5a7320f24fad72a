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

import { createHash } from 'node:crypto';
import https from 'node:https';
import type {
  Middleware,
  RequestContext,
  ResponseContext,
} from '@kubernetes/client-node';

const MAX_AGENTS = 16;

/** The TLS settings of an agent; requests with equal settings may share connections. */
function tlsKeyOf(options: https.AgentOptions): string {
  const { ca, cert, key, pfx, passphrase, rejectUnauthorized, servername } =
    options;
  return createHash('sha256')
    .update(
      JSON.stringify([
        ca,
        cert,
        key,
        pfx,
        passphrase,
        rejectUnauthorized,
        servername,
      ]),
    )
    .digest('hex');
}

/**
 * Keeps TLS connections to the API server open between requests.
 * `@kubernetes/client-node` makes a new agent (so a new TLS handshake) for
 * every request; this middleware swaps it for a keep-alive agent with the
 * same TLS settings. Credentials travel in each request's headers, so
 * requests of different users may share a connection, as they do through
 * any HTTP/1.1 client.
 */
export class ConnectionPool {
  private readonly agents = new Map<string, https.Agent>();

  readonly middleware: Middleware = {
    pre: (context: RequestContext) => {
      const agent = context.getAgent();
      if (agent instanceof https.Agent) {
        context.setAgent(this.agentFor(agent.options));
      }
      return Promise.resolve(context);
    },
    post: (response: ResponseContext) => Promise.resolve(response),
  };

  private agentFor(options: https.AgentOptions): https.Agent {
    const key = tlsKeyOf(options);
    let agent = this.agents.get(key);
    if (!agent) {
      if (this.agents.size >= MAX_AGENTS) {
        const [oldestKey, oldest] = this.agents.entries().next().value!;
        oldest.destroy();
        this.agents.delete(oldestKey);
      }
      agent = new https.Agent({ ...options, keepAlive: true });
      this.agents.set(key, agent);
    }
    return agent;
  }

  /** Closes every pooled connection. */
  close() {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}
