package tangent.course;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a graded task of the course. The lesson and task ids appear in every
 * scorecard line about this task, so a student can find the statement from the feedback.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {

    /** The lesson id, such as {@code "L01"}. */
    String lesson();

    /** The task id within the lesson, in kebab case, such as {@code "sigmoid"}. */
    String task();

    /** A short human title, such as {@code "The sigmoid and its derivative"}. */
    String title();
}
