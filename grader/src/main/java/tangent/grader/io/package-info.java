/**
 * What crosses the grader's edges, at the bottom of the engine's layers: files written atomically
 * ({@link AtomicFile}: a reader sees the old file or the new one, never half of either), file
 * trouble told in words ({@link FileTrouble}), text from a submission bounded and cleaned before it
 * is stored ({@link StudentText}), and the two JSON dialects, configured once ({@link Json}).
 * Depends on no other engine package, so every stage may use it without a cycle.
 */
package tangent.grader.io;
