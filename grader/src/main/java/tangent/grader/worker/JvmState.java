package tangent.grader.worker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;

/**
 * What a job could leave behind in a worker JVM that the next submission graded there would
 * inherit: threads still running, JVM-wide defaults (locale, time zone), system properties. The
 * worker takes one before each job and compares after it; anything left behind retires the worker,
 * so the next submission starts in a fresh JVM. (The bytecode policy refuses every route to these
 * it knows; this is the second look, at what actually happened.)
 *
 * @param threads    the live threads, by identity
 * @param locales    the default locale and its display and format categories
 * @param timeZone   the default time zone's id
 * @param properties a copy of the system properties
 */
record JvmState(Set<Thread> threads, List<Locale> locales, String timeZone, Map<Object, Object> properties) {

    static JvmState now() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Thread.getAllStackTraces().keySet());
        Properties properties = System.getProperties();
        return new JvmState(threads, List.of(Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
                Locale.getDefault(Locale.Category.FORMAT)), TimeZone.getDefault().getID(), Map.copyOf(properties));
    }

    /** What {@code after} holds that this did not, in words; empty when nothing was left behind. */
    List<String> leftBehindIn(JvmState after) {
        List<String> left = new ArrayList<>();
        for (Thread thread : after.threads) {
            if (!threads.contains(thread) && thread.isAlive() && !ownedByTheJvm(thread)) {
                left.add("thread \"" + thread.getName() + "\" still running");
            }
        }
        if (!locales.equals(after.locales)) {
            left.add("the default locale changed to " + after.locales.get(0));
        }
        if (!timeZone.equals(after.timeZone)) {
            left.add("the default time zone changed to " + after.timeZone);
        }
        if (!properties.equals(after.properties)) {
            left.add("system properties changed");
        }
        return left;
    }

    /** Threads the JDK starts on its own the first time some facility is used; none runs student code. */
    private static boolean ownedByTheJvm(Thread thread) {
        String name = thread.getName();
        return thread.isDaemon() && (name.equals("Common-Cleaner") || name.equals("process reaper")
                || name.equals("Attach Listener") || name.equals("Notification Thread") || name.startsWith("C1 Compiler")
                || name.startsWith("C2 Compiler") || name.equals("Signal Dispatcher"));
    }
}
