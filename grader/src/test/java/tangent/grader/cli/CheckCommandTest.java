package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tangent check} prints exactly one JSON object and exits 0 whatever the verdict. */
class CheckCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Tangent.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private JsonNode json() throws Exception {
        String text = out.toString().strip();
        assertThat(text.lines()).hasSize(1);
        return new ObjectMapper().readTree(text);
    }

    @Test
    void correctWrongAndInvalidAllExitZero() throws Exception {
        assertThat(run("check", "--expected", "3*x^2-4*x", "--answer", "x*(3x-4)")).isZero();
        assertThat(json().get("verdict").asText()).isEqualTo("correct");
        assertThat(json().get("method").asText()).isEqualTo("cas");

        out.getBuffer().setLength(0);
        assertThat(run("check", "--expected", "3*x^2-4*x", "--answer", "3x^2+4x")).isZero();
        assertThat(json().get("verdict").asText()).isEqualTo("wrong");
        assertThat(json().get("message").asText()).contains("at x = ");

        out.getBuffer().setLength(0);
        assertThat(run("check", "--expected", "3*x^2-4*x", "--answer", "Quit()")).isZero();
        assertThat(json().get("verdict").asText()).isEqualTo("invalid");
    }

    @Test
    void antiderivativesVectorsConstantsAndDomains() throws Exception {
        assertThat(run("check", "--antiderivative", "--expected", "1/x", "--answer", "log(2x) + C", "--domain", "x=0.1:3"))
                .isZero();
        assertThat(json().get("verdict").asText()).isEqualTo("correct");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--vars", "x,y", "--constants", "p", "--expected", "{p*y, p*x}", "--answer", "{y*p, x*p}"))
                .isZero();
        assertThat(json().get("verdict").asText()).isEqualTo("correct");
    }

    @Test
    void anUnreadableExpectedOrDomainIsAUsageError() {
        assertThat(run("check", "--expected", "3*x^", "--answer", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--expected");
        assertThat(run("check", "--expected", "x", "--answer", "x", "--domain", "x=3:1")).isEqualTo(2);
        assertThat(err.toString()).contains("NAME=LOW:HIGH");
    }
}
