package tangent.grader.suite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 class as a grading suite for one exercise interface (annotated with
 * {@code tangent.course.Exercise}); its lesson and task label every test of the class.
 * Parameters of exercise-interface types are filled with the submission's implementation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SubmissionExtension.class)
public @interface Grades {

    /** The exercise interface this suite grades. */
    Class<?> value();
}
