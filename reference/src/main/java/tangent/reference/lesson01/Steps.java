package tangent.reference.lesson01;

/** The precondition every difference quotient shares: a step that can divide. */
final class Steps {

    private Steps() {
    }

    static double requireUsable(double dx) {
        if (dx == 0 || !Double.isFinite(dx)) {
            throw new IllegalArgumentException("the step dx must be non-zero and finite, got " + dx);
        }
        return dx;
    }
}
