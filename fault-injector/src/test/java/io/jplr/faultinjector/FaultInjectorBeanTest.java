package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bean checks what it is asked and draws from its seed; the targets (fakes here) do the injecting. */
class FaultInjectorBeanTest {
    private final List<String> injected = new ArrayList<>();
    private final FaultInjectorBean bean = new FaultInjectorBean("TMR", List.of(target(0), target(1), target(2)));

    @Test
    void eachOperationGoesToItsReplicaWithItsModelAndArgument() {
        assertEquals("0 heap 0", bean.flipHeapBit(0));
        assertEquals("1 register 500 at a branch", bean.flipRegisterBit(1, 500));
        assertEquals("2 memory 3", bean.flipMemoryBit(2, 3));
        assertEquals("0 output 0", bean.corruptNextOutput(0));
        assertEquals("1 crash 0", bean.crash(1));
        assertEquals("2 hang 0", bean.hang(2));
        assertEquals("0 slow 25", bean.slow(0, 25));
        assertEquals("1 memory 77 at a branch", bean.injectAtBranch(1, " Memory ", 77));
        assertEquals(3, bean.getReplicas());
        assertEquals("TMR", bean.getMode());
    }

    @Test
    void refusesWhatCannotBeInjectedWithAMessage() {
        assertMessage("no replica 3: replicas are numbered 0 to 2", () -> bean.crash(3));
        assertMessage("no replica -1", () -> bean.hang(-1));
        assertMessage("count must be from 1 to 64", () -> bean.flipMemoryBit(0, 0));
        assertMessage("count must be from 1 to 64", () -> bean.flipMemoryBit(0, 65));
        assertMessage("branch must be 1 or more", () -> bean.flipRegisterBit(0, 0));
        assertMessage("model must be heap, register, memory, output, crash or hang", () -> bean.injectAtBranch(0,
                "slow", 5));
        assertMessage("millis must be from 0 to 60000", () -> bean.slow(0, -1));
        assertTrue(injected.isEmpty(), "nothing reached a replica: " + injected);
    }

    @Test
    void aSetSeedMakesTheNextInjectionsReproducible() {
        bean.setSeed(42);
        bean.flipHeapBit(0);
        bean.flipHeapBit(0);
        List<String> first = List.copyOf(injected);
        injected.clear();
        bean.setSeed(42);
        bean.flipHeapBit(0);
        bean.flipHeapBit(0);
        assertEquals(first, injected);
        assertNotEquals(first.get(0), first.get(1), "each operation draws afresh");
    }

    @Test
    void injectRandomIsReproducibleFromItsSeed() {
        String once = bean.injectRandom(9);
        String again = bean.injectRandom(9);
        assertEquals(once, again);
    }

    private void assertMessage(String expected, org.junit.jupiter.api.function.Executable operation) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, operation);
        assertTrue(refused.getMessage().startsWith(expected), refused.getMessage());
    }

    private InjectionTarget target(int replica) {
        return new InjectionTarget() {
            @Override
            public String inject(FaultModel model, long argument, long seed) {
                injected.add(replica + " " + model.word() + " " + argument + " seed " + seed);
                return replica + " " + model.word() + " " + argument;
            }

            @Override
            public String injectAtBranch(FaultModel model, long branch, long seed) {
                injected.add(replica + " " + model.word() + " at " + branch + " seed " + seed);
                return replica + " " + model.word() + " " + branch + " at a branch";
            }

            @Override
            public long branchCount() {
                return 1000;
            }
        };
    }
}
