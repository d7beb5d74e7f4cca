'use client';

// The rich-text field of a naskah: Tiptap limited to the marks and blocks naskah use (konten.ts):
// paragraphs, line breaks, bold, italic, underline, bullet and numbered (1 / a) lists, and simple
// tables. Headings, links, code, quotes and strike-through are not registered, so pasted content
// loses them; the server sanitizes again whatever arrives.
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import './naskah-prose.css';

const EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
];

function ToolButton({ label, title, active, onClick, disabled }: { label: string; title: string; active?: boolean; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      title={title}
      aria-label={title}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={`min-w-11 sm:min-w-8 rounded px-2 py-1 text-sm ${active ? 'bg-brand-100 text-brand-800' : 'text-slate-700 hover:bg-slate-100'} disabled:opacity-40`}
    >
      {label}
    </button>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const chain = () => editor.chain().focus();
  const inTable = editor.isActive('table');
  return (
    <div className="flex flex-wrap gap-0.5 border-b border-slate-200 bg-slate-50 p-1" role="toolbar" aria-label="Format teks">
      <ToolButton label="B" title="Tebal" active={editor.isActive('bold')} onClick={() => chain().toggleBold().run()} />
      <ToolButton label="I" title="Miring" active={editor.isActive('italic')} onClick={() => chain().toggleItalic().run()} />
      <ToolButton label="U" title="Garis bawah" active={editor.isActive('underline')} onClick={() => chain().toggleUnderline().run()} />
      <span className="mx-1 w-px bg-slate-200" />
      <ToolButton label="• Daftar" title="Daftar berbutir" active={editor.isActive('bulletList')} onClick={() => chain().toggleBulletList().run()} />
      <ToolButton
        label="1. Daftar"
        title="Daftar bernomor 1, 2, 3"
        active={editor.isActive('orderedList') && editor.getAttributes('orderedList').type !== 'a'}
        onClick={() => (editor.isActive('orderedList') ? chain().updateAttributes('orderedList', { type: '1' }).run() : chain().toggleOrderedList().updateAttributes('orderedList', { type: '1' }).run())}
      />
      <ToolButton
        label="a. Daftar"
        title="Daftar bernomor a, b, c"
        active={editor.isActive('orderedList') && editor.getAttributes('orderedList').type === 'a'}
        onClick={() => (editor.isActive('orderedList') ? chain().updateAttributes('orderedList', { type: 'a' }).run() : chain().toggleOrderedList().updateAttributes('orderedList', { type: 'a' }).run())}
      />
      <span className="mx-1 w-px bg-slate-200" />
      <ToolButton label="Tabel" title="Sisipkan tabel" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} disabled={inTable} />
      {inTable && (
        <>
          <ToolButton label="+ Baris" title="Tambah baris" onClick={() => chain().addRowAfter().run()} />
          <ToolButton label="+ Kolom" title="Tambah kolom" onClick={() => chain().addColumnAfter().run()} />
          <ToolButton label="− Baris" title="Hapus baris" onClick={() => chain().deleteRow().run()} />
          <ToolButton label="− Kolom" title="Hapus kolom" onClick={() => chain().deleteColumn().run()} />
          <ToolButton label="Hapus tabel" title="Hapus tabel" onClick={() => chain().deleteTable().run()} />
        </>
      )}
    </div>
  );
}

export function RichTextEditor({ id, label, value, onChange, readOnly = false }: { id: string; label: string; value: string; onChange: (html: string) => void; readOnly?: boolean }) {
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: { attributes: { id, 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'naskah-prose min-h-32 px-3 py-2 focus:outline-none' } },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  return (
    <div className="overflow-hidden rounded-md border border-slate-300 bg-white focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600">
      {editor && !readOnly && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
