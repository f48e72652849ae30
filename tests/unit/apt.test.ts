/**
 * A fresh CI machine may still be running apt (unattended upgrades) when the tests start: every
 * apt-get the tests and CI run waits for the dpkg lock instead of failing on it. (By hand,
 * 2026-12-07: with the lock held for 6 s, `apt-get -o DPkg::Lock::Timeout=600 install` waited
 * 6.4 s and went on; without the option it fails at once.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { aptCommands } from '../../scripts/browser';

const WAITS = /-o DPkg::Lock::Timeout=\d{2,}/;

describe('apt-get waits for the dpkg lock', () => {
  it('in the tests’ installer (scripts/browser.ts)', () => {
    const commands = aptCommands(['chromium']);
    assert.deepEqual(
      commands.map((args) => args.find((a) => a === 'update' || a === 'install')),
      ['update', 'install'],
    );
    assert.ok(commands[1].includes('chromium'));
    for (const args of commands) assert.match(args.join(' '), WAITS);
  });

  it('in CI (.ci/run)', () => {
    const calls = fs
      .readFileSync('.ci/run', 'utf8')
      .split('\n')
      .filter((line) => /^\s*apt-get\b/.test(line));
    assert.ok(calls.length >= 2, 'CI installs with apt-get');
    for (const line of calls) assert.match(line, WAITS, line);
  });
});
