package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever bytes a replica sends as a call's arguments, the master answers and never throws. */
class CallExecutorGarbageTest {
    private final CallExecutor executor = new CallExecutor();

    @Test
    void randomArgumentsToEveryStructuredCallGetAnAnswerNotAnException() {
        Random random = new Random(7);
        for (Call call : Call.values()) {
            if (!call.structured() || call == Call.PROCESS_START) {
                continue;
            }
            for (int i = 0; i < 200; i++) {
                byte[] garbage = new byte[random.nextInt(40)];
                random.nextBytes(garbage);
                Answer answer = executor.answer(call, garbage);
                assertNotNull(answer, call.name());
            }
        }
    }

    @Test
    void truncatedArgumentsAreReportedAsMalformed() {
        Answer answer = executor.answer(Call.FILE_READ, new byte[] {0, 0, 0, 1});
        assertEquals(Answer.IO_ERROR, answer.status());
        assertTrue(new String(answer.bytes(), StandardCharsets.UTF_8).contains("malformed"), answer.message());
    }

    @Test
    void aHugeLengthPrefixAllocatesNothing() {
        byte[] payload = new WireWriter().writeInt(Integer.MAX_VALUE).toByteArray();
        Answer answer = executor.answer(Call.FILE_LIST, payload);
        assertEquals(Answer.IO_ERROR, answer.status(), answer.message());
    }

    @Test
    void aHandleNoOpenCreatedFailsLikeAClosedStream() {
        Answer answer = executor.answer(Call.FILE_READ, new WireWriter().writeInt(12345).writeInt(10).toByteArray());
        assertEquals(Answer.THROWN, answer.status());
    }
}
