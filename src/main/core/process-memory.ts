// The process that hosts the core (Electron's main process, the headless shell, the CLI) runs for
// days on a shop owner's computer and should stay small. A sync allocates steadily (every answer it
// reads) and keeps little: what a booking leaves behind is garbage within milliseconds. V8's defaults
// suit the opposite, a short burst of work with memory to spare: its young generation grows to 32 MB
// and the old one to a multiple of what is live before it collects. Both are reined in here, at run
// time, which works in every shell (the heap sizes themselves could only be fixed at process start).
// The cost is more, smaller collections: measured by `npm run bench`, see docs/benchmark.md.
import v8 from 'node:v8';

/** V8's own flags; both are read each time the heap is resized, so setting them late takes effect. */
const FLAGS = [
  // The young generation stays at its initial size instead of doubling up to 32 MB.
  '--semi-space-growth-factor=1',
  // The old generation is collected once it has grown by 30 % over what was live, not by a multiple.
  '--heap-growing-percent=30',
];

let applied = false;

/** Applies the flags once per process. */
export function keepProcessMemorySmall(): void {
  if (applied) return;
  applied = true;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
