/**
 * The supervisor's side of running tests: starting worker JVMs (scrubbed environment, temporary
 * working folder, capped heap, fast-starting JIT), feeding them jobs, and a wall-clock watchdog
 * that kills a worker whose test overruns, blames that test and goes on with the rest in a fresh
 * worker. Killing the process is the only timeout that always works: some loops ignore interrupts.
 */
package tangent.grader.run;
