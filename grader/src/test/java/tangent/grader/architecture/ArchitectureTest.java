package tangent.grader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's boundary as a fact: the engine ({@code tangent.grader..}) and its two small modules
 * ({@code tangent.course}, {@code tangent.cas}) depend on no course, so another course plugs in with
 * its own suites, reference and exercises; and the engine's packages form no cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tangent");
    }

    @Test
    void theEngineNamesNoCourse() {
        noClasses().that().resideInAnyPackage("tangent.grader..", "tangent.course..", "tangent.cas..")
                .should().dependOnClassesThat().resideInAnyPackage("tangent.suites..", "tangent.reference..",
                        "tangent.exercises..")
                .because("the engine grades any course; a course is configured (tangent-course.properties), not imported")
                .check(classes);
    }

    @Test
    void theEnginesSmallModulesStandAlone() {
        noClasses().that().resideInAnyPackage("tangent.course..", "tangent.cas..")
                .should().dependOnClassesThat().resideInAnyPackage("tangent.grader..")
                .because("students compile against tangent.course, and reference answers use tangent.cas without the engine")
                .check(classes);
    }

    /**
     * What submissions may see (the course's API packages, its public samples and their known
     * mistakes included) holds no state a submission could change: workers are reused from one
     * submission to the next, so a public array or a non-final field there could carry one
     * student's changes, say to the hints, into another's grading.
     */
    @Test
    void whatSubmissionsMaySeeHoldsNoPublicStateTheyCouldChange() {
        JavaClasses api = new ClassFileImporter().importPackages("tangent.exercises"); // the test jar too
        assertThat(api.stream().filter(c -> c.getSimpleName().endsWith("Mistakes"))).as("the known mistakes' classes")
                .isNotEmpty();
        fields().that().arePublic().and().areStatic().should().beFinal()
                .because("a submission may reach tangent.exercises, and workers outlive a submission").check(api);
        fields().that().arePublic().and().areStatic().should(notBeAnArray())
                .because("a public array's elements can be replaced by a submission; return a fresh one instead")
                .check(api);
    }

    private static ArchCondition<JavaField> notBeAnArray() {
        return new ArchCondition<>("not be an array") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (field.getRawType().isArray()) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is an array"));
                }
            }
        };
    }

    @Test
    void theEnginesPackagesFormNoCycle() {
        slices().matching("tangent.grader.(*)..").should().beFreeOfCycles().check(classes);
    }
}
