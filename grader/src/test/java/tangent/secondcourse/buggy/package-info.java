/**
 * The second course's suites before a fix, for regrade tests: {@code SlopeSuite.parabolas} expects
 * the derivative of ax^2 + bx to be ax + b (the suite's author forgot the factor 2), and
 * {@code DoublingSuite} has a test, {@code zero}, that the fixed suites dropped.
 */
package tangent.secondcourse.buggy;
