/**
 * The course's exercises as Java interfaces: one subpackage per lesson, one interface per task,
 * each task statement in the interface's Javadoc. Students implement these interfaces and compile
 * against this package alone, so it may depend on nothing but the JDK and {@code tangent.course}, whose
 * {@code @Exercise} names the lesson and task an interface belongs to; the grader reads it to label
 * scorecards.
 */
package tangent.exercises;
