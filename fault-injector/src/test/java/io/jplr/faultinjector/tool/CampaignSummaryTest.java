package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignSummaryTest {

    @Test
    void writesExactlyTheAgreedObject() {
        List<RunRecord> records = new ArrayList<>();
        Outcome[] outcomes = {Outcome.MASKED, Outcome.MASKED, Outcome.CORRECTED, Outcome.STOPPED, Outcome.SDC,
            Outcome.HANG, Outcome.CORRECTED};
        for (int i = 0; i < outcomes.length; i++) {
            records.add(new RunRecord(i, 0, "heap", 0, true, "", outcomes[i], 0, 0, 1));
        }
        CampaignSummary summary = CampaignSummary.of("crc32", ProtectionMode.TMR, "heap", -3, records);
        assertEquals("{\"sample\":\"crc32\",\"mode\":\"TMR\",\"model\":\"heap\",\"seed\":-3,\"runs\":7,"
                + "\"masked\":2,\"corrected\":2,\"stopped\":1,\"sdc\":1,\"hang\":1,\"crash\":0}", summary.toJson());
        assertEquals("off", CampaignSummary.of("sha", ProtectionMode.OFF, "crash", 1, List.of()).mode());
    }

    @Test
    void readsWhatItWritesAndOtherLayouts() {
        CampaignSummary summary = new CampaignSummary("jpeg-dct", "DMR", "memory", 99, counts(5, 1, 2, 0, 1, 0));
        CampaignSummary back = CampaignSummary.parse(summary.toJson() + "\n");
        assertEquals(summary.toJson(), back.toJson());
        CampaignSummary spaced = CampaignSummary.parse("{ \"crash\": 2, \"hang\": 0, \"sdc\": 1, \"stopped\": 0,\n"
                + "  \"corrected\": 0, \"masked\": 7, \"runs\": 10, \"seed\": 5,\n"
                + "  \"model\": \"he\\u0061p\", \"mode\": \"off\", \"sample\": \"a \\\"b\\\"\" }");
        assertEquals("a \"b\"", spaced.sample());
        assertEquals("heap", spaced.model());
        assertEquals(10, spaced.runs());
        assertEquals(20.0, spaced.percent(Outcome.CRASH), 1e-9);
    }

    @Test
    void rejectsWhatIsNotASummary() {
        String valid = new CampaignSummary("s", "TMR", "heap", 1, counts(1, 0, 0, 0, 0, 0)).toJson();
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse(valid.replace(",\"sdc\":0", "")));
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse(valid.replace("\"runs\":1",
                "\"runs\":2")));
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse(valid.replace("\"masked\":1",
                "\"masked\":1.0")));
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse(valid + "x"));
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> CampaignSummary.parse(""));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CampaignSummary.parse(valid.replace("{", "{\"seed\":2,")));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    }

    @Test
    void percentagesUseOneDecimalWhateverTheLocale() {
        CampaignSummary summary = new CampaignSummary("s", "TMR", "heap", 1, counts(2, 1, 0, 0, 0, 0));
        assertEquals("66.7%", CampaignSummary.formatPercent(summary.percent(Outcome.MASKED)));
        assertEquals("0.0%", CampaignSummary.formatPercent(summary.percent(Outcome.SDC)));
    }

    @Test
    void addsCampaignsOfTheSameKind() {
        CampaignSummary sum = new CampaignSummary("s", "TMR", "heap", 1, counts(1, 2, 0, 0, 0, 0))
                .plus(new CampaignSummary("s", "TMR", "heap", 2, counts(3, 0, 1, 0, 0, 0)));
        assertEquals(7, sum.runs());
        assertEquals(4, sum.count(Outcome.MASKED));
        assertEquals(1, sum.count(Outcome.STOPPED));
    }

    static Map<Outcome, Long> counts(long masked, long corrected, long stopped, long sdc, long hang, long crash) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        counts.put(Outcome.MASKED, masked);
        counts.put(Outcome.CORRECTED, corrected);
        counts.put(Outcome.STOPPED, stopped);
        counts.put(Outcome.SDC, sdc);
        counts.put(Outcome.HANG, hang);
        counts.put(Outcome.CRASH, crash);
        return counts;
    }
}
