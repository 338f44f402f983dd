/**
 * The test plan: every graded test of the course, with its id, lesson, task, points and
 * visibility, discovered with the JUnit Platform Launcher before anything runs. The plan fixes the
 * maximum score, so nothing a submission does can shrink it. {@link Course} says where a course's
 * suites and API live; nothing here names a lesson.
 */
package tangent.grader.plan;
