/**
 * Public sample tests for Lesson 01: the text's own example numbers, one abstract class per task.
 * A student's project extends each class and returns its implementation from {@code create()};
 * the reference module extends them too, which proves the samples right. The hidden grading suites
 * check much more than these.
 */
package tangent.exercises.lesson01;
