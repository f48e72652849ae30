/**
 * Finds the system tools the tests need: Debian's Chromium (browsers are never downloaded),
 * xmllint (sitemap validation), nginx and ffmpeg. Missing ones are installed with apt when running as
 * root; otherwise the exact package to install is named.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/**
 * The apt-get calls that install `packages`. Each waits up to ten minutes for another apt or
 * dpkg (a fresh machine's unattended upgrades) to release its lock, rather than failing at once.
 */
export function aptCommands(packages: string[]): string[][] {
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  return [
    [...wait, 'update'],
    [...wait, 'install', '-y', '--no-install-recommends', ...packages],
  ];
}

function aptInstall(packages: string[]): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.log(`installing Debian's ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of aptCommands(packages)) execFileSync('apt-get', args, { stdio: 'inherit', env });
  return true;
}

function giveUp(what: string, pkg: string, extra = ''): never {
  console.error(
    `The tests need ${what}.\nInstall it, then run the tests again:\n  Debian/Ubuntu:  sudo apt-get install ${pkg}${extra}`,
  );
  process.exit(1);
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (aptInstall(['chromium'])) {
    const installed = findChromium();
    if (installed) return installed;
  }
  giveUp(
    'Chromium (never downloaded by the tests)',
    'chromium',
    '\n  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}

export function ensureXmllint(): void {
  if (onPath('xmllint')) return;
  if (aptInstall(['libxml2-utils']) && onPath('xmllint')) return;
  giveUp('xmllint (to validate sitemaps against their XSDs)', 'libxml2-utils');
}

/** Whether ffmpeg and ffprobe (Debian's `ffmpeg` package) are on the PATH. */
export function findFfmpeg(): boolean {
  return onPath('ffmpeg') && onPath('ffprobe');
}

/**
 * ffmpeg processes uploaded video and audio (lib/av/process.ts); the tests make their clips with it.
 * `fatal: false` (npm start) installs it when it can and otherwise says what to install, without exiting.
 */
export function ensureFfmpeg(options: { fatal?: boolean } = {}): boolean {
  if (findFfmpeg()) return true;
  if (aptInstall(['ffmpeg']) && findFfmpeg()) return true;
  if (options.fatal === false) {
    console.warn(
      'ffmpeg is not installed: video and audio uploads stay "processing" and the demo media is skipped.\n' +
        '  Debian/Ubuntu:  sudo apt-get install ffmpeg',
    );
    return false;
  }
  giveUp('ffmpeg (video and audio processing, and the clips the tests generate)', 'ffmpeg');
}

/** nginx runs deploy/nginx.conf in front of the e2e server (e2e/production-proxy.spec.ts). */
export function ensureNginx(): void {
  const installed = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => fs.existsSync(p));
  if (installed()) return;
  if (aptInstall(['nginx-light']) && installed()) return;
  giveUp('nginx (the production proxy the end-to-end tests run in front of the site)', 'nginx-light');
}
