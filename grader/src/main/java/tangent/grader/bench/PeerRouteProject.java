package tangent.grader.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.discovery.Implementation;
import tangent.grader.discovery.ImplementationFinder;
import tangent.grader.intake.Intake;
import tangent.grader.intake.SourceFile;
import tangent.grader.intake.Submission;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.suite.SubmissionExtension;

/**
 * Writes the peer route's project for one submission: a Maven project with the student's sources
 * in src/main/java that runs the very same hidden suites (scanned from the grader jar) with
 * surefire, the way a course CI typically grades: {@code mvn -o -q test} per submission. Beside it,
 * {@code console/junit-platform.properties} holds the same configuration for the second peer, the
 * JUnit Platform Console Launcher run once per submission with plain {@code javac} and {@code java}
 * commands (the suites find the classes javac writes to {@code console/classes}).
 * Usage: {@code PeerRouteProject SUBMISSION PROJECT_DIR VERSION [SUITES]}, SUITES a surefire include
 * pattern (default every suite: {@code tangent/suites/**}{@code /*Suite.class}); see {@code bench/throughput.sh}.
 */
public final class PeerRouteProject {

    private PeerRouteProject() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path project = Path.of(args[1]);
        String version = args[2];
        String suites = args.length > 3 ? args[3] : "tangent/suites/**/*Suite.class";
        Submission submission = new Intake().read(folder);
        for (SourceFile source : submission.sources()) {
            Path target = project.resolve("src/main/java").resolve(source.path().replaceFirst("^src/main/java/", ""));
            Files.createDirectories(target.getParent());
            Files.writeString(target, source.content());
        }
        Course course = Course.load();
        Path classes = Files.createTempDirectory("tangent-peer-");
        BuildResult built = new Javac(course.apiClasspath()).compile(submission.sources(), classes);
        String implementations = "";
        if (built instanceof BuildResult.Compiled) {
            implementations = new ImplementationFinder(course.apiPackages())
                    .find(List.of(classes), new Planner(course).plan().exercises()).values().stream()
                    .filter(i -> i instanceof Implementation.Found)
                    .map(i -> i.exercise() + "=" + ((Implementation.Found) i).className())
                    .collect(Collectors.joining(","));
        }
        // The console peer: JUnit reads junit-platform.properties from the root of its class path.
        Path console = Files.createDirectories(project.resolve("console"));
        Files.writeString(console.resolve("junit-platform.properties"), String.join("\n",
                SubmissionExtension.CLASSPATH + "=" + console.resolve("classes").toAbsolutePath(),
                SubmissionExtension.IMPLEMENTATIONS + "=" + implementations,
                SubmissionExtension.API_PACKAGES + "=" + String.join(",", course.apiPackages()),
                SubmissionExtension.SEED + "=1") + "\n");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>peer</groupId>
                  <artifactId>submission</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencyManagement>
                    <!-- the versions Tangent's own build pins: symja's dependencies ask for version ranges,
                         which an offline build cannot resolve without the repositories' metadata -->
                    <dependencies>
                      <dependency><groupId>tangent</groupId><artifactId>tangent-parent</artifactId><version>%1$s</version>
                        <type>pom</type><scope>import</scope></dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency><groupId>tangent</groupId><artifactId>grader</artifactId><version>%1$s</version></dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                        <configuration>
                          <dependenciesToScan><dependency>tangent:grader</dependency></dependenciesToScan>
                          <includes><include>%2$s</include></includes>
                          <testFailureIgnore>true</testFailureIgnore>
                          <properties>
                            <configurationParameters>
                              %3$s=${project.build.outputDirectory}
                              %4$s=%5$s
                              %6$s=%7$s
                              %8$s=1
                            </configurationParameters>
                          </properties>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, suites, SubmissionExtension.CLASSPATH, SubmissionExtension.IMPLEMENTATIONS, implementations,
                SubmissionExtension.API_PACKAGES, String.join(",", course.apiPackages()), SubmissionExtension.SEED));
    }
}
