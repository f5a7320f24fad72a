import type { PlatformReady } from './platformProcess';

/** The `kubernetes` config of a bench backend: the platform as its one cluster, with the service account's token. */
export const platformClusterConfig = (platform: PlatformReady) => ({
  clusterLocatorMethods: [
    {
      type: 'config',
      clusters: [
        {
          name: 'kratix',
          url: platform.url,
          authProvider: 'serviceAccount',
          serviceAccountToken: platform.tokens.backstage,
          caData: Buffer.from(platform.caCert).toString('base64'),
        },
      ],
    },
  ],
});
