package tangent.grader.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads a submission's class files and matches its classes to exercise interfaces. A class
 * implements an exercise when the interface is among its own, its superclasses' or their
 * super-interfaces' (as far as the submission and the API declare them). To be used it must be
 * concrete, public, top-level or static nested, with a public constructor taking no arguments.
 */
public final class ImplementationFinder {

    private final List<String> apiPrefixes;

    /** @param apiPackages the packages of the exercises API, whose interfaces may extend each other */
    public ImplementationFinder(List<String> apiPackages) {
        this.apiPrefixes = apiPackages.stream().map(p -> p.replace('.', '/') + "/").toList();
    }

    /** Finds an implementation (or the reason there is none) for each exercise interface. */
    public Map<String, Implementation> find(List<Path> classpath, Collection<Class<?>> exercises) {
        Map<String, ClassInfo> classes = new HashMap<>();
        for (Path root : classpath) {
            read(root, classes);
        }
        Map<String, Implementation> result = new LinkedHashMap<>();
        for (Class<?> exercise : exercises) {
            result.put(exercise.getName(), resolve(exercise, classes));
        }
        return result;
    }

    private Implementation resolve(Class<?> exercise, Map<String, ClassInfo> classes) {
        String internal = exercise.getName().replace('.', '/');
        List<ClassInfo> candidates = classes.values().stream()
                .filter(c -> !c.isInterface() && !c.isAbstract() && typesOf(c, classes).contains(internal))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        String simple = exercise.getSimpleName();
        if (candidates.isEmpty()) {
            return new Implementation.Missing(exercise.getName(), "no class implements " + simple
                    + ": add a public class such as `public class My" + simple + " implements " + simple
                    + "` (import " + exercise.getName() + ") with a public no-argument constructor.");
        }
        List<ClassInfo> usable = candidates.stream().filter(ClassInfo::isUsable).toList();
        if (usable.size() > 1) {
            return new Implementation.Missing(exercise.getName(), "several classes implement " + simple + " ("
                    + String.join(", ", usable.stream().map(ClassInfo::javaName).toList())
                    + "): keep exactly one, so the grader knows which to test.");
        }
        if (usable.size() == 1) {
            return new Implementation.Found(exercise.getName(), usable.get(0).javaName());
        }
        ClassInfo first = candidates.get(0);
        String why = !first.isPublic() ? "is not public: declare it `public class`"
                : first.isInnerNonStatic() ? "is an inner class: make it a top-level class or a static nested one"
                : "has no public constructor without arguments: add `public " + first.simpleName() + "() {}`";
        return new Implementation.Missing(exercise.getName(), first.javaName() + " implements " + simple
                + " but " + why + ".");
    }

    /** Every interface and superclass of a class, by internal name, as far as they can be followed. */
    private Set<String> typesOf(ClassInfo start, Map<String, ClassInfo> classes) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start.name());
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            ClassInfo info = classes.get(name);
            if (info != null) {
                if (info.superName() != null) {
                    todo.add(info.superName());
                }
                todo.addAll(info.interfaces());
            } else {
                todo.addAll(apiSupertypes(name));
            }
        }
        return seen;
    }

    /** Super-interfaces of an API interface (student classes may extend exercise interfaces). */
    private List<String> apiSupertypes(String internalName) {
        if (apiPrefixes.stream().noneMatch(internalName::startsWith)) {
            return List.of();
        }
        try {
            Class<?> type = Class.forName(internalName.replace('/', '.'), false, ImplementationFinder.class.getClassLoader());
            List<String> names = new ArrayList<>();
            for (Class<?> i : type.getInterfaces()) {
                names.add(i.getName().replace('.', '/'));
            }
            return names;
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }

    /** Reads the class files of a folder or a jar. */
    private static void read(Path root, Map<String, ClassInfo> classes) {
        if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                for (var entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            ClassInfo info = ClassInfo.read(new ClassReader(in));
                            classes.putIfAbsent(info.name(), info);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassInfo info = ClassInfo.read(new ClassReader(in));
                    classes.putIfAbsent(info.name(), info);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What discovery needs to know of one class file. */
    private record ClassInfo(String name, int access, String superName, List<String> interfaces,
            boolean hasPublicNoArgConstructor, boolean isInnerNonStatic) {

        static ClassInfo read(ClassReader reader) {
            Collector collector = new Collector();
            reader.accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new ClassInfo(collector.name, collector.access, collector.superName, collector.interfaces,
                    collector.publicNoArg, collector.innerNonStatic);
        }

        boolean isInterface() {
            return (access & Opcodes.ACC_INTERFACE) != 0;
        }

        boolean isAbstract() {
            return (access & Opcodes.ACC_ABSTRACT) != 0;
        }

        boolean isPublic() {
            return (access & Opcodes.ACC_PUBLIC) != 0;
        }

        boolean isUsable() {
            return isPublic() && !isInnerNonStatic && hasPublicNoArgConstructor;
        }

        String javaName() {
            return name.replace('/', '.');
        }

        String simpleName() {
            String java = javaName();
            return java.substring(Math.max(java.lastIndexOf('.'), java.lastIndexOf('$')) + 1);
        }
    }

    private static final class Collector extends ClassVisitor {
        String name;
        int access;
        String superName;
        List<String> interfaces = List.of();
        boolean publicNoArg;
        boolean innerNonStatic;

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            this.access = access;
            this.superName = superName;
            this.interfaces = List.of(interfaces);
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            if (name.equals(this.name)) {
                // The InnerClasses entry holds the true modifiers of a nested class.
                this.access = (this.access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED))
                        | (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED));
                this.innerNonStatic = (access & Opcodes.ACC_STATIC) == 0;
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (name.equals("<init>") && descriptor.equals("()V") && (access & Opcodes.ACC_PUBLIC) != 0) {
                publicNoArg = true;
            }
            return null;
        }
    }
}
