import { describe, expect, it } from 'vitest';
import { nextEnvironment } from '../../../scripts/lib/next-env';

describe('nextEnvironment: demo, start, dev and build never phone home by default', () => {
  it('turns Next.js telemetry off and keeps the rest of the environment', () => {
    const env = nextEnvironment({ PATH: '/usr/bin' } as NodeJS.ProcessEnv, { DATABASE_URL: 'postgresql://x' });
    expect(env).toEqual({ PATH: '/usr/bin', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: 'postgresql://x' });
  });

  it('leaves an explicit choice alone', () => {
    expect(nextEnvironment({ NEXT_TELEMETRY_DISABLED: '0' } as NodeJS.ProcessEnv, {}).NEXT_TELEMETRY_DISABLED).toBe('0');
  });
});
