import { describe, expect, it } from 'vitest';
import { lastWriteTime, parseReadFreshness, readFreshnessHeader, replicaUrls } from '@/lib/db/read-freshness';
import { lsnValue, replicaFault } from '@/lib/db/replica';

describe('read freshness (read replicas)', () => {
  it('a GET or HEAD may read a replica holding the last write; any other method reads the primary', () => {
    expect(readFreshnessHeader('GET', '1796431965619')).toBe('since:1796431965619');
    expect(readFreshnessHeader('head', undefined)).toBe('since:0');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(readFreshnessHeader(method, '1796431965619')).toBe('primary');
  });

  it('reads the header back, and anything it did not write as the primary', () => {
    expect(parseReadFreshness('since:1796431965619')).toEqual({ primary: false, since: 1796431965619 });
    expect(parseReadFreshness('since:0')).toEqual({ primary: false, since: 0 });
    for (const other of [null, undefined, '', 'primary', 'since:', 'since:-1', 'since:1e9', 'since:12 ', 'since:1234567890123456']) {
      expect(parseReadFreshness(other), String(other)).toEqual({ primary: true });
    }
  });

  it('a last-write cookie that is not a plausible time counts as none', () => {
    expect(lastWriteTime('1796431965619')).toBe(1796431965619);
    for (const other of [undefined, '', 'besok', '-5', '1.5', '9'.repeat(16)]) expect(lastWriteTime(other), String(other)).toBe(0);
  });

  it('takes replica addresses comma separated, and none when unset', () => {
    expect(replicaUrls({})).toEqual([]);
    expect(replicaUrls({ DATABASE_REPLICA_URL: ' postgresql://a:5432/e , postgresql://b:5432/e,' })).toEqual(['postgresql://a:5432/e', 'postgresql://b:5432/e']);
  });

  it('compares WAL positions across the 32-bit boundary', () => {
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n);
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true);
  });

  it("a read's failure takes the replica out of use only when it is the replica's own: no answer, or the server's state", () => {
    const sqlError = (code: string) => Object.assign(new Error('galat'), { code });
    for (const own of [new Error('Query read timeout'), Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), sqlError('57P01'), sqlError('57P03'), sqlError('53300'), sqlError('08006'), sqlError('XX000'), sqlError('40001'), 'putus', null]) {
      expect(replicaFault(own), String(own)).toBe(true);
    }
    // The statement's own mistake fails on the primary too: division by zero, a bad uuid, a missing column.
    for (const statement of [sqlError('22012'), sqlError('22P02'), sqlError('42703'), sqlError('23505')]) {
      expect(replicaFault(statement), String(statement)).toBe(false);
    }
  });
});
