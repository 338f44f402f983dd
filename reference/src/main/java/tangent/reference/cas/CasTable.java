package tangent.reference.cas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Results of slow CAS work (integrals, Jacobians), computed ahead of time into
 * {@value #RESOURCE}, a tab-separated table that is reviewed like code and shipped with the
 * reference. Grading then reads answers instead of waiting a second for symja's first integral in
 * every worker. {@code CasTablesTest} proves that every row still equals what symja computes, and
 * rewrites the results when asked to (see the README).
 */
public final class CasTable {

    /** Where the table lives on the class path. */
    public static final String RESOURCE = "tangent/reference/cas/tables.tsv";

    /** The operations a table row can hold. */
    public enum Operation {
        /** An antiderivative with respect to the first variable, without a constant. */
        INTEGRATE,
        /** The Jacobian of a list of functions: rows are functions, columns variables. */
        JACOBIAN;

        /** The symja input that computes this operation. */
        public String symja(String input, List<String> variables) {
            return switch (this) {
                case INTEGRATE -> "Integrate(" + input + "," + variables.get(0) + ")";
                case JACOBIAN -> "D(" + input + ",{{" + String.join(",", variables) + "}})";
            };
        }
    }

    /**
     * One row: an operation on an input in some variables, and its result as symja's input text.
     *
     * @param operation what was computed
     * @param variables the variables, in order
     * @param input     the function (or list of functions)
     * @param result    what symja computed
     */
    public record Row(Operation operation, List<String> variables, String input, String result) {

        public Row {
            variables = List.copyOf(variables);
        }

        /** The row as a line of the table. */
        public String line() {
            return operation.name().toLowerCase(java.util.Locale.ROOT) + "\t" + String.join(",", variables) + "\t"
                    + input + "\t" + result;
        }
    }

    private final List<Row> rows;

    private CasTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with the reference. */
    public static CasTable load() {
        try (InputStream in = CasTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from its text: comment lines start with #, fields are tab-separated. */
    public static CasTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new java.io.StringReader(text))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalArgumentException("CAS table line " + number + ": expected 4 tab-separated fields");
                }
                rows.add(new Row(Operation.valueOf(f[0].trim().toUpperCase(java.util.Locale.ROOT)),
                        List.of(f[1].trim().split(",")), f[2].trim(), f[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CasTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The stored result of an operation, failing clearly when the table lacks the row. */
    public String result(Operation operation, String input, String... variables) {
        return find(operation, input, List.of(variables)).orElseThrow(() -> new IllegalStateException(
                "the CAS table has no " + operation + " of " + input + " in " + String.join(",", variables)
                        + ": add the row to " + RESOURCE + " and regenerate it (see the README)"))
                .result();
    }

    private Optional<Row> find(Operation operation, String input, List<String> variables) {
        return rows.stream().filter(r -> r.operation() == operation && r.input().equals(input)
                && r.variables().equals(variables)).findFirst();
    }
}
