/**
 * The second course's exercises: two tasks that exist only to prove that the engine grades a course
 * it does not name (see {@code SecondCourseTest}). Depends on nothing but {@code tangent.course}.
 */
package tangent.secondcourse.api;
