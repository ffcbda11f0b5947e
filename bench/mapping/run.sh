#!/usr/bin/env bash
# Mapping benchmark: realistic contacts through mappings/default/ghl-contact-to-pushpress-customer, one thread
# pinned to one core; prints the rates for the same contacts mapped again (warm phone cache) and for contacts
# never seen before (cold). Results go to BENCHMARKS.md "## Mapping" by hand, with the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/classes:$(cat target/bench-classpath.txt)"
# Java runs the single source file directly (JEP 330): no build step of its own.
exec taskset -c 0 java -XX:+UseSerialGC -Xms512m -Xmx512m -cp "$classpath" bench/mapping/MappingBenchmark.java
