package io.jplr.faultinjector.tool;

import static io.jplr.faultinjector.tool.CampaignSummaryTest.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutcomeChartTest {
    private static final List<CampaignSummary> SUMMARIES = List.of(
            CampaignSummary.parse("{\"sample\":\"crc32\",\"mode\":\"TMR\",\"model\":\"heap\",\"seed\":1,\"runs\":100,"
                    + "\"masked\":60,\"corrected\":37,\"stopped\":1,\"sdc\":0,\"hang\":2,\"crash\":0}"),
            CampaignSummary.parse("{\"sample\":\"crc32\",\"mode\":\"off\",\"model\":\"heap\",\"seed\":1,\"runs\":100,"
                    + "\"masked\":61,\"corrected\":0,\"stopped\":0,\"sdc\":25,\"hang\":4,\"crash\":10}"),
            CampaignSummary.parse("{\"sample\":\"crc32\",\"mode\":\"DMR\",\"model\":\"heap\",\"seed\":1,\"runs\":100,"
                    + "\"masked\":60,\"corrected\":30,\"stopped\":8,\"sdc\":0,\"hang\":2,\"crash\":0}"),
            new CampaignSummary("<sha>", "TMR", "crash", 3, counts(0, 3, 0, 0, 0, 0)));

    @Test
    void drawsABarPerModeInEachGroup() {
        String svg = OutcomeChart.svg(SUMMARIES);
        assertTrue(svg.startsWith("<?xml"), svg);
        assertTrue(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        List<String> bars = new ArrayList<>();
        Matcher bar = Pattern.compile("<g class=\"bar\" data-sample=\"([^\"]*)\" data-model=\"([^\"]*)\" "
                + "data-mode=\"([^\"]*)\">").matcher(svg);
        while (bar.find()) {
            bars.add(bar.group(1) + "/" + bar.group(2) + "/" + bar.group(3));
        }
        assertEquals(List.of("&lt;sha&gt;/crash/TMR", "crc32/heap/off", "crc32/heap/DMR", "crc32/heap/TMR"), bars);
    }

    @Test
    void showsLegendAndPercentages() {
        String svg = OutcomeChart.svg(SUMMARIES);
        for (Outcome outcome : Outcome.values()) {
            assertTrue(svg.contains(">" + outcome.word() + "</text>"), outcome.word());
        }
        assertTrue(svg.contains("sdc: 25 of 100 runs (25.0%)"), svg);
        assertTrue(svg.contains(">61.0%</text>"), svg);
        assertTrue(svg.contains("n=100"), svg);
    }

    @Test
    void segmentsFillEachBarExactly() {
        String svg = OutcomeChart.svg(SUMMARIES);
        String[] groups = svg.split("<g class=\"bar\"");
        for (int i = 1; i < groups.length; i++) {
            Matcher segment = Pattern.compile("<rect class=\"[a-z]+\" x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\"")
                    .matcher(groups[i]);
            int next = -1;
            int total = 0;
            while (segment.find()) {
                int x = Integer.parseInt(segment.group(1));
                assertTrue(next < 0 || x == next, "gap or overlap in " + groups[i]);
                next = x + Integer.parseInt(segment.group(2));
                total += Integer.parseInt(segment.group(2));
            }
            assertEquals(560, total, groups[i]);
        }
    }

    @Test
    void sameSummariesGiveTheSameChartInAnyOrder() {
        List<CampaignSummary> shuffled = new ArrayList<>(SUMMARIES);
        Collections.reverse(shuffled);
        assertEquals(OutcomeChart.svg(SUMMARIES), OutcomeChart.svg(shuffled));
    }

    @Test
    void addsUpCampaignsOfTheSameSampleModelAndMode() {
        List<CampaignSummary> twice = new ArrayList<>(SUMMARIES);
        twice.add(SUMMARIES.get(0));
        String svg = OutcomeChart.svg(twice);
        assertEquals(4, svg.split("<g class=\"bar\"", -1).length - 1);
        assertTrue(svg.contains("n=200"), svg);
    }
}
