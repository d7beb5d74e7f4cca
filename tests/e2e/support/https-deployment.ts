// The app as a deployment serves it over https: a second `next start` of the same build, on the e2e
// database, whose public address (AUTH_URL) is https, behind a TLS front that forwards to it the
// way a reverse proxy does (X-Forwarded-Proto). Its certificate is made here for localhost; the
// browser context that visits it ignores the certificate's issuer. No job runner starts with it,
// so it never takes the e2e server's queued work.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';

const require = createRequire(import.meta.url);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function localhostCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'https-deployment-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface HttpsDeployment {
  baseURL: string;
  stop(): Promise<void>;
}

export async function startHttpsDeployment(): Promise<HttpsDeployment> {
  const [appPort, frontPort] = [await freePort(), await freePort()];
  const baseURL = `https://localhost:${frontPort}`;
  const front = createHttpsServer(localhostCertificate(), (req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: appPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': 'https' } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(frontPort, '127.0.0.1', resolve));

  const app = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(appPort), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database),
      AUTH_URL: baseURL,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      TRUSTED_PROXY_HOPS: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const exited = new Promise<void>((resolve) => app.on('exit', () => resolve()));
  const stop = async () => {
    app.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (app.exitCode === null) app.kill('SIGKILL');
    await new Promise((resolve) => front.close(resolve));
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${appPort}/masuk`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (app.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the https deployment did not serve /masuk (exit code ${app.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { baseURL, stop };
}
