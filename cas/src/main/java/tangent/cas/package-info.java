/**
 * Access to the computer algebra system, symja. Symja is configured once, before its first class
 * loads (quiet logging, no background threads, no file system, size limits), and each thread gets
 * its own evaluator created on that thread, because one evaluator shared across threads gives
 * silently wrong results. Used by the engine's checks and by reference answers; it knows no course.
 */
package tangent.cas;
