package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Matrices of fractions: article 000's worked examples exactly, and every way a matrix can be refused. */
class RationalMatrixTest {
    private static final RationalMatrix ARTICLE_A = RationalMatrix.parse("4,5;-1,3");

    private static Rational r(long p, long q) {
        return Rational.of(p, q);
    }

    @Test
    void article000Product() {
        // article 000: (1 2; 3 4)(5 6; 7 8) = (1·5+2·7, 1·6+2·8; 3·5+4·7, 3·6+4·8) = (19 22; 43 50)
        RationalMatrix a = RationalMatrix.parse("1,2;3,4");
        RationalMatrix b = RationalMatrix.parse("5,6;7,8");
        assertThat(a.times(b)).isEqualTo(RationalMatrix.of(new long[][] {{19, 22}, {43, 50}}));
        // and AB ≠ BA: BA = (5+18, 10+24; 7+24, 14+32) = (23 34; 31 46), by hand
        assertThat(b.times(a)).isEqualTo(RationalMatrix.of(new long[][] {{23, 34}, {31, 46}}));
    }

    @Test
    void article000Identity() {
        // article 000: the 3×3 identity E and AE = EA = A
        RationalMatrix e = RationalMatrix.identity(3);
        assertThat(e).isEqualTo(RationalMatrix.of(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
        RationalMatrix a = RationalMatrix.parse("1/2, -3, 4; 0.25, 5, 6; 7, 8, -9");
        assertThat(a.times(e)).isEqualTo(a);
        assertThat(e.times(a)).isEqualTo(a);
    }

    @Test
    void article000InverseByTheFormula() {
        // article 000: (4 5; −1 3)⁻¹ = 1/(4·3 − 5·(−1)) (3 −5; 1 4) = 1/17 (3 −5; 1 4)
        assertThat(ARTICLE_A.determinant()).isEqualTo(Rational.of(17));
        RationalMatrix inverse = ARTICLE_A.inverse();
        assertThat(inverse).isEqualTo(RationalMatrix.of(new Rational[][] {
                {r(3, 17), r(-5, 17)},
                {r(1, 17), r(4, 17)}}));
        assertThat(inverse.toString()).isEqualTo("3/17, -5/17; 1/17, 4/17");
        assertThat(ARTICLE_A.times(inverse)).isEqualTo(RationalMatrix.identity(2));
        assertThat(inverse.times(ARTICLE_A)).isEqualTo(RationalMatrix.identity(2));
    }

    @Test
    void article000SystemSolvedWithTheInverse() {
        // article 000 (erratum 3: the second equation is −x + 3y = 5): x = A⁻¹b = 1/17 (3·14 − 5·5, 14 + 4·5) = (1, 2)
        RationalMatrix b = RationalMatrix.parse("14;5");
        assertThat(ARTICLE_A.inverse().times(b)).isEqualTo(RationalMatrix.parse("1;2"));
    }

    @Test
    void twoByTwoFormulaAgreesWithTheSweepingOutMethod() {
        // A⁻¹ = 1/(ad − bc) (d −b; −c a) for several 2×2 matrices with ad − bc ≠ 0
        for (String typed : new String[] {"2,1;1,1", "1/2,3;-4,0.25", "0,1;1,0", "7,-3;5,2"}) {
            RationalMatrix m = RationalMatrix.parse(typed);
            Rational a = m.get(0, 0), b = m.get(0, 1), c = m.get(1, 0), d = m.get(1, 1);
            Rational det = a.times(d).minus(b.times(c));
            assertThat(m.determinant()).as(typed).isEqualTo(det);
            Rational k = det.reciprocal();
            RationalMatrix formula = RationalMatrix.of(new Rational[][] {
                    {k.times(d), k.times(b).negate()},
                    {k.times(c).negate(), k.times(a)}});
            assertThat(m.inverse()).as(typed).isEqualTo(formula);
        }
    }

    @Test
    void determinantCountsRowSwaps() {
        // det (0 1; 1 0) = 0·0 − 1·1 = −1; det of a 3×3 by cofactors: 2(3·1 − 0·4) − 0 + 1(1·4 − 3·0)... = 6 + 4 = 10
        assertThat(RationalMatrix.parse("0,1;1,0").determinant()).isEqualTo(Rational.of(-1));
        assertThat(RationalMatrix.parse("2,0,1;1,3,0;0,4,1").determinant()).isEqualTo(Rational.of(10));
        assertThat(RationalMatrix.parse("1,2;2,4").determinant()).isEqualTo(Rational.ZERO);
    }

    @Test
    void singularMatrixHasNoInverse() {
        assertThatThrownBy(() -> RationalMatrix.parse("2,1;4,2").inverse())
                .isInstanceOf(NoInverseException.class)
                .hasMessage("the matrix is singular (det = 0), so it has no inverse: ad - bc = 2*2 - 1*4 = 0");
        assertThatThrownBy(() -> RationalMatrix.parse("1,2,3;4,5,6;7,8,9").inverse())
                .isInstanceOf(NoInverseException.class)
                .hasMessage("the matrix is singular (det = 0), so it has no inverse");
        assertThatThrownBy(() -> RationalMatrix.parse("0,0;0,0").inverse()).isInstanceOf(NoInverseException.class);
    }

    @Test
    void shapesThatDoNotFit() {
        RationalMatrix twoByThree = RationalMatrix.parse("1,2,3;4,5,6");
        // (2×3)(2×3): A's 3 columns ≠ B's 2 rows
        assertThatThrownBy(() -> twoByThree.times(twoByThree)).hasMessage(
                "cannot multiply a 2x3 matrix by a 2x3 matrix: (m x n)(n x p) needs the first one's columns (3)"
                        + " to equal the second one's rows (2)");
        // (2×3)(3×2) fits and gives 2×2: (1+4+9, 4+10+18; 4+10+18, 16+25+36)
        RationalMatrix product = twoByThree.times(RationalMatrix.parse("1,4;2,5;3,6"));
        assertThat(product).isEqualTo(RationalMatrix.of(new long[][] {{14, 32}, {32, 77}}));
        assertThatThrownBy(twoByThree::inverse).hasMessage("only a square matrix has an inverse; this one is 2x3");
        assertThatThrownBy(twoByThree::determinant)
                .hasMessage("only a square matrix has a determinant; this one is 2x3");
    }

    @Test
    void parseNamesTheBadEntry() {
        assertThatThrownBy(() -> RationalMatrix.parse("1,2;3")).hasMessage(
                "row 2 has 1 entries but row 1 has 2; every row needs the same number");
        assertThatThrownBy(() -> RationalMatrix.parse("1,2;3,x")).hasMessage("row 2, column 2: not a number: x");
        assertThatThrownBy(() -> RationalMatrix.parse("1,;3,4")).hasMessage("row 1, column 2: empty");
        assertThatThrownBy(() -> RationalMatrix.parse("1,2;;3,4")).hasMessage("row 2 is empty");
        assertThatThrownBy(() -> RationalMatrix.parse("1/0")).hasMessage("row 1, column 1: division by zero: 1/0");
        assertThatThrownBy(() -> RationalMatrix.parse(" ")).hasMessage("the matrix is empty");
    }

    @Test
    void parseReadsSpacesFractionsAndDecimals() {
        assertThat(RationalMatrix.parse("1 2; 3 4")).isEqualTo(RationalMatrix.parse("1,2;3,4"));
        RationalMatrix m = RationalMatrix.parse(" 3/4 , \u22122 ; 0.5, 1e1 ");
        assertThat(m.toString()).isEqualTo("3/4, -2; 1/2, 10");
        assertThat(RationalMatrix.parse(m.toString())).isEqualTo(m);
        assertThat(m.shape()).isEqualTo("2x2");
    }
}
