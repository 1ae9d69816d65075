"""Reference values for the normal-distribution tests, computed with mpmath at 50 significant digits.

Run: python3 src/test/python/normal_reference.py
The printed rows are pasted into ErrorFunctionTest and NormalDistributionTest.
"""
from mpmath import mp, erf, erfc, ncdf, npdf, mpf

mp.dps = 50

print("// x, erf(x), erfc(x)")
for x in ["-5", "-1", "-0.25", "0.1", "0.46875", "0.5", "1", "2", "3.999", "4", "4.001", "6", "10", "20", "26"]:
    v = mpf(x)
    print("{%s, %s, %s}," % (x, mp.nstr(erf(v), 20), mp.nstr(erfc(v), 20)))

print("// z, Phi(z) for N(0, 1)")
for z in ["-37", "-30", "-20", "-10", "-5", "-3", "-1", "0", "1", "3"]:
    print("{%s, %s}," % (z, mp.nstr(ncdf(mpf(z)), 20)))

print("// within k sigma: P(mu - k sigma <= X <= mu + k sigma) = erf(k / sqrt 2)")
for k in [1, 2, 3]:
    print("{%d, %s}," % (k, mp.nstr(erf(mpf(k) / mp.sqrt(2)), 20)))

print("// density of N(2, 0.5^2) at x")
for x in ["2", "3", "-4"]:
    print("{%s, %s}," % (x, mp.nstr(npdf(mpf(x), 2, mpf("0.5")), 20)))
