package tangent.secondcourse.api;

import tangent.course.Exercise;

/** The derivative of a parabola, as text in x. */
@Exercise(lesson = "C1", task = "slope", title = "The slope of a x^2 + b x")
public interface Slope {

    /** d/dx (a x^2 + b x), as an expression in x such as {@code "6*x + 1"}. */
    String derivative(int a, int b);
}
