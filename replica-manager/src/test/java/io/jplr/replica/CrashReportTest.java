package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrashReportTest {
    @TempDir
    Path dir;

    static List<ChildJvm> jvms() {
        return ChildJvm.all();
    }

    /** Runs {@code main} on {@code jvm} to its end, output to {@code log}; returns its exit status. */
    private static int run(ChildJvm jvm, Class<?> main, Path log, List<String> options) throws Exception {
        Process process = jvm.start(main, log, options);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        return process.exitValue();
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void aRealCrashIsSummedUpFromTheErrorFile(ChildJvm jvm) throws Exception {
        Path errorFile = dir.resolve("hs_err.log");
        Path log = dir.resolve("replica.log");
        int status = run(jvm, Crash.class, log,
                List.of("-XX:ErrorFile=" + errorFile, "-XX:-CreateCoredumpOnCrash"));
        assertTrue(status != 0 && Files.exists(errorFile), "status " + status + ": " + Files.readString(log));

        List<String> summary = CrashReport.summary(errorFile, log, 20);

        assertEquals("# A fatal error has been detected by the Java Runtime Environment:", summary.get(0));
        assertTrue(summary.get(1).startsWith("#  SIGSEGV (0xb) at pc="), summary.toString());
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("# JRE version: ")), summary.toString());
        assertEquals("# Problematic frame:", summary.get(summary.size() - 2), summary.toString());
        String frame = summary.get(summary.size() - 1);
        assertTrue(frame.startsWith("# V  [libjvm.so+") && frame.contains("Unsafe_GetLong"), frame);
        assertTrue(summary.stream().noneMatch(l -> l.strip().equals("#")), "bare '#' lines are left out");
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void withoutAnErrorFileTheLogsLastLinesTellWhy(ChildJvm jvm) throws Exception {
        Path log = dir.resolve("replica.log");
        assertEquals(1, run(jvm, Uncaught.class, log, List.of()));

        List<String> summary = CrashReport.summary(dir.resolve("hs_err.log"), log, 3);

        assertEquals(3, summary.size(), summary.toString());
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: boom", summary.get(0));
        assertTrue(summary.get(1).startsWith("\tat " + Uncaught.class.getName() + ".fail("), summary.toString());
    }

    @Test
    void theErrorFileHeaderIsBoundedToo() throws IOException {
        Path errorFile = dir.resolve("hs_err.log");
        Files.write(errorFile, List.of("#", "# A fatal error has been detected by the Java Runtime Environment:", "#",
                "#  SIGSEGV (0xb) at pc=0x1, pid=1, tid=2", "#", "# JRE version: x", "# Problematic frame:",
                "# C  [libc.so.6+0x1]", "#", "# Core dump note"));
        assertEquals(List.of("# A fatal error has been detected by the Java Runtime Environment:",
                "#  SIGSEGV (0xb) at pc=0x1, pid=1, tid=2"), CrashReport.summary(errorFile, null, 2));
        assertEquals("# C  [libc.so.6+0x1]", CrashReport.summary(errorFile, null, 20).get(4),
                "the header ends with the frame");
    }

    @Test
    void aLongLogIsReadFromItsEndSkippingBlankLines() throws IOException {
        Path log = dir.resolve("replica.log");
        List<String> lines = new ArrayList<>();
        IntStream.range(0, 200_000).forEach(i -> lines.add("line " + i));
        lines.addAll(List.of("", "last but one", "   ", "last", "", ""));
        Files.write(log, lines);

        assertEquals(List.of("line 199999", "last but one", "last"), CrashReport.summary(null, log, 3));
    }

    @Test
    void aShortLogGivesAllItsNonBlankLines() throws IOException {
        Path log = dir.resolve("replica.log");
        Files.writeString(log, "first\n\nsecond");
        assertEquals(List.of("first", "second"), CrashReport.summary(null, log, 10));
    }

    @Test
    void nothingReadableGivesNothing() {
        assertEquals(List.of(), CrashReport.summary(dir.resolve("none"), dir.resolve("none.log"), 10));
    }

    /** Dies of SIGSEGV in the JVM: reads address 0 through sun.misc.Unsafe. */
    static final class Crash {
        public static void main(String[] args) throws Exception {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            unsafeClass.getMethod("getLong", long.class).invoke(unsafe, 0L);
        }
    }

    /** Ends with an uncaught exception, as a failing replica often does. */
    static final class Uncaught {
        public static void main(String[] args) {
            fail();
        }

        private static void fail() {
            throw new IllegalStateException("boom");
        }
    }
}
