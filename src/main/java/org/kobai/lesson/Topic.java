package org.kobai.lesson;

/** The navigator's groups, in the order they are shown. */
public enum Topic {
    CALCULUS, OPTIMIZATION, LINEAR_ALGEBRA, SEQUENCES_AND_SERIES, STATISTICS_AND_PROBABILITY;

    /** The key of this topic's name in the application bundle. */
    public String messageKey() {
        return "topic." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
