package tangent.grader.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What a job leaves behind in a worker is seen, so the worker is replaced before the next submission. */
class JvmStateTest {

    @Test
    void aJobThatLeftNothingBehindLeavesNothing() {
        JvmState before = JvmState.now();
        assertThat(before.leftBehindIn(JvmState.now())).isEmpty();
    }

    @Test
    void aThreadStillRunningIsSeen() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        JvmState before = JvmState.now();
        Thread lingering = new Thread(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "left-by-a-submission");
        lingering.start();
        try {
            assertThat(before.leftBehindIn(JvmState.now())).containsExactly("thread \"left-by-a-submission\" still running");
        } finally {
            stop.countDown();
            lingering.join();
        }
        assertThat(before.leftBehindIn(JvmState.now())).isEmpty();
    }

    @Test
    void changedDefaultsAndPropertiesAreSeen() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        JvmState before = JvmState.now();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            System.setProperty("tangent.jvmstate.test", "x");
            assertThat(before.leftBehindIn(JvmState.now())).contains("the default locale changed to de_DE",
                    "the default time zone changed to Pacific/Kiritimati", "system properties changed");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            System.clearProperty("tangent.jvmstate.test");
        }
    }
}
