package tangent.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows, read as GitHub reads them (YAML): what they must do and never do. Running
 * them needs GitHub's runners; GradePullRequestScriptTest runs the script the template calls.
 */
class WorkflowsTest {

    private static final Path ROOT = Path.of("..");
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    private List<JsonNode> steps(String file) throws Exception {
        JsonNode workflow = yaml.readTree(ROOT.resolve(file).toFile());
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(steps::add));
        return steps;
    }

    private static JsonNode step(List<JsonNode> steps, String nameStart) {
        return steps.stream().filter(s -> s.path("name").asText().startsWith(nameStart)).findFirst().orElseThrow();
    }

    @Test
    void thePullRequestTemplateFetchesWithTheWorkflowsTokenWithoutStoringItAndCachesMaven() throws Exception {
        List<JsonNode> steps = steps("ci/github/grade-pull-request.yml");
        JsonNode fetch = step(steps, "Fetch the pull request's commits");
        assertThat(fetch.at("/env/TOKEN").asText()).isEqualTo("${{ github.token }}");
        String run = fetch.get("run").asText();
        assertThat(run).contains("git -c \"http.${GITHUB_SERVER_URL}/.extraheader=AUTHORIZATION: basic $auth\"")
                .contains("fetch --no-tags origin \"+refs/pull/$PR/head:refs/remotes/pr/head\"")
                .doesNotContain("git config"); // a header in .git/config would outlive the command
        for (JsonNode step : steps) {
            if (step.path("uses").asText().startsWith("actions/checkout")) {
                assertThat(step.at("/with/persist-credentials").asBoolean(true)).as(step.toString()).isFalse();
                assertThat(step.at("/with/ref").asText()).as("never the pull request's head")
                        .doesNotContain("pull_request.head");
            }
        }
        JsonNode java = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java")).findFirst()
                .orElseThrow();
        assertThat(java.at("/with/cache").asText()).isEqualTo("maven");
        steps.stream().map(s -> s.path("run").asText()).forEach(line -> assertThat(line)
                .as("pull-request text is never pasted into a shell").doesNotContain("github.event.pull_request.title",
                        "github.event.pull_request.body", "github.head_ref"));
    }

    @Test
    void theFetchStepFetchesAPullRequestsHeadAndLeavesNoCredentialBehind(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String run = step(steps("ci/github/grade-pull-request.yml"), "Fetch the pull request's commits").get("run").asText();
        Path origin = dir.resolve("origin");
        Path clone = dir.resolve("clone");
        sh(dir, "git init -q -b main origin && cd origin && git -c user.name=t -c user.email=t@x commit -q --allow-empty"
                + " -m base && git -c user.name=t -c user.email=t@x commit -q --allow-empty -m pr"
                + " && git update-ref refs/pull/7/head HEAD && git reset -q --hard HEAD~1");
        sh(dir, "git clone -q file://" + origin + " clone");
        ProcessBuilder step = new ProcessBuilder("bash", "-euo", "pipefail", "-c", run).directory(clone.toFile())
                .redirectErrorStream(true);
        step.environment().putAll(java.util.Map.of("PR", "7", "TOKEN", "not-a-real-token",
                "GITHUB_SERVER_URL", "https://github.com"));
        Process process = step.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(sh(clone, "git log -1 --format=%s refs/remotes/pr/head").strip()).isEqualTo("pr");
        assertThat(java.nio.file.Files.readString(clone.resolve(".git/config"))).doesNotContain("extraheader")
                .doesNotContain("not-a-real-token");
    }

    private static String sh(Path dir, String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(command + "\n" + out).isZero();
        return out;
    }

    @Test
    void thisProjectsWorkflowRunsCiRunAndRequiresTheBrowserTest() throws Exception {
        List<JsonNode> steps = steps(".github/workflows/ci.yml");
        JsonNode ci = step(steps, ".ci/run");
        assertThat(ci.get("run").asText().strip()).isEqualTo(".ci/run");
        assertThat(ci.at("/env/TANGENT_REQUIRE_BROWSER").asText()).isEqualTo("true");
        assertThat(steps).noneMatch(s -> s.path("run").asText().contains("|| true"));
    }
}
