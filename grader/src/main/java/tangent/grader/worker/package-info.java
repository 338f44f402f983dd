/**
 * The worker JVM, where student code runs, and the line protocol it speaks with the supervisor:
 * one JSON object per line, jobs in on standard input, events out on standard output (the
 * submission's own printing is captured per test and never reaches that channel). A worker runs
 * job after job, each in a fresh class loader, until its input ends or the supervisor kills it.
 */
package tangent.grader.worker;
