package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobReportTest {
    @TempDir
    Path dir;

    @Test
    void countsDivergenceRecords() throws IOException {
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report, ""
                + "{\"time\":\"t\",\"event\":\"placement\",\"pinned\":false}\n"
                + "{\"time\":\"t\",\"event\":\"divergence\",\"replica\":1,\"diff\":{\"event\":\"x\"}}\n"
                + "{\"time\":\"t\",\"event\":\"recovery\",\"reason\":\"\\\"event\\\":\\\"divergence\\\"\"}\n"
                + "{\"time\":\"t\",\"event\":\"divergence\",\"replica\":2}\n"
                + "{\"time\":\"t\",\"event\":\"end\",\"exitStatus\":0,\"divergences\":2,\"recoveries\":1}\n");
        assertEquals(2, JobReport.divergences(report));
    }

    @Test
    void trustsTheEndRecordWhenItCountsMore() throws IOException {
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report,
                "{\"time\":\"t\",\"event\":\"end\",\"exitStatus\":79,\"divergences\":3,\"live\":1}\n");
        assertEquals(3, JobReport.divergences(report));
    }

    @Test
    void aMissingOrTruncatedReportCountsWhatItHas() throws IOException {
        assertEquals(0, JobReport.divergences(dir.resolve("none.jsonl")));
        Path report = dir.resolve("cut.jsonl");
        Files.write(report, "{\"time\":\"t\",\"event\":\"divergence\",\"replica\":0}\n{\"time\":\"t\",\"ev"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, JobReport.divergences(report));
    }

    @Test
    void readsOnlyTheEndRecordsOwnMembers() throws IOException {
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report, ""
                + "{\"time\":\"t\",\"event\":\"divergence\",\"diff\":{\"branches\":7,\"divergences\":9}}\n"
                + "{\"time\":\"t\",\"event\":\"end\",\"suspectCores\":{\"divergences\":5},\"exitStatus\":0,"
                + "\"divergences\":1,\"branches\":1441365}\n");
        assertEquals(1441365, JobReport.branches(report));
        assertEquals(1, JobReport.divergences(report));
        assertEquals(0, JobReport.branches(dir.resolve("none.jsonl")));
    }
}
