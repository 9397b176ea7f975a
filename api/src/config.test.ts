import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPOSITORY_ROOT, resolveDataDir } from './config';

describe('DATA_DIR', () => {
  it('defaults to .data at the repository root, wherever the command runs', () => {
    expect(resolveDataDir({ INIT_CWD: '/somewhere/else' })).toBe(path.join(REPOSITORY_ROOT, '.data'));
    expect(path.basename(REPOSITORY_ROOT)).not.toBe('api');
  });

  it('resolves a relative path from the folder the command was started in (pnpm runs scripts inside api/)', () => {
    expect(resolveDataDir({ DATA_DIR: './mine', INIT_CWD: '/home/me/palier' })).toBe('/home/me/palier/mine');
  });

  it('keeps an absolute path', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/palier', INIT_CWD: '/tmp' }).dataDir).toBe('/var/lib/palier');
  });
});
