import { describe, expect, it } from 'vitest';
import { nextEnvironment } from '../../../scripts/lib/next-env';

describe('nextEnvironment: demo, start, dev and build never phone home by default', () => {
  it('turns Next.js telemetry off and keeps the rest of the environment', () => {
    const env = nextEnvironment({ NODE_ENV: 'production', PATH: '/usr/bin' }, { DATABASE_URL: 'postgresql://x' });
    expect(env).toEqual({ NODE_ENV: 'production', PATH: '/usr/bin', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: 'postgresql://x' });
  });

  it('leaves an explicit choice alone', () => {
    expect(nextEnvironment({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '0' }, {}).NEXT_TELEMETRY_DISABLED).toBe('0');
  });
});
