// Adds lockfile entries for optional platform packages that `npm install` could not record.
//
// Why: the registry this project installs from lacks some platforms' builds of a few
// native packages (e.g. the macOS and Windows builds of @astrojs/compiler-binding 0.5.x and of Pagefind 1.6).
// `npm install` then leaves them out of package-lock.json, and `npm ci` rejects the lock as
// out of sync. The missing packages are optional and never installed on another platform, so
// the lock only needs to name them with their os/cpu; npm skips them where they do not apply.
// Run after regenerating package-lock.json from scratch: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

// Package-name spellings of npm's os values (Pagefind names its Windows builds "windows").
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', win32: 'win32', windows: 'win32' };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];
const LIBC = { gnu: 'glibc', musl: 'musl' };

/**
 * Platform fields from a package name such as "@scope/binding-linux-arm64-musl",
 * in the order npm itself writes them (alphabetical), so a later `npm install` leaves them be.
 */
function platformOf(name) {
  const parts = name.split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.map((p) => LIBC[p]).find(Boolean);
  return { ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }), optional: true, ...(os && { os: [os] }) };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[key] = { version, ...platformOf(name) };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional platform entries:\n  ${added.join('\n  ')}` : 'lockfile already complete');
