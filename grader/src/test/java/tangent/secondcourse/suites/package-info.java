/**
 * The second course's hidden suites, written against the engine's API only (check, suite): what
 * another course's authors would write. Not part of the real course: its plan never sees them.
 */
package tangent.secondcourse.suites;
