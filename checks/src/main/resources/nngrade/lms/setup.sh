#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder's image (its Ubuntu base image): a JDK 17
# to compile and run submissions, bubblewrap to sandbox them, prlimit (util-linux) for their rlimits;
# then, with that JDK, what the grader keeps beside its jars to start fast (prepare_grader).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless bubblewrap util-linux
java -version
"${NNGRADE_AUTOGRADER_ROOT:-/autograder}/source/prepare_grader"
