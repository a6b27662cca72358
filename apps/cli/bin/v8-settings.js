// The V8 settings `vigil` runs a command with, set before anything else loads. Kept apart from
// vigil.js so that the benchmarks run their steps exactly as the command would.

/** vigil's own options that take a value, which may come before the command. */
const GLOBAL_WITH_VALUE = new Set(['--data-dir', '--database-url']);

/**
 * The command line without options: ["package", "verify", …] from
 * "--data-dir x package verify …".
 * @param {readonly string[]} args
 */
function words(args) {
  const found = [];
  for (let i = 0; i < args.length; i++) {
    if (GLOBAL_WITH_VALUE.has(args[i])) i++;
    else if (!args[i].startsWith('-')) found.push(args[i]);
  }
  return found;
}

/**
 * The V8 flags for `vigil <args>`.
 * @param {readonly string[]} args the command line after `vigil`
 * @returns {string[]}
 */
export function v8FlagsFor(args) {
  const [command, subcommand] = words(args);
  // `package verify` holds almost nothing but streams a whole archive through short-lived buffers:
  // under the memory settings below V8 promotes the buffers in flight and then runs a full
  // collection every few MiB, which made verifying 1 GiB take 60 % longer (bench/package).
  if (command === 'package' && subcommand === 'verify') return [];
  // Imports and uploads allocate fast and briefly, and V8 would let the heap grow to about four
  // times what is live before collecting it. A 50 % growth step and a small young generation keep
  // the import of a 300 MiB file under 512 MiB (bench/imports), for a few per cent of time.
  const flags = ['--heap-growing-percent=50', '--max-semi-space-size=4'];
  // Building a package is file reading, hashing and compression around a few hundred queries, and
  // must stay under 300 MB however large the evidence. The embedded database's optimized WebAssembly
  // code would cost some 50 MiB and save no time, so its baseline code runs; and V8 favours memory
  // over speed (bench/package: the command's peak went from 362 to 276 MiB on PGlite, and it got
  // faster, 42 → 34 s).
  if (command === 'package') flags.push('--liftoff-only', '--optimize-for-size');
  // A collect holds the scope's stored state beside the embedded database: the optimizing tier's
  // code for it was the 40 MiB that took a repeated 300 MiB collect over 512 MB, and saved 2-8 % of
  // its time (bench/imports). Size-optimized JavaScript would cost far more time here (15 → 25 s).
  if (command === 'collect') flags.push('--liftoff-only');
  return flags;
}
