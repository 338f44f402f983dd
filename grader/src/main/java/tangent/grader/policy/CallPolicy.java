package tangent.grader.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list itself: which JDK classes and members a submission may use. A reference to
 * anything outside it is refused, with a reason chosen by what the thing is (a file, a thread...).
 * Internal names throughout ({@code java/lang/String}).
 */
final class CallPolicy {

    /** Packages whose every public class may be used (apart from {@link #REFUSED_CLASSES}). */
    private static final List<String> OPEN_PACKAGES = List.of("java/util/", "java/util/function/",
            "java/util/stream/", "java/util/regex/", "java/math/", "java/text/");

    /** Subpackages of open packages that stay closed. */
    private static final List<String> CLOSED_SUBPACKAGES = List.of("java/util/concurrent/", "java/util/logging/",
            "java/util/prefs/", "java/util/jar/", "java/util/zip/", "java/util/spi/");

    private static final Set<String> REFUSED_CLASSES = Set.of("java/util/ServiceLoader", "java/util/Timer",
            "java/util/TimerTask", "java/util/ResourceBundle", "java/util/Formatter", "java/util/stream/StreamSupport");

    /**
     * Members refused on classes otherwise open: JVM-wide defaults that would outlive the job
     * (Locale, TimeZone), and readers of system properties hidden in the number classes.
     */
    private static final Map<String, Set<String>> REFUSED_MEMBERS = Map.of(
            "java/util/Locale", Set.of("setDefault"),
            "java/util/TimeZone", Set.of("setDefault"),
            "java/lang/Integer", Set.of("getInteger"),
            "java/lang/Long", Set.of("getLong"),
            "java/lang/Boolean", Set.of("getBoolean"));

    /** Members that start threads behind the scenes, wherever they are declared. */
    private static final Set<String> PARALLEL = Set.of("parallel", "parallelStream", "parallelSort", "parallelSetAll",
            "parallelPrefix");

    /** java.lang classes that may be used whole. */
    private static final Set<String> OPEN_LANG = Set.of("Object", "String", "StringBuilder", "StringBuffer",
            "CharSequence", "Math", "StrictMath", "Number", "Integer", "Long", "Double", "Float", "Short", "Byte",
            "Character", "Boolean", "Void", "Comparable", "Iterable", "Enum", "Record", "AutoCloseable", "Runnable",
            "Cloneable", "Appendable", "Override", "Deprecated", "FunctionalInterface", "SafeVarargs",
            "SuppressWarnings", "Throwable", "StackTraceElement", "Character$UnicodeBlock", "Enum$EnumDesc");

    /** Members allowed on otherwise closed classes. */
    private static final Map<String, Set<String>> OPEN_MEMBERS = Map.of(
            "java/lang/System", Set.of("arraycopy", "nanoTime", "currentTimeMillis", "identityHashCode",
                    "lineSeparator", "out", "err"),
            "java/lang/Class", Set.of("getName", "getSimpleName", "isInstance", "cast", "desiredAssertionStatus",
                    "isArray", "getTypeName"),
            "java/io/PrintStream", Set.of("print", "println", "printf", "format", "flush", "append", "write"));

