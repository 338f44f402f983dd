/**
 * Everything made from scorecards for other audiences and platforms: Gradescope's results.json,
 * JUnit XML for CI report tools, Markdown for students (hidden and not-yet-due checks counted but
 * not named, unless revealed), and the batch's CSV gradebook; besides them, a similarity
 * comparison's CSV and HTML section, and a regrade's differences. Each writer reads findings already
 * made (scorecards, a comparison, a regrade) only, so reports can be made again without grading
 * or comparing anything.
 */
package tangent.grader.report;
