/**
 * Benchmarks and the expression corpus they share with the tests. Run by the scripts in the
 * repository's {@code bench/} folder; never by the test suite, because timings on a shared
 * machine are noise for pass/fail purposes.
 */
package tangent.grader.bench;