    /** Bootstrap methods javac itself emits for lambdas, string concatenation, records and switches. */
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods",
            "java/lang/runtime/SwitchBootstraps");

    /** java.io types that carry no power by themselves. */
    private static final Set<String> OPEN_IO = Set.of("java/io/Serializable", "java/io/IOException",
            "java/io/UncheckedIOException");

    private CallPolicy() {
    }

    /** Why a use of {@code owner} (and member {@code member}, possibly empty) is refused; empty if allowed. */
    static Optional<String> refusal(String owner, String member, Set<String> ownClasses, List<String> apiPrefixes) {
        String type = elementType(owner);
        if (type == null || ownClasses.contains(type) || apiPrefixes.stream().anyMatch(type::startsWith)) {
            return PARALLEL.contains(member) ? Optional.of("a submission may not start threads") : Optional.empty();
        }
        if (PARALLEL.contains(member)) {
            return Optional.of("a submission may not start threads, which " + member + " does behind the scenes; "
                    + "use the sequential form");
        }
        if (REFUSED_MEMBERS.getOrDefault(type, Set.of()).contains(member)) {
            return Optional.of(member.equals("setDefault")
                    ? "a submission may not change the JVM's default " + type.substring(type.lastIndexOf('/') + 1)
                            + " (it would outlive the test); pass a Locale or TimeZone where one is needed"
                    : "a submission may not read system properties, which " + type.substring(type.lastIndexOf('/') + 1)
                            + "." + member + " does");
        }
        if (isAllowed(type, member)) {
            return Optional.empty();
        }
        return Optional.of(reason(type, member));
    }

    /** Whether a bootstrap method of an invokedynamic instruction is one javac emits. */
    static boolean isJavacBootstrap(String owner) {
        return BOOTSTRAPS.contains(owner);
    }

    private static boolean isAllowed(String type, String member) {
        if (type.startsWith("java/lang/") && type.indexOf('/', "java/lang/".length()) < 0) {
            String simple = type.substring("java/lang/".length());
            if (OPEN_LANG.contains(simple) || (simple.endsWith("Exception") || simple.endsWith("Error"))
                    && !simple.contains("$")) {
                return true;
            }
        }
        Set<String> members = OPEN_MEMBERS.get(type);
        if (members != null) {
            return member.isEmpty() || members.contains(member);
        }
        if (OPEN_IO.contains(type)) {
            return true;
        }
        if (REFUSED_CLASSES.contains(type) || CLOSED_SUBPACKAGES.stream().anyMatch(type::startsWith)) {
            return false;
        }
        String pkg = type.substring(0, type.lastIndexOf('/') + 1);
        return OPEN_PACKAGES.contains(pkg);
    }

    private static String reason(String type, String member) {
        String call = type.replace('/', '.') + (member.isEmpty() ? "" : "." + member);
        if (type.equals("java/lang/System") || type.equals("java/lang/Runtime")) {
            return switch (member) {
                case "exit", "halt" -> "a submission may not end the grading JVM; return a value or throw an exception";
                case "getenv", "getProperty", "getProperties", "setProperty", "clearProperty", "setProperties" ->
                        "a submission may not read or change the environment or system properties";
                case "setOut", "setErr", "setIn", "console", "inheritedChannel" ->
                        "a submission may not replace or reach the standard streams";
                case "load", "loadLibrary", "mapLibraryName" -> "a submission may not load native code";
                default -> "only arithmetic helpers of System are available (arraycopy, nanoTime, "
                        + "currentTimeMillis, identityHashCode, lineSeparator, out, err)";
            };
        }
        if (type.startsWith("java/io/") || type.startsWith("java/nio/")) {
            return "a submission may not use files or I/O streams (printing with System.out is fine)";
        }
        if (type.startsWith("java/net/") || type.startsWith("javax/net/")) {
            return "a submission may not use the network";
        }
        if (type.equals("java/lang/Process") || type.equals("java/lang/ProcessBuilder")
                || type.equals("java/lang/ProcessHandle")) {
            return "a submission may not start processes";
        }
        if (type.equals("java/util/stream/StreamSupport")) {
            return "a submission may not use StreamSupport, which can make parallel streams (threads); use "
                    + "Collection.stream() or the Stream and IntStream factories";
        }
        if (type.startsWith("java/lang/Thread") || type.startsWith("java/util/concurrent/")
                || type.equals("java/util/Timer") || type.equals("java/util/TimerTask")) {
            return "a submission may not start threads or use concurrency; compute on the calling thread";
        }
        if (type.startsWith("java/lang/reflect/") || type.startsWith("java/lang/invoke/") || type.equals("java/lang/Class")
                || type.equals("java/lang/Module") || type.equals("java/lang/StackWalker")) {
            return "a submission may not use reflection";
        }
        if (type.contains("ClassLoader") || type.equals("java/util/ServiceLoader")) {
            return "a submission may not load classes itself";
        }
        if (type.startsWith("sun/") || type.startsWith("jdk/") || type.startsWith("com/sun/")) {
            return "a submission may not use JDK internals";
        }
        return call + " is not on the list of what submissions may use (java.lang basics, java.util, "
                + "java.util.function, java.util.stream, java.math, java.text and the exercises API)";
    }

    /** The class a descriptor-ish owner names: arrays are unwrapped, primitives give null. */
    private static String elementType(String owner) {
        String t = owner;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.startsWith("L") && t.endsWith(";")) {
            return t.substring(1, t.length() - 1);
        }
        return t.length() == 1 ? null : t;
    }
}
