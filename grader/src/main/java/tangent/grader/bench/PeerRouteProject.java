package tangent.grader.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tangent.exercises.Exercise;
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
 * surefire, the way a course CI typically grades: {@code mvn -o -q test} per submission.
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
        BuildResult built = new Javac(List.of(Path.of(
                Exercise.class.getProtectionDomain().getCodeSource().getLocation().toURI()))).compile(submission.sources(), classes);
        String implementations = "";
        if (built instanceof BuildResult.Compiled) {
            implementations = new ImplementationFinder(course.apiPackages())
                    .find(List.of(classes), new Planner(course).plan().exercises()).values().stream()
                    .filter(i -> i instanceof Implementation.Found)
                    .map(i -> i.exercise() + "=" + ((Implementation.Found) i).className())
                    .collect(Collectors.joining(","));
        }
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
                  <dependencies>
                    <dependency><groupId>tangent</groupId><artifactId>grader</artifactId><version>%s</version></dependency>
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
                          <includes><include>%s</include></includes>
                          <testFailureIgnore>true</testFailureIgnore>
                          <properties>
                            <configurationParameters>
                              %s=${project.build.outputDirectory}
                              %s=%s
                              %s=%s
                              %s=1
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
