# Sourced by ./upskill and ./run-tests: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME when new enough, else the newest JDK under /usr/lib/jvm, else `java` on the PATH.

upskill_java_major() {
	"$1" -XshowSettings:properties -version 2>&1 |
		awk -F'= ' '/java.specification.version/ { v = $2; sub(/^1\./, "", v); print int(v); exit }'
}

upskill_find_java() {
	local candidate major
	local candidates=()
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
	if [ -d /usr/lib/jvm ]; then
		while IFS= read -r candidate; do candidates+=("$candidate"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
	fi
	if command -v java >/dev/null 2>&1; then
		candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
	fi
	for candidate in "${candidates[@]}"; do
		[ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		major=$(upskill_java_major "$candidate/bin/java")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			if [ "$major" -ge 24 ]; then
				# Maven's Guice uses sun.misc.Unsafe; JDK 24+ warns about it on every build.
				export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
			fi
			return 0
		fi
	done
	echo "error: Upskill Workbench needs a JDK 21 or newer (java and javac)." >&2
	echo "       Install one, for example 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK," >&2
	echo "       or set JAVA_HOME to it. Looked at: ${candidates[*]:-nothing}" >&2
	return 1
}
