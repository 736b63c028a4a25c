// Serves a built site with Debian's nginx and the configuration the build ships with it
// (dist/_nginx/maps.conf and site.conf), as the README's Deploying section sets it up,
// on a loopback port: `node tests/support/nginx.mjs <root> <port>`. Runs in the
// foreground until stopped, and prints "serving … on http://127.0.0.1:<port>/" when ready.
// The end-to-end tests and the server tests serve the site with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The whole nginx.conf of a test server; the site's part is the shipped files, included unchanged. */
export function testNginxConf({ root, port, dir }) {
  const site = join(root, '_nginx');
  return `
${process.getuid?.() === 0 ? '# Workers read the site as root: a checkout under /root is closed to nobody.\nuser root;' : ''}
load_module ${BROTLI_STATIC};
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${site}/maps.conf;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${site}/site.conf;
    }
}
`;
}

/** Starts nginx; resolves once it accepts connections, with a function that stops it. */
export async function startNginx(rootArg, port) {
  const root = resolve(rootArg);
  const dir = mkdtempSync(join(tmpdir(), 'digest-nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, testNginxConf({ root, port, dir }));
  const child = spawn(NGINX, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited (${code}); see the message above`))));
  await Promise.race([waitForPort(port), exited]);
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done(undefined);
      child.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        done(undefined);
      });
      child.kill('SIGQUIT'); // graceful: finish the responses under way
    });
  return { url: `http://127.0.0.1:${port}/`, stop, exited };
}

async function waitForPort(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), done(true)));
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`nginx did not listen on port ${port}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4329'] = process.argv.slice(2);
  const server = await startNginx(root, Number(port));
  console.log(`serving ${resolve(root)} with nginx on ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.stop().then(() => process.exit(0)));
  server.exited.catch((error) => (console.error(error.message), process.exit(1)));
}
