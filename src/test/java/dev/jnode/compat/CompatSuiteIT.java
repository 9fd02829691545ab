package dev.jnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compatibility suite: every {@code test/compat/**}{@code /*.js} runs under {@code bin/jnode}, and its
 * stdout, stderr and exit code must equal what Node 24 produced ({@code <case>.expected.json}, recorded by
 * {@code tools/record-compat.mjs}). Cases run in parallel; each becomes one test. Cases that use real npm packages
 * sit beside a {@code package.json} and {@code package-lock.json}: the suite installs those with {@code jnode ci}
 * (from the npm registry) before any case runs.
 */
class CompatSuiteIT {
    private static final Path ROOT = Path.of(System.getProperty("jnode.root", ".")).toAbsolutePath().normalize();
    private static final Path CASES = ROOT.resolve("test/compat");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int JOBS = Integer.getInteger("compat.jobs", 2);
    private static final long TIMEOUT_SECONDS = 60;
    private static final long INSTALL_TIMEOUT_SECONDS = 300;
    private static final String ARGV_MARK = "// compat-argv: ";

    record Outcome(int status, String stdout, String stderr, boolean timedOut) {
    }

    /** Each case's wall time, written as cases finish, to find the ones that make the suite slow. */
    private static final Path TIMES = ROOT.resolve("target/compat-times.tsv");

    @TestFactory
    Stream<DynamicTest> compatCases() throws Exception {
        installPackages();
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(CASES)) {
            cases = walk.filter(p -> p.toString().endsWith(".js") && ownFile(p)
                    && Files.exists(expectedFile(p))).sorted().toList();
        }
        Files.createDirectories(TIMES.getParent());
        Files.writeString(TIMES, "");
        ExecutorService pool = Executors.newFixedThreadPool(JOBS);
        List<Future<Outcome>> runs = new ArrayList<>();
        for (Path c : cases) {
            runs.add(pool.submit(() -> run(c)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            Future<Outcome> run = runs.get(i);
            tests.add(DynamicTest.dynamicTest(CASES.relativize(c).toString(), () -> check(c, run.get())));
        }
        return tests.stream();
    }

    /** Not inside an installed package or a fixture tree. */
    private static boolean ownFile(Path p) {
        return !p.toString().contains("/node_modules/") && !p.toString().contains("/fixtures/");
    }

    /** Runs {@code jnode ci} in every folder of cases that has a lockfile; a failed install fails the suite. */
    private static void installPackages() throws IOException, InterruptedException {
        List<Path> projects;
        try (Stream<Path> walk = Files.walk(CASES)) {
            projects = walk.filter(p -> p.getFileName().toString().equals("package-lock.json") && ownFile(p))
                    .map(Path::getParent).sorted().toList();
        }
        for (Path dir : projects) {
            Path log = Files.createTempFile("compat-install", ".log");
            try {
                Process p = new ProcessBuilder(ROOT.resolve("bin/jnode").toString(), "ci").directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                boolean done = p.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!done) {
                    p.destroyForcibly();
                }
                if (!done || p.exitValue() != 0) {
                    throw new IllegalStateException("jnode ci failed in " + dir + ":\n" + read(log));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }

    private static Path expectedFile(Path js) {
        return js.resolveSibling(js.getFileName().toString().replaceFirst("\\.js$", ".expected.json"));
    }

    /** The command line of a case: its file, or what its {@code // compat-argv: [...]} comment says. */
    static List<String> argv(Path js) throws IOException {
        String name = js.getFileName().toString();
        for (String line : Files.readAllLines(js)) {
            if (line.startsWith(ARGV_MARK)) {
                List<String> out = new ArrayList<>();
                for (JsonNode arg : JSON.readTree(line.substring(ARGV_MARK.length()))) {
                    out.add(arg.asString().replace("{case}", name));
                }
                return out;
            }
        }
        return List.of(name);
    }

    private static Outcome run(Path js) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/jnode").toString());
        command.addAll(argv(js));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(js.getParent().toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("NODE_") || k.equals("FORCE_COLOR") || k.equals("NO_COLOR"));
        env.put("TZ", "UTC");
        Path out = Files.createTempFile("compat", ".out");
        Path err = Files.createTempFile("compat", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            long start = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            recordTime(js, System.nanoTime() - start);
            return done ? new Outcome(p.exitValue(), read(out), read(err), false)
                    : new Outcome(-1, read(out), read(err), true);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static synchronized void recordTime(Path js, long nanos) throws IOException {
        Files.writeString(TIMES, String.format("%.1f\t%s%n", nanos / 1e9, CASES.relativize(js)),
                StandardOpenOption.APPEND);
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    private static void check(Path js, Outcome actual) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile(js).toFile());
        String root = ROOT.toString();
        String stdout = Normalize.output(actual.stdout().replace(root, "<ROOT>"));
        String stderr = Normalize.output(actual.stderr().replace(root, "<ROOT>"));
        if (actual.timedOut()) {
            fail(js + " timed out after " + TIMEOUT_SECONDS + " s; stdout so far:\n" + stdout + "\nstderr so far:\n" + stderr);
        }
        assertEquals(Normalize.output(expected.get("stdout").asString()), stdout, "stdout of " + js);
        assertEquals(Normalize.output(expected.get("stderr").asString()), stderr, "stderr of " + js);
        assertEquals(expected.get("status").asInt(), actual.status(), "exit code of " + js + "; stderr:\n" + stderr);
    }
}
