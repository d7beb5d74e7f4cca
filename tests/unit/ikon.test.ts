import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IkonName } from '@/components/shell/nav-icon';
import { NAV_ITEMS } from '@/lib/menu-items';

// The icons' shapes live in the stylesheet (app/ikon.css) and components name them by class: a
// menu entry whose class is missing would show an empty square, silently.
const css = readFileSync(path.join(process.cwd(), 'app/ikon.css'), 'utf8');

function shapeOf(className: string): string | null {
  const rule = new RegExp(`\\.${className} \\{[^}]*?(?:--ikon|background): url\\("data:image/svg\\+xml,([^"]+)"\\)`).exec(css);
  return rule ? decodeURIComponent(rule[1]!) : null;
}

describe('the icons in the stylesheet', () => {
  const names: IkonName[] = [...NAV_ITEMS.map((item) => item.key), 'menu', 'notifikasi'];

  it.each(names)('has a well-formed outline shape for %s', (name) => {
    const svg = shapeOf(`ikon-${name}`);
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24'[^>]*><path d='[-0-9A-Za-z .]+'\/><\/svg>$/);
  });

  it('has the product mark', () => {
    expect(shapeOf('app-logo')).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 48 48'>.*<\/svg>$/);
  });

  it('escapes what a data URL cannot hold as it is', () => {
    for (const [, data] of css.matchAll(/url\("data:image\/svg\+xml,([^"]+)"\)/g)) expect(data).not.toMatch(/[<>#"]/);
  });
});
