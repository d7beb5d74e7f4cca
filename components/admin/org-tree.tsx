import Link from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';

export interface OrgNode {
  id: string;
  nama: string;
  kode: string;
  aktif: boolean;
  pemangku?: string[];
  children: OrgNode[];
}

/**
 * A server-rendered nested list; nodes with children fold with <details>, so the tree works
 * without JavaScript and stays light with hundreds of posts (no per-node forms).
 */
export function OrgTree({ nodes, editHref, label }: { nodes: OrgNode[]; editHref: (n: OrgNode) => string; label: string }) {
  if (nodes.length === 0) return <p className="text-sm text-slate-500">Belum ada data.</p>;
  return (
    <ul aria-label={label} className="space-y-0.5 text-sm">
      {nodes.map((n) => (
        <TreeItem key={n.id} node={n} editHref={editHref} depth={0} />
      ))}
    </ul>
  );
}

function TreeItem({ node, editHref, depth }: { node: OrgNode; editHref: (n: OrgNode) => string; depth: number }) {
  const row = (
    <span className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2">
      <span className={`font-medium ${node.aktif ? 'text-slate-900' : 'text-slate-500 line-through'}`}>{node.nama}</span>
      <span className="text-xs text-slate-500">{node.kode}</span>
      {!node.aktif && <Badge>nonaktif</Badge>}
      {node.pemangku && node.pemangku.length > 0 && <span className="text-xs text-emerald-800">{node.pemangku.join(' · ')}</span>}
      {node.pemangku && node.pemangku.length === 0 && node.aktif && <span className="text-xs text-amber-700">kosong</span>}
    </span>
  );
  // The edit link sits beside the row, not inside <summary>: a link in a toggle is a control in a control.
  return (
    <li className={`relative ${depth > 0 ? 'border-l border-slate-200 pl-3' : ''}`} data-node-id={node.id}>
      <Link href={editHref(node)} className="absolute top-1 right-0 text-xs font-semibold text-brand-700 underline" aria-label={`Ubah ${node.nama}`}>
        ubah
      </Link>
      {node.children.length > 0 ? (
        <details open={depth < 2}>
          <summary className="flex cursor-pointer items-baseline gap-1 rounded py-1 pr-12 hover:bg-slate-50">{row}</summary>
          <ul className="ml-2 space-y-0.5">
            {node.children.map((c) => (
              <TreeItem key={c.id} node={c} editHref={editHref} depth={depth + 1} />
            ))}
          </ul>
        </details>
      ) : (
        <div className="flex items-baseline gap-1 py-1 pr-12 pl-4">{row}</div>
      )}
    </li>
  );
}
