package samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.dispatch(args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsOneSortedLinePerSample() throws Exception {
        assertEquals(0, run("list"));
        String[] lines = text(out).split(System.lineSeparator());
        assertEquals(SampleRegistry.all().size(), lines.length);
        Set<String> categories = Set.of("automotive", "consumer", "network", "office", "security", "telecomm", "io");
        List<String> names = new ArrayList<>();
        Set<String> seen = new java.util.TreeSet<>();
        for (String line : lines) {
            String[] fields = line.split(" ", 3);
            assertEquals(3, fields.length, line);
            assertTrue(categories.contains(fields[1]), line);
            seen.add(fields[1]);
            assertTrue(!fields[2].isBlank(), line);
            names.add(fields[0]);
        }
        // Every MiBench category has at least one workload, and io its boundary programs.
        assertEquals(new java.util.TreeSet<>(categories), seen);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertEquals("", text(err));
    }

    @Test
    void unknownSampleIsAUsageError() throws Exception {
        assertEquals(2, run("nosuch"));
        assertEquals("samples: unknown sample 'nosuch' (try 'list')" + System.lineSeparator(), text(err));
        assertEquals("", text(out));
    }

    @Test
    void unknownSizeIsAUsageError() throws Exception {
        assertEquals(2, run("sha", "huge"));
        assertEquals("samples: unknown size 'huge' (small|large)" + System.lineSeparator(), text(err));
        assertEquals("", text(out));
    }

    @Test
    void noArgumentsPrintsUsage() throws Exception {
        assertEquals(2, run());
        assertTrue(text(err).startsWith("usage: "));
        assertEquals(1, text(err).split(System.lineSeparator()).length);
    }

    @Test
    void sizeDefaultsToSmall() throws Exception {
        assertEquals(0, run("threads"));
        String viaDefault = text(out);
        out.reset();
        assertEquals(0, run("threads", "small"));
        assertEquals(viaDefault, text(out));
    }
}
