/**
 * Starting a submission: {@code tangent init} writes the course's starter project, whose pom travels
 * inside the grader's jar and whose classes are written from the exercise interfaces ({@code Stubs}):
 * per task a class whose methods say they are not implemented yet, and a test that runs the public
 * samples against it. Nothing here knows a course: the exercises come from the plan.
 */
package tangent.grader.scaffold;
