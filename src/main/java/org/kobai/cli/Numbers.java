package org.kobai.cli;

import org.kobai.math.NumberText;

/** Reads the numbers typed after an option: one number, or a comma-separated list. */
final class Numbers {
    private Numbers() {}

    /** One number as a learner types it (1.5, -2, 1/6, pi); the message names the option. */
    static double one(String option, String typed) {
        try {
            return NumberText.parse(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    /** A comma-separated list of numbers, at least one. */
    static double[] list(String option, String typed) {
        String[] parts = typed.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new IllegalArgumentException(option + ": number " + (i + 1) + " is missing in '" + typed + "'");
            }
            out[i] = one(option, parts[i]);
        }
        return out;
    }
}
