package tangent.secondcourse.api;

import tangent.course.Exercise;

/** Twice a whole number, without overflow for numbers up to four billion. */
@Exercise(lesson = "C1", task = "doubling", title = "Twice a number")
public interface Doubling {

    /** 2n. */
    long twice(long n);
}
