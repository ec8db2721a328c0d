package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeMarkdownTest {

    @Test
    void aRowPerSampleModelAndModeInModeOrderWithCountsAndShares() {
        CampaignSummary tmr = new CampaignSummary("crc32", "TMR", "heap", 1,
                Map.of(Outcome.MASKED, 3L, Outcome.CORRECTED, 1L));
        CampaignSummary off = new CampaignSummary("crc32", "off", "heap", 1,
                Map.of(Outcome.MASKED, 1L, Outcome.SDC, 1L));
        CampaignSummary tmrAgain = new CampaignSummary("crc32", "TMR", "heap", 2, Map.of(Outcome.CORRECTED, 4L));

        String table = OutcomeMarkdown.table(List.of(tmr, off, tmrAgain));

        List<String> lines = table.lines().toList();
        assertEquals("| sample | model | mode | runs | masked | corrected | stopped | sdc | hang | crash |", lines.get(0));
        assertEquals("| crc32 | heap | off | 2 | 1 (50.0%) | 0 | 0 | 1 (50.0%) | 0 | 0 |", lines.get(2));
        assertEquals("| crc32 | heap | TMR | 8 | 3 (37.5%) | 5 (62.5%) | 0 | 0 | 0 | 0 |", lines.get(3),
                "the two TMR campaigns are added up");
        assertEquals(4, lines.size());
    }

    @Test
    void totalsAddEverySampleUpPerModeAndModelProtectedModesFirst() {
        List<CampaignSummary> summaries = List.of(
                new CampaignSummary("sha", "TMR", "register", 1, Map.of(Outcome.CORRECTED, 2L)),
                new CampaignSummary("crc32", "TMR", "register", 1, Map.of(Outcome.MASKED, 2L)),
                new CampaignSummary("crc32", "TMR", "heap", 3, Map.of(Outcome.MASKED, 1L)),
                new CampaignSummary("crc32", "off", "heap", 1, Map.of(Outcome.SDC, 1L)),
                new CampaignSummary("crc32", "DMR", "heap", 1, Map.of(Outcome.CORRECTED, 1L)));

        List<String> lines = OutcomeMarkdown.totals(summaries).lines().toList();

        assertEquals("| mode | model | samples | runs | masked | corrected | stopped | sdc | hang | crash |",
                lines.get(0));
        assertEquals("| TMR | heap | crc32 | 1 | 1 (100.0%) | 0 | 0 | 0 | 0 | 0 |", lines.get(2));
        assertEquals("| TMR | register | crc32 sha | 4 | 2 (50.0%) | 2 (50.0%) | 0 | 0 | 0 | 0 |", lines.get(3));
        assertEquals("| DMR | heap | crc32 | 1 | 0 | 1 (100.0%) | 0 | 0 | 0 | 0 |", lines.get(4));
        assertEquals("| off | heap | crc32 | 1 | 0 | 0 | 0 | 1 (100.0%) | 0 | 0 |", lines.get(5));
        assertEquals(6, lines.size());
    }
}
