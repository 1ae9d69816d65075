package org.kobai.math.expr;

import java.util.List;
import java.util.Optional;
import org.kobai.math.expr.Expression.Call;
import org.kobai.math.expr.Expression.Const;
import org.kobai.math.expr.Expression.Div;
import org.kobai.math.expr.Expression.Mul;
import org.kobai.math.expr.Expression.Neg;
import org.kobai.math.expr.Expression.Num;
import org.kobai.math.expr.Expression.Pow;
import org.kobai.math.expr.Expression.Sub;
import org.kobai.math.expr.Expression.Var;
import org.kobai.math.expr.ExpressionLexer.Kind;
import org.kobai.math.expr.ExpressionLexer.Token;

/**
 * Reads a typed function by recursive descent; nothing typed is ever run as code.
 *
 * <pre>
 * sum     = term { ("+" | "-") term }
 * term    = signed { ("*" | "/") signed | factor }      a factor side by side multiplies: 2x, x y, 3(x+1)
 * signed  = ("-" | "+") signed | power                  so -x^2 is -(x^2)
 * power   = primary [ "^" signed ]                      right-associative: 2^3^2 = 2^(3^2); 2^-1 works
 * primary = number | variable | constant | function "(" sum ")" | "(" sum ")" | "|" sum "|" | "√" primary
 * </pre>
 *
 * <ul>
 *   <li>Numbers: {@code 1}, {@code 2.5}, {@code .5}, {@code 1e-3}.</li>
 *   <li>Variables: one letter, optionally indexed: {@code x}, {@code y}, {@code w}, {@code θ}, {@code x1},
 *       {@code x_2}, {@code x₂}. {@code x2} is the variable x2, while {@code 2x} is 2·x. Several letters
 *       together ({@code xy}) are not read as a product: write {@code x y} or {@code x*y}.</li>
 *   <li>Constants {@code pi} ({@code π}) and {@code e}.</li>
 *   <li>Functions {@code sin cos tan exp ln log sqrt abs sign}, with parentheses; {@code log} is the natural
 *       logarithm, like {@code ln}; {@code ln|x|} is ln(|x|).</li>
 *   <li>Multiplying side by side binds like {@code *}, left to right: {@code 1/2x} is (1/2)·x. A number cannot
 *       follow another factor side by side ({@code x 2} is an error: x2 or x*2?).</li>
 *   <li>{@code −} {@code ×} {@code ·} {@code ÷}, full-width characters, {@code x²} and {@code **} are
 *       accepted.</li>
 * </ul>
 */
public final class ExpressionParser {
    /** Deeper nesting than this is refused instead of risking the stack. */
    static final int MAX_DEPTH = 100;
    /** Longer input than this many tokens is refused: learners' functions are short. */
    static final int MAX_TOKENS = 1000;
    private static final String OPERAND = "a number, variable or '('";

