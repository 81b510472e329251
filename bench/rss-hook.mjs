// Preloaded with `node --import` when /usr/bin/time is missing: on exit,
// writes the process's peak memory and CPU time to $GOPY_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const file = process.env['GOPY_BENCH_USAGE'];
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    // maxRSS is in kilobytes; user/system CPU time in microseconds.
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
  });
}
