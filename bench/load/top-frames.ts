// Where a server's CPU went, from the V8 CPU profiles its processes wrote (node --cpu-prof): the
// functions with the most self time, and the share of each part of the stack (Next.js, React,
// Prisma, pg, the app's bundle, Node, GC):  npx tsx bench/load/top-frames.ts <dir> [top]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Monotonic microseconds, the clock V8 stamps profile samples with: a window to keep. */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

const PARTS: [string, RegExp][] = [
  ['GC', /^\(garbage collector\)/],
  ['idle', /^\((idle|program)\)/],
  ['React', /react-dom|react-server|\/react\//],
  ['Next.js', /node_modules\/next\/|next\/dist/],
  ['Prisma', /@prisma|generated\/prisma|prisma/],
  ['pg driver', /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//],
  ['app bundle', /\.next\/server\//],
  ['Node', /^node:|^internal\//],
];

function partOf(frame: ProfileNode['callFrame']): string {
  const key = frame.url || `(${frame.functionName})`;
  return PARTS.find(([, re]) => re.test(key) || re.test(frame.functionName))?.[0] ?? 'other';
}

const frameKey = (frame: ProfileNode['callFrame']) => {
  const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/\.next\//, '.next/')}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
};

/**
 * Top frames by self time and by total time (self plus callees), and the share of each part. With a
 * window, only the samples taken inside it count (the measured load, not start-up and warm-up).
 */
export function summariseProfiles(dir: string, top = 15, window?: ProfileWindow): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byPart = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let at = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      at += profile.timeDeltas[i] ?? 0;
      if (window && (at < window.fromUs || at > window.toUs)) continue;
      const node = byId.get(profile.samples[i])!;
      const part = partOf(node.callFrame);
      if (part === 'idle') continue;
      total += ms;
      byPart.set(part, (byPart.get(part) ?? 0) + ms);
      self.set(frameKey(node.callFrame), (self.get(frameKey(node.callFrame)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const key = frameKey(byId.get(id)!.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    }
  }
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([frame, ms]) => `  ${pct(ms)}  ${frame.slice(0, 140)}`);
  return [
    `${files.length} profiles, ${(total / 1000).toFixed(1)} s of CPU (idle left out).`,
    `by part: ${[...byPart].sort((a, b) => b[1] - a[1]).map(([p, ms]) => `${p} ${pct(ms).trim()}`).join(', ')}`,
    'top frames by self time:',
    ...list(self),
    'top frames by total time (self and callees):',
    ...list(inclusive),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of summariseProfiles(process.argv[2] ?? '.', Number(process.argv[3] ?? 25))) console.log(line);
}
