package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFileOptionsTest {
    @Test
    void aLogToAFileIsTheMasters() {
        for (String option : List.of("-Xlog:gc:file=gc.log", "-Xlog:gc*:gc.log:time,uptime",
                "-Xlog:gc:file=\"/logs/a:b.log\":time", "-Xlog:gc,safepoint=debug:file=%p.log::filecount=0",
                "-Xloggc:gc.log")) {
            assertTrue(JvmFileOptions.writesFiles(option), option);
            assertTrue(ReplicaCommand.masterOnly(option), option);
        }
    }

    @Test
    void aLogToTheConsoleIsEveryJvmsOwn() {
        for (String option : List.of("-Xlog", "-Xlog:gc", "-Xlog:gc:stdout", "-Xlog:gc:stderr:time", "-Xlog:gc::uptime",
                "-Xlog:gc:#1", "-Xlog:disable", "-Xlog:async", "-Xlog:all=warning:stderr:uptime,level,tags")) {
            assertFalse(JvmFileOptions.writesFiles(option), option);
        }
    }

    @Test
    void heapDumpsArchivesAndCommandsOnErrorsAreTheMasters() {
        for (String option : List.of("-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=/dumps",
                "-XX:ArchiveClassesAtExit=app.jsa", "-XX:+AutoCreateSharedArchive", "-XX:OnOutOfMemoryError=kill -9 %p", "-XX:OnError=notify",
                "-XX:+PerfDataSaveToFile")) {
            assertTrue(JvmFileOptions.writesFiles(option), option);
        }
        for (String option : List.of("-XX:-HeapDumpOnOutOfMemoryError", "-XX:SharedArchiveFile=app.jsa",
                "-XX:+ExitOnOutOfMemoryError", "-Xmx1g")) {
            assertFalse(JvmFileOptions.writesFiles(option), option);
        }
    }
}
