package tangent.exercises;

import java.util.List;

/**
 * The course's own function names, as its texts write them: an expression answer may use them, and
 * the hidden suites and the public samples read them the same way, from here.
 */
public final class Notation {

    /** The sigmoid of Lessons 01, 04 and 05, S(z) = 1 / (1 + e^-z), in the CAS's syntax with # for z. */
    public static final String SIGMOID = "1/(1+E^(-#))";

    /** The names an answer may give the sigmoid: S(z) as the texts write it, σ(z) and sigmoid(z). */
    public static final List<String> SIGMOID_NAMES = List.of("S", "\u03C3", "sigmoid");

    private Notation() {
    }
}
