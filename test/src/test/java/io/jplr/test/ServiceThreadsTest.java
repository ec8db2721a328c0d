package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.test.apps.PrintsThreadGroup;
import org.junit.jupiter.api.Test;

/** jPLR's threads in a replica stay out of the program's thread group: the program counts its own, as natively. */
class ServiceThreadsTest {
    @Test
    void theProgramsThreadGroupHoldsWhatItHoldsNatively() {
        Run expected = Launch.on(Jvm.current()).app(PrintsThreadGroup.class).run();
        assertEquals("main: activeCount 1, enumerated 1\nmain\n", expected.out());
        Run run = Launch.under("TMR", Jvm.current()).app(PrintsThreadGroup.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
    }
}
