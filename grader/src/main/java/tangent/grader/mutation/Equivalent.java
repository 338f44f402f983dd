package tangent.grader.mutation;

/**
 * A surviving mutant a reviewer has declared equivalent, with why. Matched by lesson, task,
 * method, mutator and description, not by line, so an unrelated edit above it does not orphan the
 * entry; a method with two such mutants of the same kind needs one entry per mutant.
 */
public record Equivalent(String lesson, String task, String method, String mutator, String description,
        String reason) {

    public Equivalent {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an equivalent mutant needs its reason: " + lesson + " " + task + "."
                    + method + " " + description);
        }
    }
}
