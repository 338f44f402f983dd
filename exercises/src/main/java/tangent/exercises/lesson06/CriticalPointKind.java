package tangent.exercises.lesson06;

/** What a critical point of a function is, by the second-derivative test. */
public enum CriticalPointKind {
    /** f'' &lt; 0 there: f is concave down, every nearby value is lower. */
    LOCAL_MAXIMUM,
    /** f'' &gt; 0 there: f is concave up, every nearby value is higher. */
    LOCAL_MINIMUM,
    /** f' touches 0 without changing sign (like x^3 at 0): neither a maximum nor a minimum. */
    NEITHER
}
