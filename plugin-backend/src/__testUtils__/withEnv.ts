/** The environment variables the Kubernetes client reads to find a cluster. */
const ENV_KEYS = [
  'KUBECONFIG',
  'KUBERNETES_SERVICE_HOST',
  'KUBERNETES_SERVICE_PORT',
] as const;

/** Runs `fn` with the given environment variables set (the others of ENV_KEYS unset), then restores them. */
export async function withEnv<T>(
  env: Partial<Record<(typeof ENV_KEYS)[number], string>>,
  fn: () => Promise<T>,
): Promise<T> {
  const saved = ENV_KEYS.map(key => [key, process.env[key]] as const);
  for (const key of ENV_KEYS) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  try {
    return await fn();
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
