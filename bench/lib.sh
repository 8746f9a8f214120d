# Shared by bench/run-all and bench/smoke (sourced, not run).

# Main and test classes offline; the dependency classpath once into target/cp.txt (redone after pom.xml changes).
bench_build() {
    mvn -o -q test-compile
    if [ ! -s target/cp.txt ] || [ pom.xml -nt target/cp.txt ]; then
        mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    fi
}

bench_classpath() {
    echo "target/classes:target/test-classes:$(cat target/cp.txt)"
}

# The newest Flyway migration (V19, ...): a cached station is only valid for the schema it was built with.
bench_schema_version() {
    ls src/main/resources/db/migration | sed -n 's/^V\([0-9][0-9]*\)__.*/\1/p' | sort -n | tail -1 | sed 's/^/V/'
}

bench_commit() {
    local c
    c=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ -n "$(git status --porcelain 2>/dev/null)" ]; then c="$c-dirty"; fi
    echo "$c"
}
