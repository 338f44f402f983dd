package tangent.reference.lesson03;

import tangent.cas.Cas;
import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.Surface;

/** Partial derivatives by symja's D, one variable at a time. */
public final class ReferencePartialDerivatives implements PartialDerivatives {

    @Override
    public String partial(Surface f, String variable) {
        if (!"x".equals(variable) && !"y".equals(variable)) {
            throw new IllegalArgumentException("the variable must be x or y, got " + variable);
        }
        return Cas.derivative(Surfaces.symja(f), variable);
    }

    @Override
    public String[] gradient(Surface f) {
        return new String[] {partial(f, "x"), partial(f, "y")};
    }
}
