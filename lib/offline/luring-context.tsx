'use client';

import { createContext, useContext } from 'react';

/** Who is signed in and as which post: every queued action carries both, and the server checks them. */
export interface PelakuLuring {
  pegawaiId: string;
  jabatanId: string | null;
}

const LuringContext = createContext<PelakuLuring | null>(null);

export function LuringProvider({ pelaku, children }: { pelaku: PelakuLuring; children: React.ReactNode }) {
  return <LuringContext.Provider value={pelaku}>{children}</LuringContext.Provider>;
}

export function usePelakuLuring(): PelakuLuring | null {
  return useContext(LuringContext);
}
