package tangent.grader.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks a submission's class files against the allow-list of {@link CallPolicy} before any of
 * them is loaded: every class it extends or implements, every method it calls, every field it
 * reads, every class it creates, casts to or names as a literal, every method reference, and the
 * bootstrap of every invokedynamic (only the ones javac emits for lambdas, string concatenation,
 * records and switches). Native methods and classes declared in JDK or grader packages are refused.
 */
public final class BytecodePolicy {

    /** At most this many violations are reported: the first ones say enough. */
    private static final int MAX_REPORTED = 20;

    private static final List<String> RESERVED_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "tangent/", "org/junit/", "org/matheclipse/", "org/apache/commons/");

    private final List<String> apiPrefixes;

    /** @param apiPackages packages of the exercises API, which submissions may use freely */
    public BytecodePolicy(List<String> apiPackages) {
        this.apiPrefixes = apiPackages.stream().map(p -> p.replace('.', '/') + "/").toList();
    }

    /** The violations in the class files under {@code classes}, in a stable order; empty when all is allowed. */
    public List<Violation> check(Path classes) {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] bytes = in.readAllBytes();
                    files.put(new ClassReader(bytes).getClassName(), bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> own = files.keySet();
        Set<Violation> found = new LinkedHashSet<>();
        files.keySet().stream().sorted().forEach(name -> new ClassReader(files.get(name))
                .accept(new Checker(own, found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES));
        List<Violation> list = new ArrayList<>(found);
        return list.size() > MAX_REPORTED ? List.copyOf(list.subList(0, MAX_REPORTED)) : List.copyOf(list);
    }

    private final class Checker extends ClassVisitor {
        private final Set<String> own;
        private final Set<Violation> found;
        private String className;

        Checker(Set<String> own, Set<Violation> found) {
            super(Opcodes.ASM9);
            this.own = own;
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
            for (String reserved : RESERVED_PACKAGES) {
                if (name.startsWith(reserved)) {
                    found.add(new Violation(className, "", "package " + reserved.replace('/', '.') + "*",
                            "a submission may not declare classes in the packages of the JDK, the grader or its "
                                    + "libraries; use a package of your own"));
                }
            }
            if (superName != null) {
                use(superName, "", "");
            }
            for (String i : interfaces) {
                use(i, "", "");
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                found.add(new Violation(className, name, "a native method", "a submission may not use native code"));
            }
            if (name.equals("finalize") && descriptor.equals("()V")) {
                // The JVM runs finalizers on a thread of its own, whenever it likes: after the test,
                // even during the next submission graded in the same worker.
                found.add(new Violation(className, name, "a finalize() method", "a submission may not declare "
                        + "finalize(): the JVM runs it later on a thread of its own; release nothing, or use try-finally"));
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
                    use(owner, member, name);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String member, String desc) {
                    use(owner, member, name);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    use(type, "", name);
                }

                @Override
                public void visitMultiANewArrayInsn(String desc, int dims) {
                    use(desc, "", name);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value, name);
                }

                @Override
                public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                        org.objectweb.asm.Label handler, String type) {
                    if (type != null) {
                        use(type, "", name);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... args) {
                    if (!CallPolicy.isJavacBootstrap(bootstrap.getOwner())) {
                        found.add(new Violation(className, name, bootstrap.getOwner().replace('/', '.') + "."
                                + bootstrap.getName(), "only the invokedynamic forms javac emits are allowed"));
                    }
                    for (Object arg : args) {
                        constant(arg, name);
                    }
                }
            };
        }

        private void constant(Object value, String method) {
            if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                use(type.getDescriptor(), "", method);
            } else if (value instanceof Handle handle) {
                use(handle.getOwner(), handle.getName(), method);
            }
        }

        private void use(String owner, String member, String method) {
            Optional<String> refusal = CallPolicy.refusal(owner, member, own, apiPrefixes);
            refusal.ifPresent(reason -> found.add(new Violation(className, method,
                    readable(owner) + (member.isEmpty() ? "" : "." + member), reason)));
        }
    }

    private static String readable(String owner) {
        String t = owner;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.startsWith("L") && t.endsWith(";")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace('/', '.');
    }
}
