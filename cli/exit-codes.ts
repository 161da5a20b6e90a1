// What `vcp` exits with; scripts and CI read these.
export const EXIT_OK = 0;
/** A file is missing, unreadable or not a valid scenario. */
export const EXIT_INVALID = 1;
/** Wrong usage: unknown command or option, missing argument, bad option value. */
export const EXIT_USAGE = 2;
/** Anything unexpected: a bug, reported in one line. */
export const EXIT_INTERNAL = 3;
