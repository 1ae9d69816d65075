#!/usr/bin/env bash
# Re-takes the screenshots in this folder from the current build: mvn package first.
# Needs a display; on a server run it under xvfb-run (package xvfb).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../../target/kobai.jar}
shoot() { # name lang theme lesson step scale [java options, e.g. -Dkobai.show=projector] [a settings line] [a scene file to open]
  cfg=$(mktemp -d)
  printf 'language=%s\ntheme=%s\nlast.lesson=%s\nlast.step=%s\nscale=%s\nwindow.width=1400\nwindow.height=860\n' \
    "$2" "$3" "$4" "$5" "$6" > "$cfg/settings.properties"
  printf '%s\n' "${8:-}" >> "$cfg/settings.properties"
  # A learner part-way through, for the navigator's ticks and the progress overview.
  printf 'linearity.seen=0,1,2,3,4\nlinearity.attempted=4\nlinearity.solved=3\nderivative.seen=0,1,2\nderivative.attempted=2\nderivative.solved=1\npartial.seen=0\n' \
    > "$cfg/progress.properties"
  timeout -s QUIT -k 5 60 java -Dkobai.config.dir="$cfg" ${7:-} -Dkobai.snapshot="$here/$1.png" -jar "$jar" ${9:+"$here/$9"} || echo "$1: no picture within 60 s" >&2
  rm -rf "$cfg"
}
shoot linearity-en-light en LIGHT linearity 2 1.0
shoot linearity-ja-light ja LIGHT linearity 0 1.0
shoot linearity-ja-dark ja DARK linearity 4 1.0
shoot linearity-en-dark en DARK linearity 1 1.0
shoot linearity-en-projector en HIGH_CONTRAST linearity 4 1.4
shoot derivative-en-light en LIGHT derivative 1 1.0
shoot derivative-ja-light ja LIGHT derivative 3 1.0
shoot derivative-en-dark en DARK derivative 4 1.0
shoot partial-en-light en LIGHT partial 1 1.0
shoot partial-ja-dark ja DARK partial 3 1.0
shoot gradient-en-light en LIGHT gradient 1 1.0
shoot gradient-ja-dark ja DARK gradient 2 1.0
shoot gradient-en-jacobian en LIGHT gradient 3 1.0
shoot systems-en-light en LIGHT systems 1 1.0
shoot systems-ja-singular ja LIGHT systems 2 1.0
shoot systems-en-sweep en LIGHT systems 4 1.0
shoot systems-ja-dark ja DARK systems 5 1.0
shoot regression-en-light en LIGHT regression 1 1.0
shoot regression-ja-light ja LIGHT regression 3 1.0
shoot regression-en-dark en DARK regression 5 1.0
shoot regression-en-descent en LIGHT regression 4 1.0
shoot descent-en-surface en LIGHT descent 1 1.0
shoot descent-ja-compare ja LIGHT descent 3 1.0
shoot descent-en-regimes en LIGHT descent 4 1.0
shoot descent-en-surface3d en LIGHT descent 1 1.0 "" "" descent-surface3d.kobai
shoot descent-ja-compare3d ja LIGHT descent 3 1.0 "" "" descent-compare3d.kobai
shoot vectors-en-light en LIGHT vectors 1 1.0
shoot vectors-ja-light ja LIGHT vectors 4 1.0
shoot matrices-en-light en LIGHT matrices 2 1.0
shoot matrices-ja-dark ja DARK matrices 6 1.0
shoot series-en-light en LIGHT series 1 1.0
shoot series-ja-dark ja DARK series 4 1.0
shoot statistics-en-light en LIGHT statistics 2 1.0
shoot statistics-ja-light ja LIGHT statistics 4 1.0
shoot expectation-en-light en LIGHT expectation 2 1.0
shoot bayes-en-light en LIGHT bayes 1 1.0
shoot bayes-ja-light ja LIGHT bayes 2 1.0
shoot normal-en-light en LIGHT normal 0 1.0
shoot normal-ja-dark ja DARK normal 2 1.0
shoot projector-en-derivative en HIGH_CONTRAST derivative 0 1.0 -Dkobai.show=projector projector.hide.derivative=other
shoot projector-ja-normal ja LIGHT normal 1 1.0 -Dkobai.show=projector
shoot walkthrough-en-derivative en LIGHT derivative 0 1.0 -Dkobai.show=walkthrough
shoot walkthrough-ja-descent ja LIGHT descent 0 1.0 -Dkobai.show=walkthrough
# practice,slip: a likely slip in exercise -Dkobai.exercise=k checked (its hint), then the worked solution
shoot derivative-en-practice en LIGHT derivative 4 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7"
shoot partial-ja-practice ja LIGHT partial 3 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=1"
shoot gradient-en-practice en LIGHT gradient 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot descent-en-practice en LIGHT descent 0 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot regression-ja-practice ja LIGHT regression 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot vectors-ja-practice ja LIGHT vectors 3 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=3"
shoot matrices-en-practice en LIGHT matrices 2 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=1"
shoot systems-en-practice en LIGHT systems 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot series-ja-practice ja LIGHT series 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot statistics-en-practice en LIGHT statistics 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=1"
shoot expectation-ja-practice ja LIGHT expectation 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot bayes-en-practice en LIGHT bayes 2 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot normal-ja-practice ja LIGHT normal 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot linearity-en-practice en LIGHT linearity 1 1.0 "-Dkobai.show=practice,slip -Dkobai.exercise.seed=7 -Dkobai.exercise=0"
shoot progress-en en LIGHT linearity 0 1.0 -Dkobai.show=progress
