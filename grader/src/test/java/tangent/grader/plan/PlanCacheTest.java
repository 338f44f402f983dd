package tangent.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The plan cache gives back exactly the discovered plan, and only under the same key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCacheTest {

    private GradingPlan discovered;

    @BeforeAll
    void discover() {
        discovered = new Planner(Course.load()).plan();
    }

    @Test
    void aCachedPlanIsTheDiscoveredOneAndAnotherKeyDiscoversAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tangent-plan.json");
        AtomicInteger discoveries = new AtomicInteger();
        GradingPlan first = new PlanCache(file, "key-1").plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        assertThat(file).exists();
        GradingPlan cached = new PlanCache(file, "key-1").plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        assertThat(discoveries).hasValue(1);
        assertThat(cached).isEqualTo(first).isEqualTo(discovered);

        new PlanCache(file, "key-2").plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        assertThat(discoveries).hasValue(2);
    }

    @Test
    void aDamagedCacheIsIgnoredAndRewritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tangent-plan.json");
        Files.writeString(file, "{\"key\": \"key-1\", \"tests\": [{\"id\": 3}]");
        AtomicInteger discoveries = new AtomicInteger();
        GradingPlan plan = new PlanCache(file, "key-1").plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        assertThat(discoveries).hasValue(1);
        assertThat(plan).isEqualTo(discovered);
        assertThat(new PlanCache(file, "key-1").plan(() -> {
            throw new AssertionError("the rewritten cache should have been used");
        })).isEqualTo(discovered);
    }

    @Test
    void fromAFolderOfClassesNothingIsCached() {
        AtomicInteger discoveries = new AtomicInteger();
        PlanCache cache = PlanCache.forThisJvm(Course.load());
        cache.plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        cache.plan(() -> {
            discoveries.incrementAndGet();
            return discovered;
        });
        assertThat(discoveries).hasValue(2);
    }
}
