package tangent.grader.mutation;

/**
 * One mutant as PIT reports it.
 *
 * @param className   the mutated class, fully qualified
 * @param method      the mutated method
 * @param line        its line in the source
 * @param mutator     PIT's mutator, short name (e.g. {@code MathMutator})
 * @param description what was changed, in PIT's words
 * @param status      PIT's status: KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, ...
 * @param detected    whether a test noticed it (PIT counts time-outs and memory errors as noticed)
 */
public record Mutant(String className, String method, int line, String mutator, String description,
        String status, boolean detected) {

    /** The package holding the class, its last segment: a lesson of the course. */
    public String lesson() {
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** The class's simple name (an inner class counts as its outer one): a task of the lesson. */
    public String task() {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int inner = simple.indexOf('$');
        return inner < 0 ? simple : simple.substring(0, inner);
    }

    /** Whether {@code entry} of the equivalents file names this mutant. */
    boolean matches(Equivalent entry) {
        return entry.task().equals(task()) && entry.lesson().equals(lesson()) && entry.method().equals(method())
                && entry.mutator().equals(mutator()) && entry.description().equals(description());
    }
}
