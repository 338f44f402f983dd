package tangent.grader.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import tangent.course.Exercise;

/**
 * The starter's Java files, written from the course's {@code @Exercise} interfaces rather than kept
 * by hand: per task X, {@code student/MyX.java}, whose methods throw {@link StarterProject#NOT_IMPLEMENTED},
 * and {@code student/MyXTest.java}, which runs the public samples ({@code XSamples}, beside X) against
 * it. Methods come in the interface's own order (read from its class file); parameter names come from
 * the class file too, so the course compiles with {@code -parameters}.
 */
final class Stubs {

    /** The package the starter's classes live in. */
    static final String PACKAGE = "student";

    private Stubs() {
    }

    /** Relative path to content, for every exercise. */
    static Map<String, byte[]> of(List<Class<?>> exercises) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Class<?> exercise : exercises) {
            String name = "My" + exercise.getSimpleName();
            files.put("src/main/java/" + starterClass(exercise), bytes(implementation(exercise)));
            files.put("src/test/java/" + PACKAGE + "/" + name + "Test.java", bytes(sampleTest(exercise)));
        }
        return files;
    }

    /** Where the starter's class for an exercise X is, below the source root: {@code student/MyX.java}. */
    static String starterClass(Class<?> exercise) {
        return PACKAGE + "/My" + exercise.getSimpleName() + ".java";
    }

    /** {@code MyX implements X}, every abstract method throwing "not implemented yet". */
    static String implementation(Class<?> exercise) throws IOException {
        Imports imports = new Imports();
        String implemented = imports.render(exercise);
        StringBuilder body = new StringBuilder();
        for (Method method : abstractMethods(exercise)) {
            body.append("\n    @Override\n    public ");
            if (method.getTypeParameters().length > 0) {
                body.append('<').append(Arrays.stream(method.getTypeParameters()).map(v -> declare(v, imports))
                        .collect(Collectors.joining(", "))).append("> ");
            }
            body.append(imports.render(method.getGenericReturnType())).append(' ').append(method.getName()).append('(');
            List<String> parameters = new ArrayList<>();
            Parameter[] declared = method.getParameters();
            Type[] types = method.getGenericParameterTypes();
            for (int i = 0; i < declared.length; i++) {
                String type = imports.render(types[i]);
                if (method.isVarArgs() && i == declared.length - 1) {
                    type = type.substring(0, type.length() - 2) + "...";
                }
                parameters.add(type + " " + declared[i].getName());
            }
            body.append(String.join(", ", parameters)).append(')');
            Type[] thrown = method.getGenericExceptionTypes();
            if (thrown.length > 0) {
                body.append(" throws ").append(Arrays.stream(thrown).map(imports::render).collect(Collectors.joining(", ")));
            }
            body.append(" {\n        throw new UnsupportedOperationException(\"").append(StarterProject.NOT_IMPLEMENTED)
                    .append("\");\n    }\n");
        }
        Exercise about = exercise.getAnnotation(Exercise.class);
        String lesson = about.lesson().matches("L\\d+") ? "Lesson " + about.lesson().substring(1) : about.lesson();
        String title = about.title().isEmpty() ? about.title() : Character.toLowerCase(about.title().charAt(0))
                + about.title().substring(1);
        return "package " + PACKAGE + ";\n\n" + imports + "\n/** " + lesson + ": " + title + ". The task is in the Javadoc of "
                + exercise.getSimpleName() + ". */\npublic class My" + exercise.getSimpleName() + " implements "
                + implemented + " {\n" + body + "}\n";
    }

    /** {@code MyXTest extends XSamples}, handing the samples a {@code MyX}. */
    static String sampleTest(Class<?> exercise) {
        String x = exercise.getSimpleName();
        return "package " + PACKAGE + ";\n\nimport " + exercise.getName() + ";\nimport " + exercise.getName() + "Samples;\n\n"
                + "/** The public samples for " + x + ", run against your class. */\nclass My" + x + "Test extends " + x
                + "Samples {\n\n    @Override\n    protected " + x + " create() {\n        return new My" + x + "();\n    }\n}\n";
    }

    /** The methods a class must write, in the order the interface declares them. */
    private static List<Method> abstractMethods(Class<?> exercise) throws IOException {
        List<Method> methods = new ArrayList<>();
        for (String key : declarationOrder(exercise)) {
            for (Method m : exercise.getDeclaredMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && !m.isSynthetic()
                        && key.equals(m.getName() + org.objectweb.asm.Type.getMethodDescriptor(m))) {
                    methods.add(m);
                }
            }
        }
        for (Class<?> parent : exercise.getInterfaces()) {
            if (!parent.isAnnotationPresent(Exercise.class)) {
                methods.addAll(abstractMethods(parent)); // an API interface it extends (not another task)
            }
        }
        return methods;
    }

    /** Name plus descriptor of each method, in class-file order, which is the source's. */
    private static List<String> declarationOrder(Class<?> type) throws IOException {
        List<String> order = new ArrayList<>();
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            if (in == null) {
                throw new IOException("cannot read the class file of " + type.getName());
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
                    order.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return order;
    }

    private static String declare(TypeVariable<?> variable, Imports imports) {
        List<String> bounds = Arrays.stream(variable.getBounds()).filter(b -> b != Object.class).map(imports::render).toList();
        return variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The imports a stub needs, sorted; types are written by their simple names. */
    private static final class Imports {
        private final Set<String> names = new TreeSet<>();

        void add(Class<?> type) {
            Class<?> top = type;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            if (!top.isPrimitive() && !top.getPackageName().equals("java.lang") && !top.getPackageName().equals(PACKAGE)) {
                names.add(top.getName());
            }
        }

        String render(Type type) {
            if (type instanceof Class<?> c) {
                if (c.isArray()) {
                    return render(c.getComponentType()) + "[]";
                }
                add(c);
                return c.getEnclosingClass() == null ? c.getSimpleName() : render(c.getEnclosingClass()) + "." + c.getSimpleName();
            }
            if (type instanceof ParameterizedType p) {
                return render(p.getRawType()) + "<" + Arrays.stream(p.getActualTypeArguments()).map(this::render)
                        .collect(Collectors.joining(", ")) + ">";
            }
            if (type instanceof GenericArrayType a) {
                return render(a.getGenericComponentType()) + "[]";
            }
            if (type instanceof WildcardType w) {
                if (w.getLowerBounds().length > 0) {
                    return "? super " + render(w.getLowerBounds()[0]);
                }
                Type upper = w.getUpperBounds()[0];
                return upper == Object.class ? "?" : "? extends " + render(upper);
            }
            return type.getTypeName(); // a type variable
        }

        @Override
        public String toString() {
            return names.stream().map(n -> "import " + n + ";\n").collect(Collectors.joining());
        }
    }
}
