package java.lang.evil;

/** A class in a JDK package: the JVM would refuse to define it; the policy refuses it first. */
public class Patch {
    public static String hello() {
        return "patched";
    }
}
