/**
 * Reads what PIT found when it mutated a course's reference and ran the hidden suites against
 * each mutant: the score per lesson and per task, with the mutants a reviewer has declared
 * equivalent (no test could tell them apart from the original) left out. Course-neutral: a
 * lesson is the package a mutated class lives in, a task the class. Nothing here runs PIT; the
 * {@code mutation} Maven profile does (see the README).
 */
package tangent.grader.mutation;
