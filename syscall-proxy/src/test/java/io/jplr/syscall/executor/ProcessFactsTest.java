package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.WireReader;
import io.jplr.syscall.table.Call;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the master answers about itself, the process and JVM the user started: here, this test's JVM. */
class ProcessFactsTest {
    private final CallExecutor executor = new CallExecutor();
    private final RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();

    @Test
    void theJvmsArgumentsStartAndUptime() {
        Answer arguments = executor.answer(Call.JVM_ARGUMENTS, 0);
        assertEquals(Answer.OK, arguments.status());
        assertEquals(jvm.getInputArguments(), List.of(new WireReader(arguments.bytes()).readStrings()));
        assertEquals(jvm.getStartTime(), ByteBuffer.wrap(executor.answer(Call.JVM_START_TIME, 0).bytes()).getLong());
        long before = jvm.getUptime();
        long uptime = ByteBuffer.wrap(executor.answer(Call.JVM_UPTIME, 0).bytes()).getLong();
        assertTrue(uptime >= before && uptime <= jvm.getUptime(), before + " <= " + uptime);
    }

    @Test
    void theProcesssDescriptionAndParent() {
        ProcessHandle.Info own = ProcessHandle.current().info();
        WireReader info = new WireReader(executor.answer(Call.PROCESS_INFO, 0).bytes());
        assertEquals(own.user().orElse(null), info.readString());
        assertEquals(own.command().orElse(null), info.readString());
        assertEquals(own.commandLine().orElse(null), info.readString());
        assertArrayEquals(own.arguments().orElse(null), info.readStrings());
        assertEquals(own.startInstant().map(start -> start.toEpochMilli()).orElse(-1L), info.readLong());
        assertTrue(info.readLong() >= own.totalCpuDuration().map(cpu -> cpu.toNanos()).orElse(-1L));
        String text = info.readString();
        assertTrue(text.startsWith("[user: " + own.user()), text);
        assertEquals(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L),
                ByteBuffer.wrap(executor.answer(Call.PROCESS_PARENT, 0).bytes()).getLong());
    }
}
