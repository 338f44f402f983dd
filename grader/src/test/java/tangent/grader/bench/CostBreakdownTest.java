package tangent.grader.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tangent.grader.bench.CostBreakdown.Party;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;

/** How CostBreakdown charges a profile's stacks: to the first known party from the sampled frame outwards. */
class CostBreakdownTest {

    private static final String TASK = "L05 multilayer-perceptron";
    private static final String SUITE = "tangent/suites/lesson05/MultilayerPerceptronSuite.trainingSeparatesTheCircles_[j]";
    private static final String ROOT = "[main tid=7];thread_native_entry;tangent/grader/worker/WorkerMain.main_[j];"
            + "org/junit/platform/launcher/core/DefaultLauncher.execute_[j]";
    private static Course course;
    private static Planner planner;

    @BeforeAll
    static void course() {
        course = Course.load();
        planner = new Planner(course);
    }

    private static CostBreakdown charged(String... stacks) {
        CostBreakdown breakdown = new CostBreakdown(course, planner.plan(), Set.of("complete.lesson05"));
        for (String stack : stacks) {
            breakdown.charge(stack.split(";"), 3);
        }
        return breakdown;
    }

    @Test
    void libraryCodeIsChargedToItsCaller() {
        CostBreakdown b = charged(ROOT + ";" + SUITE + ";complete/lesson05/Network.train_[j];java/lang/StrictMath.exp_[j];"
                + "SharedRuntime::dexp", ROOT + ";" + SUITE + ";tangent/reference/lesson05/ReferenceMultilayerPerceptron.train_[j];"
                + "org/apache/commons/math3/linear/Array2DRowRealMatrix.multiply_[j]");
        assertThat(b.samples(Party.STUDENT, TASK)).isEqualTo(3);
        assertThat(b.samples(Party.REFERENCE, TASK)).isEqualTo(3);
        assertThat(b.samples(Party.STUDENT, null)).isEqualTo(3);
    }

    @Test
    void loadingTheSubmissionIsTheGradersWhoeverAskedForTheClass() {
        CostBreakdown b = charged(ROOT + ";" + SUITE + ";complete/lesson05/Network.train_[j];"
                + "tangent/grader/suite/SubmissionClassLoader.findClass_[j];tangent/grader/policy/BytecodePolicy.check_[j];"
                + "org/objectweb/asm/ClassReader.accept_[j]");
        assertThat(b.samples(Party.LOADING, TASK)).isEqualTo(3);
        assertThat(b.samples(Party.STUDENT, null)).isZero();
    }

    @Test
    void threadsAndPhasesHavePartiesOfTheirOwn() {
        CostBreakdown b = charged("[C1 CompilerThre tid=9];thread_native_entry;Compiler::compile_method",
                "[VM Thread tid=2];VM_GenCollectFull::doit",
                "[main tid=7];tangent/grader/worker/WorkerMain.main_[j];tangent/grader/worker/WorkerMain.warmUp_[j];"
                        + "tangent/grader/check/ExpressionCheck.check_[j]",
                ROOT + ";" + SUITE + ";tangent/grader/check/ExpressionCheck.check_[j];org/matheclipse/core/eval/EvalEngine.eval_[j]",
                ROOT + ";org/junit/jupiter/engine/execution/InterceptingExecutableInvoker.invoke_[j]");
        assertThat(b.samples(Party.JIT, null)).isEqualTo(3);
        assertThat(b.samples(Party.GC, null)).isEqualTo(3);
        assertThat(b.samples(Party.START_UP, null)).isEqualTo(3);
        assertThat(b.samples(Party.CHECKING, TASK)).isEqualTo(3);
        assertThat(b.samples(Party.WORKER, null)).isEqualTo(3);
        assertThat(b.samples(Party.WORKER, TASK)).isZero();
    }
}
