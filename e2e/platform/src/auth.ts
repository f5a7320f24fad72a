/** Who a request comes from, as the API server's authenticators resolve it. */
export interface PlatformUser {
  name: string;
  groups: string[];
}

/** Turns a bearer token into a user, or `undefined` when it is not valid. */
export interface Authenticator {
  authenticate(token: string): Promise<PlatformUser | undefined>;
}

/** Static bearer tokens, like the API server's `--token-auth-file`. */
export class StaticTokenAuthenticator implements Authenticator {
  constructor(private readonly tokens: Record<string, PlatformUser>) {}

  async authenticate(token: string) {
    return Object.hasOwn(this.tokens, token) ? this.tokens[token] : undefined;
  }
}

/** Tries each authenticator in turn, as the API server does. */
export class UnionAuthenticator implements Authenticator {
  constructor(private readonly authenticators: Authenticator[]) {}

  async authenticate(token: string) {
    for (const authenticator of this.authenticators) {
      const user = await authenticator.authenticate(token);
      if (user) return user;
    }
    return undefined;
  }
}
