/**
 * The scorecard: the one record per submission that every output is made from. Each planned test
 * appears in it with a status and a reason, whatever the submission did, and it records the seed,
 * the submission's hash and the grader's version and suite hash, so any grade can be reproduced
 * and traced. {@link ScorecardJson} writes and reads it with Jackson in snake_case. The values it
 * holds (outcomes, statuses, compile errors, source locations) live here too, so the stages that
 * make them depend on this package and it on none of them but the plan it records.
 */
package tangent.grader.score;
