// Entry point run by bin/gopy.js.
import { main } from './cli.js';

process.exitCode = await main(process.argv);
