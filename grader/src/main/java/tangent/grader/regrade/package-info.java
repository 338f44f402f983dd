/**
 * What a regrade changed: two folders of scorecards of one batch (graded before and after a suite
 * was fixed, say) compared per submission and per test, and whether the two runs can be compared
 * at all. Reads scorecards only; grades nothing and names no course.
 */
package tangent.grader.regrade;