    private final List<Token> tokens;
    private int pos;
    private int depth;
    /** How many |…| are open at the current parenthesis level: there a '|' closes instead of opening. */
    private int openBars;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * The tree of a typed function.
     *
     * @throws ExpressionException with the 1-based column and what was expected, e.g.
     *                             {@code at column 7: expected ')'}
     */
    public static Expression parse(String typed) {
        if (typed == null) {
            throw new ExpressionException(1, "empty expression");
        }
        List<Token> tokens = ExpressionLexer.tokens(typed);
        if (tokens.get(0).kind() == Kind.END) {
            throw new ExpressionException(1, "empty expression");
        }
        if (tokens.size() > MAX_TOKENS) {
            throw new ExpressionException(tokens.get(MAX_TOKENS).column(),
                    "expression too long (at most " + MAX_TOKENS + " symbols)");
        }
        ExpressionParser parser = new ExpressionParser(tokens);
        Expression e = parser.sum();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new ExpressionException(rest.column(), rest.kind() == Kind.RPAREN
                    ? "unexpected ')' without a matching '('" : "expected an operator, found " + rest.shown());
        }
        return e;
    }

    private Expression sum() {
        Expression left = term();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            boolean plus = next().kind() == Kind.PLUS;
            Expression right = term();
            left = plus ? new Expression.Add(left, right) : new Sub(left, right);
        }
        return left;
    }

    private Expression term() {
        Expression left = signed();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.TIMES || t.kind() == Kind.DIVIDE) {
                next();
                Expression right = signed();
                left = t.kind() == Kind.TIMES ? new Mul(left, right) : new Div(left, right);
            } else if (startsFactor(t)) {
                left = new Mul(left, power());
            } else if (t.kind() == Kind.NUMBER) {
                throw new ExpressionException(t.column(), "expected an operator before the number " + t.text());
            } else {
                return left;
            }
        }
    }

    private boolean startsFactor(Token t) {
        return switch (t.kind()) {
            case NAME, LPAREN, ROOT -> true;
            case BAR -> openBars == 0;
            default -> false;
        };
    }

    private Expression signed() {
        Token t = peek();
        if (t.kind() != Kind.MINUS && t.kind() != Kind.PLUS) {
            return power();
        }
        next();
        enter(t);
        boolean literal = peek().kind() == Kind.NUMBER;
        Expression operand = signed();
        depth--;
        if (t.kind() == Kind.PLUS) {
            return operand;
        }
        // "-2" is the number −2, but -(2), -(-2) and -0 keep their minus so that they print back as typed
        return literal && operand instanceof Num n && n.value() != 0 ? new Num(-n.value()) : new Neg(operand);
    }

    private Expression power() {
        Expression base = primary();
        if (peek().kind() == Kind.CARET) {
            next();
            return new Pow(base, signed());
        }
        return base;
    }

    private Expression primary() {
        Token t = next();
        enter(t);
        try {
            return switch (t.kind()) {
                case NUMBER -> new Num(t.value());
                case NAME -> name(t);
                case LPAREN -> parenthesised();
                case BAR -> absoluteValue();
                case ROOT -> new Call(MathFunction.SQRT, primary());
                default -> throw expectedOperand(t);
            };
        } finally {
            depth--;
        }
    }

    private Expression parenthesised() {
        int bars = openBars;
        openBars = 0;
        Expression inside = sum();
        expect(Kind.RPAREN, "expected ')'");
        openBars = bars;
        return inside;
    }

    private Expression absoluteValue() {
        openBars++;
        Expression inside = sum();
        expect(Kind.BAR, "expected '|'");
        openBars--;
        return new Call(MathFunction.ABS, inside);
    }

    private Expression name(Token t) {
        String text = t.text();
        int digits = text.length();
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        String letters = text.substring(0, digits);
        Optional<MathFunction> function = MathFunction.named(letters);
        if (function.isPresent()) {
            Token after = peek();
            if (function.get() == MathFunction.LN && letters.equalsIgnoreCase("log") && digits < text.length()) {
                throw new ExpressionException(t.column(), "log is the natural logarithm and takes no base: for "
                        + text + "(x) write ln(x)/ln(" + text.substring(digits) + ")");
            }
            if (digits < text.length()) {
                throw new ExpressionException(t.column() + digits, "expected '(' after '" + letters + "'");
            }
            if (after.kind() == Kind.BAR) {
                return new Call(function.get(), primary()); // ln|x|
            }
            if (after.kind() != Kind.LPAREN) {
                throw new ExpressionException(after.column(), "expected '(' after '" + letters + "'");
            }
            next();
            return new Call(function.get(), parenthesised());
        }
        if (text.equals("\u03c0") || text.equalsIgnoreCase("pi")) {
            return new Const(Constant.PI);
        }
        if (text.equals("e")) {
            return new Const(Constant.E);
        }
        if (Variables.isValidName(text)) {
            return new Var(text);
        }
        if (peek().kind() == Kind.LPAREN) {
            throw new ExpressionException(t.column(), "unknown function '" + text + "'");
        }
        throw new ExpressionException(t.column(), "unknown name '" + text + "'" + hint(letters, text));
    }

    /** A suggestion for a name that is not known: sinx → sin(x), xy → x*y. */
    private static String hint(String letters, String text) {
        for (int n = letters.length() - 1; n >= 2; n--) {
            Optional<MathFunction> f = MathFunction.named(letters.substring(0, n));
            if (f.isPresent() && Variables.isValidName(text.substring(n))) {
                return " (write " + text.substring(0, n) + "(" + text.substring(n) + "))";
            }
        }
        if (letters.length() < 2 || letters.length() > 3
                || !letters.chars().allMatch(c -> Variables.isValidName(String.valueOf((char) c)))) {
            return "";
        }
        StringBuilder star = new StringBuilder();
        StringBuilder space = new StringBuilder();
        for (int k = 0; k < letters.length(); k++) {
            String part = k == letters.length() - 1 ? text.substring(k) : letters.substring(k, k + 1);
            star.append(k > 0 ? "*" : "").append(part);
            space.append(k > 0 ? " " : "").append(part);
        }
        return " (for a product write " + star + " or " + space + ")";
    }

    private ExpressionException expectedOperand(Token t) {
        if (t.kind() == Kind.END && pos >= 1) {
            return new ExpressionException(t.column(), "expected " + OPERAND + " after " + tokens.get(pos - 1).shown());
        }
        return new ExpressionException(t.column(), "expected " + OPERAND + ", found " + t.shown());
    }

    private void expect(Kind kind, String reason) {
        Token t = peek();
        if (t.kind() != kind) {
            throw new ExpressionException(t.column(), reason);
        }
        next();
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(t.column(), "too deeply nested (at most " + MAX_DEPTH + " levels)");
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }
}
