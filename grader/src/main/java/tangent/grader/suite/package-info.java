/**
 * What a suite author writes with: {@link Grades} ties a JUnit 5 class to the exercise it grades,
 * {@link Points}, {@link Hidden} and {@link AfterDueDate} put a value and a visibility on each test,
 * and {@link SubmissionExtension} hands each test a fresh instance of the student's class and a
 * seeded random generator. {@link TestIds} names tests the same way at planning and at run time.
 * Nothing here names a lesson: the course's suites live elsewhere.
 */
package tangent.grader.suite;
