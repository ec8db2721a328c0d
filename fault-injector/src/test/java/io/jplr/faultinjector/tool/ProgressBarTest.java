package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void withoutTerminalPrintsALineEveryTenth() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, 20);
        for (int i = 0; i < 20; i++) {
            bar.finished(i % 4 == 0 ? Outcome.CORRECTED : Outcome.MASKED);
        }
        String[] lines = text.toString().split("\n");
        assertEquals(10, lines.length, text.toString());
        assertEquals("jplr-inject: [" + "#".repeat(30) + "] 20/20 runs masked 15 corrected 5", lines[9]);
        assertTrue(!text.toString().contains("\r"));
    }

    @Test
    void onATerminalRedrawsInPlace() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, 3);
        bar.finished(Outcome.SDC);
        bar.finished(Outcome.MASKED);
        bar.finished(Outcome.MASKED);
        assertEquals(3, text.toString().split("\r", -1).length - 1);
        assertTrue(text.toString().endsWith("3/3 runs masked 2 sdc 1" + System.lineSeparator()), text.toString());
    }
}
