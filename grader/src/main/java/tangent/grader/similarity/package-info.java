/**
 * Which submissions of a batch are suspiciously alike: JPlag's token comparison over the sources
 * intake would grade, with the course's starter as base code so the shared scaffolding does not
 * count; the pairs above a threshold with the regions that match, the submissions that could not
 * be compared and why, and JPlag's own report file. Nothing here grades or reads scorecards, and
 * nothing names a course: the base code comes from the caller.
 */
package tangent.grader.similarity;
