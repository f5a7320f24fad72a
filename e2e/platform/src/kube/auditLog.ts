import fs from 'node:fs';
import type { RequestLogEntry } from '../server';

interface AuditEvent {
  auditID: string;
  stage: string;
  verb: string;
  requestURI: string;
  requestReceivedTimestamp: string;
  user?: { username?: string };
  responseStatus?: { code?: number };
}

/**
 * kube-apiserver's audit log as the double's request log: one entry per
 * request (its last stage written so far), in the order they arrived; no
 * user for a request that failed authentication.
 */
export function readAuditLog(file: string): RequestLogEntry[] {
  if (!fs.existsSync(file)) return [];
  const byId = new Map<string, AuditEvent>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as AuditEvent;
    byId.set(event.auditID, event);
  }
  return [...byId.values()].map(event => ({
    time: event.requestReceivedTimestamp,
    user: event.user?.username || undefined,
    method: '',
    path: new URL(event.requestURI, 'https://kube').pathname,
    verb: event.verb,
    code: event.responseStatus?.code ?? 0,
  }));
}
