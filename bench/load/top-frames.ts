// Where a server's CPU went, from the V8 CPU profiles its processes wrote (node --cpu-prof): the
// functions with the most self time, and the share of each part of the stack (Next.js, React,
// Prisma, pg, the app's bundle, Node, GC):  npx tsx bench/load/top-frames.ts <dir> [top]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
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

export function summariseProfiles(dir: string, top = 15): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byFrame = new Map<string, number>();
  const byPart = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const ms = (node.hitCount ?? 0) * perSample;
      if (!ms) continue;
      const part = partOf(node.callFrame);
      if (part === 'idle') continue;
      total += ms;
      const where = node.callFrame.url ? `${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/\.next\//, '.next/')}:${node.callFrame.lineNumber + 1}` : '';
      const key = `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim();
      byFrame.set(key, (byFrame.get(key) ?? 0) + ms);
      byPart.set(part, (byPart.get(part) ?? 0) + ms);
    }
  }
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  return [
    `${files.length} profiles, ${(total / 1000).toFixed(1)} s of CPU (idle left out).`,
    `by part: ${[...byPart].sort((a, b) => b[1] - a[1]).map(([p, ms]) => `${p} ${pct(ms).trim()}`).join(', ')}`,
    'top frames by self time:',
    ...[...byFrame].sort((a, b) => b[1] - a[1]).slice(0, top).map(([frame, ms]) => `  ${pct(ms)}  ${frame.slice(0, 140)}`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of summariseProfiles(process.argv[2] ?? '.', Number(process.argv[3] ?? 25))) console.log(line);
}
