/**
 * The course's hidden grading suites, one subpackage per lesson and one suite per exercise. These
 * are course content, not engine: the engine finds them through {@code tangent-course.properties}.
 * Reference values come from the reference module and from Commons Math; random inputs come from
 * the {@link java.util.random.RandomGenerator} each test is handed, seeded per test.
 */
package tangent.suites;
