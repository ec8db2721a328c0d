package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunCsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertEquals("heap", RunCsv.field("heap"));
        assertEquals("flipped bit 3 of Foo.bar", RunCsv.field("flipped bit 3 of Foo.bar"));
        assertEquals("", RunCsv.field(""));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", RunCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RunCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", RunCsv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", RunCsv.field("cr\rhere"));
    }

    @Test
    void writesTheHeaderThenOneRowPerRun() {
        RunRecord first = new RunRecord(0, 2, "heap", 120, true, "flipped bit 7 of int[3], field \"x\"",
                Outcome.CORRECTED, 0, 1, 1532);
        RunRecord second = new RunRecord(1, 0, "heap", 0, false, "the program ended before the injection",
                Outcome.MASKED, 0, 0, 800);
        assertEquals("run,replica,model,delayMillis,injected,description,outcome,exitStatus,divergences,millis\n"
                + "0,2,heap,120,true,\"flipped bit 7 of int[3], field \"\"x\"\"\",corrected,0,1,1532\n"
                + "1,0,heap,0,false,the program ended before the injection,masked,0,0,800\n",
                RunCsv.of(List.of(first, second)));
    }
}
