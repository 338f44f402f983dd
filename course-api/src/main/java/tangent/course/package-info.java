/**
 * The engine's side of the contract with a course: {@link Exercise}, which marks an interface as a
 * graded task and names its lesson and task. Students compile against this package, so it depends
 * on nothing but the JDK, and it names no course.
 */
package tangent.course;
