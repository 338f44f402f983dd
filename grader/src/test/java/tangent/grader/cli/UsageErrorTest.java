package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tangent.grader.testing.Cli;

/**
 * A usage error is what is wrong and one line saying where the help is: the whole usage after it
 * pushed the message off a newcomer's screen. Exit code 2 as before.
 */
class UsageErrorTest {

    @TempDir
    static Path dir;

    private final Cli cli = new Cli();

    @ParameterizedTest
    @ValueSource(strings = {"grade --seed abc SUB", "grade --bogus SUB", "grade --lessons L99 SUB", "grade FILE",
            "grade --test-timeout 0 SUB", "grade --color sometimes SUB", "similarity --threshold x SUB SUB",
            "diff SUB", "init", "merge --allow-mixed"})
    void theMessageAndOnePointingLine(String line) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
        String[] args = line.replace("SUB", sub.toString()).replace("FILE", file.toString()).split(" ");
        assertThat(cli.run(args)).isEqualTo(2);
        List<String> lines = cli.errLines();
        assertThat(lines).as(cli.err()).hasSizeBetween(2, 4);
        assertThat(lines.get(0)).startsWith("tangent: ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("See 'tangent " + args[0] + " --help' for its options.");
        assertThat(cli.err()).doesNotContain("Usage:");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsSaidInWords() {
        assertThat(cli.run("grade", "--seed", "abc", dir.toString())).isEqualTo(2);
        assertThat(cli.errLines().get(0)).isEqualTo("tangent: Invalid value for option '--seed': 'abc' is not a whole number");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertThat(cli.run("grade", "--lesson", "L01", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--lesson'").contains("--lessons");
    }

    @Test
    void noCommandPointsAtTheCommands() {
        assertThat(cli.run()).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly("tangent: say what to do, for example: tangent grade submissions/",
                "See 'tangent --help' for the commands.");
        assertThat(cli.run("grde", "submissions/ada")).isEqualTo(2);
        assertThat(cli.err()).contains("tangent: 'grde' is not a command; the commands are init, grade, ")
                .contains("Did you mean: tangent grade").doesNotContain("Unmatched arguments");
    }

    @Test
    void theHelpShowsListsAsListsNotARepeatedExample() {
        assertThat(cli.run("grade", "--help")).isZero();
        assertThat(cli.out()).contains("--lessons=LESSON[,LESSON...]").contains("--format=FORMAT[,FORMAT...]")
                .doesNotContain("L01,L03[,");
    }
}
