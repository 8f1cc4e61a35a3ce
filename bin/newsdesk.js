#!/usr/bin/env node
// The `newsdesk` CLI: runs the TypeScript entry through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
