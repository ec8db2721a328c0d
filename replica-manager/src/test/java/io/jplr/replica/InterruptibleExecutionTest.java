package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InterruptibleExecutionTest {
    private static final Answer SLEPT = new Answer(Answer.OK, new byte[0]);
    private static final Answer WOKEN = new Answer(Answer.INTERRUPTED, new byte[] {1});

    @Test
    void aCallInterruptedBeforeItBeginsIsPerformedInterruptedAndTheJdkDecides() {
        InterruptibleExecution execution = new InterruptibleExecution();
        execution.interrupt();
        AtomicBoolean flagSet = new AtomicBoolean();
        Answer answer = execution.perform(() -> {
            flagSet.set(Thread.currentThread().isInterrupted());
            return SLEPT; // a wait for a process that has ended returns, interrupted or not
        });
        assertSame(SLEPT, answer);
        assertTrue(flagSet.get(), "the worker performs the call with its flag set");
        assertFalse(Thread.currentThread().isInterrupted(), "and not after it");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void aCallBeingPerformedIsInterruptedInItsWorker() throws Exception {
        InterruptibleExecution execution = new InterruptibleExecution();
        CountDownLatch sleeping = new CountDownLatch(1);
        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> execution.perform(() -> {
            sleeping.countDown();
            try {
                Thread.sleep(TimeUnit.HOURS.toMillis(1));
                return SLEPT;
            } catch (InterruptedException e) {
                return WOKEN;
            }
        }), runnable -> new Thread(runnable).start());
        sleeping.await();
        execution.interrupt();
        assertSame(WOKEN, answer.get());
    }

    @Test
    void anInterruptionAsTheCallReturnsDoesNotReachTheWorkersNextCall() {
        InterruptibleExecution execution = new InterruptibleExecution();
        Answer answer = execution.perform(() -> {
            execution.interrupt(); // the master's loop, as the sleep ends
            return SLEPT;
        });
        assertSame(SLEPT, answer);
        assertFalse(Thread.interrupted(), "the worker's flag outlived the call");
    }

    @Test
    void anInterruptionAfterTheCallInterruptsNoOne() {
        InterruptibleExecution execution = new InterruptibleExecution();
        assertSame(SLEPT, execution.perform(() -> SLEPT));
        execution.interrupt();
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
