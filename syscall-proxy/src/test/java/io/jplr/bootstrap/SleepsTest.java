package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The program's sleeps with a handler installed: the master's answer decides, and the JDK throws. */
class SleepsTest {
    private final List<Long> asked = new ArrayList<>();

    @AfterEach
    void detach() {
        Boundary.detach();
        Thread.interrupted();
    }

    /** A master that answers every sleep at once with {@code status}, recording the nanoseconds asked for. */
    private void masterAnswers(int status) {
        Boundary.install(new BoundaryHandler() {
            @Override
            public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
                throw new AssertionError(call);
            }

            @Override
            public synchronized Answer ask(Call call, StreamState stream, long argument) {
                assertEquals(Call.SLEEP, call);
                asked.add(argument);
                return new Answer(status, new byte[0]);
            }

            @Override
            public Answer call(Call call, StreamState stream, byte[] arguments, int length) {
                throw new AssertionError(call);
            }

            @Override
            public void exit(StreamState stream, int status) {
            }
        });
    }

    @Test
    void aSleepTheMasterCompletedReturnsAndLeavesTheFlagAsItWas() throws InterruptedException {
        masterAnswers(Answer.OK);
        Sleeps.sleep(3_600_000);
        Sleeps.sleep(2, 500);
        Thread.currentThread().interrupt(); // came after the master's decision: set, as natively
        Sleeps.sleep(1);
        assertTrue(Thread.interrupted());
        assertEquals(List.of(3_600_000_000_000L, 2_000_500L, 1_000_000L), asked);
    }

    @Test
    void anInterruptedSleepThrowsAsTheJdksAndClearsTheFlag() {
        masterAnswers(Answer.INTERRUPTED);
        Thread.currentThread().interrupt();
        InterruptedException thrown = assertThrows(InterruptedException.class, () -> Sleeps.sleep(3_600_000));
        assertEquals("sleep interrupted", thrown.getMessage());
        assertEquals("java.lang.Thread", thrown.getStackTrace()[0].getClassName(), "thrown by the JDK's sleep");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /** A replica behind the quorum: its thread waits for its own program's interrupt before it throws. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void aSleepAnsweredInterruptedBeforeTheInterruptCameHereWaitsForIt() throws Exception {
        masterAnswers(Answer.INTERRUPTED);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread sleeper = new Thread(() -> {
            try {
                Sleeps.sleep(5, 0);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.WAITING && !outcome.isDone()) {
            Thread.onSpinWait();
        }
        assertFalse(outcome.isDone(), "it did not wait for the interrupt");
        sleeper.interrupt();
        Throwable thrown = outcome.get();
        assertTrue(thrown instanceof InterruptedException, String.valueOf(thrown));
        sleeper.join();
    }

    @Test
    void invalidArgumentsAreTheJdksToRefuseAndNeverAsked() {
        masterAnswers(Answer.OK);
        assertThrows(IllegalArgumentException.class, () -> Sleeps.sleep(-1));
        assertThrows(IllegalArgumentException.class, () -> Sleeps.sleep(0, 1_000_000));
        assertEquals(List.of(), asked);
    }
}
