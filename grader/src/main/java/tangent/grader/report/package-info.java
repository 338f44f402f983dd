/**
 * Everything made from scorecards for other audiences and platforms: Gradescope's results.json,
 * JUnit XML for CI report tools, Markdown for students (hidden and not-yet-due checks counted but
 * not named, unless revealed), and the batch's CSV gradebook. Each writer reads scorecards only, so
 * reports can be made again from a folder of scorecards without grading anything.
 */
package tangent.grader.report;
