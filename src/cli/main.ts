#!/usr/bin/env node
// The `blastmap` executable.
import { dropSdkNodeVersionWarning } from './drop-sdk-node-warning.js';
import { processIo } from './io.js';
import { runCli } from './run.js';

dropSdkNodeVersionWarning();
process.exitCode = await runCli(process.argv.slice(2), processIo());
