package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InjectionPlanTest {

    @Test
    void drawsDependOnlyOnSeedAndRun() {
        List<InjectionPlan> forward = new ArrayList<>();
        for (int run = 0; run < 50; run++) {
            forward.add(InjectionPlan.draw(42, run, 3));
        }
        for (int run = 49; run >= 0; run--) {
            assertEquals(forward.get(run), InjectionPlan.draw(42, run, 3));
        }
    }

    @Test
    void drawsAreStableAcrossVersions() {
        // java.util.Random's algorithm is specified: these values must never change, or old seeds would
        // no longer replay old campaigns.
        assertEquals(-4616330145664149646L, InjectionPlan.runSeed(1, 0));
        assertEquals(new InjectionPlan(0, 0, 0.1127152195578558, -8708087683925982036L, 0.8155416383076678),
                InjectionPlan.draw(1, 0, 3));
        assertEquals(new InjectionPlan(7, 0, 0.811058155202217, 1107203481521096840L, 0.7398223348675622),
                InjectionPlan.draw(42, 7, 3));
        assertNotEquals(InjectionPlan.runSeed(1, 0), InjectionPlan.runSeed(0, 1));
        assertNotEquals(InjectionPlan.runSeed(1, 1), InjectionPlan.runSeed(2, 0));
    }

    @Test
    void seedsAndRunsGiveDifferentDraws() {
        Set<Long> injectorSeeds = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            for (int run = 0; run < 20; run++) {
                injectorSeeds.add(InjectionPlan.draw(seed, run, 3).injectorSeed());
            }
        }
        assertEquals(400, injectorSeeds.size());
    }

    @Test
    void drawsStayInRangeAndCoverEveryReplica() {
        Set<Integer> replicas = new HashSet<>();
        for (int run = 0; run < 300; run++) {
            InjectionPlan plan = InjectionPlan.draw(7, run, 3);
            assertTrue(plan.replica() >= 0 && plan.replica() < 3);
            assertTrue(plan.delayFraction() >= 0 && plan.delayFraction() < 1);
            assertTrue(plan.branchFraction() >= 0 && plan.branchFraction() < 1);
            assertTrue(plan.delayMillis(1000) >= 0 && plan.delayMillis(1000) < 1000);
            replicas.add(plan.replica());
        }
        assertEquals(Set.of(0, 1, 2), replicas);
        assertEquals(0, InjectionPlan.draw(7, 0, 1).replica());
    }

    @Test
    void delayScalesWithTheWindow() {
        InjectionPlan plan = new InjectionPlan(0, 0, 0.25, 0, 0.5);
        assertEquals(250, plan.delayMillis(1000));
        assertEquals(0, plan.delayMillis(0));
        assertEquals(0, plan.delayMillis(-5));
    }

    @Test
    void registerBranchLiesAheadOfTheCount() {
        InjectionPlan plan = new InjectionPlan(0, 0, 0, 0, 0.5);
        assertEquals(1_000 + 1 + 4_500, plan.registerBranch(1_000, 10_000));
        assertEquals(10_001, plan.registerBranch(10_000, 10_000));
        assertEquals(20_001, plan.registerBranch(20_000, 10_000));
        assertEquals(1, new InjectionPlan(0, 0, 0, 0, 0).registerBranch(0, 0));
    }

    @Test
    void rejectsImpossibleRequests() {
        assertThrows(IllegalArgumentException.class, () -> InjectionPlan.draw(1, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> InjectionPlan.draw(1, 0, 0));
    }
}
