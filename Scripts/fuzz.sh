#!/usr/bin/env bash
# Fuzzes BylineKit's whole parse with libFuzzer for SECONDS (default 60).
#
#   Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags…]
#
# Builds Fuzz/ParseFuzzer.swift together with every BylineKit source file in one
# swiftc invocation (-sanitize=fuzzer,address) into .build-fuzz/, seeds the
# corpus in .build-fuzz/corpus from Articles/ (and keeps what it learns there
# between runs), and writes any crashing input to .build-fuzz/crashes/.
# Exit status: 1 when the fuzzer found a failing input (a crash, a trapped
# invariant, a timeout or running out of memory: a file in .build-fuzz/crashes/);
# otherwise 0, also when the toolchain cannot build or run a fuzzer (the reason
# is printed, nothing is fuzzed). Reproduce a crash with
#   .build-fuzz/byline-parse-fuzzer .build-fuzz/crashes/crash-…
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
out=.build-fuzz
mkdir -p "$out/corpus" "$out/crashes"

if [[ $(uname -s) != Linux ]]; then
    echo "fuzz.sh: skipped: libFuzzer via swiftc -sanitize=fuzzer needs the Linux toolchain" >&2
    exit 0
fi
swiftc=${SWIFTC:-$(command -v swiftc || true)}
if [[ -z $swiftc ]]; then
    echo "fuzz.sh: skipped: swiftc not found" >&2
    exit 0
fi

sources=()
while IFS= read -r -d '' file; do sources+=("$file"); done < <(find Sources/BylineKit -name '*.swift' -print0 | sort -z)
binary=$out/byline-parse-fuzzer
newest=$(ls -t "${sources[@]}" Sources/CLibXML2/shim.h Sources/CMalloc/shim.h Fuzz/ParseFuzzer.swift "$0" | head -1)
if [[ ! -x $binary || $newest -nt $binary ]]; then
    echo "fuzz.sh: building $binary" >&2
    # BylineKit reads web pages with libxml2 (the CLibXML2 module map) and
    # hands memory back with glibc's malloc_trim (the CMalloc module map)
    xml_flags=(-I Sources/CLibXML2 -I Sources/CMalloc -lxml2)
    for flag in $(pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2); do xml_flags+=(-Xcc "$flag"); done
    if ! "$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g -module-name BylineFuzz \
        -module-cache-path "$out/module-cache" "${xml_flags[@]}" \
        "${sources[@]}" Fuzz/ParseFuzzer.swift -o "$binary.new" >"$out/build.log" 2>&1; then
        # an error in our own code fails (the fuzzer must follow the code it
        # fuzzes); only a toolchain without the sanitiser is a reason to skip
        if grep -qE '^(Sources|Fuzz)/[^:]+:[0-9]+:[0-9]+: error:' "$out/build.log"; then
            echo "fuzz.sh: the fuzzer does not compile (see $out/build.log):" >&2
            grep -E '^(Sources|Fuzz)/[^:]+:[0-9]+:[0-9]+: error:' "$out/build.log" | head -n 5 >&2
            exit 1
        fi
        echo "fuzz.sh: skipped: this toolchain cannot build with -sanitize=fuzzer,address (see $out/build.log):" >&2
        tail -n 5 "$out/build.log" >&2
        exit 0
    fi
    mv -f "$binary.new" "$binary"   # a new file: a fuzzer still running keeps its old one
fi

for article in Articles/*.txt Articles/*.md; do
    [[ -f $article ]] && cp -n "$article" "$out/corpus/" 2>/dev/null
done

echo "fuzz.sh: fuzzing for $seconds seconds (corpus $out/corpus, crashes in $out/crashes/)" >&2
# -rss_limit_mb: the parse of a large input is allowed its memory; -max_len
# lets the fuzzer grow inputs past the default 4 KiB towards real article sizes.
# -detect_leaks=0: the Swift runtime's caches live until exit by design.
before=$(ls "$out/crashes" | wc -l)
"$binary" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=60 \
    -detect_leaks=0 -artifact_prefix="$out/crashes/" -print_final_stats=1 "$@"
status=$?
after=$(ls "$out/crashes" | wc -l)
if ((status != 0 && after > before)); then
    echo "fuzz.sh: the fuzzer found a failing input (status $status):" >&2
    ls -t "$out/crashes" | head -n $((after - before)) | sed "s|^|  $out/crashes/|" >&2
    exit 1
elif ((status != 0)); then
    echo "fuzz.sh: the fuzzer stopped with status $status but saved no failing input; not counted as a crash" >&2
fi
exit 0
