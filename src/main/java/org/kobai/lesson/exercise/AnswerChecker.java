package org.kobai.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.ExpressionException;

/**
 * Reads what a student types as an answer and judges it. Each number may be written as a student would:
 * {@code 3/4}, {@code 0.75}, {@code −2}, {@code 2π}, {@code π/2}, {@code sqrt(2)}, {@code 1e-3}, full-width
 * digits, {@code ×}. Several numbers (a vector or a point) are separated by commas or semicolons, with or
 * without brackets: {@code (1, 2)}, {@code 1; 2}.
 */
public final class AnswerChecker {
    private AnswerChecker() {}

    public static Verdict check(Exercise exercise, String typed) {
        double[] numbers;
        try {
            numbers = read(typed);
        } catch (ExpressionException e) {
            return new Verdict.Unreadable(e.column(), e.reason(), exercise.answer().size(), -1);
        }
        if (numbers.length != exercise.answer().size()) {
            return new Verdict.Unreadable(0, "", exercise.answer().size(), numbers.length);
        }
        if (exercise.answer().matches(numbers)) {
            return new Verdict.Correct();
        }
        for (Exercise.Mistake m : exercise.mistakes()) {
            if (m.value().matches(numbers)) {
                return new Verdict.Wrong(m.hint(), true);
            }
        }
        return new Verdict.Wrong(exercise.hint(), false);
    }

    /**
     * The numbers in a typed answer.
     *
     * @throws ExpressionException with the column (in the whole text) of the first mistake
     */
    public static double[] read(String typed) {
        String text = typed.strip();
        int offset = typed.indexOf(text.isEmpty() ? typed : text);
        if (text.isEmpty()) {
            throw new ExpressionException(1, "type a number");
        }
        if (text.length() >= 2 && (text.charAt(0) == '(' || text.charAt(0) == '[')
                && (text.endsWith(")") || text.endsWith("]")) && separated(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1);
            offset++;
        }
        List<Double> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSeparator(text.charAt(i))) {
                String part = text.substring(start, i);
                out.add(number(part, offset + start));
                start = i + 1;
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean separated(String inside) {
        int depth = 0;
        for (char c : inside.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && isSeparator(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '\uff0c' || c == '\u3001' || c == '\uff1b'; // ， 、 ；
    }

    private static double number(String part, int offset) {
        if (part.isBlank()) {
            throw new ExpressionException(offset + 1, "a number is missing here");
        }
        try {
            Expression e = Expression.parse(part);
            if (!e.variables().isEmpty()) {
                String name = e.variables().iterator().next();
                int at = part.indexOf(name);
                throw new ExpressionException(Math.max(at, 0) + 1, "type a number, not '" + name + "'");
            }
            double v = e.valueAt(java.util.Map.of());
            if (!Double.isFinite(v)) {
                throw new ExpressionException(offset + 1, "this is not a finite number");
            }
            return v;
        } catch (ExpressionException e) {
            throw new ExpressionException(offset + e.column(), e.reason());
        }
    }
}
