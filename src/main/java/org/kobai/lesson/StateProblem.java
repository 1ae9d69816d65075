package org.kobai.lesson;

/**
 * One thing a saved lesson state held that could not be restored: the key, the text it had, and why.
 * The app words it in the learner's language.
 */
public record StateProblem(String key, String value, Reason reason) {
    public enum Reason {
        /** Not a number where a number belongs. */
        NOT_A_NUMBER,
        /** A number outside what the parameter (or the step count) allows. */
        OUT_OF_RANGE,
        /** A key this lesson does not have (from another version, or misspelt). */
        UNKNOWN,
        /** Text the lesson could not read, such as a function with a typo. */
        NOT_READABLE
    }
}
