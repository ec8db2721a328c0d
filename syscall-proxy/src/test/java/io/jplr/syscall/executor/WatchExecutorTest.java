package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.RemoteFailure;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The master's side of watch services, without replicas: what a replica's RemoteWatchService and its keys
 * send, against the real inotify service on a temporary directory.
 */
class WatchExecutorTest {
    private static final String[] CREATE_DELETE = {"ENTRY_CREATE", "ENTRY_DELETE"};
    private static final String[] NONE = {};

    private final CallExecutor executor = new CallExecutor();

    @TempDir
    Path directory;

    @Test
    void aPollAnswersTheRegisteredKeyAndItsEventsOnce() throws Exception {
        int service = ok(Call.WATCH_OPEN, new WireWriter().writeInt(0)).readInt();
        int key = ok(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE, NONE)).readInt();
        assertEquals(key, ok(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE, NONE)).readInt(),
                "the same directory, the same key");
        assertEquals(0, ok(Call.WATCH_POLL, poll(service, 0)).readInt(), "nothing happened yet");

        Files.createDirectory(directory.resolve("made"));
        assertEquals(key, ok(Call.WATCH_POLL, poll(service, TimeUnit.SECONDS.toNanos(10))).readInt());
        WireReader events = ok(Call.WATCH_KEY_EVENTS, new WireWriter().writeInt(key));
        assertEquals(1, events.readInt());
        assertEquals("ENTRY_CREATE", events.readString());
        assertEquals(1, events.readInt());
        assertEquals("made", events.readString());
        assertEquals(0, ok(Call.WATCH_KEY_EVENTS, new WireWriter().writeInt(key)).readInt(), "taken already");
        assertTrue(ok(Call.WATCH_KEY_RESET, new WireWriter().writeInt(key)).readBoolean());

        ok(Call.WATCH_KEY_CANCEL, new WireWriter().writeInt(key));
        assertFalse(ok(Call.WATCH_KEY_VALID, new WireWriter().writeInt(key)).readBoolean());
        ok(Call.WATCH_CLOSE, new WireWriter().writeInt(service));
    }

    @Test
    void closingWakesATakeWithTheClosedServiceFailure() throws Exception {
        int service = ok(Call.WATCH_OPEN, new WireWriter().writeInt(0)).readInt();
        ok(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE, NONE));
        CompletableFuture<Answer> take = CompletableFuture.supplyAsync(
                () -> executor.answer(Call.WATCH_POLL, poll(service, -1).toByteArray()));
        Thread.sleep(100);
        assertFalse(take.isDone(), "a take waits for an event");
        ok(Call.WATCH_CLOSE, new WireWriter().writeInt(service));
        Answer answer = take.get(10, TimeUnit.SECONDS);
        assertEquals(Answer.THROWN, answer.status());
        assertTrue(RemoteFailure.decode(answer.bytes()) instanceof ClosedWatchServiceException);
        Answer after = executor.answer(Call.WATCH_POLL, poll(service, 0).toByteArray());
        assertTrue(RemoteFailure.decode(after.bytes()) instanceof ClosedWatchServiceException);
        assertTrue(thrown(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE, NONE))
                instanceof ClosedWatchServiceException, "the closed service itself refuses");
        ok(Call.WATCH_CLOSE, new WireWriter().writeInt(service));
    }

    @Test
    void theRealServiceJudgesRegistrations() throws Exception {
        int service = ok(Call.WATCH_OPEN, new WireWriter().writeInt(0)).readInt();
        Path file = Files.createFile(directory.resolve("file"));
        assertTrue(thrown(Call.WATCH_REGISTER, register(service, file, CREATE_DELETE, NONE))
                instanceof NotDirectoryException);
        assertTrue(thrown(Call.WATCH_REGISTER, register(service, directory, new String[] {"ENTRY_RENAME"}, NONE))
                instanceof UnsupportedOperationException, "a kind the JDK does not define");
        ok(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE,
                new String[] {"com.sun.nio.file.SensitivityWatchEventModifier.HIGH"}));
        assertTrue(thrown(Call.WATCH_REGISTER, register(service, directory, CREATE_DELETE,
                new String[] {"com.sun.nio.file.ExtendedWatchEventModifier.FILE_TREE"}))
                instanceof UnsupportedOperationException, "not on Linux");
        ok(Call.WATCH_CLOSE, new WireWriter().writeInt(service));
    }

    @Test
    void garbageIsMalformedNotAFailureOfTheMaster() {
        assertEquals(Answer.IO_ERROR, executor.answer(Call.WATCH_KEY_EVENTS, new WireWriter().writeInt(77)
                .toByteArray()).status(), "no such key");
        assertEquals(Answer.IO_ERROR, executor.answer(Call.WATCH_POLL, poll(1, -5).toByteArray()).status());
        assertEquals(Answer.IO_ERROR, executor.answer(Call.WATCH_OPEN, new WireWriter().writeInt(3)
                .toByteArray()).status());
    }

    private static WireWriter register(int service, Path directory, String[] kinds, String[] modifiers) {
        return new WireWriter().writeInt(service).writeString(directory.toString()).writeStrings(kinds)
                .writeStrings(modifiers);
    }

    private static WireWriter poll(int service, long timeout) {
        return new WireWriter().writeInt(service).writeLong(timeout);
    }

    private Throwable thrown(Call call, WireWriter arguments) {
        Answer answer = executor.answer(call, arguments.toByteArray());
        assertEquals(Answer.THROWN, answer.status(), call + ": " + answer.message());
        return RemoteFailure.decode(answer.bytes());
    }

    private WireReader ok(Call call, WireWriter arguments) {
        Answer answer = executor.answer(call, arguments.toByteArray());
        assertEquals(Answer.OK, answer.status(), call + ": " + answer.message());
        return new WireReader(answer.bytes());
    }
}
