import { chromium } from '@playwright/test';
const [,, base, user, out, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [name, vp] of [['d', { width: 1280, height: 800 }], ['p', { width: 390, height: 844 }]]) {
  const ctx = await b.newContext({ viewport: vp, deviceScaleFactor: 1 }); const page = await ctx.newPage();
  await page.goto(base + '/masuk');
  await page.getByLabel('NIP atau e-mail').fill(user);
  await page.getByLabel('Kata sandi').fill('Demo#2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(u => !u.pathname.startsWith('/masuk'));
  for (const p of paths) { await page.goto(base + p); await page.screenshot({ path: `${out}-${name}${p.replaceAll('/','_')}.png`, fullPage: true }); }
  await ctx.close();
}
await b.close();
