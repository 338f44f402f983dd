/**
 * The pipeline for one submission, stage after stage: intake, build, discovery of implementations,
 * run against the plan, rubric, scorecard. {@link Grader} keeps what a batch shares (the plan, a
 * warm worker); each stage's result is an immutable value. Nothing here names a lesson.
 */
package tangent.grader.engine;
