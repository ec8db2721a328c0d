package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.RemoteFailure;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.nio.channels.ClosedChannelException;
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

    @Test
    void aChannelHandleNothingOpenedFailsLikeAClosedChannel() {
        Answer answer = executor.answer(Call.CHANNEL_READ, new WireWriter().writeInt(4321).writeInt(10).toByteArray());
        assertEquals(Answer.THROWN, answer.status());
        assertTrue(RemoteFailure.decode(answer.bytes()) instanceof ClosedChannelException);
    }

    @Test
    void garbageChannelArgumentsAreReportedAsMalformed() {
        // A kind no channel has, a family no channel has, a port beyond 65535, an option nobody knows.
        assertMalformed(Call.CHANNEL_OPEN, new WireWriter().writeInt(9).writeInt(0));
        assertMalformed(Call.CHANNEL_OPEN, new WireWriter().writeInt(1).writeInt(7));
        int server = handle(executor.answer(Call.CHANNEL_OPEN, new WireWriter().writeInt(2).writeInt(0).toByteArray()));
        assertMalformed(Call.CHANNEL_BIND, new WireWriter().writeInt(server).writeBoolean(true)
                .writeBytes(new byte[] {127, 0, 0, 1}).writeInt(70_000).writeInt(0));
        assertMalformed(Call.CHANNEL_SET_OPTION, new WireWriter().writeInt(server).writeString("SO_NO_SUCH")
                .writeByte(1).writeBoolean(true));
        // A server channel cannot be read, written, connected, or receive datagrams.
        assertMalformed(Call.CHANNEL_READ, new WireWriter().writeInt(server).writeInt(10));
        assertMalformed(Call.CHANNEL_CONNECT, new WireWriter().writeInt(server).writeBytes(new byte[] {127, 0, 0, 1})
                .writeInt(80));
        assertMalformed(Call.CHANNEL_WRITE, new WireWriter().writeInt(server).writeBytes(new byte[3]));
        assertMalformed(Call.DATAGRAM_RECEIVE, new WireWriter().writeInt(server).writeInt(10).writeInt(-1));
        executor.answer(Call.CHANNEL_CLOSE, new WireWriter().writeInt(server).toByteArray());
    }

    @Test
    void garbageSelectorArgumentsAreReportedAsMalformedWithoutAllocatingOrBlocking() {
        int selector = handle(executor.answer(Call.SELECTOR_OPEN, new WireWriter().writeInt(0).toByteArray()));
        int channel = handle(executor.answer(Call.CHANNEL_OPEN,
                new WireWriter().writeInt(1).writeInt(0).toByteArray()));
        // More registrations than the payload holds; a timeout below -1; a channel registered twice.
        assertMalformed(Call.SELECTOR_SELECT,
                new WireWriter().writeInt(selector).writeLong(-1).writeInt(Integer.MAX_VALUE));
        assertMalformed(Call.SELECTOR_SELECT, new WireWriter().writeInt(selector).writeLong(-2).writeInt(0));
        assertMalformed(Call.SELECTOR_SELECT, new WireWriter().writeInt(selector).writeLong(-1).writeInt(2)
                .writeInt(channel).writeInt(1).writeInt(channel).writeInt(1));
        // The channel is still blocking: the real selector refuses it, and the answer says so.
        Answer blocking = executor.answer(Call.SELECTOR_SELECT, new WireWriter().writeInt(selector).writeLong(-1)
                .writeInt(1).writeInt(channel).writeInt(1).toByteArray());
        assertEquals(Answer.THROWN, blocking.status());
        executor.answer(Call.SELECTOR_CLOSE, new WireWriter().writeInt(selector).toByteArray());
        Answer closed = executor.answer(Call.SELECTOR_SELECT, new WireWriter().writeInt(selector).writeLong(0)
                .writeInt(0).toByteArray());
        assertEquals(Answer.THROWN, closed.status(), "a select on a closed selector fails at once");
        executor.answer(Call.CHANNEL_CLOSE, new WireWriter().writeInt(channel).toByteArray());
    }

    private void assertMalformed(Call call, WireWriter arguments) {
        Answer answer = executor.answer(call, arguments.toByteArray());
        assertEquals(Answer.IO_ERROR, answer.status(), call + ": " + answer.message());
        assertTrue(answer.message().contains("malformed"), answer.message());
    }

    private static int handle(Answer answer) {
        assertEquals(Answer.OK, answer.status(), answer.message());
        return new io.jplr.bootstrap.WireReader(answer.bytes()).readInt();
    }
}
