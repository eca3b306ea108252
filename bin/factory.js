#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx, so a clone is usable right after `npm install`
// with no build step and never runs stale compiled code.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
