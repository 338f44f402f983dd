package tangent.reference.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tangent.cas.Cas;

/**
 * The CAS table matches what symja computes today. With {@code -Dtangent.cas.regenerate=true}
 * it first rewrites the table's results in the source tree, so a new row, or a new symja, is one
 * command away from a reviewed diff.
 */
class CasTablesTest {

    private static final Path SOURCE = Path.of(System.getProperty("tangent.cas.tables",
            "src/main/resources/" + CasTable.RESOURCE));

    private static String compute(CasTable.Row row) {
        return Cas.text(Cas.eval(row.operation().symja(row.input(), row.variables())));
    }

    @Test
    void everyRowIsWhatSymjaComputes() throws Exception {
        String text = Files.readString(SOURCE);
        if (Boolean.getBoolean("tangent.cas.regenerate")) {
            text = regenerate(text);
            Files.writeString(SOURCE, text);
        }
        CasTable table = CasTable.parse(text);
        assertThat(table.rows()).isNotEmpty();
        for (CasTable.Row row : table.rows()) {
            assertThat(row.result()).as(row.operation() + " of " + row.input()
                    + " (regenerate with -Dtangent.cas.regenerate=true if symja's answer is right)")
                    .isEqualTo(compute(row));
        }
    }

    @Test
    void theShippedTableIsTheSourceTable() throws Exception {
        assertThat(CasTable.load().rows()).isEqualTo(CasTable.parse(Files.readString(SOURCE)).rows());
    }

    @Test
    void integralsDifferentiateBackToTheirIntegrand() {
        for (CasTable.Row row : CasTable.load().rows()) {
            if (row.operation() == CasTable.Operation.INTEGRATE) {
                String x = row.variables().get(0);
                assertThat(Cas.eval("Simplify(D(" + row.result() + "," + x + ")-(" + row.input() + "))").isZero())
                        .as(row.input()).isTrue();
            }
        }
    }

    private static String regenerate(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                out.add(line);
                continue;
            }
            CasTable.Row row = CasTable.parse(line).rows().get(0);
            out.add(new CasTable.Row(row.operation(), row.variables(), row.input(), compute(row)).line());
        }
        return String.join("\n", out);
    }
}
