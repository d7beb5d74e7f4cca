import { describe, expect, it } from 'vitest';
import { cocokNamaAtauNip } from '@/lib/domain/pegawai/cocok-pegawai';
import { formatNip } from '@/lib/domain/pegawai/nip';

describe('cocokNamaAtauNip', () => {
  it('reads digits as the start of a NIP, also as the NIP is printed with spaces', () => {
    expect(cocokNamaAtauNip('1978')).toEqual({ nip: { startsWith: '1978' } });
    expect(cocokNamaAtauNip(` ${formatNip('197811032003121003')} `)).toEqual({ nip: { startsWith: '197811032003121003' } });
    expect(cocokNamaAtauNip('19781103 200312')).toEqual({ nip: { startsWith: '19781103200312' } });
  });

  it('reads anything else as part of the name, wildcards taken literally', () => {
    expect(cocokNamaAtauNip(' Hendra ')).toEqual({ nama: { contains: 'Hendra', mode: 'insensitive' } });
    expect(cocokNamaAtauNip('50%_x')).toEqual({ nama: { contains: '50\\%\\_x', mode: 'insensitive' } });
  });
});
