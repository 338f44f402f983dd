package student;

import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.Surface;

/** Lesson 03: partial derivatives and the gradient as formulas. The task is in the Javadoc of PartialDerivatives. */
public class MyPartialDerivatives implements PartialDerivatives {

    @Override
    public String partial(Surface f, String variable) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String[] gradient(Surface f) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
