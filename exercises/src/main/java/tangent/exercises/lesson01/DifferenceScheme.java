package tangent.exercises.lesson01;

/** Which difference quotient approximates a derivative. */
public enum DifferenceScheme {
    /** (f(x + dx) - f(x)) / dx: first order, its error shrinks like dx. */
    FORWARD,
    /** (f(x + dx) - f(x - dx)) / (2 dx): second order, its error shrinks like dx^2. */
    CENTRAL
}
